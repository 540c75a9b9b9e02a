"""A person's roles in a working group over time, as given commands / when command / then roles.

The roles are read from ``person_overview`` (what the person page shows). The events come from
an explicit test source, never one of the minutes: the minutes record no removal, rename or
dissolution to test against.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from socialaftale import DecisionRef, Provenance, Socialaftale, Source
from socialaftale import arbejdsgrupper as ag

KEY = "takstanalyse"
NAVN = "Arbejdsgruppe for takstanalysen"
FORMED = date(2014, 10, 10)


def _prov(on: date) -> Provenance:
    return Provenance(on, Source("testscenarie (ikke fra referaterne)"),
                      DecisionRef(f"socdir-{on.isoformat()}", "3"))


@pytest.fixture(autouse=True)
def _bodies(store: Socialaftale, register_fora: Any) -> None:
    """DAS and Socialdirektørkredsen, which the groups here are formed under."""
    register_fora(store)


def given_group(store: Socialaftale, *members: str, formand: str | None = "Anne Formand") -> None:
    """The group formed on ``FORMED`` with ``formand`` as chair and ``members`` by name."""
    store.record(ag.FormGroup(key=KEY, navn=NAVN, forum="Socialdirektørkredsen",
                              mandat="analysere taksterne", formand=formand,
                              provenance=_prov(FORMED)))
    store.record(*(ag.AddMember(key=KEY, member_id=m, navn=m, organisation="Hjørring Kommune",
                                provenance=_prov(FORMED)) for m in members))


def roles(store: Socialaftale, navn: str) -> list[tuple[str, str, date | None, date | None]]:
    return [(r.rolle, r.hvor, r.fra, r.til) for r in store.person_overview(navn).roller]


def test_a_removed_member_s_role_ends_on_the_removal_s_date(store: Socialaftale) -> None:
    given_group(store, "Tina Mørk", "Ole Bach")
    store.record(ag.RemoveMember(key=KEY, member_id="Tina Mørk",
                                 provenance=_prov(date(2015, 3, 1))))
    assert roles(store, "Tina Mørk") == [("medlem", NAVN, FORMED, date(2015, 3, 1))]
    assert roles(store, "Ole Bach") == [("medlem", NAVN, FORMED, None)]


def test_a_member_who_rejoins_has_two_roles_one_ended(store: Socialaftale) -> None:
    given_group(store, "Tina Mørk")
    store.record(ag.RemoveMember(key=KEY, member_id="Tina Mørk",
                                 provenance=_prov(date(2015, 3, 1))))
    store.record(ag.AddMember(key=KEY, member_id="Tina Mørk", navn="Tina Mørk",
                              provenance=_prov(date(2015, 9, 1))))
    assert roles(store, "Tina Mørk") == [("medlem", NAVN, FORMED, date(2015, 3, 1)),
                                         ("medlem", NAVN, date(2015, 9, 1), None)]
    (group,) = store.groups(date(2015, 10, 1))
    assert [m.navn for m in group.deltagere] == ["Tina Mørk"]
    (group,) = store.groups(date(2015, 6, 1))
    assert group.deltagere == ()


def test_removing_one_of_two_seats_a_person_holds_keeps_the_role(store: Socialaftale) -> None:
    """A person on the list twice with the same role holds one role (shown once); it ends when
    the last of the seats does."""
    given_group(store)
    store.record(*(ag.AddMember(key=KEY, member_id=mid, navn="Tina Mørk",
                                provenance=_prov(FORMED)) for mid in ("a", "b")))
    store.record(ag.RemoveMember(key=KEY, member_id="a", provenance=_prov(date(2015, 3, 1))))
    assert roles(store, "Tina Mørk") == [("medlem", NAVN, FORMED, None)]
    store.record(ag.RemoveMember(key=KEY, member_id="b", provenance=_prov(date(2015, 4, 1))))
    assert roles(store, "Tina Mørk") == [("medlem", NAVN, FORMED, date(2015, 4, 1))]


def test_dissolving_a_group_ends_its_members_and_chair_s_roles(store: Socialaftale) -> None:
    given_group(store, "Tina Mørk", "Ole Bach")
    store.record(ag.RemoveMember(key=KEY, member_id="Ole Bach",
                                 provenance=_prov(date(2015, 3, 1))))
    store.record(ag.DissolveGroup(key=KEY, dato=date(2015, 12, 31),
                                  provenance=_prov(date(2016, 1, 14))))
    assert roles(store, "Anne Formand") == [("formand", NAVN, FORMED, date(2015, 12, 31))]
    assert roles(store, "Tina Mørk") == [("medlem", NAVN, FORMED, date(2015, 12, 31))]
    assert roles(store, "Ole Bach") == [("medlem", NAVN, FORMED, date(2015, 3, 1))]


def test_dissolving_one_group_leaves_the_person_s_roles_elsewhere(store: Socialaftale) -> None:
    given_group(store, "Tina Mørk")
    store.record(ag.FormGroup(key="anden", navn="Anden gruppe", forum="DAS", mandat="?",
                              provenance=_prov(FORMED)))
    store.record(ag.AddMember(key="anden", member_id="t", navn="Tina Mørk",
                              provenance=_prov(FORMED)))
    store.record(ag.AppointPerson(navn="Tina Mørk", rolle="repræsentant", hvor="KKR",
                                  for_forum="DAS", fra=FORMED, provenance=_prov(FORMED)))
    store.record(ag.DissolveGroup(key=KEY, dato=date(2015, 12, 31),
                                  provenance=_prov(date(2015, 12, 31))))
    assert roles(store, "Tina Mørk") == [
        ("medlem", NAVN, FORMED, date(2015, 12, 31)),
        ("medlem", "Anden gruppe", FORMED, None),
        ("repræsentant", "KKR (for DAS)", FORMED, None)]


def converted(store: Socialaftale) -> None:
    """The group continues as a faglig netværk under a new name from 1 May 2015."""
    store.record(ag.ConvertGroup(key=KEY, art="faglig_netvaerk", navn="Fagligt netværk for takster",
                                 provenance=_prov(date(2015, 5, 1))))


def test_converting_a_group_into_a_network_keeps_its_roles(store: Socialaftale) -> None:
    """A converted group continues as another kind (GroupConverted): its people keep their
    roles, under the name they took them on."""
    given_group(store, "Tina Mørk")
    converted(store)
    assert roles(store, "Tina Mørk") == [("medlem", NAVN, FORMED, None)]
    assert roles(store, "Anne Formand") == [("formand", NAVN, FORMED, None)]


def test_a_chair_change_after_a_rename_ends_the_old_chair_s_role(store: Socialaftale) -> None:
    given_group(store)
    converted(store)
    store.record(ag.ChangeChair(key=KEY, formand="Hans Chr. Mariegaard",
                                provenance=_prov(date(2015, 9, 1))))
    assert roles(store, "Anne Formand") == [("formand", NAVN, FORMED, date(2015, 9, 1))]
    assert roles(store, "Hans Chr. Mariegaard") == [
        ("formand", "Fagligt netværk for takster", date(2015, 9, 1), None)]


def test_a_chair_change_does_not_end_a_same_named_group_s_chair(store: Socialaftale) -> None:
    """Two groups may carry the same name (one renamed to the other's): roles follow the key."""
    given_group(store)
    store.record(ag.FormGroup(key="anden", navn="Anden gruppe", forum="DAS", mandat="?",
                              formand="Anne Formand", provenance=_prov(FORMED)))
    store.record(ag.ConvertGroup(key="anden", art="arbejdsgruppe", navn=NAVN,
                                 provenance=_prov(date(2015, 1, 1))))
    store.record(ag.ChangeChair(key="anden", formand="Hans Chr. Mariegaard",
                                provenance=_prov(date(2015, 9, 1))))
    assert roles(store, "Anne Formand") == [("formand", NAVN, FORMED, None),
                                            ("formand", "Anden gruppe", FORMED, date(2015, 9, 1))]


def test_the_same_chair_confirmed_after_a_rename_keeps_one_role(store: Socialaftale) -> None:
    given_group(store)
    converted(store)
    store.record(ag.ChangeChair(key=KEY, formand="Anne Formand",
                                provenance=_prov(date(2015, 9, 1))))
    assert roles(store, "Anne Formand") == [("formand", NAVN, FORMED, None)]


def test_the_chair_s_seat_removed_leaves_the_chair_until_it_changes(store: Socialaftale) -> None:
    """A chair also on the member list as 'formand' holds one role; the member list does not
    change who chairs (ChairChanged does), so removing the seat leaves the chair's role."""
    given_group(store)
    store.record(ag.AddMember(key=KEY, member_id="af", navn="Anne Formand", rolle="formand",
                              provenance=_prov(FORMED)))
    store.record(ag.RemoveMember(key=KEY, member_id="af", provenance=_prov(date(2015, 3, 1))))
    assert roles(store, "Anne Formand") == [("formand", NAVN, FORMED, None)]
    store.record(ag.ChangeChair(key=KEY, formand="Ole Bach", provenance=_prov(date(2015, 4, 1))))
    assert roles(store, "Anne Formand") == [("formand", NAVN, FORMED, date(2015, 4, 1))]


def test_a_role_whose_start_the_source_does_not_give_is_ordered_by_its_end(
        store: Socialaftale) -> None:
    """A member leaving a seat the record never saw him take: the start is unknown (None),
    not the record's first date, and the role sorts by the day it ended."""
    store.record(ag.AppointPerson(navn="Tina Mørk", rolle="repræsentant", hvor="KKR",
                                  for_forum="DAS", fra=date(2014, 1, 1),
                                  provenance=_prov(date(2014, 1, 1))))
    store.record(ag.AppointPerson(navn="Tina Mørk", rolle="medlem", hvor="FU",
                                  for_forum="DAS", fra=None, til=date(2013, 3, 18),
                                  provenance=_prov(date(2013, 3, 18))))
    assert roles(store, "Tina Mørk") == [
        ("medlem", "FU (for DAS)", None, date(2013, 3, 18)),
        ("repræsentant", "KKR (for DAS)", date(2014, 1, 1), None)]


def test_a_role_with_neither_start_nor_end_is_refused(store: Socialaftale) -> None:
    from socialaftale.domain.common import DomainError

    with pytest.raises(DomainError) as err:
        store.record(ag.AppointPerson(navn="Tina Mørk", rolle="medlem", hvor="FU",
                                      for_forum="DAS", fra=None,
                                      provenance=_prov(date(2013, 3, 18))))
    assert (err.value.rule, err.value.field) == ("udpegning-uden-periode", "til")
    assert store.person_roles("Tina Mørk") == ()
