"""A meeting record with a value no store can hold is refused by its line; nothing is stored.

Before, ``load`` committed such a record, the read models failed on it, and from then on
every command on the store (``export`` and ``rebuild`` included) ended in a traceback. Real
processes on a SQLite file and the PostgreSQL server.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

VALID = Path(__file__).parents[1] / "records" / "valid.yaml"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).parent / "socialaftale"
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=120,
                          check=False)


CASES = {
    "places past SQLite's INTEGER": (
        "sqlite", "pladser: 28,", "pladser: 9223372036854775808,", 18,
        "grundlag[1].fakta[1].pladser", "uden-for-graense", "er for stort (højst 1.000.000)"),
    "places past PostgreSQL's INTEGER": (
        "postgres", "pladser: 28,", "pladser: 2147483648,", 18,
        "grundlag[1].fakta[1].pladser", "uden-for-graense", "2147483648 er for stort"),
    "28 billion places": (
        "postgres", "          pladser: 27", "          pladser: 28000000000", 35,
        "punkter[8].beslutning.fakta[1].pladser", "uden-for-graense", "28000000000 er for stort"),
    "the YAML escape for NUL": (
        "postgres", "referat: Dagsordenen blev godkendt.",
        'referat: "Dagsordenen\\0 blev godkendt."', 25, "punkter[1].beslutning.referat",
        "ulaeseligt-tegn", "indeholder tegnet NUL"),
}


@pytest.mark.parametrize(("kind", "old", "new", "line", "field", "rule", "says"),
                         list(CASES.values()), ids=list(CASES))
def test_a_value_no_store_can_hold_is_refused_by_its_line_and_the_store_goes_on(
        kind: str, old: str, new: str, line: int, field: str, rule: str, says: str,
        tmp_path: Path, store_url_factory: Callable[[str], str]) -> None:
    url = store_url_factory(kind)
    text = VALID.read_text(encoding="utf-8")
    assert old in text
    bad = tmp_path / "das.yaml"
    bad.write_text(text.replace(old, new), encoding="utf-8")

    refused = _cli("load", "--store", url, str(bad))
    assert refused.returncode == 2, refused.stderr
    assert f"das.yaml, linje {line} (felt '{field}')" in refused.stderr
    assert says in refused.stderr
    assert f"(regel: {rule}; intet er registreret)" in refused.stderr
    assert "Traceback" not in refused.stderr

    exported = _cli("export", "--store", url)
    assert (exported.returncode, exported.stdout, exported.stderr) == (0, "", "")
    good = _cli("load", "--store", url, str(VALID))
    assert good.returncode == 0, good.stderr
    rebuilt = _cli("rebuild", "--store", url)
    assert rebuilt.returncode == 0, rebuilt.stderr
    offers = _cli("tilbudsvifte", "--store", url, "--as-of", "2019-06-01", "--format", "json")
    assert [o["pladser"] for o in json.loads(offers.stdout)] == [28]


@pytest.mark.parametrize(("written", "rule"), [
    ("1231000.125", "beloeb-decimaler"), ('"1.231.000,125 kr."', "beloeb-decimaler"),
    ("1.0e-30", "beloeb-decimaler"), ("1" * 27, "beloeb-for-stort"),
    (f'"{"1" * 27} kr."', "beloeb-for-stort"),
])
def test_an_amount_in_a_record_is_refused_rather_than_rounded(
        written: str, rule: str, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    text = VALID.read_text(encoding="utf-8").replace(
        "          note: datoen fremgår ikke\n",
        "          note: datoen fremgår ikke\n"
        "        - type: SetTakst\n"
        "          key: mariagerfjord/kirketoften\n"
        "          aar: 2020\n"
        "          ydelse: døgnophold\n"
        f"          beloeb: {written}\n"
        "          enhed: døgn\n")
    bad = tmp_path / "das.yaml"
    bad.write_text(text, encoding="utf-8")
    refused = _cli("load", "--store", url, str(bad))
    assert refused.returncode == 2, refused.stderr
    assert "das.yaml, linje 42 (felt 'punkter[8].beslutning.fakta[2].beloeb')" in refused.stderr
    assert "Traceback" not in refused.stderr
    message = "har mere end to decimaler" if rule == "beloeb-decimaler" else \
        "har for mange cifre (højst 13 før kommaet)"
    assert message in refused.stderr
    assert _cli("export", "--store", url).stdout == ""
