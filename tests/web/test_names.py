"""The web's writes get the same spelling rules as records loaded from files: names in NFC
(one service, one person, whatever the browser or the file sends), and names with an
invisible or steering character refused with a Danish 4xx and nothing stored."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
from litestar.testing import TestClient

from socialaftale import Socialaftale, meetings, tilbudsvifte
from socialaftale_web import create_app

from .conftest import bearer, csrf_of, log_in

VALID = (Path(__file__).parents[1] / "records" / "valid.yaml").read_text(encoding="utf-8")
NFD_DOEGN = unicodedata.normalize("NFD", "døgnophold på Kernen")
NFD_SVEN = unicodedata.normalize("NFD", "Sven Åge Fog")


@pytest.fixture
def app_client(loaded: Socialaftale) -> Any:
    with TestClient(create_app(loaded)) as c:
        yield c


def positions(store: Socialaftale) -> int:
    return store.log.last_position() or 0


def rates(store: Socialaftale) -> list[Any]:
    return [e.event for e in store.events() if isinstance(e.event, tilbudsvifte.TakstSet)
            and e.event.aar == 2027]


def test_a_rate_posted_in_nfd_is_stored_in_nfc_through_the_api_and_the_form(
        app_client: Any, loaded: Socialaftale, tokens: dict[str, str]) -> None:
    assert NFD_DOEGN != "døgnophold på Kernen"
    r = app_client.post("/api/tilbud/mariagerfjord/kernen",
                        headers=bearer(tokens["mariagerfjord"]),
                        json={"art": "takst", "aar": 2027, "ydelse": NFD_DOEGN,
                              "beloeb": "2.345,50", "enhed": "døgn"})
    assert r.status_code == 201, r.text
    log_in(app_client, tokens["mariagerfjord"])
    form = {"art": "takst", "aar": "2027", "ydelse": NFD_DOEGN, "beloeb": "2.400,00",
            "enhed": "døgn", "_csrf_token": csrf_of(app_client, "/tilbud/mariagerfjord/kernen")}
    done = app_client.post("/tilbud/mariagerfjord/kernen", data=form, follow_redirects=False)
    assert done.status_code == 303, done.text
    assert [t.ydelse for t in rates(loaded)] == ["døgnophold på Kernen"] * 2
    [rate] = [t for t in loaded.takstbilag(2027).takster if t.key == "mariagerfjord/kernen"]
    assert rate.ydelse == "døgnophold på Kernen"  # one service, not two spellings of it


@pytest.mark.parametrize("char", ["\u202e", "\u200b", "\u2066"], ids=["rlo", "zwsp", "lri"])
def test_a_rate_whose_service_holds_a_steering_character_is_refused(
        app_client: Any, loaded: Socialaftale, tokens: dict[str, str], char: str) -> None:
    before = positions(loaded)
    r = app_client.post("/api/tilbud/mariagerfjord/kernen",
                        headers=bearer(tokens["mariagerfjord"]),
                        json={"art": "takst", "aar": 2027, "ydelse": f"døgn{char}ophold",
                              "beloeb": "2.345,50", "enhed": "døgn"})
    assert 400 <= r.status_code < 500, r.text
    detail = r.json()["detail"]
    assert f"U+{ord(char):04X}" in detail and "ydelse" in detail and "Intet er gemt" in detail
    assert positions(loaded) == before


def upload(client: Any, token: str, text: str) -> Any:
    return client.post("/api/optegnelser", json={"fil": "das.yaml", "indhold": text},
                       headers=bearer(token))


def test_an_uploaded_record_is_normalised_like_a_loaded_file(
        web_store: Socialaftale, tokens: dict[str, str]) -> None:
    with TestClient(create_app(web_store)) as client:
        r = upload(client, tokens["sekretariat"], VALID.replace("Testian Opdigtsen", NFD_SVEN))
        assert r.status_code == 200, r.text
        again = upload(client, tokens["sekretariat"],
                       VALID.replace("Testian Opdigtsen", "Sven Åge Fog"))
        assert again.json()["status"] == "uændret", again.text
    [scheduled] = [e.event for e in web_store.events()
                   if isinstance(e.event, meetings.MeetingScheduled)]
    assert scheduled.deltagere[0].navn == "Sven Åge Fog"
    assert [m.meeting_id for m in web_store.person("Sven Åge Fog").moeder] == [
        "das-2019-10-24"]


def test_an_uploaded_record_with_a_bidi_name_or_a_wrong_meeting_id_is_refused(
        web_store: Socialaftale, tokens: dict[str, str]) -> None:
    with TestClient(create_app(web_store)) as client:
        r = upload(client, tokens["sekretariat"],
                   VALID.replace("{navn: Testian Opdigtsen,", '{navn: "Testian\\u202e Opdigtsen",'))
        assert r.status_code == 422, r.text
        [error] = r.json()["errors"]
        assert (error["line"], error["field"], error["rule"]) == (
            10, "moede.deltagere[1].navn", "ugyldigt-tegn")
        wrong = upload(client, tokens["sekretariat"],
                       VALID.replace("  dato: 2019-10-24", "  dato: 2019-10-25"))
        assert wrong.status_code == 409, wrong.text
        [error] = wrong.json()["errors"]
        assert (error["line"], error["field"], error["rule"]) == (
            4, "moede.id", "moede-id-passer-ikke")
    assert positions(web_store) == 0
