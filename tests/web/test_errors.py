"""A refused request says in Danish which field is wrong and why, on pages and in the API."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import pytest
from litestar.testing import TestClient

from socialaftale import Socialaftale

from .conftest import bearer

ENGLISH = re.compile(r"Expected|Invalid|Missing|malformed|no file|match the path|Not Found|"
                     r"Method Not Allowed|Bad Request|got `")


@pytest.fixture
def reader(loaded: Socialaftale) -> Any:
    from socialaftale_web import create_app

    with TestClient(create_app(loaded)) as c:
        yield c


API_REFUSALS = {
    "/api/tilbudsvifte?dato=2019-02-30":
        "felt 'dato': 2019-02-30 er ikke en gyldig dato (ÅÅÅÅ-MM-DD)",
    "/api/tilbudsvifte?forstaerket=maaske":
        "felt 'forstaerket': 'maaske' er ikke en tilladt værdi (vælg ja, nej eller ukendt)",
    "/api/tilbudsvifte?kategori=tre": "felt 'kategori': 'tre' er ikke et helt tal",
    "/api/moeder/das-2019-10-24?dagsorden=maybe":
        "felt 'dagsorden': 'maybe' er ikke true eller false",
    "/api/aendringer": "felt 'fra' mangler",
    "/api/aendringer?fra=2019-01-01": "felt 'til' mangler",
    "/api/budget/1800": "felt 'aar': mindst 1900",
}


@pytest.mark.parametrize("url", sorted(API_REFUSALS))
def test_a_bad_api_parameter_is_named_in_danish_in_the_usual_error_body(
        reader: Any, url: str) -> None:
    r = reader.get(url)
    assert r.status_code == 400
    body = r.json()
    assert set(body) == {"status_code", "detail"} and body["status_code"] == 400
    assert API_REFUSALS[url] in body["detail"]
    assert not ENGLISH.search(body["detail"]), body["detail"]


def test_too_many_events_at_once_is_refused_with_the_limit(
        reader: Any, tokens: dict[str, str]) -> None:
    r = reader.get("/api/haendelser?antal=9999", headers=bearer(tokens["sekretariat"]))
    assert r.status_code == 400 and "felt 'antal': højst 500" in r.json()["detail"]


PAGE_REFUSALS = {
    "/moeder/das-2019-10-24?dagsorden=maybe": (400, "felt 'dagsorden': 'maybe' er ikke"),
    "/tilbudsvifte?dato=2019-02-30": (400, "felt 'dato': 2019-02-30 er ikke en gyldig dato"),
    "/static/nope.css": (404, "Filen nope.css findes ikke."),
    "/findes/ikke": (404, "Siden findes ikke."),
}


@pytest.mark.parametrize("url", sorted(PAGE_REFUSALS))
def test_a_bad_page_request_shows_a_danish_error_page(reader: Any, url: str) -> None:
    status, text = PAGE_REFUSALS[url]
    r = reader.get(url)
    assert r.status_code == status and '<html lang="da">' in r.text
    assert text in unescape(r.text)
    assert not ENGLISH.search(r.text), ENGLISH.search(r.text)


def test_the_events_page_names_its_limit_in_danish(
        reader: Any, tokens: dict[str, str]) -> None:
    r = reader.get("/haendelser?antal=9999", headers=bearer(tokens["sekretariat"]))
    assert r.status_code == 400 and "felt 'antal': højst 500" in unescape(r.text)


def test_a_malformed_or_incomplete_submission_is_refused_in_danish(
        reader: Any, tokens: dict[str, str]) -> None:
    headers = {**bearer(tokens["mariagerfjord"]), "content-type": "application/json"}
    broken = reader.post("/api/tilbud/mariagerfjord/kernen", content="{art", headers=headers)
    assert broken.status_code == 400
    assert broken.json()["detail"].startswith("Indholdet kan ikke læses som JSON")
    missing = reader.post("/api/tilbud/mariagerfjord/kernen", content="{}", headers=headers)
    assert missing.status_code == 400 and "felt 'art' mangler" in missing.json()["detail"]
    wrong = reader.post("/api/tilbud/mariagerfjord/kernen", headers=headers,
                        content='{"art": "udtræden", "aar": 2021}')
    assert "vælg udmelding, indmelding eller takst" in wrong.json()["detail"]


def test_a_method_the_api_does_not_offer_is_refused_in_danish(reader: Any) -> None:
    r = reader.delete("/api/tilbudsvifte")
    assert r.status_code == 405
    assert r.json()["detail"] == "Metoden DELETE er ikke tilladt på /api/tilbudsvifte."
