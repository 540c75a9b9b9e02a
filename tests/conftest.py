"""Shared fixtures: a fresh store on each kind of storage, and the PostgreSQL server.

``store`` runs a test on an in-memory store, a real SQLite file and the real
PostgreSQL server (each test in a schema of its own, dropped afterwards).
PostgreSQL missing is a failure, never a skip: a skipped test is a missing test.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import psycopg
import pytest
from hypothesis import strategies as st
from pytest_bdd import given, parsers, then

from socialaftale import PartialDate, Socialaftale, load_records, open_store

# Money in this domain is a finite amount in kroner with øre: generate only such amounts.
st.register_type_strategy(
    Decimal,
    st.decimals(min_value=-10**12, max_value=10**12, allow_nan=False, allow_infinity=False,
                places=2),
)

# A partial date is a year, a month of it, a part of a month, or a season: only such.
def _partial_dates() -> Any:
    years = st.integers(1900, 2200)
    return st.one_of(
        st.builds(PartialDate, years),
        st.builds(PartialDate, years, st.integers(1, 12),
                  st.sampled_from([None, "primo", "medio", "ultimo"])),
        st.builds(PartialDate, years, st.none(), st.sampled_from(["forår", "sommer",
                                                                   "efterår"])))


st.register_type_strategy(PartialDate, _partial_dates())

PG_URL = os.environ.get("SOCIALAFTALE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
KINDS = ("memory", "sqlite", "postgres")


def _pg_conninfo() -> str:
    from socialaftale.persistence import parse_store_url

    return parse_store_url(PG_URL).conninfo or ""


def drop_pg_schema(schema: str) -> None:
    with psycopg.connect(_pg_conninfo(), autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@pytest.fixture
def store_url_factory(tmp_path: Path) -> Iterator[object]:
    """Makes store URLs of a given kind; cleans up PostgreSQL schemas afterwards."""
    schemas: list[str] = []

    def make(kind: str) -> str:
        if kind == "memory":
            return "memory:"
        if kind == "sqlite":
            return f"sqlite:///{tmp_path / f'store-{uuid.uuid4().hex[:8]}.db'}"
        if kind == "postgres":
            schema = f"t_{uuid.uuid4().hex[:12]}"
            schemas.append(schema)
            return f"{PG_URL}?schema={schema}"
        raise ValueError(kind)

    yield make
    for schema in schemas:
        drop_pg_schema(schema)


@pytest.fixture(params=KINDS)
def store_kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def store_url(store_kind: str, store_url_factory: object) -> str:
    return store_url_factory(store_kind)  # type: ignore[operator, no-any-return]


@pytest.fixture
def store(store_url: str) -> Iterator[Socialaftale]:
    """A fresh, empty store of each kind."""
    s = open_store(store_url, actor="test")
    yield s
    s.close()


# Steps shared by every context's scenarios. Each context's conftest provides a ``ctx``
# fixture with ``store``, ``error`` (the DomainError of the last attempt) and ``log_before``.


#: The four real records (SOCDIR 2013-01-17, 2013-03-18, 2014-10-10, DAS 2019-10-24).
NORDJYLLAND = Path(__file__).parents[1] / "examples" / "nordjylland"


@given("alle mødeoptegnelserne i examples/nordjylland er indlæst")
def all_nordjylland_records_loaded(store: Socialaftale) -> None:
    """One definition for every context's scenarios of the real minutes: each context's
    ``ctx`` wraps this same ``store``."""
    load_records(store, [(p.name, p.read_bytes()) for p in sorted(NORDJYLLAND.glob("*.yaml"))])


@then(parsers.parse('afvises det med "{text}"'))
def refused(ctx: Any, text: str) -> None:
    """The last command was refused with a Danish message containing ``text``."""
    assert ctx.error is not None and text in ctx.error.message


@then("er loggen uændret")
def unchanged(ctx: Any) -> None:
    """A refused command recorded nothing."""
    assert ctx.store.log.last_position() == ctx.log_before


def _register_fora(store: Socialaftale) -> None:
    """The bodies the tests form groups under, registered as the minutes' headings name them
    ("Møde Den Administrative Styregruppe", 003_dac07bbacd9158aa.txt line 1; "Møde
    Socialdirektørkredsen", 000_939a2e46bbe95266.txt line 12): a group under a body the record
    does not know is refused (``gruppe-ukendt-forum``)."""
    from socialaftale import Provenance, Source
    from socialaftale import fora as f

    store.record(
        f.RegisterForum(key="das", navn="Den Administrative Styregruppe", kortnavn="DAS",
                        provenance=Provenance(date(2019, 10, 24),
                                              Source("003_dac07bbacd9158aa.txt"))),
        f.RegisterForum(key="socdir", navn="Socialdirektørkredsen", kortnavn="SOCDIR",
                        provenance=Provenance(date(2014, 10, 10),
                                              Source("000_939a2e46bbe95266.txt"))))


@pytest.fixture
def register_fora() -> Any:
    """:func:`_register_fora`, for tests that open their own store."""
    return _register_fora


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print, per meeting, how many of the inventory's facts the store answers as facts."""
    # tests/ is on sys.path, as for every module here
    from nordjylland.coverage import coverage, kinds

    terminalreporter.section("Referaternes fakta besvaret af lageret (tests/nordjylland)")
    split = kinds()
    for meeting, (answered, listed) in coverage().items():
        k = split[meeting]
        terminalreporter.write_line(
            f"{meeting}: {answered}/{listed} besvaret ({answered / listed:.1%}): "
            f"{k.get('fakta', 0)} som fakta, {k.get('ord', 0)} med referatets ord; "
            f"{k.get('fritekst', 0)} kun i fritekst, {k.get('kan_ikke', 0)} kan modellen "
            f"ikke rumme")
    from drafting.quality import RESULTS, table

    if RESULTS:  # measured by tests/drafting/test_drafting.py in this run
        terminalreporter.section("Udkast mod håndskrevne optegnelser: genfundet/præcision "
                                 "(tests/drafting)")
        for line in table(RESULTS):
            terminalreporter.write_line(line)
