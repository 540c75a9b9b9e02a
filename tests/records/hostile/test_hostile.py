"""The hostile corpus against the real CLI, on a real SQLite file and the real PostgreSQL.

For every case of ``generate.CASES`` and every store it names: a store holding
tests/records/valid.yaml, the case's command run as a process (``socialaftale … --store
URL``) under a wall-clock timeout and CPU and memory limits (a hang or a runaway fails the
case instead of blocking the suite), then the exit code, the rule id of the message, a
Danish message with no traceback and a store exported byte for byte as before. The cases
run concurrently (a few processes at a time) so the corpus stays quick; each still has its
own store.
"""

from __future__ import annotations

import ctypes
import os
import re
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest

from socialaftale import export_events, load_record, open_store

from .generate import CASES, KNOWN_DEFECTS, RULE_TBD, VALID, Case

PG_URL = os.environ.get("SOCIALAFTALE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
CLI = str(Path(sys.executable).with_name("socialaftale"))
#: Wall-clock seconds a command may take. A fixed case answers in about a second (most of
#: it Python starting); the margin is for a busy machine.
TIMEOUT = 60.0
#: CPU seconds and bytes of address space a command may use: a bomb is stopped by these.
CPU_SECONDS = 10
MEMORY = 1536 * 1024 * 1024
WORKERS = 4
PR_SET_PDEATHSIG = 1  # linux/prctl.h

RULE = re.compile(r"regel: ([\w-]+)")
EXCEPTION = re.compile(r"\b[A-Z][A-Za-z]*(Error|Exception)\b|Traceback|<class '")
DANISH = re.compile(r"[æøåÆØÅ]|\b(ikke|skal|må|kan|er|en|et|fejl|filen|lageret|findes)\b",
                    re.IGNORECASE)


@dataclass
class Outcome:
    """What one case did: the command's exit and output, and the store before and after."""

    args: list[str]
    code: int | None  # None: killed after TIMEOUT
    stdout: str
    stderr: str
    seconds: float
    before: bytes
    after: bytes | None
    after_error: str | None = None  # the store could not be exported afterwards
    then: tuple[int | None, str] | None = None


def _pg_conninfo() -> str:
    from socialaftale.persistence import parse_store_url

    return parse_store_url(PG_URL).conninfo or ""


def _drop_schema(schema: str) -> None:
    with psycopg.connect(_pg_conninfo(), autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def _limits(cpu_seconds: int) -> Callable[[], None]:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 5))  # SIGXCPU first
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))
        # killed with the test run: a reader blocked on a FIFO uses no CPU and would stay
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    return limit


def run_cli(args: list[str], url: str, cwd: Path,
            cpu_seconds: int = CPU_SECONDS) -> tuple[int | None, str, str, float]:
    """Run ``socialaftale ARGS --store URL`` as a process of its own; kill it at TIMEOUT
    (twice that for a case allowed more CPU time)."""
    env = {**os.environ, "SOCIALAFTALE_STORE": url, "PYTHONFAULTHANDLER": ""}
    start = time.monotonic()
    proc = subprocess.Popen([CLI, *args, "--store", url], cwd=cwd, env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, preexec_fn=_limits(cpu_seconds),
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=TIMEOUT * (1 if cpu_seconds <= CPU_SECONDS else 2))
        code: int | None = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        code = None
    return (code, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"),
            time.monotonic() - start)


def exported(url: str) -> bytes:
    """The store's export, as ``socialaftale export`` writes it (one JSON line each): from
    the log alone, as the command reads it, so a damaged log still exports."""
    with open_store(url, actor="test", project=False) as store:
        return "".join(line + "\n" for line in export_events(store)).encode()


def _rows(url: str) -> bytes:
    """The log's rows as stored (for a tampered log, which is what is being tested)."""
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url[len("sqlite:///"):]) as conn:
            rows = conn.execute("SELECT rowid, originator_id, originator_version, topic, state"
                                " FROM stored_events ORDER BY rowid").fetchall()
    else:
        schema = url.rsplit("schema=", 1)[1]
        with psycopg.connect(_pg_conninfo()) as conn:
            rows = conn.execute(
                f"SELECT notification_id, originator_id, originator_version, topic, state"
                f" FROM {schema}.socialaftale_events ORDER BY notification_id").fetchall()
    return repr(rows).encode()


def _reorder(url: str) -> None:
    """Swap the agenda and the first decision of the meeting in the log (a damaged log)."""
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url[len("sqlite:///"):]) as conn:
            rows = dict((r[0], r[1:]) for r in conn.execute(
                "SELECT rowid, topic, state FROM stored_events WHERE rowid IN (3, 4)"))
            conn.execute("UPDATE stored_events SET topic=?, state=? WHERE rowid=3", rows[4])
            conn.execute("UPDATE stored_events SET topic=?, state=? WHERE rowid=4", rows[3])
        return
    schema = url.rsplit("schema=", 1)[1]
    with psycopg.connect(_pg_conninfo()) as conn:
        got = dict((r[0], r[1:]) for r in conn.execute(
            f"SELECT notification_id, topic, state FROM {schema}.socialaftale_events"
            " WHERE notification_id IN (3, 4)"))
        for mine, theirs in ((3, 4), (4, 3)):
            conn.execute(f"UPDATE {schema}.socialaftale_events SET topic=%s, state=%s"
                         " WHERE notification_id=%s", (*got[theirs], mine))


def _swap_versions(url: str) -> None:
    """Give the meeting's first two events each other's version (a damaged log)."""
    steps = [(-1, 2), (1, 3), (2, 2)]  # (new version, position): via -1, as the key is unique
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url[len("sqlite:///"):]) as conn:
            for version, position in steps:
                conn.execute("UPDATE stored_events SET originator_version=? WHERE rowid=?",
                             (version, position))
        return
    schema = url.rsplit("schema=", 1)[1]
    with psycopg.connect(_pg_conninfo()) as conn:
        for version, position in steps:
            conn.execute(f"UPDATE {schema}.socialaftale_events SET originator_version=%s"
                         " WHERE notification_id=%s", (version, position))


TAMPER = {"reordered": _reorder, "versions-swapped": _swap_versions}


class Corpus:
    """Runs the selected cases concurrently, each against its own fresh store."""

    def __init__(self, root: Path, selected: list[tuple[str, str]]) -> None:
        self.root = root
        self.selected = selected
        self.schemas: list[str] = []
        self.futures: dict[tuple[str, str], Future[Outcome]] = {}
        self.pool = ThreadPoolExecutor(max_workers=WORKERS)
        self.template: Path | None = None

    def _sqlite_template(self) -> Path:
        path = self.root / "template.db"
        with open_store(f"sqlite:///{path}", actor="test") as store:
            load_record(store, VALID, "valid.yaml")
        return path

    def start(self) -> None:
        by_id = {c.id: c for c in CASES}
        if any(kind == "sqlite" for _, kind in self.selected):
            self.template = self._sqlite_template()
        # the bombs and hangs first, so the quick cases run while they are being stopped
        for case_id, kind in sorted(self.selected, key=lambda s: by_id[s[0]].section != "high"):
            self.futures[(case_id, kind)] = self.pool.submit(self._run, by_id[case_id], kind)

    def outcome(self, case: Case, kind: str) -> Outcome:
        if not self.futures:
            self.start()
        if (case.id, kind) not in self.futures:  # not collected with the others
            self.futures[(case.id, kind)] = self.pool.submit(self._run, case, kind)
        return self.futures[(case.id, kind)].result()

    def _store(self, case: Case, kind: str, work: Path) -> str:
        if case.setup == "unreachable":
            return "postgresql://postgres@127.0.0.1:1/test"
        if case.setup == "missing-dir":
            return f"sqlite:///{work / 'findes-ikke' / 'lager.db'}"
        if case.setup == "garbage":
            path = work / "lager.db"
            path.write_bytes(b"dette er ikke en database\n" * 200)
            return f"sqlite:///{path}"
        if kind == "sqlite":
            path = work / "lager.db"
            if case.setup == "empty":
                with open_store(f"sqlite:///{path}", actor="test"):
                    pass
            else:
                if self.template is None:
                    raise RuntimeError("no SQLite template store")
                shutil.copyfile(self.template, path)
            return f"sqlite:///{path}"
        schema = f"t_h_{uuid.uuid4().hex[:12]}"
        self.schemas.append(schema)
        url = f"{PG_URL}?schema={schema}"
        with open_store(url, actor="test") as store:
            if case.setup != "empty":
                load_record(store, VALID, "valid.yaml")
        return url

    def _snapshot(self, case: Case, url: str, work: Path) -> bytes:
        if case.setup == "garbage":
            return (work / "lager.db").read_bytes()
        if case.setup == "missing-dir":
            return repr(sorted(p.name for p in work.iterdir())).encode()
        if case.setup == "unreachable":
            return b""
        if case.setup in TAMPER:
            return _rows(url)
        return exported(url)

    def _run(self, case: Case, kind: str) -> Outcome:
        work = self.root / f"{case.id}@{kind}"
        work.mkdir()
        url = self._store(case, kind, work)
        if case.setup in TAMPER:
            TAMPER[case.setup](url)
        before = self._snapshot(case, url, work)
        args = case.make(work)
        code, out, err, seconds = run_cli(args, url, work, case.cpu_seconds or CPU_SECONDS)
        outcome = Outcome(args, code, out, err, seconds, before, None)
        try:
            outcome.after = self._snapshot(case, url, work)
            if case.setup in TAMPER:  # a damaged log must not keep the store from export
                exported(url)
        except Exception as exc:  # the store no longer opens: that is the finding
            outcome.after_error = f"{type(exc).__name__}: {exc}"
        if case.then is not None and code == 0:
            then_code, then_out, then_err, _ = run_cli(case.then[0], url, work)
            outcome.then = (then_code, then_out + then_err)
        return outcome

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
        for schema in self.schemas:
            _drop_schema(schema)


def _params() -> Iterator[Any]:
    for case in CASES:
        for kind in case.stores:
            marks: list[Any] = [pytest.mark.postgres] if kind == "postgres" else []
            if case.id in KNOWN_DEFECTS or f"{case.id}@{kind}" in KNOWN_DEFECTS:
                # raises: a broken harness (an exception setting up) fails, never passes as
                # the defect
                marks.append(pytest.mark.xfail(strict=True, raises=AssertionError,
                                               reason="issue 24: not fixed yet"))
            yield pytest.param(case, kind, id=f"{case.id}@{kind}", marks=marks)


@pytest.fixture(scope="module")
def corpus(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[Corpus]:
    selected = [(item.callspec.params["case"].id, item.callspec.params["kind"])
                for item in request.session.items
                if getattr(item, "originalname", "") == "test_hostile_input"
                and hasattr(item, "callspec")]
    c = Corpus(tmp_path_factory.mktemp("hostile"), selected)
    yield c
    c.close()


def _describe(o: Outcome) -> str:
    return (f"socialaftale {' '.join(o.args)} → exit {o.code} in {o.seconds:.1f} s\n"
            f"stdout: {o.stdout[-1500:]}\nstderr: {o.stderr[-3000:]}")


@pytest.mark.parametrize(("case", "kind"), list(_params()))
def test_hostile_input(case: Case, kind: str, corpus: Corpus) -> None:
    o = corpus.outcome(case, kind)
    said = _describe(o)
    assert o.code is not None, f"no answer within {TIMEOUT:.0f} s\n{said}"
    assert o.code >= 0, f"killed by signal {-o.code} (CPU or memory bound, or a crash)\n{said}"
    assert not EXCEPTION.search(o.stdout + o.stderr), f"a Python exception reached the user\n{said}"
    assert o.code in case.exit, f"exit {o.code}, expected {case.exit}\n{said}"
    assert o.after_error is None, f"the store no longer exports: {o.after_error}\n{said}"
    if case.writes:
        assert o.after != o.before, f"the accepted case recorded nothing\n{said}"
    else:
        assert o.after == o.before, f"the store's export changed\n{said}"
    if case.export_check is not None:
        assert o.after is not None and case.export_check(o.after.decode()), said
    if case.then is not None:
        assert o.then is not None and o.then[0] == 0, f"{case.then[0]}: {o.then}"
        assert case.then[1](o.then[1]), f"{case.then[0]} printed:\n{o.then[1]}"
    if o.code == 0:
        return
    assert DANISH.search(o.stderr), f"no Danish message\n{said}"
    rules = RULE.findall(o.stderr)
    assert rules, f"the message carries no rule id (regel: …)\n{said}"
    if case.rule != RULE_TBD:
        assert case.rule in rules, f"rule {rules}, expected {case.rule}\n{said}"
    if case.contains is not None:
        assert re.search(rf"(?<!\w){re.escape(case.contains)}(?!\w)", o.stderr), (
            f"the message does not name what was written ({case.contains!r})\n{said}")


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_the_cli_export_is_the_export_the_corpus_compares(kind: str, tmp_path: Path,
                                                          store_url_factory: Any) -> None:
    """The corpus compares the store's export in-process (no second process per case);
    it is byte for byte what ``socialaftale export`` prints."""
    url = store_url_factory(kind)
    with open_store(url, actor="test") as store:
        load_record(store, VALID, "valid.yaml")
    code, out, err, _ = run_cli(["export"], url, tmp_path)
    assert code == 0, err
    assert out.encode() == exported(url)


def test_the_readme_table_is_the_corpus() -> None:
    from .generate import table

    readme = (Path(__file__).parent / "README.md").read_text(encoding="utf-8")
    assert table() in readme, "run: python tests/records/hostile/generate.py --table"


def test_the_known_defects_are_cases() -> None:
    ids = {c.id for c in CASES} | {f"{c.id}@{k}" for c in CASES for k in c.stores}
    assert ids >= KNOWN_DEFECTS, sorted(KNOWN_DEFECTS - ids)
