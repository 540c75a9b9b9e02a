"""A rebuild (the search index deferred to one bulk build at the end) leaves every read
model exactly as recording the real records event by event did, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import PG_URL, drop_pg_schema  # tests/ is on sys.path
from socialaftale import Socialaftale, load_records, open_store

EXAMPLES = Path(__file__).parents[2] / "examples" / "nordjylland"


@pytest.fixture(params=["sqlite", "postgres"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    yield f"{PG_URL}?schema={schema}"
    drop_pg_schema(schema)


def _tables(store: Socialaftale) -> dict[str, list[tuple[Any, ...]]]:
    """Every read model's rows, table by table, in one order (PostgreSQL's tsvector as text)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for p in store.projector.projections:
        for table in p.tables:
            if not store.db.has_table(table):
                continue
            what = "*, tsv::text" if table == "search_doc" and store.db.dialect == "postgresql" \
                else "*"
            rows = store.db.query(f"SELECT {what} FROM {table}")
            out[table] = sorted(rows, key=repr)
    return out


def _loaded(url: str) -> Socialaftale:
    store = open_store(url, actor="test")
    load_records(store, [(p.name, p.read_bytes()) for p in sorted(EXAMPLES.glob("*.yaml"))])
    return store


@pytest.mark.parametrize("workers", [1, 2])
def test_a_rebuild_equals_the_incremental_build(url: str, workers: int) -> None:
    """In one process, and with the read models split over two (a parallel rebuild)."""
    store = _loaded(url)
    try:
        incremental = _tables(store)
        assert len(incremental["search_doc"]) > 200
        store.rebuild(workers=workers)
        rebuilt = _tables(store)
        assert rebuilt.keys() == incremental.keys()
        for table, rows in incremental.items():
            assert rebuilt[table] == rows, table
        assert not store.db.query("SELECT name FROM projection_deferred")
        assert store.search("takster").antal > 0
    finally:
        store.close()


def test_a_rebuild_stopped_before_its_deferred_build_finishes_at_the_next_open(url: str) -> None:
    store = _loaded(url)
    try:
        before = _tables(store)["search_doc"]
        with store.db.transaction() as tx:  # as a rebuild leaves it after the replay
            tx.execute("DELETE FROM search_doc")
            if tx.dialect == "sqlite":
                tx.execute("DELETE FROM search_fts")
            tx.execute("INSERT INTO projection_deferred (name) VALUES ('search')")
    finally:
        store.close()
    store = open_store(url, actor="test")
    try:
        store.catch_up()
        assert _tables(store)["search_doc"] == before
        assert not store.db.query("SELECT name FROM projection_deferred")
    finally:
        store.close()


def test_a_worker_of_a_parallel_rebuild_replays_its_own_share_and_no_other(url: str) -> None:
    """The equality above would hold if the workers did nothing (the closing catch-up
    replays whatever they left): here one worker's share alone is replayed, as a spawned
    process does, and only its read models move to the head of the log."""
    from socialaftale.application import _replay_share

    store = _loaded(url)
    try:
        head = store.log.last_position()
        store.projector.reset()
        assert set(store.projector.positions().values()) == {0}
        assert _replay_share(store.db.location, ["meetings"]) == head
        positions = store.projector.positions()
        assert positions.pop("meetings") == head
        assert set(positions.values()) == {0}
        assert store.db.query("SELECT count(*) FROM meeting_decision")[0][0] > 0
    finally:
        store.close()
