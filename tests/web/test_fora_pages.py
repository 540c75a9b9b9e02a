"""/fora and /api/fora: a body with all its names; an external decision shown at every fact it
carries (DAS 24 October 2019, 003_dac07bbacd9158aa.txt lines 1003-1004: "KKR og de nordjyske
byråd har henholdsvis anbefalet og godkendt en beslutning om, at TI/HCN udgår af det
forstærkede samarbejde")."""

from __future__ import annotations

from html import unescape
from typing import Any

import pytest
from litestar.testing import TestClient

from socialaftale import Socialaftale
from socialaftale_web import create_app

from .browser import live_server

DECIDED = "besluttet af KKR og de nordjyske byråd (dato ikke angivet) (ifølge kilden)"


@pytest.fixture
def reader(loaded: Socialaftale) -> Any:
    with TestClient(create_app(loaded)) as c:
        yield c


def test_the_fora_page_shows_das_social_as_an_alias(reader: Any) -> None:
    text = unescape(reader.get("/fora").text)
    assert "Den Administrative Styregruppe" in text
    assert "DAS Social" in text and "003_dac07bbacd9158aa.txt" in text


def test_the_api_finds_a_forum_by_any_of_its_names(reader: Any) -> None:
    every = reader.get("/api/fora").json()
    assert sorted(f["key"] for f in every) == ["das", "socdir"]
    for name in ("DAS Social", "das", "Den Administrative Styregruppe"):
        found = reader.get(f"/api/fora/{name}")
        assert found.status_code == 200, name
        assert found.json()["key"] == "das"
        assert [a["alias"] for a in found.json()["aliaser"]] == ["DAS Social"]
    missing = reader.get("/api/fora/Koordinationsforum")
    assert missing.status_code == 404 and "ukendt forum" in missing.text


def test_the_external_decision_is_on_the_decision_the_offer_and_the_referat(
        reader: Any) -> None:
    decisions = unescape(reader.get("/beslutninger?forum=DAS%20Social").text)
    assert DECIDED in decisions
    offer = unescape(reader.get("/tilbud/aalborg/ti-hcn").text)
    assert "Omtalt ved" in offer and DECIDED in offer
    assert "TI/HCN udgår af det forstærkede samarbejde" in offer
    referat = unescape(reader.get("/moeder/das-2019-10-24").text)
    assert "Andre organers beslutninger" in referat and DECIDED in referat
    api = reader.get("/api/beslutninger", params={"forum": "DAS Social"}).json()["beslutninger"]
    (item8,) = [d for d in api if d["punkt"] == "8"]
    assert [x["besluttet_af"] for x in item8["fakta"] if x["besluttet_af"]] == [DECIDED]


def test_the_fora_page_in_a_browser(page: Any, loaded: Socialaftale) -> None:
    with live_server(create_app(loaded)) as site:
        page.goto(site + "/")
        page.get_by_role("navigation", name="Hovedmenu").get_by_role("link", name="Fora").click()
        page.wait_for_url("**/fora")
        row = page.locator("tbody tr", has_text="Den Administrative Styregruppe")
        assert "DAS Social" in row.locator("td").nth(2).inner_text()
