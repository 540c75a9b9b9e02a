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
