"""The PostgreSQL log recorder: eventsourcing's, with an insert that cannot hang.

eventsourcing 9.5.6 inserts a transaction's events as one statement (all events in one
array parameter) in psycopg's pipeline mode and then calls ``Pipeline.sync()``. psycopg's
sync sends what the socket takes, queues the Sync message and then only waits to read: when
the statement is larger than the socket's buffers (about 8 MB, some 4,300 events on
loopback) the rest of it stays in libpq's output buffer, the server waits for it
(``ClientRead``) and the client waits for an answer that never comes. A ``load`` of a year's
minutes or an ``import`` of an export hung forever. Outside pipeline mode psycopg sends the
whole statement (reading while it writes) before it waits, so this recorder inserts without
the pipeline: the table lock and NOTIFY go in one round trip, the insert in another.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from eventsourcing.persistence import InterfaceError, OperationalError, StoredEvent
from eventsourcing.postgres import PostgresApplicationRecorder
from eventsourcing.utils import retry
from psycopg.sql import SQL, Identifier

__all__ = ["PostgresLogRecorder"]


class PostgresLogRecorder(PostgresApplicationRecorder):
    """Inserts like eventsourcing's recorder (EXCLUSIVE table lock, NOTIFY, one INSERT with
    RETURNING, one transaction), without pipeline mode, and with the events as four arrays
    of plain values in binary instead of one array of a composite type: psycopg dumps a
    composite in Python, a third of a millisecond per event (7.5 s for 23,000, longer than
    the pool's five-second idle-in-transaction timeout while the table is locked)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._insert_arrays = SQL(
            "INSERT INTO {schema}.{table} (originator_id, originator_version, topic, state)"
            " SELECT * FROM unnest(%b::{id_type}[], %b::integer[], %b::text[], %b::bytea[])"
            " RETURNING notification_id"
        ).format(
            schema=Identifier(self.datastore.schema),
            table=Identifier(self.events_table_name),
            id_type=SQL(self.datastore.originator_id_type),
        )
        self._lock_and_notify = SQL("; ").join([
            *self.lock_table_statements,
            SQL("NOTIFY {0}").format(Identifier(self.channel_name)),
        ])

    def create_table(self) -> None:
        """Create the log's table unless it exists: eventsourcing's CREATE INDEX IF NOT EXISTS
        waits for the table's lock even when the index is there, so every process opening the
        store queued behind a writer's insert (and writers behind it)."""
        with self.datastore.get_connection() as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_tables WHERE schemaname = %s AND tablename = %s",
                (self.datastore.schema, self.events_table_name)).fetchone()
        if exists:
            self.datastore.register_type_adapters()
        else:
            super().create_table()

    @retry((InterfaceError, OperationalError), max_attempts=10, wait=0.2)
    def insert_events(
        self, stored_events: Sequence[StoredEvent], **kwargs: Any
    ) -> Sequence[int] | None:
        columns = (
            [e.originator_id for e in stored_events],
            [e.originator_version for e in stored_events],
            [e.topic for e in stored_events],
            [e.state for e in stored_events],
        )
        with self.datastore.get_connection() as conn, conn.transaction(), \
                conn.cursor() as curs:
            self._insert_events(curs, stored_events, **kwargs)
            if not stored_events:
                return None
            curs.execute(self._lock_and_notify)  # no parameters: one round trip for all three
            locked = self._after_lock(curs)
            curs.execute(self._insert_arrays, columns)
            return self._fetch_ids_after_insert_events(curs, stored_events, locked=locked,
                                                       **kwargs)

    def _after_lock(self, curs: Any) -> Any:
        """What a subclass read with the lock (statements it added to ``_lock_and_notify``,
        whose results follow the lock's and NOTIFY's), for its _fetch_ids_after_insert_events
        as ``locked``."""
        return None
