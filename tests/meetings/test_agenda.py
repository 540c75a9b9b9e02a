"""The agenda as a query: an item's at-clauses, bilag, resumé and sagsfremstilling are
answered as fields, not only inside the rendered dagsorden (issue 17, point 3)."""

from __future__ import annotations

from pathlib import Path

from socialaftale import load_record, open_store

RECORD = """\
kilde: 003_dac07bbacd9158aa.txt
moede: {id: das-2019-10-24, forum: DAS, dato: 2019-10-24}
punkter:
  - nummer: "9"
    titel: Drøftelse af henvendelse om oprettelse af botilbud til borgere med Prader-Willis Syndrom
    resume: Borgere med PWS er en yderst lille målgruppe.
    indstilling:
      - Den Administrative Styregruppe drøfter kendskabet til målgruppens omfang i Nordjylland
        og om der er behov for nærmere undersøgelse.
    bilag: ["Bilag 6: Baggrundsnotat PWS",
            "Bilag 7: Henvendelse fra Stense Farholt til Region Nordjylland om PWS"]
  - nummer: "13"
    titel: Evt.
    art: orientering
"""


def test_agenda_answers_clauses_and_bilag_per_item(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'a.db'}", actor="test") as store:
        load_record(store, RECORD, "das.yaml")
        nine, thirteen = store.agenda("das-2019-10-24")
        assert (nine.nummer, nine.art) == ("9", "behandling")
        assert nine.indstilling == (
            "Den Administrative Styregruppe drøfter kendskabet til målgruppens omfang i "
            "Nordjylland og om der er behov for nærmere undersøgelse.",)
        assert nine.bilag[1] == ("Bilag 7: Henvendelse fra Stense Farholt til Region "
                                 "Nordjylland om PWS")
        assert nine.resume == "Borgere med PWS er en yderst lille målgruppe."
        assert nine.sagsfremstilling is None
        assert (thirteen.titel, thirteen.art, thirteen.indstilling) == ("Evt.", "orientering", ())
        assert store.agenda("das-2099-01-01") == ()
