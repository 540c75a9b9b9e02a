"""Footnotes, unit figures, cost-sharing rules, rate decisions and FOLK1A population figures
(features/budget_noegler.feature), on every store."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from socialaftale import (
    DecisionRef,
    Folk1aError,
    Provenance,
    Socialaftale,
    Source,
    parse_kroner,
    read_folk1a,
)
from socialaftale import budget as b

from .conftest import MINUTES_2013, SECRETARIAT, Ctx

scenarios("../../features/budget_noegler.feature")

SAMPLE = Path(__file__).parent / "data" / "folk1a-formatproeve.csv"
MINUTES_2014 = "000_939a2e46bbe95266.txt"
RULE = "illustrativ-noegle"


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store


def item(number: str, *, decision: bool = False) -> Provenance:
    return Provenance(date(2013, 3, 18), Source(MINUTES_2013, number),
                      DecisionRef("socdir-2013-03-18", number) if decision else None)


def on(day: str, note: str = "illustrativt svar, ikke fra referatet") -> Provenance:
    return Provenance(date.fromisoformat(day), Source(MINUTES_2014, "5", note))


@given(parsers.parse('budgetlinjen "{line}" for 2012 med budget {amount}'))
def a_line(ctx: Ctx, line: str, amount: str) -> None:
    ctx.store.record(b.RegisterBudgetLine(
        cost_centre=SECRETARIAT, year=2012, line=line, gruppe="indirekte", position=1,
        budget=parse_kroner(amount), provenance=item("4")))


@when(parsers.parse('fodnote "{number}" til linjen registreres med teksten "{text}" og '
                    'enhedstallene:'))
def footnote_on_line(ctx: Ctx, number: str, text: str, datatable: list[list[str]]) -> None:
    header, *rows = datatable
    figures = []
    for row in rows:
        r = dict(zip(header, row, strict=True))
        figures.append(b.Enhedstal(beloeb=Decimal(r["beløb"]), enhed=r["enhed"], post=r["post"],
                                   antal=Decimal(r["antal"]) if r["antal"] else None))
    ctx.attempt(b.AddBudgetFootnote(
        cost_centre=SECRETARIAT, year=2012, nummer=number, tekst=text,
        linje="Husleje og forbrugsudgifter", enhedstal=tuple(figures), provenance=item("4")))
    ctx.footnote_text = text  # type: ignore[attr-defined]
    assert ctx.error is None


@when(parsers.parse('fodnote "{number}" registreres ved overskriften "{heading}" med teksten '
                    '"{text}"'))
def footnote_on_heading(ctx: Ctx, number: str, heading: str, text: str) -> None:
    ctx.attempt(b.AddBudgetFootnote(cost_centre=SECRETARIAT, year=2012, nummer=number,
                                    tekst=text, overskrift=heading, provenance=item("4")))


def _note(ctx: Ctx, number: str) -> Any:
    return next(n for n in ctx.store.budget(2012, SECRETARIAT).fodnoter if n.nummer == number)


@then(parsers.parse('står fodnote "{number}" ved linjen "{line}" med referatets tekst'))
def footnote_stands(ctx: Ctx, number: str, line: str) -> None:
    table = ctx.store.budget(2012, SECRETARIAT)
    [on_line] = [x for x in table.lines if x.line == line]
    assert on_line.fodnoter == (number,)
    assert _note(ctx, number).tekst == ctx.footnote_text  # type: ignore[attr-defined]


def _figure(ctx: Ctx, post: str) -> Any:
    return next(f for f in _note(ctx, "8").enhedstal if f.post == post)


@then(parsers.parse('giver enhedstallet for "{post}" {amount}'))
def figure_product(ctx: Ctx, post: str, amount: str) -> None:
    assert _figure(ctx, post).i_alt == parse_kroner(amount)


@then(parsers.parse('har enhedstallet for "{post}" intet beregnet beløb'))
def figure_without_product(ctx: Ctx, post: str) -> None:
    assert _figure(ctx, post).antal is None and _figure(ctx, post).i_alt is None


@then(parsers.parse('har fodnote "{number}" intet beregnet i alt'))
def footnote_without_total(ctx: Ctx, number: str) -> None:
    assert _note(ctx, number).beregnet is None


@then(parsers.parse('står fodnote "{number}" ved overskriften "{heading}"'))
def footnote_at_heading(ctx: Ctx, number: str, heading: str) -> None:
    note = _note(ctx, number)
    assert (note.overskrift, note.linje) == (heading, None)


@then(parsers.parse('har linjen "{line}" ingen fodnoter'))
def no_footnotes(ctx: Ctx, line: str) -> None:
    [x] = [x for x in ctx.store.budget(2012, SECRETARIAT).lines if x.line == line]
    assert x.fodnoter == ()


@when(parsers.parse('KDK den 16. september 2014 aftaler "{text}"'))
def kdk_agrees(ctx: Ctx, text: str) -> None:
    condition = text.split(" var der i KDK")[0]
    ctx.store.record(b.AgreeCostSharing(
        regel="kdk-nopii", formaal="et fælleskommunalt NOPII-sekretariat",
        noegle="befolkningstal", tekst=text, betingelse=condition,
        provenance=Provenance(date(2014, 9, 16), Source(MINUTES_2014, "5",
                                                        "KDK's beslutning citeret i punkt 5"))))
    ctx.rule = "kdk-nopii"  # type: ignore[attr-defined]


@then(parsers.parse('er nøglen "{key}" uden omkostningssted'))
def key_without_centre(ctx: Ctx, key: str) -> None:
    rule = ctx.store.sharing_rule(ctx.rule)  # type: ignore[attr-defined]
    assert rule is not None and (rule.noegle, rule.cost_centre, rule.andele) == (key, None, ())


@then(parsers.parse('afventer fordelingen "{a}", "{b_}" og "{c}"'))
def waits_for_three(ctx: Ctx, a: str, b_: str, c: str) -> None:
    rule = ctx.store.sharing_rule(ctx.rule)  # type: ignore[attr-defined]
    assert rule is not None and rule.mangler == (a, b_, c)
    assert rule.status.startswith("afventer ")


@given(parsers.parse('fordelingsnøglen "{text}" blandt deltagerne med svarfrist {day} '
                     '(illustrativ)'))
def illustrative_rule(ctx: Ctx, text: str, day: str) -> None:
    ctx.store.record(b.AgreeCostSharing(
        regel=RULE, formaal="en illustrativ fælles udgift", noegle="befolkningstal",
        tekst=text, blandt="deltagere", svarfrist=date.fromisoformat(day),
        provenance=on("2014-10-10", "illustrativ nøgle med KDK's ordlyd")))
    ctx.rule = RULE  # type: ignore[attr-defined]


@when(parsers.parse("{first} og {second} svarer tilslutning den {day}"))
def two_join(ctx: Ctx, first: str, second: str, day: str) -> None:
    ctx.store.record(*(b.AnswerCostSharing(regel=RULE, kommune=k, svar="tilslutning",
                                           provenance=on(day)) for k in (first, second)))


@when(parsers.re(r"(?P<kommune>\w+) svarer (?P<svar>tilslutning|afslag) den (?P<day>[\d-]+)$"))
def one_answers(ctx: Ctx, kommune: str, svar: str, day: str) -> None:
    ctx.store.record(b.AnswerCostSharing(regel=RULE, kommune=kommune, svar=svar,  # type: ignore[arg-type]
                                         provenance=on(day)))


@then(parsers.parse('afventer fordelingen pr. {day} svar fra "{kommune}"'))
def waits_for_answer(ctx: Ctx, day: str, kommune: str) -> None:
    rule = ctx.store.sharing_rule(RULE, date.fromisoformat(day))
    assert rule is not None
    [answers] = [m for m in rule.mangler if m.startswith("svar fra ")]
    assert kommune in answers and "Aalborg" not in answers and "frist 23.11.2014" in answers
    assert "Hjørring" in answers  # its answer came later than this day


@then("er Hjørrings svar markeret som sendt efter svarfristen")
def late_answer(ctx: Ctx) -> None:
    rule = ctx.store.sharing_rule(RULE)
    assert rule is not None
    late = {a.kommune: a.for_sent for a in rule.svar}
    assert late == {"Aalborg": False, "Brønderslev": False, "Hjørring": True,
                    "Jammerbugt": False}


@then(parsers.parse('afventer fordelingen pr. {day} "{a}" og "{b_}"'))
def waits_for_two(ctx: Ctx, day: str, a: str, b_: str) -> None:
    rule = ctx.store.sharing_rule(RULE, date.fromisoformat(day))
    assert rule is not None and rule.mangler == (a, b_)


@when(parsers.parse("beløbet sættes til {amount} kr. og befolkningsåret til {year:d}"))
def set_basis(ctx: Ctx, amount: str, year: int) -> None:
    ctx.store.record(b.SetCostSharingBasis(regel=RULE, total=parse_kroner(amount),
                                           befolkningsaar=year, provenance=on("2014-12-05")))


@when("befolkningstallene indlæses fra formatprøven af en FOLK1A-eksport")
def load_sample(ctx: Ctx) -> None:
    found = read_folk1a(SAMPLE.read_bytes(), fil=SAMPLE.name, hentet=date(2026, 12, 2))
    ctx.store.record(*found.commands)


@then(parsers.parse("er fordelingen beregnet blandt {first}, {second} og {third}"))
def split_among(ctx: Ctx, first: str, second: str, third: str) -> None:
    rule = ctx.store.sharing_rule(RULE)
    assert rule is not None and rule.status == "beregnet"
    assert [s.kommune for s in rule.andele] == sorted([first, second, third])


@then(parsers.parse("betaler de tilsammen præcis {amount} kr."))
def exact_sum(ctx: Ctx, amount: str) -> None:
    rule = ctx.store.sharing_rule(RULE)
    assert rule is not None
    assert sum(s.beloeb for s in rule.andele) == parse_kroner(amount)
    # the sample's synthetic figures 200.000 : 30.000 : 60.000, to the øre
    assert {s.kommune: s.beloeb for s in rule.andele} == {
        "Aalborg": Decimal("252413.79"), "Brønderslev": Decimal("37862.07"),
        "Hjørring": Decimal("75724.14")}


@when(parsers.parse('SOCDIR den 18. marts 2013 punkt 7 beslutter for {year:d} "{text}" med '
                    'forventningen for {later:d} "{expected}"'))
def decide_rates(ctx: Ctx, year: int, text: str, later: int, expected: str) -> None:
    ctx.store.record(b.DecideRates(
        aar=year, aendring="uaendret", tekst=text,
        forventninger=(b.TakstForventning(aar=later, tekst=expected, retning="nedsaettelse"),),
        provenance=item("7", decision=True)))


@then(parsers.parse('er taksterne for {year:d} besluttet uændrede med beslutningen "{ref}"'))
def rates_unchanged(ctx: Ctx, year: int, ref: str) -> None:
    [d] = ctx.store.rate_decisions(year)
    assert (d.aendring, d.beslutning) == ("uaendret", ref)


@then(parsers.parse("står forventningen for {later:d} ordret som en nedsættelse"))
def expectation(ctx: Ctx, later: int) -> None:
    [d] = ctx.store.rate_decisions()
    [f] = d.forventninger
    assert (f.aar, f.retning) == (later, "nedsaettelse")
    assert f.tekst.endswith("taksnedsættelse i 2015.")  # the minutes' spelling, kept


@when(parsers.parse('en FOLK1A-fil, hvor linje {line:d} har INDHOLD "{value}", indlæses'))
def bad_file(ctx: Ctx, line: int, value: str) -> None:
    lines = SAMPLE.read_bytes().split(b"\r\n")
    cells = lines[line - 1].split(b";")
    lines[line - 1] = b";".join([*cells[:-1], value.encode()])
    ctx.log_before = ctx.store.log.last_position()
    try:
        found = read_folk1a(b"\r\n".join(lines), fil="folk1a.csv", hentet=date(2026, 12, 2))
        ctx.store.record(*found.commands)
        ctx.file_error = None  # type: ignore[attr-defined]
    except Folk1aError as err:
        ctx.file_error = err  # type: ignore[attr-defined]


@then(parsers.parse('afvises filen med "{text}" og reglen "{rule}"'))
def file_refused(ctx: Ctx, text: str, rule: str) -> None:
    err = ctx.file_error  # type: ignore[attr-defined]
    assert err is not None and text in str(err) and err.rule == rule
    assert str(err).startswith("folk1a.csv, linje")


@when(parsers.parse('KKR den 4. februar 2013 aftaler for sekretariatet blandt alle kommuner '
                    '"{text}"'))
def kkr_agrees(ctx: Ctx, text: str) -> None:
    ctx.store.record(b.AgreeCostSharing(
        regel="kkr-sekretariatet", formaal="finansiering af sekretariatet",
        noegle="befolkningstal", tekst=text, blandt="alle", cost_centre=SECRETARIAT,
        provenance=Provenance(date(2013, 2, 4), Source(MINUTES_2013, None,
                                                       "KKR's beslutning citeret i punkt 4"))))
    ctx.rule = "kkr-sekretariatet"  # type: ignore[attr-defined]


@then(parsers.parse('afventer nøglen "{a}" og "{b_}"'))
def rule_waits_for_two(ctx: Ctx, a: str, b_: str) -> None:
    [rule] = ctx.store.sharing_rules(cost_centre=SECRETARIAT)
    assert rule.regel == ctx.rule and rule.mangler == (a, b_)  # type: ignore[attr-defined]


@then("kan ingen kommune svare på nøglen")
def no_answers(ctx: Ctx) -> None:
    ctx.attempt(b.AnswerCostSharing(regel=ctx.rule, kommune="Thisted",  # type: ignore[attr-defined]
                                    svar="afslag", provenance=on("2013-03-01")))
    assert ctx.error is not None and ctx.error.rule == "fordeling-uden-tilslutning"
