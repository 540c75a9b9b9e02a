"""`decisions --search` and `--organisation` take any text (issue 24): FTS syntax is not an
error, and a search too long to ask is bad input, exit 2, with the option, limit and rule
named; never a traceback. Run as a real process, as the secretariat runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from socialaftale import load_records, open_store

EXAMPLES = Path(__file__).parents[2] / "examples" / "nordjylland"


@pytest.fixture(params=["sqlite", "postgres"])
def store(request: pytest.FixtureRequest, store_url_factory: Any) -> str:
    url: str = store_url_factory(request.param)
    with open_store(url) as s:
        load_records(s, [(p.name, p.read_bytes()) for p in sorted(EXAMPLES.glob("*.yaml"))])
    return url


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", "from socialaftale_cli.main import cli; cli()",
                           *args], capture_output=True, text=True, timeout=120)


def test_fts_syntax_in_a_search_or_organisation_is_just_text(store: str) -> None:
    for text in ['"<%', '"', "a:* NEAR( %"]:
        for option in ("--search", "--organisation"):
            done = run("decisions", "--store", store, option, text)
            assert done.returncode == 0, (text, option, done.stderr)
            assert "Traceback" not in done.stderr


def test_a_search_too_long_is_bad_input_exit_2_naming_option_limit_and_rule(store: str) -> None:
    done = run("decisions", "--store", store, "--search", " ".join(["ord"] * 5500))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "--search" in done.stderr and "højst 500 tegn" in done.stderr
    assert "soegning-for-lang" in done.stderr
    many = run("decisions", "--store", store, "--organisation", "a " * 40)
    assert many.returncode == 2 and "--organisation" in many.stderr
    assert "højst 32 ord" in many.stderr and "soegning-for-mange-ord" in many.stderr
