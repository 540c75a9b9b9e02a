"""Several processes record at once, each keeping the read models: none of them skips an
event another committed meanwhile, so the read models equal a rebuild from the log.

On PostgreSQL this holds only while positions in the log follow commit order (the table lock
eventsourcing takes when inserting); a writer reading past a position still uncommitted would
step over it for good.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable

import pytest

from socialaftale import open_store

from .workers import ITEMS, record_meetings

WRITERS, MEETINGS = 4, 60


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_concurrent_writers_leave_read_models_equal_to_a_rebuild(
    kind: str, store_url_factory: Callable[[str], str]
) -> None:
    url = store_url_factory(kind)
    open_store(url).close()  # created before the writers race to create it
    mp = multiprocessing.get_context("spawn")
    barrier, results = mp.Barrier(WRITERS), mp.Queue()
    procs = [mp.Process(target=record_meetings, args=(url, w, MEETINGS, barrier, results))
             for w in range(WRITERS)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=300)
    assert [p.exitcode for p in procs] == [0] * WRITERS, "a writer failed (see its output)"
    assert sorted(results.get(timeout=5) for _ in procs) == [(w, MEETINGS)
                                                            for w in range(WRITERS)]
    with open_store(url) as store:
        head = store.log.last_position()
        assert head == WRITERS * MEETINGS * (ITEMS + 2)
        assert set(store.projector.positions().values()) == {head}
        projected = (sorted(m.meeting_id for m in store.meetings()),
                     sorted((d.meeting_id, d.punkt) for d in store.decisions()))
        assert len(projected[0]) == WRITERS * MEETINGS
        assert len(projected[1]) == WRITERS * MEETINGS * ITEMS
        store.rebuild()
        assert projected == (sorted(m.meeting_id for m in store.meetings()),
                             sorted((d.meeting_id, d.punkt) for d in store.decisions()))
