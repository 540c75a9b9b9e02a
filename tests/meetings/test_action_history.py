"""Actions over time (issue 16 point 7): vague and partial deadlines, an unknown owner, and
later decisions that postpone, reassign or deliver an action (the old deadline and owner stay
in the history, and the delivering decision shows it among its facts)."""

from __future__ import annotations

from datetime import date

import pytest

from socialaftale import DecisionRef, DomainError, PartialDate, Provenance, Socialaftale, Source
from socialaftale import meetings as m
from socialaftale.projections.meetings import Opfoelgning

JAN, MAR, JUN = date(2013, 1, 17), date(2013, 3, 18), date(2013, 6, 20)
FIRST, LATER = "socdir-2013-01-17", "socdir-2013-03-18"


def _prov(meeting_id: str, on: date, item: str = "1") -> Provenance:
    return Provenance(on, Source(f"{meeting_id}.txt", item), DecisionRef(meeting_id, item))


def _meeting(store: Socialaftale, meeting_id: str, on: date) -> None:
    p = Provenance(on, Source(f"{meeting_id}.txt"))
    store.record(m.ScheduleMeeting(meeting_id=meeting_id, body="SOCDIR", dato=on, provenance=p))
    store.record(m.ProposeAgenda(meeting_id=meeting_id, provenance=p,
                                 punkter=(m.Punkt("1", "Punkt 1"), m.Punkt("4", "Punkt 4"))))
    store.record(m.RecordDecision(meeting_id=meeting_id, punkt="4", outcome="discussed",
                                  referat="Drøftet.", provenance=_prov(meeting_id, on, "4")))


def _assign(store: Socialaftale, action_id: str, **fields: object) -> None:
    store.record(m.AssignAction(meeting_id=FIRST, punkt="1", action_id=action_id,
                                leverance=f"leverance {action_id}", provenance=_prov(FIRST, JAN),
                                **fields))  # type: ignore[arg-type]


def _by_id(store: Socialaftale, on: date, *, open_only: bool = True,
           owner: str | None = None) -> dict[str, Opfoelgning]:
    return {a.action_id: a for a in store.actions(on, open_only=open_only, owner=owner)}


@pytest.fixture
def two_meetings(store: Socialaftale) -> Socialaftale:
    _meeting(store, FIRST, JAN)
    _meeting(store, LATER, MAR)
    return store


def test_a_partial_deadline_is_overdue_only_after_its_latest_day(
        two_meetings: Socialaftale) -> None:
    _assign(two_meetings, "ultimo", ansvarlig="Hjørring Kommune",
            frist=PartialDate(2013, 1, "ultimo"))
    on_last_day = _by_id(two_meetings, date(2013, 1, 31))["ultimo"]
    assert on_last_day.frist_tekst == "ultimo januar 2013" and not on_last_day.overskredet
    assert _by_id(two_meetings, date(2013, 2, 1))["ultimo"].overskredet


def test_snarest_is_never_overdue_but_shown_after_the_dated_deadlines(
        two_meetings: Socialaftale) -> None:
    _assign(two_meetings, "a-snarest", snarest=True)
    _assign(two_meetings, "b-dato", ansvarlig="Sekretariatet", frist=date(2013, 12, 1))
    _assign(two_meetings, "c-ukendt", ansvarlig="Sekretariatet")
    found = two_meetings.actions(date(2020, 1, 1))
    assert [(a.action_id, a.frist_tekst, a.overskredet) for a in found] == [
        ("b-dato", "2013-12-01", True), ("a-snarest", "snarest", False),
        ("c-ukendt", "frist ukendt", False)]
    assert found[1].snarest and found[1].frist is None


def test_an_owner_the_minutes_do_not_name_is_unknown_and_found_as_ikke_angivet(
        two_meetings: Socialaftale) -> None:
    _assign(two_meetings, "uden-ejer", note="Referatet nævner ingen ansvarlig")
    _assign(two_meetings, "med-ejer", ansvarlig="Aalborg Kommune")
    action = _by_id(two_meetings, JAN)["uden-ejer"]
    assert action.ansvarlig is None and action.note == "Referatet nævner ingen ansvarlig"
    assert set(_by_id(two_meetings, JAN, owner="ikke angivet")) == {"uden-ejer"}
    assert set(_by_id(two_meetings, JAN, owner="aalborg")) == {"med-ejer"}


def test_an_empty_owner_is_refused_rather_than_taken_for_a_name(
        two_meetings: Socialaftale) -> None:
    with pytest.raises(DomainError) as caught:
        _assign(two_meetings, "tom", ansvarlig="  ")
    assert caught.value.rule == "tom-ansvarlig"


def test_a_later_decision_postpones_and_the_old_deadline_stays_in_the_history(
        two_meetings: Socialaftale) -> None:
    _assign(two_meetings, "notat", ansvarlig="Sekretariatet", frist=date(2013, 3, 1))
    two_meetings.record(m.PostponeAction(
        meeting_id=FIRST, action_id="notat", frist=PartialDate(2013, 4, "primo"),
        grund="afventer KL", provenance=_prov(LATER, MAR, "4")))
    before = _by_id(two_meetings, date(2013, 3, 10))["notat"]
    assert before.frist == date(2013, 3, 1) and before.overskredet and before.historik == ()
    after = _by_id(two_meetings, date(2013, 4, 5))["notat"]
    assert after.frist == PartialDate(2013, 4, "primo") and not after.overskredet
    [change] = after.historik
    assert (change.art, change.tekst, change.foer, change.ved, change.grund) == (
        "udsat", "primo april 2013", "2013-03-01", f"{LATER} pkt. 4", "afventer KL")


def test_postponed_to_the_next_meeting_means_the_meeting_after_the_postponing_one(
        two_meetings: Socialaftale) -> None:
    _assign(two_meetings, "naeste", ansvarlig="Aalborg Kommune", til_naeste_moede=True)
    assert _by_id(two_meetings, date(2013, 2, 1))["naeste"].frist_tekst == (
        f"næste møde ({MAR.isoformat()})")
    two_meetings.record(m.PostponeAction(meeting_id=FIRST, action_id="naeste",
                                         til_naeste_moede=True,
                                         provenance=_prov(LATER, MAR, "4")))
    assert _by_id(two_meetings, date(2013, 4, 1))["naeste"].frist_tekst == (
        "næste møde (ikke fastsat)")
    _meeting(two_meetings, "socdir-2013-06-20", JUN)
    postponed = _by_id(two_meetings, date(2013, 4, 1))["naeste"]
    assert postponed.frist == JUN and postponed.historik[0].foer == "næste møde (2013-03-18)"


def test_a_later_decision_reassigns_and_narrows(two_meetings: Socialaftale) -> None:
    _assign(two_meetings, "skitse", ansvarlig="Aalborg Kommune")
    two_meetings.record(m.ReassignAction(meeting_id=FIRST, action_id="skitse",
                                         ansvarlig="Sekretariatet", leverance="kun børneområdet",
                                         provenance=_prov(LATER, MAR, "4")))
    assert _by_id(two_meetings, date(2013, 2, 1))["skitse"].ansvarlig == "Aalborg Kommune"
    now = _by_id(two_meetings, MAR)["skitse"]
    assert (now.ansvarlig, now.leverance) == ("Sekretariatet", "kun børneområdet")
    assert now.historik[0].foer == "Aalborg Kommune: leverance skitse"
    assert set(_by_id(two_meetings, MAR, owner="aalborg")) == set()


def test_a_reassignment_must_change_something(two_meetings: Socialaftale) -> None:
    _assign(two_meetings, "x", ansvarlig="Sekretariatet")
    with pytest.raises(DomainError) as caught:
        two_meetings.record(m.ReassignAction(meeting_id=FIRST, action_id="x",
                                             provenance=_prov(LATER, MAR, "4")))
    assert caught.value.rule == "aendring-uden-indhold"


def test_a_postponement_needs_one_new_deadline(two_meetings: Socialaftale) -> None:
    _assign(two_meetings, "x", ansvarlig="Sekretariatet")
    for fields, rule in (({}, "udsat-uden-frist"),
                         ({"snarest": True, "til_naeste_moede": True}, "frist-dobbelt")):
        with pytest.raises(DomainError) as caught:
            two_meetings.record(m.PostponeAction(meeting_id=FIRST, action_id="x",
                                                 provenance=_prov(LATER, MAR, "4"),
                                                 **fields))  # type: ignore[arg-type]
        assert caught.value.rule == rule


def test_an_action_closed_before_it_was_assigned_is_refused(two_meetings: Socialaftale) -> None:
    _assign(two_meetings, "x", ansvarlig="Sekretariatet")
    with pytest.raises(DomainError) as caught:
        two_meetings.record(m.CompleteAction(meeting_id=FIRST, action_id="x",
                                             dato=date(2013, 1, 10),
                                             provenance=_prov(LATER, MAR, "4")))
    assert caught.value.rule == "afsluttet-foer-givet" and caught.value.field == "dato"
    assert "2013-01-17" in caught.value.message


def test_an_unknown_action_is_refused_with_the_nearest_id(two_meetings: Socialaftale) -> None:
    _assign(two_meetings, "socdir-2013-01-17-4a", ansvarlig="Sekretariatet")
    with pytest.raises(DomainError) as caught:
        two_meetings.record(m.PostponeAction(meeting_id=FIRST, action_id="socdir-2013-01-17-4b",
                                             snarest=True, provenance=_prov(LATER, MAR, "4")))
    assert caught.value.rule == "ukendt-opfoelgning"
    assert "mente du socdir-2013-01-17-4a?" in caught.value.message


def test_delivering_at_a_later_meeting_is_among_that_decisions_facts(
        two_meetings: Socialaftale) -> None:
    _assign(two_meetings, "notat", ansvarlig="Sekretariatet", frist=date(2013, 3, 1))
    two_meetings.record(m.CompleteAction(meeting_id=FIRST, action_id="notat", dato=MAR,
                                         provenance=_prov(LATER, MAR, "4")))
    [decision] = [d for d in two_meetings.decisions() if d.meeting_id == LATER]
    assert [f.kind for f in decision.fakta] == ["ActionCompleted"]
    assert "leverance notat" in decision.fakta[0].summary
    done = _by_id(two_meetings, MAR, open_only=False)["notat"]
    assert done.afsluttet == MAR and done.afsluttet_ved == f"{LATER} pkt. 4"


def test_an_action_raised_at_an_item_the_meeting_lacks_is_refused(
        two_meetings: Socialaftale) -> None:
    with pytest.raises(DomainError) as caught:
        two_meetings.record(m.AssignAction(meeting_id=FIRST, punkt="9", action_id="x",
                                           leverance="notat", provenance=_prov(FIRST, JAN)))
    assert (caught.value.rule, caught.value.field) == ("punkt-ikke-paa-dagsorden", "punkt")
    assert two_meetings.actions(JAN) == ()
