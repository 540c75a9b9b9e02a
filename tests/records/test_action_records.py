"""Actions in the record format (issue 16 point 7): every deadline form, an owner left out,
a note, and a later meeting's record postponing, reassigning or delivering an earlier action
by its id; bad deadlines and references that point at nothing are refused with file, line
and field."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from socialaftale import (
    PartialDate,
    RecordError,
    Socialaftale,
    load_records,
    open_store,
    read_units,
)
from socialaftale.domain.meetings import AssignAction
from socialaftale.records import Unit

FIRST = """\
kilde: 001_06729882290ccbd8.txt
moede: {id: socdir-2013-01-17, forum: SOCDIR, dato: 2013-01-17}
punkter:
  - nummer: "5"
    titel: Dagsorden for DAS
    beslutning:
      udfald: droeftet
      referat: Drøftet.
      opfoelgning:
        - {id: a-ultimo, ansvarlig: Hjørring Kommune, leverance: indledende møde med KL,
           frist: ultimo januar}
        - {id: b-snarest, leverance: bilaterale møder, frist: snarest,
           note: Referatet nævner ingen ansvarlig}
        - {id: c-dag, ansvarlig: Sekretariatet, leverance: notat, frist: 31. januar 2013}
        - {id: d-uge, ansvarlig: Sekretariatet, leverance: mail, frist: uge 6}
        - {id: e-naeste, ansvarlig: Sekretariatet, leverance: kommissorium,
           frist: til næste møde}
        - {id: f-aar, ansvarlig: Sekretariatet, leverance: analyse, frist: forår 2015}
"""

LATER = """\
kilde: 002_19692c500b0e1c7c.txt
moede: {id: socdir-2013-03-18, forum: SOCDIR, dato: 2013-03-18}
punkter:
  - nummer: "4"
    titel: Opfølgning
    beslutning:
      udfald: droeftet
      referat: Drøftet.
      fakta:
        - {type: PostponeAction, meeting_id: socdir-2013-01-17, action_id: c-dag,
           frist: primo april, grund: afventer KL}
        - {type: ReassignAction, meeting_id: socdir-2013-01-17, action_id: b-snarest,
           ansvarlig: Aalborg Kommune}
        - {type: CompleteAction, meeting_id: socdir-2013-01-17, action_id: e-naeste,
           dato: 2013-03-18}
"""


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Socialaftale:
    return open_store(str(tmp_path / "a.db"), actor="test")


def _actions(units: list[Unit]) -> dict[str, AssignAction]:
    return {u.command.action_id: u.command for u in units
            if isinstance(u.command, AssignAction)}


def test_every_deadline_form_of_the_minutes_is_read_without_rounding() -> None:
    found = _actions(read_units(FIRST, "socdir.yaml"))
    got = {k: (a.frist, a.snarest, a.til_naeste_moede)
           for k, a in found.items()}
    assert got == {
        "a-ultimo": (PartialDate(2013, 1, "ultimo"), False, False),
        "b-snarest": (None, True, False),
        "c-dag": (date(2013, 1, 31), False, False),
        "d-uge": (date(2013, 2, 10), False, False),
        "e-naeste": (None, False, True),
        "f-aar": (PartialDate(2015, None, "forår"), False, False),
    }
    owner_left_out = found["b-snarest"]
    assert owner_left_out.ansvarlig is None
    assert owner_left_out.note == "Referatet nævner ingen ansvarlig"


def test_a_deadline_not_understood_lists_the_accepted_forms() -> None:
    with pytest.raises(RecordError) as caught:
        read_units(FIRST.replace("frist: snarest", "frist: hurtigst muligt"), "socdir.yaml")
    err = caught.value
    assert (err.line, err.field, err.rule) == (
        12, "punkter[5].beslutning.opfoelgning[2].frist", "ugyldig-frist")
    for form in ("'snarest'", "'til næste møde'", "'uge 47'", "'primo april'", "'forår 2015'"):
        assert form in err.message


def test_a_deadline_without_a_year_that_would_end_before_the_meeting_is_refused() -> None:
    text = FIRST.replace("2013-01-17}", "2013-03-18}").replace("socdir-2013-01-17",
                                                               "socdir-2013-03-18")
    with pytest.raises(RecordError) as caught:
        read_units(text, "socdir.yaml")
    assert caught.value.rule == "ugyldig-frist" and "ultimo januar 2014" in caught.value.message


def test_a_later_record_postpones_reassigns_and_delivers_by_id(
        sqlite_store: Socialaftale) -> None:
    load_records(sqlite_store, [("socdir-2013-01-17.yaml", FIRST),
                                ("socdir-2013-03-18.yaml", LATER)])
    now = {a.action_id: a for a in sqlite_store.actions(date(2013, 3, 20), open_only=False)}
    assert now["c-dag"].frist_tekst == "primo april 2013"
    assert [(c.foer, c.ved, c.grund) for c in now["c-dag"].historik] == [
        ("2013-01-31", "socdir-2013-03-18 pkt. 4", "afventer KL")]
    assert now["b-snarest"].ansvarlig == "Aalborg Kommune"
    assert now["b-snarest"].historik[0].foer == "ikke angivet: bilaterale møder"
    assert now["e-naeste"].afsluttet == date(2013, 3, 18)
    [decision] = [d for d in sqlite_store.decisions() if d.meeting_id == "socdir-2013-03-18"]
    assert [f.kind for f in decision.fakta] == [
        "ActionPostponed", "ActionReassigned", "ActionCompleted"]


@pytest.mark.parametrize(("fact", "rule", "field"), [
    ("{type: CompleteAction, meeting_id: socdir-2013-01-17, action_id: e-naeste,"
     " dato: 2013-01-10}", "afsluttet-foer-givet", "dato"),
    ("{type: PostponeAction, meeting_id: socdir-2013-01-17, action_id: c-dagg,"
     " frist: snarest}", "ukendt-opfoelgning", "action_id"),
    ("{type: PostponeAction, meeting_id: socdir-2013-01-17, action_id: c-dag,"
     " frist: om lidt}", "ugyldig-frist", "frist"),
])
def test_a_later_record_pointing_at_nothing_is_refused_and_nothing_is_written(
        sqlite_store: Socialaftale, fact: str, rule: str, field: str) -> None:
    later = LATER.replace(
        "{type: PostponeAction, meeting_id: socdir-2013-01-17, action_id: c-dag,\n"
        "           frist: primo april, grund: afventer KL}", fact)
    with pytest.raises(RecordError) as caught:
        load_records(sqlite_store, [("socdir-2013-01-17.yaml", FIRST),
                                    ("socdir-2013-03-18.yaml", later)])
    err = caught.value
    assert (err.file, err.line, err.rule) == ("socdir-2013-03-18.yaml", 10, rule)
    assert err.field == f"punkter[4].beslutning.fakta[1].{field}"
    assert sqlite_store.meetings() == ()
