"""SOCDIR 18 March 2013, loaded from its meeting record: the figures the minutes print."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytest_bdd import parsers, scenarios, then

from socialaftale import Socialaftale, load_record, parse_danish_date, parse_kroner
from socialaftale.projections.meetings import SagBeslutning

from .conftest import EXAMPLES, Ctx

FILE = "socdir-2013-03-18.yaml"
CC = "Sekretariatet for Rammeaftaler"


def test_the_2012_accounts_add_up_to_the_minutes_totals(store: Socialaftale) -> None:
    load_record(store, (EXAMPLES / FILE).read_bytes(), FILE)
    budget = store.budget(2012, "Sekretariatet for Rammeaftaler")
    assert (budget.udgifter_regnskab, budget.udgifter_budget) == (Decimal("1715000"),
                                                                  Decimal("1510000"))
    assert budget.resultat == Decimal("-164000")


def test_the_fu_chair_was_elected_by_acclamation(store: Socialaftale) -> None:
    load_record(store, (EXAMPLES / FILE).read_bytes(), FILE)
    roles = store.person_roles("Henrik Aarup-Kristensen")
    assert [(r.rolle, r.hvor) for r in roles] == [
        ("formand", "FU (for SOCDIR)"),
        ("repræsentant", "KL's arbejdsgruppe om de sikrede institutioner (for SOCDIR)")]
    [decision] = [d for d in store.decisions() if d.meeting_id == "socdir-2013-03-18"
                  and d.punkt == "3"]
    assert any("ved akklamation som formand" in f.summary for f in decision.fakta)


# --- The scenarios of features/referat_socdir_2013_03_18.feature and their own steps --------

scenarios("../../features/referat_socdir_2013_03_18.feature")


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store


@then(parsers.parse('indleder "{navn}" punkt "{punkt}" på "{meeting_id}"'))
def introduces(ctx: Ctx, navn: str, punkt: str, meeting_id: str) -> None:
    (item,) = [p for p in ctx.store.agenda(meeting_id) if p.nummer == punkt]
    assert item.indleder == navn


def _matter(ctx: Ctx, sag: str, punkt: str, meeting_id: str) -> SagBeslutning:
    decision = ctx.decision(meeting_id, punkt)
    (found,) = [x for x in decision.sager if x.id == sag]  # type: ignore[attr-defined]
    return found  # type: ignore[no-any-return]


@then(parsers.parse('har sagen "{sag}" under punkt "{punkt}" på "{meeting_id}" udfaldet '
                    '"{udfald}"'))
def matter_outcome(ctx: Ctx, sag: str, punkt: str, meeting_id: str, udfald: str) -> None:
    assert _matter(ctx, sag, punkt, meeting_id).outcome_tekst == udfald


@then(parsers.parse('siger sagen "{sag}" under punkt "{punkt}" på "{meeting_id}" "{tekst}"'))
def matter_says(ctx: Ctx, sag: str, punkt: str, meeting_id: str, tekst: str) -> None:
    matter = _matter(ctx, sag, punkt, meeting_id)
    assert tekst in " ".join(" ".join([matter.referat, *matter.bemaerkninger]).split())


@then(parsers.parse('bærer sagen "{sag}" under punkt "{punkt}" på "{meeting_id}" "{fakta}"'))
def matter_carries(ctx: Ctx, sag: str, punkt: str, meeting_id: str, fakta: str) -> None:
    found = [f.summary for f in ctx.store.facts_of_decision(meeting_id, punkt) if f.sag == sag]
    assert any(fakta in x for x in found), found


@then(parsers.parse('er "{navn}" fra "{dato}" "{rolle}" i "{organisation}"'))
def affiliated(ctx: Ctx, navn: str, dato: str, rolle: str, organisation: str) -> None:
    found = [(t.organisation, t.rolle, t.fra) for t in ctx.store.person(navn).tilknytninger]
    assert found == [(organisation, rolle, parse_danish_date(dato))]


@then(parsers.parse('deltog "{navn}" som gæst under punkt "{punkt}" på "{meeting_id}"'))
def guest_for_item(ctx: Ctx, navn: str, punkt: str, meeting_id: str) -> None:
    (row,) = [d for d in ctx.store.fremmoede(meeting_id, punkt) if d.navn == navn]
    assert (row.art, row.punkter) == ("gæst", (punkt,))


@then(parsers.parse('står fodnote "{nummer}" ved linjen "{linje}" med "{tekst}"'))
def footnote_at_line(ctx: Ctx, nummer: str, linje: str, tekst: str) -> None:
    budget = ctx.store.budget(2012, CC)
    (note,) = [f for f in budget.fodnoter if f.nummer == nummer]
    (line,) = [x for x in budget.lines if x.line == linje]
    assert (note.linje, nummer in line.fodnoter, tekst in note.tekst) == (linje, True, True)


@then(parsers.parse('giver fodnote "{nummer}" huslejen {beloeb} kr. og ingen sum for fodnoten'))
def footnote_product(ctx: Ctx, nummer: str, beloeb: str) -> None:
    (note,) = [f for f in ctx.store.budget(2012, CC).fodnoter if f.nummer == nummer]
    assert (note.enhedstal[0].i_alt, note.beregnet) == (parse_kroner(beloeb), None)


@then(parsers.parse('fordeles "{formaal}" efter "{noegle}" og venter på "{mangler}"'))
def sharing(ctx: Ctx, formaal: str, noegle: str, mangler: str) -> None:
    (rule,) = [r for r in ctx.store.sharing_rules() if r.formaal == formaal]
    assert (rule.noegle, rule.mangler, rule.andele) == (noegle, tuple(mangler.split("; ")), ())


@then(parsers.parse('er fordelingsnøglen under punkt "{punkt}" på "{meeting_id}" "{af}"'))
def sharing_decided_by(ctx: Ctx, punkt: str, meeting_id: str, af: str) -> None:
    found = [f.besluttet_af for f in ctx.store.facts_of_decision(meeting_id, punkt)
             if f.kind == "CostSharingAgreed"]
    assert found == [af]


@then(parsers.parse('er taksterne for {aar:d} "{aendring}" med en forventning for {senere:d} '
                    '"{retning}"'))
def rates(ctx: Ctx, aar: int, aendring: str, senere: int, retning: str) -> None:
    (decision,) = ctx.store.rate_decisions(aar)
    assert decision.aendring == aendring
    assert [f.retning for f in decision.forventninger if f.aar == senere] == [retning]


# --- features/meetings_socdir_2013_marts.feature: the same meeting read from its record ----

scenarios("../../features/meetings_socdir_2013_marts.feature")


@then(parsers.parse('holdt SOCDIR mødet "{meeting_id}" den "{dato}" "{tid}" på "{sted}" med '
                    'sagsnr. "{sagsnr}"'))
def held(ctx: Ctx, meeting_id: str, dato: str, tid: str, sted: str, sagsnr: str) -> None:
    (m,) = [m for m in ctx.store.meetings(body="SOCDIR") if m.meeting_id == meeting_id]
    assert (m.dato, m.tid, m.sted, m.sagsnr) == (parse_danish_date(dato), tid, sted, sagsnr)


@then(parsers.parse('har mødet "{meeting_id}" {antal:d} deltagere og afbud fra "{afbud}"'))
def participants(ctx: Ctx, meeting_id: str, antal: int, afbud: str) -> None:
    (m,) = [m for m in ctx.store.meetings() if m.meeting_id == meeting_id]
    assert (len(m.deltagere), m.afbud) == (antal, tuple(afbud.split(", ")))


@then(parsers.parse('er punkterne på "{meeting_id}" "{punkter}"'))
def agenda(ctx: Ctx, meeting_id: str, punkter: str) -> None:
    assert [f"{p.nummer} {p.titel}" for p in ctx.store.agenda(meeting_id)] == (
        punkter.split("; "))


@then(parsers.parse('finder en søgning efter "{text}" punkt "{nr}", hvis sag "{sag}" har '
                    'udfaldet "{udfald}"'))
def found_matter(ctx: Ctx, text: str, nr: str, sag: str, udfald: str) -> None:
    (found,) = ctx.store.decisions(search=text)
    assert found.punkt == nr
    assert [x.outcome_tekst for x in found.sager if x.id == sag] == [udfald]


@then(parsers.parse('finder filteret på udfaldet "{udfald}" kun sagen "{sag}" under punkt '
                    '"{nr}" på "{meeting_id}"'))
def filtered_matter(ctx: Ctx, udfald: str, sag: str, nr: str, meeting_id: str) -> None:
    (found,) = [d for d in ctx.store.decisions(outcome=udfald) if d.meeting_id == meeting_id]
    assert (found.punkt, found.kun_sager, [x.id for x in found.sager]) == (nr, True, [sag])


@then(parsers.parse('finder en søgning efter "{text}" punkt "{nr}" med udfaldet "{udfald}"'))
def found_with(ctx: Ctx, text: str, nr: str, udfald: str) -> None:
    assert [(d.punkt, d.outcome_tekst) for d in ctx.store.decisions(search=text)] == [
        (nr, udfald)]


@then(parsers.parse('har "{navn}" deltaget i SOCDIR den "{dato}"'))
def attended(ctx: Ctx, navn: str, dato: str) -> None:
    (person,) = [p for p in ctx.store.attendance("SOCDIR") if p.navn == navn]
    assert person.moeder == (parse_danish_date(dato),)


@then(parsers.parse('står "{navn}" i deltagerlisten til "{meeting_id}" som "{entry}"'))
def listed_as(ctx: Ctx, navn: str, meeting_id: str, entry: str) -> None:
    (m,) = [m for m in ctx.store.meetings() if m.meeting_id == meeting_id]
    assert [d for d in m.deltagere if d.startswith(navn)] == [entry]
