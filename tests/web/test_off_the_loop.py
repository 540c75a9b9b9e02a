"""One slow request does not hold up the others (issue 24): handlers run in worker threads,
so while a large record is checked (seconds of YAML parsing) a real `socialaftale serve`
process on 127.0.0.1 still answers cheap requests that read the store within a second; and
writes from many threads at once are each stored or refused, never a 500. On SQLite and
PostgreSQL."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.error import HTTPError
from urllib.request import Request, urlopen

import pytest

from socialaftale import load_record, load_records, open_store, tilbudsvifte
from socialaftale_web import TokenStore

EXAMPLES = Path(__file__).parents[2] / "examples" / "nordjylland"
ITEMS = 12_000  # about 1.6 MB; checking it takes seconds even with the linear checks


def big_record(items: int = ITEMS) -> str:
    """A valid meeting record of many items: checking it takes seconds."""
    head = ("kilde: stor.txt\nmoede:\n  id: socdir-2030-01-15\n  forum: SOCDIR\n"
            "  dato: 2030-01-15\npunkter:\n")
    return head + "".join(
        f'  - nummer: "{i}"\n    titel: Punkt {i} om tilbuddene og deres takster\n'
        f'    beslutning: {{udfald: godkendt, referat: "Godkendt efter drøftelse af {i}"}}\n'
        for i in range(1, items + 1))


def call(url: str, token: str | None = None, body: Any = None,
         timeout: float = 120) -> tuple[int, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["content-type"] = "application/json"
    try:
        with urlopen(Request(url, data=data, headers=headers), timeout=timeout) as r:
            return r.status, json.loads(r.read())
    except HTTPError as err:
        return err.code, json.loads(err.read())


@pytest.fixture(params=["sqlite", "postgres"])
def server(request: pytest.FixtureRequest, store_url_factory: Any) -> Iterator[
        tuple[str, dict[str, str]]]:
    """`socialaftale serve` in its own process over a store of the four real meetings."""
    url: str = store_url_factory(request.param)
    with open_store(url) as s:
        load_records(s, [(p.name, p.read_bytes()) for p in sorted(EXAMPLES.glob("*.yaml"))])
        load_record(s, big_record(3).encode(), "lille.yaml", dry_run=True)  # it is valid
        t = TokenStore(s)
        tokens = {"sekretariat": t.create("sekretariat"),
                  "aalborg": t.create("kommune", kommune_name="Aalborg")}
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-c", "from socialaftale_web.cli import serve; serve()",
         "--port", str(port)],
        env={**os.environ, "SOCIALAFTALE_STORE": url},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                call(f"{base}/api/mig", timeout=2)
                break
            except OSError:
                assert proc.poll() is None, proc.stdout.read().decode()  # type: ignore[union-attr]
                time.sleep(0.05)
        yield base, tokens
    finally:
        proc.terminate()
        proc.wait(timeout=20)


ENOUGH = 6  # cheap answers that must arrive while the slow one still runs


def test_cheap_requests_are_answered_while_a_slow_one_runs(
        server: tuple[str, dict[str, str]]) -> None:
    """Order, not time: if handlers ran one at a time, a cheap request sent while the slow
    check runs would be answered after it (at most one could slip in as the slow answer is
    read); with worker threads, many are answered before the slow one ends."""
    base, tokens = server
    slow: dict[str, Any] = {}
    done = threading.Event()

    def check_big_record() -> None:
        slow["answer"] = call(f"{base}/api/optegnelser", tokens["sekretariat"],
                              {"fil": "stor.yaml", "indhold": big_record(), "proeve": True})
        done.set()

    worker = threading.Thread(target=check_big_record)
    worker.start()
    before_slow_ended = 0
    while not done.is_set():
        for path, token in (("/api/tilbudsvifte", None), ("/api/mig", tokens["aalborg"]),
                            ("/api/soeg?soeg=taleinstituttet", None)):
            status, _ = call(base + path, token, timeout=60)
            assert status == 200
            if not done.is_set():
                before_slow_ended += 1
            if before_slow_ended >= ENOUGH:
                break
        if before_slow_ended >= ENOUGH:
            break
    worker.join()
    status, answer = slow["answer"]
    assert status == 200, answer
    assert before_slow_ended >= ENOUGH, (
        f"only {before_slow_ended} cheap answers came before the slow one ended: the handlers "
        "wait for each other (or the slow check is too quick here: raise ITEMS)")


def test_writes_from_many_threads_at_once_are_each_stored_or_refused(
        server: tuple[str, dict[str, str]]) -> None:
    base, tokens = server
    answers: list[tuple[int, Any]] = []
    lock = threading.Lock()

    def submit(aar: int) -> None:
        got = call(f"{base}/api/tilbud/aalborg/ti-hcn", tokens["aalborg"],
                   {"art": "udmelding", "aar": aar, "begrundelse": f"samtidig {aar}"})
        with lock:
            answers.append(got)

    threads = [threading.Thread(target=submit, args=(2030 + i,)) for i in range(12)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert {status for status, _ in answers} <= {201, 409}, answers
    stored = sum(1 for status, _ in answers if status == 201)
    assert stored >= 1
    events: list[Any] = []
    while True:
        after = events[-1]["position"] if events else 0
        status, page = call(f"{base}/api/haendelser?antal=500&efter={after}",
                            tokens["sekretariat"])
        assert status == 200
        events += page
        if len(page) < 500:
            break
    mine = [e for e in events if e["type"] == tilbudsvifte.UdmeldingRequested.__name__
            and e["recorded_by"] == "Aalborg Kommune"]
    assert len(mine) == stored
