"""The meetings' iCalendar and the Atom feed, read back by a calendar parser and the
standard library's XML parser and checked against the store's meetings and the RFCs'
required elements."""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
from icalendar import Calendar
from litestar.testing import TestClient

from socialaftale import Socialaftale
from socialaftale_web import create_app

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def web(loaded: Socialaftale) -> Iterator[TestClient[Any]]:
    with TestClient(create_app(loaded)) as c:
        yield c


def test_each_bodys_meetings_as_icalendar(web: TestClient[Any], loaded: Socialaftale) -> None:
    page = web.get("/moeder", params={"forum": "SOCDIR"}).text
    assert 'href="/moeder.ics?forum=SOCDIR"' in page
    got = web.get("/moeder.ics", params={"forum": "SOCDIR"})
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/calendar")
    cal = Calendar.from_ical(got.content)
    assert cal["version"] == "2.0" and cal["prodid"]
    events = cal.walk("VEVENT")
    meetings = [m for m in loaded.meetings(body="SOCDIR") if not m.udkast]
    assert meetings and len(events) == len(meetings)
    for ev, m in zip(sorted(events, key=lambda e: str(e["uid"])),
                     sorted(meetings, key=lambda m: m.meeting_id), strict=True):
        assert str(ev["uid"]) == f"{m.meeting_id}@socialaftale" and ev["dtstamp"]
        start = ev.decoded("dtstart")
        day = start.date() if isinstance(start, datetime) else start
        assert day == m.dato
        if isinstance(start, datetime):  # a clock time only where the minutes give one
            assert m.tid and f"{start.hour}" in m.tid and str(start.tzinfo) == "Europe/Copenhagen"
        assert str(ev["summary"]).startswith(m.body)
        assert str(ev["status"]) == ("TENTATIVE" if m.planlagt else "CONFIRMED")
        assert str(ev["url"]).endswith(f"/moeder/{m.meeting_id}")
    assert cal.walk("VTIMEZONE") or all(
        not isinstance(e.decoded("dtstart"), datetime) for e in events)
    everyone = Calendar.from_ical(web.get("/moeder.ics").content).walk("VEVENT")
    assert len(everyone) == len([m for m in loaded.meetings() if not m.udkast]) > len(events)


def test_the_atom_feed_has_rfc_4287s_required_elements(web: TestClient[Any],
                                                       loaded: Socialaftale) -> None:
    got = web.get("/feed.atom")
    assert got.status_code == 200 and "application/atom+xml" in got.headers["content-type"]
    feed = ET.fromstring(got.content)
    assert feed.tag == f"{ATOM}feed"
    for tag in ("id", "title", "updated"):  # RFC 4287 4.1.1: exactly one of each
        assert len(feed.findall(f"{ATOM}{tag}")) == 1, tag
    assert feed.find(f"{ATOM}author/{ATOM}name") is not None
    entries = feed.findall(f"{ATOM}entry")
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == len(ids)
    for e in entries:  # 4.1.2: id, title, updated; a link or content
        for tag in ("id", "title", "updated"):
            assert len(e.findall(f"{ATOM}{tag}")) == 1, tag
        datetime.fromisoformat(e.findtext(f"{ATOM}updated") or "")
        assert e.find(f"{ATOM}link[@rel='alternate']") is not None
    titles = [e.findtext(f"{ATOM}title") or "" for e in entries]
    held = [m for m in loaded.meetings() if not m.udkast and not m.planlagt]
    for m in held:
        assert f"Dagsorden: {m.body} {m.dato:%d.%m.%Y}" in titles
    assert any(t.startswith("Referat: ") for t in titles)
    changes = loaded.tilbud_changes(date(1900, 1, 1), date.today()).fakta
    assert changes and sum(t.startswith("Tilbudsviften: ") for t in titles) == len(changes)
    # each change names its offer, and its summary the decision behind it
    summaries = [e.findtext(f"{ATOM}summary") or "" for e in entries]
    for f in changes:
        known = loaded.tilbud_last_known(f.key)  # None: never in the vifte for a day
        name = known.navn if known is not None else f.key
        assert f"Tilbudsviften: {name}: {f.summary}" in titles
        if f.decision is not None:
            assert any(s.startswith(f"{name}: {f.summary}.") and
                       f"{f.decision.meeting}, punkt {f.decision.item}." in s
                       for s in summaries), f
    updated = [e.findtext(f"{ATOM}updated") or "" for e in entries]
    assert [datetime.fromisoformat(u) for u in updated] == sorted(
        (datetime.fromisoformat(u) for u in updated), reverse=True)


def test_a_draft_agenda_is_in_no_feed_and_none_of_its_documents_is_served_to_anyone(
        loaded: Socialaftale) -> None:
    """A draft (udkast) is the secretariat's: not in the calendar, not in the Atom feed,
    and its print page, referat PDF and bilag files are refused to an anonymous caller."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    from socialaftale import attach_bilag
    from socialaftale.domain import meetings
    from socialaftale.domain.common import Provenance, Source

    mid, day = "das-2027-01-20", date(2027, 1, 20)
    p = Provenance(day, Source("udkast"))
    loaded.record(
        meetings.ScheduleMeeting(meeting_id=mid, body="DAS", dato=day, provenance=p),
        meetings.ProposeAgenda(meeting_id=mid, udkast=True, provenance=p,
                               punkter=(meetings.Punkt("1", "Fortroligt punkt"),)))
    pdf = HTML(string="<p>Fortroligt bilag</p>",
               url_fetcher=URLFetcher(allowed_protocols={"data"})).write_pdf()
    [attached] = attach_bilag(loaded, mid, "1", "fortroligt.pdf", pdf)
    sha = attached.event.sha256
    assert any(m.meeting_id == mid and m.udkast for m in loaded.meetings())
    with TestClient(create_app(loaded)) as c:
        for feed in ("/moeder.ics", "/moeder.ics?forum=DAS", "/feed.atom"):
            got = c.get(feed)
            assert got.status_code == 200 and mid not in got.text and "Fortroligt" not in got.text
        for path in (f"/moeder/{mid}/udskrift", f"/moeder/{mid}/referat.pdf",
                     f"/moeder/{mid}/bilag/{sha}"):
            got = c.get(path)
            assert got.status_code in (401, 403, 404), (path, got.status_code)
            assert pdf not in got.content and "Fortroligt" not in got.text
        loaded.record(meetings.SendAgenda(meeting_id=mid, dato=day, provenance=p))
        assert mid in c.get("/moeder.ics").text  # the same meeting, once sent out, is listed
        assert c.get(f"/moeder/{mid}/bilag/{sha}").content == pdf


def test_the_feeds_ids_do_not_follow_the_host_header_and_links_follow_the_base_url(
        loaded: Socialaftale) -> None:
    """A reader must see the same entry as the same whatever Host a request names; links use
    the configured public address; the author is the letterhead's; a forum's name is
    percent-encoded in the calendar's file name, never raw in the header."""
    from socialaftale import Letterhead

    def ids(c: TestClient[Any], host: str) -> list[str]:
        feed = ET.fromstring(c.get("/feed.atom", headers={"Host": host}).content)
        return [e.text or "" for e in feed.iter(f"{ATOM}id")]

    with TestClient(create_app(loaded)) as c:
        first, second = ids(c, "a.example"), ids(c, "angriber.example")
        assert first == second and len(first) > 1
        assert all(i.startswith("urn:uuid:") for i in first)
        name = ET.fromstring(c.get("/feed.atom").content).findtext(f"{ATOM}author/{ATOM}name")
        assert name == Letterhead().navn
        got = c.get("/moeder.ics", params={"forum": 'Æ"; filename="x.exe'})
        assert got.status_code == 400 and "x.exe" not in got.headers.get(
            "content-disposition", "")
        got = c.get("/moeder.ics", params={"forum": "DAS Social"})
        assert got.status_code == 200
        assert got.headers["content-disposition"] == (
            "inline; filename*=UTF-8''moeder-DAS%20Social.ics")
    head = Letterhead("Et andet sekretariat")
    with TestClient(create_app(loaded, letterhead=head,
                               base_url="https://offentlig.example/")) as c:
        feed = ET.fromstring(c.get("/feed.atom", headers={"Host": "angriber.example"}).content)
        assert feed.findtext(f"{ATOM}author/{ATOM}name") == "Et andet sekretariat"
        links = [e.get("href") or "" for e in feed.iter(f"{ATOM}link")]
        assert links and all(h.startswith("https://offentlig.example/") for h in links)
        assert [e.text for e in feed.iter(f"{ATOM}id")] == first  # the same store, same ids


def test_a_calendar_for_an_unknown_forum_is_a_danish_400_naming_the_rule(
        loaded: Socialaftale) -> None:
    """An empty calendar would read as "no meetings"; the caller is told instead, and which
    fora there are."""
    with TestClient(create_app(loaded)) as c:
        got = c.get("/moeder.ics", params={"forum": "Byrådet"})
        assert got.status_code == 400
        text = html.unescape(got.text)
        assert "ukendt forum 'Byrådet' i parameteren forum" in text
        assert "(regel: ukendt-forum)" in text and "SOCDIR" in text
        assert "BEGIN:VCALENDAR" not in got.text
        for known in ("SOCDIR", "Socialdirektørkredsen", "socdir", "DAS Social"):
            assert c.get("/moeder.ics", params={"forum": known}).status_code == 200, known
