"""features/opfoelgning_over_tid.feature: actions over time (issue 16 point 7), on every
store kind."""

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

scenarios("../../features/opfoelgning_over_tid.feature")

MINUTES = "000_939a2e46bbe95266.txt"
FIRST = "socdir-2014-10-10"


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store


def _prov(meeting_id: str, on: date, item: str | None = None) -> Provenance:
    return Provenance(on, Source(MINUTES, item),
                      DecisionRef(meeting_id, item) if item else None)


def _action(ctx: Ctx, action_id: str, on: str) -> Opfoelgning:
    found = {a.action_id: a for a in ctx.store.actions(parse_danish_date(on),
                                                       open_only=False)}
    return found[f"{FIRST}-{action_id}"]


def _meeting(ctx: Ctx, meeting_id: str, on: date, nr: str, titel: str) -> None:
    ctx.store.record(m.ScheduleMeeting(meeting_id=meeting_id, body="SOCDIR", dato=on,
                                       provenance=_prov(meeting_id, on)))
    ctx.store.record(m.ProposeAgenda(meeting_id=meeting_id, punkter=(m.Punkt(nr, titel),),
                                     provenance=_prov(meeting_id, on)))


@given(parsers.parse('SOCDIR-mødet "{meeting_id}" den "{dato}" har punkt "{nr}" "{titel}"'))
def first_meeting(ctx: Ctx, meeting_id: str, dato: str, nr: str, titel: str) -> None:
    ctx.meeting_id, ctx.dato = meeting_id, parse_danish_date(dato)
    _meeting(ctx, meeting_id, ctx.dato, nr, titel)
    ctx.header["punkt"] = nr


@given(parsers.parse('referatet siger: "{text}"'))
def minutes_say(ctx: Ctx, text: str) -> None:
    if not ctx.header.get("besluttet"):  # the first quoted line is the decision's referat
        ctx.header["besluttet"] = True
        ctx.store.record(m.RecordDecision(
            meeting_id=ctx.meeting_id, punkt=str(ctx.header["punkt"]), outcome="discussed",
            referat=text, provenance=_prov(ctx.meeting_id, ctx.dato, str(ctx.header["punkt"]))))


def _assign(ctx: Ctx, action_id: str, what: str, frist: str, owner: str | None) -> None:
    told = {"snarest": {"snarest": True}, "til næste møde": {"til_naeste_moede": True}}[frist]
    ctx.store.record(m.AssignAction(
        meeting_id=ctx.meeting_id, punkt=str(ctx.header["punkt"]),
        action_id=f"{FIRST}-{action_id}", ansvarlig=owner, leverance=what,
        provenance=_prov(ctx.meeting_id, ctx.dato, str(ctx.header["punkt"])),
        **told))  # type: ignore[arg-type]


@given(parsers.parse('opfølgningen "{action_id}" er "{what}" med fristen "{frist}" og '
                     'ansvarlig "{owner}"'))
def owned_action(ctx: Ctx, action_id: str, what: str, frist: str, owner: str) -> None:
    _assign(ctx, action_id, what, frist, owner)


@given(parsers.parse('opfølgningen "{action_id}" er "{what}" med fristen "{frist}" uden '
                     'ansvarlig'))
def unowned_action(ctx: Ctx, action_id: str, what: str, frist: str) -> None:
    _assign(ctx, action_id, what, frist, None)


@then(parsers.parse('har opfølgningen "{action_id}" fristen "{text}" og er ikke overskredet '
                    'den "{dato}"'))
def vague_deadline(ctx: Ctx, action_id: str, text: str, dato: str) -> None:
    action = _action(ctx, action_id, dato)
    assert action.frist_tekst == text and not action.overskredet


@then(parsers.parse('er den ansvarlige for opfølgningen "{action_id}" ukendt'))
def unknown_owner(ctx: Ctx, action_id: str) -> None:
    assert _action(ctx, action_id, "10. oktober 2014").ansvarlig is None


@then(parsers.parse('finder filteret på den ansvarlige "{owner}" kun opfølgningen '
                    '"{action_id}"'))
def owner_filter(ctx: Ctx, owner: str, action_id: str) -> None:
    found = ctx.store.actions(ctx.dato, owner=owner)
    assert [a.action_id for a in found] == [f"{FIRST}-{action_id}"]


def _later(ctx: Ctx, meeting_id: str, dato: str, nr: str) -> Provenance:
    on = parse_danish_date(dato)
    _meeting(ctx, meeting_id, on, nr, "Opfølgning på tidligere møder")
    prov = _prov(meeting_id, on, nr)
    ctx.store.record(m.RecordDecision(meeting_id=meeting_id, punkt=nr, outcome="discussed",
                                      referat="Drøftet.", provenance=prov))
    return prov


@when(parsers.parse('SOCDIR-mødet "{meeting_id}" den "{dato}" under punkt "{nr}" udsætter '
                    'opfølgningen "{action_id}" til "{frist}"'))
def postpone(ctx: Ctx, meeting_id: str, dato: str, nr: str, action_id: str, frist: str) -> None:
    prov = _later(ctx, meeting_id, dato, nr)
    ctx.store.record(m.PostponeAction(
        meeting_id=FIRST, action_id=f"{FIRST}-{action_id}",
        frist=parse_dato(frist, default_year=prov.occurred_on.year), provenance=prov))


@when(parsers.parse('SOCDIR-mødet "{meeting_id}" den "{dato}" under punkt "{nr}" afslutter '
                    'opfølgningen "{action_id}"'))
def deliver(ctx: Ctx, meeting_id: str, dato: str, nr: str, action_id: str) -> None:
    prov = _later(ctx, meeting_id, dato, nr)
    ctx.store.record(m.CompleteAction(meeting_id=FIRST, action_id=f"{FIRST}-{action_id}",
                                      dato=prov.occurred_on, provenance=prov))


@when(parsers.parse('opfølgningen "{action_id}" afsluttes den "{dato}"'))
def complete_early(ctx: Ctx, action_id: str, dato: str) -> None:
    ctx.log_before = ctx.store.log.last_position()
    try:
        ctx.store.record(m.CompleteAction(meeting_id=FIRST, action_id=f"{FIRST}-{action_id}",
                                          dato=parse_danish_date(dato),
                                          provenance=_prov(FIRST, ctx.dato)))
    except DomainError as err:
        ctx.error = err


@then(parsers.parse('har opfølgningen "{action_id}" fristen "{text}" den "{dato}"'))
def deadline_then(ctx: Ctx, action_id: str, text: str, dato: str) -> None:
    assert _action(ctx, action_id, dato).frist_tekst == text


@then(parsers.parse('står "{text}" som den tidligere frist for opfølgningen "{action_id}"'))
def history(ctx: Ctx, text: str, action_id: str) -> None:
    [change] = _action(ctx, action_id, "14. november 2014").historik
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


@then(parsers.parse('er opfølgningen "{action_id}" afsluttet ved "{ved}"'))
def delivered_by(ctx: Ctx, action_id: str, ved: str) -> None:
    action = _action(ctx, action_id, "13. november 2014")
    assert action.afsluttet == date(2014, 11, 13) and action.afsluttet_ved == ved
