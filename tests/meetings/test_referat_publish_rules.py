"""The rules of a referat taken in the browser (OpenReferat, PublishReferat), on a made-up
meeting of a made-up body."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from socialaftale import DomainError, Provenance, Socialaftale, Source, open_store
from socialaftale import meetings as m

MEETING = "opdigtet-forum-2030-05-02"
DAY = date(2030, 5, 2)


@pytest.fixture
def held() -> Iterator[Socialaftale]:
    s = open_store("memory:", actor="test")
    prov = Provenance(DAY, Source("opdigtet dagsorden"))
    s.record(m.ScheduleMeeting(meeting_id=MEETING, body="Opdigtet forum", dato=DAY,
                               provenance=prov),
             m.ProposeAgenda(meeting_id=MEETING, punkter=(m.Punkt("1", "Et punkt"),),
                             provenance=prov))
    yield s
    s.close()


def prov(on: date = DAY) -> Provenance:
    return Provenance(on, Source("opdigtet referat"))


def refused(store: Socialaftale, command: object) -> str:
    before = store.log.last_position()
    with pytest.raises(DomainError) as err:
        store.record(command)
    assert store.log.last_position() == before
    return str(err.value.rule)


def test_a_referat_is_published_once_after_it_was_opened_and_has_a_decision(
    held: Socialaftale,
) -> None:
    publish = m.PublishReferat(meeting_id=MEETING, dato=DAY, provenance=prov())
    assert refused(held, publish) == "referat-ikke-aabnet"
    held.record(m.OpenReferat(meeting_id=MEETING, provenance=prov()))
    assert refused(held, m.OpenReferat(meeting_id=MEETING, provenance=prov())) \
        == "referat-aabnet"
    assert refused(held, publish) == "referat-tomt"
    held.record(m.RecordDecision(meeting_id=MEETING, punkt="1", outcome="approved",
                                 referat="Godkendt.", provenance=prov()))
    early = m.PublishReferat(meeting_id=MEETING, dato=date(2030, 5, 1), provenance=prov())
    assert refused(held, early) == "referat-foer-moede"
    held.record(publish)
    assert held.draft_referater() == frozenset()
    assert refused(held, publish) == "referat-offentliggjort"


def test_a_meeting_with_decisions_from_a_record_is_not_opened_as_a_draft(
    held: Socialaftale,
) -> None:
    held.record(m.RecordDecision(meeting_id=MEETING, punkt="1", outcome="approved",
                                 referat="Godkendt.", provenance=prov()))
    assert refused(held, m.OpenReferat(meeting_id=MEETING, provenance=prov())) \
        == "referat-findes"


def test_the_read_model_knows_the_draft_until_it_is_published(held: Socialaftale) -> None:
    held.record(m.OpenReferat(meeting_id=MEETING, provenance=prov()),
                m.RecordDecision(meeting_id=MEETING, punkt="1", outcome="approved",
                                 referat="Godkendt.", provenance=prov()))
    assert held.draft_referater() == frozenset({MEETING})
    held.record(m.PublishReferat(meeting_id=MEETING, dato=DAY, provenance=prov()))
    assert held.draft_referater() == frozenset()
