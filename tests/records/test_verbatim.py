"""The verbatim check (issue 17, point 1): what a record gives as the minutes' words is in them.

Small records against small sources exercise each rule (line break, end-of-line
hyphenation, page furniture, a changed word, ellipsis fragments in and out of order, the
document's hash); the last tests run the check on examples/nordjylland against the copies
of the real minutes in examples/nordjylland/kilder.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from socialaftale import RecordError, check_verbatim, load_record, open_store
from socialaftale.records.verbatim import FIELDS, Kilde, find_quote, quoted_phrases

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "nordjylland"
KILDER = EXAMPLES / "kilder"
SHARED = ROOT.parent.parent / "shared" / "minutes"  # /work/shared/minutes beside /work/wt/x
if not SHARED.is_dir():
    SHARED = ROOT.parent / "shared" / "minutes"  # ../shared/minutes beside a clone

# 003_dac07bbacd9158aa.txt, item 8 (Referat), as the text extraction breaks it over lines,
# with the page furniture of a page break between two of its lines.
SOURCE = (
    "Referat \n"
    "\n"
    "DAS godkendte alle anmodninger om ind- og udmeldinger bortset fra Taleinstituttet/Hjer-\n"
    "neskadecenter Nordjylland. DAS godkendte ikke udmeldingen på følgende grundlag: \n"
    "\n"
    " Punkt 8 \n"
    "  16/20 \n"
    "• DAS følger præcedens for 2018, hvor tilbud med borgere fra 2-3 kommuner ikke blev \n"
    "taget ud af Socialaftalen \n"
).encode()
NAME = "003_dac07bbacd9158aa.txt"
SHA = hashlib.sha256(SOURCE).hexdigest()


def record(referat: str, *, sha: str | None = SHA, extra: str = "") -> str:
    """A small valid record citing SOURCE whose item 8 has ``referat``."""
    hash_line = f"kilde_sha256: {sha}\n" if sha is not None else ""
    return (f"kilde: {NAME}\n{hash_line}"
            "moede: {id: das-2019-10-24, forum: DAS, dato: 2019-10-24}\n"
            "punkter:\n"
            '  - nummer: "8"\n'
            "    titel: Referat\n"
            "    beslutning:\n"
            "      udfald: ikke_godkendt\n"
            f"      referat: >-\n        {referat}\n"
            f"{extra}")


def check(text: str, sources: dict[str, bytes] | None = None) -> list[RecordError]:
    return check_verbatim(text, "r.yaml", {NAME: SOURCE} if sources is None else sources)


def test_a_quote_across_a_line_break_and_a_broken_word_is_found() -> None:
    quote = ("DAS godkendte alle anmodninger om ind- og udmeldinger bortset fra "
             "Taleinstituttet/Hjerneskadecenter Nordjylland. DAS godkendte ikke udmeldingen")
    assert check(record(quote)) == []


def test_the_word_may_keep_its_hyphen_where_the_line_broke_it() -> None:
    assert check(record("Taleinstituttet/Hjer-neskadecenter Nordjylland")) == []


def test_the_hyphen_of_a_word_pair_is_kept() -> None:
    # "ind- og udmeldinger": the hyphen with a space after it is the minutes' own
    assert check(record("om ind- og udmeldinger")) == []
    assert [e.rule for e in check(record("om indog udmeldinger"))] == ["ikke-ordret"]


def test_page_furniture_between_the_parts_of_a_quote_is_ignored() -> None:
    quote = ("DAS godkendte ikke udmeldingen på følgende grundlag: • DAS følger præcedens for "
             "2018, hvor tilbud med borgere fra 2-3 kommuner ikke blev taget ud af Socialaftalen")
    assert check(record(quote)) == []


def test_a_changed_word_is_caught_with_file_line_field_and_the_nearest_passage() -> None:
    text = record("DAS godkendte alle anmodninger om ind- og udmeldinger bortset fra "
                  "Taleinstituttet/Hjerneskadecenter Vestjylland.")
    errors = check(text)
    assert len(errors) == 1
    err = errors[0]
    assert (err.file, err.rule, err.field) == ("r.yaml", "ikke-ordret",
                                               "punkter[8].beslutning.referat")
    assert err.line == next(i for i, line in enumerate(text.splitlines(), 1)
                            if "referat:" in line)
    assert "nærmeste sted i referatet: «DAS godkendte alle anmodninger" in err.message
    assert "sammenfatning" in err.message


def test_case_and_punctuation_are_exact() -> None:
    assert check(record("das godkendte alle anmodninger")) != []
    assert check(record("DAS godkendte alle anmodninger, om ind- og udmeldinger")) != []


def test_ellipsis_joins_fragments_in_order() -> None:
    assert check(record("DAS godkendte alle anmodninger … DAS følger præcedens for 2018")) == []
    assert check(record("DAS godkendte alle anmodninger […] følgende grundlag:")) == []


def test_ellipsis_fragments_out_of_order_are_caught() -> None:
    errors = check(record("DAS følger præcedens for 2018 … DAS godkendte alle anmodninger"))
    assert [e.rule for e in errors] == ["ikke-ordret"]
    assert "«DAS godkendte alle anmodninger»" in errors[0].message


def test_a_changed_document_is_refused_by_its_hash() -> None:
    changed = SOURCE.replace(b"2018", b"2017")
    errors = check(record("DAS godkendte alle anmodninger"), {NAME: changed})
    assert [e.rule for e in errors] == ["kilde-aendret"]
    assert errors[0].field == "kilde_sha256"
    assert hashlib.sha256(changed).hexdigest() in errors[0].message


def test_a_record_without_the_hash_is_told_the_hash_to_add() -> None:
    errors = check(record("DAS godkendte alle anmodninger", sha=None))
    assert [e.rule for e in errors] == ["kilde-uden-sha256"]
    assert f"kilde_sha256: {SHA}" in errors[0].message


def test_an_unknown_document_is_named_with_a_guess() -> None:
    errors = check(record("DAS godkendte"), {"003_dac07bbacd9158ab.txt": SOURCE})
    assert [e.rule for e in errors] == ["kilde-findes-ikke"]
    assert "mente du 003_dac07bbacd9158ab.txt?" in errors[0].message


def test_the_recorders_summary_is_not_checked_but_a_quote_in_a_note_is() -> None:
    extra = ("      sammenfatning: DAS afviste udmeldingen af TI/HCN (registrators ord)\n"
             "      note: \"referatet siger 'DAS godkendte ikke udmeldingen'\"\n")
    assert check(record("DAS godkendte alle anmodninger", extra=extra)) == []
    wrong = extra.replace("godkendte ikke", "afviste")
    errors = check(record("DAS godkendte alle anmodninger", extra=wrong))
    assert [(e.rule, e.field) for e in errors] == [("ikke-ordret", "punkter[8].beslutning.note")]


def test_apostrophes_inside_words_open_no_quote() -> None:
    assert quoted_phrases("FU's anbefaling og KL’s vejledning") == []
    assert quoted_phrases("Punkt 5 nævner 'formandskabet for DAS Social'; mere") == [
        "formandskabet for DAS Social"]


def test_quotation_marks_are_one_mark_whatever_their_glyph() -> None:
    source = Kilde.of("k.txt", "at ”Egenmestring”\nskulle fortsætte".encode()).tekst
    assert find_quote('at "Egenmestring" skulle fortsætte', source)[0]


def test_the_table_names_the_fields_docs_records_md_lists() -> None:
    docs = (ROOT / "docs" / "records.md").read_text(encoding="utf-8")
    section = docs.split("## Hvad der skal stå ordret", 1)[1].split("\n## ", 1)[0]
    for felt in FIELDS:
        shown = ".".join(felt.path).replace(".*", "[]")
        assert f"`{shown}`" in section, f"{shown} is not in docs/records.md"


def test_the_summary_is_kept_beside_the_referat_when_loaded(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "s.db"), actor="test")
    text = record("DAS godkendte alle anmodninger",
                  extra="      sammenfatning: Registrators egen sammenfatning\n")
    load_record(store, text, "r.yaml")
    decided = next(r.event for r in store.events()
                   if type(r.event).__name__ == "DecisionRecorded")
    assert decided.referat == "DAS godkendte alle anmodninger"
    assert decided.sammenfatning == "Registrators egen sammenfatning"
    loaded = next(r.event for r in store.events() if type(r.event).__name__ == "RecordLoaded")
    assert (loaded.kilde, loaded.kilde_sha256) == (NAME, SHA)


# -- the real minutes -----------------------------------------------------------------------


def _sources() -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(KILDER.glob("*.txt"))}


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_the_examples_quote_the_minutes_verbatim(name: str) -> None:
    path = EXAMPLES / name
    errors = check_verbatim(path.read_bytes(), str(path), _sources())
    assert errors == [], "\n".join(str(e) for e in errors)


def test_the_copied_minutes_are_the_shared_minutes_byte_for_byte() -> None:
    copies = _sources()
    assert len(copies) == 4
    if SHARED.is_dir():  # a fresh clone has no ../shared beside it; the copies stand alone
        assert {p.name: p.read_bytes() for p in SHARED.glob("*.txt")} == copies


# -- the command line ----------------------------------------------------------------------


def test_check_against_a_folder_passes_the_examples(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from socialaftale_cli.main import cli

    url = f"sqlite:///{tmp_path / 's.db'}"
    result = CliRunner().invoke(cli, ["check", "--store", url, "--against", str(KILDER),
                                      str(EXAMPLES / "das-2019-10-24.yaml")])
    assert result.exit_code == 0, result.output
    assert "alt gengivet som referatets ord står ordret i kilden" in result.output
    assert "ny — ville registrere" in result.output


def test_check_against_names_an_altered_word_and_exits_1(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from socialaftale_cli.main import cli

    (tmp_path / "kilder").mkdir()
    (tmp_path / "kilder" / NAME).write_bytes(SOURCE)
    altered = tmp_path / "r.yaml"
    altered.write_text(record("DAS godkendte alle anmodninger om ind- og udmeldinger bortset "
                              "fra Taleinstituttet"), encoding="utf-8")
    url = f"sqlite:///{tmp_path / 's.db'}"
    ok = CliRunner().invoke(cli, ["check", "--store", url, "--against",
                                  str(tmp_path / "kilder"), str(altered)])
    assert ok.exit_code == 0, ok.output
    altered.write_text(record("DAS godkendte alle ansøgninger"), encoding="utf-8")
    bad = CliRunner().invoke(cli, ["check", "--store", url, "--against",
                                   str(tmp_path / "kilder"), str(altered)])
    assert bad.exit_code == 1
    assert "linje 9 (felt 'punkter[8].beslutning.referat'): teksten står ikke ordret" \
        in bad.output
    assert "(regel: ikke-ordret)" in bad.output and "Traceback" not in bad.output
    missing = CliRunner().invoke(cli, ["check", "--store", url, "--against",
                                       str(tmp_path / "ingen"), str(altered)])
    assert missing.exit_code != 0 and "kildemappe-findes-ikke" in missing.output


def test_two_broken_words_in_a_row_are_both_joined() -> None:
    source = Kilde.of("k.txt", "Vedrø-\nrende enighed om, at Jan kunne repræsente-\nre Nord-\n"
                      "jylland.".encode()).tekst
    assert find_quote("Vedrørende enighed om, at Jan kunne repræsentere Nordjylland.", source)[0]
