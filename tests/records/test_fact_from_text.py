"""A fact typed field by field (the referat form) is read by the records' own rules: the
same values, the same Danish refusals, the field named as the form names it."""

from __future__ import annotations

from datetime import date

import pytest

from socialaftale import DecisionRef, Provenance, Source
from socialaftale.domain import arbejdsgrupper as groups
from socialaftale.domain import tilbudsvifte as tv
from socialaftale.records import RecordError, fact_fields, fact_from_text

CARRIED = Provenance(date(2026, 11, 12), Source("formularen"), DecisionRef("das-2026-11-12", "2"))


def test_each_value_is_written_as_in_a_record_file() -> None:
    got = fact_from_text("ChangePladser", {
        "key": "aalborg/solhaven", "effective_on": "2027-01-01", "pladser": "24",
        "pladsdele": "[{antal: 1, beskrivelse: aflastningsplads, omfattet: false}]",
        "dato": "", "note": "læst af referatet"}, CARRIED)
    assert isinstance(got, tv.ChangePladser)
    assert (got.key, got.effective_on, got.pladser) == ("aalborg/solhaven", date(2027, 1, 1), 24)
    assert [d.antal for d in got.pladsdele] == [1]
    assert got.provenance.decision == CARRIED.decision
    assert got.provenance.source.note == "læst af referatet"


def test_the_fields_offered_are_the_commands_own_then_dato_and_note() -> None:
    assert fact_fields("AppointPerson") == [
        "navn", "rolle", "hvor", "for_forum", "fra", "til", "ved_akklamation", "dato", "note"]
    person = fact_from_text("AppointPerson", {"navn": "Anne Jensen", "rolle": "formand",
                                              "hvor": "DAS", "fra": "2026-11-12"}, CARRIED)
    assert isinstance(person, groups.AppointPerson) and person.rolle == "formand"


@pytest.mark.parametrize(("fields", "field", "words"), [
    ({"key": "a/b", "effective_on": "2027-01-01", "pladser": "tolv"}, "pladser",
     "skal være et heltal"),
    ({"key": "a/b", "effective_on": "2027-13-01", "pladser": "12"}, "effective_on",
     "findes ikke"),
    ({"key": "a/b", "pladser": "12"}, "effective_on", "feltet 'effective_on' mangler"),
    ({"key": "a/b", "effective_on": "2027-01-01", "pladser": ": x"}, "pladser", "YAML-fejl"),
])
def test_a_refusal_names_the_field_in_the_records_words(
    fields: dict[str, str], field: str, words: str,
) -> None:
    with pytest.raises(RecordError) as refused:
        fact_from_text("ChangePladser", fields, CARRIED)
    assert refused.value.field == field and words in refused.value.message


def test_an_unknown_type_is_named_with_the_nearest_known_one() -> None:
    with pytest.raises(RecordError) as refused:
        fact_from_text("ChangePladsr", {}, CARRIED)
    assert refused.value.field == "type" and "mente du ChangePladser?" in refused.value.message
