"""Meeting-level text and the next meeting as announced, from the real records (issue 16
points 5 and 6); scenarios in features/moedetekst.feature."""

from __future__ import annotations

import pytest
from pytest_bdd import parsers, scenarios, then

from socialaftale import Socialaftale, parse_danish_date

from .conftest import Ctx

scenarios("../../features/moedetekst.feature")


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store


@then(parsers.parse('har mødet "{meeting_id}" et efterskrift dateret "{dato}" og underskrevet '
                    'af "{navn}"'))
def efterskrift(ctx: Ctx, meeting_id: str, dato: str, navn: str) -> None:
    found = ctx.store.meeting_text(meeting_id).efterskrift
    assert found is not None
    assert (found.dato, found.underskriver) == (parse_danish_date(dato), navn)
    ctx.meeting_id = meeting_id


@then(parsers.parse('står der i efterskriftet "{tekst}"'))
def efterskrift_says(ctx: Ctx, tekst: str) -> None:
    found = ctx.store.meeting_text(ctx.meeting_id).efterskrift
    assert found is not None and tekst in " ".join(found.tekst.split())


@then(parsers.parse('har referatet af "{meeting_id}" bilaget "{tekst}" fra punkt "{punkt}"'))
def bilag(ctx: Ctx, meeting_id: str, tekst: str, punkt: str) -> None:
    found = ctx.store.meeting_text(meeting_id).bilag
    assert (tekst, punkt) in [(b.tekst, b.punkt) for b in found], found


@then(parsers.parse('har referatet af "{meeting_id}" overskriften "{tekst}"'))
def overskrift(ctx: Ctx, meeting_id: str, tekst: str) -> None:
    assert ctx.store.meeting_text(meeting_id).overskrift == tekst


@then(parsers.parse('er mødet "{meeting_id}" planlagt ved "{ved}" på "{sted}"'))
def planned(ctx: Ctx, meeting_id: str, ved: str, sted: str) -> None:
    found = [m for m in ctx.store.meetings() if m.meeting_id == meeting_id]
    assert [(m.planlagt, m.annonceret_ved, m.sted or "ikke angivet") for m in found] == [
        (True, ved, sted)]


@then(parsers.parse('er opfølgningen "{leverance}" overskredet pr. "{dato}"'))
def overdue(ctx: Ctx, leverance: str, dato: str) -> None:
    found = [a for a in ctx.store.actions(parse_danish_date(dato)) if leverance in a.leverance]
    assert found and all(a.overskredet for a in found), found


@then(parsers.parse('viser det planlagte møde "{meeting_id}" hverken "{a}", "{b}" eller "{c}"'))
def planned_document(ctx: Ctx, meeting_id: str, a: str, b: str, c: str) -> None:
    shown = ctx.store.referat_markdown(meeting_id)
    assert shown.startswith("# Planlagt møde")
    for word in (a, b, c):
        assert word not in shown, word
