"""A person logs in through the form in a real Chromium, with a password, and out again."""

from __future__ import annotations

from typing import Any

import argon2

from socialaftale import Socialaftale
from socialaftale_web import UserStore

from .browser import press

CHEAP = argon2.PasswordHasher.from_parameters(argon2.profiles.CHEAPEST)


def test_a_secretariat_user_logs_in_with_a_password_in_chromium(
    page: Any, site: str, web_store: Socialaftale
) -> None:
    UserStore(web_store, hasher=CHEAP).create("anna", "hemmelig-kode-1", role="sekretariat",
                                              name="Anna A.", admin=True)
    page.goto(site + "/")
    page.get_by_role("link", name="Log ind").click()
    page.get_by_label("Brugernavn").fill("anna")
    page.get_by_label("Adgangskode").fill("forkert-kode-1")
    press(page, "Log ind")
    assert "Brugernavn eller adgangskode er forkert" in page.get_by_role("alert").inner_text()
    assert page.get_by_label("Brugernavn").input_value() == "anna"
    page.get_by_label("Adgangskode").fill("hemmelig-kode-1")
    press(page, "Log ind")
    assert "Logget ind: Sekretariatet (anna)" in page.locator("header").inner_text()
    page.goto(site + "/brugere")
    assert page.get_by_role("heading", level=1).inner_text() == "Brugere"
    assert page.get_by_role("cell", name="anna", exact=True).count() == 1
    press(page, "Log ud")
    assert "Logget ind" not in page.locator("header").inner_text()
