"""Who the web takes a caller to be: tokens from the CLI, hashed, revocable; CSRF on forms."""

from __future__ import annotations

from typing import Any

from click.testing import CliRunner
from litestar.testing import TestClient

from socialaftale import Socialaftale, open_store
from socialaftale_web import create_app
from socialaftale_web.cli import token

from .conftest import bearer, csrf_of, log_in


def test_a_token_made_on_the_command_line_opens_the_api_and_is_stored_only_hashed(
    tmp_path: Any,
) -> None:
    path = str(tmp_path / "s.db")
    runner = CliRunner()
    made = runner.invoke(
        token, ["create", "--store", path, "--role", "kommune", "--kommune", "Aalborg Kommune"]
    )
    assert made.exit_code == 0, made.output
    secret = made.output.strip()
    listed = runner.invoke(token, ["list", "--store", path])
    assert "kommune" in listed.output and "Aalborg" in listed.output
    assert secret not in listed.output
    with open_store(path) as store:
        stored = store.db.query("SELECT * FROM web_tokens")
        assert all(secret not in str(v) for row in stored for v in row)
        with TestClient(create_app(store)) as c:
            me = c.get("/api/mig", headers=bearer(secret)).json()
    assert me == {"role": "kommune", "kommune": "Aalborg"}


def test_a_revoked_token_is_refused_at_once_with_a_danish_401(tmp_path: Any) -> None:
    path = str(tmp_path / "s.db")
    runner = CliRunner()
    secret = runner.invoke(
        token, ["create", "--store", path, "--role", "sekretariat"]
    ).output.strip()
    token_id = secret.split("_")[1]
    with open_store(path) as store, TestClient(create_app(store)) as c:
        assert c.get("/api/mig", headers=bearer(secret)).json()["role"] == "sekretariat"
        revoked = runner.invoke(token, ["revoke", "--store", path, token_id])
        assert revoked.exit_code == 0, revoked.output
        r = c.get("/api/mig", headers=bearer(secret))
    assert r.status_code == 401
    assert r.json()["detail"] == "Adgangsnøglen er ukendt eller tilbagekaldt."
    again = runner.invoke(token, ["revoke", "--store", path, token_id])
    assert again.exit_code != 0 and "Ingen aktiv nøgle" in again.output


def test_a_kommune_token_names_a_real_kommune(tmp_path: Any) -> None:
    r = CliRunner().invoke(
        token,
        ["create", "--store", str(tmp_path / "s.db"), "--role", "kommune", "--kommune", "Aalborgg"],
    )
    assert r.exit_code != 0
    assert "Aalborg" in r.output  # the "mente du …?" suggestion


def test_logging_in_with_a_token_shows_who_you_are_on_every_page(
    client: TestClient[Any], tokens: dict[str, str]
) -> None:
    assert "Log ind" in client.get("/").text
    log_in(client, tokens["mariagerfjord"])
    assert "Logget ind: <strong>Mariagerfjord Kommune</strong>" in client.get("/").text
    client.post("/log-ud", data={"_csrf_token": csrf_of(client, "/")})
    assert "Logget ind" not in client.get("/").text


def test_a_wrong_token_in_the_login_form_logs_nobody_in(client: TestClient[Any]) -> None:
    r = client.post(
        "/log-ind", data={"token": "sa_gæt", "naeste": "/", "_csrf_token": csrf_of(client)}
    )
    assert r.status_code == 401
    assert "Adgangsnøglen er ukendt eller tilbagekaldt" in r.text
    assert "Logget ind" not in client.get("/").text


def test_a_form_without_its_csrf_field_is_refused_in_danish(
    client: TestClient[Any], tokens: dict[str, str]
) -> None:
    client.get("/log-ind")  # the browser has the CSRF cookie, but the form lacks the field
    r = client.post("/log-ind", data={"token": tokens["sekretariat"], "naeste": "/"})
    assert r.status_code == 403
    assert "sikkerhedsfeltet (CSRF)" in r.text
    assert "Logget ind" not in client.get("/").text


def test_the_api_ignores_a_browser_session(client: TestClient[Any], tokens: dict[str, str]) -> None:
    """The API is free of CSRF checks because it never trusts cookies, only bearer tokens."""
    log_in(client, tokens["sekretariat"])
    assert client.get("/api/mig").json()["role"] == "offentlig"


def test_after_login_only_a_local_page_is_followed(
    client: TestClient[Any], tokens: dict[str, str]
) -> None:
    r = client.post(
        "/log-ind",
        data={
            "token": tokens["aalborg"],
            "naeste": "//evil.example/",
            "_csrf_token": csrf_of(client),
        },
        follow_redirects=False,
    )
    assert r.headers["location"] == "/"


def test_the_store_of_the_app_is_the_one_given(web_store: Socialaftale) -> None:
    with TestClient(create_app(web_store)) as c:
        assert c.get("/schema/openapi.json").json()["info"]["title"] == "Nordjysk Socialaftale"
