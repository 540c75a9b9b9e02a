"""End to end, as a person uses it: a real server on 127.0.0.1 and a real headless Chromium."""

from __future__ import annotations

from typing import Any

from .browser import press, screenshot


def test_a_municipality_logs_in_with_its_token_and_out_again(
    page: Any, site: str, tokens: dict[str, str]
) -> None:
    page.goto(site + "/")
    assert page.locator("html").get_attribute("lang") == "da"
    page.get_by_role("link", name="Log ind").click()
    page.get_by_label("Adgangsnøgle").fill(tokens["aalborg"])
    press(page, "Brug nøglen")
    assert "Logget ind: Aalborg Kommune" in page.locator("header").inner_text()
    screenshot(page, "forside-logget-ind")
    press(page, "Log ud")
    assert "Logget ind" not in page.locator("header").inner_text()


def test_a_wrong_token_is_refused_in_danish_in_the_browser(page: Any, site: str) -> None:
    page.goto(site + "/log-ind")
    page.get_by_label("Adgangsnøgle").fill("sa_forkert")
    press(page, "Brug nøglen")
    assert "Adgangsnøglen er ukendt eller tilbagekaldt" in page.get_by_role("alert").inner_text()


def test_the_secretariat_finds_the_event_log_and_a_municipality_is_refused_it(
    page: Any, site: str, tokens: dict[str, str]
) -> None:
    page.goto(site + "/log-ind")
    page.get_by_label("Adgangsnøgle").fill(tokens["sekretariat"])
    press(page, "Brug nøglen")
    with page.expect_navigation():
        page.get_by_role("link", name="Hændelseslog").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Hændelseslog"
    screenshot(page, "haendelseslog")
    press(page, "Log ud")
    page.goto(site + "/log-ind")
    page.get_by_label("Adgangsnøgle").fill(tokens["aalborg"])
    press(page, "Brug nøglen")
    assert page.get_by_role("link", name="Hændelseslog").count() == 0
    response = page.goto(site + "/haendelser")
    assert response is not None and response.status == 403
    assert "kun sekretariatet må se hændelsesloggen" in page.get_by_role("alert").inner_text()


def test_a_printed_page_leaves_out_menu_and_buttons_and_says_where_it_came_from(
    page: Any, site: str, tokens: dict[str, str]
) -> None:
    page.goto(site + "/log-ind")
    page.get_by_label("Adgangsnøgle").fill(tokens["aalborg"])
    press(page, "Brug nøglen")
    page.emulate_media(media="print")
    assert not page.locator("header.top").is_visible()
    footer = page.locator("footer .printonly")
    assert footer.is_visible() and site in footer.inner_text()
    assert not page.get_by_role("link", name="Tilgængelighedserklæring").is_visible()
