"""The CLI on money beyond rates: footnotes in `budget`, sharing rules in `shares`,
`takstbeslutninger` and `population import`, on the real Nordjylland records."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from socialaftale_cli.main import cli

ROOT = Path(__file__).parents[2]
SAMPLE = ROOT / "tests" / "budget" / "data" / "folk1a-formatproeve.csv"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def loaded(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'n.db'}"
    code, out, _ = run("load", "--store", url, str(ROOT / "examples" / "nordjylland"))
    assert code == 0, out
    return url


def test_budget_shows_the_footnotes_as_the_minutes_number_them(loaded: str) -> None:
    code, out, _ = run("budget", "--store", loaded, "2012")
    assert code == 0
    assert "  8 (Husleje og forbrugsudgifter): Husleje 850 kr. pr. m2 (30m2)," in out
    assert "enhedstal: Husleje 850 kr. pr. m2 (30 m2) = 25.500 kr. (beregnet)" in out
    assert "enhedstal: Forbrugsudgifter 250 kr. pr. m2 (antal ikke angivet)" in out
    assert "  7 (overskrift: Indirekte udgifter (overhead)): Beløbene er beregnet" in out
    # footnote 5, "deltagerbeta-/ling" joined as the minutes break it over a line
    assert "at 40.000 finansieres af deltagerbetaling (politisk dialogmøde 2012)" in out
    code, out, _ = run("budget", "--store", loaded, "2012", "--format", "csv")
    assert "Temamøder/Arrangementer,54.200 kr.,50.000 kr.,-4.200 kr.,5" in out
    data = json.loads(run("budget", "--store", loaded, "2012", "--format", "json")[1])
    [eight] = [n for n in data["fodnoter"] if n["nummer"] == "8"]
    assert eight["enhedstal"][0] == {"beloeb": "850.00", "enhed": "m2", "post": "Husleje",
                                     "antal": "30.00"}


def test_shares_shows_kdks_rule_waiting_for_what_the_minutes_leave_open(loaded: str) -> None:
    code, out, _ = run("shares", "--store", loaded, "--regel",
                       "kdk-2014-09-16-nopii-sekretariat")
    assert code == 0
    assert "udgifterne fordeles efter befolkningstal.«" in out
    assert ("afventer hvilke kommuner udgiften fordeles blandt; det samlede beløb; hvilket "
            "års befolkningstal") in out
    code, out, _ = run("shares", "--store", loaded, "--regel",
                       "kdk-2014-09-16-nopii-sekretariat", "--dato", "2014-09-15")
    assert code == 1 and "fordelingsnoegle-ukendt" in run(
        "shares", "--store", loaded, "--regel", "kdk-2014-09-16-nopii-sekretariat", "--dato",
        "2014-09-15")[2]
    code, out, _ = run("shares", "--store", loaded, "--format", "json")
    assert code == 0
    assert [r["regel"] for r in json.loads(out)] == ["kkr-2013-02-04-sekretariatet",
                                                     "kdk-2014-09-16-nopii-sekretariat"]


def test_takstbeslutninger_quotes_the_decision_and_the_expectation(loaded: str) -> None:
    code, out, _ = run("takstbeslutninger", "--store", loaded, "2013")
    assert code == 0
    assert "Der var enighed om, at der ikke ændres i taksterne for 2013." in out
    assert "uændret" in out and "socdir-2013-03-18 pkt. 7" in out
    assert "forventet: nedsættelse" in out


def test_population_import_records_all_or_nothing(loaded: str, tmp_path: Path) -> None:
    code, out, _ = run("population", "import", "--store", loaded, str(SAMPLE),
                       "--hentet", "2026-12-02")
    assert code == 0, out
    assert "registrerede 4 befolkningstal" in out and "Ikke kommuner" in out
    code, _, err = run("population", "import", "--store", loaded, str(SAMPLE),
                       "--hentet", "2026-12-02")
    assert code == 1 and "allerede registreret" in err
    bad = tmp_path / "folk1a.csv"
    shutil.copy(SAMPLE, bad)
    bad.write_bytes(bad.read_bytes().replace(b"2015K1;60000", b"2015K1;.."))
    code, _, err = run("population", "import", "--store", loaded, str(bad), "--hentet",
                       "2026-12-02", "--rettelse")
    assert code == 2
    assert "folk1a.csv, linje 7 (kolonne 'INDHOLD')" in err and "folk1a-tal" in err
