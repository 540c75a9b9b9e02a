"""Login sessions and the CSRF secret in the store's database, shared by every worker.

``socialaftale serve --workers N`` runs N processes; a browser's next request may reach any
of them, so what a login leaves behind cannot live in one process's memory. Sessions are
kept in the table ``web_sessions`` and the secret that signs CSRF tokens in ``web_secret``,
beside ``web_users`` in the same SQLite file or PostgreSQL schema: a login made through one
worker is honoured by all, and logging out (or a session's expiry) ends it in all. Like
users and tokens they are operating data, not events in the record.
"""

from __future__ import annotations

import secrets
import time
from datetime import timedelta
from typing import Any

import anyio.to_thread
from litestar.stores.base import Store

from socialaftale import Socialaftale

__all__ = ["DatabaseSessionStore", "shared_secret"]


def _seconds(expires_in: int | timedelta | None) -> int | None:
    if expires_in is None:
        return None
    return int(expires_in.total_seconds()) if isinstance(expires_in, timedelta) else expires_in


def shared_secret(store: Socialaftale, name: str = "csrf") -> str:
    """The store's secret ``name``, made at the first call and read by every later one (in
    any process): the CSRF token a worker signed must verify in every other worker."""
    db: Any = store.db
    with db.transaction() as tx:
        tx.execute("CREATE TABLE IF NOT EXISTS web_secret ("
                   " name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        tx.execute("INSERT INTO web_secret (name, value) VALUES (?, ?)"
                   " ON CONFLICT (name) DO NOTHING", (name, secrets.token_urlsafe(32)))
        row = tx.one("SELECT value FROM web_secret WHERE name = ?", (name,))
    assert row is not None
    return str(row[0])


class DatabaseSessionStore(Store):
    """Litestar's session :class:`Store` on the table ``web_sessions`` (key, value, expiry
    in Unix seconds; NULL: none). Expired rows are never answered and are removed when
    met and at each new session; the database calls run off the event loop."""

    def __init__(self, store: Socialaftale) -> None:
        self.db: Any = store.db
        with self.db.transaction() as tx:
            tx.execute("CREATE TABLE IF NOT EXISTS web_sessions ("
                       " key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at BIGINT)")

    # -- the blocking work, in a worker thread ---------------------------------------

    def _set(self, key: str, value: str, expires: int | None) -> None:
        now = int(time.time())
        with self.db.transaction() as tx:
            tx.execute("DELETE FROM web_sessions WHERE expires_at <= ?", (now,))
            tx.execute("INSERT INTO web_sessions (key, value, expires_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
                       " expires_at = excluded.expires_at",
                       (key, value, None if expires is None else now + expires))

    def _get(self, key: str, renew: int | None) -> bytes | None:
        now = int(time.time())
        rows = self.db.query("SELECT value, expires_at FROM web_sessions WHERE key = ?", (key,))
        if not rows:
            return None
        value, expires_at = rows[0]
        if expires_at is not None and int(expires_at) <= now:
            self._delete(key)
            return None
        if renew is not None and expires_at is not None:
            with self.db.transaction() as tx:
                tx.execute("UPDATE web_sessions SET expires_at = ? WHERE key = ?",
                           (now + renew, key))
        return str(value).encode()

    def _delete(self, key: str) -> None:
        with self.db.transaction() as tx:
            tx.execute("DELETE FROM web_sessions WHERE key = ?", (key,))

    def _delete_all(self) -> None:
        with self.db.transaction() as tx:
            tx.execute("DELETE FROM web_sessions")

    def _expires_in(self, key: str) -> int | None:
        rows = self.db.query("SELECT expires_at FROM web_sessions WHERE key = ?", (key,))
        if not rows or rows[0][0] is None:
            return None
        left = int(rows[0][0]) - int(time.time())
        return left if left > 0 else None

    # -- Litestar's Store ------------------------------------------------------------

    async def set(self, key: str, value: str | bytes,
                  expires_in: int | timedelta | None = None) -> None:
        text = value.decode() if isinstance(value, bytes) else value
        await anyio.to_thread.run_sync(self._set, key, text, _seconds(expires_in))

    async def get(self, key: str, renew_for: int | timedelta | None = None) -> bytes | None:
        return await anyio.to_thread.run_sync(self._get, key, _seconds(renew_for))

    async def delete(self, key: str) -> None:
        await anyio.to_thread.run_sync(self._delete, key)

    async def delete_all(self) -> None:
        await anyio.to_thread.run_sync(self._delete_all)

    async def exists(self, key: str) -> bool:
        return await self.get(key) is not None

    async def expires_in(self, key: str) -> int | None:
        return await anyio.to_thread.run_sync(self._expires_in, key)
