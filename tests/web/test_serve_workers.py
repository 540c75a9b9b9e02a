"""`socialaftale serve --workers 2`: two processes that share logins through the store.

Which worker answers a request is the kernel's choice; each request here goes on a fresh
connection, and the worker that answered is the one holding the connection's server end
(``/proc/net/tcp`` and ``/proc/<pid>/fd``), so the test knows that both workers honoured
the login, and both its end."""

from __future__ import annotations

import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

from socialaftale import open_store
from socialaftale_web import UserStore

PASSWORD = "hemmelig-kode-1"

pytestmark = pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs /proc")


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _workers(pid: int) -> list[int]:
    """The worker processes of the server (not multiprocessing's resource tracker)."""
    return [c for c in _children(pid)
            if b"resource_tracker" not in Path(f"/proc/{c}/cmdline").read_bytes()]


def _server_inode(port: int, client_port: int) -> str:
    """The inode of the server's end of the connection from ``client_port``."""
    want = (f"0100007F:{port:04X}", f"0100007F:{client_port:04X}")
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        cells = line.split()
        if (cells[1], cells[2]) == want:
            return cells[9]
    raise AssertionError("connection not found in /proc/net/tcp")


def _holder(workers: list[int], inode: str) -> int:
    target = f"socket:[{inode}]"
    holders = []
    for w in workers:
        for fd in Path(f"/proc/{w}/fd").iterdir():
            try:
                if os.readlink(fd) == target:
                    holders.append(w)
            except OSError:
                continue
    assert len(holders) == 1, holders
    return holders[0]


def test_a_login_through_one_worker_holds_in_every_worker_and_logout_ends_it(
        tmp_path: Path) -> None:
    db = tmp_path / "workers.db"
    with open_store(str(db)) as made:
        UserStore(made).create("anna", PASSWORD, role="sekretariat")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "SOCIALAFTALE_STORE": str(db)}
    proc = subprocess.Popen(
        [sys.executable, "-c", "from socialaftale_web.cli import serve; serve()",
         "--port", str(port), "--workers", "2"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    site = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                httpx.get(f"{site}/api/mig")
                if len(_workers(proc.pid)) == 2:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, proc.stdout.read().decode()  # type: ignore[union-attr]
            time.sleep(0.05)
        workers = _workers(proc.pid)
        assert len(workers) == 2
        cookies: dict[str, str] = {}

        def answered(method: str, path: str, form: dict[str, str] | None = None,
                     ) -> tuple[int, int, str]:
            """One request on a new connection (the kernel picks the worker anew): the
            worker that holds the connection, the status and the body."""
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            try:
                headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())}
                body = None
                if form is not None:
                    body = urlencode(form)
                    headers["Content-Type"] = "application/x-www-form-urlencoded"
                conn.request(method, path, body=body, headers=headers)
                reply = conn.getresponse()
                text = reply.read().decode()
                who = _holder(workers, _server_inode(port, conn.sock.getsockname()[1]))
                for header in reply.headers.get_all("set-cookie") or []:
                    name, _, rest = header.partition("=")
                    cookies[name.strip()] = rest.split(";")[0]
                return who, reply.status, text
            finally:
                conn.close()

        def fresh(method: str, path: str, form: dict[str, str] | None = None) -> Any:
            return answered(method, path, form)

        page = fresh("GET", "/log-ind")[2]
        csrf = page.split('name="_csrf_token" value="')[1].split('"')[0]
        _, status, text = fresh("POST", "/log-ind", {"bruger": "anna", "adgangskode": PASSWORD,
                                                     "naeste": "/", "_csrf_token": csrf})
        assert status == 303, text

        def until_both(check: Any) -> None:
            """Requests until each worker has answered at least 3 times, each checked."""
            seen = dict.fromkeys(workers, 0)
            for _ in range(300):
                who, status, text = fresh("GET", "/")
                assert status == 200, text[:300]
                check(text)
                seen[who] += 1
                if min(seen.values()) >= 3:
                    return
            raise AssertionError(f"one worker answered everything: {seen}")

        def logged_in(text: str) -> None:
            assert "Sekretariatet (anna)" in text, text[:300]

        def logged_out(text: str) -> None:
            assert "Sekretariatet (anna)" not in text and "/log-ind" in text, text[:300]

        until_both(logged_in)
        # the form's CSRF token is signed by the store's secret, so any worker accepts it
        home = fresh("GET", "/")[2]
        csrf = home.split('name="_csrf_token" value="')[1].split('"')[0]
        assert fresh("POST", "/log-ud", {"_csrf_token": csrf})[1] == 303
        until_both(logged_out)
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_workers_on_a_memory_store_are_refused_for_nothing_would_be_shared() -> None:
    from click.testing import CliRunner

    from socialaftale_web.cli import serve

    result = CliRunner().invoke(serve, ["--store", "memory:", "--workers", "2"])
    assert result.exit_code == 2
    assert "--workers kræver et delt lager" in result.output
    assert "serve-workers-lager" in result.output
