"""Taking the referat in the browser: attendance, an item's decision and actions through the
meetings commands, every error beside its field, a stale form refused with the other's
change, publishing, and marking an action done."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import argon2
import pytest
from litestar.testing import TestClient

from socialaftale import DANISH_TIME, Provenance, Socialaftale, Source, meetings, open_store
from socialaftale_web import UserStore, create_app

from .conftest import csrf_of, log_in


def _danish_today() -> str:
    """Today in Denmark: ``kendt`` is the end of a Danish day (UTC is an hour or two behind
    just after midnight)."""
    return datetime.now(DANISH_TIME).date().isoformat()

MEETING = "das-2026-11-12"
SKRIV = f"/moeder/{MEETING}/referat/skriv"
CHEAP = argon2.PasswordHasher.from_parameters(argon2.profiles.CHEAPEST)


def plan(store: Socialaftale) -> None:
    """A planned meeting with a sent dagsorden of two items, as /forberedelse leaves it."""
    prov = Provenance(date(2026, 11, 1), Source("dagsorden"))
    store.record(
        meetings.ScheduleMeeting(meeting_id=MEETING, body="DAS", dato=date(2026, 11, 12),
                                 tid="kl. 10.00", provenance=prov),
        meetings.ProposeAgenda(meeting_id=MEETING, punkter=(
            meetings.Punkt("1", "Godkendelse af dagsorden"),
            meetings.Punkt("2", "Takster for 2027", indstilling=("at taksterne godkendes",))),
            provenance=prov))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def web_store(request: pytest.FixtureRequest, store_url_factory: Any) -> Iterator[Socialaftale]:
    """The store in a real SQLite file and in the PostgreSQL server."""
    s = open_store(store_url_factory(request.param), actor="test")
    yield s
    s.close()


@pytest.fixture
def planned(web_store: Socialaftale) -> Socialaftale:
    plan(web_store)
    return web_store


def log_in_as(client: TestClient[Any], store: Socialaftale, user: str) -> None:
    UserStore(store, hasher=CHEAP).create(user, "hemmelig-kode-1", role="sekretariat")
    r = client.post("/log-ind", follow_redirects=False, data={
        "bruger": user, "adgangskode": "hemmelig-kode-1", "naeste": "/",
        "_csrf_token": csrf_of(client)})
    assert r.status_code == 303, r.text


def version_of(page: str) -> str:
    found = re.search(r'name="version" value="(\d+)"', page)
    assert found, "the form carries no version"
    return found.group(1)


def item_form(client: TestClient[Any], n: str = "2", **fields: str) -> dict[str, str]:
    page = client.get(f"/moeder/{MEETING}/punkt/{n}").text
    return {"version": version_of(page),
            "_csrf_token": csrf_of(client, f"/moeder/{MEETING}/punkt/{n}"), **fields}


def test_only_the_secretariat_takes_a_referat(planned: Socialaftale,
                                              tokens: dict[str, str]) -> None:
    with TestClient(create_app(planned)) as c:
        assert c.get(f"/moeder/{MEETING}/referat/skriv").status_code == 401
        assert c.get(f"/moeder/{MEETING}/punkt/2").status_code == 401
    with TestClient(create_app(planned)) as kommune:
        log_in(kommune, tokens["aalborg"])
        refused = kommune.get(f"/moeder/{MEETING}/punkt/2")
        assert refused.status_code == 403 and "kun sekretariatet må tage referat" in refused.text
    with TestClient(create_app(planned)) as c:
        before = planned.log.last_position()
        log_in_as(c, planned, "anna")
        no_csrf = c.post(f"/moeder/{MEETING}/punkt/2",
                         data={"version": "2", "udfald": "godkendt"})
        assert no_csrf.status_code == 403
        assert planned.log.last_position() == before


def test_attendance_is_recorded_with_organisations_and_the_user(planned: Socialaftale) -> None:
    with TestClient(create_app(planned)) as c:
        log_in_as(c, planned, "anna")
        page = c.get(f"/moeder/{MEETING}/referat/skriv").text
        r = c.post(f"/moeder/{MEETING}/referat/fremmoede", follow_redirects=False, data={
            "version": version_of(page), "_csrf_token": csrf_of(c, SKRIV),
            "deltagere": "Anne Jensen, Aalborg Kommune\nBo Hansen, Region Nordjylland",
            "afbud": "Carl Berg, Thisted Kommune"})
        assert r.status_code == 303, r.text
        assert "Carl Berg" in c.get(f"/moeder/{MEETING}").text
    opened, last = planned.stream(meetings.meeting_stream(MEETING))[-2:]
    assert isinstance(opened.event, meetings.ReferatOpened)
    assert isinstance(last.event, meetings.MeetingCorrected)
    assert [(p.navn, p.organisation) for p in last.event.deltagere] == [
        ("Anne Jensen", "Aalborg Kommune"), ("Bo Hansen", "Region Nordjylland")]
    assert [p.navn for p in last.event.afbud] == ["Carl Berg"]
    assert last.meta.recorded_by == "Sekretariatet (anna)"


def test_every_error_of_an_item_shows_beside_its_field_and_nothing_is_recorded(
    planned: Socialaftale,
) -> None:
    with TestClient(create_app(planned)) as c:
        log_in_as(c, planned, "anna")
        before = planned.log.last_position()
        r = c.post(f"/moeder/{MEETING}/punkt/2", data=item_form(
            c, udfald="vedtaget", referat="Taksterne blev drøftet.",
            ansvarlig_1="Sekretariatet", leverance_1="", frist_1="uge 47",
            ansvarlig_2="Bo", leverance_2="Nyt notat", frist_2="engang i foråret"))
        assert r.status_code == 422 and r.headers["content-type"].startswith("text/html")
        assert 'id="fejl-udfald"' in r.text and "vælg punktets udfald" in r.text
        assert 'id="fejl-leverance_1"' in r.text
        assert 'id="fejl-frist_2"' in r.text
        assert "fristen &#39;engang i foråret&#39; forstås ikke" in r.text
        assert "Taksterne blev drøftet." in r.text  # what was typed is kept
        assert planned.log.last_position() == before


def test_an_item_is_recorded_hidden_until_published_then_corrected_publicly(
    planned: Socialaftale,
) -> None:
    app = create_app(planned)
    with TestClient(app) as c, TestClient(app) as public:
        log_in_as(c, planned, "anna")
        r = c.post(f"/moeder/{MEETING}/punkt/2", follow_redirects=False, data=item_form(
            c, udfald="godkendt", referat="Taksterne for 2027 blev godkendt.",
            bemaerkninger="Aalborg Kommune tog forbehold.",
            ansvarlig_1="Sekretariatet", leverance_1="Udsende takstbladet", frist_1="uge 47"))
        assert r.status_code == 303, r.text
        recorded = planned.stream(meetings.meeting_stream(MEETING))
        kinds = [type(x.event).__name__ for x in recorded[-3:]]
        assert kinds == ["ReferatOpened", "DecisionRecorded", "ActionAssigned"]  # opened here
        assert {x.meta.recorded_by for x in recorded[-3:]} == {"Sekretariatet (anna)"}
        action = recorded[-1].event
        assert (action.ansvarlig, action.frist) == ("Sekretariatet", date(2026, 11, 22))
        # the public sees the dagsorden only; the secretariat the draft referat
        assert "Taksterne for 2027 blev godkendt." not in public.get(f"/moeder/{MEETING}").text
        assert "Taksterne for 2027 blev godkendt." not in public.get(
            f"/api/moeder/{MEETING}").text
        assert "Taksterne for 2027 blev godkendt." in c.get(f"/moeder/{MEETING}").text
        for where in ("/beslutninger", "/api/beslutninger", "/api/soeg?soeg=Taksterne",
                      "/soeg?soeg=Taksterne", "/opfoelgninger?dato=2026-11-13",
                      "/api/opfoelgninger?dato=2026-11-13",
                      f"/beslutninger?kendt={_danish_today()}",
                      f"/moeder/{MEETING}?kendt={_danish_today()}"):
            if not where.startswith("/api"):  # the API takes no session: anonymous
                assert "Taksterne for 2027 blev godkendt." in c.get(where).text \
                    or "Udsende takstbladet" in c.get(where).text, where
            assert "Taksterne for 2027 blev godkendt." not in public.get(where).text, where
            assert "Udsende takstbladet" not in public.get(where).text, where
        assert "Referat: DAS 12.11.2026" not in public.get("/feed.atom").text
        page = c.get(f"/moeder/{MEETING}/referat/skriv").text
        assert "ikke offentliggjort" in page
        done = c.post(f"/moeder/{MEETING}/referat/offentliggoer", follow_redirects=False, data={
            "version": version_of(page), "_csrf_token": csrf_of(c, SKRIV)})
        assert done.status_code == 303, done.text
        assert "Taksterne for 2027 blev godkendt." in public.get(f"/moeder/{MEETING}").text
        assert "Taksterne for 2027 blev godkendt." in public.get("/beslutninger").text
        assert "Referat: DAS 12.11.2026" in public.get("/feed.atom").text
        assert "Udsende takstbladet" in public.get("/opfoelgninger?dato=2026-11-13").text
        # after publishing a change is a correction with its reason, shown publicly
        no_reason = c.post(f"/moeder/{MEETING}/punkt/2", data=item_form(
            c, udfald="godkendt_med_bemaerkninger", referat="Taksterne for 2027 blev godkendt."))
        assert no_reason.status_code == 422 and 'id="fejl-grund"' in no_reason.text
        fixed = c.post(f"/moeder/{MEETING}/punkt/2", follow_redirects=False, data=item_form(
            c, udfald="godkendt_med_bemaerkninger", referat="Taksterne for 2027 blev godkendt.",
            grund="bemærkningen var udeladt"))
        assert fixed.status_code == 303, fixed.text
        shown = public.get(f"/moeder/{MEETING}").text
        assert re.search(r"Rettet [^<]*bemærkningen var udeladt", shown), shown
        assert f'href="/moeder/{MEETING}/punkt/2/udgaver">punkt 2</a>' in shown
        earlier = public.get(f"/moeder/{MEETING}/punkt/2/udgaver")
        assert earlier.status_code == 200 and "godkendt med bemærkninger" in earlier.text
        assert "Registreret" in earlier.text and "bemærkningen var udeladt" in earlier.text


def test_a_stale_form_is_refused_with_the_others_change_and_nothing_is_lost(
    planned: Socialaftale,
) -> None:
    app = create_app(planned)
    with TestClient(app) as anna, TestClient(app) as bo:
        log_in_as(anna, planned, "anna")
        log_in_as(bo, planned, "bo")
        annas = item_form(anna, udfald="godkendt", referat="Annas tekst.")
        bos = item_form(bo, udfald="udsat", referat="Bos tekst.")
        assert bo.post(f"/moeder/{MEETING}/punkt/2", data=bos,
                       follow_redirects=False).status_code == 303
        before = planned.log.last_position()
        r = anna.post(f"/moeder/{MEETING}/punkt/2", data=annas)
        assert r.status_code == 409 and r.headers["content-type"].startswith("text/html")
        assert "ændret af en anden siden du åbnede siden" in r.text
        assert "Sekretariatet (bo)" in r.text and "Punkt 2" in r.text
        assert "Annas tekst." in r.text  # her text is still in the form
        assert planned.log.last_position() == before


def test_the_secretariat_marks_an_action_done(planned: Socialaftale) -> None:
    with TestClient(create_app(planned)) as c:
        log_in_as(c, planned, "anna")
        c.post(f"/moeder/{MEETING}/punkt/2", data=item_form(
            c, udfald="godkendt", referat="Godkendt.", leverance_1="Udsende takstbladet"))
        page = c.get("/opfoelgninger?dato=2026-11-13").text
        assert "Udsende takstbladet" in page and "Afslut" in page
        r = c.post("/opfoelgninger/afslut", follow_redirects=False, data={
            "moede": MEETING, "opfoelgning": "2-1", "dato": "2026-11-20",
            "_csrf_token": csrf_of(c, "/opfoelgninger")})
        assert r.status_code == 303, r.text
        again = c.post("/opfoelgninger/afslut", data={
            "moede": MEETING, "opfoelgning": "2-1", "dato": "2026-11-20",
            "_csrf_token": csrf_of(c, "/opfoelgninger")})
        assert again.status_code == 409 and "allerede afsluttet" in again.text
        shown = c.get("/opfoelgninger?alle=true&dato=2026-11-21").text
        assert "afsluttet 20." in shown
    last = planned.stream(meetings.meeting_stream(MEETING))[-1]
    assert isinstance(last.event, meetings.ActionCompleted)
    assert last.meta.recorded_by == "Sekretariatet (anna)"


def log_in_as_form(page: Any, site: str, store: Socialaftale, user: str) -> None:
    """Log a Chromium page in as a new secretariat user through the login form."""
    from .browser import press

    UserStore(store, hasher=CHEAP).create(user, "hemmelig-kode-1", role="sekretariat")
    page.goto(site + "/log-ind")
    page.get_by_label("Brugernavn").fill(user)
    page.get_by_label("Adgangskode").fill("hemmelig-kode-1")
    press(page, "Log ind")


def test_an_item_approves_an_earlier_meetings_referat_by_the_records_rule(
    planned: Socialaftale,
) -> None:
    with TestClient(create_app(planned)) as c:
        log_in_as(c, planned, "anna")
        before = planned.log.last_position()
        later = c.post(f"/moeder/{MEETING}/punkt/1", data=item_form(
            c, "1", udfald="godkendt", godkender_referat_af="das-2027-01-10"))
        assert later.status_code == 422 and 'id="fejl-godkender_referat_af"' in later.text
        assert "kun godkendes på et senere møde i samme forum" in later.text
        assert planned.log.last_position() == before
        ok = c.post(f"/moeder/{MEETING}/punkt/1", follow_redirects=False, data=item_form(
            c, "1", udfald="godkendt", godkender_referat_af="das-2019-10-24"))
        assert ok.status_code == 303, ok.text
    d = planned.stream(meetings.meeting_stream(MEETING))[-1].event
    assert (d.punkt, d.godkender_referat_af) == ("1", "das-2019-10-24")


def _cells(client: TestClient[Any], url: str) -> str:
    """A download's text: the CSV as is, every cell of the XLSX joined."""
    import io

    import openpyxl

    r = client.get(url)
    assert r.status_code == 200, r.text
    if url.split("?")[0].endswith(".csv"):
        return r.text
    book = openpyxl.load_workbook(io.BytesIO(r.content))
    return " ".join(str(v) for row in book.active.iter_rows(values_only=True) for v in row)


def test_a_draft_referats_actions_are_not_in_the_downloads(
    planned: Socialaftale, tokens: dict[str, str],
) -> None:
    app = create_app(planned)
    with TestClient(app) as c, TestClient(app) as public, TestClient(app) as kommune:
        log_in_as(c, planned, "anna")
        log_in(kommune, tokens["aalborg"])
        r = c.post(f"/moeder/{MEETING}/punkt/2", follow_redirects=False, data=item_form(
            c, udfald="godkendt", referat="Godkendt.", leverance_1="Udsende takstbladet"))
        assert r.status_code == 303, r.text
        for fmt in ("csv", "xlsx"):
            url = f"/hent/opfoelgninger.{fmt}?dato=2026-11-13"
            assert "Udsende takstbladet" in _cells(c, url)
            assert "Udsende takstbladet" not in _cells(public, url), fmt
            assert "Udsende takstbladet" not in _cells(kommune, url), fmt
        page = c.get(f"/moeder/{MEETING}/referat/skriv").text
        done = c.post(f"/moeder/{MEETING}/referat/offentliggoer", follow_redirects=False, data={
            "version": version_of(page), "_csrf_token": csrf_of(c, SKRIV)})
        assert done.status_code == 303, done.text
        for fmt in ("csv", "xlsx"):
            url = f"/hent/opfoelgninger.{fmt}?dato=2026-11-13"
            assert "Udsende takstbladet" in _cells(public, url)
            assert "Udsende takstbladet" in _cells(kommune, url)


def test_attendance_saved_in_the_browser_is_hidden_until_published(
    planned: Socialaftale, tokens: dict[str, str],
) -> None:
    app = create_app(planned)
    with TestClient(app) as c, TestClient(app) as public, TestClient(app) as kommune:
        log_in_as(c, planned, "anna")
        log_in(kommune, tokens["aalborg"])
        page = c.get(f"/moeder/{MEETING}/referat/skriv").text
        r = c.post(f"/moeder/{MEETING}/referat/fremmoede", follow_redirects=False, data={
            "version": version_of(page), "_csrf_token": csrf_of(c, SKRIV),
            "deltagere": "Anne Jensen, Aalborg Kommune", "afbud": "Carl Berg, Thisted Kommune"})
        assert r.status_code == 303, r.text
        where = (f"/moeder/{MEETING}", f"/api/moeder/{MEETING}", "/api/moeder",
                 f"/api/moeder/{MEETING}/fremmoede", "/moeder")
        for url in where:
            assert "Carl Berg" not in public.get(url).text, url
            assert "Carl Berg" not in kommune.get(url).text, url
        assert "Carl Berg" in c.get(f"/moeder/{MEETING}").text
        people = ("/personer?q=Carl", "/api/personer?q=Carl", "/soeg?soeg=Thisted")
        for url in people:  # the person lists skip a draft meeting, for everyone
            for who in (public, kommune, c):
                assert "Carl Berg" not in who.get(url).text, url
        for url in ("/personer/Carl Berg", "/api/personer/Carl Berg"):
            assert public.get(url).status_code == 404, url
        assert c.post(f"/moeder/{MEETING}/punkt/2", follow_redirects=False, data=item_form(
            c, udfald="godkendt", referat="Godkendt.")).status_code == 303
        page = c.get(f"/moeder/{MEETING}/referat/skriv").text
        done = c.post(f"/moeder/{MEETING}/referat/offentliggoer", follow_redirects=False, data={
            "version": version_of(page), "_csrf_token": csrf_of(c, SKRIV)})
        assert done.status_code == 303, done.text
        for url in (*where[:4], *people, "/personer/Carl Berg", "/api/personer/Carl Berg"):
            assert "Carl Berg" in public.get(url).text, url
            assert "Carl Berg" in kommune.get(url).text, url


def test_edits_before_publishing_are_not_shown_as_corrections(
    planned: Socialaftale, tokens: dict[str, str],
) -> None:
    app = create_app(planned)
    with TestClient(app) as c, TestClient(app) as public, TestClient(app) as kommune:
        log_in_as(c, planned, "anna")
        log_in(kommune, tokens["aalborg"])
        for people in ("Anne Jensen, Aalborg Kommune", "Anne Jensen, Aalborg Kommune\nBo Hansen"):
            page = c.get(f"/moeder/{MEETING}/referat/skriv").text
            assert c.post(f"/moeder/{MEETING}/referat/fremmoede", follow_redirects=False, data={
                "version": version_of(page), "_csrf_token": csrf_of(c, SKRIV),
                "deltagere": people}).status_code == 303
        for text in ("Første kladde.", "Anden kladde.", "Den offentliggjorte ordlyd."):
            assert c.post(f"/moeder/{MEETING}/punkt/2", follow_redirects=False, data=item_form(
                c, udfald="godkendt", referat=text)).status_code == 303
        kinds = [type(x.event).__name__ for x in planned.stream(meetings.meeting_stream(MEETING))]
        assert kinds.count("DecisionCorrected") == 2 and kinds.count("MeetingCorrected") == 2
        page = c.get(f"/moeder/{MEETING}/referat/skriv").text
        assert c.post(f"/moeder/{MEETING}/referat/offentliggoer", follow_redirects=False, data={
            "version": version_of(page), "_csrf_token": csrf_of(c, SKRIV)}).status_code == 303
        for who in (public, kommune):
            for url in (f"/moeder/{MEETING}", f"/api/moeder/{MEETING}"):
                shown = who.get(url).text
                assert "Den offentliggjorte ordlyd." in shown and "Bo Hansen" in shown, url
                assert "Rettelser" not in shown and "rettet før" not in shown, url
                assert "/punkt/2/udgaver" not in shown, url
            earlier = who.get(f"/moeder/{MEETING}/punkt/2/udgaver").text
            assert "Den offentliggjorte ordlyd." in earlier and "Registreret" in earlier
            assert "kladde." not in earlier and "Rettet" not in earlier
        own = c.get(f"/moeder/{MEETING}/punkt/2/udgaver").text  # the drafts, marked as such
        assert "Kladder før offentliggørelsen" in own and "Første kladde." in own
        assert "Rettelser" not in c.get(f"/moeder/{MEETING}").text


def test_the_feed_dates_a_browser_referat_the_day_it_is_published(
    planned: Socialaftale,
) -> None:
    import xml.etree.ElementTree as ET

    atom = "{http://www.w3.org/2005/Atom}"
    app = create_app(planned)
    with TestClient(app) as c, TestClient(app) as public:
        log_in_as(c, planned, "anna")
        assert c.post(f"/moeder/{MEETING}/punkt/2", follow_redirects=False, data=item_form(
            c, udfald="godkendt", referat="Godkendt.")).status_code == 303
        page = c.get(f"/moeder/{MEETING}/referat/skriv").text
        assert c.post(f"/moeder/{MEETING}/referat/offentliggoer", follow_redirects=False, data={
            "version": version_of(page), "_csrf_token": csrf_of(c, SKRIV)}).status_code == 303
        feed = ET.fromstring(public.get("/feed.atom").content)
        updated = {e.findtext(f"{atom}title"): e.findtext(f"{atom}updated", "")
                   for e in feed.findall(f"{atom}entry")}
        referat, dagsorden = updated["Referat: DAS 12.11.2026"], updated[
            "Dagsorden: DAS 12.11.2026"]
        assert dagsorden.startswith("2026-11-12")  # the agenda: the meeting's day
        assert referat.startswith(_danish_today()), referat  # the day it was published
