"""Proofs are read from the kept subtree roots, on every store, and the verifier accepts them.

Issue 19: a proof under a checkpoint used to read every leaf under it. The ledger now keeps
the root of each complete perfect subtree (RFC 9162 §2.1) on the row of the leaf that
completes it, in the transaction that stores it; a store whose roots and head the code before
kept in tables of their own gets them on its leaf rows when first opened.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, cast

import psycopg
import pytest

from socialaftale import Socialaftale, audit, open_store
from socialaftale.leafblocks import BLOCK, block_leaves
from socialaftale.ledger import STORED_LEVEL, ledger_of, read_subtrees
from socialaftale.merkle import consistency_proof, inclusion_proof
from socialaftale.merkle import root as merkle_root
from socialaftale.verifier import check

from .helpers import fill
from .test_ledger import FIXTURE, _conninfo

NODES_BY_LEVEL = FIXTURE.parent / "store_nodes_by_level.db"
SUBTREES = FIXTURE.parent / "store_subtrees.db"
LEAF_ROWS = FIXTURE.parent / "store_leaf_rows.db"
_FIRST = 1 << STORED_LEVEL


def _key(tmp_path: Path) -> Path:
    """A private signing key (create_key answers with the public key beside it)."""
    audit.create_key(tmp_path / "noegle")
    return tmp_path / "noegle"


def _all_leaves(store: Socialaftale) -> list[bytes]:
    ledger = ledger_of(store.log.recorder)
    return [leaf.hash for leaf in ledger.leaves(0, ledger.head().last_position, 10**6)]


def _proofs_hold(store: Socialaftale, key: Path) -> None:
    """Checkpoints before and after more writes; every proof equals the one computed from
    all leaves and the standalone verifier accepts it."""
    first = audit.create_checkpoint(store, key)
    fill(store, offers=3, changes=2, prefix="u")
    second = audit.create_checkpoint(store, key)
    leaves = _all_leaves(store)[: second.size]
    for position in (1, 2, first.last_position, second.last_position - 1,
                     second.last_position):
        doc = audit.prove_inclusion(store, position)
        index = doc["leaf_index"]
        assert doc["path"] == [p.hex() for p in inclusion_proof(index, leaves)]
        assert check(doc, None) is None, position
    doc = audit.prove_consistency(store, first.seq, second.seq)
    assert doc["proof"] == [p.hex() for p in consistency_proof(first.size, leaves)]
    assert check(doc, None) is None


def test_proofs_from_kept_subtrees_verify_on_every_store(
        store: Socialaftale, tmp_path: Path) -> None:
    fill(store, offers=9, changes=4)
    _proofs_hold(store, _key(tmp_path))


def _old_subtrees(conn: sqlite3.Connection) -> dict[tuple[int, int], bytes]:
    return {(k & 63, ((k >> 6) >> (k & 63)) - 1): bytes(h)
            for k, h in conn.execute("SELECT k, hash FROM merkle_subtrees")}


def test_a_store_whose_head_and_roots_have_tables_of_their_own_still_verifies_and_proves(
        tmp_path: Path) -> None:
    """tests/fixtures/store_subtrees.db was written by the code at d46d057 (the head in
    merkle_head, the roots in merkle_subtrees): opened now, its leaf rows get the roots and
    the head, which equal the ones it kept (the head as it was stored, the same store id);
    its signed checkpoint still verifies and new writes and proofs hold; the old tables are
    left as they were."""
    copy = tmp_path / "subtrees.db"
    shutil.copy(SUBTREES, copy)  # never touch the committed fixture
    with sqlite3.connect(copy) as conn:
        old = _old_subtrees(conn)
        old_head = conn.execute("SELECT store_id, size, last_position, frontier "
                                "FROM merkle_head").fetchone()
    assert len(old) == 8 and old_head[1] == 80  # five roots of 16, two of 32, one of 64
    with open_store(f"sqlite:///{copy}", project=False) as store:
        ledger = ledger_of(store.log.recorder)
        head = ledger.head()
        assert (head.store_id, head.size, head.last_position,
                head.frontier.to_bytes()) == old_head
        assert {key: ledger.subtree(*key) for key in old} == old
        result = audit.verify(store, record=False)
        assert result.intact and result.events == 80, result.problems
        _proofs_hold(store, _key(tmp_path))
        assert audit.verify(store, record=False).intact
    with sqlite3.connect(copy) as conn:
        assert _old_subtrees(conn) == old
        assert conn.execute("SELECT store_id, size, last_position, frontier "
                            "FROM merkle_head").fetchone() == old_head


def test_a_proof_under_a_tree_missing_a_subtree_says_the_tree_is_damaged(
        tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'skadet.db'}"
    with open_store(url) as store:  # two transactions: a block of leaves 0-31, one of 32-47
        fill(store, offers=2 * _FIRST, changes=0)
        fill(store, offers=_FIRST, changes=0, prefix="u")
        cp = audit.create_checkpoint(store, _key(tmp_path))
        assert cp.size == 3 * _FIRST
    with sqlite3.connect(tmp_path / "skadet.db") as conn:  # hand edits: a kept root (the
        # first block keeps the roots of leaves 0-15, 16-31 and 0-31: the last is cut off)
        assert conn.execute("SELECT length(roots) FROM merkle_blocks WHERE position = ?",
                            (2 * _FIRST,)).fetchone() == (1 + 3 * 32,)
        conn.execute("UPDATE merkle_blocks SET roots = substr(roots, 1, 1 + 2 * 32) "
                     "WHERE position = ?", (2 * _FIRST,))
    with open_store(url) as store, pytest.raises(audit.AuditError, match="ikke helt"):
        audit.prove_inclusion(store, 33)  # its path holds the root of leaves 0 to 31
    with open_store(url) as store:
        audit.prove_inclusion(store, 1)  # 1, 2-3, …, 16-31 and 32-47: all there
    with sqlite3.connect(tmp_path / "skadet.db") as conn:  # leaves under a computed root
        conn.execute("UPDATE merkle_blocks SET hashes = substr(hashes, 1, 3 * 32) "
                     "WHERE position = ?", (2 * _FIRST,))
    with open_store(url) as store, pytest.raises(audit.AuditError, match="ikke helt"):
        audit.prove_inclusion(store, 1)  # its path holds the root of leaves 2 and 3


def test_only_the_roots_from_the_stored_level_up_are_kept_and_the_rest_are_computed(
        store: Socialaftale) -> None:
    """Issue 19's recording target: the nodes table keeps the roots of 16 leaves and up, so
    a transaction writes about one node row per sixteen events; the roots of 2, 4 and 8
    leaves are the same when computed from the leaves."""
    fill(store, offers=40, changes=0)
    ledger = ledger_of(store.log.recorder)
    leaves = _all_leaves(store)
    size = ledger.head().size
    assert size >= 2 << STORED_LEVEL
    for level in range(1, STORED_LEVEL + 2):
        for index in range(size >> level):
            width = 1 << level
            assert ledger.subtree(level, index) == merkle_root(
                leaves[index * width:(index + 1) * width]), (level, index)
    if store.db.location.kind == "sqlite":
        with sqlite3.connect(store.db.location.path) as conn:
            kept = [(i, roots) for block in conn.execute(
                "SELECT position, first_position, first_index, hashes, roots FROM "
                "merkle_blocks") for i, _p, _h, roots in block_leaves(block) if roots]
        # on the row of every 16th leaf, from level STORED_LEVEL up, one hash per level
        assert [i for i, _ in kept] == [i for i in range(size) if (i + 1) % _FIRST == 0]
        assert all(roots[0] == STORED_LEVEL and len(roots) == 1 + 32 * (
            ((i + 1) & -(i + 1)).bit_length() - STORED_LEVEL) for i, roots in kept)


@pytest.mark.postgres
def test_an_old_postgres_store_gets_its_roots_and_head_on_the_leaf_rows_when_opened(
        store_url_factory: Callable[[str], str], tmp_path: Path) -> None:
    """The tables as the code at d46d057 left them (the head in a row of its own, the roots
    in a table of their own, leaf rows without either), made from a store of now: opened,
    the leaf rows get them back, with the same store id and head."""
    url = store_url_factory("postgres")
    schema = url.split("schema=")[1]
    with open_store(url) as store:
        fill(store, offers=6, changes=3)
        head = ledger_of(store.log.recorder).head()
    t = f"{schema}.socialaftale_merkle"
    with psycopg.connect(_conninfo(), autocommit=True) as conn:
        conn.execute(f"ALTER TABLE {t}_leaves DROP COLUMN roots, DROP COLUMN head")
        conn.execute(f"DROP TABLE {t}_store")
        conn.execute(f"CREATE TABLE {t}_head (id int PRIMARY KEY CHECK (id = 1), store_id text"
                     " NOT NULL, size bigint NOT NULL, last_position bigint NOT NULL, "
                     "frontier bytea NOT NULL)")
        conn.execute(f"INSERT INTO {t}_head VALUES (1, %s, %s, %s, %s)",
                     (head.store_id, head.size, head.last_position, head.frontier.to_bytes()))
    with open_store(url) as store:
        again = ledger_of(store.log.recorder).head()
        assert (again.store_id, again.size, again.last_position,
                again.frontier.to_bytes()) == (head.store_id, head.size, head.last_position,
                                               head.frontier.to_bytes())
        assert ledger_of(store.log.recorder).subtree(STORED_LEVEL, 0)
        assert audit.verify(store, record=False).intact
        _proofs_hold(store, _key(tmp_path))


def _nodes_by_level(conn: sqlite3.Connection) -> dict[tuple[int, int], bytes]:
    return {(level, idx): bytes(h) for level, idx, h in
            conn.execute("SELECT level, idx, hash FROM merkle_nodes WHERE level >= ?",
                         (STORED_LEVEL,))}


def test_a_store_whose_roots_are_keyed_by_level_still_verifies_and_proves(
        tmp_path: Path) -> None:
    """tests/fixtures/store_nodes_by_level.db was written by the code before the roots were
    keyed by the order they are completed in: opened now, its roots are copied as they were
    stored, its signed checkpoint still verifies, and new writes and proofs hold."""
    copy = tmp_path / "efter-niveau.db"
    shutil.copy(NODES_BY_LEVEL, copy)  # never touch the committed fixture
    with sqlite3.connect(copy) as conn:
        old = _nodes_by_level(conn)
    assert len(old) == 8  # 80 leaves: five roots of 16, two of 32, one of 64
    with open_store(f"sqlite:///{copy}", project=False) as store:
        ledger = ledger_of(store.log.recorder)
        assert {key: ledger.subtree(*key) for key in old} == old
        result = audit.verify(store, record=False)
        assert result.intact and result.events == 80, result.problems
        assert len(audit.checkpoints(store)) == 1
        _proofs_hold(store, _key(tmp_path))
        assert audit.verify(store, record=False).intact
    with sqlite3.connect(copy) as conn:  # the old rows were copied, not changed
        assert _nodes_by_level(conn) == old


def test_a_proof_reads_its_roots_together_and_one_by_one_only_past_a_gap(
        store: Socialaftale, store_url: str, tmp_path: Path) -> None:
    """The roots a proof needs are read in one query, leaf i guessed at position i + 1; where
    positions skip (PostgreSQL's sequence values of inserts that rolled back) the guess
    misses and those roots are read one by one, to the same proof."""
    fill(store, offers=9, changes=4)
    ledger = ledger_of(store.log.recorder)
    size = ledger.head().size
    nodes = [(level, index) for level in range(size.bit_length())
             for index in range(size >> level)]
    if store_url == "memory:":  # no SQL: every root is at hand
        assert ledger.subtrees(nodes) == {node: ledger.subtree(*node) for node in nodes}
        return
    alone: list[tuple[int, int]] = []

    def one(level: int, index: int) -> bytes:
        alone.append((level, index))
        return ledger.subtree(level, index)

    together = read_subtrees(nodes, _rows_at(ledger), one)
    assert alone == []
    assert together == {node: ledger.subtree(*node) for node in nodes}
    gaps = store_url.startswith("postgresql")
    if gaps:  # the next inserts' positions skip ahead (SQLite's rowids never skip)
        _skip_positions(ledger.t_events)  # type: ignore[attr-defined]
    fill(store, offers=3, changes=2, prefix="g")
    size = ledger.head().size
    nodes = [(level, index) for level in range(size.bit_length())
             for index in range(size >> level)]
    assert read_subtrees(nodes, _rows_at(ledger), one) == {
        node: ledger.subtree(*node) for node in nodes}
    assert (alone != []) == gaps
    _proofs_hold(store, _key(tmp_path))



def _rows_at(ledger: object) -> Callable[[list[int]], Any]:
    """The store's batched read of leaf rows (SQLite's and PostgreSQL's ledgers)."""
    return cast(Callable[[list[int]], Any], ledger.root_rows)


def _skip_positions(events_table: str) -> None:
    """Positions that skip on PostgreSQL: the events' sequence moved on, as by inserts that
    rolled back."""
    with psycopg.connect(_conninfo(), autocommit=True) as conn:
        for _ in range(5):
            conn.execute("SELECT nextval(pg_get_serial_sequence(%s, 'notification_id'))",
                         (events_table,))


def test_a_store_with_a_leaf_row_per_event_gets_blocks_and_still_verifies_and_proves(
        tmp_path: Path) -> None:
    """tests/fixtures/store_leaf_rows.db was written by the code at 90c82cc (one row per
    event in merkle_leaves, the roots and the head on them): opened now, its leaves are
    packed into blocks with the same hashes, roots and head (as it was stored), the same
    store id; its signed checkpoint verifies, new writes and proofs hold, and the old table
    is left as it was."""
    copy = tmp_path / "leaf_rows.db"
    shutil.copy(LEAF_ROWS, copy)  # never touch the committed fixture
    query = "SELECT leaf_index, position, hash, roots, head FROM merkle_leaves ORDER BY position"
    with sqlite3.connect(copy) as conn:
        old = conn.execute(query).fetchall()
        store_id = conn.execute("SELECT store_id FROM merkle_store").fetchone()[0]
    assert len(old) == 80 and [r[4] is not None for r in old].count(True) == 2
    with open_store(f"sqlite:///{copy}", project=False) as store:
        ledger = ledger_of(store.log.recorder)
        head = ledger.head()
        assert (head.store_id, head.size, head.last_position, head.frontier.to_bytes()) == (
            store_id, 80, 80, old[-1][4])
        assert [tuple(r) for r in ledger.root_rows(list(range(1, 81)))] == [
            r[:4] for r in old]
        with sqlite3.connect(copy) as conn:  # the leaves follow each other: one block
            assert conn.execute("SELECT position, first_position, first_index, "
                                "length(hashes) FROM merkle_blocks").fetchall() == [
                (80, 1, 0, 80 * 32)]
        result = audit.verify(store, record=False)
        assert result.intact and result.events == 80, result.problems
        _proofs_hold(store, _key(tmp_path))
        assert audit.verify(store, record=False).intact
    with sqlite3.connect(copy) as conn:
        assert conn.execute(query).fetchall() == old


def test_a_transaction_longer_than_a_block_verifies_and_proves_across_its_blocks(
        tmp_path: Path) -> None:
    """A transaction of more than BLOCK events is kept in several block rows, the head on
    the last alone; every leaf is read back in order, and proofs on either side of the
    boundary equal the ones computed from all leaves."""
    url = f"sqlite:///{tmp_path / 'lang.db'}"
    with open_store(url, project=False) as store:
        fill(store, offers=BLOCK + 44, changes=0)
        with sqlite3.connect(tmp_path / "lang.db") as conn:
            assert conn.execute("SELECT position, first_position, first_index, "
                                "length(hashes), head IS NOT NULL FROM merkle_blocks "
                                "ORDER BY position").fetchall() == [
                (BLOCK, 1, 0, 32 * BLOCK, 0), (BLOCK + 44, BLOCK + 1, BLOCK, 32 * 44, 1)]
        leaves = _all_leaves(store)
        assert leaves == [e.leaf_hash() for e in
                          ledger_of(store.log.recorder).raw_events(0, 10**6)]
        key = _key(tmp_path)
        audit.create_checkpoint(store, key)
        for position in (BLOCK - 1, BLOCK, BLOCK + 1, BLOCK + 2):
            doc = audit.prove_inclusion(store, position)
            assert doc["path"] == [p.hex() for p in inclusion_proof(position - 1, leaves)]
            assert check(doc, None) is None
        assert audit.verify(store, record=False).intact
        _proofs_hold(store, key)
