"""Read models: SQL tables beside the log, kept up to date with exact tracking.

A query reads these tables; it never replays the log. Each projection owns its
tables and a row in ``projection_position`` that says how far into the log it
has read. A page of events and the new position commit in one transaction, so
after a crash a projection resumes exactly where it stopped: nothing applied
twice, nothing missed. The same SQL runs on SQLite (the embedded default and
the in-memory store) and PostgreSQL; write it with ``?`` placeholders and keep
``%`` out of literals.
"""

from __future__ import annotations

import queue
import re
import sqlite3
import threading
import zlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from typing import Any, ClassVar, Literal

from .domain.common import Recorded
from .persistence import EventLog, StoreLocation

__all__ = ["Database", "Projection", "Projector", "Tx"]

Dialect = Literal["sqlite", "postgresql"]
Progress = Callable[[int, int], None]

READ_SCHEMA_VERSION = 1


# Fewer rows than this go through the pipeline; more, as one COPY (which leaves it).
_COPY_FROM = 50
_PLAIN_INSERT = re.compile(
    r"^INSERT INTO (\w+)\s*(\([\w,\s]*\))?\s*VALUES\s*\([?,\s]*\)\s*$", re.DOTALL)


_WRITE = re.compile(r"\s*(INSERT|UPDATE|DELETE|MERGE|CREATE|DROP|ALTER|TRUNCATE)\b",
                    re.IGNORECASE)


def _returns_rows(sql: str) -> bool:
    """May return rows: anything but a plain write (a read in any shape waits for them)."""
    return _WRITE.match(sql) is None or "RETURNING" in sql.upper()


class Tx:
    """A cursor in an open transaction (or a read), with ``?`` placeholders.

    On PostgreSQL a transaction opened with ``pipelined=True`` (the projector's) sends
    statements that return no rows without waiting for each answer (psycopg's pipeline
    mode): a replay's single-row writes otherwise cost a network round trip each. Only plain
    writes (INSERT, UPDATE, DELETE, DDL, without RETURNING) are queued; anything else waits
    for its rows. A failed write raises at the next statement that waits, at the latest at
    commit, and the whole transaction is rolled back as always.
    """

    def __init__(self, cursor: Any, dialect: Dialect, conn: Any = None) -> None:
        self._cursor = cursor
        self.dialect: Dialect = dialect
        self._conn = conn  # set: pipeline writes on this PostgreSQL connection
        self._pipeline: ExitStack | None = None

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.dialect == "postgresql" else sql

    def _pipelined(self) -> None:
        if self._conn is not None and self._pipeline is None:
            self._pipeline = ExitStack()
            self._pipeline.enter_context(self._conn.pipeline())

    def end_pipeline(self, failure: BaseException | None = None) -> None:
        """Wait for every queued statement (raising the first failed one, unless the block
        already failed with ``failure``); none are pending after."""
        if self._pipeline is not None:
            pipeline, self._pipeline = self._pipeline, None
            if failure is None:
                pipeline.close()
            else:
                pipeline.__exit__(type(failure), failure, failure.__traceback__)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run one statement; return its rows (empty for statements without rows)."""
        if self._conn is not None:
            if not _returns_rows(sql):
                self._pipelined()
                self._cursor.execute(self._sql(sql), tuple(params))
                return []
            # A read waits anyway: leave the pipeline, so its rows are surely its own.
            self.end_pipeline()
        self._cursor.execute(self._sql(sql), tuple(params))
        if self._cursor.description is None:
            return []
        return [tuple(row) for row in self._cursor.fetchall()]

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        """Run one statement for many parameter rows.

        On PostgreSQL a plain ``INSERT INTO t [(cols)] VALUES (?, …)`` of many rows is sent as
        one COPY: a replay inserts hundreds of thousands of rows, and a round trip per row
        (psycopg's executemany outside a pipeline) costs more than everything else together.
        """
        params = [tuple(r) for r in rows]
        if not params:
            return
        insert = _PLAIN_INSERT.match(sql) if self.dialect == "postgresql" else None
        if insert is None or (self._conn is not None and len(params) < _COPY_FROM):
            if self._conn is not None:
                self._pipelined()
            self._cursor.executemany(self._sql(sql), params)
            return
        self.end_pipeline()  # COPY cannot run in pipeline mode
        table, columns = insert.group(1), insert.group(2) or ""
        with self._cursor.copy(f"COPY {table} {columns} FROM STDIN") as copy:
            for row in params:
                copy.write_row(row)

    def one(self, sql: str, params: Sequence[Any] = ()) -> tuple[Any, ...] | None:
        """The first row, or None."""
        rows = self.execute(sql, params)
        return rows[0] if rows else None


class Database:
    """The read-model database: the store's SQLite file, memory, or PostgreSQL."""

    READERS = 8
    """The most extra connections kept for queries from other threads (see :meth:`query`)."""

    def __init__(self, location: StoreLocation) -> None:
        self.location = location
        self._lock = threading.RLock()
        self._conn: Any
        self._local = threading.local()  # in_tx: this thread holds an open transaction
        self._idle: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._readers: list[Any] = []
        self._readers_lock = threading.Lock()
        self._reader_free = threading.Semaphore(self.READERS)
        if location.kind == "postgresql":
            import psycopg

            self.dialect: Dialect = "postgresql"
            self._conn = psycopg.connect(location.conninfo or "", autocommit=True)
            schema = location.schema or "public"
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", schema):
                raise ValueError(f"ugyldigt skemanavn '{schema}'")
            with self.setup_lock():
                self._conn.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
            self._conn.execute(f"SET search_path TO {schema}")
        else:
            self.dialect = "sqlite"
            path = location.path if location.kind == "sqlite" else ":memory:"
            self._conn = sqlite3.connect(
                path or ":memory:", isolation_level=None, check_same_thread=False, timeout=30
            )
            if location.kind == "sqlite":
                self._conn.execute("PRAGMA journal_mode=WAL")
                # Read models only: a commit lost to a power cut takes its positions with it
                # (same transaction), so those events are simply applied again; the log keeps
                # eventsourcing's own, fully synchronous connection.
                self._conn.execute("PRAGMA synchronous=NORMAL")
                # A replay writes hundreds of MB: checkpoint (and fsync) every ~80 MB of WAL
                # instead of every 4 MB (a third of a rebuild's time went there); the WAL
                # file is cut back to 64 MB after each checkpoint.
                self._conn.execute("PRAGMA wal_autocheckpoint=20000")
                self._conn.execute(f"PRAGMA journal_size_limit={64 * 1024 * 1024}")
                # 32 MB of page cache instead of 2: a national history's indexes outgrow 2 MB
                # and a replay of 1M events then spends a tenth of its time re-reading pages.
                self._conn.execute("PRAGMA cache_size=-32768")
            self._conn.execute("PRAGMA busy_timeout=30000")

    @contextmanager
    def setup_lock(self) -> Iterator[None]:
        """Hold while creating or upgrading the store's tables and functions.

        PostgreSQL refuses concurrent DDL on the same objects ("tuple concurrently
        updated", duplicate keys in its catalogue), and every process that opens a store
        creates them if missing, so processes starting together (a web server, a
        projector, writers) take turns, by an advisory lock named after the schema. On
        SQLite the file's own write lock does this already.
        """
        if self.dialect != "postgresql":
            yield
            return
        key = zlib.crc32(f"socialaftale:{self.location.schema or 'public'}".encode())
        with self._lock:
            self._conn.execute("SELECT pg_advisory_lock(%s)", (key,))
            try:
                yield
            finally:
                self._conn.execute("SELECT pg_advisory_unlock(%s)", (key,))

    @contextmanager
    def transaction(self, *, pipelined: bool = False) -> Iterator[Tx]:
        """One transaction: committed when the block ends, rolled back if it raises.

        ``pipelined``: on PostgreSQL, writes do not wait for their answers (see :class:`Tx`).
        """
        with self._lock, self._in_transaction():
            if self.dialect == "postgresql":
                with self._conn.transaction(), self._conn.cursor() as cur:
                    tx = Tx(cur, self.dialect, self._conn if pipelined else None)
                    try:
                        yield tx
                    except BaseException as failure:
                        tx.end_pipeline(failure)
                        raise
                    tx.end_pipeline()
                return
            cur = self._conn.cursor()
            cur.execute("BEGIN IMMEDIATE")
            try:
                yield Tx(cur, self.dialect)
            except BaseException:
                cur.execute("ROLLBACK")
                raise
            cur.execute("COMMIT")

    @contextmanager
    def _in_transaction(self) -> Iterator[None]:
        depth = getattr(self._local, "in_tx", 0)
        self._local.in_tx = depth + 1
        try:
            yield
        finally:
            self._local.in_tx = depth

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Rows of a read-only query outside any explicit transaction.

        On a SQLite file and PostgreSQL it runs on one of a few reader connections, so a
        query does not wait for another thread's query or transaction on the main one (the
        web server answers from worker threads; WAL and MVCC let readers run beside a
        writer). In memory, or inside this thread's own transaction (whose uncommitted rows
        it must see), it runs on the main connection under its lock."""
        in_tx: int = getattr(self._local, "in_tx", 0)
        if self.location.kind == "memory" or in_tx:
            with self._lock:
                return self._run(self._conn, sql, params)
        with self._reader() as conn:
            return self._run(conn, sql, params)

    def _run(self, conn: Any, sql: str, params: Sequence[Any]) -> list[tuple[Any, ...]]:
        cur = conn.cursor()
        try:
            return Tx(cur, self.dialect).execute(sql, params)
        finally:
            cur.close()

    @contextmanager
    def _reader(self) -> Iterator[Any]:
        """An idle reader connection (made when none is idle, at most :data:`READERS`)."""
        self._reader_free.acquire()
        try:
            try:
                conn = self._idle.get_nowait()
            except queue.Empty:
                conn = self._connect_reader()
            try:
                yield conn
            except BaseException:
                conn.close()  # its state after a failure is not worth trusting
                with self._readers_lock:
                    self._readers.remove(conn)
                raise
            self._idle.put(conn)
        finally:
            self._reader_free.release()

    def _connect_reader(self) -> Any:
        conn: Any
        if self.dialect == "postgresql":
            import psycopg

            conn = psycopg.connect(self.location.conninfo or "", autocommit=True)
            conn.execute(f"SET search_path TO {self.location.schema or 'public'}")
        else:
            conn = sqlite3.connect(self.location.path or "", isolation_level=None,
                                   check_same_thread=False, timeout=30)
            conn.execute("PRAGMA busy_timeout=30000")
            conn.execute("PRAGMA query_only=ON")
        with self._readers_lock:
            self._readers.append(conn)
        return conn

    def close(self) -> None:
        with self._lock:
            self._conn.close()
        with self._readers_lock:
            for conn in self._readers:
                conn.close()
            self._readers.clear()


class Projection(ABC):
    """A read model: the tables it owns and how one event changes them.

    Bump ``version`` when the tables or the way events are applied change; the
    store then rebuilds the projection from the log when it is next opened.
    """

    name: ClassVar[str]
    version: ClassVar[int] = 1
    tables: ClassVar[tuple[str, ...]] = ()
    events: ClassVar[tuple[type, ...] | None] = None
    """The event classes :meth:`apply` uses; the projector hands it no others (a replay
    calls apply once per event and projection). ``None``: it looks at every event."""

    @abstractmethod
    def create(self, tx: Tx) -> None:
        """Create this projection's tables and indexes (idempotent)."""

    @abstractmethod
    def apply(self, tx: Tx, recorded: Recorded) -> None:
        """Apply one event; ignore events this projection does not use."""

    def flush(self, tx: Tx) -> None:
        """Finish a page of events in the same transaction (derived rows computed once a page).

        Most projections write as they apply and need nothing here.
        """
        return None

    def discard(self) -> None:
        """Forget what was buffered for a page whose transaction failed (rolled back)."""
        return None

    def drop(self, tx: Tx) -> None:
        """Drop this projection's tables."""
        for table in self.tables:
            tx.execute(f"DROP TABLE IF EXISTS {table}")


class Projector:
    """Keeps a set of projections in step with the log, with exact tracking."""

    def __init__(
        self, log: EventLog, db: Database, projections: Sequence[Projection], page: int = 1000
    ) -> None:
        self.log = log
        self.db = db
        self.projections = list(projections)
        self.page = page
        names = [p.name for p in self.projections]
        if len(set(names)) != len(names):
            raise ValueError(f"projection names must be unique: {names}")
        self._by_type: dict[type, list[Projection]] = {}
        self._ensure()

    def _for(self, event_type: type) -> list[Projection]:
        """The projections that use events of this class, in their order."""
        chosen = self._by_type.get(event_type)
        if chosen is None:
            chosen = self._by_type[event_type] = [
                p for p in self.projections if p.events is None or issubclass(event_type, p.events)]
        return chosen

    def _ensure(self) -> None:
        with self.db.transaction() as tx:
            tx.execute(
                "CREATE TABLE IF NOT EXISTS projection_position ("
                " name TEXT PRIMARY KEY, version INTEGER NOT NULL,"
                " position BIGINT NOT NULL)"
            )
            tx.execute(
                "CREATE TABLE IF NOT EXISTS store_schema ("
                " component TEXT PRIMARY KEY, version INTEGER NOT NULL)"
            )
            tx.execute(
                "INSERT INTO store_schema (component, version) VALUES ('readstore', ?)"
                " ON CONFLICT (component) DO UPDATE SET version = excluded.version",
                (READ_SCHEMA_VERSION,),
            )
            for p in self.projections:
                row = tx.one("SELECT version FROM projection_position WHERE name = ?", (p.name,))
                if row is None or row[0] != p.version:
                    p.drop(tx)
                    tx.execute("DELETE FROM projection_position WHERE name = ?", (p.name,))
                    tx.execute(
                        "INSERT INTO projection_position (name, version, position)"
                        " VALUES (?, ?, 0)",
                        (p.name, p.version),
                    )
                p.create(tx)

    def positions(self) -> dict[str, int]:
        """How far each projection has read into the log."""
        rows = self.db.query("SELECT name, position FROM projection_position")
        known = {p.name for p in self.projections}
        return {name: int(pos) for name, pos in rows if name in known}

    def _locked_positions(self, tx: Tx) -> dict[str, int]:
        # Always in the same order: two writers locking the rows in different orders deadlock.
        lock = " FOR UPDATE" if tx.dialect == "postgresql" else ""
        rows = tx.execute(f"SELECT name, position FROM projection_position ORDER BY name{lock}")
        known = {p.name for p in self.projections}
        return {name: int(pos) for name, pos in rows if name in known}

    def catch_up(self, progress: Progress | None = None,
                 recent: Sequence[Recorded] = ()) -> int:
        """Apply every event not yet applied; returns how many events were read.

        Each page is one transaction that also moves the positions, so a crash
        loses at most the page in flight, which is then applied again in full.
        ``recent`` are events this process has just stored (with positions): when
        they are exactly the next ones to apply they are applied as they are,
        without reading and decoding them back from the log.
        """
        if recent and self._apply_recent(recent):
            return len(recent)
        head = self.log.last_position()
        start = min(self.positions().values(), default=head)
        if start >= head:
            return 0
        done = 0
        while True:
            with self.db.transaction(pipelined=True) as tx:
                positions = self._locked_positions(tx)
                low = min(positions.values(), default=head)
                batch = self.log.recorder.select_notifications(start=low + 1, limit=self.page)
                if not batch:
                    break
                mapper = self.log.fact_mapper
                self._apply(tx, positions, [mapper.to_recorded(n, n.id) for n in batch])
                last = batch[-1].id
            done += len(batch)
            if progress is not None:
                progress(last - start, head - start)
            if len(batch) < self.page:
                break
        return done

    def _apply_recent(self, recent: Sequence[Recorded]) -> bool:
        """Apply just-stored events if every projection stands right before them."""
        first = recent[0].position
        if first is None or any(r.position != first + i for i, r in enumerate(recent)):
            return False
        with self.db.transaction(pipelined=True) as tx:
            positions = self._locked_positions(tx)
            if any(pos != first - 1 for pos in positions.values()):
                return False  # behind (another writer) or ahead: read the log instead
            self._apply(tx, positions, recent)
        return True

    def _apply(self, tx: Tx, positions: dict[str, int], events: Sequence[Recorded]) -> None:
        """Apply decoded events to the projections not yet past them; move the positions."""
        try:
            for recorded in events:
                position = recorded.position
                assert position is not None
                for p in self._for(type(recorded.event)):
                    if position > positions[p.name]:
                        p.apply(tx, recorded)
            for p in self.projections:
                p.flush(tx)
            last = events[-1].position
            tx.executemany(
                "UPDATE projection_position SET position = ? WHERE name = ?",
                [(last, p.name) for p in self.projections if positions[p.name] < (last or 0)],
            )
            tx.end_pipeline()  # a pipelined write that failed raises here, not after
        except BaseException:
            for p in self.projections:
                p.discard()
            raise

    def rebuild(self, names: Sequence[str] | None = None, progress: Progress | None = None) -> int:
        """Drop the named projections (all by default) and replay them from the log."""
        chosen = [p for p in self.projections if names is None or p.name in names]
        unknown = set(names or ()) - {p.name for p in chosen}
        if unknown:
            raise ValueError(f"ukendt projektion: {', '.join(sorted(unknown))}")
        with self.db.transaction() as tx:
            for p in chosen:
                p.drop(tx)
                p.create(tx)
                tx.execute("UPDATE projection_position SET position = 0 WHERE name = ?", (p.name,))
        return self.catch_up(progress)
