"""Fora renamed and people over time, on the real meeting records and every store."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pytest_bdd import parsers, scenarios, then, when

from socialaftale import (
    DomainError,
    Provenance,
    Socialaftale,
    Source,
    parse_danish_date,
)
from socialaftale import fora as f

from .conftest import Ctx

scenarios("../../features/fora.feature")


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store


def _forum(ctx: Ctx, key: str) -> Any:
    (forum,) = [x for x in ctx.store.fora() if x.key == key]
    return forum


@then(parsers.parse('hedder forummet "{key}" "{navn}" pr. "{dato}"'))
def named(ctx: Ctx, key: str, navn: str, dato: str) -> None:
    assert _forum(ctx, key).name_on(parse_danish_date(dato)) == navn


@then(parsers.parse('finder møderne for "{body}" mødet "{meeting_id}"'))
def meetings_found(ctx: Ctx, body: str, meeting_id: str) -> None:
    assert meeting_id in [m.meeting_id for m in ctx.store.meetings(body=body)]


@then(parsers.parse('finder beslutningerne for "{body}" punkt "{punkt}" på "{meeting_id}"'))
def decisions_found(ctx: Ctx, body: str, punkt: str, meeting_id: str) -> None:
    assert (meeting_id, punkt) in [(d.meeting_id, d.punkt)
                                   for d in ctx.store.decisions(body=body)]


@then(parsers.parse('viser omdøbningen kildenoten "{note}"'))
def rename_note(ctx: Ctx, note: str) -> None:
    [renamed] = [r for r in ctx.store.events() if isinstance(r.event, f.ForumRenamed)]
    assert note in (renamed.meta.source.note or "")
    assert renamed.event.fra is None and renamed.event.senest == date(2019, 10, 24)


@then(parsers.parse('har "{navn}" disse møder:'))
def persons_meetings(ctx: Ctx, navn: str, datatable: list[list[str]]) -> None:
    found = [(m.meeting_id, m.art, m.organisation or "")
             for m in ctx.store.person(navn).moeder]
    assert found == [tuple(row) for row in datatable[1:]]


def _prov(on: date) -> Provenance:
    return Provenance(on, Source("sekretariatets personaleoversigt"))


@when(parsers.parse('"{navn}" tilknyttes "{organisation}" fra "{dato}"'))
def affiliate(ctx: Ctx, navn: str, organisation: str, dato: str) -> None:
    on = parse_danish_date(dato)
    ctx.store.record(f.AffiliatePerson(navn=navn, organisation=organisation, fra=on,
                                       provenance=_prov(on)))


@then(parsers.parse('har "{navn}" tilknytningen "{organisation}" fra "{fra}" til "{til}"'))
def affiliation(ctx: Ctx, navn: str, organisation: str, fra: str, til: str) -> None:
    links = [(t.organisation, t.fra, t.til) for t in ctx.store.person(navn).tilknytninger]
    assert (organisation, parse_danish_date(fra), parse_danish_date(til)) in links


@when(parsers.parse('forummet "{key}" omdøbes til "{navn}" fra "{fra}" men ses brugt "{senest}"'))
def rename_late(ctx: Ctx, key: str, navn: str, fra: str, senest: str) -> None:
    ctx.log_before = ctx.store.log.last_position() or 0
    try:
        ctx.store.record(f.RenameForum(key=key, navn=navn, fra=parse_danish_date(fra),
                                       senest=parse_danish_date(senest),
                                       provenance=_prov(parse_danish_date(senest))))
    except DomainError as err:
        ctx.error = err
