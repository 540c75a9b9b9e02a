"""End to end, as a person uses it: a real server on 127.0.0.1 and a real headless Chromium."""

from __future__ import annotations

from typing import Any

from .browser import screenshot


def test_a_municipality_logs_in_with_its_token_and_out_again(
    page: Any, site: str, tokens: dict[str, str]
) -> None:
    page.goto(site + "/")
    assert page.locator("html").get_attribute("lang") == "da"
    page.get_by_role("link", name="Log ind").click()
    page.get_by_label("Adgangsnøgle").fill(tokens["aalborg"])
    page.get_by_role("button", name="Log ind").click()
    assert "Logget ind: Aalborg Kommune" in page.locator("header").inner_text()
    screenshot(page, "forside-logget-ind")
    page.get_by_role("button", name="Log ud").click()
    assert "Logget ind" not in page.locator("header").inner_text()


def test_a_wrong_token_is_refused_in_danish_in_the_browser(page: Any, site: str) -> None:
    page.goto(site + "/log-ind")
    page.get_by_label("Adgangsnøgle").fill("sa_forkert")
    page.get_by_role("button", name="Log ind").click()
    assert "Adgangsnøglen er ukendt eller tilbagekaldt" in page.get_by_role("alert").inner_text()
