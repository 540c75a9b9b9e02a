"""Cases across bodies on the web (issue 22): /forloeb, a page per case with its timeline across
bodies and its councils' table, and the API, from the real records
(examples/nordjylland/tvaers-forloeb.yaml; 003_dac07bbacd9158aa.txt lines 670, 832, 848,
1003-1004; 000_939a2e46bbe95266.txt lines 51-58, 122-123)."""

from __future__ import annotations

from html import unescape
from typing import Any

import pytest
from litestar.testing import TestClient

from socialaftale import Socialaftale
from socialaftale_web import create_app

from .browser import live_server

FOKUS = "socialaftale-2021-2022-fokus"


@pytest.fixture
def reader(loaded: Socialaftale) -> Any:
    with TestClient(create_app(loaded)) as c:
        yield c


def test_the_list_names_the_three_cases_and_what_is_awaited(reader: Any) -> None:
    text = unescape(reader.get("/forloeb").text)
    for title in ("Takstanalyse af det specialiserede socialområde",
                  "Vision og fokusområder for Nordjysk Socialaftale 2021-2022",
                  "Taleinstituttet/Hjerneskadecenter Nordjylland udgår af det forstærkede "
                  "samarbejde"):
        assert title in text


def test_the_case_page_shows_the_timeline_with_the_minutes_words_and_the_decisions(
        reader: Any) -> None:
    text = unescape(reader.get("/forloeb/takstanalyse-2014").text)
    assert text.index("12. september 2014") < text.index("10. oktober 2014")
    assert "KKR godkendte forslaget med bemærkning om, at:" in text
    assert "opgaven forankres i Den Administrative Styregruppe (DAS) på socialområdet" in text
    assert 'href="/moeder/socdir-2014-10-10#punkt-3"' in text
    assert "Uden dato i kilderne" in text  # DAS as styregruppe: no date in the minutes


def test_the_councils_table_on_a_date(reader: Any) -> None:
    before = unescape(reader.get(f"/forloeb/{FOKUS}", params={"paa": "2020-09-01"}).text)
    after = unescape(reader.get(f"/forloeb/{FOKUS}", params={"paa": "2020-11-01"}).text)
    assert "mangler: 12 · overskredet: 0" in before
    # 003 l. 670's "Juli-oktober" is a planned period, no deadline: nobody is late after it
    assert "mangler: 12 · overskredet: 0" in after
    assert "Region Nordjylland" in after and "Juli-oktober Byråd og regionsråd" in after
    bad = reader.get(f"/forloeb/{FOKUS}", params={"paa": "2020-13-01"})
    assert bad.status_code == 400 and "paa" in bad.text
    assert reader.get("/forloeb/ukendt-sag").status_code == 404


def test_the_api_answers_as_the_cli_does(reader: Any) -> None:
    cases = reader.get("/api/forloeb").json()
    assert [c["id"] for c in cases] == ["takstanalyse-2014", FOKUS,
                                        "ti-hcn-forstaerket-samarbejde"]
    one = reader.get(f"/api/forloeb/{FOKUS}", params={"paa": "2020-11-01"}).json()
    assert {x["status"] for x in one["runder"][0]["raad"]} == {"mangler"}
    aalborg = reader.get("/api/godkendelser",
                         params={"afventer": "true", "raad": "Aalborg Kommune"}).json()
    assert sorted(g["runde"] for g in aalborg) == ["socialaftale-2021-2022"]
    refused = reader.get("/api/godkendelser", params={"raad": "Aarhus"})
    assert refused.status_code == 400 and "raad-ikke-i-aftalen" in refused.text


def test_the_case_page_in_a_browser(page: Any, loaded: Socialaftale) -> None:
    with live_server(create_app(loaded)) as site:
        page.goto(site + "/")
        page.get_by_role("navigation", name="Hovedmenu").get_by_role(
            "link", name="Sager på tværs").click()
        page.wait_for_url("**/forloeb")
        page.get_by_role("link", name="Vision og fokusområder for Nordjysk Socialaftale "
                                      "2021-2022").click()
        page.wait_for_url(f"**/forloeb/{FOKUS}")
        page.get_by_label("Rådenes stade på dato").fill("2020-11-01")
        with page.expect_navigation():
            page.get_by_role("button", name="Vis").click()
        table = page.get_by_role("table", name="Rådene i runden socialaftale-2021-2022")
        rows = table.locator("tbody tr")
        assert rows.count() == 12
        region = table.locator("tbody tr", has_text="Region Nordjylland")
        assert region.locator("td").first.inner_text() == "ingen beslutning registreret"
        timeline = page.locator("ol.tidslinje > li")
        assert "24. oktober 2019" in timeline.nth(2).inner_text()
        assert "DAS besluttede at socialaftalen skulle have følgende fokusområder:" in \
            timeline.nth(2).inner_text()
