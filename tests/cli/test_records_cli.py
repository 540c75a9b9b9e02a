"""``socialaftale load``, ``check`` and ``schema``: what the secretariat types and reads."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from socialaftale import open_store
from socialaftale_cli.main import cli

RECORDS = Path(__file__).parents[1] / "records"
VALID = RECORDS / "valid.yaml"


def events_in(url: str) -> int:
    with open_store(url) as store:
        return store.log.last_position() or 0


def test_load_records_a_file_once_and_says_so(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    first = CliRunner().invoke(cli, ["load", "--store", url, str(VALID)])
    assert first.exit_code == 0, first.output
    assert "das-2019-10-24 ny — registrerede 8 hændelser" in first.output
    again = CliRunner().invoke(cli, ["load", "--store", url, str(VALID)])
    assert again.exit_code == 0 and "uændret (intet registreret)" in again.output
    assert events_in(url) == 8


def test_an_edited_file_shows_its_differences_and_dry_run_records_nothing(
        tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    CliRunner().invoke(cli, ["load", "--store", url, str(VALID)])
    edited = tmp_path / "das.yaml"
    edited.write_bytes(VALID.read_bytes().replace(b"pladser: 27", b"pladser: 25"))
    dry = CliRunner().invoke(cli, ["load", "--store", url, "--dry-run", str(edited)])
    assert dry.exit_code == 0, dry.output
    assert "rettet — ville registrere" in dry.output and "pladser: 27 → 25" in dry.output
    assert events_in(url) == 8
    done = CliRunner().invoke(cli, ["load", "--store", url, "--grund", "tastefejl",
                                    str(edited)])
    assert done.exit_code == 0 and "rettet — registrerede 3 hændelser" in done.output


def test_check_names_the_line_and_exits_2_for_a_malformed_file(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    result = CliRunner().invoke(
        cli, ["check", "--store", url, str(RECORDS / "broken" / "impossible_date.yaml")])
    assert result.exit_code == 2
    assert "impossible_date.yaml, linje 6 (felt 'moede.dato'): dato 2019-02-30 findes ikke" \
        in result.output
    assert "intet er registreret" in result.output


def test_a_yaml_slip_is_named_in_danish_with_its_line_and_column(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    slip = tmp_path / "slip.yaml"
    lines = VALID.read_text(encoding="utf-8").splitlines()
    lines[6] = "  tid: kl. 12.00: 15.00"  # an unquoted colon inside a value
    slip.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--store", url, str(slip)])
    assert result.exit_code == 2
    assert "slip.yaml, linje 7: YAML-fejl: et kolon (:) er ikke tilladt her" in result.output
    assert "mapping values" not in result.output


def test_a_rule_of_the_model_refusing_a_file_exits_1_and_records_nothing(
        tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    result = CliRunner().invoke(
        cli, ["load", "--store", url, str(RECORDS / "broken" / "unknown_municipality.yaml")])
    assert result.exit_code == 1
    assert "mente du Mariagerfjord?" in result.output
    assert events_in(url) == 0


def test_load_takes_a_directory(tmp_path: Path) -> None:
    folder = tmp_path / "optegnelser"
    folder.mkdir()
    (folder / "a.yaml").write_bytes(VALID.read_bytes())
    url = f"sqlite:///{tmp_path / 's.db'}"
    result = CliRunner().invoke(cli, ["load", "--store", url, str(folder)])
    assert result.exit_code == 0 and "a.yaml: das-2019-10-24 ny" in result.output


def test_schema_prints_the_json_schema() -> None:
    result = CliRunner().invoke(cli, ["schema"])
    schema = json.loads(result.output)
    assert schema["title"] == "Mødeoptegnelse (socialaftale)"
    assert "ChangePladser" in json.dumps(schema["$defs"]["Fakt"])


def test_the_installed_command_loads_in_a_real_process(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    exe = Path(sys.executable).parent / "socialaftale"
    bad = subprocess.run([str(exe), "load", "--store", url,
                          str(RECORDS / "broken" / "wrong_encoding.yaml")],
                         capture_output=True, text=True, check=False)
    assert bad.returncode == 2 and "ikke UTF-8" in bad.stderr
    good = subprocess.run([str(exe), "load", "--store", url, str(VALID)],
                          capture_output=True, text=True, check=False)
    assert good.returncode == 0 and "registrerede 8 hændelser" in good.stdout
