"""The tilbudsvifte feature files are where the step modules look for them (their Gherkin is
checked with every feature file in tests/test_regel_features.py)."""

from __future__ import annotations

from pathlib import Path

FEATURES = sorted((Path(__file__).parents[2] / "features").glob("tilbudsvifte*.feature"))


def test_there_are_tilbudsvifte_features() -> None:
    assert [p.name for p in FEATURES] == ["tilbudsvifte.feature", "tilbudsvifte_regler.feature"]
