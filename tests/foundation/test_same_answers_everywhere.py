"""The same facts give the same answers on memory, a SQLite file and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from socialaftale import open_store

from .scripted import answers, record_script

FIXED = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_one_script_three_stores_identical_answers(store_url_factory: Callable[[str], str]) -> None:
    results = {}
    for kind in ("memory", "sqlite", "postgres"):
        with open_store(store_url_factory(kind), actor="test", clock=lambda: FIXED) as store:
            record_script(store)
            results[kind] = answers(store)
    assert results["memory"]["2020-01-01"], "the script must leave offers in the tilbudsvifte"
    assert results["sqlite"] == results["memory"]
    assert results["postgres"] == results["memory"]


def test_answers_survive_closing_and_reopening_a_sqlite_file(
    store_url_factory: Callable[[str], str],
) -> None:
    url = store_url_factory("sqlite")
    with open_store(url, clock=lambda: FIXED) as store:
        record_script(store)
        before = answers(store)
    with open_store(url) as reopened:
        assert answers(reopened) == before
