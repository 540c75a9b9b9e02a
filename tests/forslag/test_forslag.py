"""Proposals put to an item (RecordProposals): a query answers who proposed what, in the
minutes' order, and what the proposer set aside; a malformed list is refused whole.

The records here are the fictional excerpt tests/records/valid.yaml with a proposals fact
added under item 8; names and texts are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from socialaftale import RecordError, Socialaftale, load_record

VALID = (Path(__file__).parent.parent / "records" / "valid.yaml").read_text(encoding="utf-8")
ANCHOR = "      opfoelgning:\n"


def with_facts(*facts: str) -> str:
    """The valid record with the given fact lines (YAML, 8 spaces in) under item 8."""
    assert VALID.count(ANCHOR) == 1
    return VALID.replace(ANCHOR, "".join(f"        {f}\n" for f in facts) + ANCHOR)


GROUP = ("- {type: RecordProposals, key: testgruppens-forslag, af: Testgruppen, forslag: "
         "[{nummer: '1', tekst: Fiktiv måling}, {nummer: '2', tekst: Opdigtet inspiration}]}")
FU = ("- {type: RecordProposals, key: fu-fokus, af: FU, forslag: [{tekst: Hvordan tester vi?}], "
      "tilsidesat: [{nummer: a, tekst: Et opdigtet initiativ}], ekstern_beslutning: "
      "{organ: FU, dato: 2019-10-02, tekst: FU var enige om det opdigtede}}")


def test_proposals_are_answered_in_order_with_the_proposer_and_what_was_set_aside(
        store: Socialaftale) -> None:
    load_record(store, with_facts(GROUP, FU), "das.yaml")
    group, fu = store.proposals("das-2019-10-24")
    assert (group.key, group.af, group.moede, group.punkt) == (
        "testgruppens-forslag", "Testgruppen", "das-2019-10-24", "8")
    assert [(f.nummer, f.tekst) for f in group.forslag] == [
        ("1", "Fiktiv måling"), ("2", "Opdigtet inspiration")]
    assert (group.tilsidesat, group.besluttet_af) == ((), None)
    assert [(f.nummer, f.tekst) for f in fu.forslag] == [(None, "Hvordan tester vi?")]
    assert [(f.nummer, f.tekst) for f in fu.tilsidesat] == [("a", "Et opdigtet initiativ")]
    assert (fu.besluttet_af, fu.ekstern_tekst) == (
        "besluttet af FU 2. oktober 2019 (ifølge kilden)", "FU var enige om det opdigtede")
    assert store.proposals("das-2019-10-24", "1") == ()
    assert store.proposals("en-anden-dag") == ()
    kinds = [f.kind for f in store.facts_of_decision("das-2019-10-24", "8")]
    assert kinds.count("ProposalsRecorded") == 2


@pytest.mark.parametrize(("facts", "rule"), [
    ((GROUP.replace("forslag: [{nummer: '1', tekst: Fiktiv måling}, {nummer: '2', tekst: "
                    "Opdigtet inspiration}]", "forslag: []"),), "forslag-tomt"),
    ((GROUP.replace("nummer: '2'", "nummer: '1'"),), "forslag-nummer-to-gange"),
    ((GROUP.replace("af: Testgruppen", "af: '  '"),), "forslag-uden-afsender"),
    ((GROUP.replace("tekst: Fiktiv måling", "tekst: ' '"),), "forslag-uden-tekst"),
    ((GROUP, GROUP), "forslag-findes"),
])
def test_a_malformed_list_is_refused_and_nothing_is_written(
        store: Socialaftale, facts: tuple[str, ...], rule: str) -> None:
    with pytest.raises(RecordError) as err:
        load_record(store, with_facts(*facts), "das.yaml")
    assert err.value.rule == rule
    assert "das.yaml, linje " in str(err.value) and "beslutning.fakta[" in str(err.value)
    assert (store.proposals(), store.meetings()) == ((), ())


@pytest.mark.parametrize(("facts", "field"), [
    ((GROUP.replace("tekst: Opdigtet inspiration", "tekst: ' '"),), "forslag[2].tekst"),
    ((FU.replace("tekst: Et opdigtet initiativ", "tekst: ' '"),), "tilsidesat[1].tekst"),
])
def test_a_blank_proposal_is_named_by_its_own_list_and_1_based_place(
        store: Socialaftale, facts: tuple[str, ...], field: str) -> None:
    with pytest.raises(RecordError) as err:
        load_record(store, with_facts(*facts), "das.yaml")
    assert err.value.rule == "forslag-uden-tekst"
    assert err.value.field is not None and err.value.field.endswith(f".{field}"), err.value
    assert f"{field.removesuffix('.tekst')} har ingen tekst" in str(err.value)
    assert (store.proposals(), store.meetings()) == ((), ())
