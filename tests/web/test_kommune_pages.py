""""Min kommune" on the web (issue 21, 22): /kommuner, a public page per party of the
agreement from the real records (examples/nordjylland), its JSON, the 404 with a hint, and
a kommune user's "Min kommune" link in Chromium."""

from __future__ import annotations

from html import unescape
from typing import Any

import argon2
import pytest
from litestar.testing import TestClient

from socialaftale import Socialaftale, to_data
from socialaftale_web import UserStore, create_app

from .browser import press
from .conftest import log_in

CHEAP = argon2.PasswordHasher.from_parameters(argon2.profiles.CHEAPEST)


@pytest.fixture
def reader(loaded: Socialaftale) -> Any:
    with TestClient(create_app(loaded)) as c:
        yield c


def test_the_index_lists_the_eleven_municipalities_and_the_region(reader: Any) -> None:
    text = unescape(reader.get("/kommuner").text)
    for navn, id_ in (("Aalborg", "aalborg"), ("Hjørring", "hjoerring"), ("Læsø", "laesoe"),
                      ("Region Nordjylland", "region-nordjylland")):
        assert f'href="/kommuner/{id_}">{navn}</a>' in text
    assert text.count('href="/kommuner/') == 12


def test_aalborgs_page_shows_its_offer_request_actions_decisions_and_approvals(
        reader: Any) -> None:
    text = unescape(reader.get("/kommuner/aalborg", params={"paa": "2020-01-01"}).text)
    assert "<h1>Aalborg Kommune</h1>" in text
    assert 'href="/tilbud/aalborg/ti-hcn">Taleinstituttet/Hjerneskadecenter Nordjylland' in text
    assert "ind- og udmelding 9. oktober 2019, takster 25. november 2019" in text
    assert "udmelding" in text
    assert "notat med overordnet skitse af forskellige aftalemodeller" in text  # SOCDIR 2014
    assert 'href="/moeder/socdir-2014-10-10#punkt-4"' in text
    assert 'href="/forloeb/socialaftale-2021-2022-fokus"' in text


def test_the_json_is_the_librarys_answer_and_an_unknown_id_is_a_danish_404(
        reader: Any, loaded: Socialaftale) -> None:
    from datetime import date

    got = reader.get("/api/kommuner/region-nordjylland", params={"paa": "2020-01-01"})
    assert got.status_code == 200
    expected = to_data(loaded.kommune("Region Nordjylland", on=date(2020, 1, 1)))
    assert got.json()["godkendelser"] == expected["godkendelser"]
    assert [o["key"] for o in got.json()["tilbud"]] == [o["key"] for o in expected["tilbud"]]
    missing = reader.get("/api/kommuner/hjorring")
    assert missing.status_code == 404 and "mente du Hjørring?" in missing.json()["detail"]
    page = reader.get("/kommuner/aalbrog")
    assert page.status_code == 404 and "mente du Aalborg?" in unescape(page.text)
    bad = reader.get("/kommuner/aalborg", params={"paa": "2020-13-01"})
    assert bad.status_code == 400 and "paa" in bad.text


def test_a_kommune_token_gets_min_kommune_in_the_menu(loaded: Socialaftale,
                                                      tokens: dict[str, str]) -> None:
    with TestClient(create_app(loaded)) as c:
        assert ">Min kommune<" not in c.get("/").text
        log_in(c, tokens["aalborg"])
        assert '<a href="/kommuner/aalborg">Min kommune</a>' in c.get("/").text


def test_a_kommune_user_follows_min_kommune_in_chromium(page: Any, loaded: Socialaftale,
                                                         site: str) -> None:
    UserStore(loaded, hasher=CHEAP).create("bo", "hemmelig-kode-1", role="kommune",
                                           kommune_name="Hjørring")
    page.goto(site + "/log-ind")
    page.get_by_label("Brugernavn").fill("bo")
    page.get_by_label("Adgangskode").fill("hemmelig-kode-1")
    press(page, "Log ind")
    page.get_by_role("navigation", name="Hovedmenu").get_by_role(
        "link", name="Min kommune").click()
    page.wait_for_url("**/kommuner/hjoerring")
    assert page.get_by_role("heading", level=1).inner_text() == "Hjørring Kommune"
    page.get_by_label("Stadet på dato").fill("2020-01-01")
    with page.expect_navigation():
        page.get_by_role("button", name="Vis").click()
    awaited = page.get_by_role("heading", name="Godkendelser, der afventes fra Hjørring")
    assert awaited.is_visible()
    rows = page.locator("#godkendelser + table tbody tr, #godkendelser + div tbody tr")
    assert rows.count() == 1
    assert "Vision og fokusområder for Nordjysk Socialaftale 2021-2022" in rows.nth(
        0).inner_text()


def test_as_the_world_knew_it_before_the_2019_minutes(reader: Any) -> None:
    """With ``verden`` the page answers from the view: before DAS 24.10.2019 the record knows
    no offer of Aalborg's and no round awaiting it, but SOCDIR 2014's actions are there."""
    now = reader.get("/api/kommuner/aalborg", params={"paa": "2020-01-01"}).json()
    then = reader.get("/api/kommuner/aalborg",
                      params={"paa": "2020-01-01", "verden": "2014-12-31"}).json()
    assert now["tilbud"] and now["godkendelser"]
    assert then["tilbud"] == [] and then["godkendelser"] == []
    assert {a["action_id"] for a in then["opfoelgninger"]} >= {"socdir-2014-10-10-4a"}
