"""Meeting records: what the secretariat relies on when it loads a file.

Every broken file of the corpus is refused with its file, line, field and rule,
and the store is left exactly as it was; the same file twice records nothing;
an edited file is recorded as corrections, never as rewritten history.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from socialaftale import (
    RecordError,
    Socialaftale,
    load_record,
    load_records,
    open_store,
    record_schema,
)

HERE = Path(__file__).parent
VALID = (HERE / "valid.yaml").read_bytes()
ROOT = HERE.parents[1]

# file -> (rule, line, field the error names, refused by a model rule rather than malformed)
BROKEN = {
    "wrong_type_places.yaml": ("ugyldigt-felt", 35, "punkter[8].beslutning.fakta[1].pladser"),
    "unknown_municipality.yaml": ("ukendt-driftsherre", 18, "grundlag[1].fakta[1].driftsherre"),
    "impossible_date.yaml": ("ugyldig-dato", 6, "moede.dato"),
    "duplicated_item.yaml": ("punkt-dobbelt", 26, "punkter[1].nummer"),
    "unknown_field.yaml": ("ugyldigt-felt", 7, "moede.tidspunkt"),
    "missing_field.yaml": ("ugyldigt-felt", 20, "punkter[1].titel"),
    "unknown_fact_type.yaml": ("ukendt-type", 32, "punkter[8].beslutning.fakta[1].type"),
    "unknown_outcome.yaml": ("ukendt-udfald", 24, "punkter[1].beslutning.udfald"),
    "truncated.yaml": ("ugyldig-yaml", 18, None),
    "not_a_mapping.yaml": ("ugyldig-optegnelse", 1, None),
    "empty.yaml": ("ugyldig-yaml", 1, None),
    "duplicate_key.yaml": ("ugyldig-yaml", 6, "moede.forum"),
    "bad_week.yaml": ("ugyldig-uge", 39, "punkter[8].beslutning.opfoelgning[1].frist"),
    "negative_places.yaml": ("negative-pladser", 32, "punkter[8].beslutning.fakta[1].pladser"),
    "fact_on_unknown_offer.yaml": ("tilbud-ukendt", 32, "punkter[8].beslutning.fakta[1].key"),
    "decision_without_item_number.yaml": ("ugyldigt-felt", 26, "punkter[2].nummer"),
    "wrong_encoding.yaml": ("ugyldig-yaml", 8, None),
    "fact_without_type.yaml": ("ugyldigt-felt", 32, "punkter[8].beslutning.fakta[1]"),
}

MESSAGES = {
    "unknown_municipality.yaml": "mente du Mariagerfjord?",
    "impossible_date.yaml": "dato 2019-02-30 findes ikke",
    "wrong_encoding.yaml": "ikke UTF-8",
    "duplicated_item.yaml": "punkt 1 står to gange",
}


def positions(store: Socialaftale) -> int:
    return store.log.last_position() or 0


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Socialaftale:
    return open_store(str(tmp_path / "r.db"), actor="test")


def test_the_broken_corpus_is_complete() -> None:
    assert sorted(p.name for p in (HERE / "broken").glob("*.yaml")) == sorted(BROKEN)


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_broken_record_names_file_line_field_and_rule_and_records_nothing(
        name: str, sqlite_store: Socialaftale) -> None:
    other = VALID.replace(b"das-2019-10-24", b"das-2019-10-25").replace(
        b"2019-10-24", b"2019-10-25").replace(b"mariagerfjord/kirketoften",
                                              b"mariagerfjord/andet")
    load_record(sqlite_store, other, "andet.yaml")  # the store already holds something
    before = list(sqlite_store.events())
    rule, line, fld = BROKEN[name]
    with pytest.raises(RecordError) as caught:
        load_record(sqlite_store, (HERE / "broken" / name).read_bytes(), name)
    err = caught.value
    assert (err.rule, err.line, err.field) == (rule, line, fld), str(err)
    assert str(err).startswith(f"{name}, linje {line}")
    assert MESSAGES.get(name, "") in err.message
    assert list(sqlite_store.events()) == before


def test_a_file_too_large_is_refused_before_reading(tmp_path: Path,
                                                    sqlite_store: Socialaftale) -> None:
    huge = tmp_path / "stor.yaml"
    with huge.open("wb") as f:
        f.write(VALID)
        f.write(b"noter:\n")
        line = b"  - " + b"x" * 1000 + b"\n"
        f.write(line * (50 * 1024))  # 50 MB
    assert huge.stat().st_size >= 50_000_000
    with pytest.raises(RecordError, match="højst fylde 5 MB") as caught:
        load_record(sqlite_store, huge.read_bytes(), "stor.yaml")
    assert caught.value.rule == "fil-for-stor"
    assert positions(sqlite_store) == 0


def test_loading_the_same_file_twice_records_nothing_the_second_time(
        sqlite_store: Socialaftale) -> None:
    first = load_record(sqlite_store, VALID, "das.yaml")
    after_first = positions(sqlite_store)
    second = load_record(sqlite_store, VALID, "das.yaml")
    assert (first.status, second.status) == ("ny", "uændret")
    assert first.events == after_first and second.events == 0
    assert positions(sqlite_store) == after_first


def test_a_dry_run_shows_what_would_be_recorded_and_records_nothing(
        sqlite_store: Socialaftale) -> None:
    result = load_record(sqlite_store, VALID, "das.yaml", dry_run=True)
    assert result.status == "ny" and result.events > 0
    assert {d.key for d in result.differences} >= {"moede", "dagsorden", "beslutning/8",
                                                   "fakta/8/0", "opfoelgning/das-2019-10-24-8a"}
    assert positions(sqlite_store) == 0


def test_an_edited_fact_is_recorded_as_a_correction_not_a_rewrite(
        sqlite_store: Socialaftale) -> None:
    load_record(sqlite_store, VALID, "das.yaml")
    log_before = list(sqlite_store.events())
    edited = VALID.replace(b"pladser: 27", b"pladser: 26")
    preview = load_record(sqlite_store, edited, "das.yaml", dry_run=True)
    assert preview.status == "rettet" and positions(sqlite_store) == len(log_before)
    [diff] = preview.differences
    assert diff.key == "fakta/8/0" and diff.fields() == [("pladser", 27, 26)]
    result = load_record(sqlite_store, edited, "das.yaml", grund="tastefejl")
    assert result.status == "rettet"
    log_after = list(sqlite_store.events())
    assert log_after[: len(log_before)] == log_before  # history is never rewritten
    kinds = [type(r.event).__name__ for r in log_after[len(log_before):]]
    assert kinds == ["FactSuperseded", "PladserChanged", "RecordCorrected"]
    [offer] = sqlite_store.tilbudsvifte(date(2020, 1, 2))
    assert offer.pladser == 26
    assert sqlite_store.tilbudsvifte(date(2020, 1, 2), known_at=date(2019, 10, 24))
    again = load_record(sqlite_store, edited, "das.yaml")
    assert again.status == "uændret"


def test_edited_header_agenda_and_decision_become_the_meetings_own_corrections(
        sqlite_store: Socialaftale) -> None:
    load_record(sqlite_store, VALID, "das.yaml")
    before = list(sqlite_store.events())
    edited = (VALID.replace(b"Dagsordenen blev godkendt.", b"Dagsordenen blev godkendt uden"
                            b" bemaerkninger.")
              .replace("mødelokale 2".encode(), "mødelokale 3".encode())
              .replace(b"titel: Godkendelse af dagsorden", b"titel: Godkendelse af dagsordenen"))
    result = load_record(sqlite_store, edited, "das.yaml", grund="afskrevet forkert")
    assert {d.key for d in result.differences} == {"moede", "dagsorden", "beslutning/1"}
    after = list(sqlite_store.events())
    assert after[: len(before)] == before
    assert [type(r.event).__name__ for r in after[len(before):]] == [
        "MeetingCorrected", "AgendaCorrected", "DecisionCorrected", "RecordCorrected"]
    referat = sqlite_store.referat_markdown("das-2019-10-24")
    assert "mødelokale 3" in referat and "## 1. Godkendelse af dagsordenen" in referat
    assert "Dagsordenen blev godkendt uden bemaerkninger." in referat
    assert "Punkt 1: beslutningen rettet (afskrevet forkert)" in referat
    [decision] = sqlite_store.decisions(search="uden bemaerkninger")
    assert decision.punkt == "1"


def test_an_edit_the_model_cannot_correct_is_refused_with_a_reason(
        sqlite_store: Socialaftale) -> None:
    load_record(sqlite_store, VALID, "das.yaml")
    before = positions(sqlite_store)
    edited = VALID.replace(b"leverance: Opdateret tilbudsvifte", b"leverance: Ny tilbudsvifte")
    with pytest.raises(RecordError) as caught:
        load_record(sqlite_store, edited, "das.yaml")
    assert caught.value.rule == "rettelse-ikke-understoettet" and caught.value.line == 39
    assert "opfoelgning/das-2019-10-24-8a" in caught.value.message
    assert positions(sqlite_store) == before


def test_several_files_load_all_or_nothing(sqlite_store: Socialaftale) -> None:
    broken = (HERE / "broken" / "negative_places.yaml").read_bytes().replace(
        b"das-2019-10-24", b"das-2019-11-01")
    with pytest.raises(RecordError) as caught:
        load_records(sqlite_store, [("god.yaml", VALID), ("daarlig.yaml", broken)])
    assert caught.value.file == "daarlig.yaml"
    assert positions(sqlite_store) == 0
    results = load_records(sqlite_store, [("god.yaml", VALID)])
    assert [r.status for r in results] == ["ny"]


def test_the_schema_in_the_docs_is_generated_from_the_code() -> None:
    on_disk = json.loads((ROOT / "docs" / "records.schema.json").read_text(encoding="utf-8"))
    assert on_disk == record_schema(), (
        "run: socialaftale schema > docs/records.schema.json")


def test_every_example_record_is_valid_against_the_schema() -> None:
    import yaml

    validator = jsonschema.Draft202012Validator(record_schema())
    files = [HERE / "valid.yaml", *sorted((ROOT / "examples" / "nordjylland").glob("*.yaml"))]
    for path in files:
        doc = json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")),
                                    default=str))
        errors = [f"{'/'.join(map(str, e.path))}: {e.message}"
                  for e in validator.iter_errors(doc)]
        assert not errors, f"{path.name}: {errors[:3]}"


def test_the_schema_rejects_what_the_reader_rejects() -> None:
    import yaml

    validator = jsonschema.Draft202012Validator(record_schema())
    for name in ("unknown_field.yaml", "unknown_fact_type.yaml", "missing_field.yaml"):
        doc = yaml.safe_load((HERE / "broken" / name).read_text(encoding="utf-8"))
        doc = json.loads(json.dumps(doc, default=str))
        assert list(validator.iter_errors(doc)), name
