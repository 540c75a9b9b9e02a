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

from socialaftale import forloeb, load_records, open_store

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


#: The note a rule feature must carry at its top when it gives a real council a decision.
INVENTED_NOTE = "NB: opdigtede beslutninger af virkelige råd til en regeltest."
_COUNCILS = "|".join(re.escape(n.removesuffix(" Kommune")) for n in forloeb.AFTALENS_RAAD)
_DECISION = re.compile(rf'"(?:{_COUNCILS})(?: Kommune)?" (?:er registreret|registreres|rettes) '
                       r"(?:med|til) udfaldet")


def _header(text: str) -> str:
    """The feature's description: the lines before its Baggrund or first Scenarie."""
    return " ".join(re.split(r"^\s*(?:Baggrund|Scenarie):", text, maxsplit=1,
                             flags=re.MULTILINE)[0].split())


@pytest.mark.parametrize("path", RULES, ids=lambda p: p.name)
def test_a_real_council_s_invented_decision_is_said_to_be_invented(path: Path) -> None:
    """The model knows only the agreement's twelve real councils, so a rule scenario must
    give one of them a decision; the feature then says at its top that it is invented."""
    text = path.read_text(encoding="utf-8")
    if _DECISION.search(text):
        assert INVENTED_NOTE in _header(text), path.name


def test_the_invented_decision_check_can_fail() -> None:
    made_up = ('Egenskab: x\n  Baggrund:\n    Givet noget\n  Scenarie: y\n'
               '    Når "Læsø" registreres med udfaldet "godkendt" den "1. august 2031"\n')
    assert _DECISION.search(made_up) and INVENTED_NOTE not in _header(made_up)
    assert not _DECISION.search(made_up.replace('"Læsø"', '"Opdigtet Kommune"'))


@pytest.mark.parametrize("path", FEATURES, ids=lambda p: p.name)
def test_feature_file_is_clean_danish_gherkin(path: Path) -> None:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "BOM"
    text = raw.decode("utf-8")
    assert text == unicodedata.normalize("NFC", text)
    assert text.splitlines()[0] == "# language: da"
    names = re.findall(r"^\s*Scenarie: (.+)$", text, flags=re.MULTILINE)
    assert len(names) == len(set(names))
