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
import sys
import threading
import zlib
from abc import ABC, abstractmethod
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager, suppress
from typing import Any, ClassVar, Literal

from attrs import frozen

from .domain.common import Recorded
from .errors import LogDamaged
from .ledger import ledger_of
from .persistence import EventLog, StoreLocation

__all__ = [
    "Database", "DerivedProjection", "Projection", "ProjectionFailed", "ProjectionFailure",
    "Projector", "Tx", "environmental",
]

Dialect = Literal["sqlite", "postgresql"]
Progress = Callable[[int, int], None]

READ_SCHEMA_VERSION = 2  # 2: projection_deferred


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


_DDL_COMPONENT = "readstore-ddl"  # store_schema's row for the fingerprint of the DDL


class _RecordingTx(Tx):
    """Collects the statements a projection's ``create`` would run, running none."""

    def __init__(self, dialect: Dialect) -> None:
        super().__init__(None, dialect)
        self.statements: list[str] = []

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        self.statements.append(sql)
        return []

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        self.statements.append(sql)


_RESTORE = ("hent loggen fra en sikkerhedskopi ('socialaftale export' læser den, som den er, "
            "så den kan undersøges)")


class _RollBack(Exception):
    """Ends a trial transaction (rolled back)."""


def _is_integrity_error(err: BaseException) -> bool:
    """A uniqueness or other constraint of a read-model table refused a write."""
    if isinstance(err, sqlite3.IntegrityError):
        return True
    return any(c.__name__ == "IntegrityError" and c.__module__.startswith("psycopg")
               for c in type(err).__mro__)


_ALTERED = ("hændelsen er ændret, efter den blev registreret: den passer ikke længere til sit "
            "blad i loggens Merkle-træ")
_VERIFY = "'socialaftale verify' viser alle ændrede hændelser; genskab loggen fra en sikkerhedskopi"


def _check_order(events: Sequence[Recorded]) -> None:
    """Within a page read from the log, each stream's versions follow one another."""
    seen: dict[Any, tuple[int, int]] = {}
    for r in events:
        previous = seen.get(r.stream)
        if previous is not None and r.version != previous[0] + 1:
            version, position = previous
            assert r.position is not None
            if r.version <= version:
                where, problem = position, (
                    f"version {r.version} af samme forløb står efter den, på position "
                    f"{r.position}")
                stated = version
            else:
                where, problem = r.position, (
                    f"version {version + 1} af forløbet mangler mellem position {position} "
                    f"og {r.position}")
                stated = r.version
            raise LogDamaged(
                f"loggen er beskadiget ved position {where} (forløb {r.stream}, version "
                f"{stated}): {problem}. Den og de følgende hændelser er ikke indarbejdet i "
                f"læsemodellerne; {_RESTORE}", position=where)
        seen[r.stream] = (r.version, r.position or 0)


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
            self._conn = psycopg.connect(location.conninfo or "", autocommit=True,
                                         connect_timeout=10)
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
    def bulk(self) -> Iterator[None]:
        """Hold while rebuilding read models: on PostgreSQL this connection's commits do
        not wait for the server's WAL flush (``synchronous_commit = off``).

        Safe for read models alone: a commit lost to a server crash takes its positions
        with it (same transaction), so those events are simply replayed; the log is written
        on eventsourcing's own connections, untouched. SQLite keeps its settings: with
        ``synchronous=OFF`` a power cut could corrupt the file, and the log lives in it."""
        if self.dialect != "postgresql":
            yield
            return
        with self._lock:
            self._conn.execute("SET synchronous_commit = off")
        try:
            yield
        except BaseException:
            with suppress(Exception), self._lock:  # the rebuild's own error is the one to see
                self._conn.execute("RESET synchronous_commit")
            raise
        with self._lock:
            self._conn.execute("RESET synchronous_commit")

    def has_table(self, name: str) -> bool:
        """Whether the table exists (in the store's schema), without locking anything."""
        if self.dialect == "postgresql":
            return self.query("SELECT to_regclass(?) IS NOT NULL", (name,))[0][0] is True
        return bool(self.query(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)))

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
    deferrable: ClassVar[bool] = False
    """Derived wholly from the other read models (a :class:`DerivedProjection`): a rebuild
    skips it during the replay and builds it once at the end, in bulk, instead of page by
    page."""

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


class DerivedProjection(Projection):
    """A read model derived wholly from the other read models, so a rebuild can defer it
    and :meth:`build` it once at the end (``deferrable``; a benchmark may switch it off)."""

    deferrable: ClassVar[bool] = True

    @abstractmethod
    def build(self, tx: Tx) -> None:
        """Make the tables from the other read models alone."""


@frozen
class ProjectionFailure:
    """A read model that cannot apply the event at ``position`` of the log.

    It stays where it stood, before that event; the log, the other read models and every
    command go on. ``message`` is Danish and names the read model, the position and why.
    """

    projection: str
    position: int
    event: str
    reason: str

    @property
    def message(self) -> str:
        return (f"læsemodellen '{self.projection}' kan ikke indarbejde hændelsen på position "
                f"{self.position} i loggen ({self.event}): {self.reason}. Den er standset før "
                "hændelsen og svarer som før den; loggen og de øvrige læsemodeller er i orden "
                "(eksport virker). Ret årsagen og kør 'socialaftale rebuild'.")


class ProjectionFailed(Exception):
    """Some read models could not be brought up to date; the others were (see ``failures``)."""

    def __init__(self, failures: Sequence[ProjectionFailure]) -> None:
        super().__init__("; ".join(f.message for f in failures))
        self.failures = tuple(failures)


def environmental(error: BaseException) -> bool:
    """A failure of the database or the connection, not of an event: raised as it is.

    A locked file, a lost connection or a deadlock says nothing about the event being
    applied; the page is simply tried again by the next catch-up.
    """
    if isinstance(error, sqlite3.OperationalError | sqlite3.InterfaceError):
        return True
    psycopg = sys.modules.get("psycopg")
    if psycopg is None or not isinstance(error, psycopg.OperationalError | psycopg.InterfaceError):
        return False
    # Class 54 (a value past a limit: an index row too large) is the event's, not the server's.
    return not str(getattr(error, "sqlstate", None) or "").startswith("54")


def _reason(error: BaseException) -> str:
    """Why an event could not be applied, for a reader: the error's own first line (a
    database's words), never a Python class name; an internal check without words is
    named as such."""
    text = str(error).strip().splitlines()
    if text and not isinstance(error, AssertionError | KeyError | TypeError | AttributeError):
        return text[0]
    return "hændelsen passer ikke til det, læsemodellen har fra de tidligere hændelser"


class Projector:
    """Keeps a set of projections in step with the log, with exact tracking.

    One event that a read model cannot apply (a value its tables cannot hold, a bug) stops
    that read model only, before the event; it is recorded in ``projection_failure`` and
    reported by :meth:`failures`, and :meth:`catch_up` raises :class:`ProjectionFailed`
    after bringing every other read model up to date.
    """

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
        self._deferred: set[str] = set()  # as last read, in this process
        self._ensure()
        self._deferred = {r[0] for r in self.db.query("SELECT name FROM projection_deferred")}

    def _for(self, event_type: type) -> list[Projection]:
        """The projections that use events of this class, in their order."""
        chosen = self._by_type.get(event_type)
        if chosen is None:
            chosen = self._by_type[event_type] = [
                p for p in self.projections if p.events is None or issubclass(event_type, p.events)]
        return chosen

    def _ensure(self) -> None:
        """Create or upgrade the read models' tables, unless they are current already.

        On PostgreSQL even DDL with nothing to do (CREATE INDEX IF NOT EXISTS, ALTER TABLE …
        ADD COLUMN IF NOT EXISTS) locks its table, and one transaction of it took those locks
        in another order than a running writer's page: processes opening a store while
        others wrote died of DeadlockDetected. So the DDL's fingerprint is kept in
        ``store_schema``, an open whose fingerprint and projection versions match runs only
        two reads, and a store that needs DDL (first open, upgrade) retries a deadlock
        (the transaction was rolled back whole).
        """
        fingerprint = self._fingerprint()
        if self._current(fingerprint):
            return
        for attempt in range(1, 6):
            try:
                self._create(fingerprint)
                return
            except Exception as err:
                if getattr(err, "sqlstate", None) != "40P01" or attempt == 5:
                    raise

    def _fingerprint(self) -> int:
        """A checksum of every statement the projections' ``create`` runs, and their versions."""
        recording = _RecordingTx(self.db.dialect)
        parts = [f"readstore {READ_SCHEMA_VERSION} projection_failure"]
        for p in self.projections:
            recording.statements.clear()
            p.create(recording)
            parts += [f"{p.name} {p.version}", *recording.statements]
        return zlib.crc32("\n".join(parts).encode()) & 0x7FFFFFFF  # fits an INTEGER

    def _current(self, fingerprint: int) -> bool:
        if not (self.db.has_table("store_schema") and self.db.has_table("projection_position")):
            return False
        schema = dict(self.db.query("SELECT component, version FROM store_schema"))
        versions = dict(self.db.query("SELECT name, version FROM projection_position"))
        return (schema.get("readstore") == READ_SCHEMA_VERSION
                and schema.get(_DDL_COMPONENT) == fingerprint
                and all(versions.get(p.name) == p.version for p in self.projections))

    def _create(self, fingerprint: int) -> None:
        with self.db.transaction() as tx:
            tx.execute(
                "CREATE TABLE IF NOT EXISTS projection_position ("
                " name TEXT PRIMARY KEY, version INTEGER NOT NULL,"
                " position BIGINT NOT NULL)"
            )
            tx.execute(
                "CREATE TABLE IF NOT EXISTS projection_failure ("
                " name TEXT PRIMARY KEY, position BIGINT NOT NULL, event TEXT NOT NULL,"
                " reason TEXT NOT NULL)"
            )
            tx.execute(
                "CREATE TABLE IF NOT EXISTS projection_deferred (name TEXT PRIMARY KEY)")
            tx.execute(
                "CREATE TABLE IF NOT EXISTS store_schema ("
                " component TEXT PRIMARY KEY, version INTEGER NOT NULL)"
            )
            tx.executemany(
                "INSERT INTO store_schema (component, version) VALUES (?, ?)"
                " ON CONFLICT (component) DO UPDATE SET version = excluded.version",
                [("readstore", READ_SCHEMA_VERSION), (_DDL_COMPONENT, fingerprint)],
            )
            for p in self.projections:
                row = tx.one("SELECT version FROM projection_position WHERE name = ?", (p.name,))
                if row is None or row[0] != p.version:
                    p.drop(tx)
                    tx.execute("DELETE FROM projection_position WHERE name = ?", (p.name,))
                    tx.execute("DELETE FROM projection_failure WHERE name = ?", (p.name,))
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

    def _locked_positions(self, tx: Tx, only: Collection[str] | None = None
                          ) -> dict[str, int]:
        """The positions, locked; also reads which projections a rebuild defers (kept in
        ``_deferred``: :meth:`_apply` skips them), in the same statement.

        ``only``: lock just those rows, so processes replaying other read models of a
        parallel rebuild do not wait for this one's page (PostgreSQL)."""
        # Always in the same order: two writers locking the rows in different orders deadlock.
        lock = " FOR UPDATE OF p" if tx.dialect == "postgresql" else ""
        where, params = "", tuple[str, ...]()
        if only is not None:
            params = tuple(sorted(only))
            where = f" WHERE p.name IN ({', '.join('?' for _ in params)})"
        rows = tx.execute("SELECT p.name, p.position, d.name FROM projection_position p LEFT"
                          f" JOIN projection_deferred d ON d.name = p.name{where}"
                          f" ORDER BY p.name{lock}", params)
        known = {p.name for p in self.projections}
        if only is not None:
            known &= set(only)
            return {name: int(pos) for name, pos, _ in rows if name in known}
        self._deferred = {name for name, _, d in rows if d is not None and name in known}
        return {name: int(pos) for name, pos, _ in rows if name in known}

    def _build_deferred(self) -> None:
        """Build the read models a rebuild deferred, once the others have caught up: each
        from their tables, in one transaction that also ends its deferral."""
        if not self._deferred:
            return
        with self.db.transaction() as tx:
            self._locked_positions(tx)
            for p in self.projections:
                if p.name in self._deferred and isinstance(p, DerivedProjection):
                    p.build(tx)
                    tx.execute("DELETE FROM projection_deferred WHERE name = ?", (p.name,))
            self._deferred = set()

    def failures(self) -> list[ProjectionFailure]:
        """The read models standing before an event they could not apply, by name.

        A failure recorded by any process counts until its read model gets past it."""
        rows = self.db.query(
            "SELECT f.name, f.position, f.event, f.reason FROM projection_failure f"
            " JOIN projection_position p ON p.name = f.name WHERE f.position > p.position"
            " ORDER BY f.name")
        known = {p.name for p in self.projections}
        return [ProjectionFailure(n, int(pos), e, r) for n, pos, e, r in rows if n in known]

    def catch_up(self, progress: Progress | None = None,
                 recent: Sequence[Recorded] = (), *, only: Collection[str] | None = None) -> int:
        """Apply every event not yet applied; returns how many events were read.

        Each page is one transaction that also moves the positions, so a crash
        loses at most the page in flight, which is then applied again in full.
        ``recent`` are events this process has just stored (with positions): when
        they are exactly the next ones to apply they are applied as they are,
        without reading and decoding them back from the log.

        A page that fails is applied again read model by read model: those that can, do;
        one that cannot is brought up to the event it cannot apply and stops there, its
        failure is recorded with the event's position, and :class:`ProjectionFailed` is
        raised once the others are up to date.

        ``only``: bring just those read models up (one process's share of a parallel
        rebuild); a deferred build waits for a catch-up of all. On SQLite such a page is
        read and decoded before taking the file's write lock, so the processes' decoding
        overlaps.
        """
        if only is None and recent and self._apply_recent(recent):
            self._build_deferred()
            return len(recent)
        head = self.log.last_position()
        start = min(self._positions_of(only).values(), default=head)
        if start >= head:
            if only is None:
                self._build_deferred()  # a rebuild stopped after its replay, before the build
            return 0
        done = 0
        failed: dict[str, ProjectionFailure] = {}
        while True:
            batch: list[Recorded] = []
            positions: dict[str, int] = {}
            ahead = self._read_ahead(only, failed, head)
            try:
                with self.db.transaction(pipelined=True) as tx:
                    positions = {n: pos for n, pos in self._locked_positions(tx, only).items()
                                 if n not in failed}
                    if ahead is not None and ahead[0] == positions:
                        _, notifications, batch, ahead_failed = ahead
                        failed.update(ahead_failed)
                        positions = {n: pos for n, pos in positions.items()
                                     if n not in ahead_failed}
                    else:
                        low = min(positions.values(), default=head)
                        notifications = self.log.recorder.select_notifications(
                            start=low + 1, limit=self.page)
                        if notifications:
                            batch = self._decoded(notifications, failed, positions)
                    if not notifications:
                        break
                    last, size = notifications[-1].id, len(notifications)
                    _check_order(batch)
                    if batch:
                        self._apply(tx, positions, batch)
            except LogDamaged:
                raise
            except Exception as error:
                if environmental(error) or not batch:
                    raise
                # A damaged log is the log's fault, not one read model's: say so and stop.
                self._raise_if_damaged(error, positions, batch)
                self._isolate(batch, failed)
            done += size
            if progress is not None:
                progress(last - start, head - start)
            if size < self.page:
                break
        if only is None:
            self._build_deferred()
        self._report(failed)
        return done

    def _positions_of(self, only: Collection[str] | None) -> dict[str, int]:
        positions = self.positions()
        if only is None:
            return positions
        return {n: pos for n, pos in positions.items() if n in only}

    def _read_ahead(self, only: Collection[str] | None, failed: dict[str, ProjectionFailure],
                    head: int) -> tuple[dict[str, int], Sequence[Any], list[Recorded],
                                        dict[str, ProjectionFailure]] | None:
        """For a share of a parallel rebuild on SQLite: the next page read and decoded
        outside the write lock, with the positions it was read from (used only if the
        locked positions are still those)."""
        if only is None or self.db.dialect != "sqlite":
            return None
        seen = {n: pos for n, pos in self._positions_of(only).items() if n not in failed}
        positions = dict(seen)
        notifications = self.log.recorder.select_notifications(
            start=min(positions.values(), default=head) + 1, limit=self.page)
        ahead_failed: dict[str, ProjectionFailure] = {}
        batch = self._decoded(notifications, ahead_failed, positions) if notifications else []
        return seen, notifications, batch, ahead_failed

    def _decoded(self, notifications: Sequence[Any], failed: dict[str, ProjectionFailure],
                 positions: dict[str, int]) -> list[Recorded]:
        """The page's events, up to one that cannot be read back (a damaged or foreign
        event): every read model not past it stops there."""
        mapper = self.log.fact_mapper
        batch: list[Recorded] = []
        for n in notifications:
            try:
                batch.append(mapper.to_recorded(n, n.id))
            except Exception as error:
                for name, pos in list(positions.items()):
                    if pos < n.id:
                        failed[name] = ProjectionFailure(name, n.id, n.topic,
                                                         "kan ikke læses: " + _reason(error))
                        del positions[name]
                break
        return batch

    def _isolate(self, batch: Sequence[Recorded], failed: dict[str, ProjectionFailure]) -> None:
        """Apply a failed page again, each read model in a transaction of its own."""
        for p in self.projections:
            if p.name in failed:
                continue
            try:
                with self.db.transaction(pipelined=True) as tx:
                    positions = {p.name: self._locked_positions(tx)[p.name]}
                    self._apply(tx, positions, batch)
            except Exception as error:
                if environmental(error):
                    raise
                failure = self._up_to_failure(p, batch)
                if failure is not None:
                    failed[p.name] = failure

    def _up_to_failure(self, p: Projection, batch: Sequence[Recorded]
                       ) -> ProjectionFailure | None:
        """Apply the page to ``p`` one event at a time, each finished at once, up to the
        event it cannot apply: the read model then stands right before that event."""
        failure = None
        try:
            with self.db.transaction() as tx:
                position = self._locked_positions(tx)[p.name]
                applied = position
                for recorded in batch:
                    assert recorded.position is not None
                    if recorded.position <= position:
                        continue
                    if p in self._for(type(recorded.event)):
                        tx.execute("SAVEPOINT socialaftale_event")
                        try:
                            p.apply(tx, recorded)
                            p.flush(tx)
                        except Exception as error:
                            if environmental(error):
                                raise
                            tx.execute("ROLLBACK TO SAVEPOINT socialaftale_event")
                            failure = ProjectionFailure(p.name, recorded.position,
                                                        type(recorded.event).__name__,
                                                        _reason(error))
                            break
                        tx.execute("RELEASE SAVEPOINT socialaftale_event")
                    applied = recorded.position
                if applied > position:
                    tx.execute("UPDATE projection_position SET position = ? WHERE name = ?",
                               (applied, p.name))
        finally:
            p.discard()
        return failure

    def _report(self, failed: dict[str, ProjectionFailure]) -> None:
        """Record this run's failures for every process to see, then raise them."""
        if not failed:
            return
        with self.db.transaction() as tx:
            for f in failed.values():
                tx.execute(
                    "INSERT INTO projection_failure (name, position, event, reason)"
                    " VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET"
                    " position = excluded.position, event = excluded.event,"
                    " reason = excluded.reason",
                    (f.projection, f.position, f.event, f.reason))
        raise ProjectionFailed(list(failed.values()))

    def _apply_recent(self, recent: Sequence[Recorded]) -> bool:
        """Apply just-stored events if every projection stands right before them.

        If that fails, the events are read back from the log like any others (and the
        failure isolated there)."""
        first = recent[0].position
        if first is None or any(r.position != first + i for i, r in enumerate(recent)):
            return False
        try:
            with self.db.transaction(pipelined=True) as tx:
                positions = self._locked_positions(tx)
                if any(pos != first - 1 for pos in positions.values()):
                    return False  # behind (another writer) or ahead: read the log instead
                self._apply(tx, positions, recent)
        except Exception as error:
            if environmental(error):
                raise
            return False
        return True

    # -- a damaged log ------------------------------------------------------------------

    def _raise_if_damaged(self, err: Exception, positions: dict[str, int],
                          events: Sequence[Recorded]) -> None:
        """After a page read from the log (at most ``page`` events) failed and was rolled
        back: if the log is damaged (rows changed or moved outside socialaftale), raise
        :class:`LogDamaged` naming the first position.

        Finds the first event the page fails at by applying ever shorter prefixes of it
        (each rolled back), then asks the log whether that event stands in its stream's
        order; a read model refusing it as a duplicate while positions the read models have
        passed are missing from the log means rows were moved or deleted. Any other failure
        (a projection's own) is left as it is.
        """
        if isinstance(err, LogDamaged) or not events or not positions:
            return
        failing = self._first_failing(positions, events)
        if failing is None:
            return
        problem, remedy = self._order_problem(failing.stream, failing.version,
                                              failing.position), _RESTORE
        if problem is None and _is_integrity_error(err):
            applied = min(positions.values())
            missing = self._missing_up_to(applied)
            if missing:
                problem = (f"læsemodellerne afviser den som en, de allerede har, og loggen "
                           f"mangler {missing} af positionerne 1-{applied}, som de har "
                           "indarbejdet: loggens rækker er flyttet eller slettet uden om "
                           "socialaftale")
                remedy = "'socialaftale rebuild' genopbygger læsemodellerne fra loggen"
        if problem is None and failing.position is not None and self._altered(failing.position):
            problem, remedy = _ALTERED, _VERIFY
        if problem is None:
            return
        assert failing.position is not None
        raise LogDamaged(
            f"loggen er beskadiget ved position {failing.position} (forløb {failing.stream}, "
            f"version {failing.version}): {problem}. Den og de følgende hændelser er ikke "
            f"indarbejdet i læsemodellerne; {remedy}", position=failing.position) from err

    def _first_failing(self, positions: dict[str, int],
                       events: Sequence[Recorded]) -> Recorded | None:
        """The first event whose application fails, trying prefixes of the page."""

        def fails(count: int) -> bool:
            try:
                with self.db.transaction(pipelined=True) as tx:
                    self._apply(tx, positions, events[:count])
                    raise _RollBack
            except _RollBack:
                return False
            except Exception:
                return True

        low, high = 1, len(events)
        if not fails(high):
            return None
        while low < high:  # the shortest failing prefix
            middle = (low + high) // 2
            if fails(middle):
                high = middle
            else:
                low = middle + 1
        return events[low - 1]

    def _altered(self, position: int) -> bool:
        """Whether the stored event at ``position`` no longer hashes to its leaf in the log's
        Merkle tree: changed after it was recorded (socialaftale.ledger)."""
        try:
            ledger = ledger_of(self.log.recorder)
        except TypeError:
            return False
        leaf = ledger.leaf_for_position(position)
        rows = ledger.raw_events(position - 1, 1)
        if leaf is None or not rows or rows[0].position != position:
            return False  # a missing or moved row: the order checks name it
        return rows[0].leaf_hash() != leaf.hash

    def _log_table(self) -> tuple[str, str] | None:
        """The log's table and its position column, read through the read models'
        connection (same file or schema); None for the in-memory log."""
        table = getattr(self.log.recorder, "events_table_name", None)
        if table is None:
            return None
        return table, "rowid" if self.db.dialect == "sqlite" else "notification_id"

    def _missing_up_to(self, position: int) -> int:
        """How many events at positions 1..position the log held and holds no longer.

        Read from the Merkle leaves (socialaftale.ledger), written in each insert's own
        transaction: a position with a leaf was committed. Gaps without a leaf are
        PostgreSQL's sequence values used by inserts that rolled back (a lost race, a
        refused write), never damage."""
        found = self._log_table()
        if found is None or position <= 0:
            return 0
        return ledger_of(self.log.recorder).missing_up_to(position)

    def _order_problem(self, stream_id: Any, version: int, position: int | None) -> str | None:
        """What is wrong with an event's place in its stream, read from the log's table."""
        found = self._log_table()
        if found is None or position is None:
            return None  # the in-memory log: nothing outside changes it
        table, column = found
        stream: Any = stream_id.hex if self.db.dialect == "sqlite" else stream_id
        later = self.db.query(
            f"SELECT originator_version, {column} FROM {table} WHERE originator_id = ?"
            f" AND originator_version > ? AND {column} < ? ORDER BY {column} LIMIT 1",
            (stream, version, position))
        if later:
            return (f"version {later[0][0]} af samme forløb står før den, på position "
                    f"{later[0][1]}")
        if version > 1:
            before = self.db.query(
                f"SELECT {column} FROM {table} WHERE originator_id = ? AND"
                " originator_version = ?", (stream, version - 1))
            if not before:
                return f"version {version - 1} af forløbet mangler i loggen"
            if before[0][0] > position:
                return (f"version {version - 1} af forløbet står efter den, på "
                        f"position {before[0][0]}")
        return None

    def stream_damaged(self, stream: Any, version: int, error: BaseException) -> LogDamaged:
        """The error for a stream the domain cannot fold back from the log at ``version``.

        A stream that was valid when recorded folds again; one that does not was changed
        outside socialaftale (or is read by a rule that changed): named by its position in
        the log and, where the log's table shows it, what is wrong with its order."""
        position, problem = 0, None
        found = self._log_table()
        if found is not None:
            table, column = found
            key: Any = stream.hex if self.db.dialect == "sqlite" else stream
            row = self.db.query(f"SELECT {column} FROM {table} WHERE originator_id = ? AND"
                                " originator_version = ?", (key, version))
            if row:
                position = int(row[0][0])
                problem = self._order_problem(stream, version, position)
        if problem is None and position and self._altered(position):
            problem = _ALTERED
        where = f"ved position {position}" if position else "i"
        what = problem or "hændelsen passer ikke til forløbets tidligere hændelser"
        return LogDamaged(
            f"loggen er beskadiget {where} (forløb {stream}, version {version}): {what}; "
            "forløbet kan ikke genskabes, og intet er registreret. "
            "Kør 'socialaftale verify' og genskab loggen fra en sikkerhedskopi",
            position=position)

    def _apply(self, tx: Tx, positions: dict[str, int], events: Sequence[Recorded]) -> None:
        """Apply decoded events to the named projections not yet past them; move their
        positions. Those a rebuild deferred only move their positions (built at the end)."""
        deferred = self._deferred
        try:
            for recorded in events:
                position = recorded.position
                assert position is not None
                for p in self._for(type(recorded.event)):
                    if position > positions.get(p.name, position) and p.name not in deferred:
                        p.apply(tx, recorded)
            for p in self.projections:
                if p.name in positions and p.name not in deferred:
                    p.flush(tx)
            last = events[-1].position
            tx.executemany(
                "UPDATE projection_position SET position = ? WHERE name = ?",
                [(last, p.name) for p in self.projections
                 if positions.get(p.name, last or 0) < (last or 0)],
            )
            tx.end_pipeline()  # a pipelined write that failed raises here, not after
        except BaseException:
            for p in self.projections:
                p.discard()
            raise

    def rebuild(self, names: Sequence[str] | None = None, progress: Progress | None = None) -> int:
        """Drop the named projections (all by default) and replay them from the log.

        A ``deferrable`` projection is not replayed: it is recorded in
        ``projection_deferred`` and built once from the others when they have caught up (a
        rebuild stopped on the way finishes it at the next catch-up)."""
        self.reset(names)
        return self.catch_up(progress)

    def reset(self, names: Sequence[str] | None = None) -> list[Projection]:
        """Drop the named projections (all by default) and make them empty at position 0,
        the deferrable ones marked deferred; returns them. :meth:`rebuild` without the
        replay (a parallel rebuild replays them in several processes)."""
        chosen = [p for p in self.projections if names is None or p.name in names]
        unknown = set(names or ()) - {p.name for p in chosen}
        if unknown:
            raise ValueError(f"ukendt projektion: {', '.join(sorted(unknown))}")
        with self.db.transaction() as tx:
            for p in chosen:
                p.drop(tx)
                p.create(tx)
                tx.execute("UPDATE projection_position SET position = 0 WHERE name = ?", (p.name,))
                tx.execute("DELETE FROM projection_failure WHERE name = ?", (p.name,))
                if p.deferrable:
                    tx.execute("INSERT INTO projection_deferred (name) VALUES (?)"
                               " ON CONFLICT (name) DO NOTHING", (p.name,))
                    self._deferred.add(p.name)
        return chosen
