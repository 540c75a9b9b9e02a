"""A query does not wait for another thread's transaction (issue 24): the web server
answers from worker threads, and while one of them projects a large upload the others'
reads run on reader connections beside it (WAL on SQLite, MVCC on PostgreSQL)."""

from __future__ import annotations

import threading
import time
from datetime import date
from typing import Any

import pytest

from socialaftale import open_store


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_a_query_is_answered_while_another_thread_holds_a_transaction(
        kind: str, store_url_factory: Any) -> None:
    store = open_store(store_url_factory(kind))
    holding = threading.Event()
    release = threading.Event()

    def writer() -> None:
        with store.db.transaction() as tx:
            tx.execute("UPDATE projection_position SET position = position")
            holding.set()
            release.wait(10)

    t = threading.Thread(target=writer)
    t.start()
    try:
        assert holding.wait(10)
        started = time.monotonic()
        assert store.tilbudsvifte(date(2020, 1, 1)) == ()
        assert time.monotonic() - started < 5.0  # the writer holds on for 10 s: not waited for
    finally:
        release.set()
        t.join()
        store.close()


def test_a_query_inside_the_threads_own_transaction_sees_its_rows(
        store_url_factory: Any) -> None:
    store = open_store(store_url_factory("sqlite"))
    try:
        with store.db.transaction() as tx:
            tx.execute("CREATE TABLE IF NOT EXISTS t_scratch (x INTEGER)")
            tx.execute("INSERT INTO t_scratch (x) VALUES (1)")
            assert store.db.query("SELECT x FROM t_scratch") == [(1,)]
    finally:
        store.close()
