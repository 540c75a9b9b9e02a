"""features/meetings.feature: DAS' meeting of 24 October 2019 as its record says, on every store."""

from __future__ import annotations

import pytest
from pytest_bdd import parsers, scenarios, then

from socialaftale import Socialaftale

from .conftest import Ctx

scenarios("../../features/meetings.feature")


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store


@then(parsers.parse('viser beslutningshistorikken for "{meeting_id}" punkterne "{numbers}"'))
def history(ctx: Ctx, meeting_id: str, numbers: str) -> None:
    got = [d.punkt for d in ctx.store.decisions() if d.meeting_id == meeting_id]
    assert got == [n.strip() for n in numbers.split(",")]


@then(parsers.parse('finder en søgning efter "{text}" på "{meeting_id}" punkt "{nr}" "{titel}"'))
def search(ctx: Ctx, text: str, meeting_id: str, nr: str, titel: str) -> None:
    found = [(d.punkt, d.titel) for d in ctx.store.decisions(search=text)
             if d.meeting_id == meeting_id]
    assert (nr, titel) in found, found


@then(parsers.parse('er sagen om "{titel}" under punkt "{nr}" på "{meeting_id}" {udfald}'))
def matter_outcome(ctx: Ctx, titel: str, nr: str, meeting_id: str, udfald: str) -> None:
    decision = ctx.decision(meeting_id, nr)
    found = [s for s in decision.sager  # type: ignore[attr-defined]
             if s.titel == titel or s.titel.startswith(f"{titel} (")]
    assert len(found) == 1, [s.titel for s in decision.sager]  # type: ignore[attr-defined]
    assert found[0].outcome_tekst.split(",")[0] == udfald, found[0].outcome_tekst


@then(parsers.parse('står punkt "{nr}" "{titel}" på dagsordenen for "{meeting_id}"'))
def on_agenda(ctx: Ctx, nr: str, titel: str, meeting_id: str) -> None:
    assert f"\n## {nr}. {titel}\n" in ctx.store.dagsorden_markdown(meeting_id) + "\n"
