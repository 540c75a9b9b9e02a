"""Bad input names fields as the minutes number them and suggests what was meant."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialaftale import RecordError, read_units

VALID = (Path(__file__).parent / "valid.yaml").read_text(encoding="utf-8")


def _refusal(text: str) -> RecordError:
    with pytest.raises(RecordError) as caught:
        read_units(text, "das.yaml")
    return caught.value


def test_a_misspelled_fact_type_is_named_by_item_number_with_a_suggestion() -> None:
    err = _refusal(VALID.replace("- type: ChangePladser", "- type: ChangePlaser"))
    assert (err.file, err.line, err.rule) == ("das.yaml", 32, "ukendt-type")
    assert err.field == "punkter[8].beslutning.fakta[1].type"  # item 8, first fact
    assert "mente du ChangePladser?" in str(err)


def test_a_misspelled_outcome_is_named_by_item_number_with_a_suggestion() -> None:
    err = _refusal(VALID.replace("udfald: godkendt\n", "udfald: godkent\n", 1))
    assert (err.line, err.rule, err.field) == (24, "ukendt-udfald", "punkter[1].beslutning.udfald")
    assert "mente du godkendt?" in str(err)


def test_an_outcome_nothing_resembles_gets_the_list_but_no_guess() -> None:
    err = _refusal(VALID.replace("udfald: godkendt\n", "udfald: xyzzy\n", 1))
    assert "mente du" not in str(err) and "brug et af: godkendt" in str(err)


def test_a_list_position_other_than_an_item_counts_from_one() -> None:
    err = _refusal(VALID.replace("pladser: 27", "pladser: mange"))
    assert err.field == "punkter[8].beslutning.fakta[1].pladser"


def test_an_impossible_date_is_a_date_rule_not_a_yaml_rule() -> None:
    err = _refusal(VALID.replace("dato: 2019-10-24", "dato: 2019-02-30", 1))
    assert (err.file, err.line, err.field, err.rule) == ("das.yaml", 6, "moede.dato",
                                                          "ugyldig-dato")
    assert "dato 2019-02-30 findes ikke" in str(err)
