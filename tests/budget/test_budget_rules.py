"""Budget rules as given events / when command / then events or error, and the charts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from socialaftale import DecisionRef, DomainError, Provenance, Socialaftale, Source
from socialaftale import budget as b

P = Provenance(date(2013, 3, 18), Source("002_19692c500b0e1c7c.txt", "4"))
SID = b.budget_stream("S", 2012)


def given(*events: object) -> dict[object, object]:
    return {SID: b.CONTEXT.fold(list(events)), b.population_stream(2012): None}


def test_a_line_is_registered_once() -> None:
    line = b.BudgetLineRegistered("S", 2012, "Løn", "direkte", 1, Decimal(10))
    with pytest.raises(DomainError) as err:
        b.decide(b.RegisterBudgetLine(cost_centre="S", year=2012, line="Løn", gruppe="direkte",
                                      position=2, budget=Decimal(5), provenance=P), given(line))
    assert err.value.rule == "linje-dobbelt"


def test_accounts_on_an_unknown_line_are_refused_naming_it() -> None:
    with pytest.raises(DomainError, match="budgetlinjen 'Husleje' findes ikke"):
        b.decide(b.BookAccounts(cost_centre="S", year=2012, line="Husleje",
                                regnskab=Decimal(1), provenance=P), given())


def test_a_settlement_needs_the_decision_behind_it() -> None:
    with pytest.raises(DomainError) as err:
        b.decide(b.SettleBudget(cost_centre="S", year=2012, model="overførsel", provenance=P),
                 given())
    assert err.value.field == "beslutning"
    with_decision = Provenance(P.occurred_on, P.source, DecisionRef("socdir-2013-03-18", "4"))
    [(_, event)] = b.decide(b.SettleBudget(cost_centre="S", year=2012, model="overførsel",
                                           provenance=with_decision), given())
    assert isinstance(event, b.BudgetSettled)


def test_a_split_among_all_needs_every_north_jutland_population(store: Socialaftale) -> None:
    store.record(b.RecordPopulation(year=2012, kommune="Aalborg Kommune", befolkning=200_000,
                                    kilde="illustrativ", provenance=P))
    with pytest.raises(DomainError) as err:
        store.record(b.SplitCost(cost_centre="S", year=2012, total=Decimal("1510000"),
                                 blandt="alle", provenance=P))
    assert "Brønderslev" in err.value.message and "Aalborg" not in err.value.message


def test_charts_are_svg_with_danish_amounts(store: Socialaftale) -> None:
    store.record(
        b.RegisterBudgetLine(cost_centre="S", year=2012, line="Løn & ferie", gruppe="direkte",
                             position=1, budget=Decimal("1231000"), provenance=P),
        b.BookAccounts(cost_centre="S", year=2012, line="Løn & ferie",
                       regnskab=Decimal("1287300"), provenance=P),
    )
    svg = store.budget_chart_svg(2012, "S")
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    assert "1.287.300 kr." in svg and "Løn &amp; ferie" in svg


def test_a_surplus_is_carried_forward_only_and_shows_in_the_history(store: Socialaftale) -> None:
    with pytest.raises(DomainError, match="kun overføres til et senere år"):
        store.record(b.CarrySurplus(cost_centre="S", year=2012, til_aar=2011,
                                    beloeb=Decimal(7000), provenance=P))
    store.record(b.CarrySurplus(cost_centre="S", year=2011, til_aar=2012,
                                beloeb=Decimal(7000), provenance=P))
    (post,) = store.budget_history(2011, "S")
    assert post.summary == "Overskud 7.000 kr. fra 2011 overført til 2012"
