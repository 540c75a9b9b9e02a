"""Writing through the web: each role can do exactly what it may, and a refusal records
nothing. The secretariat uploads meeting records; a municipality submits for its own
offers only; a draft agenda is the secretariat's until it is sent out."""

from __future__ import annotations

from datetime import date
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from litestar.testing import TestClient

from socialaftale import Provenance, Socialaftale, Source, check_record, meetings, tilbudsvifte
from socialaftale_web import create_app

from .conftest import EXAMPLES, bearer, csrf_of, log_in

RECORDS = Path(__file__).parents[1] / "records"


@pytest.fixture
def app_client(loaded: Socialaftale) -> Any:
    with TestClient(create_app(loaded)) as c:
        yield c


def positions(store: Socialaftale) -> int:
    return store.log.last_position() or 0


def upload(client: Any, token: str | None, name: str, text: str, **extra: Any) -> Any:
    headers = bearer(token) if token else {}
    return client.post("/api/optegnelser", json={"fil": name, "indhold": text, **extra},
                       headers=headers)


def test_the_secretariat_uploads_a_record_once_and_a_second_time_records_nothing(
        web_store: Socialaftale, tokens: dict[str, str]) -> None:
    text = (EXAMPLES / "socdir-2014-10-10.yaml").read_text(encoding="utf-8")
    with TestClient(create_app(web_store)) as client:
        trial = upload(client, tokens["sekretariat"], "socdir.yaml", text, proeve=True)
        assert trial.status_code == 200 and trial.json()["proeve"] and positions(web_store) == 0
        first = upload(client, tokens["sekretariat"], "socdir.yaml", text)
        assert first.status_code == 200, first.text
        assert first.json()["status"] == "ny" and first.json()["haendelser"] > 10
        again = upload(client, tokens["sekretariat"], "socdir.yaml", text)
        assert again.json()["status"] == "uændret" and again.json()["haendelser"] == 0


def test_a_broken_upload_names_line_and_field_and_records_nothing(
        app_client: Any, loaded: Socialaftale, tokens: dict[str, str]) -> None:
    before = positions(loaded)
    text = (RECORDS / "broken" / "impossible_date.yaml").read_text(encoding="utf-8")
    r = upload(app_client, tokens["sekretariat"], "impossible_date.yaml", text)
    assert r.status_code == 422
    [error] = r.json()["errors"]
    assert (error["line"], error["field"]) == (6, "moede.dato")
    assert "dato 2019-02-30 findes ikke" in r.json()["detail"]
    assert positions(loaded) == before


@pytest.mark.parametrize(("who", "status"), [(None, 401), ("aalborg", 403)])
def test_only_the_secretariat_may_upload(app_client: Any, loaded: Socialaftale,
                                         tokens: dict[str, str], who: str | None,
                                         status: int) -> None:
    before = positions(loaded)
    text = (RECORDS / "valid.yaml").read_text(encoding="utf-8")
    r = upload(app_client, tokens[who] if who else None, "valid.yaml", text)
    assert r.status_code == status and "kun sekretariatet" in r.json()["detail"].lower()
    assert positions(loaded) == before


def test_the_upload_form_shows_the_error_with_its_line(
        app_client: Any, loaded: Socialaftale, tokens: dict[str, str]) -> None:
    log_in(app_client, tokens["sekretariat"])
    before = positions(loaded)
    broken = (RECORDS / "broken" / "wrong_type_places.yaml").read_bytes()
    r = app_client.post("/optegnelser", files={"fil": ("ny.yaml", broken)},
                        data={"_csrf_token": csrf_of(app_client, "/optegnelser")})
    assert r.status_code == 422
    assert "&#39;syvogtyve&#39; skal være et heltal" in r.text and "<td>35</td>" in r.text
    assert positions(loaded) == before


def test_the_upload_form_without_its_csrf_field_is_refused(
        app_client: Any, loaded: Socialaftale, tokens: dict[str, str]) -> None:
    log_in(app_client, tokens["sekretariat"])
    before = positions(loaded)
    r = app_client.post("/optegnelser", files={"fil": ("v.yaml", (RECORDS / "valid.yaml")
                                                        .read_bytes())})
    assert r.status_code == 403 and "CSRF" in r.text
    assert positions(loaded) == before


def test_a_municipality_submits_for_its_own_offer(app_client: Any, loaded: Socialaftale,
                                                  tokens: dict[str, str]) -> None:
    r = app_client.post("/api/tilbud/aalborg/ti-hcn", headers=bearer(tokens["aalborg"]),
                        json={"art": "udmelding", "aar": 2027, "begrundelse": "få købere"})
    assert r.status_code == 201, r.text
    [last] = [x for x in loaded.events()][-1:]
    assert isinstance(last.event, tilbudsvifte.UdmeldingRequested)
    assert last.meta.recorded_by == "Aalborg Kommune"


def test_a_municipality_is_refused_another_municipalitys_offer(
        app_client: Any, loaded: Socialaftale, tokens: dict[str, str]) -> None:
    before = positions(loaded)
    r = app_client.post("/api/tilbud/mariagerfjord/kernen", headers=bearer(tokens["aalborg"]),
                        json={"art": "takst", "aar": 2027, "ydelse": "døgnophold",
                              "beloeb": "2.345,50", "enhed": "døgn"})
    assert r.status_code == 403
    assert "kun driftsherren (Mariagerfjord) og sekretariatet" in r.json()["detail"]
    assert positions(loaded) == before
    mine = app_client.post("/api/tilbud/mariagerfjord/kernen",
                           headers=bearer(tokens["mariagerfjord"]),
                           json={"art": "takst", "aar": 2027, "ydelse": "døgnophold",
                                 "beloeb": "2.345,50", "enhed": "døgn"})
    assert mine.status_code == 201, mine.text


def test_nobody_submits_without_a_token(app_client: Any, loaded: Socialaftale) -> None:
    before = positions(loaded)
    r = app_client.post("/api/tilbud/aalborg/ti-hcn", json={"art": "udmelding", "aar": 2027})
    assert r.status_code == 401 and positions(loaded) == before


def test_a_draft_agenda_is_the_secretariats_until_it_is_sent_out(
        loaded: Socialaftale, tokens: dict[str, str]) -> None:
    day = date(2027, 1, 20)
    p = Provenance(day, Source("udkast"))
    loaded.record(
        meetings.ScheduleMeeting(meeting_id="das-2027-01-20", body="DAS", dato=day,
                                 provenance=p),
        meetings.ProposeAgenda(meeting_id="das-2027-01-20", udkast=True, provenance=p,
                               punkter=(meetings.Punkt("1", "Fortroligt punkt"),)))
    with TestClient(create_app(loaded)) as client:
        assert "das-2027-01-20" not in client.get("/moeder").text
        assert client.get("/moeder/das-2027-01-20").status_code == 401
        assert client.get("/api/moeder/das-2027-01-20",
                          headers=bearer(tokens["aalborg"])).status_code == 403
        secretariat = client.get("/api/moeder/das-2027-01-20",
                                 headers=bearer(tokens["sekretariat"]))
        assert secretariat.status_code == 200 and "Fortroligt punkt" in secretariat.text
        loaded.record(meetings.SendAgenda(meeting_id="das-2027-01-20", dato=day,
                                          provenance=p))
        assert client.get("/moeder/das-2027-01-20").status_code == 200
        assert "das-2027-01-20" in client.get("/moeder").text


def test_a_yaml_slip_in_an_upload_is_named_in_danish_with_its_line(
        app_client: Any, loaded: Socialaftale, tokens: dict[str, str]) -> None:
    before = positions(loaded)
    text = (RECORDS / "valid.yaml").read_text(encoding="utf-8").replace(
        "tid: kl. 12.00-15.00", "tid: kl. 12.00: 15.00")
    r = upload(app_client, tokens["sekretariat"], "slip.yaml", text)
    assert r.status_code == 422
    [error] = r.json()["errors"]
    assert error["line"] == 7
    assert error["message"].startswith("YAML-fejl: et kolon (:) er ikke tilladt her")
    assert "mapping values" not in r.text
    assert positions(loaded) == before


def test_an_indmelding_while_an_udmelding_is_pending_is_a_rule_refusal_409(
        app_client: Any, loaded: Socialaftale, tokens: dict[str, str]) -> None:
    first = app_client.post("/api/tilbud/aalborg/ti-hcn", headers=bearer(tokens["aalborg"]),
                            json={"art": "udmelding", "aar": 2027})
    assert first.status_code == 201, first.text
    before = positions(loaded)
    r = app_client.post("/api/tilbud/aalborg/ti-hcn", headers=bearer(tokens["aalborg"]),
                        json={"art": "indmelding", "aar": 2027})
    assert r.status_code == 409
    detail = r.json()["detail"]
    assert detail.startswith("Indmeldingen for 2027 af Taleinstituttet/Hjerneskadecenter "
                             "Nordjylland er afvist: ")
    assert "allerede en uafgjort anmodning om udmelding" in detail
    assert detail.endswith("Intet er gemt.")
    assert positions(loaded) == before


def test_a_refused_submission_in_the_form_leads_back_to_the_offer(
        app_client: Any, loaded: Socialaftale, tokens: dict[str, str]) -> None:
    log_in(app_client, tokens["aalborg"])
    form = {"art": "udmelding", "aar": "2027",
            "_csrf_token": csrf_of(app_client, "/tilbud/aalborg/ti-hcn")}
    assert app_client.post("/tilbud/aalborg/ti-hcn", data=form,
                           follow_redirects=False).status_code == 303
    again = app_client.post("/tilbud/aalborg/ti-hcn", data={**form, "art": "indmelding"},
                            follow_redirects=False)
    assert again.status_code == 409
    assert "Afvist af en regel i registret" in again.text
    assert "Indmeldingen for 2027 af" in again.text
    assert '<a href="/tilbud/aalborg/ti-hcn">Tilbage til tilbuddet</a>' in again.text


def test_a_trial_run_of_a_new_record_lists_what_it_would_record_and_no_dead_link(
        web_store: Socialaftale, tokens: dict[str, str]) -> None:
    with TestClient(create_app(web_store)) as client:
        log_in(client, tokens["sekretariat"])
        record = (EXAMPLES / "das-2019-10-24.yaml").read_bytes()
        r = client.post("/optegnelser", files={"fil": ("das.yaml", record)},
                        data={"proeve": "true",
                              "_csrf_token": csrf_of(client, "/optegnelser")})
        assert r.status_code == 200 and positions(web_store) == 0
        text = unescape(r.text)
        # the page gives the count the library's own trial run gives (it grows as the record
        # gains facts), and the trial run wrote nothing
        events = check_record(web_store, record, "das.yaml").events
        assert events > 70 and positions(web_store) == 0
        assert f"Prøvekørsel – intet er gemt. Ville registrere {events} hændelser." in text
        assert "Mødet: DAS 24. oktober 2019 (das-2019-10-24), 14 punkter på dagsordenen." in text
        assert "<li>8. Ind- og udmelding af tilbud" in text
        assert "<tr><td>beslutning</td><td class=\"tal\">12</td></tr>" in text
        # Kirketoften afd. Aktivitet, Strandgården and Rosenvænget (003_dac07bbacd9158aa.txt
        # item 8)
        assert "<tr><td>lukket tilbud</td><td class=\"tal\">3</td></tr>" in text
        assert 'href="/moeder/das-2019-10-24"' not in text
        done = client.post("/optegnelser", files={"fil": ("das.yaml", record)},
                           data={"_csrf_token": csrf_of(client, "/optegnelser")})
        assert done.status_code == 200 and positions(web_store) > 0
        assert '<a href="/moeder/das-2019-10-24">Se mødet</a>' in done.text
        assert client.get("/moeder/das-2019-10-24").status_code == 200


def test_the_error_page_after_a_failed_upload_leads_back_to_the_form(
        app_client: Any, tokens: dict[str, str]) -> None:
    log_in(app_client, tokens["sekretariat"])
    broken = (RECORDS / "broken" / "impossible_date.yaml").read_bytes()
    r = app_client.post("/optegnelser", files={"fil": ("ny.yaml", broken)},
                        data={"_csrf_token": csrf_of(app_client, "/optegnelser")})
    assert r.status_code == 422
    assert '<a href="/optegnelser">Tilbage til formularen</a>' in r.text


def test_the_api_trial_run_counts_each_kind_it_would_record(
        web_store: Socialaftale, tokens: dict[str, str]) -> None:
    text = (EXAMPLES / "das-2019-10-24.yaml").read_text(encoding="utf-8")
    with TestClient(create_app(web_store)) as client:
        r = upload(client, tokens["sekretariat"], "das.yaml", text, proeve=True)
    body = r.json()
    assert (body["forum"], body["dato"]) == ("DAS", "2019-10-24")
    assert {"art": "beslutning", "antal": 12} in body["indhold"]
    assert sum(d["antal"] for d in body["indhold"]) == len(body["aendringer"])
