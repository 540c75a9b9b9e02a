"""Steps shared by the features that load the real meeting records in examples/nordjylland.

The scenarios load the example records themselves, so the examples and the
scenarios cannot drift apart: if a record stops saying what the minutes say,
a scenario fails. Steps specific to one meeting live in that meeting's test
module (tests/nordjylland/test_<meeting>.py).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, then

from socialaftale import (
    Socialaftale,
    load_record,
    meetings,
    parse_danish_date,
    parse_kroner,
)

EXAMPLES = Path(__file__).parents[2] / "examples" / "nordjylland"


class Ctx:
    def __init__(self, store: Socialaftale) -> None:
        self.store = store
        self.error: Exception | None = None
        self.log_before = 0
        self.meeting_id = ""

    def decision(self, meeting_id: str, punkt: str) -> object:
        found = [d for d in self.store.decisions() if d.meeting_id == meeting_id
                 and d.punkt == punkt]
        assert found, f"ingen beslutning under punkt {punkt} på {meeting_id}"
        return found[0]


@pytest.fixture
def ctx(store: Socialaftale) -> Ctx:
    return Ctx(store)


@given(parsers.parse('mødeoptegnelsen "{fil}" er indlæst'))
def loaded(ctx: Ctx, fil: str) -> None:
    result = load_record(ctx.store, (EXAMPLES / fil).read_bytes(), fil)
    assert result.status == "ny"
    ctx.meeting_id = result.record_id
    ctx.log_before = ctx.store.log.last_position() or 0


@then(parsers.parse('har mødet "{meeting_id}" punkt "{punkt}" med udfaldet "{udfald}"'))
def outcome(ctx: Ctx, meeting_id: str, punkt: str, udfald: str) -> None:
    decision = ctx.decision(meeting_id, punkt)
    assert decision.outcome_tekst == udfald  # type: ignore[attr-defined]


@then(parsers.parse('siger referatet af punkt "{punkt}" på "{meeting_id}" "{tekst}"'))
def referat_says(ctx: Ctx, punkt: str, meeting_id: str, tekst: str) -> None:
    decision = ctx.decision(meeting_id, punkt)
    text = " ".join([decision.referat, *decision.bemaerkninger])  # type: ignore[attr-defined]
    assert tekst in " ".join(text.split())


@then(parsers.parse('står i sagsfremstillingen af punkt "{punkt}" på "{meeting_id}" "{tekst}"'))
def in_sagsfremstilling(ctx: Ctx, punkt: str, meeting_id: str, tekst: str) -> None:
    (item,) = [p for p in ctx.store.agenda(meeting_id) if p.nummer == punkt]
    assert tekst in " ".join((item.sagsfremstilling or "").split())


@then(parsers.parse('siger referatet af punkt "{punkt}" på "{meeting_id}" ikke "{tekst}"'))
def referat_does_not_say(ctx: Ctx, punkt: str, meeting_id: str, tekst: str) -> None:
    decision = ctx.decision(meeting_id, punkt)
    text = " ".join([decision.referat, *decision.bemaerkninger])  # type: ignore[attr-defined]
    assert text.strip(), f"punkt {punkt} på {meeting_id} har intet referat at sige noget i"
    assert tekst not in " ".join(text.split())


@then(parsers.parse('bærer beslutningen under punkt "{punkt}" på "{meeting_id}" "{fakta}"'))
def carries(ctx: Ctx, punkt: str, meeting_id: str, fakta: str) -> None:
    summaries = [f.summary for f in ctx.store.facts_of_decision(meeting_id, punkt)]
    assert any(fakta in s for s in summaries), summaries


@then(parsers.parse('nævner det gengivne referat af "{meeting_id}" "{tekst}"'))
def rendered(ctx: Ctx, meeting_id: str, tekst: str) -> None:
    text = " ".join(ctx.store.referat_markdown(meeting_id).split())
    assert tekst in text


@then(parsers.parse('deltog "{navn}" i mødet "{meeting_id}"'))
def attended(ctx: Ctx, navn: str, meeting_id: str) -> None:
    meeting = next(m for m in ctx.store.meetings() if m.meeting_id == meeting_id)
    assert any(d.startswith(navn) for d in meeting.deltagere), meeting.deltagere


@then(parsers.parse('meldte "{navn}" afbud til mødet "{meeting_id}"'))
def apologised(ctx: Ctx, navn: str, meeting_id: str) -> None:
    meeting = next(m for m in ctx.store.meetings() if m.meeting_id == meeting_id)
    assert any(d.startswith(navn) for d in meeting.afbud), meeting.afbud


@then(parsers.parse('indlæses "{fil}" igen uden nye hændelser'))
def idempotent(ctx: Ctx, fil: str) -> None:
    before = ctx.store.log.last_position()
    result = load_record(ctx.store, (EXAMPLES / fil).read_bytes(), fil)
    assert result.status == "uændret" and ctx.store.log.last_position() == before



@then(parsers.parse('godkender punkt "{punkt}" referatet fra "{earlier}"'))
def approves_minutes(ctx: Ctx, punkt: str, earlier: str) -> None:
    decision = ctx.decision(ctx.meeting_id, punkt)
    assert decision.godkender_referat_af == earlier  # type: ignore[attr-defined]


@then(parsers.parse('har arbejdsgruppen "{navn}" pr. "{dato}" {antal:d} medlemmer'))
def members(ctx: Ctx, navn: str, dato: str, antal: int) -> None:
    (group,) = [g for g in ctx.store.groups(parse_danish_date(dato)) if g.navn == navn]
    assert len(group.medlemmer) == antal


@then(parsers.parse('har "{periode}" fokusområderne "{labels}"'))
def focus_areas(ctx: Ctx, periode: str, labels: str) -> None:
    strategy = ctx.store.strategy(periode)
    assert strategy is not None
    assert [f.label for f in strategy.valgt] == labels.split(", ")


@then(parsers.parse('er "{label}" lagt sammen med "{into}" i "{periode}"'))
def merged(ctx: Ctx, label: str, into: str, periode: str) -> None:
    strategy = ctx.store.strategy(periode)
    assert strategy is not None
    assert [(f.label, f.lagt_sammen_med) for f in strategy.lagt_sammen] == [(label, into)]


@then(parsers.parse('er "{navn}" i tilbudsviften pr. "{dato}"'))
def in_vifte(ctx: Ctx, navn: str, dato: str) -> None:
    assert navn in [t.navn for t in ctx.store.tilbudsvifte(parse_danish_date(dato))]


@then(parsers.parse('er "{navn}" ikke i tilbudsviften pr. "{dato}"'))
def not_in_vifte(ctx: Ctx, navn: str, dato: str) -> None:
    # an offer the store does not know is trivially absent: it must have a history
    assert ctx.store.tilbud_history(navn), f"registret kender ikke {navn}"
    assert navn not in [t.navn for t in ctx.store.tilbudsvifte(parse_danish_date(dato))]


@then(parsers.parse('har "{navn}" {pladser:d} pladser pr. "{dato}"'))
def places(ctx: Ctx, navn: str, pladser: int, dato: str) -> None:
    (offer,) = [t for t in ctx.store.tilbudsvifte(parse_danish_date(dato)) if t.navn == navn]
    assert offer.pladser == pladser


@then(parsers.parse('har "{owner}" pr. "{dato}" en åben opfølgning "{leverance}" med fristen '
                    '"{text}"'))
def open_action(ctx: Ctx, owner: str, dato: str, leverance: str, text: str) -> None:
    found = [a for a in ctx.store.actions(parse_danish_date(dato), owner=owner)
             if leverance in a.leverance]
    assert [a.frist_tekst for a in found] == [text], found


@then(parsers.parse("rummer årshjulet for {aar:d} {antal:d} arrangementer"))
def aarshjul(ctx: Ctx, aar: int, antal: int) -> None:
    assert len(ctx.store.aarshjul(aar)) == antal


@then(parsers.parse('rummer årshjulet for {aar:d} {antal:d} arrangementer, som "{meeting_id}" '
                    'punkt "{punkt}" besluttede'))
def aarshjul_of(ctx: Ctx, aar: int, antal: int, meeting_id: str, punkt: str) -> None:
    carried = [p for p in ctx.store.aarshjul(aar)
               if p.beslutning == f"{meeting_id} pkt. {punkt}" and p.besluttet_af is None]
    assert len(carried) == antal, carried


@then(parsers.parse('er der ingen beslutning under punkt "{punkt}" på "{meeting_id}"'))
def no_decision(ctx: Ctx, punkt: str, meeting_id: str) -> None:
    # the item is on the agenda: it is the decision that is missing, not the item
    assert [p for p in ctx.store.agenda(meeting_id) if p.nummer == punkt]
    assert not [d for d in ctx.store.decisions() if d.meeting_id == meeting_id
                and d.punkt == punkt]


@then(parsers.parse('nævner det gengivne referat af "{meeting_id}" alle {antal:d} punkter i '
                    'rækkefølge'))
def all_items(ctx: Ctx, meeting_id: str, antal: int) -> None:
    text = ctx.store.referat_markdown(meeting_id)
    numbers = [int(n) for n in re.findall(r"^## (\d+)\. ", text, flags=re.MULTILINE)]
    assert numbers == list(range(1, antal + 1))


@then(parsers.parse('har "{navn}" rollerne "{roller}"'))
def roles(ctx: Ctx, navn: str, roller: str) -> None:
    found = [f"{r.rolle} i {r.hvor}" for r in ctx.store.person_roles(navn)]
    assert found == roller.split("; "), found


@then(parsers.parse('har arbejdsgruppen "{navn}" pr. "{dato}" formanden "{formand}" og næste '
                    'milepæl "{milepael}" den "{when}"'))
def chair_and_next(ctx: Ctx, navn: str, dato: str, formand: str, milepael: str,
                   when: str) -> None:
    (group,) = [g for g in ctx.store.groups(parse_danish_date(dato)) if g.navn == navn]
    assert group.formand == formand
    assert (group.naeste_milepael.beskrivelse, group.naeste_milepael.dato) == (
        milepael, parse_danish_date(when))


@then(parsers.parse('advarer arbejdsgruppen "{navn}" pr. "{dato}" "{advarsel}"'))
def warns(ctx: Ctx, navn: str, dato: str, advarsel: str) -> None:
    (group,) = [g for g in ctx.store.groups(parse_danish_date(dato)) if g.navn == navn]
    assert any(advarsel in w for w in group.advarsler), group.advarsler


@then(parsers.parse('er sekretariatets udgifter {aar:d} {regnskab} i regnskab og {budget} i '
                    'budget med resultatet {resultat}'))
def budget_totals(ctx: Ctx, aar: int, regnskab: str, budget: str, resultat: str) -> None:
    b = ctx.store.budget(aar, "Sekretariatet for Rammeaftaler")
    assert (b.udgifter_regnskab, b.udgifter_budget, b.resultat) == (
        parse_kroner(regnskab), parse_kroner(budget), parse_kroner(resultat))


@then(parsers.parse('har at-klausul {nummer:d} under punkt "{punkt}" udfaldet "{udfald}"'))
def clause_outcome(ctx: Ctx, nummer: int, punkt: str, udfald: str) -> None:
    decision = ctx.decision(ctx.meeting_id, punkt)
    clauses = {k.nummer: meetings.OUTCOME_TEXT[k.outcome]
               for k in decision.klausuler}  # type: ignore[attr-defined]
    assert clauses.get(nummer) == udfald, clauses
