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
# 003_dac07bbacd9158aa.txt l. 988-989: one item, one Referat, but each offer's ind-/udmelding
# is its own sub-matter with its own outcome (all approved except TI/HCN).
show "Et punkt med sager: DAS 24. oktober 2019 punkt 8, hver ind- og udmelding med sit udfald" \
    decisions --body DAS --from 2019-10-24 --to 2019-10-24 --search udmelding
# 003_dac07bbacd9158aa.txt l. 1003-1004: "KKR og de nordjyske byråd har henholdsvis anbefalet og
# godkendt en beslutning om, at TI/HCN udgår af det forstærkede samarbejde": DAS' minutes only
# mention it; the fact is carried by the other bodies' decision (undated in the minutes).
show "Et faktum båret af andre organers beslutning: TI/HCN udtræder af det forstærkede samarbejde" \
    tilbud "Taleinstituttet/Hjerneskadecenter Nordjylland"
# The same matter across bodies (docs/cases.md): KKR recommended, the byråd approved, DAS kept
# the offer in the rammeaftale (l. 989, 1003-1004); no minute names a single byråd's decision.
show "En sag på tværs af organer: TI/HCN og det forstærkede samarbejde" \
    case ti-hcn-forstaerket-samarbejde
# 003_dac07bbacd9158aa.txt l. 670: "Juli-oktober Byråd og regionsråd Politisk godkendelse"
show "Rådenes godkendelser, der afventes pr. 1. september 2020 (Socialaftale 2021-2022, TI/HCN)" \
    approvals --pending --on 2020-09-01
# 001_06729882290ccbd8.txt l. 28 "Hilde E. Thun Holst/ref" and l. 146 "Hilde E. Thun
# Sekretariatet (formand)": the program only suggests the pair; a person confirms it.
show "Stavemåder, der kan være samme person (kun forslag)" personer --forslag
if ! "$S" person "Hilde E. Thun" | grep -q "^Stavemåder:.*Hilde E. Thun Holst"; then
    show "Sekretariatet bekræfter ét af forslagene (en hændelse med grund og kilde)" \
        samme-person "Hilde E. Thun" "Hilde E. Thun Holst" --af "sekretariatet (demo)" \
        --grund "referent (l. 28) og formand fra Sekretariatet for den præsenterede arbejdsgruppe (l. 146) i samme referat" \
        --kilde "001_06729882290ccbd8.txt l. 28 og l. 146" --dato 2013-01-17
fi
show "Personen findes under begge stavemåder" person "Hilde E. Thun Holst"
show "Sekretariatets budget og regnskab 2012" \
    budget 2012 --cost-centre "Sekretariatet for Rammeaftaler"

echo
echo "Lageret ligger i demo.db. Prøv fx:"
echo "  .venv/bin/socialaftale meeting --store demo.db das-2019-10-24"
echo "  .venv/bin/socialaftale tilbud --store demo.db 'Aktivitetshuset Hobro'"
echo "  .venv/bin/socialaftale tilbudsvifte --store demo.db --as-of 2020-01-01 --occurred-by 2019-10-01"
echo "  .venv/bin/socialaftale decisions --store demo.db --search taleinstituttet --format json"
echo "  .venv/bin/socialaftale load --store demo.db --dry-run examples/nordjylland"
echo "  .venv/bin/socialaftale serve --store demo.db --kilder examples/nordjylland/kilder  # browse it on http://127.0.0.1:8000/"
echo "  .venv/bin/socialaftale --help"
