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


#: Fact types that had no section in docs/records.md when the rule was made (issue 16); the
#: list may only shrink: a new type comes with its section.
_NOT_YET = """
    AgreeBilateralExemption AmendAgenda ApproveIndmelding ApproveUdmelding BookAccounts
    CarrySurplus CarryTakstRegulering ChangePladser ChooseStrategy CloseTilbud
    ConvertTilbud CorrectAccounts CorrectFact JoinForstaerketSamarbejde
    LeaveForstaerketSamarbejde RecordAdvance RecordPopulation RegisterBudgetLine
    RegisterTilbud RejectIndmelding RejectUdmelding ReplaceTilbud RequestIndmelding
    RequestUdmelding SetFrister SetKlynger SetParticipation SetTakst SettleBudget SplitCost
    SplitTilbud
"""
NOT_YET_DOCUMENTED = frozenset(_NOT_YET.split())


def test_every_fact_type_has_a_section_in_the_record_docs() -> None:
    from socialaftale.records.format import FACT_TYPES

    text = (DOCS / "records.md").read_text(encoding="utf-8")
    sections = set(re.findall(r"^### `(\w+)`", text, re.MULTILINE))
    missing = set(FACT_TYPES) - sections
    assert missing <= NOT_YET_DOCUMENTED, \
        f"fact types without a section: {sorted(missing - NOT_YET_DOCUMENTED)}"
    assert not (NOT_YET_DOCUMENTED & sections), "a documented type is still listed as not yet"
