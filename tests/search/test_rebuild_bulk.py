"""What a rebuild changes about how it writes, and that it leaves nothing changed after."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import PG_URL, drop_pg_schema  # tests/ is on sys.path
from socialaftale import load_records, open_store

EXAMPLES = Path(__file__).parents[2] / "examples" / "nordjylland"


@pytest.fixture
def pg_url() -> Iterator[str]:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    yield f"{PG_URL}?schema={schema}"
    drop_pg_schema(schema)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_postgresql_rebuild_commits_without_waiting_for_the_wal_and_then_waits_again(
        pg_url: str, workers: int) -> None:
    """The read models' pages commit with ``synchronous_commit`` off during a rebuild (a
    lost commit is replayed: its positions go with it), and ordinary catch-ups after it wait
    for the server's flush again."""
    store = open_store(pg_url, actor="test")
    try:
        load_records(store, [(p.name, p.read_bytes())
                             for p in sorted(EXAMPLES.glob("*.yaml"))])

        def setting() -> str:
            with store.db.transaction() as tx:
                row = tx.one("SHOW synchronous_commit")
            assert row is not None
            return str(row[0])

        assert setting() == "on"
        during: list[str] = []
        store.rebuild(workers=workers, progress=lambda done, total: during.append(setting()))
        assert during and set(during) == {"off"}
        assert setting() == "on"
    finally:
        store.close()
