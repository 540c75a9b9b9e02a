"""Per at-clause outcomes: given a meeting with an item, when a decision names its clauses."""

from __future__ import annotations

from datetime import date

import pytest

from socialaftale import DecisionRef, DomainError, Provenance, Socialaftale, Source
from socialaftale import meetings as m

DAY = date(2014, 10, 10)
P = Provenance(DAY, Source("000_939a2e46bbe95266.txt", "3"))


@pytest.fixture
def meeting(store: Socialaftale) -> Socialaftale:
    store.record(
        m.ScheduleMeeting(meeting_id="socdir-2014-10-10", body="SOCDIR", dato=DAY,
                          provenance=P),
        m.ProposeAgenda(meeting_id="socdir-2014-10-10", provenance=P, punkter=(
            m.Punkt("3", "Takstanalyse", indstilling=("drøfter takstanalysen",
                                                      "godkender tidsplan")),)))
    return store


def decide(store: Socialaftale, *klausuler: m.Klausul) -> None:
    store.record(m.RecordDecision(meeting_id="socdir-2014-10-10", punkt="3", outcome="approved",
                                  referat="Tidsplanen godkendt.", klausuler=klausuler,
                                  provenance=P))


def test_each_clause_keeps_its_own_outcome(meeting: Socialaftale) -> None:
    decide(meeting, m.Klausul(1, "discussed"), m.Klausul(2, "approved"))
    [decision] = meeting.decisions()
    assert [(k.nummer, k.outcome) for k in decision.klausuler] == [(1, "discussed"),
                                                                  (2, "approved")]


@pytest.mark.parametrize(("klausuler", "rule"), [
    ((m.Klausul(3, "approved"),), "ukendt-klausul"),
    ((m.Klausul(1, "approved"), m.Klausul(1, "noted")), "klausul-dobbelt"),
])
def test_a_clause_the_indstilling_does_not_have_is_refused(
        meeting: Socialaftale, klausuler: tuple[m.Klausul, ...], rule: str) -> None:
    before = meeting.log.last_position()
    with pytest.raises(DomainError) as caught:
        decide(meeting, *klausuler)
    assert caught.value.rule == rule and meeting.log.last_position() == before


def test_an_item_raised_under_evt_keeps_its_link_on_the_later_agenda(
        meeting: Socialaftale) -> None:
    """SOCDIR 10 Oct 2014 item 8: the Ankestyrelsen case goes on the next agenda (the next
    meeting below is a test fixture; its record is not among the examples)."""
    later = date(2014, 11, 13)
    p = Provenance(later, Source("testfixtur"))
    meeting.record(
        m.ScheduleMeeting(meeting_id="socdir-2014-11-13", body="SOCDIR", dato=later,
                          provenance=p),
        m.ProposeAgenda(meeting_id="socdir-2014-11-13", provenance=p, punkter=(
            m.Punkt("4", "Ankestyrelsens afgørelse om § 108 frem for § 105",
                    rejst_ved=DecisionRef("socdir-2014-10-10", "8")),)))
    assert "Rejst under socdir-2014-10-10 pkt. 8" in meeting.dagsorden_markdown(
        "socdir-2014-11-13")
