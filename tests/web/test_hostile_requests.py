"""Hostile requests get a Danish 4xx, never a traceback or a 500 (issue 24): FTS syntax in a
search, searches too long to ask, a position past the last one, a NUL in a path or
parameter, malformed JSON, a concurrent writer; and the OpenAPI document lists these 400s
and 409s."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from html import unescape
from typing import Any

import pytest
from litestar.testing import TestClient

from socialaftale import Provenance, Socialaftale, Source, open_store, tilbudsvifte
from socialaftale_web import TokenStore, create_app

from .conftest import bearer

LONG = "+".join(["ord"] * 5500)


@pytest.fixture
def reader(loaded: Socialaftale) -> Any:
    with TestClient(create_app(loaded)) as c:
        yield c


@pytest.mark.parametrize("query", ["%25", "%3C", "%22", "%22%3C%25", "NEAR%28", "a%3A*"])
def test_fts_syntax_in_a_search_or_filter_is_just_text(reader: Any, query: str) -> None:
    for url in (f"/api/soeg?soeg={query}", f"/api/beslutninger?soeg={query}",
                f"/api/beslutninger?organisation={query}",
                f"/beslutninger?soeg={query}", f"/beslutninger?organisation={query}&forum=DAS"):
        r = reader.get(url)
        assert r.status_code == 200, (url, r.text)


def test_a_quote_around_a_word_finds_the_word(reader: Any) -> None:
    plain = reader.get("/api/soeg?soeg=taleinstituttet").json()
    assert plain and reader.get("/api/soeg?soeg=%22taleinstituttet%3C%25").json() == plain


@pytest.mark.parametrize(("url", "said"), ids=range(5), argvalues=[
    (f"/api/soeg?soeg={LONG}", "felt 'soeg': højst 500 tegn"),
    (f"/api/beslutninger?soeg={LONG}", "felt 'soeg': højst 500 tegn"),
    (f"/api/beslutninger?organisation={LONG}", "felt 'organisation': højst 500 tegn"),
    ("/api/soeg?soeg=" + "a+" * 40,
     "felt 'soeg': søgningen har 40 ord; højst 32 ord (regel soegning-for-mange-ord)"),
    ("/api/beslutninger?forum=DAS&organisation=" + "a+" * 40,
     "felt 'organisation': søgningen har 40 ord; højst 32 ord"),
])
def test_a_search_too_long_to_ask_is_a_400_naming_parameter_and_limit(
        reader: Any, url: str, said: str) -> None:
    r = reader.get(url)
    assert r.status_code == 400 and said in r.json()["detail"], r.text


def test_the_search_page_refuses_too_many_words_in_danish(reader: Any) -> None:
    r = reader.get("/beslutninger?soeg=" + "a+" * 40)
    assert r.status_code == 400 and '<html lang="da">' in r.text
    assert "højst 32 ord" in unescape(r.text)


def test_a_position_past_the_last_one_is_a_400_or_nothing_never_a_500(
        reader: Any, tokens: dict[str, str]) -> None:
    h = bearer(tokens["sekretariat"])
    huge = reader.get("/api/haendelser?efter=99999999999999999999999999", headers=h)
    assert huge.status_code == 400
    assert "felt 'efter': højst 9223372036854775807" in huge.json()["detail"]
    last = reader.get("/api/haendelser?efter=9223372036854775807", headers=h)
    assert last.status_code == 200 and last.json() == []
    page = reader.get("/haendelser?efter=9223372036854775807", headers=h)
    assert page.status_code == 200


@pytest.mark.parametrize("url", ["/static/x%00", "/static/%00", "/personer/a%00b",
                                 "/api/tilbudsvifte?soeg=a%00", "/api/beslutninger?forum=%00"])
def test_a_nul_in_the_path_or_a_parameter_is_a_danish_400(reader: Any, url: str) -> None:
    r = reader.get(url)
    assert r.status_code == 400, r.text
    assert "NUL-tegn" in unescape(r.text)


@pytest.mark.parametrize(("body", "said"), [
    (b'{"fil', "det slutter midt i en værdi"),
    (b"[" * 5000, "indlejret i for mange niveauer"),
    (b'{"art": "udmelding", "aar": 1e999999}', "et tal er større, end noget felt kan rumme"),
    (b'{"art": "\xed\xa0\x80"}', "ikke gyldig UTF-8"),
], ids=["afkortet", "dyb", "stort-tal", "utf8"])
def test_malformed_json_on_the_api_is_a_danish_400_and_nothing_is_stored(
        reader: Any, loaded: Socialaftale, tokens: dict[str, str], body: bytes,
        said: str) -> None:
    before = loaded.log.last_position()
    for url, who in (("/api/optegnelser", "sekretariat"),
                     ("/api/tilbud/aalborg/ti-hcn", "aalborg")):
        r = reader.post(url, content=body, headers={**bearer(tokens[who]),
                                                    "content-type": "application/json"})
        assert r.status_code == 400, r.text
        detail = r.json()["detail"]
        assert said in detail and "Intet er gemt" in detail
    assert loaded.log.last_position() == before


def test_a_concurrent_writer_in_the_same_stream_is_a_danish_409(
        loaded: Socialaftale) -> None:
    """Another process records for the offer between deciding and storing: the clock, read
    right after deciding, lets a second store on the same file write first."""
    url = f"sqlite:///{loaded.db.location.path}"
    other = open_store(url, actor="anden")
    race = threading.Event()

    def clock() -> datetime:
        if race.is_set():
            race.clear()
            today = date.today()
            other.record(tilbudsvifte.RequestUdmelding(
                key="aalborg/ti-hcn", request_id="anden-2028", aar=2028, modtaget=today,
                provenance=Provenance(today, Source("en anden proces"))))
        return datetime.now(UTC)

    web = open_store(url, actor="web", clock=clock)
    token = TokenStore(web).create("kommune", kommune_name="Aalborg")
    try:
        with TestClient(create_app(web)) as c:
            race.set()
            r = c.post("/api/tilbud/aalborg/ti-hcn", headers=bearer(token),
                       json={"art": "udmelding", "aar": 2027})
            assert r.status_code == 409, r.text
            assert "en anden registrerede" in r.json()["detail"]
            assert "Intet er gemt" in r.json()["detail"]
            mine = [e for e in web.events() if e.meta.recorded_by == "Aalborg Kommune"]
            assert mine == []
    finally:
        web.close()
        other.close()


def test_the_openapi_document_lists_the_400_of_a_date_range_and_the_409_of_writes(
        reader: Any) -> None:
    paths = reader.get("/schema/openapi.json").json()["paths"]
    changes = paths["/api/aendringer"]["get"]["responses"]
    assert "'fra' efter 'til'" in changes["400"]["description"]
    submit = paths["/api/tilbud/{key}"]["post"]["responses"]
    assert {"400", "409", "422"} <= set(submit)
    assert "samtidig" in submit["409"]["description"]
    assert "500" in paths["/api/soeg"]["get"]["responses"]

