"""Bad input names fields as the minutes number them and suggests what was meant."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialaftale import RecordError, Socialaftale, load_record, read_units

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


def test_a_misspelled_field_name_suggests_the_field_meant() -> None:
    err = _refusal(VALID.replace("ansvarlig: Sekretariatet", "ansvarlg: Sekretariatet"))
    assert (err.line, err.rule) == (39, "ugyldigt-felt")
    assert err.field == "punkter[8].beslutning.opfoelgning[1].ansvarlg"
    assert "ukendt felt 'ansvarlg' — mente du ansvarlig?" in str(err)
    assert "mangler" not in str(err)  # the misspelling, not the field it left missing


def test_a_misspelled_field_of_a_fact_suggests_the_commands_field() -> None:
    err = _refusal(VALID.replace("effective_on: 2020-01-01", "efective_on: 2020-01-01"))
    assert err.field == "punkter[8].beslutning.fakta[1].efective_on"
    assert "ChangePladser: ukendt felt 'efective_on' — mente du effective_on?" in str(err)


def test_a_misspelled_type_key_suggests_type() -> None:
    err = _refusal(VALID.replace("- type: ChangePladser", "- tpye: ChangePladser"))
    assert (err.line, err.field) == (32, "punkter[8].beslutning.fakta[1].tpye")
    assert "mente du type?" in str(err)


def test_a_text_where_a_list_belongs_is_refused_not_read_letter_by_letter() -> None:
    err = _refusal(VALID.replace(
        "indstilling: [Den Administrative Styregruppe godkender dagsordenen]",
        "indstilling: Den Administrative Styregruppe godkender dagsordenen"))
    assert (err.line, err.field) == (22, "punkter[1].indstilling")
    assert "skal være en liste" in str(err)


def test_a_value_of_the_wrong_kind_is_named_as_written_not_as_python_prints_it() -> None:
    err = _refusal(VALID.replace("pladser: 27", "pladser: {antal: 27}"))
    assert err.message == "ChangePladser: skal være et heltal, ikke en tabel"
    err = _refusal(VALID.replace("titel: Godkendelse af dagsorden", "titel: null"))
    assert err.message == "skal være tekst, ikke en tom værdi"
    err = _refusal(VALID.replace(
        "    - {navn: Testian Opdigtsen, organisation: Jammerbugt Kommune}",
        "    - Testian Opdigtsen"))
    assert err.field == "moede.deltagere[1]"
    assert err.message.startswith("'Testian Opdigtsen' skal være en tabel med felterne navn")


def test_a_fact_note_must_be_text() -> None:
    err = _refusal(VALID.replace("note: datoen fremgår ikke", "note: {hvad: datoen}"))
    assert err.field == "punkter[8].beslutning.fakta[1].note"


def test_a_deadline_not_understood_lists_the_accepted_forms() -> None:
    err = _refusal(VALID.replace("frist: uge 47", "frist: snart"))
    assert (err.line, err.rule) == (39, "ugyldig-frist")
    assert err.field == "punkter[8].beslutning.opfoelgning[1].frist"
    assert "fristen 'snart' forstås ikke" in err.message
    for form in ("2013-01-31", "31. januar 2013", "uge 47", "til næste møde", "snarest",
                 "primo april", "forår 2015"):
        assert form in err.message


def test_an_impossible_date_inside_an_item_names_the_item_by_its_number() -> None:
    err = _refusal(VALID.replace("effective_on: 2020-01-01", "effective_on: 2020-02-30"))
    assert (err.line, err.rule) == (34, "ugyldig-dato")
    assert err.field == "punkter[8].beslutning.fakta[1].effective_on"  # item 8, not 2


CASES = Path(__file__).parents[2] / "examples" / "nordjylland" / "tvaers-forloeb.yaml"


def test_a_case_records_blank_source_is_named_by_its_line_and_nothing_is_loaded(
        store: Socialaftale) -> None:
    """A grundlag whose kilde is blank is a Danish refusal at the kilde's line, not a crash
    (the Source it makes refuses a blank document)."""
    text = CASES.read_text(encoding="utf-8")
    written = "kilde: 003_dac07bbacd9158aa.txt"
    line = text.splitlines().index(f"    {written}") + 1
    with pytest.raises(RecordError) as err:
        load_record(store, text.replace(written, "kilde: ' '", 1), "forloeb.yaml")
    assert (err.value.line, err.value.field, err.value.rule) == (
        line, "grundlag[1].kilde", "ugyldigt-felt")
    assert f"forloeb.yaml, linje {line}" in str(err.value)
    assert store.log.last_position() == 0


def test_a_part_round_for_a_part_or_agreement_not_recorded_is_named_by_its_line(
        store: Socialaftale) -> None:
    """A round for a part the agreement does not have, or for an agreement recorded only
    later in the file, is refused at the round's line naming the field and the rule, and
    nothing is loaded."""
    text = CASES.read_text(encoding="utf-8")
    written = "        aftale: socialaftale-2021-2022\n        aftaledel: socialaftale\n"
    assert written in text
    line = text.splitlines().index("      - type: AabnGodkendelsesrunde") + 1
    for told, rule, field in [
            ("aftale: socialaftale-2021-2022\n        aftaledel: styringsaftale",
             "ukendt-aftaledel", "aftaledel"),
            ("aftale: rammeaftale-2014\n        aftaledel: styringsaftale",
             "ukendt-aftale", "aftale")]:
        with pytest.raises(RecordError) as err:
            load_record(store, text.replace(written, f"        {told}\n", 1), "forloeb.yaml")
        assert (err.value.line, err.value.rule) == (line, rule)
        assert err.value.field is not None and err.value.field.endswith(f".{field}")
        assert f"forloeb.yaml, linje {line}" in str(err.value)
        assert store.log.last_position() == 0
