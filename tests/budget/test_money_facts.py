"""Rules of footnotes, unit figures, sharing rules and rate decisions; FOLK1A files; old
events that predate the new fields."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from socialaftale import (
    DecisionRef,
    DomainError,
    Folk1aError,
    PartialDate,
    Provenance,
    Socialaftale,
    Source,
    read_folk1a,
)
from socialaftale import budget as b
from socialaftale.persistence import converter

P = Provenance(date(2013, 3, 18), Source("002_19692c500b0e1c7c.txt", "4"))
HEADER = "OMRÅDE;KØN;ALDER;CIVILSTAND;TID;INDHOLD"


def test_a_budget_line_stored_before_unit_figures_existed_still_loads() -> None:
    old = {"cost_centre": "S", "year": 2012, "line": "Husleje", "gruppe": "indirekte",
           "position": 1, "budget": "39000", "footnote": None}
    line = converter.structure(old, b.BudgetLineRegistered)
    assert line.enhedstal == () and line.budget == Decimal(39000)


def test_a_footnote_stands_at_a_line_or_a_heading_never_both_or_neither(
        store: Socialaftale) -> None:
    store.record(b.RegisterBudgetLine(cost_centre="S", year=2012, line="Løn", gruppe="direkte",
                                      position=1, budget=Decimal(1), provenance=P))
    for where in ({}, {"linje": "Løn", "overskrift": "Direkte udgifter"}):
        with pytest.raises(DomainError) as err:
            store.record(b.AddBudgetFootnote(cost_centre="S", year=2012, nummer="1",
                                             tekst="x", provenance=P, **where))
        assert err.value.rule == "fodnote-placering"
    with pytest.raises(DomainError, match="budgetlinjen 'Husleje' findes ikke"):
        store.record(b.AddBudgetFootnote(cost_centre="S", year=2012, nummer="1", tekst="x",
                                         linje="Husleje", provenance=P))


def test_a_unit_figure_needs_a_unit_and_a_positive_quantity(store: Socialaftale) -> None:
    for figure, rule in ((b.Enhedstal(Decimal(850), " "), "enhed-mangler"),
                         (b.Enhedstal(Decimal(850), "m2", antal=Decimal(0)), "antal-positivt")):
        with pytest.raises(DomainError) as err:
            store.record(b.RegisterBudgetLine(
                cost_centre="S", year=2012, line="Husleje", gruppe="indirekte", position=1,
                budget=Decimal(39000), enhedstal=(figure,), provenance=P))
        assert err.value.rule == rule and err.value.field == "enhedstal[1]." + (
            "enhed" if rule == "enhed-mangler" else "antal")


def test_an_answer_after_a_partial_deadline_is_late_only_after_its_last_day() -> None:
    ultimo = PartialDate(2014, 11, "ultimo")
    assert not b.answered_late(date(2014, 11, 30), ultimo)
    assert b.answered_late(date(2014, 12, 1), ultimo)
    assert not b.answered_late(date(2030, 1, 1), None)


def test_a_rule_is_agreed_once_and_answers_need_a_rule_that_asks_for_them(
        store: Socialaftale) -> None:
    rule = b.AgreeCostSharing(regel="r", formaal="f", noegle="ligeligt", tekst="ligeligt",
                              blandt="alle", total=Decimal("100.00"), provenance=P)
    store.record(rule)
    with pytest.raises(DomainError) as err:
        store.record(rule)
    assert err.value.rule == "fordelingsnoegle-dobbelt"
    with pytest.raises(DomainError) as err:
        store.record(b.AnswerCostSharing(regel="r", kommune="Aalborg", svar="afslag",
                                         provenance=P))
    assert err.value.rule == "fordeling-uden-tilslutning"
    with pytest.raises(DomainError) as err:
        store.record(b.AnswerCostSharing(regel="ukendt", kommune="Aalborg", svar="afslag",
                                         provenance=P))
    assert err.value.rule == "fordelingsnoegle-ukendt"
    split = store.sharing_rule("r")
    assert split is not None and split.status == "beregnet"
    assert sum(s.beloeb for s in split.andele) == Decimal("100.00")
    assert len(split.andele) == 11 and {s.beloeb for s in split.andele} == {
        Decimal("9.10"), Decimal("9.09")}


def test_a_rule_is_unknown_before_the_day_it_was_agreed(store: Socialaftale) -> None:
    store.record(b.AgreeCostSharing(regel="r", formaal="f", noegle="befolkningstal",
                                    tekst="t", provenance=P))
    assert store.sharing_rule("r", date(2013, 3, 17)) is None
    assert store.sharing_rule("r", date(2013, 3, 18)) is not None


def test_a_rate_decision_needs_its_decision_and_expectations_for_later_years(
        store: Socialaftale) -> None:
    decided = Provenance(P.occurred_on, Source(P.source.document, "7"),
                         DecisionRef("socdir-2013-03-18", "7"))
    with pytest.raises(DomainError) as err:
        store.record(b.DecideRates(aar=2013, aendring="uaendret", tekst="t", provenance=P))
    assert err.value.rule == "takstbeslutning-uden-beslutning"
    with pytest.raises(DomainError) as err:
        store.record(b.DecideRates(aar=2013, aendring="uaendret", tekst="t",
                                   forventninger=(b.TakstForventning(2013, "t"),),
                                   provenance=decided))
    assert err.value.rule == "forventning-bagud" and err.value.field == "forventninger[1].aar"


def _csv(*rows: str, bom: bool = True, encoding: str = "utf-8") -> bytes:
    data = "\r\n".join([HEADER, *rows]).encode(encoding)
    return (b"\xef\xbb\xbf" if bom else b"") + data


def test_folk1a_in_latin1_with_codes_reads_the_municipality() -> None:
    data = _csv("851 Aalborg;TOT;IALT;TOT;2015K1;1000", bom=False, encoding="cp1252")
    [c] = read_folk1a(data, fil="f.csv", hentet=date(2026, 1, 2)).commands
    assert (c.kommune, c.year, c.befolkning) == ("Aalborg", 2015, 1000)
    assert "FOLK1A 2015K1" in c.kilde and "hentet 2026-01-02" in c.kilde and "sha256" in c.kilde
    assert c.provenance.occurred_on == date(2015, 1, 1)


@pytest.mark.parametrize(("row", "column", "rule", "text"), [
    ("Aalborg;Mænd;Alder i alt;I alt;2015K1;1000", "KØN", "folk1a-ikke-total", "'Mænd'"),
    ("Aalborgg;I alt;Alder i alt;I alt;2015K1;1000", "OMRÅDE", "ukendt-kommune",
     "mente du Aalborg?"),
    ("Aalborg;I alt;Alder i alt;I alt;2015;1000", "TID", "folk1a-tid", "2015K1"),
    ("Aalborg;I alt;Alder i alt;I alt;2015K1;1.000", "INDHOLD", "folk1a-tal", "'1.000'"),
])
def test_a_bad_folk1a_row_names_file_line_and_column(row: str, column: str, rule: str,
                                                     text: str) -> None:
    with pytest.raises(Folk1aError) as err:
        read_folk1a(_csv("Thisted;I alt;Alder i alt;I alt;2015K1;1000", row), fil="f.csv",
                    hentet=date(2026, 1, 2))
    assert str(err.value).startswith(f"f.csv, linje 3 (kolonne '{column}')")
    assert err.value.rule.startswith(rule.split("-")[0]) and text in err.value.message


def test_folk1a_without_its_columns_or_twice_a_year_is_refused() -> None:
    with pytest.raises(Folk1aError) as err:
        read_folk1a(b"a;b;c\r\n1;2;3", fil="f.csv", hentet=date(2026, 1, 2))
    assert err.value.rule == "folk1a-kolonner"
    with pytest.raises(Folk1aError) as err:
        read_folk1a(_csv("Aalborg;I alt;Alder i alt;I alt;2015K1;1",
                         "Aalborg;I alt;Alder i alt;I alt;2015K2;2"), fil="f.csv",
                    hentet=date(2026, 1, 2))
    assert err.value.rule == "folk1a-dobbelt" and "linje 2" in err.value.message
