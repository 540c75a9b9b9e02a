"""Per at-clause outcomes: given a meeting with an item, when a decision names its clauses."""

from __future__ import annotations

from datetime import date

import pytest

from socialaftale import DomainError, Provenance, Socialaftale, Source
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
