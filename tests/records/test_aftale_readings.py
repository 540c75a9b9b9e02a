"""The agreement records mark what they read beyond the minutes (issue 22): parties taken
from the reference data (``alle_raad: true``) are said, in the sammenfatning, to be the
record's reading, not the minutes' words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
RECORDS = sorted((ROOT / "examples").rglob("*.yaml"))


def _facts(data: Any) -> list[dict[str, Any]]:
    if not isinstance(data, dict):
        return []
    return [f for entry in data.get("grundlag") or [] if isinstance(entry, dict)
            for f in entry.get("fakta") or [] if isinstance(f, dict)]


def _all_councils(path: Path) -> list[dict[str, Any]]:
    return [f for f in _facts(yaml.safe_load(path.read_text(encoding="utf-8")))
            if f.get("type") == "OpretAftale" and f.get("alle_raad") is True]


def test_the_examples_have_an_agreement_of_all_councils() -> None:
    assert any(_all_councils(p) for p in RECORDS)  # else the test below checks nothing


@pytest.mark.parametrize("path", RECORDS, ids=lambda p: p.name)
def test_all_councils_is_marked_a_reading_of_the_reference_data(path: Path) -> None:
    for fact in _all_councils(path):
        said = " ".join((fact.get("sammenfatning") or "").split())
        assert "registrets læsning" in said and "referencedata" in said, fact["id"]
