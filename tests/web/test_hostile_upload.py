"""A YAML alias bomb uploaded to a real server must not stall the other requests (issue 24).

The real ``socialaftale serve`` process on 127.0.0.1 (a random free port, its memory
bounded so a bomb cannot take the machine): while it handles the bomb posted to
/api/optegnelser, a plain GET from another client is answered within a second; the bomb
itself is refused with a 4xx and nothing is stored.
"""

from __future__ import annotations

import http.client
import json
import os
import resource
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from socialaftale import export_events, load_record, open_store
from socialaftale_web import TokenStore

HOSTILE = Path(__file__).parents[1] / "records" / "hostile"
VALID = (Path(__file__).parents[1] / "records" / "valid.yaml").read_bytes()
MEMORY = 2 * 1024 * 1024 * 1024
KNOWN_DEFECT = True  # issue 24: the bomb is expanded on the event loop; empty once fixed


def _bomb() -> str:
    sys.path.insert(0, str(HOSTILE))
    try:
        from generate import alias_bomb_20kb  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    data: bytes = alias_bomb_20kb()
    return data.decode()


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def _export(url: str) -> list[str]:
    with open_store(url, actor="test") as store:
        return list(export_events(store))


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[int, str, str]]:
    """``socialaftale serve`` on a free port of 127.0.0.1: (port, secretariat token, store)."""
    url = f"sqlite:///{tmp_path / 'web.db'}"
    with open_store(url, actor="test") as store:
        load_record(store, VALID, "valid.yaml")
        token = TokenStore(store).create("sekretariat", label="Sekretariatet")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cli = str(Path(sys.executable).with_name("socialaftale"))
    proc = subprocess.Popen([cli, "serve", "--store", url, "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            preexec_fn=_limits, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    out = proc.stdout.read().decode() if proc.stdout else ""
                    raise RuntimeError(f"the server did not start: {out}") from None
                time.sleep(0.05)
        yield port, token, url
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


def _get(port: int, path: str, timeout: float) -> tuple[int, float]:
    start = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", path)
        status = conn.getresponse().status
    finally:
        conn.close()
    return status, time.monotonic() - start


@pytest.mark.xfail(KNOWN_DEFECT, strict=True, reason="issue 24: the bomb stalls the server")
def test_an_alias_bomb_does_not_stall_a_concurrent_request(
        server: tuple[int, str, str]) -> None:
    port, token, url = server
    before = _export(url)
    assert _get(port, "/api/mig", timeout=30)[0] == 200  # warm: the first answer may be slow
    sent = threading.Event()
    answer: dict[str, Any] = {}

    def post() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        try:
            conn.request("POST", "/api/optegnelser",
                         body=json.dumps({"fil": "bombe.yaml", "indhold": _bomb()}),
                         headers={"Authorization": f"Bearer {token}",
                                  "Content-Type": "application/json"})
            sent.set()
            r = conn.getresponse()
            answer.update(status=r.status, body=r.read().decode("utf-8", "replace"))
        except OSError as err:
            answer.update(status=None, body=repr(err))
        finally:
            sent.set()
            conn.close()

    poster = threading.Thread(target=post, daemon=True)
    poster.start()
    assert sent.wait(30), "the bomb was not sent"
    time.sleep(0.2)  # the server is now reading or expanding it
    try:
        status, seconds = _get(port, "/api/mig", timeout=5)
    except TimeoutError:
        status, seconds = 0, 5.0
    assert status == 200 and seconds < 1.0, (
        f"a GET during the bomb took {seconds:.1f} s (status {status})")
    poster.join(timeout=60)
    assert answer.get("status") is not None and 400 <= answer["status"] < 500, answer
    assert "Traceback" not in answer["body"]
    assert "regel" in answer["body"] or "rule" in answer["body"], answer["body"][:500]
    assert _export(url) == before
