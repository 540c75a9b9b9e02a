"""One meeting read by its key (issue 23): a meeting's page, referat and PDF read that
meeting and its decisions, not every meeting and decision of the record. The answers must
be what filtering the whole history gives."""

from __future__ import annotations

from pathlib import Path

from socialaftale import Socialaftale, load_records

from .test_moedetekst import _load, _october

NORDJYLLAND = Path(__file__).parents[2] / "examples" / "nordjylland"


def _all(store: Socialaftale) -> None:
    load_records(store, [(p.name, p.read_bytes()) for p in sorted(NORDJYLLAND.glob("*.yaml"))])


def test_a_meeting_and_its_decisions_read_by_key_equal_the_filtered_history(
        store: Socialaftale) -> None:
    _all(store)
    meetings = store.meetings()
    assert len(meetings) >= 4
    for m in meetings:
        assert store.meeting(m.meeting_id) == m
        expected = tuple(d for d in store.decisions() if d.meeting_id == m.meeting_id)
        assert store.meeting_decisions(m.meeting_id) == expected
    assert store.decided_meetings() == {d.meeting_id for d in store.decisions()}
    assert all(store.meeting_decisions(m.meeting_id) for m in meetings if not m.planlagt)


def test_a_planned_meeting_is_found_by_key_and_an_unknown_one_is_not(
        store: Socialaftale) -> None:
    _load(store, _october())
    planned = store.meeting("socdir-2014-11-13")
    assert planned is not None and planned.planlagt
    assert planned == next(m for m in store.meetings() if m.meeting_id == "socdir-2014-11-13")
    assert store.meeting_decisions("socdir-2014-11-13") == ()
    assert store.meeting("socdir-1999-01-01") is None
