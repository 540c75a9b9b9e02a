"""The tree is written in the events' own transaction, and old stores get theirs on open."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import psycopg
import pytest

from socialaftale import ConcurrencyConflict, Socialaftale, audit, open_store
from socialaftale.domain.tilbudsvifte import ChangePladser
from socialaftale.ledger import ledger_of
from socialaftale.merkle import leaf_hash, root

from .helpers import PROV, fill

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema_v1.db"


def independent_root(store: Socialaftale) -> bytes:
    """The root from the log read through eventsourcing alone (not the ledger's reads)."""
    notes = store.log.recorder.select_notifications(start=1, limit=10**6)
    return root([leaf_hash(n.topic, n.originator_id, n.originator_version, n.state)
                 for n in notes])


def test_every_stored_event_has_its_leaf_and_the_head_is_the_rfc_root(
        store: Socialaftale) -> None:
    fill(store, offers=5, changes=3)
    ledger = ledger_of(store.log.recorder)
    head = ledger.head()
    assert head.size == store.log.last_position() == 20
    assert head.frontier.root() == independent_root(store)
    leaves = ledger.leaves(0, head.last_position, 1000)
    assert [leaf.tree_index for leaf in leaves] == list(range(20))
    assert [leaf.position for leaf in leaves] == list(range(1, 21))
    assert audit.verify(store).intact


def test_a_refused_write_stores_neither_events_nor_leaves(store: Socialaftale) -> None:
    fill(store, offers=3, changes=0)
    ledger = ledger_of(store.log.recorder)
    before = ledger.head()
    # Two records racing for the same stream version: the loser's transaction fails.
    command = ChangePladser(key="aalborg/t0", effective_on=date(2019, 3, 1), pladser=12,
                            provenance=PROV)
    pending = store.decide(command)
    store.record(command)
    with pytest.raises(ConcurrencyConflict):
        store.append_recorded(pending)
    after = ledger.head()
    assert after.size == before.size + 1
    assert audit.verify(store).intact
    # and the next write extends the committed tree, not the one the failed insert began
    fill(store, offers=2, changes=0, prefix="z")
    assert ledger.head().size == before.size + 3 == len(list(store.events()))
    assert audit.verify(store).intact


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_a_tree_write_that_fails_rolls_back_the_events(
        kind: str, store_url_factory: Callable[[str], str]) -> None:
    """A leaf row already where the next leaf goes (on SQLite a block row where the next
    block may go: every position after the log's end is taken; a real constraint of the real
    database) makes the tree's insert fail after the events' insert: neither may remain."""
    url = store_url_factory(kind)
    with open_store(url) as store:
        fill(store, offers=3, changes=0)
        size = store.log.last_position()
        if kind == "sqlite":
            path = url.removeprefix("sqlite:///")
            with sqlite3.connect(path) as conn:
                conn.executemany("INSERT INTO merkle_blocks (position, first_position, "
                                 "first_index, hashes) VALUES (?, ?, ?, ?)",
                                 [(p, p, 999, b"x") for p in range(size + 1, size + 10)])
        else:
            schema = url.split("schema=")[1]
            with psycopg.connect(_conninfo(), autocommit=True) as conn:
                conn.execute(f"INSERT INTO {schema}.socialaftale_merkle_leaves (position, "
                             "leaf_index, hash) VALUES (%s, %s, %s)", (size + 1, 999, b"x"))
        with pytest.raises(Exception):  # noqa: B017 — the database's own error
            fill(store, offers=2, changes=0, prefix="u")
        assert store.log.last_position() == size
        assert len(list(store.events())) == size
        assert ledger_of(store.log.recorder).head().size == size


def _conninfo() -> str:
    import os

    from socialaftale.persistence import parse_store_url

    url = os.environ.get("SOCIALAFTALE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
    return parse_store_url(url).conninfo or ""


def test_an_old_store_gets_its_tree_built_when_opened(tmp_path: Path) -> None:
    copy = tmp_path / "gammel.db"
    shutil.copy(FIXTURE, copy)
    with sqlite3.connect(FIXTURE) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        count = conn.execute("SELECT COUNT(*) FROM stored_events").fetchone()[0]
    assert "merkle_leaves" not in tables and count > 0  # made by the code before the tree
    with open_store(f"sqlite:///{copy}") as store:
        head = ledger_of(store.log.recorder).head()
        assert head.size == count
        assert head.frontier.root() == independent_root(store)
        assert audit.verify(store).intact
        store_id = head.store_id
        fill(store, offers=2, changes=1)
        assert audit.verify(store).intact
    with open_store(f"sqlite:///{copy}") as store:  # built once, never again
        head = ledger_of(store.log.recorder).head()
        assert head.store_id == store_id and head.size == count + 4


@pytest.mark.postgres
def test_an_old_postgres_store_gets_its_tree_built_when_opened(
        store_url_factory: Callable[[str], str]) -> None:
    url = store_url_factory("postgres")
    schema = url.split("schema=")[1]
    with open_store(url) as store:
        fill(store, offers=4, changes=2)
        expected = independent_root(store)
    with psycopg.connect(_conninfo(), autocommit=True) as conn:  # as the old code left it
        for table in ("leaves", "store", "checkpoints", "verified"):
            conn.execute(f"DROP TABLE {schema}.socialaftale_merkle_{table}")
    with open_store(url) as store:
        head = ledger_of(store.log.recorder).head()
        assert head.size == 12 and head.frontier.root() == expected
        assert audit.verify(store).intact
