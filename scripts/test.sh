#!/usr/bin/env bash
# Install the service with its development tools and run the tests, spread over the machine's cores (pytest-xdist;
# `-n 0` runs them in one process). Extra arguments go to pytest.
# PostgreSQL tests run when DE_TEST_POSTGRES_URL is set (e.g. postgresql+psycopg://postgres@127.0.0.1:5432/postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[dev]'
exec .venv/bin/pytest -n auto "$@"
