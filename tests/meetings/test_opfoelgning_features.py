"""Actions over time (issue 16 point 7), on every store kind: features/opfoelgning_over_tid.feature
asks the real records; features/opfoelgning_regler.feature shows the rules on made-up meetings
of a made-up body, from a made-up source."""

from __future__ import annotations

from datetime import date

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from socialaftale import (
    DecisionRef,
    DomainError,
    Provenance,
    Socialaftale,
    Source,
    parse_danish_date,
    parse_dato,
)
from socialaftale import meetings as m
from socialaftale.projections.meetings import Opfoelgning

from .conftest import Ctx

scenarios("../../features/opfoelgning_over_tid.feature",
          "../../features/opfoelgning_regler.feature")

MADE_UP = "opdigtet-referat.txt"


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store


# -- the real records ---------------------------------------------------------------------


def _real(ctx: Ctx, what: str, meeting_id: str, on: date) -> Opfoelgning:
    found = [a for a in ctx.store.actions(on, open_only=False)
             if a.meeting_id == meeting_id and what in " ".join(a.leverance.split())]
    assert len(found) == 1, [a.leverance for a in ctx.store.actions(on, open_only=False)]
    return found[0]


@then(parsers.parse('har opfølgningen om "{what}" fra "{meeting_id}" fristen "{text}" og er ikke '
                    'overskredet den "{dato}"'))
def vague_deadline(ctx: Ctx, what: str, meeting_id: str, text: str, dato: str) -> None:
    action = _real(ctx, what, meeting_id, parse_danish_date(dato))
    assert action.frist_tekst == text and not action.overskredet


@then(parsers.parse('er den ansvarlige for opfølgningen om "{what}" fra "{meeting_id}" ukendt'))
def unknown_owner(ctx: Ctx, what: str, meeting_id: str) -> None:
    assert _real(ctx, what, meeting_id, date.today()).ansvarlig is None


@then(parsers.parse('finder filteret på den ansvarlige "{owner}" opfølgningen om "{what}" fra '
                    '"{meeting_id}"'))
def owner_filter(ctx: Ctx, owner: str, what: str, meeting_id: str) -> None:
    action = _real(ctx, what, meeting_id, date.today())
    assert action.action_id in [a.action_id for a in ctx.store.actions(date.today(), owner=owner,
                                                                         open_only=False)]


# -- the rules, on made-up meetings ------------------------------------------------------


def _prov(meeting_id: str, on: date, item: str | None = None) -> Provenance:
    return Provenance(on, Source(MADE_UP, item), DecisionRef(meeting_id, item) if item else None)


def _action(ctx: Ctx, action_id: str, on: str) -> Opfoelgning:
    found = {a.action_id: a for a in ctx.store.actions(parse_danish_date(on),
                                                       open_only=False)}
    return found[f"{ctx.header['first']}-{action_id}"]


def _meeting(ctx: Ctx, meeting_id: str, on: date, nr: str, titel: str) -> None:
    ctx.store.record(m.ScheduleMeeting(meeting_id=meeting_id, body=str(ctx.header["body"]),
                                       dato=on, provenance=_prov(meeting_id, on)))
    ctx.store.record(m.ProposeAgenda(meeting_id=meeting_id, punkter=(m.Punkt(nr, titel),),
                                     provenance=_prov(meeting_id, on)))


@given(parsers.parse('det opdigtede møde "{meeting_id}" i "{body}" den "{dato}" har punkt "{nr}" '
                     '"{titel}"'))
def first_meeting(ctx: Ctx, meeting_id: str, body: str, dato: str, nr: str, titel: str) -> None:
    ctx.meeting_id, ctx.dato = meeting_id, parse_danish_date(dato)
    ctx.header.update(punkt=nr, body=body, first=meeting_id)
    _meeting(ctx, meeting_id, ctx.dato, nr, titel)
    ctx.store.record(m.RecordDecision(
        meeting_id=meeting_id, punkt=nr, outcome="discussed", referat="Opdigtet drøftelse.",
        provenance=_prov(meeting_id, ctx.dato, nr)))


@given(parsers.parse('opfølgningen "{action_id}" er "{what}" med fristen "til næste møde" og '
                     'ansvarlig "{owner}"'))
def owned_action(ctx: Ctx, action_id: str, what: str, owner: str) -> None:
    nr = str(ctx.header["punkt"])
    ctx.store.record(m.AssignAction(
        meeting_id=ctx.meeting_id, punkt=nr, action_id=f"{ctx.meeting_id}-{action_id}",
        ansvarlig=owner, leverance=what, til_naeste_moede=True,
        provenance=_prov(ctx.meeting_id, ctx.dato, nr)))


def _later(ctx: Ctx, meeting_id: str, dato: str, nr: str) -> Provenance:
    on = parse_danish_date(dato)
    _meeting(ctx, meeting_id, on, nr, "Opfølgning på tidligere møder")
    prov = _prov(meeting_id, on, nr)
    ctx.store.record(m.RecordDecision(meeting_id=meeting_id, punkt=nr, outcome="discussed",
                                      referat="Drøftet.", provenance=prov))
    return prov


@when(parsers.parse('det opdigtede møde "{meeting_id}" den "{dato}" under punkt "{nr}" udsætter '
                    'opfølgningen "{action_id}" til "{frist}"'))
def postpone(ctx: Ctx, meeting_id: str, dato: str, nr: str, action_id: str, frist: str) -> None:
    prov = _later(ctx, meeting_id, dato, nr)
    first = str(ctx.header["first"])
    ctx.store.record(m.PostponeAction(
        meeting_id=first, action_id=f"{first}-{action_id}",
        frist=parse_dato(frist, default_year=prov.occurred_on.year), provenance=prov))


@when(parsers.parse('det opdigtede møde "{meeting_id}" den "{dato}" under punkt "{nr}" afslutter '
                    'opfølgningen "{action_id}"'))
def deliver(ctx: Ctx, meeting_id: str, dato: str, nr: str, action_id: str) -> None:
    prov = _later(ctx, meeting_id, dato, nr)
    first = str(ctx.header["first"])
    ctx.store.record(m.CompleteAction(meeting_id=first, action_id=f"{first}-{action_id}",
                                      dato=prov.occurred_on, provenance=prov))


@when(parsers.parse('opfølgningen "{action_id}" afsluttes den "{dato}"'))
def complete_early(ctx: Ctx, action_id: str, dato: str) -> None:
    first = str(ctx.header["first"])
    ctx.log_before = ctx.store.log.last_position()
    try:
        ctx.store.record(m.CompleteAction(meeting_id=first, action_id=f"{first}-{action_id}",
                                          dato=parse_danish_date(dato),
                                          provenance=_prov(first, ctx.dato)))
    except DomainError as err:
        ctx.error = err


@then(parsers.parse('har opfølgningen "{action_id}" fristen "{text}" den "{dato}"'))
def deadline_then(ctx: Ctx, action_id: str, text: str, dato: str) -> None:
    assert _action(ctx, action_id, dato).frist_tekst == text


@then(parsers.parse('står "{text}" som den tidligere frist for opfølgningen "{action_id}" den '
                    '"{dato}"'))
def history(ctx: Ctx, text: str, action_id: str, dato: str) -> None:
    [change] = _action(ctx, action_id, dato).historik
    assert change.art == "udsat" and change.foer == text


@then(parsers.parse('er opfølgningen "{action_id}" ikke overskredet den "{dato}"'))
def not_overdue(ctx: Ctx, action_id: str, dato: str) -> None:
    assert not _action(ctx, action_id, dato).overskredet


@then(parsers.parse('er opfølgningen "{action_id}" overskredet den "{dato}"'))
def overdue(ctx: Ctx, action_id: str, dato: str) -> None:
    assert _action(ctx, action_id, dato).overskredet


@then(parsers.parse('bærer beslutningen under punkt "{nr}" på "{meeting_id}" faktummet '
                    '"{kind}"'))
def carries_fact(ctx: Ctx, nr: str, meeting_id: str, kind: str) -> None:
    assert [f.kind for f in ctx.store.facts_of_decision(meeting_id, nr)] == [kind]


@then(parsers.parse('er opfølgningen "{action_id}" afsluttet den "{dato}" ved "{ved}"'))
def delivered_by(ctx: Ctx, action_id: str, dato: str, ved: str) -> None:
    action = _action(ctx, action_id, dato)
    assert action.afsluttet == parse_danish_date(dato) and action.afsluttet_ved == ved
