"""People who log in with a user name and a password; API tokens stay for systems.

Users are operating data, not governance facts: a password hash must be replaceable and a
user removable from view without rewriting history, so users are **not** events in the
record. They live beside the log, in the store's own database (table ``web_users``, the same
SQLite file or PostgreSQL schema, like ``web_tokens``), so every server on the store sees a
new, disabled or re-roled user at once. What a user does is recorded in the log: each write
names the user in the event's ``recorded_by`` (see :meth:`Principal.describe`).

Passwords are hashed with argon2id (argon2-cffi, the reference implementation's bindings;
``docs/web.md`` says why). Failed logins are counted in the table ``web_login_attempts`` of
the same database, per user name and per client address: persisted rather than in-process,
so the limit holds across the workers of one server, several servers and a restart.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from attrs import frozen

from socialaftale import KOMMUNER, Socialaftale, kommune

from .access import ROLES, Principal

__all__ = ["LoginRefused", "UserInfo", "UserStore"]

NAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,39}")
MIN_PASSWORD = 10
WINDOW = timedelta(minutes=15)
"""Failed logins older than this no longer count."""
PER_USER = 5
"""Failed logins within :data:`WINDOW` after which a user name is refused for a while."""
PER_ADDRESS = 20
"""Failed logins within :data:`WINDOW` from one address (any user names) likewise."""

Clock = Callable[[], datetime]


class LoginRefused(Exception):
    """A login that is refused: wrong name or password, a disabled user, or too many tries."""

    def __init__(self, message: str, *, status_code: int = 401) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code


WRONG = "Brugernavn eller adgangskode er forkert. Du er ikke logget ind."


@frozen
class UserInfo:
    """A user as listed: never the hash."""

    username: str
    name: str
    role: str
    kommune: str | None
    admin: bool
    created_at: str
    disabled_at: str | None


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


class UserStore:
    """Users with argon2id password hashes and failed-login counts, in the store's database."""

    def __init__(self, store: Socialaftale, *, hasher: PasswordHasher | None = None,
                 clock: Clock | None = None) -> None:
        self.db: Any = store.db
        self.hasher = hasher or PasswordHasher()
        self.clock: Clock = clock or (lambda: datetime.now(UTC))
        self._dummy_hash: str | None = None
        with self.db.transaction() as tx:
            tx.execute(
                "CREATE TABLE IF NOT EXISTS web_users ("
                " username TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL,"
                " kommune TEXT, admin INTEGER NOT NULL, hash TEXT NOT NULL,"
                " created_at TEXT NOT NULL, disabled_at TEXT)"
            )
            # One row per subject of a try (user name, address), keyed by the try so a
            # right password removes exactly its own rows. (Replaces web_login_failures,
            # whose rows had no key; its 15-minute counts need no migration.)
            tx.execute(
                "CREATE TABLE IF NOT EXISTS web_login_attempts ("
                " attempt TEXT NOT NULL, subject TEXT NOT NULL, at TEXT NOT NULL)"
            )
            tx.execute(
                "CREATE INDEX IF NOT EXISTS web_login_attempts_subject"
                " ON web_login_attempts (subject, at)"
            )
            tx.execute(
                "CREATE INDEX IF NOT EXISTS web_login_attempts_attempt"
                " ON web_login_attempts (attempt)"
            )

    @property
    def _dummy(self) -> str:
        """Verified against when the user name is unknown, so a wrong name costs as long as
        a wrong password (the answer's timing does not tell which names exist); made at the
        first such login, not with every app."""
        if self._dummy_hash is None:
            self._dummy_hash = self.hasher.hash("ingen bruger har denne adgangskode")
        return self._dummy_hash

    # -- managing -------------------------------------------------------------------

    @staticmethod
    def _name(username: str) -> str:
        name = username.strip().lower()
        if not NAME.fullmatch(name):
            raise ValueError(
                f"brugernavnet '{username.strip()}' er ugyldigt: 2-40 tegn, små bogstaver "
                "a-z, cifre, punktum, bindestreg eller understreg, begyndende med et bogstav "
                "eller ciffer"
            )
        return name

    @staticmethod
    def _role(role: str, kommune_name: str | None) -> tuple[str, str | None]:
        if role not in ROLES:
            raise ValueError(f"ukendt rolle '{role}': vælg 'sekretariat' eller 'kommune'")
        if role == "kommune":
            if not kommune_name:
                raise ValueError("en bruger med rollen kommune skal have en kommune (--kommune)")
            return role, kommune(kommune_name)
        if kommune_name:
            raise ValueError("kun en bruger med rollen kommune har en kommune")
        return role, None

    def _check_password(self, password: str) -> None:
        if len(password) < MIN_PASSWORD:
            raise ValueError(f"adgangskoden skal have mindst {MIN_PASSWORD} tegn")

    def create(self, username: str, password: str, *, role: str, name: str = "",
               kommune_name: str | None = None, admin: bool = False) -> UserInfo:
        """Add a user; a name already taken (even by a disabled user) is refused."""
        user = self._name(username)
        role, kommune_name = self._role(role, kommune_name)
        if admin and role != "sekretariat":
            raise ValueError("kun en bruger i sekretariatet kan være administrator")
        self._check_password(password)
        hashed = self.hasher.hash(password)
        with self.db.transaction() as tx:
            if tx.one("SELECT 1 FROM web_users WHERE username = ?", (user,)) is not None:
                raise ValueError(f"brugernavnet '{user}' findes allerede")
            tx.execute(
                "INSERT INTO web_users (username, name, role, kommune, admin, hash, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (user, name.strip() or user, role, kommune_name, int(admin), hashed,
                 _stamp(self.clock())),
            )
        return self.get(user)  # type: ignore[return-value]

    def disable(self, username: str) -> bool:
        """Disable a user: their sessions stop working at the next request. False if unknown
        or already disabled."""
        user = self._name(username)
        with self.db.transaction() as tx:
            row = tx.one("SELECT 1 FROM web_users WHERE username = ? AND disabled_at IS NULL",
                         (user,))
            if row is None:
                return False
            tx.execute("UPDATE web_users SET disabled_at = ? WHERE username = ?",
                       (_stamp(self.clock()), user))
        return True

    def set_role(self, username: str, role: str, *, kommune_name: str | None = None,
                 admin: bool = False) -> UserInfo:
        """Give a user another role; it holds from their next request."""
        user = self._name(username)
        role, kommune_name = self._role(role, kommune_name)
        if admin and role != "sekretariat":
            raise ValueError("kun en bruger i sekretariatet kan være administrator")
        with self.db.transaction() as tx:
            if tx.one("SELECT 1 FROM web_users WHERE username = ?", (user,)) is None:
                raise ValueError(f"ingen bruger hedder '{user}'")
            tx.execute("UPDATE web_users SET role = ?, kommune = ?, admin = ? WHERE username = ?",
                       (role, kommune_name, int(admin), user))
        return self.get(user)  # type: ignore[return-value]

    def set_password(self, username: str, password: str) -> None:
        """Give a user a new password (a reset); every session made with the old one ends
        at its next request, because the session's credential no longer matches."""
        user = self._name(username)
        self._check_password(password)
        with self.db.transaction() as tx:
            if tx.one("SELECT 1 FROM web_users WHERE username = ?", (user,)) is None:
                raise ValueError(f"ingen bruger hedder '{user}'")
            tx.execute("UPDATE web_users SET hash = ? WHERE username = ?",
                       (self.hasher.hash(password), user))

    def get(self, username: str) -> UserInfo | None:
        rows = self.db.query(
            "SELECT username, name, role, kommune, admin, created_at, disabled_at FROM web_users"
            " WHERE username = ?", (username.strip().lower(),))
        return self._info(rows[0]) if rows else None

    def list(self) -> Sequence[UserInfo]:
        rows = self.db.query(
            "SELECT username, name, role, kommune, admin, created_at, disabled_at FROM web_users"
            " ORDER BY username")
        return [self._info(r) for r in rows]

    @staticmethod
    def _info(row: tuple[Any, ...]) -> UserInfo:
        username, name, role, kommune_name, admin, created, disabled = row
        return UserInfo(username, name, role, kommune_name, bool(admin), created, disabled)

    # -- logging in ----------------------------------------------------------------

    def principal(self, username: str, *, credential: str | None = None) -> Principal | None:
        """The caller an active user stands for (None: unknown or disabled, or, when a
        session's ``credential`` is given, a password changed since that session began)."""
        info = self.get(username)
        if info is None or info.disabled_at is not None:
            return None
        rows = self.db.query("SELECT hash FROM web_users WHERE username = ?", (info.username,))
        current = hashlib.sha256(str(rows[0][0]).encode()).hexdigest()[:32]
        if credential is not None and not hmac.compare_digest(credential, current):
            return None
        if info.kommune is not None and info.kommune not in KOMMUNER:
            raise ValueError(f"ukendt kommune hos bruger {info.username}")
        return Principal(role=info.role, kommune=info.kommune,  # type: ignore[arg-type]
                         label=info.name, user=info.username, admin=info.admin,
                         credential=current)

    def _failures(self, subject: str, since: str) -> int:
        row = self.db.query(
            "SELECT COUNT(*) FROM web_login_attempts WHERE subject = ? AND at > ?",
            (subject, since))
        return int(row[0][0])

    def log_in(self, username: str, password: str, address: str) -> Principal:
        """The user's principal if the password is right; else :class:`LoginRefused`.

        Refused without checking the password (429) once the user name or the address has
        had :data:`PER_USER` / :data:`PER_ADDRESS` failures within :data:`WINDOW`; each
        failure, also for an unknown name or a disabled user, counts against both.

        The try is recorded (committed) *before* the count and the password check, and
        removed again if the password is right: concurrent tries each see the others, so
        no more than the limit are ever checked (a count-then-record order let any number
        of simultaneous tries through)."""
        user = username.strip().lower()
        now = self.clock()
        since = _stamp(now - WINDOW)
        subjects = (f"bruger:{user}", f"adresse:{address}")
        attempt = secrets.token_hex(16)
        with self.db.transaction() as tx:
            tx.execute("DELETE FROM web_login_attempts WHERE at <= ?",
                       (_stamp(now - 2 * WINDOW),))
            for subject in subjects:
                tx.execute("INSERT INTO web_login_attempts (attempt, subject, at)"
                           " VALUES (?, ?, ?)", (attempt, subject, _stamp(now)))
        # This try is among those counted, so the limit is "more than", not "at least".
        if (self._failures(subjects[0], since) > PER_USER
                or self._failures(subjects[1], since) > PER_ADDRESS):
            with self.db.transaction() as tx:  # a refused try is not a failed password
                tx.execute("DELETE FROM web_login_attempts WHERE attempt = ?", (attempt,))
            minutes = int(WINDOW.total_seconds() // 60)
            raise LoginRefused(
                "For mange mislykkede forsøg på at logge ind med dette brugernavn eller fra "
                f"denne adresse. Vent {minutes} minutter, og prøv igen. Du er ikke logget ind.",
                status_code=429)
        rows = self.db.query("SELECT hash, disabled_at FROM web_users WHERE username = ?",
                             (user,))
        # A disabled user is answered as a wrong password, and the password is never
        # checked against their hash: the answer must not confirm a right one.
        active = bool(rows) and rows[0][1] is None
        stored = rows[0][0] if active else self._dummy
        try:
            self.hasher.verify(stored, password)
            ok = active
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            ok = False
        if not ok:
            raise LoginRefused(WRONG)
        with self.db.transaction() as tx:
            tx.execute("DELETE FROM web_login_attempts WHERE subject = ? OR attempt = ?",
                       (subjects[0], attempt))
            if self.hasher.check_needs_rehash(stored):
                tx.execute("UPDATE web_users SET hash = ? WHERE username = ?",
                           (self.hasher.hash(password), user))
        found = self.principal(user)
        assert found is not None
        return found
