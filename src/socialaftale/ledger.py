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

import uuid
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any, NamedTuple, Protocol, cast
from uuid import UUID

from eventsourcing.persistence import ApplicationRecorder, StoredEvent
from eventsourcing.popo import POPOApplicationRecorder, POPOFactory
from eventsourcing.sqlite import SQLiteApplicationRecorder, SQLiteCursor

from .merkle import Frontier, leaf_hash, leaf_hash_raw
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
    "ledger_of",
    "subtree_key",
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

    @property
    def leaves_table(self) -> str:
        """The leaves' table, as SQL names it on the store's own connection."""
        ...

    def head(self) -> Head: ...
    def leaves(self, after: int, stop: int, limit: int) -> list[LeafRow]: ...
    def raw_events(self, after: int, limit: int) -> list[EventRow]: ...
    def event_leaves(self, after: int, limit: int) -> list[tuple[int, bytes]]: ...
    def leaf_tuples(self, after: int, stop: int,
                    limit: int) -> Sequence[tuple[int, int, bytes]]: ...
    def leaf_for_position(self, position: int) -> LeafRow | None: ...
    def subtree(self, level: int, index: int) -> bytes: ...
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


#: The lowest level of subtree roots kept in the nodes table. The roots below it (perfect
#: subtrees of 2, 4 and 8 leaves) are computed from their leaves when a proof needs one: at
#: most eight leaf rows, read together, against fifteen node rows written per sixteen events
#: that every transaction would otherwise pay for (benchmarks/audit.py).
STORED_LEVEL = 4
_FIRST_STORED = 1 << STORED_LEVEL  # the tree size at which the first stored node exists


def subtree_key(level: int, index: int) -> int:
    """The key of a kept subtree root: the tree size at which it is completed, times 64,
    plus its level. Keys grow in the order the roots are written, so a transaction's new
    roots go beside each other at the end of the table (one page to write, where keys by
    level and index put each level's new root on a page of its own)."""
    return (((index + 1) << level) << 6) | level


#: The same key in SQL, from an old table's ``level`` and ``idx`` columns.
_SQL_SUBTREE_KEY = "((((idx + 1) << level) << 6) | level)"


def _stored(nodes: Sequence[tuple[int, int, bytes]]) -> list[tuple[int, bytes]]:
    """The subtree roots of ``nodes`` that the subtrees table keeps, as (key, hash)."""
    return [(subtree_key(level, index), h) for level, index, h in nodes
            if level >= STORED_LEVEL]


def _low_subtree(level: int, index: int, rows: Sequence[tuple[int, bytes]]) -> bytes:
    """The root of a perfect subtree below :data:`STORED_LEVEL` from its leaves
    ``(leaf_index, hash)``; KeyError when they are not all there."""
    first, width = index << level, 1 << level
    if [i for i, _ in rows] != list(range(first, first + width)):
        raise KeyError((level, index))
    return merkle_root([bytes(h) for _, h in rows])


# -- SQLite ---------------------------------------------------------------------------------

_SQLITE_LEAF = "INSERT INTO merkle_leaves (leaf_index, position, hash) VALUES (?, ?, ?)"
_SQLITE_NODE = "INSERT INTO merkle_subtrees (k, hash) VALUES (?, ?)"

#: The stored columns as the leaf encodes them, whatever type a hand-edited row holds (an
#: edit with SQLite's replace() turns a BLOB into TEXT): a changed value must fail its
#: leaf, never crash the verification.
_SQLITE_COLUMNS = ("CAST(topic AS TEXT), originator_id, CAST(originator_version AS INTEGER), "
                   "CAST(state AS BLOB)")


def _uid(stored: Any) -> bytes:
    """A stream id's 16 bytes from SQLite's hex text (anything else, as it is stored)."""
    try:
        return bytes.fromhex(stored)
    except (TypeError, ValueError):
        return stored.encode() if isinstance(stored, str) else bytes(stored)


def _head_from_leaves(kept: Sequence[tuple[int, bytes]]) -> tuple[Frontier, int]:
    """The tree's edge and last position from the leaves kept, when the head row is gone.

    Never from the events: a leaf is what an event hashed to when it was stored, so an
    event changed since still fails its leaf in ``verify``, and a rewritten tree still
    fails the signed checkpoints."""
    frontier = Frontier()
    for _position, leaf in kept:
        frontier.append(leaf)
    return frontier, kept[-1][0]


class SQLiteLedgerRecorder(SQLiteApplicationRecorder):
    """SQLite's recorder that also writes the tree, with the insert's own cursor."""

    leaves_table = "merkle_leaves"

    def construct_create_table_statements(self) -> list[str]:
        return [
            *super().construct_create_table_statements(),
            # Keyed by log position alone (the rowid): one B-tree per leaf, not two.
            "CREATE TABLE IF NOT EXISTS merkle_leaves (position INTEGER PRIMARY KEY, "
            "leaf_index INTEGER NOT NULL, hash BLOB NOT NULL)",
            "CREATE TABLE IF NOT EXISTS merkle_head (id INTEGER PRIMARY KEY CHECK (id = 1), "
            "store_id TEXT NOT NULL, size INTEGER NOT NULL, last_position INTEGER NOT NULL, "
            "frontier BLOB NOT NULL)",
            "CREATE TABLE IF NOT EXISTS merkle_checkpoints (seq INTEGER PRIMARY KEY, "
            "store_id TEXT NOT NULL, size INTEGER NOT NULL, last_position INTEGER NOT NULL, "
            "root BLOB NOT NULL, created_at TEXT NOT NULL, public_key BLOB NOT NULL, "
            "signature BLOB NOT NULL, frontier BLOB NOT NULL)",
            "CREATE TABLE IF NOT EXISTS merkle_verified (id INTEGER PRIMARY KEY "
            "CHECK (id = 1), seq INTEGER NOT NULL, verified_at TEXT NOT NULL)",
            # The root of every complete perfect subtree of 2**STORED_LEVEL or more leaves
            # (RFC 9162 §2.1), written with the leaves that complete it, keyed by
            # subtree_key: a proof reads O(log n) rows. (Stores written before kept them
            # in merkle_nodes, keyed by level and index: copied once, see _build_nodes.)
            "CREATE TABLE IF NOT EXISTS merkle_subtrees (k INTEGER PRIMARY KEY, "
            "hash BLOB NOT NULL)",
        ]

    def create_table(self) -> None:
        super().create_table()
        with self.datastore.transaction(commit=False) as c:
            c.execute("SELECT size FROM merkle_head WHERE id = 1")
            row = c.fetchone()
            if row is not None and row[0] >= 0 and (row[0] < _FIRST_STORED
                                                    or self._has_nodes(c)):
                return  # the usual case: the tree is there; no write on opening
        with self.datastore.transaction(commit=True) as c:
            self._build_head(c)
            if not self._has_nodes(c):
                self._build_nodes(c)

    @staticmethod
    def _has_nodes(c: SQLiteCursor) -> bool:
        c.execute("SELECT 1 FROM merkle_subtrees WHERE k = ?", (subtree_key(STORED_LEVEL, 0),))
        return c.fetchone() is not None

    @staticmethod
    def _build_nodes(c: SQLiteCursor) -> None:
        """The subtree roots of a store made before they were kept in merkle_subtrees:
        copied as they were stored from the old table keyed by level, else (a store made
        before any were kept) computed from its leaves."""
        c.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'merkle_nodes'")
        if c.fetchone() is not None:
            c.execute(f"INSERT OR IGNORE INTO merkle_subtrees (k, hash) SELECT "
                      f"{_SQL_SUBTREE_KEY}, hash FROM merkle_nodes WHERE level >= ?",
                      (STORED_LEVEL,))
            if SQLiteLedgerRecorder._has_nodes(c):
                return
        c.execute("SELECT hash FROM merkle_leaves ORDER BY position")
        frontier = Frontier()
        nodes: list[tuple[int, bytes]] = []
        for (h,) in c.fetchall():
            nodes.extend(_stored(frontier.append_nodes(bytes(h))))
        c.executemany(_SQLITE_NODE, nodes)

    def _build_head(self, c: SQLiteCursor) -> None:
        """The head row, when missing: from the leaves kept, else from the events."""
        # A write first: it takes the file's write lock, so two processes opening an
        # old store together do not both build its tree.
        c.execute("INSERT OR IGNORE INTO merkle_head VALUES (1, ?, -1, 0, x'')",
                  (str(uuid.uuid4()),))
        c.execute("SELECT size FROM merkle_head WHERE id = 1")
        if c.fetchone()[0] != -1:
            return
        c.execute("SELECT position, hash FROM merkle_leaves ORDER BY position")
        kept = [(int(r[0]), bytes(r[1])) for r in c.fetchall()]
        if kept:  # the head row was lost (deleted by hand): see _head_from_leaves
            c.execute("SELECT store_id FROM merkle_checkpoints ORDER BY seq DESC LIMIT 1")
            signed = c.fetchone()
            frontier, last = _head_from_leaves(kept)
            c.execute("UPDATE merkle_head SET store_id = COALESCE(?, store_id), size = ?, "
                      "last_position = ?, frontier = ? WHERE id = 1",
                      (signed[0] if signed else None, frontier.size, last,
                       frontier.to_bytes()))
            return
        frontier = Frontier()
        last = 0
        c.execute(f"SELECT rowid, {_SQLITE_COLUMNS} "
                  f"FROM {self.events_table_name} ORDER BY rowid")
        rows = c.fetchall()
        leaves = []
        for row in rows:
            h = leaf_hash_raw(row[1], _uid(row[2]), row[3], row[4])
            leaves.append((frontier.size, row[0], h))
            frontier.append(h)
            last = row[0]
        c.executemany(_SQLITE_LEAF, leaves)
        c.execute("UPDATE merkle_head SET size = ?, last_position = ?, frontier = ? "
                  "WHERE id = 1", (frontier.size, last, frontier.to_bytes()))

    def _insert_events(self, c: SQLiteCursor, stored_events: Sequence[StoredEvent],
                       **kwargs: Any) -> Sequence[int] | None:
        positions = super()._insert_events(c, stored_events, **kwargs)
        if not stored_events:
            return positions
        assert positions is not None
        c.execute("SELECT size, frontier FROM merkle_head WHERE id = 1")
        size, data = c.fetchone()
        frontier = Frontier.from_bytes(size, data)
        rows = []
        nodes: list[tuple[int, bytes]] = []
        for h, position in zip(_leaves_of(stored_events), positions, strict=True):
            rows.append((frontier.size, position, h))
            nodes.extend(_stored(frontier.append_nodes(h)))
        c.executemany(_SQLITE_LEAF, rows)
        if nodes:
            c.executemany(_SQLITE_NODE, nodes)
        c.execute("UPDATE merkle_head SET size = ?, last_position = ?, frontier = ? "
                  "WHERE id = 1", (frontier.size, positions[-1], frontier.to_bytes()))
        return positions

    # -- Ledger ------------------------------------------------------------------------

    @contextmanager
    def _read(self) -> Iterator[SQLiteCursor]:
        with self.datastore.transaction(commit=False) as c:
            yield c

    def head(self) -> Head:
        with self._read() as c:
            c.execute("SELECT store_id, size, last_position, frontier FROM merkle_head")
            row = c.fetchone()
        return Head(row[0], row[1], row[2], Frontier.from_bytes(row[1], row[3]))

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
        return [(r[0], leaf_hash_raw(r[1], _uid(r[2]), r[3], r[4])) for r in rows]

    def leaf_tuples(self, after: int, stop: int,
                    limit: int) -> Sequence[tuple[int, int, bytes]]:
        with self._read() as c:
            c.sqlite_cursor.row_factory = None
            c.execute("SELECT leaf_index, position, hash FROM merkle_leaves WHERE "
                      "position > ? AND position <= ? ORDER BY position LIMIT ?",
                      (after, stop, limit))
            return c.fetchall()  # type: ignore[no-any-return]

    def leaf_for_position(self, position: int) -> LeafRow | None:
        with self._read() as c:
            c.execute("SELECT leaf_index, position, hash FROM merkle_leaves "
                      "WHERE position = ?", (position,))
            r = c.fetchone()
        return None if r is None else LeafRow(r[0], r[1], r[2])

    def subtree(self, level: int, index: int) -> bytes:
        """The root of the perfect subtree ``index`` of ``2**level`` leaves (KeyError when
        the tree does not hold it)."""
        with self._read() as c:
            if level == 0:  # leaf i is usually at position i + 1 (else: a scan)
                c.execute("SELECT hash FROM merkle_leaves WHERE position = ? AND "
                          "leaf_index = ?", (index + 1, index))
                r = c.fetchone()
                if r is None:
                    c.execute("SELECT hash FROM merkle_leaves WHERE leaf_index = ?", (index,))
                    r = c.fetchone()
            elif level < STORED_LEVEL:  # from its leaves, at positions first + 1, … usually
                first, width = index << level, 1 << level
                c.execute("SELECT leaf_index, hash FROM merkle_leaves WHERE position > ? AND "
                          "position <= ? ORDER BY position", (first, first + width))
                rows = [(int(i), bytes(h)) for i, h in c.fetchall()]
                if [i for i, _ in rows] != list(range(first, first + width)):
                    c.execute("SELECT leaf_index, hash FROM merkle_leaves WHERE leaf_index >= ?"
                              " AND leaf_index < ? ORDER BY leaf_index", (first, first + width))
                    rows = [(int(i), bytes(h)) for i, h in c.fetchall()]
                return _low_subtree(level, index, rows)
            else:
                c.execute("SELECT hash FROM merkle_subtrees WHERE k = ?",
                          (subtree_key(level, index),))
                r = c.fetchone()
        if r is None:
            raise KeyError((level, index))
        return bytes(r[0])

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
        self.leaves_table = self.t_leaves
        self.t_head = f'"{schema}"."{base}_merkle_head"'
        self.t_cps = f'"{schema}"."{base}_merkle_checkpoints"'
        self.t_verified = f'"{schema}"."{base}_merkle_verified"'
        self.t_nodes = f'"{schema}"."{base}_merkle_subtrees"'
        self.t_old_nodes = f'"{schema}"."{base}_merkle_nodes"'  # before: see _build_nodes
        self.t_events = f'"{schema}"."{events_table_name}"'

    def create_table(self) -> None:
        super().create_table()
        with self.datastore.transaction(commit=True) as curs:
            for sql in (
                f"CREATE TABLE IF NOT EXISTS {self.t_leaves} (position bigint PRIMARY KEY, "
                "leaf_index bigint NOT NULL, hash bytea NOT NULL)",
                f"CREATE TABLE IF NOT EXISTS {self.t_head} (id int PRIMARY KEY "
                "CHECK (id = 1), store_id text NOT NULL, size bigint NOT NULL, "
                "last_position bigint NOT NULL, frontier bytea NOT NULL)",
                f"CREATE TABLE IF NOT EXISTS {self.t_cps} (seq bigint PRIMARY KEY, "
                "store_id text NOT NULL, size bigint NOT NULL, last_position bigint NOT NULL, "
                "root bytea NOT NULL, created_at text NOT NULL, public_key bytea NOT NULL, "
                "signature bytea NOT NULL, frontier bytea NOT NULL)",
                f"CREATE TABLE IF NOT EXISTS {self.t_verified} (id int PRIMARY KEY "
                "CHECK (id = 1), seq bigint NOT NULL, verified_at text NOT NULL)",
                # The kept subtree roots, keyed by subtree_key (see SQLiteLedgerRecorder).
                f"CREATE TABLE IF NOT EXISTS {self.t_nodes} (k bigint PRIMARY KEY, "
                "hash bytea NOT NULL)",
            ):
                curs.execute(sql.encode())
        self._build_head()
        self._build_nodes()

    def _has_nodes(self, curs: Any) -> bool:
        curs.execute(f"SELECT size FROM {self.t_head} WHERE id = 1".encode())
        row = curs.fetchone()
        if row is None or row["size"] < _FIRST_STORED:
            return True
        curs.execute(f"SELECT 1 FROM {self.t_nodes} WHERE k = %s".encode(),
                     (subtree_key(STORED_LEVEL, 0),))
        return curs.fetchone() is not None

    def _build_nodes(self) -> None:
        """The subtree roots of a store made before they were kept in the subtrees table:
        copied from the old table keyed by level, else computed from its leaves."""
        with self.datastore.transaction(commit=True) as curs:
            if self._has_nodes(curs):
                return
            curs.execute(f"LOCK TABLE {self.t_events} IN EXCLUSIVE MODE".encode())
            if self._has_nodes(curs):
                return
            curs.execute(b"SELECT to_regclass(%s) IS NOT NULL AS old",
                         (self.t_old_nodes,))
            row = curs.fetchone()
            if row is not None and row["old"]:
                curs.execute(f"INSERT INTO {self.t_nodes} (k, hash) SELECT "
                             f"{_SQL_SUBTREE_KEY}, hash FROM {self.t_old_nodes} "
                             "WHERE level >= %s ON CONFLICT (k) DO NOTHING".encode(),
                             (STORED_LEVEL,))
                if self._has_nodes(curs):
                    return
            curs.execute(f"SELECT hash FROM {self.t_leaves} ORDER BY position".encode())
            frontier = Frontier()
            nodes: list[tuple[int, bytes]] = []
            for r in curs.fetchall():
                nodes.extend(_stored(frontier.append_nodes(bytes(r["hash"]))))
            with curs.copy(f"COPY {self.t_nodes} (k, hash) FROM STDIN"
                           .encode()) as copy:
                for node in nodes:
                    copy.write_row(node)

    def _build_head(self) -> None:
        with self.datastore.transaction(commit=True) as curs:
            curs.execute(f"SELECT size FROM {self.t_head} WHERE id = 1".encode())
            row = curs.fetchone()
            if row is not None and row["size"] >= 0:
                return
            # The same lock as every insert: no event is stored while the tree is built.
            curs.execute(f"LOCK TABLE {self.t_events} IN EXCLUSIVE MODE".encode())
            curs.execute(f"SELECT size FROM {self.t_head} WHERE id = 1".encode())
            if curs.fetchone() is not None:
                return
            curs.execute(f"SELECT position, hash FROM {self.t_leaves} ORDER BY position"
                         .encode())
            kept = [(int(r["position"]), bytes(r["hash"])) for r in curs.fetchall()]
            if kept:  # the head row was lost (deleted by hand): see _head_from_leaves
                curs.execute(f"SELECT store_id FROM {self.t_cps} ORDER BY seq DESC LIMIT 1"
                             .encode())
                signed = curs.fetchone()
                frontier, last = _head_from_leaves(kept)
                curs.execute(f"INSERT INTO {self.t_head} VALUES (1, %s, %s, %s, %s)".encode(),
                             (signed["store_id"] if signed else str(uuid.uuid4()),
                              frontier.size, last, frontier.to_bytes()))
                return
            frontier = Frontier()
            leaves = []
            last = 0
            curs.execute(f"SELECT notification_id, originator_id, originator_version, topic, "
                         f"state FROM {self.t_events} ORDER BY notification_id".encode())
            for row in curs.fetchall():
                h = leaf_hash(row["topic"], row["originator_id"], row["originator_version"],
                              bytes(row["state"]))
                leaves.append((frontier.size, row["notification_id"], h))
                frontier.append(h)
                last = row["notification_id"]
            if leaves:
                with curs.copy(f"COPY {self.t_leaves} (leaf_index, position, hash) "
                               "FROM STDIN".encode()) as copy:
                    for leaf in leaves:
                        copy.write_row(leaf)
            curs.execute(f"INSERT INTO {self.t_head} VALUES (1, %s, %s, %s, %s)".encode(),
                         (str(uuid.uuid4()), frontier.size, last, frontier.to_bytes()))

    def _fetch_ids_after_insert_events(self, curs: Any, stored_events: Sequence[StoredEvent],
                                       **kwargs: Any) -> Sequence[int] | None:
        ids = super()._fetch_ids_after_insert_events(curs, stored_events, **kwargs)
        assert ids is not None
        # Still inside the insert's transaction, holding its EXCLUSIVE lock on the events
        # table: the head read here is the latest, and no other writer can move it.
        curs.execute(f"SELECT size, frontier FROM {self.t_head} WHERE id = 1".encode(),
                     prepare=True)
        row = curs.fetchone()
        frontier = Frontier.from_bytes(row["size"], bytes(row["frontier"]))
        rows = []
        nodes: list[tuple[int, bytes]] = []
        for h, position in zip(_leaves_of(stored_events), ids, strict=True):
            rows.append((frontier.size, position, h))
            nodes.extend(_stored(frontier.append_nodes(h)))
        curs.executemany(f"INSERT INTO {self.t_leaves} (leaf_index, position, hash) "
                        "VALUES (%s, %s, %s)".encode(), rows)
        if nodes:
            curs.executemany(f"INSERT INTO {self.t_nodes} (k, hash) "
                             "VALUES (%s, %s)".encode(), nodes)
        curs.execute(f"UPDATE {self.t_head} SET size = %s, last_position = %s, "
                     f"frontier = %s WHERE id = 1".encode(),
                     (frontier.size, ids[-1], frontier.to_bytes()), prepare=True)
        return ids

    # -- Ledger ------------------------------------------------------------------------

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self.datastore.get_connection() as conn, conn.cursor() as curs:
            curs.execute(sql.encode(), tuple(params))
            return list(curs.fetchall())

    def head(self) -> Head:
        r = self._rows(f"SELECT store_id, size, last_position, frontier FROM {self.t_head}")[0]
        return Head(r["store_id"], r["size"], r["last_position"],
                    Frontier.from_bytes(r["size"], bytes(r["frontier"])))

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

    def subtree(self, level: int, index: int) -> bytes:
        if level == 0:  # leaf i is usually at position i + 1 (else: a scan)
            rows = self._rows(f"SELECT hash FROM {self.t_leaves} WHERE position = %s AND "
                              "leaf_index = %s", (index + 1, index))
            rows = rows or self._rows(f"SELECT hash FROM {self.t_leaves} "
                                      "WHERE leaf_index = %s", (index,))
        elif level < STORED_LEVEL:  # from its leaves, at positions first + 1, … usually
            first, width = index << level, 1 << level
            found = self._rows(f"SELECT leaf_index, hash FROM {self.t_leaves} WHERE position > %s"
                               " AND position <= %s ORDER BY position", (first, first + width))
            if [r["leaf_index"] for r in found] != list(range(first, first + width)):
                found = self._rows(f"SELECT leaf_index, hash FROM {self.t_leaves} WHERE "
                                   "leaf_index >= %s AND leaf_index < %s ORDER BY leaf_index",
                                   (first, first + width))
            return _low_subtree(level, index,
                                [(int(r["leaf_index"]), bytes(r["hash"])) for r in found])
        else:
            rows = self._rows(f"SELECT hash FROM {self.t_nodes} WHERE k = %s",
                              (subtree_key(level, index),))
        if not rows:
            raise KeyError((level, index))
        return bytes(rows[0]["hash"])

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

    leaves_table = ""  # no SQL: nothing outside the process can change the in-memory log

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

