"""A submission with a value no store can hold is refused with a Danish 4xx; nothing stored.

Before, a kommune posting ``{"art": "udmelding", "aar": 9223372036854775808}`` got 500
"Intet er gemt" although the event was stored, and every later write answered the same (and
was stored too): the read models could not hold the year. On a SQLite file and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from litestar.testing import TestClient

from socialaftale import Socialaftale, load_records, open_store
from socialaftale_web import TokenStore, create_app

from .conftest import EXAMPLES, bearer


@pytest.fixture(params=["sqlite", "postgres"])
def shop(request: pytest.FixtureRequest, store_url_factory: Callable[[str], str]
         ) -> Iterator[tuple[Socialaftale, TestClient[Any], str]]:
    """The four real meetings in a store of each kind, the app, and Aalborg's token."""
    store = open_store(store_url_factory(request.param), actor="test")
    try:
        load_records(store, [(p.name, p.read_bytes()) for p in sorted(EXAMPLES.glob("*.yaml"))])
        token = TokenStore(store).create("kommune", kommune_name="Aalborg", label="Aalborg")
        with TestClient(create_app(store)) as client:
            yield store, client, token
    finally:
        store.close()


@pytest.mark.parametrize(("body", "says"), [
    ({"art": "udmelding", "aar": 9223372036854775808}, "er ikke et årstal fra 1900 til 2200"),
    ({"art": "indmelding", "aar": 2147483648}, "er ikke et årstal fra 1900 til 2200"),
    ({"art": "udmelding", "aar": 2027, "begrundelse": "få\u0000 købere"},
     "indeholder tegnet NUL"),
    ({"art": "takst", "aar": 2027, "ydelse": "døgnophold", "beloeb": "1.231.000,125 kr.",
      "enhed": "døgn"}, "har mere end to decimaler"),
    ({"art": "takst", "aar": 2027, "ydelse": "døgnophold", "beloeb": "1" * 27,
      "enhed": "døgn"}, "har for mange cifre"),
])
def test_a_submission_no_store_can_hold_is_refused_and_the_next_one_is_recorded(
        shop: tuple[Socialaftale, TestClient[Any], str], body: dict[str, Any],
        says: str) -> None:
    store, client, token = shop
    before = store.log.last_position()
    refused = client.post("/api/tilbud/aalborg/ti-hcn", headers=bearer(token), json=body)
    assert 400 <= refused.status_code < 500, refused.text
    assert says in refused.json()["detail"]
    assert store.log.last_position() == before
    assert store.projection_failures() == []

    good = client.post("/api/tilbud/aalborg/ti-hcn", headers=bearer(token),
                       json={"art": "udmelding", "aar": 2027})
    assert good.status_code == 201, good.text
    assert store.log.last_position() == (before or 0) + 1
    assert client.get("/api/tilbudsvifte").status_code == 200
