#!/usr/bin/env bash
# Set up a virtual environment and run the main job on the embedded default (a SQLite file):
# load the real meeting records of examples/nordjylland into a fresh demo.db and ask it what
# the minutes say.
set -euo pipefail
cd "$(dirname "$0")/.."
EXTRAS=web . scripts/venv.sh
rm -f demo.db demo.db-wal demo.db-shm
S=".venv/bin/socialaftale"
export SOCIALAFTALE_STORE=demo.db
show() { echo; echo "== $1"; echo "\$ socialaftale ${*:2}"; "$S" "${@:2}"; }

show "Mødeoptegnelserne indlæses (én transaktion)" load examples/nordjylland
show "Tilbudsviften 2020 mod 2019: hvad kom ind, gik ud og ændrede sig" \
    changes --from 2019-01-01 --to 2020-01-01
show "Tilbudsviften pr. 1. januar 2020" tilbudsvifte --as-of 2020-01-01
show "Beslutningerne på DAS' møde den 24. oktober 2019" \
    decisions --body DAS --from 2019-10-24 --to 2019-10-24
show "Åbne opfølgninger" actions --open
show "Sekretariatets budget og regnskab 2012" \
    budget 2012 --cost-centre "Sekretariatet for Rammeaftaler"

echo
echo "Lageret ligger i demo.db. Prøv fx:"
echo "  .venv/bin/socialaftale meeting --store demo.db das-2019-10-24"
echo "  .venv/bin/socialaftale tilbud --store demo.db 'Aktivitetshuset Hobro'"
echo "  .venv/bin/socialaftale tilbudsvifte --store demo.db --as-of 2020-01-01 --occurred-by 2019-10-01"
echo "  .venv/bin/socialaftale decisions --store demo.db --search taleinstituttet --format json"
echo "  .venv/bin/socialaftale load --store demo.db --dry-run examples/nordjylland"
echo "  .venv/bin/socialaftale serve --store demo.db      # browse it on http://127.0.0.1:8000/"
echo "  .venv/bin/socialaftale --help"
