"""The agenda as a query: each item's number, title, introducer, indstilling and bilag, as
the record gives them, in the minutes' order (made-up meeting)."""

from __future__ import annotations

from socialaftale import Socialaftale, load_record

RECORD = """\
kilde: referat-2030-01-10.txt
moede: {id: socdir-2030-01-10, forum: SOCDIR, dato: 2030-01-10}
punkter:
  - {nummer: "1", titel: Godkendelse af dagsorden,
     beslutning: {udfald: godkendt, referat: Godkendt}}
  - nummer: "3"
    titel: Orientering fra FU
    indleder: Karin
    indstilling: [tage orienteringen til efterretning]
    bilag: [Notat om sekretariatet]
    sagsfremstilling: FU har holdt møde.
    beslutning: {udfald: taget_til_efterretning, referat: Karin orienterede.}
"""


def test_the_agenda_lists_each_item_with_its_introducer_indstilling_and_bilag(
        store: Socialaftale) -> None:
    load_record(store, RECORD, "socdir-2030-01-10.yaml")
    first, third = store.agenda("socdir-2030-01-10")
    assert (first.nummer, first.titel, first.indleder, first.indstilling) == (
        "1", "Godkendelse af dagsorden", None, ())
    assert (third.nummer, third.indleder, third.indstilling, third.bilag,
            third.sagsfremstilling) == ("3", "Karin", ("tage orienteringen til efterretning",),
                                        ("Notat om sekretariatet",), "FU har holdt møde.")
    assert store.agenda("socdir-2030-02-10") == ()
