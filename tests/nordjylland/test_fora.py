"""Fora and people over time on the real meeting records (features/fora.feature), and the rules
of fora, names, affiliations and milestones on made-up ones (features/fora_regler.feature),
on every store."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from socialaftale import (
    DomainError,
    Provenance,
    Socialaftale,
    Source,
    parse_danish_date,
)
from socialaftale import fora as f

from .conftest import Ctx

scenarios("../../features/fora.feature", "../../features/fora_regler.feature")

MADE_UP = "opdigtet-referat.txt"


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


@then(parsers.parse('kendes forummet "{key}" også som "{alias}" ifølge "{kilde}"'))
def also_known_as(ctx: Ctx, key: str, alias: str, kilde: str) -> None:
    forum = _forum(ctx, key)
    assert [(a.alias, a.kilde) for a in forum.aliaser] == [(alias, kilde)]
    assert alias in forum.alle_navne


@then(parsers.parse('er forummet "{key}" ikke omdøbt'))
def not_renamed(ctx: Ctx, key: str) -> None:
    assert [n.navn for n in _forum(ctx, key).navne] == ["Den Administrative Styregruppe"]
    assert not [r for r in ctx.store.events() if isinstance(r.event, f.ForumRenamed)]


@then(parsers.parse('finder navnet "{navn}" forummet "{key}"'))
def name_finds(ctx: Ctx, navn: str, key: str) -> None:
    found = ctx.store.forum(navn)
    assert found is not None and found.key == key


@when(parsers.parse('forummet "{key}" også skal kendes som "{alias}"'))
def add_alias(ctx: Ctx, key: str, alias: str) -> None:
    ctx.log_before = ctx.store.log.last_position() or 0
    try:
        ctx.store.record(f.AddForumAlias(key=key, alias=alias,
                                         provenance=_prov(date(2019, 10, 24))))
    except DomainError as err:
        ctx.error = err


@when(parsers.parse('der nedsættes en arbejdsgruppe under "{forum}"'))
def form_under(ctx: Ctx, forum: str) -> None:
    from socialaftale import DecisionRef
    from socialaftale import arbejdsgrupper as ag

    ctx.log_before = ctx.store.log.last_position() or 0
    try:
        ctx.store.record(ag.FormGroup(
            key="fiktiv-gruppe", navn="Fiktiv arbejdsgruppe", forum=forum, mandat="fiktivt",
            provenance=Provenance(date(2031, 3, 5), Source(MADE_UP, "3"),
                                  DecisionRef("opdigtet-raad-2031-03-05", "3"))))
    except DomainError as err:
        ctx.error = err


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


@then(parsers.parse('viser historikken for "{key}" "{omtalt}" og "{besluttet}"'))
def history_shows(ctx: Ctx, key: str, omtalt: str, besluttet: str) -> None:
    (post,) = [p for p in ctx.store.tilbud_history(key) if p.besluttet_af]
    assert post.decision is not None
    assert f"omtalt ved {post.decision.meeting} pkt. {post.decision.item}" == omtalt
    assert post.besluttet_af == besluttet


@then(parsers.parse('viser beslutningen under punkt "{punkt}" på "{meeting_id}" "{besluttet}" '
                    'ved "{fakta}"'))
def decision_shows(ctx: Ctx, punkt: str, meeting_id: str, besluttet: str, fakta: str) -> None:
    shown = [(x.summary, x.besluttet_af) for x in ctx.store.facts_of_decision(meeting_id, punkt)
             if x.besluttet_af]
    assert len(shown) == 1 and fakta in shown[0][0] and besluttet in (shown[0][1] or ""), shown


@when(parsers.parse('arbejdsgruppen "{key}" får milepælen "{beskrivelse}" "{dato}"'))
def plan_partial(ctx: Ctx, key: str, beskrivelse: str, dato: str) -> None:
    from socialaftale import DecisionRef, parse_dato
    from socialaftale import arbejdsgrupper as ag

    ctx.store.record(ag.PlanMilestone(
        key=key, milestone_id="delvis", beskrivelse=beskrivelse, dato=parse_dato(dato),
        provenance=Provenance(date(2031, 3, 5), Source(MADE_UP, "3"),
                              DecisionRef("opdigtet-raad-2031-03-05", "3"))))


def _group(ctx: Ctx, key: str, on: date) -> Any:
    (group,) = [g for g in ctx.store.groups(on) if g.key == key]
    return group


@then(parsers.parse('er den næste milepæl for "{key}" pr. "{dato}" "{tekst}"'))
def next_milestone(ctx: Ctx, key: str, dato: str, tekst: str) -> None:
    stone = _group(ctx, key, parse_danish_date(dato)).naeste_milepael
    assert stone is not None and f"{stone.dato} {stone.beskrivelse}" == tekst


@then(parsers.parse('er milepælen "{beskrivelse}" for "{key}" overskredet pr. "{dato}"'))
def overdue(ctx: Ctx, beskrivelse: str, key: str, dato: str) -> None:
    assert beskrivelse in [s.beskrivelse for s in
                           _group(ctx, key, parse_danish_date(dato)).overskredne]


@given(parsers.parse('det opdigtede forum "{key}" "{navn}" med kaldenavnet "{alias}"'))
def made_up_forum_alias(ctx: Ctx, key: str, navn: str, alias: str) -> None:
    made_up_forum(ctx, key, navn)
    ctx.store.record(f.AddForumAlias(key=key, alias=alias, provenance=_made_up()))


@given(parsers.parse('det opdigtede forum "{key}" "{navn}"'))
def made_up_forum(ctx: Ctx, key: str, navn: str) -> None:
    ctx.store.record(f.RegisterForum(key=key, navn=navn, provenance=_made_up()))


@given(parsers.parse('den opdigtede arbejdsgruppe "{key}" under "{forum}"'))
def made_up_group(ctx: Ctx, key: str, forum: str) -> None:
    from socialaftale import DecisionRef
    from socialaftale import arbejdsgrupper as ag

    ctx.store.record(ag.FormGroup(
        key=key, navn="Opdigtet arbejdsgruppe", forum=forum, mandat="opdigtet mandat",
        provenance=Provenance(date(2031, 3, 5), Source(MADE_UP, "3"),
                              DecisionRef("opdigtet-raad-2031-03-05", "3"))))


def _made_up() -> Provenance:
    return Provenance(date(2030, 1, 1), Source(MADE_UP))
