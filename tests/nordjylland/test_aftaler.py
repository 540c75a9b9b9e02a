"""The agreement itself on the real records (features/aftaler.feature) and its rules on a
made-up agreement (features/aftaler_regler.feature), on every store."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from socialaftale import DomainError, Provenance, Socialaftale, Source, parse_danish_date
from socialaftale import forloeb as f

from .conftest import Ctx

scenarios("../../features/aftaler.feature", "../../features/aftaler_regler.feature")

P = Provenance(date(2031, 7, 1), Source("opdigtet-referat.txt"))


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store


def _names(text: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in text.split(",") if n.strip())


def _agreement(ctx: Ctx, key: str, on: date | None = None) -> Any:
    found = ctx.store.agreement(key, on=on)
    assert found is not None, key
    return found


def _part(ctx: Ctx, key: str, part: str, on: date | None = None) -> Any:
    (found,) = [d for d in _agreement(ctx, key, on).dele if d.id == part]
    return found


def _try(ctx: Ctx, *commands: Any) -> None:
    ctx.log_before = ctx.store.log.last_position() or 0
    try:
        ctx.store.record(*commands)
    except DomainError as err:
        ctx.error = err


# -- the real records ----------------------------------------------------------------------

@then(parsers.parse('har aftalen "{key}" navnet "{navn}" og perioden "{periode}"'))
def named(ctx: Ctx, key: str, navn: str, periode: str) -> None:
    found = _agreement(ctx, key)
    assert (found.navn, found.periode) == (navn, periode)


@then(parsers.parse('har aftalen "{key}" {n:d} parter med "{raad}"'))
def parties(ctx: Ctx, key: str, n: int, raad: str) -> None:
    found = _agreement(ctx, key)
    assert len(found.raad) == n and raad in found.raad


@then(parsers.parse('er aftalen "{key}"s parter ikke oplyst'))
def parties_unknown(ctx: Ctx, key: str) -> None:
    assert _agreement(ctx, key).raad == ()


@then(parsers.parse('har aftalen "{key}" delene "{dele}"'))
def parts(ctx: Ctx, key: str, dele: str) -> None:
    assert tuple(d.id for d in _agreement(ctx, key).dele) == _names(dele)


@then(parsers.parse('siger delen "{part}" i aftalen "{key}" "{tekst}"'))
def part_says(ctx: Ctx, part: str, key: str, tekst: str) -> None:
    assert tekst in " ".join(_part(ctx, key, part).ordlyd.split())


@then(parsers.parse('godkendes delen "{part}" i aftalen "{key}" i runden "{runde}" i sagen '
                    '"{sag}"'))
def approved_in(ctx: Ctx, part: str, key: str, runde: str, sag: str) -> None:
    assert [(r.forloeb, r.runde.id) for r in _part(ctx, key, part).runder] == [(sag, runde)]
    assert (runde, key, part) in [x[:3] for x in ctx.store.agreement_parts_of(sag)]


@then(parsers.parse('har delen "{part}" i aftalen "{key}" pr. "{dato}" {n:d} råd, alle med '
                    'status "{status}"'))
def part_councils(ctx: Ctx, part: str, key: str, dato: str, n: int, status: str) -> None:
    (r,) = _part(ctx, key, part, parse_danish_date(dato)).runder
    assert len(r.runde.raad) == n and {x.status for x in r.runde.raad} == {status}


@then(parsers.parse('har ingen del af aftalen "{key}" en godkendelsesrunde'))
def no_round(ctx: Ctx, key: str) -> None:
    assert all(d.runder == () for d in _agreement(ctx, key).dele)


@then(parsers.parse('har aftalen "{key}" visionen "{vision}" og {n:d} valgte fokusområder, det '
                    'første "{titel}"'))
def vision(ctx: Ctx, key: str, vision: str, n: int, titel: str) -> None:
    held = _agreement(ctx, key).strategi
    assert held is not None and held.vision.startswith(vision)
    assert len(held.valgt) == n and held.valgt[0].titel == titel


@then(parsers.parse('har aftalen "{key}" ingen vision i registret'))
def no_vision(ctx: Ctx, key: str) -> None:
    assert _agreement(ctx, key).strategi is None


# -- the rules, on a made-up agreement -----------------------------------------------------

@given(parsers.parse('den opdigtede aftale "{key}" for "{periode}" med parterne "{raad}" og '
                     'delen "{part}" som styringsaftale'))
def made_up(ctx: Ctx, key: str, periode: str, raad: str, part: str) -> None:
    ctx.store.record(f.OpretAftale(id=key, navn="Opdigtet aftale", periode=periode,
                                   raad=_names(raad), provenance=P),
                     f.RegistrerAftaledel(aftale=key, id=part, art="styringsaftale",
                                          provenance=P))


@given(parsers.parse('den opdigtede aftale "{key}" uden kendte parter og delen "{part}" som '
                     'styringsaftale'))
def made_up_unknown(ctx: Ctx, key: str, part: str) -> None:
    ctx.store.record(f.OpretAftale(id=key, navn="Opdigtet aftale uden parter", provenance=P),
                     f.RegistrerAftaledel(aftale=key, id=part, art="styringsaftale",
                                          provenance=P))


@given(parsers.parse('den opdigtede sag "{key}"'))
def made_up_case(ctx: Ctx, key: str) -> None:
    ctx.store.record(f.OpretForloeb(id=key, titel="Opdigtet sag", provenance=P))


def _open(ctx: Ctx, runde: str, part: str, key: str, raad: tuple[str, ...]) -> None:
    _try(ctx, f.AabnGodkendelsesrunde(forloeb="opdigtet-aftalesag", id=runde,
                                      art="styringsaftale", raad=raad,
                                      frist=date(2031, 10, 31), aftale=key, aftaledel=part,
                                      provenance=P))


@when(parsers.parse('runden "{runde}" for delen "{part}" i aftalen "{key}" åbnes med rådene '
                    '"{raad}"'))
def open_round(ctx: Ctx, runde: str, part: str, key: str, raad: str) -> None:
    _open(ctx, runde, part, key, _names(raad))


@when(parsers.parse('runden "{runde}" for delen "{part}" i aftalen "{key}" åbnes uden råd'))
def open_round_all(ctx: Ctx, runde: str, part: str, key: str) -> None:
    _open(ctx, runde, part, key, ())


@when(parsers.parse('aftalen "{key}" oprettes med perioden "{periode}"'))
def open_agreement(ctx: Ctx, key: str, periode: str) -> None:
    _try(ctx, f.OpretAftale(id=key, navn="Opdigtet", periode=periode, provenance=P))


@then(parsers.parse('afvises aftalen med reglen "{rule}" i feltet "{field}" og "{text}"'))
def refused_by(ctx: Ctx, rule: str, field: str, text: str) -> None:
    assert isinstance(ctx.error, DomainError), ctx.error
    assert (ctx.error.rule, ctx.error.field) == (rule, field)
    assert text in ctx.error.message
