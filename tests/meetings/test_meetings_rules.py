"""Meeting rules as given events / when command / then error."""

from __future__ import annotations

from datetime import date

import pytest

from socialaftale import DecisionRef, DomainError, Provenance, Socialaftale, Source
from socialaftale import meetings as m

P = Provenance(date(2013, 1, 17), Source("001_06729882290ccbd8.txt"))
SID = m.meeting_stream("socdir-2013-01-17")
SCHEDULED = m.MeetingScheduled("socdir-2013-01-17", "SOCDIR", date(2013, 1, 17),
                               "kl. 10.00-12.00", "Hotel Comwell Rebild",
                               "2011-43820 / 2012-411051")


def given(*events: object) -> dict[object, object]:
    return {SID: m.CONTEXT.fold(list(events))}


def test_a_meeting_is_scheduled_once() -> None:
    with pytest.raises(DomainError) as err:
        m.decide(m.ScheduleMeeting(meeting_id="socdir-2013-01-17", body="SOCDIR",
                                   dato=date(2013, 1, 17), provenance=P), given(SCHEDULED))
    assert err.value.rule == "moede-dobbelt"


def test_an_agenda_needs_a_scheduled_meeting_and_unique_item_numbers() -> None:
    agenda = m.ProposeAgenda(meeting_id="socdir-2013-01-17",
                             punkter=(m.Punkt("1", "Godkendelse af dagsorden"),), provenance=P)
    with pytest.raises(DomainError, match="ikke oprettet"):
        m.decide(agenda, given())
    twice = m.ProposeAgenda(meeting_id="socdir-2013-01-17",
                            punkter=(m.Punkt("3", "A"), m.Punkt("3", "B")), provenance=P)
    with pytest.raises(DomainError, match="punkt 3 står flere gange"):
        m.decide(twice, given(SCHEDULED))


def test_a_decision_marks_the_item_as_decided() -> None:
    state = m.CONTEXT.fold([SCHEDULED, m.AgendaProposed("socdir-2013-01-17",
                                                        (m.Punkt("3", "Koordination"),))])
    assert not m.decision_exists(state, "3")
    [(_, event)] = m.decide(
        m.RecordDecision(meeting_id="socdir-2013-01-17", punkt="3", outcome="approved",
                         referat="FU's anbefaling blev tiltrådt.", provenance=P),
        {SID: state})
    assert m.decision_exists(m.CONTEXT.evolve(state, event), "3")


def test_a_fact_may_not_point_to_a_decision_its_recorded_meeting_lacks(
    store: Socialaftale,
) -> None:
    from socialaftale import DecisionRef
    from socialaftale import tilbudsvifte as tv

    store.record(
        m.ScheduleMeeting(meeting_id="das-2019-10-24", body="DAS", dato=date(2019, 10, 24),
                          provenance=P),
        m.ProposeAgenda(meeting_id="das-2019-10-24", provenance=P,
                        punkter=(m.Punkt("8", "Ind- og udmelding af tilbud"),)),
    )
    item8 = Provenance(date(2019, 10, 24), Source("003_dac07bbacd9158aa.txt", "8"),
                       DecisionRef("das-2019-10-24", "8"))
    register = tv.RegisterTilbud(key="aalborg/x", navn="X", driftsherre="Aalborg",
                                 effective_on=date(2020, 1, 1), provenance=item8)
    before = store.log.last_position()
    with pytest.raises(DomainError) as err:
        store.record(register)
    assert err.value.rule == "beslutning-mangler"
    assert store.log.last_position() == before
    decision = m.RecordDecision(meeting_id="das-2019-10-24", punkt="8", outcome="approved",
                                referat="Godkendt", provenance=item8)
    store.record(decision, register)  # decision first, then the fact it carries, one batch
    assert [f.kind for f in store.facts_of_decision("das-2019-10-24", "8")] == [
        "TilbudRegistered"]


def test_a_recommendation_to_another_bodys_item_is_kept_with_the_decision() -> None:
    state = m.CONTEXT.fold([SCHEDULED, m.AgendaProposed("socdir-2013-01-17", (
        m.Punkt("5", "Gennemgang af dagsorden til DAS"),))])
    target = DecisionRef("das-2013-01-17", "4")
    [(_, event)] = m.decide(
        m.RecordDecision(meeting_id="socdir-2013-01-17", punkt="5",
                         outcome="approved_with_remarks",
                         referat="Indstilling drøftet og anbefalet godkendt med ovenfor nævnte "
                                 "bemærkninger.", anbefaling_til=target,
                         provenance=Provenance(date(2013, 1, 17), Source(
                             "001_06729882290ccbd8.txt", "5",
                             "DAS-mødets dato fremgår ikke; id'et er illustrativt"))),
        {SID: state})
    assert event.anbefaling_til == target
    assert "anbefaling til das-2013-01-17 pkt. 4" in event.summary()


def test_an_approved_agenda_changes_only_by_a_recorded_amendment() -> None:
    state = m.CONTEXT.fold([
        SCHEDULED,
        m.AgendaProposed("socdir-2013-01-17", (m.Punkt("1", "Godkendelse af dagsorden"),
                                               m.Punkt("2", "Godkendelse af referat"))),
        m.DecisionRecorded("socdir-2013-01-17", "1", "approved", "Godkendt"),
    ])
    with pytest.raises(DomainError) as err:
        m.decide(m.ProposeAgenda(meeting_id="socdir-2013-01-17", provenance=P,
                                 punkter=(m.Punkt("1", "Ny dagsorden"),)), {SID: state})
    assert err.value.rule == "dagsorden-godkendt"
    with pytest.raises(DomainError, match="punkt 1 er allerede besluttet"):
        m.decide(m.AmendAgenda(meeting_id="socdir-2013-01-17", udgaaet=("1",), grund="fejl",
                               provenance=P), {SID: state})
    [(_, amended)] = m.decide(
        m.AmendAgenda(meeting_id="socdir-2013-01-17", grund="rejst under Evt.",
                      tilfoejet=(m.Punkt("6", "Ankestyrelsens afgørelse om § 108"),),
                      provenance=P), {SID: state})
    after = m.CONTEXT.evolve(state, amended)
    assert sorted(after.punkter) == ["1", "2", "6"]


SCHEDULE = m.ScheduleMeeting(meeting_id="socdir-2013-01-17", body="SOCDIR",
                             dato=date(2013, 1, 17), provenance=P)
TWO_ITEMS = m.ProposeAgenda(meeting_id="socdir-2013-01-17", provenance=P,
                            punkter=(m.Punkt("1", "Godkendelse af dagsorden"),
                                     m.Punkt("2", "Godkendelse af referat")))
AMEND = m.AmendAgenda(meeting_id="socdir-2013-01-17", udgaaet=("2",), grund="udsat",
                      tilfoejet=(m.Punkt("3", "Henvendelse fra KKR"),), provenance=P)


def test_an_amended_agenda_is_what_the_referat_shows(store: Socialaftale) -> None:
    store.record(SCHEDULE, TWO_ITEMS, AMEND)
    text = store.referat_markdown("socdir-2013-01-17")
    assert "## 3. Henvendelse fra KKR" in text and "## 2." not in text


def test_a_replaced_and_amended_agenda_reads_the_same_recorded_at_once_or_rebuilt(
        store: Socialaftale) -> None:
    """Agenda items are written at the end of a page: a second proposal, an amendment and
    a decision in the same page must still see the items as the last event left them."""
    store.record(
        SCHEDULE,
        m.ProposeAgenda(meeting_id="socdir-2013-01-17", provenance=P, udkast=True,
                        punkter=(m.Punkt("1", "Udkast til dagsorden"),)),
        TWO_ITEMS, AMEND,
        m.RecordDecision(meeting_id="socdir-2013-01-17", punkt="3", outcome="noted",
                         referat="Taget til efterretning", provenance=P),
    )

    def seen() -> tuple[object, ...]:
        items = store.db.query("SELECT nummer, position, titel FROM meeting_item WHERE"
                               " meeting_id = ? ORDER BY position", ("socdir-2013-01-17",))
        return (items, [(h.beslutning.punkt, h.beslutning.titel)
                        for h in store.search_decisions("henvendelse")])

    recorded = seen()
    assert recorded == ([("1", 0, "Godkendelse af dagsorden"), ("3", 1, "Henvendelse fra KKR")],
                        [("3", "Henvendelse fra KKR")])
    store.rebuild()
    assert seen() == recorded


def test_a_new_agenda_must_keep_every_item_already_decided(store: Socialaftale) -> None:
    """Replacing the agenda would orphan a decision (and a later correction of it)."""
    store.record(
        SCHEDULE, TWO_ITEMS,
        m.RecordDecision(meeting_id="socdir-2013-01-17", punkt="2", outcome="noted",
                         referat="Taget til efterretning", provenance=P),
    )
    before = store.log.last_position()
    with pytest.raises(DomainError) as err:
        store.record(m.ProposeAgenda(meeting_id="socdir-2013-01-17", provenance=P,
                                     punkter=(m.Punkt("1", "Godkendelse af dagsorden"),
                                              m.Punkt("3", "Henvendelse fra KKR"))))
    assert (err.value.rule, err.value.field) == ("punkt-besluttet", "punkter")
    assert "punkt 2 er allerede besluttet" in err.value.message
    assert store.log.last_position() == before
    store.record(m.ProposeAgenda(meeting_id="socdir-2013-01-17", provenance=P,
                                 punkter=(m.Punkt("1", "Godkendelse af dagsorden"),
                                          m.Punkt("2", "Godkendelse af referat"),
                                          m.Punkt("3", "Henvendelse fra KKR"))))
    assert [d.punkt for d in store.decisions()] == ["2"]
