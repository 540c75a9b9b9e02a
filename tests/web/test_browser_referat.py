"""The secretariat holds a meeting in a real Chromium: the meeting's page → attendance → an
item's outcome, referat text, an action and a tilbudsvifte fact → publish → the offer's page
links the change to the decision and the referat PDF carries the item; on SQLite and
PostgreSQL."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from socialaftale import DecisionRef, Socialaftale, meetings
from socialaftale.domain import tilbudsvifte as tv

from . import test_referat_skriv
from .browser import press
from .test_referat_fakta import KEY, offer
from .test_referat_skriv import MEETING, log_in_as_form, plan

# the live site's store is a real SQLite file and the PostgreSQL server in turn
web_store = test_referat_skriv.web_store


def test_the_secretariat_takes_and_publishes_a_referat_in_chromium(
    page: Any, web_store: Socialaftale, site: str, tmp_path: Path
) -> None:
    plan(web_store)
    offer(web_store)
    log_in_as_form(page, site, web_store, "anna")
    page.goto(f"{site}/moeder/{MEETING}?dagsorden=true")
    page.get_by_role("link", name="Tag referat").click()
    page.get_by_label("Deltog").fill(
        "Anne Jensen, Aalborg Kommune\nBo Hansen, Region Nordjylland")
    page.get_by_label("Afbud").fill("Carl Berg, Thisted Kommune")
    press(page, "Gem fremmøde")
    page.get_by_role("link", name="Punkt 2: Takster for 2027").click()
    page.get_by_label("Udfald", exact=True).select_option(label="godkendt")
    page.get_by_label("Referat", exact=True).fill(
        "Taksterne for 2027 blev godkendt uden ændringer.")
    page.get_by_label("Ansvarlig 1").fill("Sekretariatet")
    page.get_by_label("Leverance 1").fill("Udsende takstbladet")
    page.get_by_label("Frist 1").fill("hen over sommeren")
    page.get_by_label("Faktummets type").select_option(value="ChangePladser")
    press(page, "Vis felterne")
    assert page.get_by_label("Leverance 1").input_value() == "Udsende takstbladet"
    page.locator("#fakt_key").fill(KEY)
    page.locator("#fakt_effective_on").fill("2027-01-01")
    page.locator("#fakt_pladser").fill("fireogtyve")
    press(page, "Gem punktet")
    assert "skal være et heltal" in page.locator("#fejl-fakt_pladser").inner_text()
    page.locator("#fakt_pladser").fill("24")
    assert "fristen 'hen over sommeren' forstås ikke" in page.locator("#fejl-frist_1").inner_text()
    assert page.get_by_label("Leverance 1").input_value() == "Udsende takstbladet"
    page.get_by_label("Frist 1").fill("1. december 2026")
    press(page, "Gem punktet")
    assert "ikke offentliggjort" in page.locator("#referat-status").inner_text()
    press(page, "Offentliggør referatet")
    page.goto(f"{site}/tilbud/{KEY}")
    link = page.get_by_role("link", name=f"{MEETING}, punkt 2")
    assert link.get_attribute("href") == f"/moeder/{MEETING}#punkt-2"
    assert "24" in page.locator("main").inner_text()
    pdf = tmp_path / "referat.pdf"
    got = page.request.get(f"{site}/moeder/{MEETING}/referat.pdf")
    assert got.status == 200 and got.headers["content-type"] == "application/pdf"
    pdf.write_bytes(got.body())
    text = subprocess.run(["pdftotext", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    words = " ".join(text.split())
    assert "Takster for 2027" in words
    assert "Taksterne for 2027 blev godkendt uden ændringer." in words
    subprocess.run(["pdftoppm", "-r", "60", "-f", "1", "-l", "1", "-png", "-singlefile",
                    str(pdf), str(tmp_path / "side1")], check=True)
    assert (tmp_path / "side1.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    kinds = [type(r.event).__name__ for r in web_store.stream(meetings.meeting_stream(MEETING))]
    assert kinds[-5:] == ["ReferatOpened", "MeetingCorrected", "DecisionRecorded",
                          "ActionAssigned", "ReferatPublished"]
    changed = web_store.stream(tv.tilbud_stream(KEY))[-1]
    assert isinstance(changed.event, tv.PladserChanged) and changed.event.til == 24
    assert changed.meta.decision == DecisionRef(MEETING, "2")
