"""A 500 tells the truth (issue 24): it is logged with a request id that the page and the
JSON body show, and it says "Intet er gemt" only when that is certain. Provoked by real
failures: read-model tables (and the log's own table) dropped under the running app."""

from __future__ import annotations

import logging
import re
import sqlite3
from html import unescape
from typing import Any

import pytest
from litestar.testing import TestClient

from socialaftale import Socialaftale, tilbudsvifte
from socialaftale_web import create_app

from .conftest import bearer

ID = re.compile(r"fejl-id ([0-9a-f]{12})")


@pytest.fixture
def app_client(loaded: Socialaftale) -> Any:
    with TestClient(create_app(loaded)) as c:
        yield c


def drop(store: Socialaftale, table: str) -> None:
    """Drop a table from the store's file behind the app's back (another connection)."""
    path = store.db.location.path
    assert path
    con = sqlite3.connect(path, timeout=30)
    con.execute(f"DROP TABLE {table}")
    con.commit()
    con.close()


def logged(caplog: pytest.LogCaptureFixture, request_id: str) -> logging.LogRecord:
    [found] = [r for r in caplog.records
               if r.name == "socialaftale_web" and request_id in r.getMessage()]
    assert found.levelno == logging.ERROR and found.exc_info is not None
    return found


def test_a_failing_page_shows_its_request_id_which_is_in_the_log_and_nothing_stored(
        app_client: Any, loaded: Socialaftale, caplog: pytest.LogCaptureFixture) -> None:
    drop(loaded, "tilbud_version")
    caplog.set_level(logging.ERROR, "socialaftale_web")
    page = app_client.get("/tilbudsvifte")
    assert page.status_code == 500 and '<html lang="da">' in page.text
    text = unescape(page.text)
    [request_id] = set(ID.findall(text))
    assert f"Fejl-id: <code class=\"fejl-id\">{request_id}</code>" in page.text
    assert "Intet er gemt." in text and "Traceback" not in text and "sqlite3" not in text
    assert page.headers["x-request-id"] == request_id
    assert "tilbud_version" in str(logged(caplog, request_id).exc_info[1])  # type: ignore[index]

    api = app_client.get("/api/tilbudsvifte")
    assert api.status_code == 500
    body = api.json()
    assert set(body) == {"status_code", "detail", "request_id"}
    assert body["request_id"] != request_id and f"fejl-id {body['request_id']}" in body["detail"]
    logged(caplog, body["request_id"])


def test_a_write_that_fails_after_storing_says_it_is_stored_and_where(
        app_client: Any, loaded: Socialaftale, tokens: dict[str, str],
        caplog: pytest.LogCaptureFixture) -> None:
    """The event is in the log; only the read model that shows it fails: saying "Intet er
    gemt" would invite sending it twice."""
    drop(loaded, "tilbud_anmodning")
    caplog.set_level(logging.ERROR, "socialaftale_web")
    r = app_client.post("/api/tilbud/aalborg/ti-hcn", headers=bearer(tokens["aalborg"]),
                        json={"art": "udmelding", "aar": 2027})
    assert r.status_code == 500
    body = r.json()
    [last] = list(loaded.events())[-1:]
    assert isinstance(last.event, tilbudsvifte.UdmeldingRequested)
    assert f"ER gemt i hændelsesloggen (position {last.position})" in body["detail"]
    assert "Intet er gemt" not in body["detail"]
    record = logged(caplog, body["request_id"])
    assert f"position {last.position}" in record.getMessage()


def test_a_write_that_fails_before_storing_says_nothing_is_stored(
        app_client: Any, loaded: Socialaftale, tokens: dict[str, str],
        caplog: pytest.LogCaptureFixture) -> None:
    before = loaded.log.last_position()
    drop(loaded, "tilbud_version")  # read to find the offer, before anything is decided
    caplog.set_level(logging.ERROR, "socialaftale_web")
    r = app_client.post("/api/tilbud/aalborg/ti-hcn", headers=bearer(tokens["aalborg"]),
                        json={"art": "udmelding", "aar": 2027})
    assert r.status_code == 500, r.text
    assert "Intet er gemt." in r.json()["detail"]
    assert loaded.log.last_position() == before
    logged(caplog, r.json()["request_id"])


def test_a_write_whose_outcome_cannot_be_known_says_so(
        app_client: Any, loaded: Socialaftale, tokens: dict[str, str],
        caplog: pytest.LogCaptureFixture) -> None:
    """The log's own table is gone: neither storing nor asking what was stored works."""
    drop(loaded, "stored_events")
    caplog.set_level(logging.ERROR, "socialaftale_web")
    r = app_client.post("/api/tilbud/aalborg/ti-hcn", headers=bearer(tokens["aalborg"]),
                        json={"art": "udmelding", "aar": 2027})
    assert r.status_code == 500, r.text
    detail = r.json()["detail"]
    assert "Det kan ikke afgøres her, om noget blev gemt" in detail
    assert "Intet er gemt" not in detail
    logged(caplog, r.json()["request_id"])
