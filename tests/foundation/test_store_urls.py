"""Opening a store by URL: memory, a SQLite file, PostgreSQL."""

from __future__ import annotations

import pytest

from socialaftale.persistence import parse_store_url


def test_a_plain_path_is_a_sqlite_file() -> None:
    loc = parse_store_url("socialaftale.db")
    assert (loc.kind, loc.path) == ("sqlite", "socialaftale.db")
    assert loc.env["PERSISTENCE_MODULE"] == "eventsourcing.sqlite"


def test_sqlite_urls_take_relative_and_absolute_paths() -> None:
    assert parse_store_url("sqlite:///data/s.db").path == "data/s.db"
    assert parse_store_url("sqlite:////var/lib/s.db").path == "/var/lib/s.db"


def test_postgresql_url_sets_connection_and_schema() -> None:
    loc = parse_store_url("postgresql://anna:hemmelig@db.local:5433/rammeaftale?schema=nord")
    assert loc.kind == "postgresql"
    assert loc.schema == "nord"
    assert loc.env["POSTGRES_HOST"] == "db.local"
    assert loc.env["POSTGRES_PORT"] == "5433"
    assert loc.env["POSTGRES_USER"] == "anna"
    assert loc.env["POSTGRES_PASSWORD"] == "hemmelig"
    assert loc.env["POSTGRES_DBNAME"] == "rammeaftale"


def test_memory() -> None:
    assert parse_store_url("memory:").kind == "memory"


def test_an_unknown_scheme_is_refused_in_danish() -> None:
    with pytest.raises(ValueError, match="ukendt lager-URL 'mysql://x/y'"):
        parse_store_url("mysql://x/y")
