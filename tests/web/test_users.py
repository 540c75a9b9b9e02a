"""People log in with user name and password: argon2id hashes beside the log, roles, disabling,
rate-limited failures, expiring sessions, and every write names the user."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import argon2
import pytest
from click.testing import CliRunner
from litestar.testing import TestClient

from socialaftale import Socialaftale, open_store
from socialaftale_web import UserStore, create_app
from socialaftale_web.cli import user
from socialaftale_web.users import PER_ADDRESS, PER_USER, WINDOW, LoginRefused

from .conftest import EXAMPLES, csrf_of

CHEAP = argon2.PasswordHasher.from_parameters(argon2.profiles.CHEAPEST)
PASSWORD = "hemmelig-kode-1"


class Clock:
    """A clock the test moves: the rate limit's window without waiting for it."""

    def __init__(self) -> None:
        self.now = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_a_user_logs_in_with_the_right_password_only_on_every_kind_of_store(
    store: Socialaftale,
) -> None:
    users = UserStore(store, hasher=CHEAP)
    made = users.create("Anna", PASSWORD, role="sekretariat", name="Anna A.", admin=True)
    assert (made.username, made.role, made.admin) == ("anna", "sekretariat", True)
    [(stored,)] = store.db.query("SELECT hash FROM web_users")
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    caller = users.log_in("anna", PASSWORD, "10.0.0.1")
    assert (caller.user, caller.role, caller.admin) == ("anna", "sekretariat", True)
    assert caller.describe() == "Sekretariatet (anna)"
    with pytest.raises(LoginRefused, match="Brugernavn eller adgangskode er forkert"):
        users.log_in("anna", PASSWORD + "x", "10.0.0.1")
    with pytest.raises(LoginRefused, match="Brugernavn eller adgangskode er forkert"):
        users.log_in("ingen", PASSWORD, "10.0.0.1")
    k = users.create("bo", PASSWORD, role="kommune", kommune_name="Aalborg Kommune")
    assert k.kommune == "Aalborg"
    assert UserStore(store, hasher=CHEAP).principal("bo") == users.log_in("bo", PASSWORD, "x")
    assert users.disable("bo") and not users.disable("bo")
    assert users.principal("bo") is None
    with pytest.raises(LoginRefused, match="Brugernavn eller adgangskode er forkert") as refused:
        users.log_in("bo", PASSWORD, "x")  # a disabled user: the right password is not confirmed
    assert refused.value.status_code == 401
    changed = users.set_role("anna", "kommune", kommune_name="Jammerbugt")
    assert (changed.role, changed.kommune, changed.admin) == ("kommune", "Jammerbugt", False)


def test_bad_users_are_refused_in_danish_and_nothing_is_stored(store: Socialaftale) -> None:
    users = UserStore(store, hasher=CHEAP)
    cases = [
        (("a", PASSWORD), {"role": "sekretariat"}, "brugernavnet 'a' er ugyldigt"),
        (("anna", "kort"), {"role": "sekretariat"}, "mindst 10 tegn"),
        (("anna", PASSWORD), {"role": "admin"}, "ukendt rolle 'admin'"),
        (("anna", PASSWORD), {"role": "kommune"}, "skal have en kommune"),
        (("anna", PASSWORD), {"role": "kommune", "kommune_name": "Aalborg", "admin": True},
         "kun en bruger i sekretariatet kan være administrator"),
    ]
    for args, kwargs, message in cases:
        with pytest.raises(ValueError, match=message):
            users.create(*args, **kwargs)
    assert users.list() == []
    users.create("anna", PASSWORD, role="sekretariat")
    with pytest.raises(ValueError, match="findes allerede"):
        users.create("ANNA", PASSWORD, role="sekretariat")
    assert [u.username for u in users.list()] == ["anna"]


def test_failed_logins_are_limited_per_user_and_per_address_until_the_window_passes(
    store: Socialaftale,
) -> None:
    clock = Clock()
    users = UserStore(store, hasher=CHEAP, clock=clock)
    users.create("anna", PASSWORD, role="sekretariat")
    for _ in range(PER_USER):
        with pytest.raises(LoginRefused) as wrong:
            users.log_in("anna", "forkert-kode", f"10.0.0.{_}")
        assert wrong.value.status_code == 401
    with pytest.raises(LoginRefused, match="For mange mislykkede forsøg") as limited:
        users.log_in("anna", PASSWORD, "10.9.9.9")  # even the right password, from elsewhere
    assert limited.value.status_code == 429
    # Persisted: another UserStore on the same database (another worker) sees the count.
    with pytest.raises(LoginRefused, match="For mange"):
        UserStore(store, hasher=CHEAP, clock=clock).log_in("anna", PASSWORD, "10.9.9.9")
    clock.now += WINDOW + timedelta(seconds=1)
    assert users.log_in("anna", PASSWORD, "10.9.9.9").user == "anna"
    # Per address: many user names from one address.
    for n in range(PER_ADDRESS):
        with pytest.raises(LoginRefused):
            users.log_in(f"gaet{n}", "forkert-kode", "10.6.6.6")
    with pytest.raises(LoginRefused, match="For mange"):
        users.log_in("anna", PASSWORD, "10.6.6.6")
    assert users.log_in("anna", PASSWORD, "10.7.7.7").user == "anna"


class _Concurrent(argon2.PasswordHasher):
    """A real argon2 hasher that, while it checks one password, lets another try for the
    same user name arrive (as from another worker): the moment a count-then-record limit
    lets through."""

    def __init__(self, users: list[UserStore], depth: int) -> None:
        params = argon2.profiles.CHEAPEST
        super().__init__(time_cost=params.time_cost, memory_cost=params.memory_cost,
                         parallelism=params.parallelism, hash_len=params.hash_len,
                         salt_len=params.salt_len, type=params.type)
        self.users, self.depth, self.checked, self.answers = users, depth, 0, []

    def verify(self, hash: str | bytes, password: str | bytes) -> bool:
        self.checked += 1
        if self.depth > 0:
            self.depth -= 1
            try:
                self.users[0].log_in("anna", "forkert-kode", f"10.1.1.{self.depth}")
            except LoginRefused as refused:
                self.answers.append(refused.status_code)
        return super().verify(hash, password)


def test_simultaneous_wrong_tries_are_not_all_checked_before_the_first_counts(
    store: Socialaftale,
) -> None:
    hasher = _Concurrent([], depth=3 * PER_USER)
    users = UserStore(store, hasher=hasher)
    hasher.users.append(users)
    users.create("anna", PASSWORD, role="sekretariat")
    with pytest.raises(LoginRefused):
        users.log_in("anna", "forkert-kode", "10.1.1.99")
    assert hasher.checked == PER_USER  # the rest were refused before their password
    assert 429 in hasher.answers
    with pytest.raises(LoginRefused, match="For mange"):
        users.log_in("anna", PASSWORD, "10.2.2.2")


def test_a_right_password_removes_only_its_own_try(store: Socialaftale) -> None:
    users = UserStore(store, hasher=CHEAP)
    users.create("anna", PASSWORD, role="sekretariat")
    for n in range(PER_ADDRESS - 1):
        with pytest.raises(LoginRefused):
            users.log_in(f"gaet{n}", "forkert-kode", "10.3.3.3")
    assert users.log_in("anna", PASSWORD, "10.3.3.3").user == "anna"
    with pytest.raises(LoginRefused, match="forkert"):  # the 20th failure from the address
        users.log_in("gaet99", "forkert-kode", "10.3.3.3")
    with pytest.raises(LoginRefused, match="For mange"):
        users.log_in("anna", PASSWORD, "10.3.3.3")


def _login(c: TestClient[Any], name: str, password: str) -> Any:
    return c.post("/log-ind", follow_redirects=False, data={
        "bruger": name, "adgangskode": password, "naeste": "/optegnelser",
        "_csrf_token": csrf_of(c)})


def test_a_write_through_the_web_names_the_user_in_recorded_by(web_store: Socialaftale) -> None:
    users = UserStore(web_store, hasher=CHEAP)
    users.create("anna", PASSWORD, role="sekretariat")
    text = (EXAMPLES / "socdir-2014-10-10.yaml").read_bytes()
    with TestClient(create_app(web_store, users=users)) as c:
        wrong = _login(c, "anna", "forkert-kode")
        assert wrong.status_code == 401 and "Brugernavn eller adgangskode er forkert" in wrong.text
        assert 'value="anna"' in wrong.text  # the name is kept in the form, not the password
        r = _login(c, "anna", PASSWORD)
        assert r.status_code == 303 and r.headers["location"] == "/optegnelser"
        assert "Logget ind: <strong>Sekretariatet (anna)</strong>" in c.get("/").text
        up = c.post("/optegnelser", files={"fil": ("socdir.yaml", text)},
                    data={"_csrf_token": csrf_of(c, "/optegnelser")})
        assert up.status_code == 200, up.text
        users.disable("anna")
        assert c.get("/optegnelser").status_code == 401  # the session stops at once
    recorded = {e.meta.recorded_by for e in web_store.events()}
    assert recorded == {"Sekretariatet (anna)"}


def test_a_session_expires_on_the_server_after_its_max_age(web_store: Socialaftale) -> None:
    users = UserStore(web_store, hasher=CHEAP)
    users.create("anna", PASSWORD, role="sekretariat")
    app = create_app(web_store, users=users, session_max_age=600)
    with TestClient(app) as c:
        assert _login(c, "anna", PASSWORD).status_code == 303
        session_id = c.cookies.get("session")
        assert session_id
        # in a thread of its own: a browser test earlier in the run may leave this thread's
        # event loop running
        with ThreadPoolExecutor(1) as pool:
            left = pool.submit(asyncio.run,
                               app.stores.get("sessions").expires_in(session_id)).result()
        assert left is not None and 0 < left <= 600
        assert "Max-Age=600" in _login(c, "anna", PASSWORD).headers["set-cookie"]


def test_an_administrator_manages_users_in_the_browser_forms_and_others_may_not(
    web_store: Socialaftale,
) -> None:
    users = UserStore(web_store, hasher=CHEAP)
    users.create("chef", PASSWORD, role="sekretariat", admin=True)
    users.create("bo", PASSWORD, role="sekretariat")
    with TestClient(create_app(web_store, users=users)) as c:
        assert c.get("/brugere").status_code == 401
        _login(c, "bo", PASSWORD)
        assert c.get("/brugere").status_code == 403
        _login(c, "chef", PASSWORD)
        assert c.get("/brugere").status_code == 200
        form = {"_csrf_token": csrf_of(c, "/brugere")}
        bad = c.post("/brugere", data={**form, "brugernavn": "kim", "adgangskode": "kort",
                                       "rolle": "sekretariat"})
        assert bad.status_code == 422 and "mindst 10 tegn" in bad.text
        assert 'value="kim"' in bad.text and users.get("kim") is None
        ok = c.post("/brugere", follow_redirects=False, data={
            **form, "brugernavn": "kim", "navn": "Kim K.", "adgangskode": PASSWORD,
            "rolle": "kommune", "kommune": "Hjørring"})
        assert ok.status_code == 303
        assert users.principal("kim") is not None
        assert users.principal("kim").describe() == "Hjørring Kommune (kim)"  # type: ignore[union-attr]
        self_off = c.post("/brugere/deaktiver", data={**form, "brugernavn": "chef"})
        assert self_off.status_code == 422 and "dig selv" in self_off.text
        c.post("/brugere/rolle", data={**form, "brugernavn": "bo", "rolle": "sekretariat",
                                       "admin": "true"})
        assert users.get("bo").admin  # type: ignore[union-attr]
        c.post("/brugere/deaktiver", data={**form, "brugernavn": "kim"})
        assert users.principal("kim") is None
        no_csrf = c.post("/brugere", data={"brugernavn": "x1", "adgangskode": PASSWORD,
                                           "rolle": "sekretariat"})
        assert no_csrf.status_code == 403 and users.get("x1") is None


def test_users_are_managed_on_the_command_line(tmp_path: Any) -> None:
    path = str(tmp_path / "s.db")
    runner = CliRunner()
    made = runner.invoke(user, ["create", "--store", path, "anna", "--role", "sekretariat",
                                "--admin", "--name", "Anna A."], input=f"{PASSWORD}\n{PASSWORD}\n")
    assert made.exit_code == 0, made.output
    assert "Bruger anna er oprettet (sekretariat, administrator)." in made.output
    short = runner.invoke(user, ["create", "--store", path, "bo", "--role", "sekretariat",
                                 "--password", "kort"])
    assert short.exit_code != 0 and "mindst 10 tegn. Intet er gemt." in short.output
    role = runner.invoke(user, ["role", "--store", path, "anna", "--role", "kommune",
                                "--kommune", "Thisted"])
    assert role.exit_code == 0 and "rollen kommune (Thisted)" in role.output
    listed = runner.invoke(user, ["list", "--store", path])
    assert "anna" in listed.output and "Thisted" in listed.output and "aktiv" in listed.output
    assert "bo" not in listed.output.split()
    assert runner.invoke(user, ["disable", "--store", path, "anna"]).exit_code == 0
    again = runner.invoke(user, ["disable", "--store", path, "anna"])
    assert again.exit_code != 0 and "Ingen aktiv bruger" in again.output
    with open_store(path) as store:
        [(hashed,)] = store.db.query("SELECT hash FROM web_users")
        assert hashed.startswith("$argon2id$") and PASSWORD not in hashed


def test_a_new_password_from_the_command_line_ends_the_users_sessions(tmp_path: Any) -> None:
    """`socialaftale user password NAME` resets a password (prompted, like create) and the
    sessions made with the old one stop at their next request."""
    path = str(tmp_path / "s.db")
    runner = CliRunner()
    assert runner.invoke(user, ["create", "--store", path, "anna", "--role", "sekretariat"],
                         input=f"{PASSWORD}\n{PASSWORD}\n").exit_code == 0
    with open_store(path) as served:
        users = UserStore(served, hasher=CHEAP)
        with TestClient(create_app(served, users=users)) as c:
            assert _login(c, "anna", PASSWORD).status_code == 303
            assert c.get("/optegnelser").status_code == 200
            new = "en-helt-ny-kode-2"
            changed = runner.invoke(user, ["password", "--store", path, "anna"],
                                    input=f"{new}\n{new}\n")
            assert changed.exit_code == 0, changed.output
            assert "Bruger anna har fået en ny adgangskode" in changed.output
            assert c.get("/optegnelser").status_code == 401  # the old session has ended
            assert _login(c, "anna", PASSWORD).status_code == 401
            assert _login(c, "anna", new).status_code == 303
            assert c.get("/optegnelser").status_code == 200
    short = runner.invoke(user, ["password", "--store", path, "anna", "--password", "kort"])
    assert short.exit_code != 0 and "mindst 10 tegn. Intet er gemt." in short.output
    unknown = runner.invoke(user, ["password", "--store", path, "ingen", "--password", PASSWORD])
    assert unknown.exit_code != 0 and "ingen bruger hedder 'ingen'" in unknown.output
