"""An item's decision carries a fact (a tilbudsvifte change, an appointment) typed in the
referat form: read by the record files' own rules, refused beside its field with their
Danish words, recorded only together with the decision."""

from __future__ import annotations

from datetime import date

from litestar.testing import TestClient

from socialaftale import DecisionRef, Provenance, Socialaftale, Source, meetings
from socialaftale.domain import arbejdsgrupper as groups
from socialaftale.domain import tilbudsvifte as tv
from socialaftale_web import create_app

from . import test_referat_skriv
from .test_referat_skriv import MEETING, item_form, log_in_as

# the meeting planned in a real SQLite file and in the PostgreSQL server
web_store = test_referat_skriv.web_store
planned = test_referat_skriv.planned

KEY = "aalborg/solhaven"


def offer(store: Socialaftale) -> None:
    """An offer in the tilbudsvifte, as an earlier record registered it."""
    store.record(tv.RegisterTilbud(
        key=KEY, navn="Botilbuddet Solhaven", driftsherre="Aalborg Kommune",
        lovgrundlag=tv.parse_lovgrundlag("§108"), pladser=20, kategori=3,
        effective_on=date(2020, 1, 1), provenance=Provenance(date(2020, 1, 1), Source("x"))))


def test_choosing_a_fact_type_shows_its_fields_with_danish_text_and_records_nothing(
    planned: Socialaftale,
) -> None:
    with TestClient(create_app(planned)) as c:
        log_in_as(c, planned, "anna")
        before = planned.log.last_position()
        r = c.post(f"/moeder/{MEETING}/punkt/2", data=item_form(
            c, udfald="godkendt", referat="Godkendt.", fakt_type="ChangePladser",
            vis_felter="1"))
        assert r.status_code == 200
        for field in ("key", "effective_on", "pladser", "pladsdele", "note"):
            assert f'name="fakt_{field}"' in r.text
        assert "Godkendt." in r.text  # what was typed is kept
        assert planned.log.last_position() == before


def test_a_tilbudsvifte_fact_is_recorded_with_the_decision_it_is_carried_by(
    planned: Socialaftale,
) -> None:
    offer(planned)
    with TestClient(create_app(planned)) as c:
        log_in_as(c, planned, "anna")
        r = c.post(f"/moeder/{MEETING}/punkt/2", follow_redirects=False, data=item_form(
            c, udfald="godkendt", referat="Solhaven udvides.", fakt_type="ChangePladser",
            fakt_key=KEY, fakt_effective_on="2027-01-01", fakt_pladser="24",
            fakt_note="udvidelsen godkendt på mødet"))
        assert r.status_code == 303, r.text
        again = c.get(f"/moeder/{MEETING}/punkt/2").text
        carried = again.split('<ul id="baaret">')[1].split("</ul>")[0]
        assert "Pladser ændret fra 20 til 24" in carried  # what the decision already carries
    last = planned.stream(tv.tilbud_stream(KEY))[-1]
    assert isinstance(last.event, tv.PladserChanged)
    assert last.event.til == 24 and last.event.effective_on == date(2027, 1, 1)
    assert last.meta.decision == DecisionRef(MEETING, "2")
    assert "udvidelsen godkendt på mødet" in (last.meta.source.note or "")
    assert last.meta.recorded_by == "Sekretariatet (anna)"


def test_a_refused_fact_shows_the_records_error_beside_its_field_and_nothing_is_recorded(
    planned: Socialaftale,
) -> None:
    offer(planned)
    with TestClient(create_app(planned)) as c:
        log_in_as(c, planned, "anna")
        before = planned.log.last_position()
        typo = c.post(f"/moeder/{MEETING}/punkt/2", data=item_form(
            c, udfald="godkendt", referat="Solhaven udvides.", fakt_type="ChangePladser",
            fakt_key=KEY, fakt_effective_on="2027-01-01", fakt_pladser="fireogtyve"))
        assert typo.status_code == 422
        assert 'id="fejl-fakt_pladser"' in typo.text and "skal være et heltal" in typo.text
        assert 'value="fireogtyve"' in typo.text  # what was typed is kept
        unknown = c.post(f"/moeder/{MEETING}/punkt/2", data=item_form(
            c, udfald="godkendt", referat="Solhaven udvides.", fakt_type="ChangePladser",
            fakt_key="aalborg/ukendt", fakt_effective_on="2027-01-01", fakt_pladser="24"))
        assert unknown.status_code == 422 and 'id="fejl-fakt_' in unknown.text
        assert planned.log.last_position() == before  # not even the decision


def test_an_appointment_is_carried_by_the_decision(planned: Socialaftale) -> None:
    with TestClient(create_app(planned)) as c:
        log_in_as(c, planned, "anna")
        missing = c.post(f"/moeder/{MEETING}/punkt/1", data=item_form(
            c, "1", udfald="godkendt", referat="Anne Jensen blev valgt som formand.",
            fakt_type="AppointPerson", fakt_navn="Anne Jensen", fakt_rolle="formand",
            fakt_hvor="DAS"))
        assert missing.status_code == 422
        assert 'id="fejl-fakt_fra"' in missing.text
        assert "feltet &#39;fra&#39; mangler" in missing.text
        r = c.post(f"/moeder/{MEETING}/punkt/1", follow_redirects=False, data=item_form(
            c, "1", udfald="godkendt", referat="Anne Jensen blev valgt som formand.",
            fakt_type="AppointPerson", fakt_navn="Anne Jensen", fakt_rolle="formand",
            fakt_hvor="DAS", fakt_fra="2026-11-12"))
        assert r.status_code == 303, r.text
    appointed = [x for x in planned.log.read() if isinstance(x.event, groups.PersonAppointed)]
    assert [(a.event.navn, a.event.rolle, a.meta.decision) for a in appointed] == [
        ("Anne Jensen", "formand", DecisionRef(MEETING, "1"))]


def test_sub_matters_each_with_an_outcome_and_a_fact_carried_by_one(
    planned: Socialaftale,
) -> None:
    offer(planned)
    with TestClient(create_app(planned)) as c:
        log_in_as(c, planned, "anna")
        before = planned.log.last_position()
        twice = c.post(f"/moeder/{MEETING}/punkt/2", data=item_form(
            c, referat="Taksterne blev behandlet.",
            sag_id_1="a", sag_titel_1="Solhaven", sag_udfald_1="godkendt",
            sag_id_2="a", sag_titel_2="Lunden", sag_udfald_2="ikke_godkendt",
            fakt_type="ChangePladser", fakt_sag="b", fakt_key=KEY,
            fakt_effective_on="2027-01-01", fakt_pladser="24"))
        assert twice.status_code == 422
        assert 'id="fejl-sag_id_2"' in twice.text and "står to gange" in twice.text
        assert 'id="fejl-fakt_sag"' in twice.text and "sagen &#39;b&#39; findes ikke" in twice.text
        assert 'value="Lunden"' in twice.text  # what was typed is kept
        assert planned.log.last_position() == before
        r = c.post(f"/moeder/{MEETING}/punkt/2", follow_redirects=False, data=item_form(
            c, referat="Taksterne blev behandlet.",
            sag_id_1="a", sag_titel_1="Solhaven", sag_udfald_1="godkendt",
            sag_id_2="b", sag_titel_2="Lunden", sag_udfald_2="ikke_godkendt",
            fakt_type="ChangePladser", fakt_sag="a", fakt_key=KEY,
            fakt_effective_on="2027-01-01", fakt_pladser="24"))
        assert r.status_code == 303, r.text
        shown = c.get(f"/moeder/{MEETING}/punkt/2").text
        assert 'value="Lunden"' in shown  # the recorded sub-matters fill the form again
    decided = [x.event for x in planned.stream(meetings.meeting_stream(MEETING))
               if isinstance(x.event, meetings.DecisionRecorded)][-1]
    assert [(s.id, s.outcome) for s in decided.sager] == [
        ("a", "approved"), ("b", "rejected_with_reasons")]
    assert decided.outcome == "mixed"
    last = planned.stream(tv.tilbud_stream(KEY))[-1]
    assert last.meta.decision == DecisionRef(MEETING, "2", matter="a")
