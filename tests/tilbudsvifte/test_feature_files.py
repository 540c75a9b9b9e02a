"""The tilbudsvifte feature files parse as Danish Gherkin: NFC text, no BOM, unique scenarios."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

FEATURES = sorted((Path(__file__).parents[2] / "features").glob("tilbudsvifte*.feature"))


@pytest.mark.parametrize("path", FEATURES, ids=lambda p: p.name)
def test_feature_file_is_clean_danish_gherkin(path: Path) -> None:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "BOM"
    text = raw.decode("utf-8")
    assert text == unicodedata.normalize("NFC", text)
    assert text.splitlines()[0] == "# language: da"
    names = re.findall(r"^\s*Scenarie: (.+)$", text, flags=re.MULTILINE)
    assert len(names) == len(set(names))


def test_there_are_tilbudsvifte_features() -> None:
    assert [p.name for p in FEATURES] == ["tilbudsvifte.feature", "tilbudsvifte_regler.feature"]
