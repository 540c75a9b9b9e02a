#!/usr/bin/env bash
# Set up a virtual environment and run the main job on the embedded default (a SQLite file):
# record the real decisions from the minutes in a fresh demo.db and print what the record says.
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS=cli . scripts/venv.sh
rm -f demo.db demo.db-wal demo.db-shm
.venv/bin/python examples/das_2019_10_24_item8.py sqlite:///demo.db
echo
echo "Lageret ligger i demo.db. Prøv fx:"
echo "  .venv/bin/socialaftale tilbudsvifte --store demo.db --as-of 2020-01-01"
echo "  .venv/bin/socialaftale tilbudsvifte --store demo.db --as-of 2020-01-01 --known-at 2019-10-01"
echo "  .venv/bin/socialaftale tilbud --store demo.db 'Aktivitetshuset Hobro'"
echo "  .venv/bin/socialaftale export --store demo.db | head -3"
echo "  .venv/bin/socialaftale --help"
