"""The session store in the store's database, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from socialaftale import Socialaftale
from socialaftale_web.sessions import DatabaseSessionStore, shared_secret


def _run(coro: Any) -> Any:
    # in a thread of its own: a browser test may leave this thread's event loop running
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result()


def test_a_session_is_kept_renewed_and_deleted_in_the_database(store: Socialaftale) -> None:
    one, other = DatabaseSessionStore(store), DatabaseSessionStore(store)
    _run(one.set("s1", b'{"user":"anna"}', expires_in=600))
    assert _run(other.get("s1")) == b'{"user":"anna"}'  # another app on the same store
    assert 590 <= _run(other.expires_in("s1")) <= 600
    _run(one.set("s1", '{"user":"bo"}', expires_in=60))
    assert _run(other.get("s1", renew_for=900)) == b'{"user":"bo"}'
    assert _run(one.expires_in("s1")) > 800
    _run(other.delete("s1"))
    assert _run(one.get("s1")) is None and not _run(one.exists("s1"))


def test_an_expired_session_is_never_answered(store: Socialaftale) -> None:
    sessions = DatabaseSessionStore(store)
    _run(sessions.set("old", b"{}", expires_in=0))  # expired at once
    _run(sessions.set("forever", b"{}"))
    assert _run(sessions.get("old")) is None
    assert _run(sessions.get("forever")) == b"{}" and _run(sessions.expires_in("forever")) is None
    _run(sessions.delete_all())
    assert _run(sessions.get("forever")) is None


def test_the_csrf_secret_is_made_once_and_shared(store: Socialaftale) -> None:
    first = shared_secret(store)
    assert len(first) >= 40 and shared_secret(store) == first
    assert shared_secret(store, "andet") != first
