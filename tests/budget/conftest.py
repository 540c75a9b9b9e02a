"""Steps for the budget scenarios (features/budget.feature)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from pytest_bdd import given, parsers, then, when

from socialaftale import (
    DecisionRef,
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
FOOTNOTES = {
    "1": "Beløbet indeholder udgifter til lønomkostninger. Merudgifter skyldes udbetaling af "
         "6. ferieuge og beregnet feriekort til vikar ansat i perioden 01.08.2011-31.03.2012.",
    "2": "Merudgiften skyldes til dels kørselsgodtgørelse",
    "3": "Beløbet indeholder udgifter til kontorartikler, avis, annoncering, information o.l",
    "4": "Beløbet indeholder udgifter til fortæring under møder, rejser o.l.",
    "5": "Beløbet indeholder udgifter til seminar og temadage. Det bemærkes at 40.000 "
         "finansieres af deltagerbetaling (politisk dialogmøde 2012)",
    "6": "Beløbet indeholder udgifter vedr. inventar, IT-udstyr og IT drift. Merforbruget "
         "skyldes merudgift vedr. takstanalyseprogram",
    "7": "Beløbene er beregnet på baggrund af KL’s budgetvejledning",
    "8": "Husleje 850 kr. pr. m2 (30m2), Forbrugsudgifter 250 kr. pr. m2 og øvrige "
         "driftsudgifter 200 kr. pr. m2",
}
NOPII_NOTE = ("Fællesudgiften 366.000 kr., Mariagerfjords afslag, de fire forventede deltagere og "
              "svarfristen uge 47 står i opgavebeskrivelsen, ikke i referatets tekst; "
              "deltagerne er illustrative")


class Ctx:
    def __init__(self, store: Socialaftale) -> None:
        self.store = store
        self.printed_rest: dict[str, Decimal | None] = {}
        self.error: DomainError | None = None
        self.log_before = 0

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


def item4(note: str | None = None, decision: bool = False) -> Provenance:
    return Provenance(date(2013, 3, 18), Source(MINUTES_2013, "4", note),
                      DecisionRef("socdir-2013-03-18", "4") if decision else None)


@given(parsers.parse("sekretariatets budget og regnskab for 2012 som i referatet af 18. marts "
                     "2013:"))
def accounts_2012(ctx: Ctx, datatable: list[list[str]]) -> None:
    header, *rows = datatable
    commands: list[Any] = []
    for pos, row in enumerate(rows, start=1):
        r = dict(zip(header, row, strict=True))
        line, regnskab = r["specifikation"], _amount(r["regnskab"])
        note = None
        if regnskab is None:
            note = "Regnskabscellen er tom i referatet; tæller 0 i totalerne"
        elif r["restbudget i referatet"] == "ikke angivet":
            note = "Referatet angiver kun to tal for linjen"
        commands.append(b.RegisterBudgetLine(
            cost_centre=SECRETARIAT, year=2012, line=line, gruppe=r["gruppe"],  # type: ignore[arg-type]
            position=pos, budget=_amount(r["budget"]), footnote=FOOTNOTES.get(r["fodnote"]),
            provenance=item4(note)))
        commands.append(b.BookAccounts(cost_centre=SECRETARIAT, year=2012, line=line,
                                       regnskab=regnskab, provenance=item4(note)))
        ctx.printed_rest[line] = _amount(r["restbudget i referatet"])
    ctx.store.record(*commands)


@then(parsers.parse("er de samlede udgifter {regnskab} i regnskab og {budget} i budget med "
                    "restbudget {rest}"))
def cost_totals(ctx: Ctx, regnskab: str, budget: str, rest: str) -> None:
    t = ctx.store.budget(2012, SECRETARIAT)
    assert (t.udgifter_regnskab, t.udgifter_budget, t.udgifter_restbudget) == (
        parse_kroner(regnskab), parse_kroner(budget), parse_kroner(rest))


@then(parsers.parse("er de samlede indtægter {regnskab} i regnskab og {budget} i budget"))
def income_totals(ctx: Ctx, regnskab: str, budget: str) -> None:
    t = ctx.store.budget(2012, SECRETARIAT)
    assert (t.indtaegter_regnskab, t.indtaegter_budget) == (parse_kroner(regnskab),
                                                            parse_kroner(budget))


@then(parsers.parse("er resultatet {resultat}"))
def result(ctx: Ctx, resultat: str) -> None:
    assert ctx.store.budget(2012, SECRETARIAT).resultat == parse_kroner(resultat)


@then("har hver linje det restbudget, referatet angiver, hvor det er angivet")
def each_rest(ctx: Ctx) -> None:
    lines = ctx.store.budget(2012, SECRETARIAT).lines
    assert [x.line for x in lines] == list(ctx.printed_rest)
    for x in lines:
        printed = ctx.printed_rest[x.line]
        if printed is not None:
            assert x.restbudget == printed, x.line


@when(parsers.parse("Aalborg lægger {beloeb} ud for 2012"))
def advance(ctx: Ctx, beloeb: str) -> None:
    ctx.store.record(b.RecordAdvance(cost_centre=SECRETARIAT, year=2012, by="Aalborg",
                                     beloeb=parse_kroner(beloeb),
                                     provenance=item4("Resultat (p.t. udlæg Aalborg kommune)")))


@when(parsers.parse('SOCDIR den 18. marts 2013 punkt 4 tilslutter sig modellen "{model}"'))
def settle(ctx: Ctx, model: str) -> None:
    ctx.store.record(b.SettleBudget(cost_centre=SECRETARIAT, year=2012, model=model,
                                    provenance=item4(decision=True)))


@then(parsers.parse('viser historikken for 2012 udlægget og afklaringen med beslutningen '
                    '"{meeting}" punkt "{item}"'))
def history(ctx: Ctx, meeting: str, item: str) -> None:
    posts = ctx.store.budget_history(2012, SECRETARIAT)
    kinds = [p.kind for p in posts]
    assert kinds[-2:] == ["DeficitAdvanced", "BudgetSettled"]
    assert "164.000 kr." in posts[-2].summary and "Aalborg" in posts[-2].summary
    assert (posts[-1].meeting, posts[-1].decision_item) == (meeting, item)


@when(parsers.parse('regnskabet for "{line}" 2012 bogføres igen med {beloeb}'))
def book_again(ctx: Ctx, line: str, beloeb: str) -> None:
    ctx.attempt(b.BookAccounts(cost_centre=SECRETARIAT, year=2012, line=line,
                               regnskab=parse_kroner(beloeb), provenance=item4()))


@when(parsers.parse('regnskabet for "{line}" 2012 rettes til {beloeb} med grunden "{grund}"'))
def correct(ctx: Ctx, line: str, beloeb: str, grund: str) -> None:
    ctx.store.record(b.CorrectAccounts(cost_centre=SECRETARIAT, year=2012, line=line,
                                       regnskab=parse_kroner(beloeb), grund=grund,
                                       provenance=item4("illustrativ rettelse")))



def nopii(note: str = NOPII_NOTE) -> Provenance:
    return Provenance(date(2014, 10, 10), Source("000_939a2e46bbe95266.txt", "5", note))


@given(parsers.parse("befolkningstallene for {year:d} (illustrative tal, ikke fra referatet):"))
def population(ctx: Ctx, year: int, datatable: list[list[str]]) -> None:
    ctx.store.record(*(
        b.RecordPopulation(year=year, kommune=k, befolkning=int(n), kilde="illustrativ",
                           provenance=nopii("illustrative befolkningstal"))
        for k, n in datatable[1:]
    ))


@given(parsers.parse("Mariagerfjord har afslået at deltage i NOPII {year:d}"))
def declined(ctx: Ctx, year: int) -> None:
    ctx.store.record(b.SetParticipation(cost_centre="NOPII", year=year, kommune="Mariagerfjord",
                                        status="afslaaet", provenance=nopii()))


@given(parsers.parse("Thisted skal svare inden udgangen af uge {week:d} {year:d}"))
def awaiting(ctx: Ctx, week: int, year: int) -> None:
    ctx.store.record(b.SetParticipation(cost_centre="NOPII", year=2015, kommune="Thisted",
                                        status="afventer", svarfrist=end_of_week(year, week),
                                        provenance=nopii()))


@given(parsers.parse("Aalborg, Brønderslev, Hjørring og Jammerbugt deltager i NOPII {year:d}"))
def joined(ctx: Ctx, year: int) -> None:
    ctx.store.record(*(
        b.SetParticipation(cost_centre="NOPII", year=year, kommune=k, status="deltager",
                           provenance=nopii())
        for k in ("Aalborg", "Brønderslev", "Hjørring", "Jammerbugt")
    ))


@when(parsers.parse("{total} kr. fordeles blandt deltagerne i NOPII {year:d}"))
def split(ctx: Ctx, total: str, year: int) -> None:
    ctx.attempt(b.SplitCost(cost_centre="NOPII", year=year, total=parse_kroner(total),
                            provenance=nopii()))


@then(parsers.parse("betaler de deltagende kommuner tilsammen præcis {total} kr."))
def sum_exact(ctx: Ctx, total: str) -> None:
    assert ctx.error is None
    shares = ctx.store.shares(2015, "NOPII")
    assert [s.kommune for s in shares] == ["Aalborg", "Brønderslev", "Hjørring", "Jammerbugt"]
    assert sum(s.beloeb for s in shares) == parse_kroner(total)
    assert all(s.metode.startswith("befolkningstal") for s in shares)


@then(parsers.parse("er andelen for {kommune} {beloeb} kr."))
def pays(ctx: Ctx, kommune: str, beloeb: str) -> None:
    share = {s.kommune: s.beloeb for s in ctx.store.shares(2015, "NOPII")}
    assert share[kommune] == parse_kroner(beloeb)


@then(parsers.parse("har {kommune} ingen andel"))
def pays_nothing(ctx: Ctx, kommune: str) -> None:
    assert kommune not in {s.kommune for s in ctx.store.shares(2015, "NOPII")}
