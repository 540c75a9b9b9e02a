"""features/kendt.feature: the record as it stood on a date, on a SQLite file and PostgreSQL
(issue 19)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from pytest_bdd import given, parsers, scenarios, then

from socialaftale import Socialaftale, load_records, open_store, parse_danish_date

from .known import EXAMPLES, _mistyped_das

scenarios("../../features/kendt.feature")

OFFER = "mariagerfjord/kirketoften"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, store_url_factory: Any) -> str:
    return str(store_url_factory(request.param))


@pytest.fixture(autouse=True)
def _every_store_kind(url: str) -> str:
    """Makes the parametrised ``url`` part of the scenario, so it runs on both stores."""
    return url


def _at(day: str) -> datetime:
    d = parse_danish_date(day)
    return datetime(d.year, d.month, d.day, 9, tzinfo=UTC)


@given(parsers.parse('referatet fra DAS-mødet den 24. oktober 2019 er indlæst den "{day}" med '
                     "26 pladser i Botilbud Kirketoften"))
def loaded_mistyped(url: str, day: str) -> None:
    with open_store(url, clock=lambda: _at(day)) as store:
        load_records(store, [("das-2019-10-24.yaml", _mistyped_das())])


@given(parsers.parse('referatet er rettet den "{day}" til referatets 27 pladser'))
def corrected(url: str, day: str) -> None:
    with open_store(url, clock=lambda: _at(day)) as store:
        [result] = load_records(store, [("das-2019-10-24.yaml",
                                         (EXAMPLES / "das-2019-10-24.yaml").read_bytes())],
                                grund="tastefejl")
        assert result.status == "rettet"


def _places(store: Socialaftale, on: str) -> Any:
    [offer] = [o for o in store.tilbudsvifte(parse_danish_date(on)) if o.key == OFFER]
    return offer.pladser


@then(parsers.parse('har Botilbud Kirketoften pr. "{on}" {n:d} pladser, som registret kendte '
                    'det den "{day}"'))
def places_known(url: str, on: str, n: int, day: str) -> None:
    with open_store(url) as store:
        assert _places(store.as_known(parse_danish_date(day)), on) == n


@then(parsers.parse('har Botilbud Kirketoften pr. "{on}" {n:d} pladser i registret nu'))
def places_now(url: str, on: str, n: int) -> None:
    with open_store(url) as store:
        assert _places(store, on) == n
        assert store.as_known(date.today()) is store
