"""``socialaftale draft`` on the command line: Danish messages, exit codes, never over an
existing file unless --overskriv, nothing written on bad input."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from click.testing import CliRunner, Result

from socialaftale_cli.main import cli

from .quality import SOURCES

MINUTES = SOURCES / "001_06729882290ccbd8.txt"


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["draft", *args])


def test_draft_writes_the_record_and_check_lists_its_review(tmp_path: Path) -> None:
    out = tmp_path / "optegnelse.yaml"
    result = _run(str(MINUTES), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "udkast skrevet til" in result.stderr and "til gennemsyn" in result.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Udkast") and "\ngennemsyn:\n" in text
    kilder = tmp_path / "kilder"
    kilder.mkdir()
    shutil.copy(MINUTES, kilder / MINUTES.name)
    checked = CliRunner().invoke(cli, ["check", "--store", str(tmp_path / "s.db"),
                                       "--against", str(kilder), str(out)])
    assert checked.exit_code == 1
    assert "alt gengivet som referatets ord står ordret i kilden" in checked.output
    assert "gennemsyn-aaben" in checked.stderr
    assert "- punkter[3].beslutning.udfald: «FU’s anbefaling blev tiltrådt.»" in checked.stderr


def test_an_existing_file_is_kept_unless_overskriv(tmp_path: Path) -> None:
    out = tmp_path / "optegnelse.yaml"
    out.write_text("mit eget arbejde\n", encoding="utf-8")
    refused = _run(str(MINUTES), "-o", str(out))
    assert refused.exit_code == 2 and "findes allerede" in refused.stderr
    assert "fil-findes" in refused.stderr
    assert out.read_text(encoding="utf-8") == "mit eget arbejde\n"
    assert _run(str(MINUTES), "-o", str(out), "--overskriv").exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# Udkast")


def test_the_draft_goes_to_standard_output_without_o() -> None:
    result = _run(str(MINUTES))
    assert result.exit_code == 0 and "kilde: 001_06729882290ccbd8.txt" in result.stdout


def test_bad_input_writes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "ud.yaml"
    latin = tmp_path / "referat.txt"
    latin.write_bytes(MINUTES.read_text(encoding="utf-8").encode("latin-1", "replace"))
    result = _run(str(latin), "-o", str(out))
    assert result.exit_code == 2 and "referat.txt" in result.stderr
    assert "ikke UTF-8" in result.stderr and "ikke-utf8" in result.stderr
    notes = tmp_path / "noter.txt"
    notes.write_text("Husk mælk\n", encoding="utf-8")
    result = _run(str(notes), "-o", str(out))
    assert result.exit_code == 2 and "ligner ikke et referat" in result.stderr
    missing = _run(str(tmp_path / "findes-ikke.txt"), "-o", str(out))
    assert missing.exit_code == 2 and "findes-ikke.txt" in missing.stderr
    assert sorted(tmp_path.iterdir()) == sorted([latin, notes])  # nothing else written


def test_a_store_names_the_forum(tmp_path: Path, register_fora: Any) -> None:
    """With --store the body is written by the name the store knows it under."""
    from socialaftale import open_store

    url = str(tmp_path / "s.db")
    with open_store(url, actor="test") as store:
        register_fora(store)
    minutes = SOURCES / "000_939a2e46bbe95266.txt"  # "Møde Socialdirektørkredsen"
    plain = _run(str(minutes))
    assert "forum: Socialdirektørkredsen" in plain.stdout
    known = _run(str(minutes), "--store", url)
    assert known.exit_code == 0, known.output
    assert "forum: SOCDIR" in known.stdout and "id: socdir-2014-10-10" in known.stdout
    assert "et navn lageret kender det under" in known.stdout
