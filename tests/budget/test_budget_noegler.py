"""Footnotes, unit figures, cost-sharing rules and rate decisions as the real records hold them
(features/budget_noegler.feature), and the rules of footnotes, cost-sharing answers and FOLK1A
population figures on made-up data (features/budget_noegler_regler.feature), on every store."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from socialaftale import (
    Folk1aError,
    Provenance,
    Socialaftale,
    Source,
    parse_kroner,
    read_folk1a,
)
from socialaftale import budget as b

from .conftest import MADE_UP, SECRETARIAT, Ctx

scenarios("../../features/budget_noegler.feature",
          "../../features/budget_noegler_regler.feature")

SAMPLE = Path(__file__).parent / "data" / "folk1a-formatproeve.csv"
RULE = "opdigtet-noegle"
MADE_UP_CENTRE = "Opdigtet budgetsted"


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store


def on(day: str, note: str | None = None) -> Provenance:
    return Provenance(date.fromisoformat(day), Source(MADE_UP, None, note))


def _note(ctx: Ctx, number: str, cost_centre: str = SECRETARIAT, year: int = 2012) -> Any:
    return next(n for n in ctx.store.budget(year, cost_centre).fodnoter if n.nummer == number)


def _line(ctx: Ctx, line: str, cost_centre: str = SECRETARIAT, year: int = 2012) -> Any:
    [x] = [x for x in ctx.store.budget(year, cost_centre).lines if x.line == line]
    return x


# -- the real records ---------------------------------------------------------------------


@then(parsers.parse('står fodnote "{number}" ved sekretariatets linje "{line}" for {year:d} med '
                    'teksten "{text}"'))
def footnote_stands(ctx: Ctx, number: str, line: str, year: int, text: str) -> None:
    assert _line(ctx, line, year=year).fodnoter == (number,)
    assert _note(ctx, number, year=year).tekst == text


def _figure(ctx: Ctx, post: str, number: str) -> Any:
    return next(f for f in _note(ctx, number).enhedstal if f.post == post)


@then(parsers.parse('giver enhedstallet for "{post}" i fodnote "{number}" {amount}'))
def figure_product(ctx: Ctx, post: str, number: str, amount: str) -> None:
    assert _figure(ctx, post, number).i_alt == parse_kroner(amount)


@then(parsers.parse('har enhedstallet for "{post}" i fodnote "{number}" intet beregnet beløb'))
def figure_without_product(ctx: Ctx, post: str, number: str) -> None:
    figure = _figure(ctx, post, number)
    assert figure.antal is None and figure.i_alt is None


@then(parsers.parse('har fodnote "{number}" intet beregnet i alt'))
def footnote_without_total(ctx: Ctx, number: str) -> None:
    assert _note(ctx, number).beregnet is None


@then(parsers.parse('står fodnote "{number}" ved overskriften "{heading}" med teksten "{text}"'))
def footnote_at_heading(ctx: Ctx, number: str, heading: str, text: str) -> None:
    note = _note(ctx, number)
    assert (note.overskrift, note.linje, note.tekst) == (heading, None, text)


@then(parsers.parse('har sekretariatets linje "{line}" for {year:d} ingen fodnoter'))
def no_footnotes(ctx: Ctx, line: str, year: int) -> None:
    assert _line(ctx, line, year=year).fodnoter == ()


def _rule_quoting(ctx: Ctx, text: str) -> Any:
    found = [r for r in ctx.store.sharing_rules() if text in " ".join(r.tekst.split())]
    assert len(found) == 1, [r.regel for r in ctx.store.sharing_rules()]
    return found[0]


@then(parsers.parse('er nøglen med teksten "{text}" efter "{key}" uden omkostningssted'))
def key_without_centre(ctx: Ctx, text: str, key: str) -> None:
    rule = _rule_quoting(ctx, text)
    assert (rule.noegle, rule.cost_centre, rule.andele) == (key, None, ())


@then(parsers.parse('afventer nøglen med teksten "{text}" "{missing}"'))
def rule_waits(ctx: Ctx, text: str, missing: str) -> None:
    rule = _rule_quoting(ctx, text)
    assert rule.mangler == tuple(missing.split("; "))
    assert rule.status.startswith("afventer ")


@then(parsers.parse('kan ingen kommune svare på nøglen med teksten "{text}"'))
def no_answers(ctx: Ctx, text: str) -> None:
    rule = _rule_quoting(ctx, text)
    assert rule.cost_centre == SECRETARIAT
    ctx.attempt(b.AnswerCostSharing(regel=rule.regel, kommune="Thisted", svar="afslag",
                                    provenance=on("2030-03-01", "prøvesvar; afvises")))
    assert ctx.error is not None and ctx.error.rule == "fordeling-uden-tilslutning"


@then(parsers.parse('er taksterne for {year:d} besluttet uændrede med beslutningen "{ref}"'))
def rates_unchanged(ctx: Ctx, year: int, ref: str) -> None:
    [d] = ctx.store.rate_decisions(year)
    assert (d.aendring, d.beslutning) == ("uaendret", ref)


@then(parsers.parse("står forventningen for {later:d} ordret som en nedsættelse"))
def expectation(ctx: Ctx, later: int) -> None:
    found = [f for d in ctx.store.rate_decisions() for f in d.forventninger if f.aar == later]
    assert len(found) == 1 and found[0].retning == "nedsaettelse"
    assert " ".join(found[0].tekst.split()) == (
        "Der forventes alt andet lige et overskud som følge af KTO-forliget, som forventes at "
        "give anledning til taksnedsættelse i 2015.")  # the minutes' spelling, kept


# -- the rules, on made-up data -----------------------------------------------------------


@given(parsers.parse('den opdigtede budgetlinje "{line}" for {year:d} med budget {amount}'))
def a_line(ctx: Ctx, line: str, year: int, amount: str) -> None:
    ctx.store.record(b.RegisterBudgetLine(
        cost_centre=MADE_UP_CENTRE, year=year, line=line, gruppe="indirekte", position=1,
        budget=parse_kroner(amount), provenance=on(f"{year + 1}-03-01")))
    ctx.year = year


@when(parsers.parse('fodnote "{number}" registreres ved den opdigtede overskrift "{heading}" med '
                    'teksten "{text}"'))
def footnote_on_heading(ctx: Ctx, number: str, heading: str, text: str) -> None:
    ctx.attempt(b.AddBudgetFootnote(cost_centre=MADE_UP_CENTRE, year=ctx.year, nummer=number,
                                    tekst=text, overskrift=heading,
                                    provenance=on(f"{ctx.year + 1}-03-01")))


@then(parsers.parse('står fodnote "{number}" ved den opdigtede overskrift "{heading}"'))
def made_up_footnote_at_heading(ctx: Ctx, number: str, heading: str) -> None:
    note = _note(ctx, number, MADE_UP_CENTRE, ctx.year)
    assert (note.overskrift, note.linje) == (heading, None)


@then(parsers.parse('har den opdigtede linje "{line}" ingen fodnoter'))
def made_up_no_footnotes(ctx: Ctx, line: str) -> None:
    assert _line(ctx, line, MADE_UP_CENTRE, ctx.year).fodnoter == ()


@given(parsers.parse('den opdigtede fordelingsnøgle "{text}" blandt deltagerne med svarfrist '
                     '{day}'))
def made_up_rule(ctx: Ctx, text: str, day: str) -> None:
    ctx.store.record(b.AgreeCostSharing(
        regel=RULE, formaal="en opdigtet fælles udgift", noegle="befolkningstal",
        tekst=text, blandt="deltagere", svarfrist=date.fromisoformat(day),
        provenance=on("2030-10-10", "opdigtet nøgle")))


@when(parsers.parse("{first} og {second} svarer tilslutning den {day}"))
def two_join(ctx: Ctx, first: str, second: str, day: str) -> None:
    ctx.store.record(*(b.AnswerCostSharing(regel=RULE, kommune=k, svar="tilslutning",
                                           provenance=on(day)) for k in (first, second)))


@when(parsers.re(r"(?P<kommune>\w+) svarer (?P<svar>tilslutning|afslag) den (?P<day>[\d-]+)$"))
def one_answers(ctx: Ctx, kommune: str, svar: str, day: str) -> None:
    ctx.store.record(b.AnswerCostSharing(regel=RULE, kommune=kommune, svar=svar,  # type: ignore[arg-type]
                                         provenance=on(day)))


@then(parsers.parse('afventer fordelingen pr. {day} svar fra "{kommune}" med fristen "{frist}"'))
def waits_for_answer(ctx: Ctx, day: str, kommune: str, frist: str) -> None:
    rule = ctx.store.sharing_rule(RULE, date.fromisoformat(day))
    assert rule is not None
    [answers] = [m for m in rule.mangler if m.startswith("svar fra ")]
    assert kommune in answers and "Aalborg" not in answers and f"frist {frist}" in answers
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
                                           befolkningsaar=year, provenance=on("2030-12-05")))


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
