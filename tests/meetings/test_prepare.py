"""Preparing a meeting: an empty agenda is not sent, an amendment needs a reason, and a save
against an older stream version is refused with nothing stored (issue 20)."""

from __future__ import annotations

from datetime import date

import pytest

from socialaftale import (
    DomainError,
    Provenance,
    Socialaftale,
    Source,
    StaleVersion,
    agenda_amendments,
    agenda_at,
    changes_since,
    meetings,
    record_at,
)

MID = "opdigtet-forum-2031-02-03"
DAY = date(2031, 2, 3)
P = Provenance(date(2031, 1, 10), Source("forberedelse"))


def _planned(store: Socialaftale, *punkter: meetings.Punkt) -> None:
    store.record(meetings.ScheduleMeeting(meeting_id=MID, body="Opdigtet forum", dato=DAY,
                                          provenance=P),
                 meetings.ProposeAgenda(meeting_id=MID, punkter=punkter, udkast=True,
                                        provenance=P))


def test_an_empty_agenda_cannot_be_sent(store: Socialaftale) -> None:
    _planned(store)
    before = store.log.last_position()
    with pytest.raises(DomainError) as err:
        store.record(meetings.SendAgenda(meeting_id=MID, dato=DAY, provenance=P))
    assert err.value.rule == "dagsorden-tom" and "tom dagsorden" in err.value.message
    assert store.log.last_position() == before


def test_an_amendment_without_a_reason_is_refused(store: Socialaftale) -> None:
    _planned(store, meetings.Punkt("1", "Godkendelse af dagsorden"))
    store.record(meetings.SendAgenda(meeting_id=MID, dato=DAY, provenance=P))
    with pytest.raises(DomainError) as err:
        store.record(meetings.AmendAgenda(meeting_id=MID, udgaaet=("1",), grund="  ",
                                          provenance=P))
    assert err.value.rule == "aendring-uden-grund" and err.value.field == "grund"
    store.record(meetings.AmendAgenda(meeting_id=MID, grund="rejst af formanden",
                                      tilfoejet=(meetings.Punkt("2", "Eventuelt"),),
                                      provenance=P))
    [amended] = agenda_amendments(store, MID)
    assert amended.event.grund == "rejst af formanden"
    agenda = agenda_at(store, MID)
    assert agenda is not None and not agenda.udkast
    assert [p.nummer for p in agenda.punkter] == ["1", "2"]


def test_a_save_at_an_older_version_is_refused_and_the_others_change_named(
        store: Socialaftale) -> None:
    _planned(store, meetings.Punkt("1", "Budget"))
    opened = agenda_at(store, MID)
    assert opened is not None and opened.version == 2 and opened.udkast
    theirs = meetings.ProposeAgenda(meeting_id=MID, udkast=True, provenance=P,
                                    punkter=(meetings.Punkt("1", "Budget 2032"),))
    record_at(store, MID, opened.version, [theirs], by="anden")
    before = store.log.last_position()
    mine = meetings.ProposeAgenda(meeting_id=MID, udkast=True, provenance=P,
                                  punkter=(meetings.Punkt("1", "Takster"),))
    with pytest.raises(StaleVersion) as err:
        record_at(store, MID, opened.version, [mine], by="mig")
    assert (err.value.expected, err.value.found) == (2, 3)
    assert store.log.last_position() == before
    [change] = changes_since(store, MID, opened.version)
    assert change.meta.recorded_by == "anden" and change.event.punkter[0].titel == "Budget 2032"
    assert agenda_at(store, MID) is not None


def test_an_item_amended_after_sending_keeps_its_place(store: Socialaftale) -> None:
    _planned(store, meetings.Punkt("1", "Budget"), meetings.Punkt("2", "Takster"),
             meetings.Punkt("3", "Eventuelt"))
    store.record(meetings.SendAgenda(meeting_id=MID, dato=DAY, provenance=P))
    store.record(meetings.AmendAgenda(meeting_id=MID, udgaaet=("2",), grund="ny titel",
                                      tilfoejet=(meetings.Punkt("2", "Takster 2032"),),
                                      provenance=P))
    agenda = agenda_at(store, MID)
    assert agenda is not None
    assert [(p.nummer, p.titel) for p in agenda.punkter] == [
        ("1", "Budget"), ("2", "Takster 2032"), ("3", "Eventuelt")]
    text = store.dagsorden_markdown(MID)
    assert text.index("Budget") < text.index("Takster 2032") < text.index("Eventuelt")


def test_a_bilag_attached_after_sending_needs_a_reason_and_is_an_amendment(
        store: Socialaftale) -> None:
    from socialaftale import attach_bilag

    _planned(store, meetings.Punkt("1", "Budget"))
    [before_sending] = attach_bilag(store, MID, "1", "notat.txt", b"Takster 2032")
    assert before_sending.event.grund is None  # a draft's bilag: no amendment
    store.record(meetings.SendAgenda(meeting_id=MID, dato=DAY, provenance=P))
    before = store.log.last_position()
    for grund in (None, "   "):
        with pytest.raises(DomainError) as err:
            attach_bilag(store, MID, "1", "tillaeg.txt", "Et tillæg".encode(), grund=grund)
        assert err.value.rule == "aendring-uden-grund" and err.value.field == "grund"
    assert store.log.last_position() == before
    [late] = attach_bilag(store, MID, "1", "tillaeg.txt", "Et tillæg".encode(),
                          grund=" eftersendt ")
    assert late.event.grund == "eftersendt"
    assert [r.event for r in agenda_amendments(store, MID)] == [late.event]


def test_items_are_moved_after_sending_as_an_amendment_naming_each_item_once(
        store: Socialaftale) -> None:
    _planned(store, meetings.Punkt("1", "Budget"), meetings.Punkt("2", "Takster"),
             meetings.Punkt("3", "Eventuelt"))
    store.record(meetings.SendAgenda(meeting_id=MID, dato=DAY, provenance=P))
    before = store.log.last_position()
    for order, named in [(("2", "1"), "punkt 3 mangler"), (("2", "1", "3", "1"), "flere gange"),
                         (("2", "1", "3", "9"), "punkt 9 står ikke")]:
        with pytest.raises(DomainError) as err:
            store.record(meetings.AmendAgenda(meeting_id=MID, grund="taksterne først",
                                              raekkefoelge=order, provenance=P))
        assert err.value.rule == "raekkefoelge-ugyldig" and named in err.value.message
    with pytest.raises(DomainError) as err:
        store.record(meetings.AmendAgenda(meeting_id=MID, grund="", raekkefoelge=("2", "1", "3"),
                                          provenance=P))
    assert err.value.rule == "aendring-uden-grund"
    assert store.log.last_position() == before
    store.record(meetings.AmendAgenda(meeting_id=MID, grund="taksterne først",
                                      raekkefoelge=("2", "1", "3"), provenance=P))
    agenda = agenda_at(store, MID)
    assert agenda is not None and [p.nummer for p in agenda.punkter] == ["2", "1", "3"]
    [moved] = agenda_amendments(store, MID)
    assert moved.event.raekkefoelge == ("2", "1", "3")
    [m] = [x for x in store.meetings() if x.meeting_id == MID]
    html = store.dagsorden_html(MID)
    assert html.index("Takster") < html.index("Budget") < html.index("Eventuelt"), m
