"""The reviewer's fact-by-fact inventory of the four minutes, answered row by row.

``inventory.tsv`` here is our copy of ../shared/audit/inventory.tsv (one row per fact of the
minutes: meeting, minute line, item, fact, the reviewer's status and what the store said),
with one column added, ``our_reading``: where we read the minute line differently from the
reviewer, why, citing the line. The rows themselves are never edited, so a diff against the
shared file stays empty but for that column.

Each meeting has a module here (``socdir_2013_01_17.py`` …) that registers, for every row of
its meeting, either a check that asks the store the fact through the public API, or why the
model cannot answer it. ``tests/nordjylland/test_coverage.py`` runs the checks against a store
holding the four records of examples/nordjylland and holds the share answered per meeting
above a floor that may rise and never fall; the test run prints the shares.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import attrs

from socialaftale import Socialaftale

__all__ = ["INVENTORY", "Answer", "Facts", "Row", "coverage", "read_inventory", "registry"]

INVENTORY = Path(__file__).with_name("inventory.tsv")
MEETINGS = ("socdir-2013-01-17", "socdir-2013-03-18", "socdir-2014-10-10", "das-2019-10-24")

Check = Callable[[Socialaftale], None]
Key = tuple[str, int, str]


@attrs.frozen
class Row:
    """One fact of the inventory, as the reviewer listed it."""

    meeting: str
    line: int
    item: str
    fact: str
    status: str
    store_says: str
    our_reading: str

    @property
    def key(self) -> Key:
        return (self.meeting, self.line, self.fact)

    @property
    def label(self) -> str:
        return f"{self.meeting} L{self.line} {self.fact}"


@attrs.frozen
class Answer:
    """How the store answers a row: a check, or (``check`` None) why the model cannot."""

    check: Check | None
    why: str = ""

    @property
    def answered(self) -> bool:
        return self.check is not None


_REGISTRY: dict[Key, Answer] = {}


def registry() -> dict[Key, Answer]:
    """Every registered answer, the meeting modules imported first."""
    from . import das_2019_10_24, socdir_2013_01_17, socdir_2013_03_18, socdir_2014_10_10

    del das_2019_10_24, socdir_2013_01_17, socdir_2013_03_18, socdir_2014_10_10
    return dict(_REGISTRY)


def read_inventory() -> list[Row]:
    with INVENTORY.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Row(meeting=r["meeting"], line=int(r["line"]), item=r["item"], fact=r["fact"],
                status=r["status"], store_says=r["store_says"],
                our_reading=r["our_reading"] or "") for r in rows]


class Facts:
    """The answers of one meeting's rows.

    ``@facts.check(line, "fact as in the inventory")`` registers a check; the check gets a
    store holding all four records and asserts the fact through the public API (queries such
    as ``decisions()``, ``meetings()``, ``actions()``, ``groups()``, ``budget()``, never the
    record files or free text alone). ``facts.cannot(line, fact, why=...)`` registers a row
    the model cannot answer as a fact, saying why.
    """

    def __init__(self, meeting: str) -> None:
        assert meeting in MEETINGS, meeting
        self.meeting = meeting

    def _register(self, line: int, fact: str, answer: Answer) -> None:
        key = (self.meeting, line, fact)
        assert key not in _REGISTRY, f"to svar på samme række: {key}"
        _REGISTRY[key] = answer

    def check(self, line: int, fact: str) -> Callable[[Check], Check]:
        def register(fn: Check) -> Check:
            self._register(line, fact, Answer(fn))
            return fn
        return register

    def cannot(self, line: int, fact: str, *, why: str) -> None:
        assert why.strip(), "sig hvorfor modellen ikke kan svare"
        self._register(line, fact, Answer(None, why))


def coverage() -> dict[str, tuple[int, int]]:
    """Per meeting: (rows answered by a check, rows listed)."""
    answers = registry()
    out: dict[str, tuple[int, int]] = {}
    for row in read_inventory():
        answered, listed = out.get(row.meeting, (0, 0))
        answer = answers.get(row.key)
        out[row.meeting] = (answered + bool(answer and answer.answered), listed + 1)
    return out
