#!/usr/bin/env bash
# Set up a virtual environment and run the whole test suite: static checks, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null || PY=python3
[ -x .venv/bin/python ] || "$PY" -m venv .venv
if ! .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]" >.venv/install.log 2>&1; then
    cat .venv/install.log; exit 1
fi

# The end-to-end tests drive Debian's Chromium (Playwright's own browser download needs the internet).
command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)

echo "== ruff"; .venv/bin/ruff check src adapters tests benchmarks examples
echo "== mypy"; .venv/bin/mypy
echo "== import contracts"; .venv/bin/lint-imports
echo "== pytest"; .venv/bin/pytest -q "$@"
