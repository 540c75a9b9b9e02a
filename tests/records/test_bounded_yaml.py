"""Hostile YAML is refused before it is built: alias bombs, tags, depth, YAML 1.1's surprises.

Each case is a record that looks like a record, so the refusal must come from the
parser's bounds (with its rule and line) and the store must be left as it was. The
bombs run in a real process with its address space capped, so the old behaviour (70 s
and 5.9 GB, or a crash) shows as a failure rather than as a machine out of memory.
"""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

from socialaftale import RecordError, Socialaftale, load_record, open_store
from socialaftale.records.yamltext import MAX_ALIASES, MAX_DEPTH, MAX_EXPANDED

HERE = Path(__file__).parent
VALID = (HERE / "valid.yaml").read_text(encoding="utf-8")
EXE = Path(sys.executable).parent / "socialaftale"


@pytest.fixture
def store(tmp_path: Path) -> Socialaftale:
    return open_store(str(tmp_path / "r.db"), actor="test")


def refused(store: Socialaftale, text: str | bytes, name: str = "f.yaml") -> RecordError:
    before = list(store.events())
    with pytest.raises(RecordError) as caught:
        load_record(store, text, name)
    assert list(store.events()) == before
    return caught.value


def with_notes(*lines: str) -> str:
    """The valid record with ``lines`` appended as its top-level ``noter``."""
    return VALID + "noter:\n" + "".join(f"{line}\n" for line in lines)


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


def billion_laughs() -> str:
    levels = ['  - &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 10):
        name, previous = chr(ord("a") + i), chr(ord("a") + i - 1)
        levels.append(f"  - &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return with_notes(*levels)


def check_in_a_capped_process(tmp_path: Path, text: str) -> subprocess.CompletedProcess[str]:
    """``socialaftale check`` on ``text`` in a child limited to 1 GB and 60 s."""
    path = tmp_path / "bombe.yaml"
    path.write_text(text, encoding="utf-8")

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    return subprocess.run([str(EXE), "check", "--store", f"sqlite:///{tmp_path / 's.db'}",
                           str(path)], capture_output=True, text=True, check=False,
                          timeout=60, preexec_fn=cap)


def test_a_billion_laughs_bomb_is_refused_by_its_expanded_size(tmp_path: Path) -> None:
    text = billion_laughs()
    assert len(text.encode()) < 20_000
    done = check_in_a_capped_process(tmp_path, text)
    assert done.returncode == 2, done.stderr[-2000:]
    assert f"bombe.yaml, linje {line_of(text, '- &g')}" in done.stderr
    assert "når dets aliaser (*navn) er foldet ud" in done.stderr
    assert "regel: yaml-for-stor" in done.stderr and "Traceback" not in done.stderr


def test_many_aliases_to_one_large_string_are_refused(tmp_path: Path) -> None:
    """700,000 aliases to a 1 MB string crashed the process (SIGSEGV)."""
    text = with_notes("  - &s " + "x" * 1_000_000, "  - [" + ", ".join(["*s"] * 700_000) + "]")
    assert len(text.encode()) < 5 * 1024 * 1024
    done = check_in_a_capped_process(tmp_path, text)
    assert done.returncode == 2, done.stderr[-2000:]
    assert "regel: yaml-for-stor" in done.stderr and "Traceback" not in done.stderr


def test_an_alias_bomb_uploaded_to_the_library_is_refused_too(store: Socialaftale) -> None:
    err = refused(store, billion_laughs())
    assert err.rule == "yaml-for-stor" and err.line == line_of(billion_laughs(), "- &g")


def test_too_many_aliases_are_refused_even_when_each_is_small(store: Socialaftale) -> None:
    text = with_notes("  - &n kort", *["  - *n"] * (MAX_ALIASES + 1))
    err = refused(store, text)
    assert err.rule == "yaml-for-mange-aliaser" and f"{MAX_ALIASES:,}".replace(",", ".") \
        in err.message
    assert err.line == len(text.splitlines())


def test_an_alias_inside_its_own_anchor_is_refused(store: Socialaftale) -> None:
    text = with_notes("  - &loop [a, *loop]")
    err = refused(store, text)
    assert err.rule == "yaml-alias-i-sig-selv" and "*loop" in err.message
    assert err.line == len(text.splitlines())


def test_a_few_aliases_are_still_fine(store: Socialaftale) -> None:
    text = VALID.replace("    - {navn: Testian Opdigtsen, organisation: Jammerbugt Kommune}",
                         "    - &ck {navn: Testian Opdigtsen, organisation: Jammerbugt Kommune}")
    text = text.replace("  afbud:\n    - {navn: Testa Fiktivhøj, organisation: Vesthimmerland "
                        "Kommune}", "  gaester:\n    - *ck")
    assert "*ck" in text
    assert load_record(store, text, "f.yaml").status == "ny"


@pytest.mark.parametrize(("tagged", "shown"), [
    ("!!python/object/apply:os.system [echo]", "!!python/object/apply:os.system"),
    ("!!set {a.pdf, b.pdf}", "!!set"),
    ("!evil [a.pdf]", "!evil"),
    ("!!omap [{a: b}]", "!!omap"),
    ("!!binary aGVq", "!!binary"),
])
def test_a_tag_outside_the_core_schema_is_refused_not_ignored(
        store: Socialaftale, tagged: str, shown: str) -> None:
    text = VALID.replace("    titel: Godkendelse af dagsorden\n",
                         f"    titel: Godkendelse af dagsorden\n    bilag: {tagged}\n")
    err = refused(store, text)
    assert err.rule == "yaml-maerke" and f"mærket {shown} bruges ikke" in err.message
    assert err.line == line_of(text, "bilag:")


def test_core_schema_tags_written_out_are_accepted(store: Socialaftale) -> None:
    text = VALID.replace("titel: Godkendelse af dagsorden",
                         "titel: !!str Godkendelse af dagsorden")
    assert load_record(store, text, "f.yaml").status == "ny"


@pytest.mark.parametrize("nesting", ["flow", "block"])
def test_nesting_deeper_than_the_bound_is_refused_with_its_line(
        store: Socialaftale, nesting: str) -> None:
    depth = 490
    if nesting == "flow":
        text = with_notes("  - " + "[" * depth + "]" * depth)
    else:
        text = with_notes(*("  " * (i + 1) + "-" for i in range(depth)))
    err = refused(store, text)
    assert err.rule == "yaml-for-dyb" and f"{MAX_DEPTH} niveauer" in err.message
    assert err.line is not None and err.line > line_of(text, "noter:")


@pytest.mark.parametrize(("field", "written", "said"), [
    ("nummer", "0x10", "'0x10' ligner et hexadecimalt tal"),
    ("nummer", "0o17", None),  # YAML 1.1 has no 0o; it stays the text "0o17"
    ("nummer", "0b101", "'0b101' ligner et binært tal"),
    ("nummer", "017", "'017' har et foranstillet 0"),
    ("nummer", "1_0", "'1_0' har understregning"),
    ("nummer", "1:30", "'1:30' læses i YAML som et tal i 60-talssystemet"),
    ("pladser", "034", "'034' har et foranstillet 0 og læses i YAML som et oktaltal; skriv 34"),
    ("pladser", "2_7", "'2_7' har understregning"),
    ("pladser", "0x1B", "'0x1B' ligner et hexadecimalt tal"),
])
def test_yaml_1_1_number_forms_are_named_not_followed(
        store: Socialaftale, field: str, written: str, said: str | None) -> None:
    if field == "nummer":
        text = VALID.replace('  - nummer: "8"', f"  - nummer: {written}")
    else:
        text = VALID.replace("pladser: 27", f"pladser: {written}")
    assert text != VALID
    if said is None:
        result = load_record(store, text, "f.yaml", dry_run=True)
        assert f"beslutning/{written}" in {d.key for d in result.differences}
        return
    err = refused(store, text)
    assert err.rule == "yaml-talform" and said in err.message, err.message
    assert err.line == line_of(text, f"{field}: {written}")


def test_a_time_written_plainly_is_not_read_as_a_number(store: Socialaftale) -> None:
    text = VALID.replace("tid: kl. 12.00-15.00", "tid: 12:00")
    err = refused(store, text)
    assert err.rule == "yaml-talform" and "'12:00'" in err.message
    assert err.line == line_of(text, "tid: 12:00")
    quoted = VALID.replace("tid: kl. 12.00-15.00", 'tid: "12:00"')
    assert load_record(store, quoted, "f.yaml").status == "ny"


@pytest.mark.parametrize("written", ["No", "yes", "on", "OFF", "Yes"])
def test_a_yaml_1_1_yes_no_value_is_named_and_must_be_quoted(
        store: Socialaftale, written: str) -> None:
    text = VALID.replace("{navn: Testian Opdigtsen,", f"{{navn: {written},")
    err = refused(store, text)
    assert err.rule == "yaml-ja-nej"
    assert f"'{written}' læses i YAML som en ja/nej-værdi" in err.message
    assert f'"{written}" i anførselstegn' in err.message
    assert err.line == line_of(text, f"navn: {written}")
    quoted = VALID.replace("{navn: Testian Opdigtsen,", f'{{navn: "{written}",')
    assert load_record(store, quoted, "f.yaml").status == "ny"


def test_true_and_false_are_still_booleans(store: Socialaftale) -> None:
    assert "omfattet: false" in VALID
    for written in ("False", "FALSE"):
        text = VALID.replace("omfattet: false", f"omfattet: {written}")
        assert load_record(store, text, "f.yaml", dry_run=True).status == "ny"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_an_ascii_file_saved_as_utf_16_is_named_as_such(
        store: Socialaftale, encoding: str) -> None:
    ascii_only = VALID.replace("Ø", "O").replace("ø", "o").replace("å", "aa").replace(
        "–", "-").replace("§", "paragraf ")
    assert ascii_only.isascii()
    err = refused(store, ascii_only.encode(encoding))
    assert err.rule == "fil-utf16" and "UTF-16" in err.message and err.line == 1


def test_a_utf_8_file_is_not_mistaken_for_utf_16(store: Socialaftale) -> None:
    assert load_record(store, VALID.encode("utf-8"), "f.yaml").status == "ny"


def test_the_documented_limits_are_the_parsers() -> None:
    doc = (HERE.parents[1] / "docs" / "records.md").read_text(encoding="utf-8")
    for bound in (MAX_EXPANDED, MAX_ALIASES):
        assert f"{bound:,}" in doc
    assert f"at most {MAX_DEPTH} levels deep" in doc
    for rule in ("yaml-for-stor", "yaml-for-mange-aliaser", "yaml-alias-i-sig-selv",
                 "yaml-for-dyb", "yaml-maerke", "yaml-talform", "yaml-ja-nej", "fil-utf16",
                 "fil-ikke-almindelig", "fil-dobbelt", "fil-for-stor"):
        assert f"`{rule}`" in doc
