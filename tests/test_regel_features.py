"""The rule scenarios live apart from the scenarios of the minutes and use made-up names (issue
17 point 4): no person seen in the real records' meetings and no offer of the real records is
named in a rule feature file; every feature file is clean Danish Gherkin."""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from socialaftale import load_records, open_store

ROOT = Path(__file__).parents[1]
FEATURES = sorted((ROOT / "features").glob("*.feature"))
RULES = [p for p in FEATURES
         if p.name.endswith("_regler.feature") or p.name == "optegnelse_fejl.feature"]
assert RULES, "no rule feature files found"


@functools.cache
def _real_names() -> frozenset[str]:
    """The people and offers of the real records (loaded once, when a test first asks)."""
    with open_store("memory:") as store:
        load_records(store, [(p.name, p.read_bytes())
                             for p in sorted((ROOT / "examples" / "nordjylland").glob("*.yaml"))])
        people = {x.navn for _, spelled in store.spellings() for x in spelled if x.forekomster}
        offers = {o.navn for day in (date(2018, 12, 30), date(2019, 4, 14), date(2019, 9, 30),
                                     date(2020, 1, 1))
                  for o in store.tilbudsvifte(day)}
    return frozenset(people | offers)


def test_the_real_records_name_people_and_offers() -> None:
    assert {"Hilde E. Thun Holst", "Botilbud Kirketoften"} <= _real_names()


@pytest.mark.parametrize("path", RULES, ids=lambda p: p.name)
def test_a_rule_feature_names_no_real_person_or_offer(path: Path) -> None:
    text = " ".join(path.read_text(encoding="utf-8").split())
    assert sorted(n for n in _real_names() if n in text) == []


@pytest.mark.parametrize("path", FEATURES, ids=lambda p: p.name)
def test_feature_file_is_clean_danish_gherkin(path: Path) -> None:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "BOM"
    text = raw.decode("utf-8")
    assert text == unicodedata.normalize("NFC", text)
    assert text.splitlines()[0] == "# language: da"
    names = re.findall(r"^\s*Scenarie: (.+)$", text, flags=re.MULTILINE)
    assert len(names) == len(set(names))
