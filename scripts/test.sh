#!/usr/bin/env bash
# Set up a virtual environment and run the whole test suite: static checks, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS=test . scripts/venv.sh

# The end-to-end tests drive Debian's Chromium (Playwright's own browser download needs the internet).
command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)
command -v pdftoppm >/dev/null || (apt-get update -qq && apt-get install -y -qq poppler-utils)

echo "== ruff"; .venv/bin/ruff check src adapters tests benchmarks examples
echo "== mypy"; .venv/bin/mypy
echo "== import contracts"; .venv/bin/lint-imports
echo "== pytest"; .venv/bin/pytest -q "$@"
