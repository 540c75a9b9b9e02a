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
from typing import Literal

import attrs

from socialaftale import Socialaftale

from .blanked import GONE

__all__ = [
    "INVENTORY",
    "Answer",
    "Facts",
    "Row",
    "coverage",
    "kinds",
    "read_inventory",
    "registry",
    "says",
    "says_in",
    "without_words",
]

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


#: How a row is answered. ``fakta``: by a structured fact a query returns (the check also
#: holds on a store whose texts were taken away); ``ord``: the row's fact is a text the record
#: presents as the minutes' words (a title, a clause, a referat sentence), checked verbatim;
#: ``fritekst``: the fact could be a structured one but the store holds it only inside a text
#: (the reviewer's T), so it is not counted as answered; ``kan_ikke``: the model cannot hold it.
Kind = Literal["fakta", "ord", "fritekst", "kan_ikke"]


@attrs.frozen
class Answer:
    """How the store answers a row: a check of its kind, or (``check`` None) why not."""

    check: Check | None
    why: str = ""
    kind: Kind = "fakta"

    @property
    def answered(self) -> bool:
        """Counted in the share: a fact, or the minutes' words where the words are the fact."""
        return self.check is not None and self.kind in ("fakta", "ord")


class _Words:
    """Whether the checks run against the store whose texts were taken away
    (:mod:`.blanked`): there, a text is asserted to be one of the removed ones."""

    removed = False


def without_words() -> _Words:
    """The switch the blanked run turns on (tests/nordjylland/test_coverage.py)."""
    return _Words


def says(actual: str | None, expected: str) -> None:
    """The store gives the minutes' words ``expected`` for a text field. On the store without
    words, the field must be one that was taken away: a check whose fact is structured may
    also check wording through this, and still prove the fact is held as a fact."""
    if _Words.removed:
        assert actual is not None and GONE in actual, (actual, expected)
    else:
        assert actual == expected, (actual, expected)


def says_in(actual: str | None, part: str) -> None:
    """As :func:`says`, for a passage inside a longer text."""
    if _Words.removed:
        assert actual is not None and GONE in actual, (actual, part)
    else:
        assert actual is not None and part in actual, (actual, part)


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
    record files or free text alone); it checks wording only through :func:`says` and
    :func:`says_in`, and must also hold on a store whose texts were taken away, which proves
    the fact is held as a fact. ``facts.words`` registers a row whose fact is itself a text
    the record presents as the minutes' words; ``facts.free_text(line, fact, why=...)`` a row
    the store holds only inside a text (not counted as answered);
    ``facts.cannot(line, fact, why=...)`` a row the model cannot answer, saying why.
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

    def words(self, line: int, fact: str) -> Callable[[Check], Check]:
        """A row whose fact is a text the record presents as the minutes' words."""
        def register(fn: Check) -> Check:
            self._register(line, fact, Answer(fn, kind="ord"))
            return fn
        return register

    def free_text(self, line: int, fact: str, *, why: str) -> Callable[[Check], Check]:
        """A row the store holds only inside a text, though it could be a fact: checked,
        not counted as answered. ``why`` says what the model lacks."""
        assert why.strip(), "sig hvad modellen mangler"

        def register(fn: Check) -> Check:
            self._register(line, fact, Answer(fn, why, kind="fritekst"))
            return fn
        return register

    def cannot(self, line: int, fact: str, *, why: str) -> None:
        assert why.strip(), "sig hvorfor modellen ikke kan svare"
        self._register(line, fact, Answer(None, why, kind="kan_ikke"))


def coverage() -> dict[str, tuple[int, int]]:
    """Per meeting: (rows answered by a fact or by the minutes' words, rows listed)."""
    answers = registry()
    out: dict[str, tuple[int, int]] = {}
    for row in read_inventory():
        answered, listed = out.get(row.meeting, (0, 0))
        answer = answers.get(row.key)
        out[row.meeting] = (answered + bool(answer and answer.answered), listed + 1)
    return out


def kinds() -> dict[str, dict[str, int]]:
    """Per meeting, how many rows are answered of each kind (unregistered rows: ``mangler``)."""
    answers = registry()
    out: dict[str, dict[str, int]] = {}
    for row in read_inventory():
        answer = answers.get(row.key)
        kind = answer.kind if answer else "mangler"
        counts = out.setdefault(row.meeting, {})
        counts[kind] = counts.get(kind, 0) + 1
    return out
