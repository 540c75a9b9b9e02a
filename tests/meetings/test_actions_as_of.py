"""Follow-up actions as of a date: only those assigned by then, open as they were then, in
the order a secretariat works through them."""

from __future__ import annotations

from datetime import date

from socialaftale import DecisionRef, Provenance, Socialaftale, Source
from socialaftale import meetings as m


def _meeting(store: Socialaftale, meeting_id: str, on: date, *punkter: str) -> None:
    p = Provenance(on, Source(f"{meeting_id}.txt"))
    store.record(m.ScheduleMeeting(meeting_id=meeting_id, body="SOCDIR", dato=on,
                                   tid="kl. 10-12", sted="Rebild", provenance=p))
    if punkter:
        store.record(m.ProposeAgenda(meeting_id=meeting_id, provenance=p, punkter=tuple(
            m.Punkt(nr, f"Punkt {nr}") for nr in punkter)))


def _action(store: Socialaftale, meeting_id: str, on: date, action_id: str,
            frist: date | None = None, *, naeste: bool = False) -> None:
    store.record(m.AssignAction(
        meeting_id=meeting_id, punkt="1", action_id=action_id, ansvarlig="Sekretariatet",
        leverance=f"leverance {action_id}", frist=frist, til_naeste_moede=naeste,
        provenance=Provenance(on, Source(f"{meeting_id}.txt", "1"),
                              DecisionRef(meeting_id, "1"))))


def _record(store: Socialaftale) -> None:
    january, march = date(2013, 1, 17), date(2013, 3, 18)
    _meeting(store, "socdir-2013-01-17", january, "1")
    _action(store, "socdir-2013-01-17", january, "ukendt")
    _action(store, "socdir-2013-01-17", january, "dateret", date(2013, 3, 1))
    _action(store, "socdir-2013-01-17", january, "naeste", naeste=True)
    _action(store, "socdir-2013-01-17", january, "overskredet", date(2013, 1, 31))
    _meeting(store, "socdir-2013-02-20", date(2013, 2, 20))  # "næste møde" for January's
    _meeting(store, "socdir-2013-03-18", march, "1")
    _action(store, "socdir-2013-03-18", march, "marts")
    store.record(m.CompleteAction(meeting_id="socdir-2013-01-17", action_id="dateret",
                                  dato=date(2013, 3, 10),
                                  provenance=Provenance(march, Source("socdir-2013-03-18.txt"))))


def test_as_of_a_date_only_actions_assigned_by_then_in_working_order(
        store: Socialaftale) -> None:
    _record(store)
    found = store.actions(date(2013, 2, 15))
    assert [(a.action_id, a.frist_tekst, a.overskredet) for a in found] == [
        ("overskredet", "2013-01-31", True),
        ("naeste", "næste møde (2013-02-20)", False),
        ("dateret", "2013-03-01", False),
        ("ukendt", "frist ukendt", False),
    ]


def test_an_action_completed_later_was_open_then(store: Socialaftale) -> None:
    _record(store)
    then = {a.action_id: a for a in store.actions(date(2013, 3, 5))}
    assert then["dateret"].overskredet and then["dateret"].afsluttet is None
    assert "marts" not in then
    later = {a.action_id for a in store.actions(date(2013, 3, 20))}
    assert "dateret" not in later and "marts" in later
    done = {a.action_id: a for a in store.actions(date(2013, 3, 20), open_only=False)}
    assert done["dateret"].afsluttet == date(2013, 3, 10) and not done["dateret"].overskredet


def test_a_next_meeting_not_yet_scheduled_comes_before_an_unknown_deadline(
        store: Socialaftale) -> None:
    on = date(2014, 10, 10)
    _meeting(store, "socdir-2014-10-10", on, "1")
    _action(store, "socdir-2014-10-10", on, "a-ukendt")
    _action(store, "socdir-2014-10-10", on, "b-naeste", naeste=True)
    assert [a.frist_tekst for a in store.actions(date(2014, 10, 11))] == [
        "næste møde (ikke fastsat)", "frist ukendt"]
