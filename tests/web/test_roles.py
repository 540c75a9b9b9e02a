"""Each role can do exactly what it may: refused requests are 401/403 in Danish."""

from __future__ import annotations

from typing import Any

from litestar.testing import TestClient

from .conftest import bearer, log_in


def test_only_the_secretariat_reads_the_event_log_through_the_api(
    client: TestClient[Any], tokens: dict[str, str]
) -> None:
    anonymous = client.get("/api/haendelser")
    assert anonymous.status_code == 401
    assert "Kun sekretariatet må se hændelsesloggen" in anonymous.json()["detail"]
    kommune = client.get("/api/haendelser", headers=bearer(tokens["aalborg"]))
    assert kommune.status_code == 403
    assert "Aalborg Kommune" in kommune.json()["detail"]
    assert client.get("/api/haendelser", headers=bearer(tokens["sekretariat"])).status_code == 200


def test_the_event_log_page_asks_a_municipality_to_leave_and_the_secretariat_in(
    client: TestClient[Any], tokens: dict[str, str]
) -> None:
    r = client.get("/haendelser")
    assert r.status_code == 401 and "Log ind" in r.text
    log_in(client, tokens["mariagerfjord"])
    r = client.get("/haendelser")
    assert r.status_code == 403
    assert "Du er logget ind som Mariagerfjord Kommune" in r.text
    log_in(client, tokens["sekretariat"])
    r = client.get("/haendelser")
    assert r.status_code == 200 and "<h1>Hændelseslog</h1>" in r.text
