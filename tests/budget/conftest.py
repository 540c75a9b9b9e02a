"""Steps for the budget scenarios: features/budget.feature asks the real records (loaded from
examples/nordjylland); features/budget_regler.feature records made-up cost centres, projects
and population figures from a made-up source, never one of the minutes."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

from socialaftale import (
    DomainError,
    Provenance,
    Socialaftale,
    Source,
    end_of_week,
    parse_kroner,
)
from socialaftale import budget as b

MINUTES_2013 = "002_19692c500b0e1c7c.txt"
SECRETARIAT = "Sekretariatet for Rammeaftaler"
MADE_UP = "opdigtet-referat.txt"


class Ctx:
    def __init__(self, store: Socialaftale) -> None:
        self.store = store
        self.error: DomainError | None = None
        self.log_before = 0
        self.cost_centre = SECRETARIAT
        self.year = 2012

    def attempt(self, *commands: Any) -> None:
        self.log_before = self.store.log.last_position()
        try:
            self.store.record(*commands)
            self.error = None
        except DomainError as err:
            self.error = err


@pytest.fixture
def ctx(store: Socialaftale) -> Ctx:
    return Ctx(store)


def _amount(text: str) -> Decimal | None:
    return None if text.strip() == "ikke angivet" else parse_kroner(text)


def made_up(on: date, note: str | None = None) -> Provenance:
    return Provenance(on, Source(MADE_UP, None, note))


# -- the real records ---------------------------------------------------------------------


@then(parsers.parse("er sekretariatets samlede udgifter for {year:d} {regnskab} i regnskab og "
                    "{budget} i budget med restbudget {rest}"))
def cost_totals(ctx: Ctx, year: int, regnskab: str, budget: str, rest: str) -> None:
    t = ctx.store.budget(year, SECRETARIAT)
    assert (t.udgifter_regnskab, t.udgifter_budget, t.udgifter_restbudget) == (
        parse_kroner(regnskab), parse_kroner(budget), parse_kroner(rest))


@then(parsers.parse("er sekretariatets samlede indtægter for {year:d} {regnskab} i regnskab og "
                    "{budget} i budget"))
def income_totals(ctx: Ctx, year: int, regnskab: str, budget: str) -> None:
    t = ctx.store.budget(year, SECRETARIAT)
    assert (t.indtaegter_regnskab, t.indtaegter_budget) == (parse_kroner(regnskab),
                                                            parse_kroner(budget))


@then(parsers.parse("er sekretariatets resultat for {year:d} {resultat}"))
def result(ctx: Ctx, year: int, resultat: str) -> None:
    assert ctx.store.budget(year, SECRETARIAT).resultat == parse_kroner(resultat)


@then(parsers.parse("har sekretariatets linjer for {year:d} disse restbudgetter:"))
def each_rest(ctx: Ctx, year: int, datatable: list[list[str]]) -> None:
    lines = {x.line: x.restbudget for x in ctx.store.budget(year, SECRETARIAT).lines}
    rows = datatable[1:]
    assert sorted(lines) == sorted(row[1] for row in rows)
    for _where, line, printed in rows:
        if printed.strip() != "ikke angivet":
            assert lines[line] == parse_kroner(printed), line


@then(parsers.parse("viser sekretariatets historik for {year:d} et udlæg på {beloeb} ved "
                    "{kommune}"))
def advance_shown(ctx: Ctx, year: int, beloeb: str, kommune: str) -> None:
    posts = [p for p in ctx.store.budget_history(year, SECRETARIAT)
             if p.kind == "DeficitAdvanced"]
    assert len(posts) == 1 and beloeb in posts[0].summary and kommune in posts[0].summary, posts


@then(parsers.parse('viser sekretariatets historik for {year:d} afklaringen med beslutningen '
                    '"{meeting}" punkt "{item}"'))
def settled_shown(ctx: Ctx, year: int, meeting: str, item: str) -> None:
    posts = [p for p in ctx.store.budget_history(year, SECRETARIAT)
             if p.kind == "BudgetSettled"]
    assert [(p.meeting, p.decision_item) for p in posts] == [(meeting, item)]


# -- the rules, on made-up cost centres ---------------------------------------------------


@given(parsers.parse('det opdigtede budgetsted "{cc}" har for {year:d} linjerne:'))
def made_up_accounts(ctx: Ctx, cc: str, year: int, datatable: list[list[str]]) -> None:
    ctx.cost_centre, ctx.year = cc, year
    commands: list[Any] = []
    for pos, (line, gruppe, regnskab, budget) in enumerate(datatable[1:], start=1):
        commands.append(b.RegisterBudgetLine(
            cost_centre=cc, year=year, line=line, gruppe=gruppe,  # type: ignore[arg-type]
            position=pos, budget=_amount(budget), provenance=made_up(date(year + 1, 3, 1))))
        commands.append(b.BookAccounts(cost_centre=cc, year=year, line=line,
                                       regnskab=_amount(regnskab),
                                       provenance=made_up(date(year + 1, 3, 1))))
    ctx.store.record(*commands)


@when(parsers.parse('regnskabet for "{line}" på det opdigtede budgetsted bogføres igen med '
                    '{beloeb}'))
def book_again(ctx: Ctx, line: str, beloeb: str) -> None:
    ctx.attempt(b.BookAccounts(cost_centre=ctx.cost_centre, year=ctx.year, line=line,
                               regnskab=parse_kroner(beloeb),
                               provenance=made_up(date(ctx.year + 1, 3, 2))))


@when(parsers.parse('regnskabet for "{line}" på det opdigtede budgetsted rettes til {beloeb} '
                    'med grunden "{grund}"'))
def correct(ctx: Ctx, line: str, beloeb: str, grund: str) -> None:
    ctx.store.record(b.CorrectAccounts(cost_centre=ctx.cost_centre, year=ctx.year, line=line,
                                       regnskab=parse_kroner(beloeb), grund=grund,
                                       provenance=made_up(date(ctx.year + 1, 3, 3))))


@then(parsers.parse("er det opdigtede budgetsteds samlede udgifter {regnskab} i regnskab og "
                    "{budget} i budget med restbudget {rest}"))
def made_up_totals(ctx: Ctx, regnskab: str, budget: str, rest: str) -> None:
    t = ctx.store.budget(ctx.year, ctx.cost_centre)
    assert (t.udgifter_regnskab, t.udgifter_budget, t.udgifter_restbudget) == (
        parse_kroner(regnskab), parse_kroner(budget), parse_kroner(rest))


@given(parsers.parse("de opdigtede befolkningstal for {year:d}:"))
def population(ctx: Ctx, year: int, datatable: list[list[str]]) -> None:
    ctx.store.record(*(
        b.RecordPopulation(year=year, kommune=k, befolkning=int(n), kilde="opdigtet",
                           provenance=made_up(date(year, 1, 1), "opdigtede befolkningstal"))
        for k, n in datatable[1:]
    ))


@given(parsers.parse('"{kommune}" har afslået at deltage i "{cc}" {year:d}'))
def declined(ctx: Ctx, kommune: str, cc: str, year: int) -> None:
    ctx.store.record(b.SetParticipation(cost_centre=cc, year=year, kommune=kommune,
                                        status="afslaaet",
                                        provenance=made_up(date(year - 1, 11, 1))))


@given(parsers.parse('"{kommune}" skal svare om "{cc}" {year:d} inden udgangen af uge {week:d} '
                     '{wyear:d}'))
def awaiting(ctx: Ctx, kommune: str, cc: str, year: int, week: int, wyear: int) -> None:
    ctx.store.record(b.SetParticipation(cost_centre=cc, year=year, kommune=kommune,
                                        status="afventer", svarfrist=end_of_week(wyear, week),
                                        provenance=made_up(date(year - 1, 11, 1))))


@given(parsers.parse('"{kommuner}" deltager i "{cc}" {year:d}'))
def joined(ctx: Ctx, kommuner: str, cc: str, year: int) -> None:
    ctx.store.record(*(
        b.SetParticipation(cost_centre=cc, year=year, kommune=k.strip(), status="deltager",
                           provenance=made_up(date(year - 1, 11, 1)))
        for k in kommuner.split(",")
    ))


@when(parsers.parse('{total} kr. fordeles blandt deltagerne i "{cc}" {year:d}'))
def split(ctx: Ctx, total: str, cc: str, year: int) -> None:
    ctx.attempt(b.SplitCost(cost_centre=cc, year=year, total=parse_kroner(total),
                            provenance=made_up(date(year - 1, 12, 1))))


@then(parsers.parse('betaler "{kommuner}" i "{cc}" {year:d} tilsammen præcis {total} kr.'))
def sum_exact(ctx: Ctx, kommuner: str, cc: str, year: int, total: str) -> None:
    assert ctx.error is None
    shares = ctx.store.shares(year, cc)
    assert [s.kommune for s in shares] == [k.strip() for k in kommuner.split(",")]
    assert sum(s.beloeb for s in shares) == parse_kroner(total)
    assert all(s.metode.startswith("befolkningstal") for s in shares)


@then(parsers.parse('er andelen for {kommune} i "{cc}" {year:d} {beloeb} kr.'))
def pays(ctx: Ctx, kommune: str, cc: str, year: int, beloeb: str) -> None:
    share = {s.kommune: s.beloeb for s in ctx.store.shares(year, cc)}
    assert share[kommune] == parse_kroner(beloeb)


@then(parsers.parse('har {kommune} ingen andel i "{cc}" {year:d}'))
def pays_nothing(ctx: Ctx, kommune: str, cc: str, year: int) -> None:
    assert kommune not in {s.kommune for s in ctx.store.shares(year, cc)}
