"""The examples in the documentation run as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOCS = Path(__file__).parent.parent / "docs"


def _python_blocks(path: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", path.read_text(encoding="utf-8"), re.DOTALL)


@pytest.mark.parametrize("doc", ["api.md"])
def test_documented_examples_run(doc: str, capsys: pytest.CaptureFixture[str]) -> None:
    blocks = _python_blocks(DOCS / doc)
    assert blocks, f"{doc} has no example"
    for block in blocks:
        exec(compile(block, str(DOCS / doc), "exec"), {})
    out = capsys.readouterr().out
    assert "TilbudRegistered" in out and "PladserChanged" in out
