"""The vifte and its rates as known on a date, read through the interval indexes (SQLite
R-tree, PostgreSQL GiST on ranges), answer exactly as the plain comparisons of the dates do."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from conftest import PG_URL, drop_pg_schema  # tests/ is on sys.path
from socialaftale import Socialaftale, load_records, open_store
from tilbudsvifte.made_up import record_made_up_vifte

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


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def rated(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[Socialaftale]:
    """A made-up vifte whose rates are set again and again and corrected (the real
    records hold no rates)."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    url = (f"sqlite:///{tmp_path_factory.mktemp('r') / 'store.db'}"
           if request.param == "sqlite" else f"{PG_URL}?schema={schema}")
    s = open_store(url, actor="test")
    record_made_up_vifte(s)
    yield s
    s.close()
    if request.param == "postgres":
        drop_pg_schema(schema)


def _plain_rates(store: Socialaftale, aar: int, known_at: date) -> list[tuple[Any, ...]]:
    k = known_at.isoformat()
    return [(r[0], int(r[1]), r[2], Decimal(r[3])) for r in store.db.query(
        "SELECT tilbud_key, aar, ydelse, beloeb FROM tilbud_takst WHERE aar = ? AND"
        " known_from <= ? AND (known_to IS NULL OR known_to > ?) ORDER BY tilbud_key, ydelse",
        (aar, k, k))]


def test_rates_as_known_through_the_index_equal_the_plain_comparison(
        rated: Socialaftale) -> None:
    """The year's rates as known on random days and on every edge of their knowledge
    intervals (and the day before), through the index, against the plain scan; and the
    vifte's offers carry the same rates."""
    edges = sorted({date.fromisoformat(d) for row in rated.db.query(
        "SELECT known_from, known_to FROM tilbud_takst") for d in row if d})
    assert len(edges) > 10 and rated.db.query(
        "SELECT COUNT(*) FROM tilbud_takst WHERE known_to IS NOT NULL")[0][0] > 5
    rng = random.Random(23)
    days = sorted({d + timedelta(days=o) for d in edges for o in (-1, 0)}
                  | {date(2018, 1, 1) + timedelta(days=rng.randrange(1500)) for _ in range(40)})
    answered = 0
    for known_at in days:
        for aar in (2019, 2020, 2021, 2022):
            got = [(t.key, t.aar, t.ydelse, t.beloeb)
                   for t in rated.takstbilag(aar, known_at=known_at).takster]
            assert got == _plain_rates(rated, aar, known_at), (aar, known_at)
            answered += bool(got)
    assert answered > 20
    for known_at in days[::7]:
        as_of = date(2020, 6, 1)
        vifte = rated.tilbudsvifte(as_of, known_at=known_at)
        carried = sorted((t.key, t.aar, t.ydelse, t.beloeb) for o in vifte for t in o.takster)
        shown = {o.key for o in vifte}
        assert carried == sorted(r for r in _plain_rates(rated, 2020, known_at) if r[0] in shown)


def test_the_rates_index_follows_every_row(rated: Socialaftale) -> None:
    if rated.db.dialect == "postgresql":
        names = {r[0] for r in rated.db.query(
            "SELECT indexname FROM pg_indexes WHERE tablename = 'tilbud_takst'"
            " AND schemaname = current_schema()")}
        assert "tilbud_takst_span" in names
        return
    count = rated.db.query("SELECT COUNT(*) FROM tilbud_takst")
    assert count[0][0] > 0 and rated.db.query("SELECT COUNT(*) FROM tilbud_takst_rt") == count


def _changes_by_whole_vifte(store: Socialaftale, a: date, b: date) -> tuple[Any, ...]:
    """The oracle: the period's changes from the whole vifte at both ends (what
    ``tilbud_changes`` read before it read only the offers with an edge in the period)."""
    before = {o.key: o for o in store.tilbudsvifte(a)}
    after = {o.key: o for o in store.tilbudsvifte(b)}

    def core(o: Any) -> tuple[Any, ...]:
        return (o.navn, o.driftsherre, o.lovgrundlag, o.pladser, o.pladsdele, o.kategori,
                o.forstaerket_samarbejde, o.landsdaekkende)

    return (tuple(o for k, o in after.items() if k not in before and not o.start_ukendt),
            tuple(o for k, o in before.items() if k not in after),
            tuple((k, before[k], o) for k, o in after.items()
                  if k in before and core(before[k]) != core(o)))


def test_a_periods_changes_equal_those_of_the_whole_vifte_at_both_ends(
        store: Socialaftale) -> None:
    _changes_against_the_whole_vifte(store)


def test_a_periods_changes_with_rates_equal_those_of_the_whole_vifte(
        rated: Socialaftale) -> None:
    _changes_against_the_whole_vifte(rated)


def _changes_against_the_whole_vifte(s: Socialaftale) -> None:
    """On every edge of the versions' validity (and the day before), pairs of days in
    order: what came in, left and changed, with the rates the offers carry."""
    edges = sorted({date.fromisoformat(d) for row in s.db.query(
        "SELECT valid_from, valid_to FROM tilbud_version") for d in row if d})
    days = sorted({d + timedelta(days=o) for d in edges for o in (-1, 0)})
    assert len(days) > 6
    changed = 0
    for i, a in enumerate(days[::2]):
        for b in days[::2][i:]:
            got = s.tilbud_changes(a, b)
            expected = _changes_by_whole_vifte(s, a, b)
            assert (got.ind, got.ud, tuple((c.key, c.foer, c.efter) for c in got.aendret)
                    ) == expected, (a, b)
            changed += bool(got.ind or got.ud or got.aendret)
    assert changed > 3
