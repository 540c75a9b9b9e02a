"""Sub-matters of an item (issue 16), through the public API on every store kind.

The matters are DAS 24 October 2019 item 8's (003_dac07bbacd9158aa.txt, line 988: "DAS
godkendte alle anmodninger om ind- og udmeldinger bortset fra Taleinstituttet/
Hjerneskadecenter Nordjylland."), shortened to three.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import attrs
import orjson
import pytest

from socialaftale import (
    DecisionRef,
    DomainError,
    Provenance,
    RecordError,
    Socialaftale,
    Source,
    load_record,
    open_store,
    tilbudsvifte,
)
from socialaftale import meetings as m
from socialaftale.persistence import converter

DAY = date(2019, 10, 24)
DAS = "das-2019-10-24"
P = Provenance(DAY, Source("003_dac07bbacd9158aa.txt", "8"))
ITEM = m.Punkt("8", "Ind- og udmelding af tilbud i nordjysk Socialaftale",
               indstilling=("Den Administrative Styregruppe drøfter de indmeldte ind- og "
                            "udmeldinger af tilbud i socialaftalen",))
KERNEN = m.Sag("kernen", "Aktivitetshuset Hobro (§104)", "approved")
ROSENVAENGET = m.Sag("rosenvaenget", "Botilbuddet Rosenvænget", "approved")
TI_HCN = m.Sag("ti-hcn", "Taleinstituttet/Hjerneskadecenter Nordjylland",
               "rejected_with_reasons",
               referat="DAS godkendte ikke udmeldingen på følgende grundlag:",
               bemaerkninger=("Tre kommuner har lavet formaliseret bilaterale aftaler",))
REFERAT = ("DAS godkendte alle anmodninger om ind- og udmeldinger bortset fra "
           "Taleinstituttet/Hjerneskadecenter Nordjylland.")


@pytest.fixture
def meeting(store: Socialaftale) -> Socialaftale:
    store.record(
        m.ScheduleMeeting(meeting_id=DAS, body="DAS", dato=DAY, provenance=P),
        m.ProposeAgenda(meeting_id=DAS, punkter=(ITEM,), provenance=P))
    return store


def decide(store: Socialaftale, *sager: m.Sag, outcome: m.Outcome | None = None) -> None:
    store.record(m.RecordDecision(meeting_id=DAS, punkt="8", outcome=outcome, referat=REFERAT,
                                  sager=sager, provenance=P))


def test_the_items_outcome_is_derived_from_its_matters_and_never_copied_onto_them(
        meeting: Socialaftale) -> None:
    decide(meeting, KERNEN, ROSENVAENGET, TI_HCN)
    [d] = meeting.decisions()
    assert (d.outcome, d.afledt, d.outcome_tekst) == ("mixed", True,
                                                      "blandet (afledt af sagerne)")
    assert [(s.id, s.outcome) for s in d.sager] == [
        ("kernen", "approved"), ("rosenvaenget", "approved"),
        ("ti-hcn", "rejected_with_reasons")]
    assert d.sager[2].bemaerkninger == TI_HCN.bemaerkninger


def test_matters_that_agree_give_the_item_their_outcome_still_marked_derived(
        meeting: Socialaftale) -> None:
    decide(meeting, KERNEN, ROSENVAENGET)
    [d] = meeting.decisions()
    assert (d.outcome, d.afledt) == ("approved", True)


def test_an_outcome_the_minutes_state_for_the_item_stays_as_stated(
        meeting: Socialaftale) -> None:
    decide(meeting, KERNEN, TI_HCN, outcome="discussed")
    [d] = meeting.decisions()
    assert (d.outcome, d.afledt) == ("discussed", False)
    assert [s.outcome for s in d.sager] == ["approved", "rejected_with_reasons"]


def test_the_outcome_filter_finds_the_approved_matters_of_a_mixed_item(
        meeting: Socialaftale) -> None:
    decide(meeting, KERNEN, ROSENVAENGET, TI_HCN)
    [d] = meeting.decisions(outcome="godkendt")
    assert d.kun_sager and [s.id for s in d.sager] == ["kernen", "rosenvaenget"]
    [d] = meeting.decisions(outcome="blandet")
    assert not d.kun_sager and len(d.sager) == 3
    assert meeting.decisions(outcome="udsat") == ()


def test_a_search_finds_a_decision_by_its_matters_words(meeting: Socialaftale) -> None:
    decide(meeting, KERNEN, TI_HCN)
    assert [d.punkt for d in meeting.decisions(search="bilaterale")] == ["8"]


@pytest.mark.parametrize(("sager", "outcome", "rule"), [
    ((KERNEN, attrs.evolve(ROSENVAENGET, id="kernen")), None, "sag-dobbelt"),
    ((attrs.evolve(KERNEN, klausuler=(2,)),), None, "ukendt-klausul"),
    ((attrs.evolve(KERNEN, id=" "),), None, "sag-uden-id"),
    ((attrs.evolve(KERNEN, outcome="mixed"),), None, "udfald-blandet-afledes"),
    ((KERNEN,), "mixed", "udfald-blandet-afledes"),
    ((), None, "udfald-mangler"),
])
def test_a_matter_breaking_a_rule_is_refused_and_nothing_recorded(
        meeting: Socialaftale, sager: tuple[m.Sag, ...], outcome: m.Outcome | None,
        rule: str) -> None:
    before = meeting.log.last_position()
    with pytest.raises(DomainError) as caught:
        decide(meeting, *sager, outcome=outcome)
    assert caught.value.rule == rule and meeting.log.last_position() == before


def test_a_fact_carried_by_a_matter_the_decision_lacks_is_refused(
        meeting: Socialaftale) -> None:
    decide(meeting, KERNEN, ROSENVAENGET)
    register = tilbudsvifte.RegisterTilbud(
        key="vesthimmerland/rosenvaenget", navn="Botilbuddet Rosenvænget",
        driftsherre="Vesthimmerland", lovgrundlag=tilbudsvifte.parse_lovgrundlag("§108"),
        pladser=10, effective_on=date(2019, 1, 1),
        provenance=Provenance(date(2019, 1, 1), Source("testfixtur")))
    meeting.record(register)
    before = meeting.log.last_position()
    wrong = Provenance(DAY, Source("003_dac07bbacd9158aa.txt", "8"),
                       DecisionRef(DAS, "8", matter="rosenvaenet"))
    close = tilbudsvifte.CloseTilbud(key="vesthimmerland/rosenvaenget",
                                     effective_on=date(2019, 10, 1), provenance=wrong)
    with pytest.raises(DomainError) as caught:
        meeting.record(close)
    assert caught.value.rule == "ukendt-sag"
    assert "mente du rosenvaenget?" in caught.value.message
    assert meeting.log.last_position() == before
    right = attrs.evolve(close, provenance=attrs.evolve(
        wrong, decision=DecisionRef(DAS, "8", matter="rosenvaenget")))
    meeting.record(right)
    carried = meeting.facts_of_decision(DAS, "8")
    assert [f.sag for f in carried] == ["rosenvaenget"]
    [d] = meeting.decisions()
    assert [len(s.fakta) for s in d.sager] == [0, 1]


def test_a_correction_replaces_the_matters_and_keeps_the_first_record(
        meeting: Socialaftale) -> None:
    decide(meeting, KERNEN, TI_HCN)
    meeting.record(m.CorrectDecision(meeting_id=DAS, punkt="8", outcome=None,
                                     referat=REFERAT, sager=(KERNEN, ROSENVAENGET, TI_HCN),
                                     grund="Rosenvænget manglede", provenance=P))
    [d] = meeting.decisions()
    assert [s.id for s in d.sager] == ["kernen", "rosenvaenget", "ti-hcn"]
    events = [r.event for r in meeting.stream(m.meeting_stream(DAS))]
    assert [len(e.sager) for e in events if isinstance(e, m.DecisionRecorded)] == [2]


def test_a_decision_without_matters_is_stored_and_canonical_as_before_issue_16() -> None:
    """Old stores load (every new field has a default) and a record without sager keeps its
    digest: the unstructured decision and its reference have no new keys."""
    old = {"meeting_id": DAS, "punkt": "8", "outcome": "approved", "referat": REFERAT,
           "bemaerkninger": [], "anbefaling_til": None, "godkender_referat_af": None,
           "klausuler": []}
    event = converter.structure(old, m.DecisionRecorded)
    assert (event.sager, event.afledt) == ((), False)
    assert converter.unstructure(DecisionRef(DAS, "8")) == {
        "meeting": DAS, "item": "8", "clause": None}
    assert converter.unstructure(DecisionRef(DAS, "8", matter="a"))["matter"] == "a"
    assert converter.structure({"meeting": DAS, "item": "8", "clause": None},
                               DecisionRef) == DecisionRef(DAS, "8")


VALID = (Path(__file__).parents[1] / "records" / "valid.yaml").read_text(encoding="utf-8")


def test_reloading_a_record_without_matters_records_nothing(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'r.db'}", actor="test") as store:
        assert load_record(store, VALID, "das.yaml").status == "ny"
        [loaded] = [r.event for r in store.events() if type(r.event).__name__ == "RecordLoaded"]
        data = [orjson.loads(u.data) for u in loaded.units if u.kind == "RecordDecision"]
        assert data and all("sager" not in d for d in data)
        assert load_record(store, VALID, "das.yaml").status == "uændret"


ITEM_8 = """    beslutning:
      udfald: godkendt_med_bemaerkninger
      referat: DAS godkendte ind- og udmeldinger.
"""
WITH_MATTERS = """    beslutning:
      referat: DAS godkendte ind- og udmeldinger.
      sager:
        - {id: kirketoften, titel: Botilbud Kirketoften (§105), udfald: godkendt,
           opfoelgning: [{id: das-2019-10-24-8b, ansvarlig: Sekretariatet,
                          leverance: Opdateret tilbudsvifte}]}
        - id: kirketoften
          titel: Kirketoften, afd. Aktivitet (§105)
          udfald: godkendt
"""


def _record(beslutning: str) -> str:
    assert VALID.count(ITEM_8) == 1
    return VALID.replace(ITEM_8, beslutning)


@pytest.mark.parametrize(("change", "rule", "field", "line"), [
    (lambda t: t, "sag-dobbelt", "punkter[8].beslutning.sager[2].id", 34),
    (lambda t: t.replace("      referat: DAS", "      udfald: blandet\n      referat: DAS"),
     "udfald-blandet-afledes", "punkter[8].beslutning.udfald", 29),
    (lambda t: t.replace("udfald: godkendt,", "udfald: godkent,"), "ukendt-udfald",
     "punkter[8].beslutning.sager[1].udfald", 31),
])
def test_a_record_breaking_a_matter_rule_names_file_line_and_field(
        tmp_path: Path, change: object, rule: str, field: str, line: int) -> None:
    record = _record(change(WITH_MATTERS))  # type: ignore[operator]
    with open_store(f"sqlite:///{tmp_path / 'r.db'}", actor="test") as store:
        with pytest.raises(RecordError) as caught:
            load_record(store, record, "das.yaml")
        assert (caught.value.rule, caught.value.field, caught.value.line) == (rule, field, line)
        assert not store.log.last_position()  # nothing written


def test_leaving_out_the_outcome_needs_matters(tmp_path: Path) -> None:
    record = _record(ITEM_8.replace("      udfald: godkendt_med_bemaerkninger\n", ""))
    with open_store(f"sqlite:///{tmp_path / 'r.db'}", actor="test") as store:
        with pytest.raises(RecordError) as caught:
            load_record(store, record, "das.yaml")
        assert caught.value.rule == "udfald-mangler"
        assert caught.value.field == "punkter[8].beslutning.udfald"


def test_a_matters_follow_up_action_carries_the_matter(tmp_path: Path) -> None:
    record = _record(WITH_MATTERS.replace("        - id: kirketoften\n",
                                          "        - id: kirketoften-aktivitet\n"))
    with open_store(f"sqlite:///{tmp_path / 'r.db'}", actor="test") as store:
        load_record(store, record, "das.yaml")
        [assigned] = [r for r in store.events() if isinstance(r.event, m.ActionAssigned)
                      and r.event.action_id == "das-2019-10-24-8b"]
        assert assigned.meta.decision == DecisionRef(DAS, "8", matter="kirketoften")
        [d] = [d for d in store.decisions() if d.punkt == "8"]
        assert (d.outcome, d.afledt) == ("approved", True)
