"""The runnable examples run and tell the story of the minutes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_the_item8_example_prints_the_2020_tilbudsvifte_from_a_sqlite_file(
    tmp_path: Path,
) -> None:
    db = tmp_path / "eksempel.db"
    for _ in range(2):  # the second run reads the same file without recording again
        out = subprocess.run(
            [sys.executable, str(ROOT / "examples" / "das_2019_10_24_item8.py"),
             f"sqlite:///{db}"],
            capture_output=True, text=True, check=True,
        ).stdout
        after = out.split("Tilbudsviften pr. 01.01.2020:")[1]
        assert "Aktivitetshuset Hobro" in after and "pladser: 31" in after
        assert "Botilbuddet Rosenvænget" not in after.split("Ud af")[0]
        assert "Ud af tilbudsviften 2019 → 2020:" in out
