"""Opening a PostgreSQL store while others write it: processes that open a store together
with running writers (web servers, projectors, the CLI) never die of a deadlock.

Every open used to run the read models' DDL (CREATE INDEX IF NOT EXISTS, ALTER TABLE … ADD
COLUMN IF NOT EXISTS) in one transaction; each takes its table's lock even when nothing is
to be done, while a writer's page holds row locks on the same tables in another order:
PostgreSQL killed 3 of 24 openers with DeadlockDetected.

The 14 processes open their stores with a log pool of one connection (POSTGRES_POOL_SIZE,
inherited by the spawned processes): with eventsourcing's default of five, each process
held 8 connections and the test 90 at its peak, so under the whole suite (other tests'
connections beside it) PostgreSQL's max_connections of 100 refused one ("FATAL: sorry, too
many clients already"); with one, 41. The DDL and the writers' row locks that deadlocked
are on the read models' connection, which every process still has.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable

import pytest

from socialaftale import open_store

from .workers import keep_recording, open_and_close

WRITERS, OPENERS, TIMES = 2, 12, 2


@pytest.mark.postgres
@pytest.mark.slow
def test_processes_open_a_store_safely_while_others_write(
    store_url_factory: Callable[[str], str], monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("POSTGRES_POOL_SIZE", "1")
    url = store_url_factory("postgres")
    open_store(url).close()
    mp = multiprocessing.get_context("spawn")
    stop, results = mp.Event(), mp.Queue()
    started = [mp.Event() for _ in range(WRITERS)]
    writers = [mp.Process(target=keep_recording, args=(url, w, started[w], stop, results))
               for w in range(WRITERS)]
    for p in writers:
        p.start()
    for s in started:
        assert s.wait(timeout=120), "a writer did not start"
    barrier = mp.Barrier(OPENERS)
    openers = [mp.Process(target=open_and_close, args=(url, o, TIMES, barrier, results))
               for o in range(OPENERS)]
    try:
        for p in openers:
            p.start()
        for p in openers:
            p.join(timeout=300)
    finally:
        stop.set()
        for p in writers:
            p.join(timeout=120)
        for p in [*openers, *writers]:
            if p.is_alive():
                p.kill()
    reports = [results.get(timeout=10) for _ in range(WRITERS + OPENERS)]
    failures = [r for r in reports if r[3]]
    assert failures == []
    assert [p.exitcode for p in [*openers, *writers]] == [0] * (OPENERS + WRITERS)
    assert all(done > 0 for kind, _, done, _ in reports if kind == "skriver")
    with open_store(url) as store:
        assert set(store.projector.positions().values()) == {store.log.last_position()}
