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


def test_the_secretariat_attaches_a_bilag_file_on_the_meeting_page_in_chromium(
    page: Any, loaded: Socialaftale, site: str, tmp_path: Any
) -> None:
    UserStore(loaded, hasher=CHEAP).create("anna", "hemmelig-kode-1", role="sekretariat")
    page.goto(site + "/log-ind")
    page.get_by_label("Brugernavn").fill("anna")
    page.get_by_label("Adgangskode").fill("hemmelig-kode-1")
    press(page, "Log ind")
    page.goto(site + "/moeder/socdir-2014-10-10?dagsorden=true")
    fake = tmp_path / "Notat.pdf"
    fake.write_bytes(b"ikke en pdf")
    page.get_by_label("Punkt").fill("2")
    page.get_by_label("Fil (PDF").set_input_files(str(fake))
    press(page, "Vedhæft bilag")
    assert "indholdet er ikke en .pdf" in page.get_by_role("alert").inner_text()
    page.go_back()
    text = tmp_path / "Notat.txt"
    text.write_text("Takster for 2027 (opdigtet).", encoding="utf-8")
    page.get_by_label("Punkt").fill("2")
    page.get_by_label("Fil (PDF").set_input_files(str(text))
    press(page, "Vedhæft bilag")
    link = page.get_by_role("link", name="Notat.txt")
    assert link.count() == 1
    got = page.request.get(site + link.get_attribute("href"))
    assert got.status == 200 and got.text() == "Takster for 2027 (opdigtet)."
    [e] = [r for r in loaded.events() if type(r.event).__name__ == "BilagFileAttached"]
    assert e.meta.recorded_by == "Sekretariatet (anna)"
