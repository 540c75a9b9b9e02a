"""The vifte as known on a date, read through the interval index (SQLite R-tree,
PostgreSQL GiST on date ranges), answers exactly as the plain comparisons of the dates do."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from conftest import PG_URL, drop_pg_schema  # tests/ is on sys.path
from socialaftale import Socialaftale, load_records, open_store

EXAMPLES = Path(__file__).parents[2] / "examples" / "nordjylland"


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[Socialaftale]:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    url = (f"sqlite:///{tmp_path_factory.mktemp('s') / 'store.db'}"
           if request.param == "sqlite" else f"{PG_URL}?schema={schema}")
    s = open_store(url, actor="test")
    load_records(s, [(p.name, p.read_bytes()) for p in sorted(EXAMPLES.glob("*.yaml"))])
    yield s
    s.close()
    if request.param == "postgres":
        drop_pg_schema(schema)


def _plain(store: Socialaftale, as_of: date, known_at: date) -> list[tuple[str, str]]:
    day, k = as_of.isoformat(), known_at.isoformat()
    return store.db.query(
        "SELECT tilbud_key, navn FROM tilbud_version WHERE i_vifte = 1 AND valid_from <= ?"
        " AND (valid_to IS NULL OR valid_to > ?) AND known_from <= ? AND (known_to IS NULL"
        " OR known_to > ?) ORDER BY driftsherre, navn, tilbud_key", (day, day, k, k))


def test_known_at_through_the_index_equals_the_plain_comparison(store: Socialaftale) -> None:
    edges = sorted({date.fromisoformat(d) for row in store.db.query(
        "SELECT valid_from, valid_to, known_from, known_to FROM tilbud_version")
        for d in row if d})
    assert len(edges) > 3
    # every edge, the day before it (a half-open interval ends there) and a far-off day
    days = sorted({d + timedelta(days=o) for d in edges for o in (-1, 0)} | {date(2100, 1, 1)})
    answered = 0
    for as_of in days[::3]:
        for known_at in days[::5]:
            got = [(o.key, o.navn) for o in store.tilbudsvifte(as_of, known_at=known_at)]
            assert got == [tuple(r) for r in _plain(store, as_of, known_at)], (as_of, known_at)
            answered += bool(got)
    assert answered > 0


def test_the_index_follows_every_row(store: Socialaftale) -> None:
    """Each version row has its rectangle in the index (kept by triggers on SQLite)."""
    if store.db.dialect == "postgresql":
        names = {r[0] for r in store.db.query(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'tilbud_version'"
            " AND schemaname = current_schema()")}
        assert "tilbud_version_span" in names
        return
    assert store.db.query("SELECT COUNT(*) FROM tilbud_version_rt") == store.db.query(
        "SELECT COUNT(*) FROM tilbud_version")
    store.rebuild(["tilbudsvifte"])
    assert store.db.query("SELECT COUNT(*) FROM tilbud_version_rt") == store.db.query(
        "SELECT COUNT(*) FROM tilbud_version")
