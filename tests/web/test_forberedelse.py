"""Preparing a meeting in the browser (issue 20): plan it, build the dagsorden in forms, send
it out, amend it with a reason; the secretariat only, with CSRF; every error beside its field,
a 4xx and nothing recorded; a stale form is refused with the other's change shown. On a real
SQLite file and on the PostgreSQL server."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from litestar.testing import TestClient

from socialaftale import Socialaftale, agenda_amendments, agenda_at, meetings, open_store
from socialaftale_web import TokenStore, create_app

from .conftest import csrf_of, log_in

MID = "opdigtet-udvalg-2031-03-04"


@pytest.fixture(params=["sqlite", "postgres"])
def prep(request: pytest.FixtureRequest, store_url_factory: Any) -> Iterator[
        tuple[TestClient[Any], Socialaftale]]:
    store = open_store(store_url_factory(request.param), actor="test")
    token = TokenStore(store).create("sekretariat", label="Sekretariatet")
    with TestClient(create_app(store)) as client:
        log_in(client, token)
        yield client, store
    store.close()


def _post(client: TestClient[Any], path: str, data: dict[str, str],
          page: str = "/forberedelse") -> Any:
    return client.post(path, data={**data, "_csrf_token": csrf_of(client, page)},
                       follow_redirects=False)


def _version(client: TestClient[Any]) -> str:
    found = re.search(r'name="version" value="(\d+)"', client.get(f"/forberedelse/{MID}").text)
    assert found
    return found.group(1)


def _planned(client: TestClient[Any]) -> None:
    r = _post(client, "/forberedelse", {"forum": "Opdigtet udvalg", "dato": "2031-03-04",
                                        "tid": "kl. 9.00-12.00", "sted": "Mødelokale 2"})
    assert r.status_code == 303 and r.headers["location"] == f"/forberedelse/{MID}", r.text


def _item(client: TestClient[Any], **fields: str) -> Any:
    data = {"version": _version(client), "gammelt": "", "handling": "gem", "nummer": "",
            "titel": "", "sagsfremstilling": "", "indstilling": "", **fields}
    return _post(client, f"/forberedelse/{MID}/punkt", data, f"/forberedelse/{MID}")


def test_plan_build_reorder_send_and_amend_with_a_reason(
        prep: tuple[TestClient[Any], Socialaftale]) -> None:
    client, store = prep
    _planned(client)
    assert _item(client, nummer="1", titel="Godkendelse af dagsorden").status_code == 303
    r = _item(client, nummer="2", titel="Takster 2032",
              sagsfremstilling="Første afsnit.\r\n\r\nAndet afsnit.",
              indstilling="at taksterne godkendes\nat sagen genoptages")
    assert r.status_code == 303
    agenda = agenda_at(store, MID)
    assert agenda is not None and agenda.udkast
    second = agenda.punkter[1]
    assert second.sagsfremstilling == "Første afsnit.\n\nAndet afsnit."
    assert second.indstilling == ("at taksterne godkendes", "at sagen genoptages")
    assert _item(client, gammelt="2", handling="op").status_code == 303
    assert [p.nummer for p in agenda_at(store, MID).punkter] == ["2", "1"]  # type: ignore[union-attr]
    assert _item(client, gammelt="1", handling="fjern").status_code == 303
    send = _post(client, f"/forberedelse/{MID}/udsend", {"version": _version(client)},
                 f"/forberedelse/{MID}")
    assert send.status_code == 303
    assert not agenda_at(store, MID).udkast  # type: ignore[union-attr]
    before = store.log.last_position()
    refused = _item(client, nummer="3", titel="Eventuelt", grund="")
    assert refused.status_code == 422 and "aendring-uden-grund" in refused.text
    assert 'value="Eventuelt"' in refused.text  # the input is kept
    assert store.log.last_position() == before
    assert _item(client, nummer="3", titel="Eventuelt",
                 grund="rejst af formanden").status_code == 303
    page = client.get(f"/moeder/{MID}?dagsorden=true").text
    assert "Ændringer af dagsordenen efter udsendelsen" in page
    assert "rejst af formanden" in page and "punkt 3 Eventuelt" in page


def test_every_field_error_at_once_beside_its_field_and_nothing_recorded(
        prep: tuple[TestClient[Any], Socialaftale]) -> None:
    client, store = prep
    before = store.log.last_position()
    r = _post(client, "/forberedelse", {"forum": "", "dato": "2031-02-30"})
    assert r.status_code == 422
    assert "Angiv forummet" in r.text and "&#39;2031-02-30&#39; er ikke en gyldig dato" in r.text
    assert store.log.last_position() == before
    _planned(client)
    again = _post(client, "/forberedelse", {"forum": "Opdigtet udvalg", "dato": "2031-03-04"})
    assert again.status_code == 409 and "moede-dobbelt" in again.text
    before = store.log.last_position()
    both = _item(client, nummer="", titel="")
    assert both.status_code == 422
    assert "Angiv punktets nummer" in both.text and "Angiv punktets titel" in both.text
    empty = _post(client, f"/forberedelse/{MID}/udsend", {"version": _version(client)},
                  f"/forberedelse/{MID}")
    assert empty.status_code == 422 and "dagsorden-tom" in empty.text
    assert store.log.last_position() == before


def test_a_stale_form_is_refused_with_the_others_change_shown_and_the_input_kept(
        prep: tuple[TestClient[Any], Socialaftale]) -> None:
    client, store = prep
    _planned(client)
    _item(client, nummer="1", titel="Budget")
    opened = _version(client)
    data = {"version": opened, "gammelt": "1", "handling": "gem", "nummer": "1",
            "sagsfremstilling": "", "indstilling": ""}
    first = _post(client, f"/forberedelse/{MID}/punkt", {**data, "titel": "Budget 2032"},
                  f"/forberedelse/{MID}")
    assert first.status_code == 303
    before = store.log.last_position()
    second = _post(client, f"/forberedelse/{MID}/punkt", {**data, "titel": "Takster"},
                   f"/forberedelse/{MID}")
    assert second.status_code == 409
    assert "ændret af en anden siden du åbnede siden" in second.text
    assert "1. Budget 2032 (af Sekretariatet" in second.text  # the other's change
    assert 'value="Takster"' in second.text  # nothing lost: the input stays in the form
    assert store.log.last_position() == before


def test_only_the_secretariat_and_only_with_csrf(
        prep: tuple[TestClient[Any], Socialaftale]) -> None:
    client, store = prep
    _planned(client)
    before = store.log.last_position()
    no_csrf = client.post("/forberedelse", data={"forum": "Andet udvalg", "dato": "2031-05-06"},
                          follow_redirects=False)
    assert no_csrf.status_code == 403 and "CSRF" in no_csrf.text
    log_in(client, TokenStore(store).create("kommune", kommune_name="Aalborg"))
    assert client.get("/forberedelse").status_code == 403
    client.post("/log-ud", data={"_csrf_token": csrf_of(client, "/")})
    assert client.get("/forberedelse").status_code == 401
    assert client.get(f"/forberedelse/{MID}").status_code == 401
    assert store.log.last_position() == before


def test_a_bad_bilag_is_refused_beside_its_field_and_nothing_stored(
        prep: tuple[TestClient[Any], Socialaftale]) -> None:
    client, store = prep
    _planned(client)
    _item(client, nummer="1", titel="Budget")
    before = store.log.last_position()
    csrf = csrf_of(client, f"/forberedelse/{MID}")
    for name, content, status, rule in [
            ("program.pdf", b"MZ\x90\x00" + b"\x00" * 64, 422, "bilag-eksekverbar"),
            ("falsk.pdf", b"%PDF-1.7\nikke en pdf", 422, "bilag-ikke-pdf"),
            ("notat.docx", b"hej", 422, "bilag-indhold-passer-ikke")]:
        r = client.post(f"/forberedelse/{MID}/bilag", data={"punkt": "1", "_csrf_token": csrf},
                        files={"fil": (name, content)}, follow_redirects=False)
        assert r.status_code == status and rule in r.text, (name, r.status_code)
        assert 'role="alert"' in r.text and 'value="Budget"' in r.text  # the item still shown
    nothing = client.post(f"/forberedelse/{MID}/bilag", data={"punkt": "1", "_csrf_token": csrf},
                          files={"fil": ("", b"")}, follow_redirects=False)
    assert nothing.status_code in (400, 422)
    assert store.log.last_position() == before
    ok = client.post(f"/forberedelse/{MID}/bilag", data={"punkt": "1", "_csrf_token": csrf},
                     files={"fil": ("notat.txt", b"Takster for 2032")},
                     follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == f"/forberedelse/{MID}#punkt-1"
    page = client.get(f"/forberedelse/{MID}").text
    assert "notat.txt" in page
    renamed = _item(client, gammelt="1", nummer="9", titel="Budget")
    assert renamed.status_code == 422 and "bilag-paa-punkt" in renamed.text


def test_an_amended_item_keeps_its_place_and_a_form_without_version_is_refused(
        prep: tuple[TestClient[Any], Socialaftale]) -> None:
    client, store = prep
    _planned(client)
    _item(client, nummer="1", titel="Budget")
    _item(client, nummer="2", titel="Takster")
    _post(client, f"/forberedelse/{MID}/udsend", {"version": _version(client)},
          f"/forberedelse/{MID}")
    assert _item(client, gammelt="1", nummer="1", titel="Budget 2032",
                 grund="titlen rettet").status_code == 303
    agenda = agenda_at(store, MID)
    assert agenda is not None
    assert [p.titel for p in agenda.punkter] == ["Budget 2032", "Takster"]
    unreasoned = _item(client, gammelt="2", handling="op", grund="")
    assert unreasoned.status_code == 422 and "aendring-uden-grund" in unreasoned.text
    moved = _item(client, gammelt="2", handling="op", grund="taksterne før budgettet")
    assert moved.status_code == 303
    assert [p.nummer for p in agenda_at(store, MID).punkter] == ["2", "1"]  # type: ignore[union-attr]
    page = client.get(f"/moeder/{MID}?dagsorden=true").text
    assert "taksterne før budgettet. Ny rækkefølge: punkt 2, 1." in page
    assert page.index("Takster") < page.index("Budget 2032")
    before = store.log.last_position()
    no_version = _post(client, f"/forberedelse/{MID}/punkt",
                       {"gammelt": "", "nummer": "3", "titel": "Eventuelt"},
                       f"/forberedelse/{MID}")
    assert no_version.status_code == 400 and "version" in no_version.text
    assert client.get("/forberedelse/ukendt-2031-01-01").status_code == 404
    assert store.log.last_position() == before


def test_a_form_posted_twice_records_once(prep: tuple[TestClient[Any], Socialaftale]) -> None:
    client, store = prep
    _planned(client)
    data = {"version": _version(client), "gammelt": "", "handling": "gem", "nummer": "1",
            "titel": "Budget", "sagsfremstilling": "", "indstilling": ""}
    csrf = csrf_of(client, f"/forberedelse/{MID}")
    first = client.post(f"/forberedelse/{MID}/punkt", data={**data, "_csrf_token": csrf},
                        follow_redirects=False)
    before = store.log.last_position()
    again = client.post(f"/forberedelse/{MID}/punkt", data={**data, "_csrf_token": csrf},
                        follow_redirects=False)
    assert (first.status_code, again.status_code) == (303, 409)
    assert store.log.last_position() == before
    assert [p.titel for p in agenda_at(store, MID).punkter] == ["Budget"]  # type: ignore[union-attr]


def test_a_person_logged_in_with_a_password_is_named_in_recorded_by(
        web_store: Socialaftale) -> None:
    import argon2

    from socialaftale_web import UserStore

    users = UserStore(web_store,
                      hasher=argon2.PasswordHasher.from_parameters(argon2.profiles.CHEAPEST))
    users.create("anna", "en lang nok adgangskode", role="sekretariat")
    with TestClient(create_app(web_store, users=users)) as client:
        r = client.post("/log-ind", follow_redirects=False, data={
            "bruger": "anna", "adgangskode": "en lang nok adgangskode", "naeste": "/",
            "_csrf_token": csrf_of(client)})
        assert r.status_code == 303, r.text
        _planned(client)
    [scheduled, _agenda] = web_store.stream(meetings.meeting_stream(MID))
    assert scheduled.meta.recorded_by == "Sekretariatet (anna)"


def test_a_bilag_after_sending_needs_a_reason_and_shows_among_the_amendments(
        prep: tuple[TestClient[Any], Socialaftale]) -> None:
    client, store = prep
    _planned(client)
    _item(client, nummer="1", titel="Budget")
    csrf = csrf_of(client, f"/forberedelse/{MID}")
    draft = client.post(f"/forberedelse/{MID}/bilag", data={"punkt": "1", "_csrf_token": csrf},
                        files={"fil": ("notat.txt", b"Takster for 2032")}, follow_redirects=False)
    assert draft.status_code == 303  # before sending: no reason asked
    _post(client, f"/forberedelse/{MID}/udsend", {"version": _version(client)},
          f"/forberedelse/{MID}")
    editor = client.get(f"/forberedelse/{MID}").text
    assert "Grund til bilaget efter udsendelsen" in editor
    before = store.log.last_position()
    late = {"fil": ("tillaeg.txt", "Et tillæg om takster".encode())}
    refused = client.post(f"/forberedelse/{MID}/bilag", files=late, follow_redirects=False,
                          data={"punkt": "1", "grund": " ", "_csrf_token": csrf})
    assert refused.status_code == 422 and "aendring-uden-grund" in refused.text
    assert "skal have en grund" in refused.text and 'role="alert"' in refused.text
    assert store.log.last_position() == before
    ok = client.post(f"/forberedelse/{MID}/bilag", files=late, follow_redirects=False,
                     data={"punkt": "1", "grund": "eftersendt af forvaltningen",
                           "_csrf_token": csrf})
    assert ok.status_code == 303, ok.text
    page = client.get(f"/moeder/{MID}?dagsorden=true").text
    section = page[page.index("Ændringer af dagsordenen efter udsendelsen"):]
    section = section[:section.index("</section>")]
    assert "eftersendt af forvaltningen. Bilag vedhæftet punkt 1:" in section
    assert "tillaeg.txt" in section and "notat.txt" not in section


@pytest.fixture(params=["sqlite", "postgres"])
def api(request: pytest.FixtureRequest, store_url_factory: Any) -> Iterator[
        tuple[TestClient[Any], Socialaftale, dict[str, str]]]:
    store = open_store(store_url_factory(request.param), actor="test")
    token = TokenStore(store).create("sekretariat", label="Sekretariatet")
    with TestClient(create_app(store)) as client:
        yield client, store, {"Authorization": f"Bearer {token}"}
    store.close()


def test_the_json_api_prepares_a_meeting_with_the_forms_rules_and_errors(
        api: tuple[TestClient[Any], Socialaftale, dict[str, str]]) -> None:
    import base64

    client, store, auth = api
    before = store.log.last_position()
    bad = client.post("/api/forberedelse", headers=auth, json={"forum": "", "dato": "2031-02-30"})
    assert bad.status_code == 422
    assert set(bad.json()["fejl"]) == {"forum", "dato"}  # every field's error at once
    assert "ikke en gyldig dato" in bad.json()["fejl"]["dato"]
    anonymous = client.post("/api/forberedelse", json={"forum": "Opdigtet udvalg",
                                                       "dato": "2031-03-04"})
    assert anonymous.status_code == 401
    kommune = {"Authorization": "Bearer " + TokenStore(store).create("kommune",
                                                                    kommune_name="Aalborg")}
    other = client.post("/api/forberedelse", headers=kommune,
                        json={"forum": "Opdigtet udvalg", "dato": "2031-03-04"})
    assert other.status_code == 403 and "sekretariatet" in other.json()["detail"]
    assert store.log.last_position() == before
    planned = client.post("/api/forberedelse", headers=auth,
                          json={"forum": "Opdigtet udvalg", "dato": "2031-03-04"})
    assert planned.status_code == 201, planned.text
    assert planned.json()["meeting_id"] == MID and planned.json()["udkast"] is True
    again = client.post("/api/forberedelse", headers=auth,
                        json={"forum": "Opdigtet udvalg", "dato": "2031-03-04"})
    assert again.status_code == 409 and "moede-dobbelt" in again.json()["detail"]
    version = planned.json()["version"]
    items = f"/api/forberedelse/{MID}/punkt"
    for nummer, titel in (("1", "Budget"), ("2", "Takster")):
        r = client.post(items, headers=auth, json={"version": version, "nummer": nummer,
                                                   "titel": titel,
                                                   "indstilling": ["at det godkendes"]})
        assert r.status_code == 200, r.text
        version = r.json()["version"]
    stale = client.post(items, headers=auth, json={"version": version - 1, "nummer": "3",
                                                   "titel": "Eventuelt"})
    assert stale.status_code == 409 and "ændret af en anden" in stale.json()["detail"]
    assert stale.json()["version"] == version and stale.json()["aendringer"]
    sent = client.post(f"/api/forberedelse/{MID}/udsend", headers=auth, json={"version": version})
    assert sent.status_code == 200 and sent.json()["udkast"] is False
    version = sent.json()["version"]
    before = store.log.last_position()
    unreasoned = client.post(items, headers=auth, json={"version": version, "gammelt": "2",
                                                        "handling": "op"})
    assert unreasoned.status_code == 422 and "aendring-uden-grund" in unreasoned.json()["fejl"][
        "grund"]
    bilag = f"/api/forberedelse/{MID}/bilag"
    content = base64.b64encode(b"Takster for 2032").decode()
    no_reason = client.post(bilag, headers=auth, json={"punkt": "2", "navn": "notat.txt",
                                                       "indhold": content})
    assert no_reason.status_code == 422 and "grund" in no_reason.json()["fejl"]
    not_base64 = client.post(bilag, headers=auth, json={"punkt": "2", "navn": "notat.txt",
                                                        "indhold": "ikke base64!",
                                                        "grund": "eftersendt"})
    assert not_base64.status_code == 422 and "base64" in not_base64.json()["detail"]
    exe = client.post(bilag, headers=auth, json={
        "punkt": "2", "navn": "program.pdf", "grund": "eftersendt",
        "indhold": base64.b64encode(b"MZ\x90\x00" + b"\x00" * 64).decode()})
    assert exe.status_code == 422 and "bilag-eksekverbar" in exe.json()["detail"]
    assert store.log.last_position() == before
    moved = client.post(items, headers=auth, json={"version": version, "gammelt": "2",
                                                   "handling": "op", "grund": "takster først"})
    assert moved.status_code == 200, moved.text
    assert [p["nummer"] for p in moved.json()["punkter"]] == ["2", "1"]
    ok = client.post(bilag, headers=auth, json={"punkt": "2", "navn": "notat.txt",
                                                "indhold": content, "grund": "eftersendt"})
    assert ok.status_code == 201 and ok.json()["bilag"] == ["2: notat.txt"]
    shown = client.get(f"/api/forberedelse/{MID}", headers=auth)
    assert shown.status_code == 200 and shown.json()["version"] == ok.json()["version"]
    assert client.get("/api/forberedelse/ukendt-2031-01-01", headers=auth).status_code == 404
    reasons = [r.event.grund for r in agenda_amendments(store, MID)]
    assert reasons == ["takster først", "eftersendt"]
