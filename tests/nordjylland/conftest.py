"""Steps shared by the features that load the real meeting records in examples/nordjylland.

The scenarios load the example records themselves, so the examples and the
scenarios cannot drift apart: if a record stops saying what the minutes say,
a scenario fails. Steps specific to one meeting live in that meeting's test
module (tests/nordjylland/test_<meeting>.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_bdd import given, parsers, then

from socialaftale import Socialaftale, load_record

EXAMPLES = Path(__file__).parents[2] / "examples" / "nordjylland"


class Ctx:
    def __init__(self, store: Socialaftale) -> None:
        self.store = store
        self.error: Exception | None = None
        self.log_before = 0

    def decision(self, meeting_id: str, punkt: str) -> object:
        found = [d for d in self.store.decisions() if d.meeting_id == meeting_id
                 and d.punkt == punkt]
        assert found, f"ingen beslutning under punkt {punkt} på {meeting_id}"
        return found[0]


@pytest.fixture
def ctx(store: Socialaftale) -> Ctx:
    return Ctx(store)


@given(parsers.parse('mødeoptegnelsen "{fil}" er indlæst'))
def loaded(ctx: Ctx, fil: str) -> None:
    result = load_record(ctx.store, (EXAMPLES / fil).read_bytes(), fil)
    assert result.status == "ny"
    ctx.log_before = ctx.store.log.last_position() or 0


@then(parsers.parse('har mødet "{meeting_id}" punkt "{punkt}" med udfaldet "{udfald}"'))
def outcome(ctx: Ctx, meeting_id: str, punkt: str, udfald: str) -> None:
    decision = ctx.decision(meeting_id, punkt)
    assert decision.outcome_tekst == udfald  # type: ignore[attr-defined]


@then(parsers.parse('siger referatet af punkt "{punkt}" på "{meeting_id}" "{tekst}"'))
def referat_says(ctx: Ctx, punkt: str, meeting_id: str, tekst: str) -> None:
    decision = ctx.decision(meeting_id, punkt)
    text = " ".join([decision.referat, *decision.bemaerkninger])  # type: ignore[attr-defined]
    assert tekst in " ".join(text.split())


@then(parsers.parse('bærer beslutningen under punkt "{punkt}" på "{meeting_id}" "{fakta}"'))
def carries(ctx: Ctx, punkt: str, meeting_id: str, fakta: str) -> None:
    summaries = [f.summary for f in ctx.store.facts_of_decision(meeting_id, punkt)]
    assert any(fakta in s for s in summaries), summaries


@then(parsers.parse('nævner det gengivne referat af "{meeting_id}" "{tekst}"'))
def rendered(ctx: Ctx, meeting_id: str, tekst: str) -> None:
    text = " ".join(ctx.store.referat_markdown(meeting_id).split())
    assert tekst in text


@then(parsers.parse('deltog "{navn}" i mødet "{meeting_id}"'))
def attended(ctx: Ctx, navn: str, meeting_id: str) -> None:
    meeting = next(m for m in ctx.store.meetings() if m.meeting_id == meeting_id)
    assert any(d.startswith(navn) for d in meeting.deltagere), meeting.deltagere


@then(parsers.parse('meldte "{navn}" afbud til mødet "{meeting_id}"'))
def apologised(ctx: Ctx, navn: str, meeting_id: str) -> None:
    meeting = next(m for m in ctx.store.meetings() if m.meeting_id == meeting_id)
    assert any(d.startswith(navn) for d in meeting.afbud), meeting.afbud


@then(parsers.parse('indlæses "{fil}" igen uden nye hændelser'))
def idempotent(ctx: Ctx, fil: str) -> None:
    before = ctx.store.log.last_position()
    result = load_record(ctx.store, (EXAMPLES / fil).read_bytes(), fil)
    assert result.status == "uændret" and ctx.store.log.last_position() == before
