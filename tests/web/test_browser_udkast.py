"""End to end in Chromium: the secretariat uploads a minutes PDF (a real file, typeset by
WeasyPrint from the minutes' text), sees the draft beside the document's lines, marks the
lines of a review entry and of a part of the draft, edits the draft, runs the trial run and
records it; the meeting then has its page. Every read after a click or a key waits
through Playwright's ``expect`` (which retries until the page shows it), so the test cannot
read the page before the script has marked the lines."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from playwright.sync_api import expect

from drafting.pdfmaker import minutes_pdf
from socialaftale import Socialaftale

from .browser import press, screenshot

#: The class the page's script gives a line it marks (among the line's other classes).
MARKED = re.compile(r"(^|\s)markeret(\s|$)")


def test_a_minutes_pdf_is_drafted_checked_edited_tried_and_recorded(
        page: Any, site: str, tokens: dict[str, str], web_store: Socialaftale,
        tmp_path: Path) -> None:
    pdf = tmp_path / "referat-2013-01-17.pdf"
    pdf.write_bytes(minutes_pdf("001_06729882290ccbd8.txt"))
    page.goto(site + "/log-ind")
    page.get_by_label("Adgangsnøgle").fill(tokens["sekretariat"])
    press(page, "Brug nøglen")
    page.goto(site + "/optegnelser")
    page.get_by_label("Referat").set_input_files(str(pdf))
    press(page, "Lav udkast")
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Udkast til mødeoptegnelse: referat-2013-01-17.yaml")
    document = page.locator(".dokument")
    assert document.get_by_role("heading", name="Side 1").is_visible()
    assert "Socialdirektørkredsen" in document.inner_text()

    # a review entry marks the line it was inferred from
    entry = page.locator("ol.gennemsyn button.sted").first
    first = entry.get_attribute("data-fra")
    entry.click()
    marked = page.locator(".linjer li.markeret")
    expect(page.locator(f".linjer li#l-{first}")).to_have_class(MARKED)
    expect(page.get_by_role("status").first).to_contain_text(f"linje {first}")
    assert marked.count() >= 1 and marked.first.get_attribute("id") == f"l-{first}"

    # the caret on a part of the draft marks the lines that part names
    editor = page.get_by_label("Mødeoptegnelse (YAML)")
    text = editor.input_value()
    found = re.search(r"kilde_sted: s\. (\d+)(?:-\d+)?, l\. (\d+)-(\d+)", text)
    assert found
    editor.evaluate("(e, at) => { e.focus(); e.setSelectionRange(at, at); }", found.start())
    page.keyboard.press("ArrowRight")
    want = [f"l-{n}" for n in range(int(found.group(2)), int(found.group(3)) + 1)]
    expect(marked).to_have_count(len(want))
    expect(page.locator(f".linjer li#{want[0]}")).to_have_class(MARKED)
    expect(page.locator(f".linjer li#{want[-1]}")).to_have_class(MARKED)
    ids = marked.evaluate_all("(items) => items.map((li) => li.id)")
    assert ids == want
    screenshot(page, "udkast")

    # the review list is still open: the trial run refuses it, nothing is recorded
    press(page, "Prøv")
    expect(page.get_by_role("alert")).to_contain_text("gennemsyn")
    assert not web_store.meetings()

    # the reviewer has worked through the list and edits the place of the meeting
    text = page.get_by_label("Mødeoptegnelse (YAML)").input_value()
    reviewed = text[:text.index("\ngennemsyn:") + 1]
    sted = re.search(r"^  sted: (.+)$", reviewed, re.M)
    assert sted
    edited = f"{sted.group(1)}, mødelokale 2"
    page.get_by_label("Mødeoptegnelse (YAML)").fill(
        reviewed.replace(sted.group(0), f"  sted: {edited}"))
    press(page, "Prøv")
    expect(page.get_by_role("status").first).to_contain_text("Prøvekørsel – intet er gemt")
    assert not web_store.meetings()
    press(page, "Indlæs")
    expect(page.locator("section[role=status]")).to_contain_text("Registrerede")
    with page.expect_navigation():
        page.get_by_role("link", name="Se mødet").click()
    expect(page).to_have_url(re.compile(r"/moeder/socdir-2013-01-17$"))
    expect(page.locator("main")).to_contain_text(edited)
    assert [m.meeting_id for m in web_store.meetings()] == ["socdir-2013-01-17"]
