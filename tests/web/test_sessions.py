"""Sessions: only ids this server issued count, and every login gets a new one.

A session id a client (or someone who planted a cookie in its browser) chose must never
carry a login: otherwise whoever chose it opens the secretariat's pages after the
secretariat logs in with it (session fixation).
"""

from __future__ import annotations

import secrets
from typing import Any

from litestar.testing import TestClient

from socialaftale import Socialaftale
from socialaftale_web import create_app

from .conftest import csrf_of, log_in


def _plant(client: TestClient[Any], session_id: str) -> None:
    """Put a session cookie in the browser as the server's own would be (same host)."""
    client.cookies.set("session", session_id, domain="testserver.local")


def _session_of(client: TestClient[Any]) -> str | None:
    value = client.cookies.get("session")
    return None if value in (None, "null") else value


def _opens_upload_page(app: Any, session_id: str) -> bool:
    """Whether a browser holding only this session id is let into the secretariat's page."""
    with TestClient(app) as other:
        _plant(other, session_id)
        return other.get("/optegnelser").status_code == 200


def test_a_session_id_chosen_by_the_client_is_replaced_at_login(
    web_store: Socialaftale, tokens: dict[str, str]
) -> None:
    app = create_app(web_store)
    planted = secrets.token_hex(32)
    with TestClient(app) as victim:
        _plant(victim, planted)
        log_in(victim, tokens["sekretariat"])
        issued = _session_of(victim)
        assert issued is not None and issued != planted
        assert victim.get("/optegnelser").status_code == 200
    assert not _opens_upload_page(app, planted)


def test_an_id_the_server_never_issued_opens_nothing_and_is_not_taken_up(
    web_store: Socialaftale, tokens: dict[str, str]
) -> None:
    app = create_app(web_store)
    planted = "a" * 64
    with TestClient(app) as c:
        _plant(c, planted)
        page = c.get("/log-ind")
        assert page.status_code == 200
        assert "session=" + planted not in page.headers.get("set-cookie", "")
    assert not _opens_upload_page(app, planted)


def test_every_login_and_role_change_gets_a_fresh_id_and_the_old_one_stops_working(
    web_store: Socialaftale, tokens: dict[str, str]
) -> None:
    app = create_app(web_store)
    with TestClient(app) as c:
        log_in(c, tokens["sekretariat"])
        first = _session_of(c)
        log_in(c, tokens["sekretariat"])  # the same token again: still a new id
        second = _session_of(c)
        log_in(c, tokens["aalborg"])  # another role
        third = _session_of(c)
        assert None not in (first, second, third)
        assert len({first, second, third}) == 3
        assert "Logget ind: <strong>Aalborg Kommune</strong>" in c.get("/").text
    assert first is not None and second is not None and third is not None
    assert not _opens_upload_page(app, first)
    assert not _opens_upload_page(app, second)
    with TestClient(app) as other:
        _plant(other, third)
        assert "Aalborg Kommune" in other.get("/").text


def test_logging_out_forgets_the_session_on_the_server(
    web_store: Socialaftale, tokens: dict[str, str]
) -> None:
    app = create_app(web_store)
    with TestClient(app) as c:
        log_in(c, tokens["sekretariat"])
        issued = _session_of(c)
        assert issued is not None
        c.post("/log-ud", data={"_csrf_token": csrf_of(c, "/")})
    assert not _opens_upload_page(app, issued)
