"""`socialaftale serve` is a plug-in sub-command that serves the store on 127.0.0.1 only."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from importlib.metadata import entry_points
from typing import Any
from urllib.request import urlopen

from socialaftale_web.cli import HOST, serve, token


def test_serve_and_token_are_registered_as_cli_plugins() -> None:
    found = {ep.name: ep.load() for ep in entry_points(group="socialaftale.commands")}
    assert found["serve"] is serve
    assert found["token"] is token


def test_serve_listens_on_loopback_only_and_takes_the_same_store_option() -> None:
    assert HOST == "127.0.0.1"
    names = {p.name for p in serve.params}
    assert "store" in names and "host" not in names
    store_opt = next(p for p in serve.params if p.name == "store")
    assert store_opt.envvar == "SOCIALAFTALE_STORE"  # type: ignore[attr-defined]


def test_serve_answers_on_127_0_0_1_with_the_given_store(tmp_path: Any) -> None:
    """The real command, as a user starts it: a page and the API answer on loopback."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "SOCIALAFTALE_STORE": str(tmp_path / "serve.db")}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from socialaftale_web.cli import serve; serve()",
            "--port",
            str(port),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        body = ""
        for _ in range(200):
            try:
                with urlopen(f"http://127.0.0.1:{port}/api/mig") as r:
                    body = r.read().decode()
                break
            except OSError:
                if proc.poll() is not None:
                    break
                time.sleep(0.05)
        assert '"role":"offentlig"' in body, proc.stdout.read().decode() if proc.poll() else ""
        with urlopen(f"http://127.0.0.1:{port}/") as r:
            assert 'lang="da"' in r.read().decode()
        assert (tmp_path / "serve.db").exists()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_serve_ignores_a_forged_x_forwarded_for_so_the_address_limit_holds(
    tmp_path: Any,
) -> None:
    """A local client that sends a new X-Forwarded-For with every try is still one address:
    after PER_ADDRESS failures even a right password from it is refused (429)."""
    import httpx

    from socialaftale import open_store
    from socialaftale_web import UserStore
    from socialaftale_web.users import PER_ADDRESS

    db = tmp_path / "serve.db"
    with open_store(str(db)) as made:
        UserStore(made).create("anna", "hemmelig-kode-1", role="sekretariat")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "SOCIALAFTALE_STORE": str(db)}
    env.pop("SOCIALAFTALE_FORWARDED_ALLOW_IPS", None)
    proc = subprocess.Popen(
        [sys.executable, "-c", "from socialaftale_web.cli import serve; serve()",
         "--port", str(port)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    site = f"http://127.0.0.1:{port}"
    try:
        for _ in range(400):
            try:
                httpx.get(f"{site}/api/mig")
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stdout.read().decode()  # type: ignore[union-attr]
                time.sleep(0.05)
        with httpx.Client(base_url=site) as c:
            def attempt(name: str, password: str, n: int) -> int:
                page = c.get("/log-ind").text
                csrf = page.split('name="_csrf_token" value="')[1].split('"')[0]
                r = c.post("/log-ind", data={"bruger": name, "adgangskode": password,
                                             "naeste": "/", "_csrf_token": csrf},
                           headers={"X-Forwarded-For": f"203.0.113.{n}"})
                return r.status_code

            codes = [attempt(f"gaet{n}", "forkert-kode", n) for n in range(PER_ADDRESS)]
            assert set(codes) == {401}
            assert attempt("anna", "hemmelig-kode-1", 250) == 429
    finally:
        proc.terminate()
        proc.wait(timeout=10)
