"""End to end in Chromium (issue 20): the secretariat plans a meeting, adds an item, attaches a
bilag (a real PDF) and sends the dagsorden out; the dagsorden PDF then carries the meeting's
title and date, read from its first page rendered by pdftoppm and from its text. On a real
SQLite file and on the PostgreSQL server alike (the bilag's bytes kept in each)."""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect

from socialaftale import Socialaftale, agenda_at, bilag_files_of, open_store

from .browser import press, screenshot

MID = "opdigtet-udvalg-2031-03-04"


@pytest.fixture(params=["sqlite", "postgres"])
def web_store(request: pytest.FixtureRequest, store_url_factory: Any) -> Iterator[Socialaftale]:
    """The walk's store on each backend (overrides the web tests' SQLite-only store, so the
    live server and the tokens use it too)."""
    s = open_store(store_url_factory(request.param), actor="test")
    yield s
    s.close()


def _pdf(text: str) -> bytes:
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    return HTML(string=f"<p>{text}</p>",  # type: ignore[no-any-return]
                url_fetcher=URLFetcher(allowed_protocols={"data"})).write_pdf()


def test_plan_an_item_with_a_bilag_send_and_the_dagsorden_pdf(
        page: Any, site: str, tokens: dict[str, str], web_store: Socialaftale,
        tmp_path: Path) -> None:
    bilag = tmp_path / "takstnotat.pdf"
    bilag.write_bytes(_pdf("Notat om takster"))
    page.goto(site + "/log-ind")
    page.get_by_label("Adgangsnøgle").fill(tokens["sekretariat"])
    press(page, "Brug nøglen")
    page.get_by_role("link", name="Forbered møde").click()
    plan = page.locator("form[action='/forberedelse']")
    plan.get_by_label("Forum").fill("Opdigtet udvalg")
    plan.get_by_label("Dato").fill("2031-03-04")
    plan.get_by_label("Tid").fill("kl. 9.00-12.00")
    press(page, "Planlæg mødet")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Forbered Opdigtet udvalg 4. marts 2031")

    new = page.locator("#punkt-ny")
    new.get_by_label("Nummer").fill("1")
    new.get_by_label("Titel").fill("Takster for 2032")
    new.get_by_label("Indstilling").fill("at taksterne godkendes")
    press(page, "Tilføj punkt")
    item = page.locator("#punkt-1")
    expect(item.get_by_role("heading")).to_have_text("1. Takster for 2032")
    item.get_by_label("Bilag til punkt 1").set_input_files(str(bilag))
    press(page, "Vedhæft bilag til punkt 1")
    expect(page.locator("#punkt-1").get_by_role("link", name="takstnotat.pdf")).to_be_visible()
    press(page, "Udsend dagsordenen")
    expect(page.get_by_text("Dagsordenen er udsendt")).to_be_visible()
    screenshot(page, "forberedelse-udsendt")
    late = tmp_path / "tillaeg.txt"
    late.write_text("Et tillæg om takster", encoding="utf-8")
    item = page.locator("#punkt-1")
    item.get_by_label("Bilag til punkt 1").set_input_files(str(late))
    press(page, "Vedhæft bilag til punkt 1")  # no reason: refused beside the field
    expect(page.get_by_text("skal have en grund")).to_be_visible()
    item = page.locator("#punkt-1")
    item.get_by_label("Bilag til punkt 1").set_input_files(str(late))
    item.get_by_label("Grund til bilaget efter udsendelsen").fill("eftersendt")
    press(page, "Vedhæft bilag til punkt 1")
    expect(page.locator("#dagsordensaendringer")).to_contain_text(
        "eftersendt. Bilag vedhæftet punkt 1: tillaeg.txt")

    agenda = agenda_at(web_store, MID)
    assert agenda is not None and not agenda.udkast
    assert [f.navn for f in bilag_files_of(web_store, MID)] == ["takstnotat.pdf", "tillaeg.txt"]
    got = page.request.get(f"{site}/moeder/{MID}/dagsorden.pdf")
    assert got.status == 200 and got.headers["content-type"] == "application/pdf"
    pdf = tmp_path / "dagsorden.pdf"
    pdf.write_bytes(got.body())
    subprocess.run(["pdftoppm", "-r", "80", "-f", "1", "-l", "1", "-png", "-singlefile",
                    str(pdf), str(tmp_path / "side1")], check=True, capture_output=True)
    assert (tmp_path / "side1.png").read_bytes().startswith(b"\x89PNG")
    first = unicodedata.normalize("NFC", subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], check=True, capture_output=True,
        text=True).stdout)
    assert "Dagsorden: Opdigtet udvalg, 4. marts 2031" in first
    assert "Takster for 2032" in first and "takstnotat.pdf" in first
    assert "Ændret" in first and "eftersendt" in first  # the amendment after sending
