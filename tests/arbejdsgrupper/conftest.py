"""Steps for features/arbejdsgrupper.feature."""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs
import pytest
from pytest_bdd import given, parsers, then, when

from socialaftale import (
    DecisionRef,
    DomainError,
    Provenance,
    Socialaftale,
    Source,
    parse_danish_date,
)
from socialaftale import arbejdsgrupper as ag
from socialaftale.domain.common import ExternalDecision

MINUTES = {2013: "001_06729882290ccbd8.txt", 2014: "000_939a2e46bbe95266.txt",
           2019: "003_dac07bbacd9158aa.txt"}


class Ctx:
    def __init__(self, store: Socialaftale) -> None:
        self.store = store
        self.group = ""
        self.prov: Provenance | None = None
        self.error: DomainError | None = None
        self.log_before = 0


@pytest.fixture
def ctx(store: Socialaftale, register_fora: Any) -> Ctx:
    register_fora(store)  # the bodies the scenarios' groups are formed under
    return Ctx(store)


def _prov(body: str, on: date, item: str, note: str | None = None) -> Provenance:
    document = "002_19692c500b0e1c7c.txt" if on == date(2013, 3, 18) else MINUTES[on.year]
    return Provenance(on, Source(document, item, note),
                      DecisionRef(f"{body.lower()}-{on.isoformat()}", item))


@given(parsers.parse('{body} den "{dato}" punkt "{item}" nedsætter arbejdsgruppen "{key}" '
                     '"{navn}" under {forum} med formandskab "{formand}" og reglen "{regel}"'))
def form(ctx: Ctx, body: str, dato: str, item: str, key: str, navn: str, forum: str,
         formand: str, regel: str) -> None:
    ctx.group, ctx.prov = key, _prov(body, parse_danish_date(dato), item)
    ctx.store.record(ag.FormGroup(key=key, navn=navn, forum=forum, mandat="udarbejde "
                                  "kommissorium og gennemføre opgaven", formand=formand or None,
                                  regler=(regel,) if regel else (),
                                  kraever_region="Region Nordjylland" in regel,
                                  provenance=ctx.prov))


@given(parsers.parse('arbejdsgruppen "{key}" "{navn}" under {forum} kendes fra DAS\' beslutning '
                     'om dens mandat den "{dato}" punkt "{item}"'))
def known_group(ctx: Ctx, key: str, navn: str, forum: str, dato: str, item: str) -> None:
    on = parse_danish_date(dato)
    ctx.group = key
    ctx.prov = Provenance(on, Source(MINUTES[on.year], item, "Gruppen var nedsat før mødet; "
                                     "hvornår og af hvem fremgår ikke af referatet"),
                          DecisionRef(f"das-{on.isoformat()}", item))
    ctx.store.record(ag.FormGroup(
        key=key, navn=navn, forum=forum, provenance=ctx.prov, eksisterede=True,
        mandat="borgere med psykiske vanskeligheder, hvor beskæftigelse vurderes realistisk "
               "inden for en vis tidsperiode"))


@given(parsers.parse('arbejdsgruppen "{key}" "{navn}" under {forum} kendes fra SOCDIR-referatet '
                     'den "{dato}" punkt "{item}" med formand "{formand}"'))
def known_socdir_group(ctx: Ctx, key: str, navn: str, forum: str, dato: str, item: str,
                       formand: str) -> None:
    on = parse_danish_date(dato)
    ctx.group = key
    ctx.prov = Provenance(on, Source(MINUTES[on.year], item, "Referatet præsenterer gruppens "
                                     "deltagere under gennemgangen af DAS-dagsordenens pkt. 5"),
                          DecisionRef(f"socdir-{on.isoformat()}", item))
    ctx.store.record(ag.FormGroup(key=key, navn=navn, forum=forum, formand=formand,
                                  mandat="kommissorium for strategisk samarbejde",
                                  eksisterede=True, provenance=ctx.prov))


@given(parsers.parse('tidsplanen for "{key}" er:'))
def timeline(ctx: Ctx, key: str, datatable: list[list[str]]) -> None:
    assert ctx.prov is not None
    ctx.store.record(*(
        ag.PlanMilestone(key=key, milestone_id=mid, beskrivelse=text,
                         dato=parse_danish_date(dato), forum=forum,
                         provenance=Provenance(ctx.prov.occurred_on, Source(
                             ctx.prov.source.document, ctx.prov.source.item, note or None),
                             ctx.prov.decision))
        for mid, text, dato, forum, note in datatable[1:]))


def _group(ctx: Ctx, navn: str, dato: str) -> Any:
    (group,) = [g for g in ctx.store.groups(parse_danish_date(dato)) if g.navn == navn]
    return group


@then(parsers.parse('har "{navn}" pr. "{dato}" formanden "{formand}" og næste milepæl '
                    '"{milepael}" den "{when}"'))
def chair_and_next(ctx: Ctx, navn: str, dato: str, formand: str, milepael: str,
                   when: str) -> None:
    group = _group(ctx, navn, dato)
    assert group.formand == formand
    assert (group.naeste_milepael.beskrivelse, group.naeste_milepael.dato) == (
        milepael, parse_danish_date(when))


@then(parsers.parse('er milepælen "{milepael}" overskredet pr. "{dato}"'))
def overdue(ctx: Ctx, milepael: str, dato: str) -> None:
    (group,) = ctx.store.groups(parse_danish_date(dato))
    assert [s.beskrivelse for s in group.overskredne] == [milepael]


@then(parsers.parse('advarer gruppen "{warning}"'))
def warns(ctx: Ctx, warning: str) -> None:
    (group,) = ctx.store.groups(date(2030, 1, 1))
    assert any(warning in w for w in group.advarsler), group.advarsler


@when(parsers.parse('"{navn}" fra "{org}" indtræder i "{key}"'))
def joins(ctx: Ctx, navn: str, org: str, key: str) -> None:
    assert ctx.prov is not None
    ctx.store.record(ag.AddMember(key=key, member_id=navn, navn=navn, organisation=org,
                                  provenance=ctx.prov))


@then("advarer gruppen ikke længere om Region Nordjylland")
def no_region_warning(ctx: Ctx) -> None:
    (group,) = ctx.store.groups(date(2030, 1, 1))
    assert not any("Region Nordjylland" in w for w in group.advarsler)


@when(parsers.parse('gruppen "{key}" udvides med:'))
def extended(ctx: Ctx, key: str, datatable: list[list[str]]) -> None:
    assert ctx.prov is not None
    ctx.store.record(*(
        ag.AddMember(key=key, member_id=f"m{i}", navn=navn or None, organisation=org or None,
                     rolle=rolle or None, provenance=ctx.prov)
        for i, (navn, org, rolle) in enumerate(datatable[1:], start=1)))


@then(parsers.parse('har "{navn}" pr. "{dato}" {n:d} medlemmer'))
def member_count(ctx: Ctx, navn: str, dato: str, n: int) -> None:
    assert len(_group(ctx, navn, dato).medlemmer) == n


@given(parsers.parse('"{navn}" udpeges den "{dato}" som "{rolle}" i "{hvor}" for "{forum}"'))
def appointed(ctx: Ctx, navn: str, dato: str, rolle: str, hvor: str, forum: str) -> None:
    on = parse_danish_date(dato)
    ctx.store.record(ag.AppointPerson(navn=navn, rolle=rolle, hvor=hvor, for_forum=forum,
                                      fra=on, provenance=_prov(forum, on, "3")))


@given(parsers.parse('"{navn}" vælges ved akklamation den "{dato}" som "{rolle}" i "{hvor}" for '
                     '"{forum}"'))
def elected(ctx: Ctx, navn: str, dato: str, rolle: str, hvor: str, forum: str) -> None:
    on = parse_danish_date(dato)
    ctx.store.record(ag.AppointPerson(navn=navn, rolle=rolle, hvor=hvor, for_forum=forum,
                                      fra=on, ved_akklamation=True,
                                      provenance=_prov(forum, on, "3")))


@then(parsers.parse('har "{navn}" rollerne "{roles}"'))
def roles(ctx: Ctx, navn: str, roles: str) -> None:
    got = [f"{r.rolle} i {r.hvor}" for r in ctx.store.person_roles(navn)]
    assert got == roles.split("; ")


@when("en arbejdsgruppe registreres uden beslutning")
def without_decision(ctx: Ctx) -> None:
    ctx.log_before = ctx.store.log.last_position()
    try:
        ctx.store.record(ag.FormGroup(key="x", navn="X", forum="DAS", mandat="?",
                                      provenance=Provenance(date(2019, 1, 1),
                                                            Source("eksempel"))))
    except DomainError as err:
        ctx.error = err



@given(parsers.parse('{body} den "{dato}" punkt "{item}" gengiver, at {organ} den "{organ_dato}" '
                     'nedsatte styregruppen "{key}" "{navn}" under {forum}: "{tekst}"'))
def formed_elsewhere(ctx: Ctx, body: str, dato: str, item: str, organ: str, organ_dato: str,
                     key: str, navn: str, forum: str, tekst: str) -> None:
    prov = _prov(body, parse_danish_date(dato), item,
                 "Året for KKR's møde fremgår ikke; det er mødets år")
    ctx.group, ctx.prov = key, attrs.evolve(
        prov, external=ExternalDecision(organ, parse_danish_date(organ_dato), tekst))
    ctx.store.record(ag.FormGroup(key=key, navn=navn, art="styregruppe", forum=forum,
                                  mandat="fremgår ikke af kilden", provenance=ctx.prov))


@then(parsers.parse('er "{navn}" pr. "{dato}" en {art} "{besluttet}" og omtalt ved "{ved}"'))
def decided_elsewhere(ctx: Ctx, navn: str, dato: str, art: str, besluttet: str,
                      ved: str) -> None:
    group = next(g for g in ctx.store.groups(parse_danish_date(dato)) if g.navn == navn)
    assert (group.art, group.besluttet_af, group.nedsat_ved) == (art, besluttet, ved)
