"""Every fact of the four minutes (the reviewer's inventory, with our corrections) answered by
the store through the public API, or the reason the model cannot answer it.

The share answered per meeting is held above ``FLOOR``: raise a floor when more rows are
answered; lower one only when a row's answer is withdrawn because the record had stated
something the minutes do not, and say so beside the floor. The shares are printed at the end
of the test run.
"""

from __future__ import annotations

import ast
import inspect
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from socialaftale import Socialaftale, load_records, open_store

from .coverage import (
    MEETINGS,
    Row,
    coverage,
    read_inventory,
    registry,
    says,
    says_in,
    without_words,
)
from .coverage.blanked import blanked

EXAMPLES = Path(__file__).parents[2] / "examples" / "nordjylland"

#: The issue's target is 97% of the listed facts answered as facts, per meeting.
TARGET = 0.97
FLOOR = {
    # 0.97: the DAS item 10 conversion is withdrawn (a recommendation, not a decision; SOCDIR
    # 17 January 2013 L184/L198), and the følgegruppe seat is held only as a remark (L229).
    "socdir-2013-01-17": 0.97,
    # 143/147 (was 144): L311 (the ministry's decision, bloktilskud 'pr. 1. oktober 2013') is
    # a who/when held only in a remark, so it is free text now, not words (review finding 14).
    "socdir-2013-03-18": 0.97,
    # 111/114: L142 (a financing agreement's term) was counted while its check read the
    # sagsfremstilling; held only as text, it is now free text, not an answer.
    "socdir-2014-10-10": 0.97,
    "das-2019-10-24": 0.97,
}

ROWS = read_inventory()


@pytest.fixture(scope="module")
def four_records(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Socialaftale]:
    """A SQLite store holding the four records, loaded once for all rows."""
    path = tmp_path_factory.mktemp("coverage") / "nordjylland.db"
    store = open_store(f"sqlite:///{path}", actor="coverage")
    load_records(store, [(p.name, p.read_bytes()) for p in sorted(EXAMPLES.glob("*.yaml"))])
    yield store
    store.close()


@pytest.fixture(scope="module")
def four_records_without_words(
        tmp_path_factory: pytest.TempPathFactory) -> Iterator[Socialaftale]:
    """The four records with every text they present as the minutes' words (and every
    recorder's summary) replaced by a mark: what is left is what the store holds as facts."""
    path = tmp_path_factory.mktemp("coverage") / "uden-ord.db"
    store = open_store(f"sqlite:///{path}", actor="coverage")
    load_records(store, [(p.name, blanked(p.read_bytes()))
                         for p in sorted(EXAMPLES.glob("*.yaml"))])
    yield store
    store.close()


FACT_ROWS = [r for r in ROWS if (a := registry().get(r.key)) and a.kind == "fakta"]


@pytest.mark.parametrize("row", FACT_ROWS, ids=[r.label for r in FACT_ROWS])
def test_fact_is_held_as_a_fact(row: Row, four_records_without_words: Socialaftale) -> None:
    """A row answered as a fact still holds when the words are gone: its check does not
    lean on a remark, a sagsfremstilling or a note (the reviewer's T)."""
    check = registry()[row.key].check
    assert check is not None
    switch = without_words()
    switch.removed = True
    try:
        check(four_records_without_words)
    finally:
        switch.removed = False


def _asserts(fn: object, seen: set[object]) -> bool:
    """Whether ``fn`` (or a helper of the coverage modules it calls) asserts anything beyond
    :func:`says` and :func:`says_in`, which on the store without words hold for any text."""
    try:
        source = textwrap.dedent(inspect.getsource(fn))  # type: ignore[arg-type]
    except (OSError, TypeError):
        return False
    names = getattr(fn, "__globals__", {})
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Assert):
            return True
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Attribute) and node.func.attr == "raises":
                return True
            if isinstance(node.func, ast.Name):
                target = names.get(node.func.id)
                if (callable(target) and target not in (says, says_in) and target not in seen
                        and getattr(target, "__module__", "").startswith("nordjylland")):
                    seen.add(target)
                    if _asserts(target, seen):
                        return True
    return False


def test_a_fact_check_asserts_a_fact() -> None:
    """A check counted as a fact asserts something besides wording: one made only of
    ``says``/``says_in`` would pass on the store without words and count free text as a fact."""
    words_only = [k for k, a in registry().items()
                  if a.kind == "fakta" and not _asserts(a.check, set())]
    assert words_only == []


def test_the_guard_sees_a_words_only_check() -> None:
    def words_only(s: Socialaftale) -> None:
        says(s.meetings()[0].titel, "x")

    def with_fact(s: Socialaftale) -> None:
        assert s.meetings()
        says(s.meetings()[0].titel, "x")

    assert (_asserts(words_only, set()), _asserts(with_fact, set())) == (False, True)


@pytest.mark.parametrize("row", ROWS, ids=[r.label for r in ROWS])
def test_row_is_answered_or_explained(row: Row, four_records: Socialaftale) -> None:
    answer = registry().get(row.key)
    assert answer is not None, (
        f"{row.label}: rækken har hverken et tjek eller en forklaring i "
        f"tests/nordjylland/coverage/{row.meeting.replace('-', '_')}.py")
    if answer.check is not None:
        answer.check(four_records)


def test_every_answer_names_a_row_of_the_inventory() -> None:
    listed = {r.key for r in ROWS}
    assert [k for k in registry() if k not in listed] == []


def test_inventory_rows_are_the_reviewers() -> None:
    """Our copy changes no row of the reviewer's inventory (kept beside it as
    reviewer-inventory.tsv, and equal to ../shared/audit/inventory.tsv where that exists);
    it only adds our reading."""
    pristine = Path(__file__).with_name("coverage") / "reviewer-inventory.tsv"
    shared = Path(__file__).parents[3] / "shared" / "audit" / "inventory.tsv"
    if shared.exists():
        assert shared.read_bytes() == pristine.read_bytes()
    theirs = pristine.read_text(encoding="utf-8").splitlines()[1:]
    ours = ["\t".join([r.meeting, str(r.line), r.item, r.fact, r.status, r.store_says])
            for r in ROWS]
    assert ours == theirs


@pytest.mark.parametrize("meeting", MEETINGS)
def test_share_answered_does_not_fall(meeting: str) -> None:
    answered, listed = coverage()[meeting]
    assert answered / listed >= FLOOR[meeting], (meeting, answered, listed)
