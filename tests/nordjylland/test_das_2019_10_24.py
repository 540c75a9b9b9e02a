"""DAS 24 October 2019, loaded from its meeting record, on memory, SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from pytest_bdd import parsers, scenarios, then

from socialaftale import Socialaftale, parse_danish_date
from socialaftale.projections.meetings import Dagsordenspunkt

from .conftest import Ctx

scenarios("../../features/referat_das_2019_10_24.feature")


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store


def _item(ctx: Ctx, meeting_id: str, punkt: str) -> Dagsordenspunkt:
    (item,) = [p for p in ctx.store.agenda(meeting_id) if p.nummer == punkt]
    return item


@then(parsers.parse('har punkt "{punkt}" på "{meeting_id}" bilagene "{bilag}"'))
def item_bilag(ctx: Ctx, punkt: str, meeting_id: str, bilag: str) -> None:
    assert list(_item(ctx, meeting_id, punkt).bilag) == bilag.split(" | ")


@then(parsers.parse('har "{af}" under punkt "{punkt}" på "{meeting_id}" foreslået "{forslag}"'))
def proposed(ctx: Ctx, af: str, punkt: str, meeting_id: str, forslag: str) -> None:
    (found,) = ctx.store.proposals(meeting_id, punkt)
    assert found.af == af
    assert [f"{f.nummer}) {f.tekst}" for f in found.forslag] == forslag.split(" | ")


@then(parsers.parse('har punkt "{punkt}" på "{meeting_id}" {antal:d} at-klausuler i '
                    'indstillingen'))
def clause_count(ctx: Ctx, punkt: str, meeting_id: str, antal: int) -> None:
    assert len(_item(ctx, meeting_id, punkt).indstilling) == antal


@then(parsers.parse('nævner sagsfremstillingen af punkt "{punkt}" på "{meeting_id}" '
                    '"{a}", "{b}", "{c}" og "{d}"'))
def sagsfremstilling_in_order(ctx: Ctx, punkt: str, meeting_id: str, a: str, b: str, c: str,
                              d: str) -> None:
    text = _item(ctx, meeting_id, punkt).sagsfremstilling or ""
    places = [text.find(x) for x in (a, b, c, d)]
    assert -1 not in places and places == sorted(places), places


@then(parsers.parse('kendes arbejdsgruppen "{navn}" fra referatet, ikke nedsat ved mødet, med '
                    'mandatet "{mandat}"'))
def group_known(ctx: Ctx, navn: str, mandat: str) -> None:
    (group,) = [g for g in ctx.store.groups(parse_danish_date("1. november 2019"))
                if g.navn == navn]
    assert group.nedsat_ved is None and (group.kendt_fra or "").startswith("kendt fra")
    assert (group.mandater[0].status, group.mandater[0].mandat) == ("kendt", mandat)


@then(parsers.parse('bærer beslutningen under punkt "{punkt}" på "{meeting_id}" ikke "{fakta}"'))
def decision_does_not_carry(ctx: Ctx, punkt: str, meeting_id: str, fakta: str) -> None:
    summaries = [f.summary for f in ctx.store.facts_of_decision(meeting_id, punkt)]
    assert summaries and not [x for x in summaries if fakta in x], summaries


@then(parsers.parse('har arbejdsgruppen "{navn}" næste milepæl den "{dato}"'))
def next_milestone(ctx: Ctx, navn: str, dato: str) -> None:
    (group,) = [g for g in ctx.store.groups(parse_danish_date("1. november 2019"))
                if g.navn == navn]
    assert group.naeste_milepael is not None
    assert group.naeste_milepael.dato == parse_danish_date(dato)


@then(parsers.parse('er fristerne for {aar:d} ind- og udmelding "{ind}" og takster "{takster}"'))
def deadlines(ctx: Ctx, aar: int, ind: str, takster: str) -> None:
    f = ctx.store.frister(aar)
    assert f is not None
    assert (f.ind_udmelding, f.takster) == (parse_danish_date(ind), parse_danish_date(takster))


@then(parsers.parse('har mødet "{meeting_id}" under punkt "{punkt}" en opfølgning uden ansvarlig '
                    '"{leverance}" med fristen "{frist}"'))
def ownerless_action(ctx: Ctx, meeting_id: str, punkt: str, leverance: str, frist: str) -> None:
    found = [a for a in ctx.store.actions(parse_danish_date("1. november 2019"), open_only=False)
             if a.meeting_id == meeting_id and a.punkt == punkt and leverance in a.leverance]
    assert [(a.ansvarlig, a.frist_tekst) for a in found] == [(None, frist)], found
