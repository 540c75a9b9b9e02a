"""The Merkle tree kept beside the log, written in the very transaction that stores events.

eventsourcing's application recorders are subclassed (installed by
``APPLICATION_RECORDER_TOPIC`` on SQLite and PostgreSQL, by a factory on memory) so that
each insert of stored events also writes one leaf row per event (tree index, log
position, leaf hash) and the tree's new right edge (:class:`~socialaftale.merkle.Frontier`)
with the same cursor: a failed or killed transaction leaves neither events nor leaves.
A store made before the tree existed gets it built from its events when first opened.

The ledger tables also hold the signed checkpoints (see ``socialaftale.audit``); nothing
here signs anything or knows a key.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any, NamedTuple, Protocol, cast
from uuid import UUID

from eventsourcing.persistence import ApplicationRecorder, StoredEvent
from eventsourcing.popo import POPOApplicationRecorder, POPOFactory
from eventsourcing.sqlite import SQLiteApplicationRecorder, SQLiteCursor
from psycopg.sql import SQL

from .leafblocks import block_leaves, block_rows, blocks_of, leaf_hashes, leaf_triples
from .merkle import Frontier, leaf_hash, leaf_hash_raw, leaf_prefix
from .merkle import root as merkle_root
from .pglog import PostgresLogRecorder

__all__ = [
    "STORED_LEVEL",
    "Checkpoint",
    "EventRow",
    "Head",
    "LeafRow",
    "Ledger",
    "MemoryLedgerFactory",
    "PostgresLedgerRecorder",
    "SQLiteLedgerRecorder",
    "completing_leaf",
    "ledger_of",
]


class Head(NamedTuple):
    """The tree as stored now: its size, the log position of its last leaf, its edge."""

    store_id: str
    size: int
    last_position: int
    frontier: Frontier


class LeafRow(NamedTuple):
    tree_index: int
    position: int
    hash: bytes


class EventRow(NamedTuple):
    position: int
    topic: str
    uid: bytes  # the stream id's 16 bytes
    version: int
    state: bytes

    @property
    def stream(self) -> UUID:
        return UUID(bytes=self.uid)

    def leaf_hash(self) -> bytes:
        return leaf_hash_raw(self.topic, self.uid, self.version, self.state)


class Checkpoint(NamedTuple):
    """A signed tree head; ``frontier`` lets a later verification start from it."""

    seq: int
    store_id: str
    size: int
    last_position: int
    root: bytes
    created_at: str
    public_key: bytes
    signature: bytes
    frontier: bytes


class Ledger(Protocol):
    """What the audit needs from a store's tree, on every kind of store."""

    def missing_up_to(self, position: int) -> int:
        """How many positions up to ``position`` have a leaf and no event any more: events
        deleted after they were stored (a leaf is written in its event's transaction)."""
        ...

    def head(self) -> Head: ...
    def leaves(self, after: int, stop: int, limit: int) -> list[LeafRow]: ...
    def raw_events(self, after: int, limit: int) -> list[EventRow]: ...
    def event_leaves(self, after: int, limit: int) -> list[tuple[int, bytes]]: ...
    def leaf_tuples(self, after: int, stop: int,
                    limit: int) -> Sequence[tuple[int, int, bytes]]: ...
    def leaf_for_position(self, position: int) -> LeafRow | None: ...
    def subtree(self, level: int, index: int) -> bytes: ...
    def subtrees(self, nodes: Sequence[Node]) -> dict[Node, bytes]: ...
    def add_checkpoint(self, cp: Checkpoint) -> int: ...
    def checkpoints(self) -> list[Checkpoint]: ...
    def set_verified(self, seq: int, at: str) -> None: ...
    def verified(self) -> tuple[int, str] | None: ...


def ledger_of(recorder: ApplicationRecorder) -> Ledger:
    """The ledger of an open log's recorder (every store opened by ``open_store`` has one)."""
    if not isinstance(recorder, SQLiteLedgerRecorder | PostgresLedgerRecorder
                      | MemoryLedgerRecorder):
        raise TypeError(f"{type(recorder).__name__} keeps no Merkle tree")
    return cast(Ledger, recorder)


def _leaves_of(stored: Sequence[StoredEvent]) -> list[bytes]:
    return [leaf_hash(s.topic, s.originator_id, s.originator_version, s.state)
            for s in stored]


def _checkpoint(row: Sequence[Any]) -> Checkpoint:
    return Checkpoint(int(row[0]), str(row[1]), int(row[2]), int(row[3]), bytes(row[4]),
                      str(row[5]), bytes(row[6]), bytes(row[7]), bytes(row[8]))


_CP_COLUMNS = ("seq, store_id, size, last_position, root, created_at, public_key, signature, "
               "frontier")


#: The lowest level of subtree roots kept on the leaf rows. The roots below it (perfect
#: subtrees of 2, 4 and 8 leaves) are computed from their leaves when a proof needs one (at
#: most eight leaf rows, read together).
STORED_LEVEL = 4
_FIRST_STORED = 1 << STORED_LEVEL  # the tree size at which the first kept root exists

#: One leaf row as written: (position, leaf index, hash, kept roots, head edge or None).
TreeRow = tuple[int, int, bytes, bytes | None, bytes | None]


def completing_leaf(level: int, index: int) -> int:
    """The index of the leaf whose append completes the perfect subtree ``(level, index)``:
    the row that keeps that subtree's root."""
    return ((index + 1) << level) - 1


def _pack_roots(done: Sequence[tuple[int, int, bytes]]) -> bytes | None:
    """The roots a leaf completes from :data:`STORED_LEVEL` up, as kept on its row: the
    lowest level's number, then the hashes level by level (a leaf completes levels 1 to v,
    each once, so the hashes follow each other without keys)."""
    kept = [h for level, _index, h in done if level >= STORED_LEVEL]
    return bytes((STORED_LEVEL,)) + b"".join(kept) if kept else None


def _unpack_root(roots: bytes | None, level: int) -> bytes:
    """The root of ``level`` from a leaf row's kept roots; KeyError when it is not there."""
    if not roots or level < roots[0]:
        raise KeyError(level)
    at = 1 + 32 * (level - roots[0])
    if at + 32 > len(roots):
        raise KeyError(level)
    return bytes(roots[at:at + 32])


def tree_rows(frontier: Frontier, hashes: Sequence[bytes],
              positions: Sequence[int]) -> list[TreeRow]:
    """The leaf rows of one transaction, ``frontier`` advanced past them. Each row keeps
    the roots its leaf completes and the last row the tree's new edge (the head), so a
    transaction's whole tree write is its leaf rows, together at the end of one table: in
    the usual commit one page (benchmarks/audit.py --pages)."""
    rows: list[TreeRow] = []
    for h, position in zip(hashes, positions, strict=True):
        index = frontier.size
        done = frontier.append_nodes(h)  # levels 1 to v: a kept root only if v ≥ STORED_LEVEL
        rows.append((position, index, h,
                     _pack_roots(done) if len(done) >= STORED_LEVEL else None, None))
    if rows:
        rows[-1] = (*rows[-1][:4], frontier.to_bytes())
    return rows


def _low_subtree(level: int, index: int, rows: Sequence[tuple[int, bytes]]) -> bytes:
    """The root of a perfect subtree below :data:`STORED_LEVEL` from its leaves
    ``(leaf_index, hash)``; KeyError when they are not all there."""
    first, width = index << level, 1 << level
    if [i for i, _ in rows] != list(range(first, first + width)):
        raise KeyError((level, index))
    return merkle_root([bytes(h) for _, h in rows])


Node = tuple[int, int]
"""``(level, index)``: the perfect subtree over leaves ``index * 2**level`` onwards."""

#: (leaf index, position, hash, kept roots) of a leaf row, as :func:`read_subtrees` reads them.
RootRow = tuple[int, int, bytes, "bytes | None"]


def read_subtrees(nodes: Sequence[Node], rows_at: Callable[[list[int]], Sequence[RootRow]],
                  one: Callable[[int, int], bytes]) -> dict[Node, bytes]:
    """The roots of ``nodes`` with one read of the leaf rows they need (``rows_at``, by
    position), guessing leaf i at position i + 1 (a log without gaps); a node whose rows
    are not where the guess put them is read by ``one`` (:meth:`Ledger.subtree`). A proof
    needs about 2 log2 n roots: read one by one, each a few queries, they were most of a
    proof's time on PostgreSQL (37 ms; docs/performance.md)."""
    wanted: list[int] = []
    for level, index in nodes:
        if level >= STORED_LEVEL:
            wanted.append(completing_leaf(level, index) + 1)
        else:
            wanted.extend(range((index << level) + 1, ((index + 1) << level) + 1))
    found = {int(r[1]): r for r in rows_at(sorted(set(wanted)))} if wanted else {}
    out: dict[Node, bytes] = {}
    for level, index in nodes:
        try:
            if level >= STORED_LEVEL:
                leaf = completing_leaf(level, index)
                row = found[leaf + 1]
                if int(row[0]) != leaf:
                    raise KeyError(leaf)
                out[(level, index)] = _unpack_root(None if row[3] is None else bytes(row[3]),
                                                   level)
            else:
                first = index << level
                rows = [found[p] for p in range(first + 1, first + (1 << level) + 1)]
                out[(level, index)] = _low_subtree(
                    level, index, [(int(r[0]), bytes(r[2])) for r in rows])
        except KeyError:  # not where guessed (a gap in positions, or a damaged tree)
            out[(level, index)] = one(level, index)
    return out


LeafAt = Callable[[int], "tuple[int, int] | None"]
"""``at(position)``: ``(leaf_index, position)`` of the first leaf row at or after it."""


def find_leaf(index: int, at: LeafAt) -> int | None:
    """The log position of leaf ``index`` in a few reads of the leaves' primary key (None:
    not found this way, a tree whose indexes do not grow with positions; scan instead).

    Positions grow with leaf indexes and may skip (PostgreSQL's sequence values used by
    inserts that rolled back), so leaf i is at position i + 1 or later, and each read jumps
    ahead by the indexes still missing: one read when the log has no gaps."""
    position = index + 1
    for _ in range(64):
        row = at(position)
        if row is None or row[0] > index:
            return None
        if row[0] == index:
            return row[1]
        position = row[1] + (index - row[0])
    return None


def _frontier_of(size: int, data: bytes | None) -> Frontier | None:
    """The edge kept on a head row, None when it is not one (or not a valid one)."""
    if data is None:
        return None
    try:
        return Frontier.from_bytes(size, bytes(data))
    except ValueError:
        return None


def _head_from_leaves(kept: Sequence[tuple[int, bytes]]) -> tuple[Frontier, int]:
    """The tree's edge and last position from the leaves kept, when the head is lost.

    Never from the events: a leaf is what an event hashed to when it was stored, so an
    event changed since still fails its leaf in ``verify``, and a rewritten tree still
    fails the signed checkpoints."""
    frontier = Frontier()
    for _position, leaf in kept:
        frontier.append(bytes(leaf))
    return frontier, (kept[-1][0] if kept else 0)


def _migrated_rows(leaves: Sequence[tuple[int, int, bytes]],
                   old_head: tuple[int, int, bytes] | None) -> list[tuple[Any, ...]]:
    """For a store whose tree the code before wrote (the head in a row of its own, the roots
    in a table of their own): (kept roots, head edge, position) of the leaf rows that get
    them. The roots are computed from the leaves (what the old table held when intact; the
    signed checkpoints vouch for the leaves); the head is copied as it was stored when it
    names the last leaf, else rebuilt from the leaves."""
    frontier = Frontier()
    updates: list[tuple[Any, ...]] = []
    for _index, position, h in leaves:
        roots = _pack_roots(frontier.append_nodes(bytes(h)))
        if roots is not None:
            updates.append((roots, None, position))
    if leaves:
        last = leaves[-1][1]
        edge = frontier.to_bytes()
        if old_head is not None and old_head[0] == frontier.size and old_head[1] == last:
            edge = bytes(old_head[2])
        if updates and updates[-1][2] == last:
            updates[-1] = (updates[-1][0], edge, last)
        else:
            updates.append((None, edge, last))
    return updates


# -- SQLite ---------------------------------------------------------------------------------

_SQLITE_BLOCK = ("INSERT INTO merkle_blocks (position, first_position, first_index, hashes, "
                 "roots, head) VALUES (?, ?, ?, ?, ?, ?)")

#: The stored columns as the leaf encodes them, whatever type a hand-edited row holds (an
#: edit with SQLite's replace() turns a BLOB into TEXT): a changed value must fail its
#: leaf, never crash the verification.
_SQLITE_COLUMNS = ("CAST(topic AS TEXT), originator_id, CAST(originator_version AS INTEGER), "
                   "CAST(state AS BLOB)")

#: A block's columns as block_leaves reads them, whatever type a hand edit left.
_BLOCK = ("position, first_position, first_index, CAST(hashes AS BLOB), "
          "CAST(roots AS BLOB)")

#: The tree's size after a block and its head as bytes (as _SQLITE_COLUMNS).
_END = "first_index + length(CAST(hashes AS BLOB)) / 32, position, CAST(head AS BLOB)"


def _uid(stored: Any) -> bytes:
    """A stream id's 16 bytes from SQLite's hex text (anything else, as it is stored)."""
    try:
        return bytes.fromhex(stored)
    except (TypeError, ValueError):
        return stored.encode() if isinstance(stored, str) else bytes(stored)


def _hashed(rows: Sequence[tuple[Any, ...]]) -> list[tuple[int, bytes]]:
    """(position, leaf hash) of SQLite's (rowid, topic, id as hex, version, state) rows:
    :func:`~socialaftale.merkle.leaf_hash_raw` inlined, with each topic's fixed part made
    once (verification runs this for every event; the calls were a fifth of its time)."""
    sha256, fromhex, join = hashlib.sha256, bytes.fromhex, b"".join
    prefixes: dict[str, bytes] = {}
    out = []
    for position, topic, uid, version, state in rows:
        prefix = prefixes.get(topic)
        if prefix is None:
            prefix = prefixes[topic] = leaf_prefix(topic)
        try:
            raw = fromhex(uid)
        except (TypeError, ValueError):
            raw = _uid(uid)
        out.append((position, sha256(join((
            prefix, raw, b"\x00\x00\x00\x08", version.to_bytes(8, "big", signed=True),
            len(state).to_bytes(4, "big"), state))).digest()))
    return out


class SQLiteLedgerRecorder(SQLiteApplicationRecorder):
    """SQLite's recorder that also writes the tree, with the insert's own cursor: a
    transaction's leaves in one block row (socialaftale.leafblocks)."""

    def construct_create_table_statements(self) -> list[str]:
        return [
            *super().construct_create_table_statements(),
            # Keyed by the log position of a block's last leaf (the rowid): one B-tree,
            # appended at its end, one row per transaction (up to BLOCK leaves a row).
            "CREATE TABLE IF NOT EXISTS merkle_blocks (position INTEGER PRIMARY KEY, "
            "first_position INTEGER NOT NULL, first_index INTEGER NOT NULL, "
            "hashes BLOB NOT NULL, roots BLOB, head BLOB)",
            "CREATE TABLE IF NOT EXISTS merkle_store (id INTEGER PRIMARY KEY "
            "CHECK (id = 1), store_id TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS merkle_checkpoints (seq INTEGER PRIMARY KEY, "
            "store_id TEXT NOT NULL, size INTEGER NOT NULL, last_position INTEGER NOT NULL, "
            "root BLOB NOT NULL, created_at TEXT NOT NULL, public_key BLOB NOT NULL, "
            "signature BLOB NOT NULL, frontier BLOB NOT NULL)",
            "CREATE TABLE IF NOT EXISTS merkle_verified (id INTEGER PRIMARY KEY "
            "CHECK (id = 1), seq INTEGER NOT NULL, verified_at TEXT NOT NULL)",
        ]

    def create_table(self) -> None:
        super().create_table()
        with self.datastore.transaction(commit=False) as c:
            if self._tree_is_whole(c):
                return  # the usual case: no write on opening
        with self.datastore.transaction(commit=True) as c:
            # A write first: it takes the file's write lock, so two processes opening an
            # old store together do not both build its tree.
            c.execute("INSERT OR IGNORE INTO merkle_store VALUES (1, '')")
            if self._tree_is_whole(c):
                return
            self._build_tree(c)

    def _tree_is_whole(self, c: SQLiteCursor) -> bool:
        """The store id is there and the last block keeps a head (or no event is stored,
        and no leaf of the code before waits to be moved into blocks)."""
        c.execute("SELECT store_id FROM merkle_store WHERE id = 1")
        row = c.fetchone()
        if row is None or not row[0]:
            return False
        c.execute(f"SELECT {_END} FROM merkle_blocks ORDER BY position DESC LIMIT 1")
        last = c.fetchone()
        if last is not None:
            return _frontier_of(last[0], last[2]) is not None
        c.execute(f"SELECT 1 FROM {self.events_table_name} LIMIT 1")
        return c.fetchone() is None

    def _table_exists(self, c: SQLiteCursor, name: str) -> bool:
        c.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
        return c.fetchone() is not None

    def _old_head(self, c: SQLiteCursor) -> tuple[str | None, tuple[int, int, bytes] | None]:
        """The store id and head (size, last position, edge) the code before kept: the
        last leaf row's head, or before that the ``merkle_head`` row."""
        store_id, head = None, None
        if self._table_exists(c, "merkle_head"):
            c.execute("SELECT store_id, size, last_position, frontier FROM merkle_head")
            row = c.fetchone()
            if row is not None:
                store_id, head = row[0], (int(row[1]), int(row[2]), bytes(row[3]))
        if self._table_exists(c, "merkle_leaves"):
            c.execute("SELECT name FROM pragma_table_info('merkle_leaves')")
            if "head" in {r[0] for r in c.fetchall()}:
                c.execute("SELECT leaf_index, position, CAST(head AS BLOB) FROM merkle_leaves "
                          "ORDER BY position DESC LIMIT 1")
                row = c.fetchone()
                if row is not None and row[2] is not None:
                    head = (int(row[0]) + 1, int(row[1]), bytes(row[2]))
        return store_id, head

    def _build_tree(self, c: SQLiteCursor) -> None:
        """The store id and the blocks of a store written before them: from the leaf rows
        the code before kept one per event (``merkle_leaves``, left as it was and no longer
        read; the roots computed from the leaves, which the signed checkpoints vouch for,
        the head copied when it names the last leaf), from the events of a store made
        before the tree, or the head of a store whose last block lost it."""
        store_id, old_head = self._old_head(c)
        c.execute("SELECT store_id FROM merkle_checkpoints ORDER BY seq DESC LIMIT 1")
        signed = c.fetchone()
        c.execute("SELECT store_id FROM merkle_store WHERE id = 1")
        kept_id = c.fetchone()[0]
        store_id = kept_id or store_id or (signed[0] if signed else None) or str(uuid.uuid4())
        c.execute("UPDATE merkle_store SET store_id = ? WHERE id = 1", (store_id,))
        c.execute(f"SELECT {_END} FROM merkle_blocks ORDER BY position DESC LIMIT 1")
        end = c.fetchone()
        if end is not None:  # blocks there: only a head lost (edited by hand) is rebuilt
            if _frontier_of(end[0], end[2]) is None:
                frontier, last = _head_from_leaves(
                    [(p, h) for _i, p, h in self._all_leaves(c)])
                c.execute("UPDATE merkle_blocks SET head = ? WHERE position = ?",
                          (frontier.to_bytes(), last))
            return
        leaves: list[tuple[int, int, bytes]] = []
        if self._table_exists(c, "merkle_leaves"):
            c.execute("SELECT leaf_index, position, hash FROM merkle_leaves ORDER BY position")
            leaves = [(int(r[0]), int(r[1]), bytes(r[2])) for r in c.fetchall()]
        if not leaves:  # a store made before the tree: its leaves from its events
            c.execute(f"SELECT rowid, {_SQLITE_COLUMNS} "
                      f"FROM {self.events_table_name} ORDER BY rowid")
            leaves = [(i, p, h) for i, (p, h) in enumerate(_hashed(c.fetchall()))]
        blocks = blocks_of(leaves, Frontier(), STORED_LEVEL)
        if blocks and old_head is not None:
            end = blocks[-1]
            if old_head[:2] == (end[2] + len(end[3]) // 32, end[0]):
                blocks[-1] = (*end[:5], old_head[2])
        c.executemany(_SQLITE_BLOCK, blocks)

    def _all_leaves(self, c: SQLiteCursor) -> list[tuple[int, int, bytes]]:
        c.execute(f"SELECT {_BLOCK} FROM merkle_blocks ORDER BY position")
        return leaf_triples(c.fetchall())

    def _insert_events(self, c: SQLiteCursor, stored_events: Sequence[StoredEvent],
                       **kwargs: Any) -> Sequence[int] | None:
        positions = super()._insert_events(c, stored_events, **kwargs)
        if not stored_events:
            return positions
        assert positions is not None
        c.execute(f"SELECT {_END} FROM merkle_blocks ORDER BY position DESC LIMIT 1")
        last = c.fetchone()
        frontier = Frontier() if last is None else _frontier_of(last[0], last[2])
        if frontier is None:  # the last block keeps no head (edited by hand): every leaf
            frontier = _head_from_leaves([(p, h) for _i, p, h in self._all_leaves(c)])[0]
        c.executemany(_SQLITE_BLOCK, block_rows(frontier, leaf_hashes(stored_events),
                                                positions, STORED_LEVEL))
        return positions

    # -- Ledger ------------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[SQLiteCursor]:
        with self.datastore.transaction(commit=False) as c:
            yield c

    def head(self) -> Head:
        with self._read() as c:
            c.execute("SELECT store_id FROM merkle_store WHERE id = 1")
            found = c.fetchone()
            c.execute(f"SELECT {_END} FROM merkle_blocks "
                      "WHERE head IS NOT NULL ORDER BY position DESC LIMIT 1")
            row = c.fetchone()
            frontier = None if row is None else _frontier_of(row[0], row[2])
            if frontier is None:  # no head (lost): from the leaves kept
                frontier, last = _head_from_leaves(
                    [(p, h) for _i, p, h in self._all_leaves(c)])
            else:
                last = row[1]
        return Head(found[0] if found else "", frontier.size, last, frontier)

    def leaves(self, after: int, stop: int, limit: int) -> list[LeafRow]:
        """The leaves of positions after ``after`` up to ``stop``, in log order."""
        return [LeafRow(*r) for r in self.leaf_tuples(after, stop, limit)]

    def raw_events(self, after: int, limit: int) -> list[EventRow]:
        with self._read() as c:
            c.sqlite_cursor.row_factory = None  # plain tuples: verification reads every row
            c.execute(f"SELECT rowid, {_SQLITE_COLUMNS} FROM "
                      f"{self.events_table_name} WHERE rowid > ? ORDER BY rowid LIMIT ?",
                      (after, limit))
            return [EventRow(r[0], r[1], _uid(r[2]), r[3], r[4]) for r in c.fetchall()]

    def event_leaves(self, after: int, limit: int) -> list[tuple[int, bytes]]:
        """(position, recomputed leaf hash) of the events after ``after``: verify's hot path,
        plain tuples (a named tuple per row cost a quarter of the time)."""
        with self._read() as c:
            c.sqlite_cursor.row_factory = None
            c.execute(f"SELECT rowid, {_SQLITE_COLUMNS} FROM "
                      f"{self.events_table_name} WHERE rowid > ? ORDER BY rowid LIMIT ?",
                      (after, limit))
            rows = c.fetchall()
        return _hashed(rows)

    def _blocks_from(self, c: SQLiteCursor, position: int, limit: int) -> list[Any]:
        """Up to ``limit`` block rows from the one holding ``position`` on (the first
        block whose last leaf is at or after it)."""
        c.sqlite_cursor.row_factory = None
        c.execute(f"SELECT {_BLOCK} FROM merkle_blocks WHERE position >= ? "
                  "ORDER BY position LIMIT ?", (position, limit))
        return c.fetchall()  # type: ignore[no-any-return]

    def leaf_tuples(self, after: int, stop: int,
                    limit: int) -> Sequence[tuple[int, int, bytes]]:
        out: list[tuple[int, int, bytes]] = []
        with self._read() as c:
            batch = max(1, min(limit, 1024))  # blocks a query: each holds a leaf or more
            while len(out) < limit:
                blocks = self._blocks_from(c, after + 1, batch)
                leaves = [leaf for leaf in leaf_triples(blocks) if after < leaf[1] <= stop]
                out += leaves[:limit - len(out)]
                if len(blocks) < batch or blocks[-1][1] > stop:
                    break
                after = max(after, int(blocks[-1][0]))
        return out

    def leaf_for_position(self, position: int) -> LeafRow | None:
        with self._read() as c:
            for index, at, h in leaf_triples(self._blocks_from(c, position, 1)):
                if at == position:
                    return LeafRow(index, at, h)
        return None

    def _leaf_position(self, c: SQLiteCursor, index: int) -> int | None:
        def at(position: int) -> tuple[int, int] | None:
            blocks = self._blocks_from(c, position, 1)
            if not blocks:
                return None
            _last, first, first_index = (int(v) for v in blocks[0][:3])
            if position <= first:
                return first_index, first
            return first_index + position - first, position

        found = find_leaf(index, at)
        if found is None:  # a tree edited by hand: a scan
            found = next((p for i, p, _h in self._all_leaves(c) if i == index), None)
        return found

    def subtree(self, level: int, index: int) -> bytes:
        """The root of the perfect subtree ``index`` of ``2**level`` leaves (KeyError when
        the tree does not hold it)."""
        with self._read() as c:
            if level >= STORED_LEVEL:  # kept with the leaf that completed it
                position = self._leaf_position(c, completing_leaf(level, index))
                if position is None:
                    raise KeyError((level, index))
                leaf = next((r for block in self._blocks_from(c, position, 1)
                             for r in block_leaves(block) if r[1] == position), None)
                if leaf is None:  # a block cut short by hand
                    raise KeyError((level, index))
                return _unpack_root(leaf[3], level)
            first, width = index << level, 1 << level
            position = self._leaf_position(c, first)
            if position is None:
                raise KeyError((level, index))
            rows: list[tuple[int, bytes]] = []
            for block in self._blocks_from(c, position, width):
                rows += [(i, h) for i, p, h, _r in block_leaves(block) if p >= position]
                if len(rows) >= width:
                    break
        return _low_subtree(level, index, rows[:width])

    def root_rows(self, positions: list[int]) -> Sequence[RootRow]:
        """The leaves at ``positions``, with their kept roots, from the blocks holding
        them, in one query."""
        with self._read() as c:
            c.sqlite_cursor.row_factory = None
            c.execute(f"SELECT {_BLOCK} FROM merkle_blocks WHERE position IN (SELECT (SELECT "
                      "b.position FROM merkle_blocks b WHERE b.position >= j.value ORDER BY "
                      "b.position LIMIT 1) FROM json_each(?) j)", (json.dumps(positions),))
            blocks = c.fetchall()
        wanted = set(positions)
        return [r for block in blocks for r in block_leaves(block) if r[1] in wanted]

    def subtrees(self, nodes: Sequence[Node]) -> dict[Node, bytes]:
        return read_subtrees(nodes, self.root_rows, self.subtree)

    def missing_up_to(self, position: int) -> int:
        """How many positions up to ``position`` have a leaf and no event any more."""
        with self._read() as c:
            c.execute(f"SELECT COALESCE(SUM(MIN(b.position, ?1) - b.first_position + 1 - "
                      f"(SELECT COUNT(*) FROM {self.events_table_name} e WHERE e.rowid "
                      "BETWEEN b.first_position AND MIN(b.position, ?1))), 0) "
                      "FROM merkle_blocks b WHERE b.first_position <= ?1", (position,))
            return int(c.fetchone()[0])

    def add_checkpoint(self, cp: Checkpoint) -> int:
        with self.datastore.transaction(commit=True) as c:
            c.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM merkle_checkpoints")
            seq = int(c.fetchone()[0])
            c.execute("INSERT INTO merkle_checkpoints VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      (seq, *cp[1:]))
        return seq

    def checkpoints(self) -> list[Checkpoint]:
        with self._read() as c:
            c.execute(f"SELECT {_CP_COLUMNS} FROM merkle_checkpoints ORDER BY seq")
            return [_checkpoint(r) for r in c.fetchall()]

    def set_verified(self, seq: int, at: str) -> None:
        with self.datastore.transaction(commit=True) as c:
            c.execute("INSERT OR REPLACE INTO merkle_verified VALUES (1, ?, ?)", (seq, at))

    def verified(self) -> tuple[int, str] | None:
        with self._read() as c:
            c.execute("SELECT seq, verified_at FROM merkle_verified")
            r = c.fetchone()
        return None if r is None else (int(r[0]), str(r[1]))


# -- PostgreSQL -----------------------------------------------------------------------------

class PostgresLedgerRecorder(PostgresLogRecorder):
    """PostgreSQL's recorder (our insert that cannot hang, socialaftale.pglog) that also
    writes the tree, under the insert's table lock."""

    def __init__(self, datastore: Any, *, events_table_name: str = "stored_events") -> None:
        super().__init__(datastore, events_table_name=events_table_name)
        schema = self.datastore.schema
        base = events_table_name.removesuffix("_events")
        self.t_leaves = f'"{schema}"."{base}_merkle_leaves"'
        self.t_store = f'"{schema}"."{base}_merkle_store"'
        self.t_cps = f'"{schema}"."{base}_merkle_checkpoints"'
        self.t_verified = f'"{schema}"."{base}_merkle_verified"'
        self.t_old_head = f'"{schema}"."{base}_merkle_head"'  # before: see _build_tree
        self.t_events = f'"{schema}"."{events_table_name}"'
        self._last_leaf = (f"SELECT leaf_index, head FROM {self.t_leaves} "
                           "ORDER BY position DESC LIMIT 1").encode()
        # The last leaf row is read in the lock's own round trip (pglog's insert_events).
        self._lock_and_notify = SQL("; ").join([self._lock_and_notify, SQL(self._last_leaf
                                                                           .decode())])
        self._insert_leaves = (f"INSERT INTO {self.t_leaves} (position, leaf_index, hash, "
                               "roots, head) SELECT * FROM unnest(%b::bigint[], %b::bigint[], "
                               "%b::bytea[], %b::bytea[], %b::bytea[])").encode()

    def create_table(self) -> None:
        super().create_table()
        with self.datastore.transaction(commit=True) as curs:
            for sql in (
                # The leaf rows, with the kept roots and the head (see SQLiteLedgerRecorder).
                f"CREATE TABLE IF NOT EXISTS {self.t_leaves} (position bigint PRIMARY KEY, "
                "leaf_index bigint NOT NULL, hash bytea NOT NULL, roots bytea, head bytea)",
                f"ALTER TABLE {self.t_leaves} ADD COLUMN IF NOT EXISTS roots bytea",
                f"ALTER TABLE {self.t_leaves} ADD COLUMN IF NOT EXISTS head bytea",
                f"CREATE TABLE IF NOT EXISTS {self.t_store} (id int PRIMARY KEY "
                "CHECK (id = 1), store_id text NOT NULL)",
                f"CREATE TABLE IF NOT EXISTS {self.t_cps} (seq bigint PRIMARY KEY, "
                "store_id text NOT NULL, size bigint NOT NULL, last_position bigint NOT NULL, "
                "root bytea NOT NULL, created_at text NOT NULL, public_key bytea NOT NULL, "
                "signature bytea NOT NULL, frontier bytea NOT NULL)",
                f"CREATE TABLE IF NOT EXISTS {self.t_verified} (id int PRIMARY KEY "
                "CHECK (id = 1), seq bigint NOT NULL, verified_at text NOT NULL)",
            ):
                curs.execute(sql.encode())
        with self.datastore.transaction(commit=False) as curs:
            if self._tree_is_whole(curs):
                return  # the usual case: no write on opening
        with self.datastore.transaction(commit=True) as curs:
            # The same lock as every insert: no event is stored while the tree is built.
            curs.execute(f"LOCK TABLE {self.t_events} IN EXCLUSIVE MODE".encode())
            if not self._tree_is_whole(curs):
                self._build_tree(curs)

    def _tree_is_whole(self, curs: Any) -> bool:
        curs.execute(f"SELECT store_id FROM {self.t_store} WHERE id = 1".encode())
        if curs.fetchone() is None:
            return False
        curs.execute(self._last_leaf)
        last = curs.fetchone()
        if last is not None:
            return _frontier_of(last["leaf_index"] + 1, last["head"]) is not None
        curs.execute(f"SELECT 1 FROM {self.t_events} LIMIT 1".encode())
        return curs.fetchone() is None

    def _build_tree(self, curs: Any) -> None:
        """As SQLiteLedgerRecorder._build_tree: the store id, kept roots and head of a
        store written before they were on the leaf rows (or whose head was lost), and the
        leaves of a store made before the tree."""
        old_head = None
        store_id = None
        curs.execute(b"SELECT to_regclass(%s) IS NOT NULL AS old", (self.t_old_head,))
        if cast(dict[str, Any], curs.fetchone())["old"]:
            curs.execute(f"SELECT store_id, size, last_position, frontier FROM "
                         f"{self.t_old_head}".encode())
            row = curs.fetchone()
            if row is not None:
                store_id = row["store_id"]
                old_head = (row["size"], row["last_position"], bytes(row["frontier"]))
        curs.execute(f"SELECT store_id FROM {self.t_cps} ORDER BY seq DESC LIMIT 1".encode())
        signed = curs.fetchone()
        curs.execute(f"SELECT store_id FROM {self.t_store} WHERE id = 1".encode())
        kept = curs.fetchone()
        store_id = ((kept and kept["store_id"]) or store_id
                    or (signed["store_id"] if signed else None) or str(uuid.uuid4()))
        curs.execute(f"INSERT INTO {self.t_store} VALUES (1, %s) ON CONFLICT (id) DO "
                     "UPDATE SET store_id = EXCLUDED.store_id".encode(), (store_id,))
        curs.execute(f"SELECT leaf_index, position, hash FROM {self.t_leaves} "
                     "ORDER BY position".encode())
        leaves = [(int(r["leaf_index"]), int(r["position"]), bytes(r["hash"]))
                  for r in curs.fetchall()]
        if leaves:
            curs.executemany(f"UPDATE {self.t_leaves} SET roots = %s, head = %s "
                             "WHERE position = %s".encode(), _migrated_rows(leaves, old_head))
            return
        curs.execute(f"SELECT notification_id, originator_id, originator_version, topic, "
                     f"state FROM {self.t_events} ORDER BY notification_id".encode())
        rows = curs.fetchall()
        hashes = [leaf_hash(r["topic"], r["originator_id"], r["originator_version"],
                            bytes(r["state"])) for r in rows]
        built = tree_rows(Frontier(), hashes, [r["notification_id"] for r in rows])
        if built:
            with curs.copy(f"COPY {self.t_leaves} (position, leaf_index, hash, roots, head) "
                           "FROM STDIN".encode()) as copy:
                for leaf in built:
                    copy.write_row(leaf)

    def insert_events(self, stored_events: Sequence[StoredEvent],
                      **kwargs: Any) -> Sequence[int] | None:
        # The leaf hashes need no position: made before the transaction, not while it holds
        # the table's lock (a large load would otherwise sit idle in it, past the pool's
        # idle-in-transaction timeout on a loaded machine).
        ids = super().insert_events(stored_events, leaf_hashes=_leaves_of(stored_events),
                                    **kwargs)
        return cast("Sequence[int] | None", ids)

    def _fetch_ids_after_insert_events(self, curs: Any, stored_events: Sequence[StoredEvent],
                                       **kwargs: Any) -> Sequence[int] | None:
        last = kwargs.pop("locked", None)
        hashes = kwargs.pop("leaf_hashes", None)
        ids = super()._fetch_ids_after_insert_events(curs, stored_events, **kwargs)
        assert ids is not None
        frontier = Frontier() if last is None else _frontier_of(last["leaf_index"] + 1,
                                                                last["head"])
        if frontier is None:  # the last row is no head row (edited by hand): every leaf
            curs.execute(f"SELECT position, hash FROM {self.t_leaves} ORDER BY position"
                         .encode())
            frontier = _head_from_leaves([(r["position"], bytes(r["hash"]))
                                          for r in curs.fetchall()])[0]
        rows = tree_rows(frontier, hashes if hashes is not None else _leaves_of(stored_events),
                         ids)
        curs.execute(self._insert_leaves, [list(column) for column in zip(*rows, strict=True)],
                     prepare=True)
        return ids

    def _after_lock(self, curs: Any) -> Any:
        """The last leaf row, read in the insert's transaction after its EXCLUSIVE lock on
        the events table: the latest, and no other writer can move it."""
        while curs.nextset():
            pass
        return curs.fetchone()

    # -- Ledger ------------------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self.datastore.get_connection() as conn, conn.cursor() as curs:
            curs.execute(sql.encode(), tuple(params))
            return list(curs.fetchall())

    def head(self) -> Head:
        with self.datastore.get_connection() as conn, conn.transaction(), \
                conn.cursor() as curs:
            curs.execute(f"SELECT store_id FROM {self.t_store} WHERE id = 1".encode())
            found = curs.fetchone()
            curs.execute(f"SELECT leaf_index, position, head FROM {self.t_leaves} "
                         "WHERE head IS NOT NULL ORDER BY position DESC LIMIT 1".encode())
            row = curs.fetchone()
            frontier = None if row is None else _frontier_of(row["leaf_index"] + 1,
                                                             row["head"])
            if frontier is None:  # no head row (lost): from the leaves kept
                curs.execute(f"SELECT position, hash FROM {self.t_leaves} ORDER BY position"
                             .encode())
                frontier, last = _head_from_leaves([(r["position"], bytes(r["hash"]))
                                                    for r in curs.fetchall()])
            else:
                last = cast(dict[str, Any], row)["position"]
        return Head(found["store_id"] if found else "", frontier.size, last, frontier)

    def leaves(self, after: int, stop: int, limit: int) -> list[LeafRow]:
        rows = self._rows(f"SELECT leaf_index, position, hash FROM {self.t_leaves} WHERE "
                          "position > %s AND position <= %s ORDER BY position LIMIT %s",
                          (after, stop, limit))
        return [LeafRow(r["leaf_index"], r["position"], bytes(r["hash"])) for r in rows]

    def raw_events(self, after: int, limit: int) -> list[EventRow]:
        rows = self._rows(f"SELECT notification_id, topic, originator_id, originator_version, "
                          f"state FROM {self.t_events} WHERE notification_id > %s "
                          "ORDER BY notification_id LIMIT %s", (after, limit))
        return [EventRow(r["notification_id"], r["topic"], r["originator_id"].bytes,
                         r["originator_version"], bytes(r["state"])) for r in rows]

    def event_leaves(self, after: int, limit: int) -> list[tuple[int, bytes]]:
        return [(e.position, e.leaf_hash()) for e in self.raw_events(after, limit)]

    def leaf_tuples(self, after: int, stop: int,
                    limit: int) -> Sequence[tuple[int, int, bytes]]:
        return self.leaves(after, stop, limit)

    def leaf_for_position(self, position: int) -> LeafRow | None:
        rows = self._rows(f"SELECT leaf_index, position, hash FROM {self.t_leaves} "
                          "WHERE position = %s", (position,))
        return (LeafRow(rows[0]["leaf_index"], rows[0]["position"], bytes(rows[0]["hash"]))
                if rows else None)

    def _leaf_position(self, curs: Any, index: int) -> int | None:
        def at(position: int) -> tuple[int, int] | None:
            curs.execute(f"SELECT leaf_index, position FROM {self.t_leaves} WHERE "
                         "position >= %s ORDER BY position LIMIT 1".encode(), (position,))
            r = curs.fetchone()
            return None if r is None else (int(r["leaf_index"]), int(r["position"]))

        found = find_leaf(index, at)
        if found is None:  # a tree edited by hand: a scan
            curs.execute(f"SELECT position FROM {self.t_leaves} WHERE leaf_index = %s "
                         "ORDER BY position LIMIT 1".encode(), (index,))
            r = curs.fetchone()
            found = None if r is None else int(r["position"])
        return found

    def subtree(self, level: int, index: int) -> bytes:
        with self.datastore.get_connection() as conn, conn.cursor() as curs:
            if level >= STORED_LEVEL:  # kept on the row of the leaf that completed it
                position = self._leaf_position(curs, completing_leaf(level, index))
                if position is None:
                    raise KeyError((level, index))
                curs.execute(f"SELECT roots FROM {self.t_leaves} WHERE position = %s"
                             .encode(), (position,))
                roots = cast(dict[str, Any], curs.fetchone())["roots"]
                return _unpack_root(None if roots is None else bytes(roots), level)
            first, width = index << level, 1 << level
            position = self._leaf_position(curs, first)
            if position is None:
                raise KeyError((level, index))
            curs.execute(f"SELECT leaf_index, hash FROM {self.t_leaves} WHERE position >= %s "
                         "ORDER BY position LIMIT %s".encode(), (position, width))
            rows = [(int(r["leaf_index"]), bytes(r["hash"])) for r in curs.fetchall()]
        return _low_subtree(level, index, rows)

    def root_rows(self, positions: list[int]) -> Sequence[RootRow]:
        """The leaf rows at ``positions``, with their kept roots, in one round trip."""
        rows = self._rows(f"SELECT leaf_index, position, hash, roots FROM {self.t_leaves} "
                          "WHERE position = ANY(%s)", (positions,))
        return [(r["leaf_index"], r["position"], r["hash"], r["roots"]) for r in rows]

    def subtrees(self, nodes: Sequence[Node]) -> dict[Node, bytes]:
        return read_subtrees(nodes, self.root_rows, self.subtree)

    def missing_up_to(self, position: int) -> int:
        rows = self._rows(f"SELECT COUNT(*) AS n FROM {self.t_leaves} l WHERE l.position <= %s "
                          f"AND NOT EXISTS (SELECT 1 FROM {self.t_events} e WHERE "
                          "e.notification_id = l.position)", (position,))
        return int(rows[0]["n"])

    def add_checkpoint(self, cp: Checkpoint) -> int:
        with self.datastore.transaction(commit=True) as curs:
            curs.execute(f"LOCK TABLE {self.t_cps} IN EXCLUSIVE MODE".encode())
            curs.execute(f"SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM {self.t_cps}".encode())
            row = curs.fetchone()
            assert row is not None
            seq = int(row["seq"])
            curs.execute(f"INSERT INTO {self.t_cps} VALUES (%s, %s, %s, %s, %s, %s, %s, %s, "
                         "%s)".encode(), (seq, *cp[1:]))
        return seq

    def checkpoints(self) -> list[Checkpoint]:
        rows = self._rows(f"SELECT {_CP_COLUMNS} FROM {self.t_cps} ORDER BY seq")
        return [_checkpoint(list(r.values())) for r in rows]

    def set_verified(self, seq: int, at: str) -> None:
        with self.datastore.transaction(commit=True) as curs:
            curs.execute(f"INSERT INTO {self.t_verified} VALUES (1, %s, %s) ON CONFLICT (id) "
                         "DO UPDATE SET seq = EXCLUDED.seq, verified_at = EXCLUDED.verified_at"
                         .encode(), (seq, at))

    def verified(self) -> tuple[int, str] | None:
        rows = self._rows(f"SELECT seq, verified_at FROM {self.t_verified}")
        return (int(rows[0]["seq"]), str(rows[0]["verified_at"])) if rows else None


# -- memory ---------------------------------------------------------------------------------

class MemoryLedgerRecorder(POPOApplicationRecorder):
    """The in-memory recorder with its tree, updated under the recorder's own lock."""


    def __init__(self) -> None:
        super().__init__()
        self._store_id = str(uuid.uuid4())
        self._leaves: list[LeafRow] = []
        self._by_position: dict[int, int] = {}
        self._frontier = Frontier()
        self._nodes: dict[tuple[int, int], bytes] = {}
        self._checkpoints: list[Checkpoint] = []
        self._verified: tuple[int, str] | None = None

    def _update_table(self, stored_events: Sequence[StoredEvent],
                      **kwargs: Any) -> Sequence[int] | None:
        # Called under the lock after uniqueness was asserted: nothing can fail between.
        positions = super()._update_table(stored_events, **kwargs)
        assert positions is not None
        for h, position in zip(_leaves_of(stored_events), positions, strict=True):
            self._by_position[position] = len(self._leaves)
            self._leaves.append(LeafRow(self._frontier.size, position, h))
            for level, index, node in self._frontier.append_nodes(h):
                self._nodes[(level, index)] = node
        return positions

    def _locked(self) -> AbstractContextManager[Any]:
        return cast(AbstractContextManager[Any], self._database_lock)

    def head(self) -> Head:
        with self._locked():
            last = self._leaves[-1].position if self._leaves else 0
            return Head(self._store_id, self._frontier.size, last, self._frontier.copy())

    def leaves(self, after: int, stop: int, limit: int) -> list[LeafRow]:
        with self._locked():  # positions here are 1, 2, 3, …: leaf i is at position i + 1
            return self._leaves[after:min(stop, after + limit)]

    def raw_events(self, after: int, limit: int) -> list[EventRow]:
        with self._locked():
            rows = self._stored_events[after:after + limit]
            return [EventRow(after + i + 1, s.topic, UUID(str(s.originator_id)).bytes,
                             s.originator_version, s.state) for i, s in enumerate(rows)]

    def event_leaves(self, after: int, limit: int) -> list[tuple[int, bytes]]:
        return [(e.position, e.leaf_hash()) for e in self.raw_events(after, limit)]

    def leaf_tuples(self, after: int, stop: int,
                    limit: int) -> Sequence[tuple[int, int, bytes]]:
        return self.leaves(after, stop, limit)

    def leaf_for_position(self, position: int) -> LeafRow | None:
        with self._locked():
            i = self._by_position.get(position)
            return None if i is None else self._leaves[i]

    def subtree(self, level: int, index: int) -> bytes:
        with self._locked():
            return self._leaves[index].hash if level == 0 else self._nodes[(level, index)]

    def missing_up_to(self, position: int) -> int:
        return 0  # nothing outside the process can change the in-memory log

    def subtrees(self, nodes: Sequence[Node]) -> dict[Node, bytes]:
        return {node: self.subtree(*node) for node in nodes}

    def add_checkpoint(self, cp: Checkpoint) -> int:
        with self._locked():
            seq = len(self._checkpoints) + 1
            self._checkpoints.append(cp._replace(seq=seq))
            return seq

    def checkpoints(self) -> list[Checkpoint]:
        with self._locked():
            return list(self._checkpoints)

    def set_verified(self, seq: int, at: str) -> None:
        self._verified = (seq, at)

    def verified(self) -> tuple[int, str] | None:
        return self._verified


class MemoryLedgerFactory(POPOFactory):
    """eventsourcing's memory persistence, with the recorder that keeps the tree."""

    def application_recorder(self) -> ApplicationRecorder:
        return MemoryLedgerRecorder()

