"""features/arbejdsgrupper.feature: working groups, members, milestones and appointments as the
real records hold them, on every store (the rules: test_arbejdsgrupper_over_tid.py)."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_bdd import parsers, scenarios, then

from socialaftale import Socialaftale, parse_danish_date

from .conftest import Ctx

scenarios("../../features/arbejdsgrupper.feature")


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store


def _named(ctx: Ctx, navn: str, dato: str) -> Any:
    (group,) = [g for g in ctx.store.groups(parse_danish_date(dato)) if g.navn == navn]
    return group


def _with_member(ctx: Ctx, member: str, dato: str | None = None) -> Any:
    on = parse_danish_date(dato or "1. januar 2030")
    found = [g for g in ctx.store.groups(on) if any(m.startswith(member) for m in g.medlemmer)]
    assert len(found) == 1, [g.navn for g in ctx.store.groups(on)]
    return found[0]


@then(parsers.parse('er milepælen "{milepael}" for "{navn}" overskredet pr. "{dato}"'))
def overdue(ctx: Ctx, milepael: str, navn: str, dato: str) -> None:
    assert milepael in [s.beskrivelse for s in _named(ctx, navn, dato).overskredne]


@then(parsers.parse('har arbejdsgruppen med medlemmet "{member}" pr. "{dato}" {n:d} medlemmer og '
                    'formanden "{formand}"'))
def members_and_chair(ctx: Ctx, member: str, dato: str, n: int, formand: str) -> None:
    group = _with_member(ctx, member, dato)
    assert (len(group.medlemmer), group.formand) == (n, formand), group.medlemmer


@then(parsers.parse('er "{navn}" formand i arbejdsgruppen med medlemmet "{member}"'))
def chair_role(ctx: Ctx, navn: str, member: str) -> None:
    group = _with_member(ctx, member)
    assert ("formand", group.navn) in [(r.rolle, r.hvor) for r in ctx.store.person_roles(navn)]
