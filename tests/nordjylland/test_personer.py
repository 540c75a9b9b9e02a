"""People as identities and attendance item by item, on the real meeting records."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pytest_bdd import parsers, scenarios, then, when

from socialaftale import Provenance, Socialaftale, Source, parse_danish_date, personer

from .conftest import Ctx

scenarios("../../features/personer.feature")


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store


def _row(ctx: Ctx, meeting_id: str, navn: str) -> Any:
    [row] = [d for d in ctx.store.fremmoede(meeting_id) if d.navn == navn]
    return row


@then(parsers.parse('viser fremmødet på "{meeting_id}" "{navn}" som "{tekst}"'))
def shown_as(ctx: Ctx, meeting_id: str, navn: str, tekst: str) -> None:
    assert _row(ctx, meeting_id, navn).tekst == tekst


def _present(ctx: Ctx, meeting_id: str, punkt: str) -> dict[str, str]:
    return {d.navn: d.art for d in ctx.store.fremmoede(meeting_id, punkt)}


@then(parsers.parse('var "{navn}" til stede under punkt "{punkt}" på "{meeting_id}"'))
def present(ctx: Ctx, navn: str, punkt: str, meeting_id: str) -> None:
    assert _present(ctx, meeting_id, punkt).get(navn) in ("deltog", "gæst")


@then(parsers.parse('var "{navn}" ikke til stede under punkt "{punkt}" på "{meeting_id}"'))
def absent(ctx: Ctx, navn: str, punkt: str, meeting_id: str) -> None:
    found = _present(ctx, meeting_id, punkt)
    assert navn not in found and found  # others were there: the query itself answered


@then(parsers.parse('var "{navn}" repræsenteret under punkt "{punkt}" på "{meeting_id}"'))
def represented(ctx: Ctx, navn: str, punkt: str, meeting_id: str) -> None:
    assert _present(ctx, meeting_id, punkt).get(navn) == "repræsenteret"


@then(parsers.parse('foreslås "{a}" og "{b}" som samme person'))
def suggested(ctx: Ctx, a: str, b: str) -> None:
    assert (a, b) in [(f.navn_a, f.navn_b) for f in ctx.store.merge_suggestions()]
    assert (a, b) in [(f.navn_a, f.navn_b) for f in ctx.store.person_identity(a).forslag]


@then(parsers.parse('foreslås "{a}" og "{b}" ikke længere'))
def not_suggested(ctx: Ctx, a: str, b: str) -> None:
    pairs = {frozenset((f.navn_a, f.navn_b)) for f in ctx.store.merge_suggestions()}
    assert frozenset((a, b)) not in pairs and pairs  # other suggestions remain


@then(parsers.parse('har "{navn}" stavemåderne "{navne}"'))
def spellings(ctx: Ctx, navn: str, navne: str) -> None:
    found = {s.navn for s in ctx.store.person_identity(navn).stavemaader}
    assert found == set(navne.split("; "))


def _verdict(ctx: Ctx, same: bool, af: str, a: str, b: str, grund: str) -> None:
    cls = personer.SammePerson if same else personer.IkkeSammePerson
    ctx.store.record(cls(navn_a=a, navn_b=b, grund=grund, provenance=Provenance(
        date(2013, 1, 17), Source("001_06729882290ccbd8.txt"))), by=af)


@when(parsers.parse('"{af}" bekræfter, at "{a}" og "{b}" er samme person, fordi "{grund}"'))
def confirm(ctx: Ctx, af: str, a: str, b: str, grund: str) -> None:
    _verdict(ctx, True, af, a, b, grund)


@when(parsers.parse('"{af}" fortryder, at "{a}" og "{b}" er samme person, fordi "{grund}"'))
def undo(ctx: Ctx, af: str, a: str, b: str, grund: str) -> None:
    _verdict(ctx, False, af, a, b, grund)


@then(parsers.parse('har "{navn}" rollen "{rolle}" fra "{fra}"'))
def has_role(ctx: Ctx, navn: str, rolle: str, fra: str) -> None:
    assert (rolle, parse_danish_date(fra)) in [
        (r.rolle, r.fra) for r in ctx.store.person_identity(navn).roller]


@then(parsers.parse('står bekræftelsen i loggen med "{af}" og grunden "{grund}"'))
def in_log(ctx: Ctx, af: str, grund: str) -> None:
    [r] = [r for r in ctx.store.events() if isinstance(r.event, personer.SammenfaldBekraeftet)]
    assert r.meta.recorded_by == af and r.event.grund == grund
    assert r.meta.source.document == "001_06729882290ccbd8.txt"


@then(parsers.parse("har loggen {n:d} hændelser om sammenfald"))
def log_count(ctx: Ctx, n: int) -> None:
    assert len([r for r in ctx.store.events() if isinstance(r.event, personer.EVENTS)]) == n
    assert [v.samme for v in ctx.store.sammenfald()] == [True, False]
