"""Who may do what on the web: roles, principals and hashed access tokens.

Three kinds of caller:

* anyone (no token): reads what is published;
* a municipality (``kommune``): reads, and submits ind-/udmelding requests and
  rates for offers it runs, and nothing else;
* the secretariat (``sekretariat``): reads everything, drafts included, and
  writes (uploads meeting records).

Tokens are made and revoked with ``socialaftale token create/revoke/list``.
Only a SHA-256 digest of a token is kept, in the table ``web_tokens`` in the
store's own database (the same SQLite file or PostgreSQL schema as the log), so
tokens travel with the store and a revoked token stops working at once in
every running server. A token is 32 random bytes, so a plain digest (no slow
password hash) is enough: it cannot be guessed or brute-forced from the digest.
Access tokens are operating data, not governance facts, so they are not events
in the record.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Literal

from attrs import frozen
from litestar.connection import ASGIConnection
from litestar.datastructures import Cookie, MutableScopeHeaders
from litestar.middleware.session.server_side import (
    ServerSideSessionBackend,
    ServerSideSessionConfig,
)
from litestar.types import Message, ScopeSession
from litestar.utils.dataclass import extract_dataclass_items

from socialaftale import KOMMUNE_IDS, KOMMUNER, Socialaftale, kommune

__all__ = [
    "ANONYMOUS",
    "Principal",
    "RenewingSessionConfig",
    "Role",
    "TokenInfo",
    "TokenStore",
    "renew_session",
]

Role = Literal["offentlig", "kommune", "sekretariat"]
ROLES: tuple[Role, ...] = ("kommune", "sekretariat")


@frozen
class Principal:
    """The caller of one request."""

    role: Role
    kommune: str | None = None
    token_id: str | None = None
    label: str | None = None
    user: str | None = None
    """The user name of a person logged in with a password (None: a token or anonymous)."""
    admin: bool = False
    """A secretariat user who may manage users (only ever with ``user``)."""
    credential: str | None = None
    """A fingerprint of the user's password hash, kept in the session: a new password
    (``socialaftale user password``) changes it, and so ends every session made before."""

    @property
    def is_secretariat(self) -> bool:
        return self.role == "sekretariat"

    @property
    def min_kommune(self) -> str | None:
        """The path of the caller's own "Min kommune" page (None: not one of the
        agreement's parties)."""
        if self.role != "kommune":
            return None
        found = next((k for k, n in KOMMUNE_IDS.items() if n == self.kommune), None)
        return f"/kommuner/{found}" if found else None

    def may_act_for(self, driftsherre: str) -> bool:
        """Whether the caller may submit requests and rates for an offer run by ``driftsherre``."""
        if self.role == "sekretariat":
            return True
        return self.role == "kommune" and self.kommune == driftsherre

    @property
    def session_key(self) -> dict[str, str]:
        """What a browser session keeps to find this caller again."""
        if self.user:
            return {"user": self.user, "credential": self.credential or ""}
        return {"token_id": self.token_id or ""}

    def describe(self) -> str:
        """Who the caller is, as shown on pages and written in an event's ``recorded_by``:
        a person logged in is named by their user name."""
        if self.role == "sekretariat":
            base = "Sekretariatet"
        elif self.role == "kommune":
            base = f"{self.kommune} Kommune"
        else:
            return "Offentlig adgang"
        return f"{base} ({self.user})" if self.user else base


ANONYMOUS = Principal(role="offentlig")


@frozen
class TokenInfo:
    """A token as listed: never the token itself."""

    id: str
    role: Role
    kommune: str | None
    label: str
    created_at: str
    revoked_at: str | None


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class TokenStore:
    """Hashed tokens in the store's database (table ``web_tokens``)."""

    def __init__(self, store: Socialaftale) -> None:
        self.db: Any = store.db
        with self.db.transaction() as tx:
            tx.execute(
                "CREATE TABLE IF NOT EXISTS web_tokens ("
                " id TEXT PRIMARY KEY, digest TEXT NOT NULL UNIQUE, role TEXT NOT NULL,"
                " kommune TEXT, label TEXT NOT NULL, created_at TEXT NOT NULL,"
                " revoked_at TEXT)"
            )

    def create(self, role: str, *, kommune_name: str | None = None, label: str = "") -> str:
        """Make a token and return it; it is shown this once and only its digest is kept."""
        if role not in ROLES:
            raise ValueError(f"ukendt rolle '{role}': vælg 'sekretariat' eller 'kommune'")
        if role == "kommune":
            if not kommune_name:
                raise ValueError("en kommune-nøgle skal have en kommune (--kommune)")
            kommune_name = kommune(kommune_name)
        elif kommune_name:
            raise ValueError("kun en kommune-nøgle har en kommune")
        token_id = secrets.token_hex(4)
        token = f"sa_{token_id}_{secrets.token_urlsafe(32)}"
        with self.db.transaction() as tx:
            tx.execute(
                "INSERT INTO web_tokens (id, digest, role, kommune, label, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (token_id, _digest(token), role, kommune_name, label or role, _now()),
            )
        return token

    def revoke(self, token_id: str) -> bool:
        """Revoke a token by its id; False when no active token has that id."""
        with self.db.transaction() as tx:
            row = tx.one(
                "SELECT id FROM web_tokens WHERE id = ? AND revoked_at IS NULL", (token_id,)
            )
            if row is None:
                return False
            tx.execute("UPDATE web_tokens SET revoked_at = ? WHERE id = ?", (_now(), token_id))
        return True

    def list(self) -> Sequence[TokenInfo]:
        rows = self.db.query(
            "SELECT id, role, kommune, label, created_at, revoked_at FROM web_tokens"
            " ORDER BY created_at, id"
        )
        return [TokenInfo(*row) for row in rows]

    def principal(self, token: str) -> Principal | None:
        """The caller a token stands for, or None when it is unknown or revoked."""
        rows = self.db.query(
            "SELECT id, role, kommune, label FROM web_tokens"
            " WHERE digest = ? AND revoked_at IS NULL",
            (_digest(token.strip()),),
        )
        return self._principal(rows[0]) if rows else None

    def by_id(self, token_id: str) -> Principal | None:
        """The caller of an active token by id (for a browser session made with it)."""
        rows = self.db.query(
            "SELECT id, role, kommune, label FROM web_tokens WHERE id = ? AND revoked_at IS NULL",
            (token_id,),
        )
        return self._principal(rows[0]) if rows else None

    @staticmethod
    def _principal(row: tuple[Any, ...]) -> Principal:
        token_id, role, kommune_name, label = row
        if kommune_name is not None and kommune_name not in KOMMUNER:
            raise ValueError(f"ukendt kommune i nøgle {token_id}")
        return Principal(role=role, kommune=kommune_name, token_id=token_id, label=label)


_LOADED = "socialaftale.session_loaded"
_RENEW = "socialaftale.session_renew"


def renew_session(connection: ASGIConnection[Any, Any, Any, Any], data: dict[str, Any]) -> None:
    """Start a session under a new id (at login and whenever the role changes).

    The id the browser had before, even one the server issued, is forgotten, so an id
    someone planted in the browser (session fixation) never carries a login.
    """
    connection.scope.setdefault("state", {})[_RENEW] = True
    connection.set_session(data)


class RenewingSessionBackend(ServerSideSessionBackend):
    """Server-side sessions that only ever keep an id this server issued.

    Litestar's backend stores a session under whatever id the request's cookie names,
    so a client-chosen id would be kept through a login. Here an id is reused only when
    the store holds a session for it (issued by this server and not expired), never after
    :func:`renew_session`, and a different principal in the session always gets a new id.
    """

    async def load_from_connection(
        self, connection: ASGIConnection[Any, Any, Any, Any]
    ) -> dict[str, Any]:
        if session_id := connection.cookies.get(self.config.key):
            store = self.config.get_store_from_app(connection.scope["app"])
            data = await self.get(session_id, store=store)
            if data is not None:
                loaded = self.deserialize_data(data)
                connection.scope.setdefault("state", {})[_LOADED] = (session_id, loaded)
                return loaded
        return {}

    async def store_in_message(
        self, scope_session: ScopeSession, message: Message,
        connection: ASGIConnection[Any, Any, Any, Any],
    ) -> None:
        state = connection.scope.setdefault("state", {})
        issued: tuple[str, dict[str, Any]] | None = state.get(_LOADED)
        renew = bool(state.get(_RENEW))
        if issued is not None and isinstance(scope_session, dict) and (
            (scope_session.get("token_id"), scope_session.get("user"))
            != (issued[1].get("token_id"), issued[1].get("user"))
        ):
            renew = True  # another principal: a login or a role change
        if issued is not None and not renew:
            session_id = issued[0]
        else:
            if issued is not None:
                await self.delete(issued[0], store=self.config.get_store_from_app(
                    connection.scope["app"]))
            session_id = self.generate_session_id()
        await self._store(scope_session, message, connection, session_id)

    async def _store(
        self, scope_session: ScopeSession, message: Message,
        connection: ASGIConnection[Any, Any, Any, Any], session_id: str,
    ) -> None:
        store = self.config.get_store_from_app(connection.scope["app"])
        headers = MutableScopeHeaders.from_message(message)
        params = dict(extract_dataclass_items(
            self.config, exclude_none=True, include=Cookie.__dict__.keys()))
        if not scope_session or not isinstance(scope_session, dict):
            await self.delete(session_id, store=store)
            headers.add("Set-Cookie", Cookie(value="null", key=self.config.key, expires=0,
                                             **params).to_header(header=""))
            return
        await self.set(session_id=session_id, data=self.serialize_data(scope_session,
                                                                       connection.scope),
                       store=store)
        headers.add("Set-Cookie", Cookie(value=session_id, key=self.config.key,
                                         **params).to_header(header=""))


class RenewingSessionConfig(ServerSideSessionConfig):
    """:class:`ServerSideSessionConfig` with :class:`RenewingSessionBackend`."""

    _backend_class = RenewingSessionBackend
