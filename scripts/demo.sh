#!/usr/bin/env bash
# Install the service and start it with demo data: SQLite in ./data, the offline LLM engine, no network.
# Demo keys and the demo source's secret are written to ./data/demo-credentials.json.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e .
.venv/bin/digital-employee seed-demo
# The walk-through's callback receiver (scripts/callback_receiver.py) listens on 127.0.0.1: allow private
# callback targets for the demo only; a deployment leaves this off unless its ERP is on the same network.
export DE_ALLOW_PRIVATE_CALLBACKS=${DE_ALLOW_PRIVATE_CALLBACKS:-true}
echo "Serving on http://${DE_HOST:-127.0.0.1}:${DE_PORT:-8000} (API docs at /docs, reviewers sign in at /ui/login with a key from data/demo-credentials.json). Ctrl-C stops it." >&2
exec .venv/bin/digital-employee serve --host "${DE_HOST:-127.0.0.1}" --port "${DE_PORT:-8000}"
