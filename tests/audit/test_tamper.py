"""Seeded tampering with the stored rows, straight in SQLite and PostgreSQL: every change is
detected, located at its first position and named (altered, missing, inserted, reordered)."""

from __future__ import annotations

import os
import random
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
import pytest

from socialaftale import audit, open_store
from socialaftale.persistence import parse_store_url

from .helpers import fill

CASES = 240


class Rows:
    """The events table of one store, reached with the database's own client."""

    def __init__(self, kind: str, url: str) -> None:
        self.kind = kind
        if kind == "sqlite":
            self.conn: Any = sqlite3.connect(url.removeprefix("sqlite:///"),
                                             isolation_level=None)
            self.table, self.id, self.p = "stored_events", "rowid", "?"
        else:
            pg = os.environ.get("SOCIALAFTALE_TEST_PG",
                                "postgresql://postgres@127.0.0.1:5432/test")
            self.conn = psycopg.connect(parse_store_url(pg).conninfo or "", autocommit=True)
            schema = url.split("schema=")[1]
            self.table, self.id, self.p = f"{schema}.socialaftale_events", "notification_id", "%s"
        self.saved = self.all()

    def sql(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        cur = self.conn.execute(sql.replace("?", self.p), params)
        return list(cur.fetchall()) if cur.description else []

    def all(self) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self.sql(
            f"SELECT {self.id}, originator_id, originator_version, topic, state "
            f"FROM {self.table} ORDER BY {self.id}")]

    def put(self, rows: list[tuple[Any, ...]]) -> None:
        sql = (f"INSERT INTO {self.table} ({self.id}, originator_id, originator_version, "
               "topic, state) VALUES (?, ?, ?, ?, ?)").replace("?", self.p)
        if self.kind == "sqlite":
            self.conn.executemany(sql, rows)
        else:
            with self.conn.cursor() as cur:
                cur.executemany(sql, rows)

    def restore(self) -> None:
        self.sql(f"DELETE FROM {self.table}")
        self.put(self.saved)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One commit per case (a commit is an fsync: most of the test's time otherwise)."""
        if self.kind == "sqlite":
            self.sql("BEGIN")
            yield
            self.sql("COMMIT")
        else:
            with self.conn.transaction():
                yield

    def shift(self, start: int, by: int) -> None:
        """Renumber every row from ``start`` by ``by`` (in two steps: ids are unique)."""
        self.sql(f"UPDATE {self.table} SET {self.id} = -({self.id} + ?) WHERE {self.id} >= ?",
                 (by, start))
        self.sql(f"UPDATE {self.table} SET {self.id} = -{self.id} WHERE {self.id} < 0")


def tamper(rows: Rows, rng: random.Random) -> tuple[int, str]:
    """One random change; returns the first position it touches and its kind."""
    saved = rows.saved
    n = len(saved)
    op = rng.choice(["state", "version", "topic", "stream", "delete", "delete-shift",
                     "insert-end", "insert-shift", "swap"])
    i = rng.randrange(n)
    pos, stream, version, topic, state = saved[i]
    where = f"WHERE {rows.id} = ?"
    if op == "state":
        b = bytearray(state)
        b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
        rows.sql(f"UPDATE {rows.table} SET state = ? {where}", (bytes(b), pos))
        return pos, "altered"
    if op == "version":
        rows.sql(f"UPDATE {rows.table} SET originator_version = ? {where}",
                 (version + 100_000, pos))
        return pos, "altered"
    if op == "topic":
        rows.sql(f"UPDATE {rows.table} SET topic = ? {where}", (topic + "X", pos))
        return pos, "altered"
    if op == "stream":
        other = uuid.uuid4()
        rows.sql(f"UPDATE {rows.table} SET originator_id = ? {where}",
                 (other.hex if rows.kind == "sqlite" else other, pos))
        return pos, "altered"
    if op == "delete":
        rows.sql(f"DELETE FROM {rows.table} {where}", (pos,))
        return pos, "missing"
    if op == "delete-shift":  # deleted, and the later rows renumbered to close the gap
        rows.sql(f"DELETE FROM {rows.table} {where}", (pos,))
        rows.shift(pos + 1, -1)
        return pos, "missing"
    new = (stream, version + 200_000, topic, state)
    if op == "insert-end":
        rows.put([(saved[-1][0] + 1, *new)])
        return saved[-1][0] + 1, "inserted"
    if op == "insert-shift":  # a forged row slipped in, the later rows renumbered
        rows.shift(pos, 1)
        rows.put([(pos, *new)])
        return pos, "inserted"
    j = rng.randrange(n - 1)
    j += j >= i
    a, b = sorted((i, j))
    pa, pb = saved[a][0], saved[b][0]
    rows.sql(f"UPDATE {rows.table} SET {rows.id} = -1 WHERE {rows.id} = ?", (pa,))
    rows.sql(f"UPDATE {rows.table} SET {rows.id} = ? WHERE {rows.id} = ?", (pa, pb))
    rows.sql(f"UPDATE {rows.table} SET {rows.id} = ? WHERE {rows.id} = -1", (pb,))
    return pa, "reordered"


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_every_seeded_tampering_is_detected_and_located(
        kind: str, store_url_factory: Callable[[str], str], tmp_path: Path) -> None:
    url = store_url_factory(kind)
    with open_store(url) as store:
        fill(store, offers=25, changes=5)  # 150 events
        audit.create_key(tmp_path / "k.pem")
        audit.create_checkpoint(store, tmp_path / "k.pem")
        rows = Rows(kind, url)
        rng = random.Random(19)
        seen: set[str] = set()
        for case in range(CASES):
            with rows.transaction():
                if case:
                    rows.restore()  # the previous case's change undone
                expected = tamper(rows, rng)
            result = audit.verify(store, record=False)
            first = result.first
            assert first is not None, f"case {case}: {expected} not detected"
            assert (first.position, first.kind) == expected, (case, result.problems[:4])
            # the signed head catches it as well, independent of the stored leaves (a row
            # appended after the newest checkpoint is beyond what any head covers)
            appended = expected[0] > rows.saved[-1][0]
            assert appended or any(p.kind == "checkpoint" for p in result.problems), (
                case, expected, result)
            seen.add(expected[1])
        with rows.transaction():
            rows.restore()
        assert seen == {"altered", "missing", "inserted", "reordered"}
        assert audit.verify(store).intact


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_a_tree_rewritten_along_with_the_log_still_fails_the_signed_head(
        kind: str, store_url_factory: Callable[[str], str], tmp_path: Path) -> None:
    """An insider who alters an event and its leaf row too is caught by the checkpoint."""
    url = store_url_factory(kind)
    with open_store(url) as store:
        fill(store, offers=5, changes=1)
        audit.create_key(tmp_path / "k.pem")
        audit.create_checkpoint(store, tmp_path / "k.pem")
        rows = Rows(kind, url)
        pos, stream, version, topic, state = rows.saved[3]
        forged = state.replace(b"10", b"99") if isinstance(state, bytes) else state
        from socialaftale.merkle import leaf_hash

        forged_leaf = leaf_hash(topic, stream, version, forged)
        rows.sql(f"UPDATE {rows.table} SET state = ? WHERE {rows.id} = ?", (forged, pos))
        if kind == "sqlite":  # the leaf's 32 bytes in the block that holds it
            rows.sql("UPDATE merkle_blocks SET hashes = substr(hashes, 1, "
                     "32 * (? - first_position)) || ? || substr(hashes, 32 * "
                     "(? - first_position) + 33) WHERE position = (SELECT MIN(position) "
                     "FROM merkle_blocks WHERE position >= ?)", (pos, forged_leaf, pos, pos))
        else:
            leaves = rows.table.replace("_events", "_merkle_leaves")
            rows.sql(f"UPDATE {leaves} SET hash = ? WHERE position = ?", (forged_leaf, pos))
        result = audit.verify(store, record=False)
        assert not result.intact
        assert [p.kind for p in result.problems] == ["checkpoint"]
