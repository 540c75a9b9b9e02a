"""The web pages and the JSON API show a meeting's own text, the record's notes and the
meetings planned by an announcement (issue 16 points 5 and 6), on the real records."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from litestar.testing import TestClient

from socialaftale import Socialaftale


@pytest.fixture
def reader(loaded: Socialaftale) -> Iterator[TestClient[Any]]:
    from socialaftale_web import create_app

    with TestClient(create_app(loaded)) as c:
        yield c


def test_the_meetings_page_lists_a_planned_meeting_as_planned(reader: TestClient[Any]) -> None:
    page = reader.get("/moeder?forum=SOCDIR").text
    row = next(r for r in page.split("<tr>") if "/moeder/socdir-2014-11-13" in r)
    assert ">Planlagt</a>" in row and "Referat" not in row and "dagsorden=true" not in row


def test_a_planned_meeting_page_has_no_referat_and_no_afbud(reader: TestClient[Any]) -> None:
    response = reader.get("/moeder/socdir-2014-11-13")
    assert response.status_code == 200
    page = response.text
    assert "<title>Planlagt møde SOCDIR" in page
    assert "Fremtidens Plejehjem, Carl Klitgaardsvej 5, 9400 Nørresundby" in page
    assert "socdir-2014-10-10 pkt. 9" in page
    assert "Afbud" not in page and "Personer på mødet" not in page
    assert ">Referat<" not in page


def test_the_meeting_api_gives_the_meeting_level_text(reader: TestClient[Any]) -> None:
    data = reader.get("/api/moeder/socdir-2013-03-18").json()
    tekst = data["tekst"]
    assert tekst["efterskrift"]["dato"] == "2013-03-21"
    assert tekst["efterskrift"]["underskriver"] == "Hans Christian Mariegaard"
    assert {b["punkt"] for b in tekst["bilag"]} == {"6"}
    assert tekst["naeste_moede"]["planlagt_id"] == "socdir-2013-06-03"
    assert "Efterskrift" in data["markdown"]
    planned = reader.get("/api/moeder/socdir-2013-06-03").json()
    assert planned["moede"]["planlagt"] is True
    assert planned["moede"]["annonceret_ved"] == "socdir-2013-03-18 pkt. 8"


def test_the_referat_page_shows_the_heading_and_the_efterskrift(reader: TestClient[Any]) -> None:
    assert "Dagsorden til møde i Socialdirektørkredsen 17. januar" in reader.get(
        "/moeder/socdir-2013-01-17").text
    page = reader.get("/moeder/socdir-2013-03-18").text
    assert "Efterskrift" in page and "Hans Christian Mariegaard" in page
    assert "Noter (optegnelsens, ikke referatets ord)" in page


def test_decision_and_group_pages_and_the_api_show_source_notes(
        reader: TestClient[Any]) -> None:
    page = reader.get("/beslutninger?forum=SOCDIR&fra=2013-03-18&til=2013-03-18").text
    assert "Note (optegnelsens): Referatet siger ikke hvilket møde" in page
    decisions = reader.get("/api/beslutninger?forum=SOCDIR&fra=2013-03-18&til=2013-03-18")
    notes = {d["punkt"]: d["note"] for d in decisions.json()["beslutninger"]}
    assert notes["2"] == ("Referatet siger ikke hvilket møde; registreret som mødet 17. januar "
                          "2013, hvis referat satte næste møde til 18. marts (registrators "
                          "læsning)")
    groups = reader.get("/arbejdsgrupper?dato=2020-01-01").text
    assert "Note (optegnelsens): Gruppen var nedsat før mødet" in groups


def _page_words(page: str) -> str:
    """The page as a reader reads it: tags gone, entities undone, whitespace single."""
    import html
    import re

    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


@pytest.mark.parametrize("meeting_id", ["socdir-2014-10-10", "socdir-2013-03-18",
                                        "das-2019-10-24"])
def test_a_remark_that_is_a_referat_sentence_is_shown_once(
        reader: TestClient[Any], loaded: Socialaftale, meeting_id: str) -> None:
    """A remark held as a fact (the item's or a sub-matter's) that is also a sentence of the
    referat above it is not printed a second time (issue 17 review); one the referat does not
    hold is still shown."""
    page = _page_words(reader.get(f"/moeder/{meeting_id}").text)
    decisions = [d for d in loaded.decisions() if d.meeting_id == meeting_id]
    pairs = [(r, d.referat) for d in decisions for r in d.bemaerkninger]
    pairs += [(r, f"{s.referat or ''} {d.referat}") for d in decisions for s in d.sager
              for r in s.bemaerkninger]
    assert pairs, meeting_id
    for remark, referat in pairs:
        words = " ".join(remark.split())
        if words in " ".join(referat.split()):
            assert page.count(words) == 1, (meeting_id, remark)
        else:
            assert page.count(words) >= 1, (meeting_id, remark)
