"""DAS 24 October 2019, loaded from its meeting record, on memory, SQLite and PostgreSQL."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pytest_bdd import parsers, scenarios, then

from socialaftale import Socialaftale, parse_danish_date

from .conftest import Ctx

scenarios("../../features/referat_das_2019_10_24.feature")


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store


@then(parsers.parse('godkender punkt "{punkt}" referatet fra "{earlier}"'))
def approves_minutes(ctx: Ctx, punkt: str, earlier: str) -> None:
    decision = ctx.decision("das-2019-10-24", punkt)
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
    assert navn not in [t.navn for t in ctx.store.tilbudsvifte(parse_danish_date(dato))]


@then(parsers.parse('har "{navn}" {pladser:d} pladser pr. "{dato}"'))
def places(ctx: Ctx, navn: str, pladser: int, dato: str) -> None:
    (offer,) = [t for t in ctx.store.tilbudsvifte(parse_danish_date(dato)) if t.navn == navn]
    assert offer.pladser == pladser


@then(parsers.parse('har "{owner}" en åben opfølgning med fristen "{text}"'))
def open_action(ctx: Ctx, owner: str, text: str) -> None:
    (action,) = ctx.store.actions(date(2019, 11, 1), owner=owner)
    assert action.frist_tekst == text and not action.overskredet


@then(parsers.parse("rummer årshjulet for {aar:d} {antal:d} arrangementer"))
def aarshjul(ctx: Ctx, aar: int, antal: int) -> None:
    assert len(ctx.store.aarshjul(aar)) == antal


@then(parsers.parse('er der ingen beslutning under punkt "{punkt}" på "{meeting_id}"'))
def no_decision(ctx: Ctx, punkt: str, meeting_id: str) -> None:
    assert not [d for d in ctx.store.decisions() if d.meeting_id == meeting_id
                and d.punkt == punkt]


@then(parsers.parse('nævner det gengivne referat af "{meeting_id}" alle {antal:d} punkter i '
                    'rækkefølge'))
def all_items(ctx: Ctx, meeting_id: str, antal: int) -> None:
    text = ctx.store.referat_markdown(meeting_id)
    numbers = [int(n) for n in re.findall(r"^## (\d+)\. ", text, flags=re.MULTILINE)]
    assert numbers == list(range(1, antal + 1))
