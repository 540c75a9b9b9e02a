"""End to end, as a person uses the record: a real server on 127.0.0.1 with the four real
meetings, and a real headless Chromium. Screenshots of the main pages go to artifacts/."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from socialaftale import Socialaftale
from socialaftale_web import create_app

from .browser import live_server, press, screenshot

RECORDS = Path(__file__).parents[1] / "records"


@pytest.fixture
def real_site(loaded: Socialaftale) -> Any:
    with live_server(create_app(loaded)) as url:
        yield url


def log_in(page: Any, site: str, token: str) -> None:
    page.goto(site + "/log-ind")
    page.get_by_label("Adgangsnøgle").fill(token)
    press(page, "Brug nøglen")


def offers(page: Any) -> list[str]:
    return page.locator("tbody tr td:first-child").all_inner_texts()  # type: ignore[no-any-return]


def test_changing_the_date_takes_rosenvaenget_out_and_brings_aktivitetshuset_hobro_in(
        page: Any, real_site: str) -> None:
    page.goto(real_site + "/")
    menu = page.get_by_role("navigation", name="Hovedmenu")
    menu.get_by_role("link", name="Tilbudsviften").click()
    page.get_by_label("Dato", exact=True).fill("2019-09-30")
    press(page, "Vis")
    page.wait_for_url("**/tilbudsvifte?*dato=2019-09-30*")  # the new page, not the old one
    assert "Botilbuddet Rosenvænget" in offers(page)
    assert "Aktivitetshuset Hobro" not in offers(page)
    screenshot(page, "tilbudsvifte-2019-09-30")
    page.get_by_label("Dato", exact=True).fill("2020-01-01")
    press(page, "Vis")
    page.wait_for_url("**/tilbudsvifte?*dato=2020-01-01*")
    assert "Botilbuddet Rosenvænget" not in offers(page)
    row = page.locator("tbody tr", has_text="Aktivitetshuset Hobro")
    assert row.locator("td").nth(3).inner_text() == "31"
    assert "dato=2020-01-01" in page.url  # a stable URL to mail
    screenshot(page, "tilbudsvifte-2020-01-01")


def test_an_offers_timeline_leads_to_the_decision_in_the_minutes(
        page: Any, real_site: str) -> None:
    page.goto(real_site + "/tilbudsvifte?dato=2020-01-01")
    with page.expect_navigation():
        page.get_by_role("link", name="Aktivitetshuset Hobro").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Aktivitetshuset Hobro"
    timeline = page.locator("ol.tidslinje").inner_text()
    assert "Aktivitetstilbud Kernen" in timeline and "1. januar 2020" in timeline
    screenshot(page, "tilbud-tidslinje")
    with page.expect_navigation():
        page.get_by_role("link", name="das-2019-10-24, punkt 8").first.click()
    assert page.url.endswith("/moeder/das-2019-10-24#punkt-8")
    assert page.locator("#punkt-8").inner_text().startswith("8. Ind- og udmelding af tilbud")
    screenshot(page, "referat-das-2019-10-24")


def test_searching_decisions_for_taleinstituttet_marks_the_word(
        page: Any, real_site: str) -> None:
    page.goto(real_site + "/beslutninger")
    page.get_by_role("searchbox", name="Søg").fill("Taleinstituttet")
    press(page, "Søg")
    assert page.locator("article.punkt").count() == 4
    marked = page.locator("mark").all_inner_texts()
    assert marked and all(m.lower().startswith("taleinstituttet") for m in marked)
    screenshot(page, "beslutninger-taleinstituttet")


def test_uploading_a_broken_record_shows_the_line_and_field(
        page: Any, real_site: str, tokens: dict[str, str]) -> None:
    log_in(page, real_site, tokens["sekretariat"])
    page.goto(real_site + "/optegnelser")
    page.get_by_label("Fil").set_input_files(str(RECORDS / "broken" / "impossible_date.yaml"))
    press(page, "Indlæs")
    alert = page.get_by_role("alert").inner_text()
    assert "impossible_date.yaml, linje 6 (felt 'moede.dato')" in alert
    assert "dato 2019-02-30 findes ikke" in alert
    assert page.locator("table.fejlliste td").first.inner_text() == "6"
    screenshot(page, "optegnelse-fejl")


def test_a_municipality_is_refused_another_municipalitys_offer(
        page: Any, real_site: str, tokens: dict[str, str], loaded: Socialaftale) -> None:
    log_in(page, real_site, tokens["aalborg"])
    page.goto(real_site + "/tilbud/mariagerfjord/kernen")
    assert page.get_by_role("button", name="Indsend").count() == 0
    assert "kun driftsherren (Mariagerfjord) og sekretariatet" in page.get_by_role(
        "alert").inner_text()
    before = loaded.log.last_position()
    csrf = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    refused = page.request.post(real_site + "/tilbud/mariagerfjord/kernen",
                                form={"art": "udmelding", "aar": "2027"},
                                headers={"x-csrftoken": csrf})
    assert refused.status == 403 and "kun driftsherren" in refused.text()
    assert loaded.log.last_position() == before
    page.goto(real_site + "/tilbud/aalborg/ti-hcn")
    page.get_by_label("Hvad").select_option("udmelding")
    page.get_by_label("År", exact=True).fill("2027")
    press(page, "Indsend")
    assert "Din indsendelse (udmelding) er registreret." in page.get_by_role(
        "status").inner_text()
    screenshot(page, "indsendelse-aalborg")
