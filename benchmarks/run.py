"""socialaftale's speed at national size, as ratios against baselines measured in this run.

    python benchmarks/run.py --sizes 10k,100k --stores sqlite,postgres [--markdown FILE]

For each store and size: a fresh store, the synthetic history of ``generate.py``
recorded through the library's commands (vs raw eventsourcing saving as many events in
transactions of the same size), a rebuild of every read model in a child process (vs raw
read + decode of the same log; peak RSS of the child reported), and query latencies
(p50/p99 of each query vs the plain indexed SQL that returns the same rows), `verify`, and
the two printed documents: a 20-item meeting's referat as PDF and the 3,000-offer
tilbudsvifte as XLSX. Across sizes:
each query's p99 at the largest size over its p99 at the smallest. On PostgreSQL: four
writer processes recording different meetings at once. Targets from issue #9 are printed
next to the figures; nothing is asserted here.
"""

from __future__ import annotations

import argparse
import gc
import multiprocessing
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from typing import Any

sys.path.insert(0, os.path.dirname(__file__))

import orjson
from eventsourcing.utils import resolve_topic

from baseline import raw_figures
from generate import history
from socialaftale import Socialaftale, audit, open_store
from socialaftale.merkle import consistency_proof, inclusion_proof
from socialaftale.persistence import EventLog, parse_store_url
from socialaftale.readstore import Database
from vocabulary import COMMON, RARE

PG = os.environ.get("SOCIALAFTALE_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/test")
QUERY_RUNS = 100
# A query slower than this budget allows is run fewer times (never under QUERY_RUNS_MIN):
# the ranked search at 1M takes most of a second, and 100 runs of it and its plain SQL on
# each store were a fifth of the whole run.
QUERY_SECONDS, QUERY_RUNS_MIN = 15.0, 30
RAW_EVENTS_MAX = 100_000  # raw saving is steady long before this; saves minutes at 1M
TREE_EVENTS_MAX = 100_000  # recording with and without the Merkle tree: steady by then
PROOF_SIZES = (1_000, 100_000, 1_000_000)
WEB_WORKERS, WEB_REQUESTS = 2, 10  # serve --workers 2: one per core
# A referat PDF takes most of a second to typeset: a few runs each, as the drafting's
# (the tiny run of the tests makes both documents on two stores).
DOCUMENT_RUNS, REFERAT_ITEMS = 3, 20


def parse_size(text: str) -> int:
    text = text.strip().lower()
    factor = {"k": 1_000, "m": 1_000_000}.get(text[-1], 1)
    return int(float(text[:-1] if factor > 1 else text) * factor)


def store_url(kind: str, tmp: str) -> tuple[str, Callable[[], None]]:
    """A fresh store of ``kind`` and how to throw it away."""
    if kind == "sqlite":
        path = os.path.join(tmp, f"bench-{uuid.uuid4().hex[:8]}.db")
        return f"sqlite:///{path}", lambda: None
    schema = f"bench_{uuid.uuid4().hex[:10]}"

    def drop() -> None:
        import psycopg

        with psycopg.connect(PG, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")

    return f"{PG}?schema={schema}", drop


def chunked(batches: Iterable[list[Any]], size: int = 500) -> Iterator[list[list[Any]]]:
    """Batches a few hundred at a time: generated ahead, so that only recording is timed,
    without holding a million events' commands in memory."""
    chunk: list[list[Any]] = []
    for batch in batches:
        chunk.append(batch)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def timed(fn: Callable[[], Any], runs: int = QUERY_RUNS) -> tuple[float, float]:
    """p50 and p99 of ``fn`` in milliseconds (after one warm-up call): ``runs`` runs, or
    as many as QUERY_SECONDS allow but at least QUERY_RUNS_MIN."""
    fn()
    samples: list[float] = []
    began = time.perf_counter()
    while len(samples) < runs and (len(samples) < QUERY_RUNS_MIN
                                   or time.perf_counter() - began < QUERY_SECONDS):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return percentile(samples, 50), percentile(samples, 99)


def queries(store: Any) -> dict[str, tuple[Callable[[], Any], Callable[[], Any]]]:
    """Each question a user asks, and the plain SQL that returns the same rows."""
    db = store.db
    day = date(2010, 6, 1).isoformat()
    key = "aalborg/t0"

    def vifte_sql() -> Any:  # the offers in the vifte that day, and that year's rates
        return (db.query("SELECT * FROM tilbud_version WHERE i_vifte = 1 AND valid_from <= ?"
                         " AND (valid_to IS NULL OR valid_to > ?) AND known_to IS NULL"
                         " ORDER BY driftsherre, navn, tilbud_key", (day, day)),
                db.query("SELECT * FROM tilbud_takst WHERE aar = ? AND known_to IS NULL"
                         " ORDER BY tilbud_key, ydelse", (2010,)))

    def known_sql() -> Any:
        return (db.query("SELECT * FROM tilbud_version WHERE i_vifte = 1 AND valid_from <= ?"
                         " AND (valid_to IS NULL OR valid_to > ?) AND known_from <= ? AND"
                         " (known_to IS NULL OR known_to > ?) ORDER BY driftsherre, navn,"
                         " tilbud_key", (day, day, day, day)),
                db.query("SELECT * FROM tilbud_takst WHERE aar = ? AND known_from <= ? AND"
                         " (known_to IS NULL OR known_to > ?) ORDER BY tilbud_key, ydelse",
                         (2010, day, day)))

    def history_sql() -> Any:
        return db.query("SELECT * FROM tilbud_fact WHERE tilbud_key = ? ORDER BY position,"
                        " version", (key,))

    def search_sql() -> Any:  # ranked, best 50 with snippets, and those decisions' rows
        if db.dialect == "postgresql":
            hits = db.query("SELECT position, ts_headline('danish', search, q), ts_rank(tsv, q)"
                            " FROM meeting_decision, to_tsquery('danish',"
                            " 'kapacitet:* & styringsaftale:*') q WHERE tsv @@ q"
                            " ORDER BY 3 DESC, position LIMIT 50")
        else:
            hits = db.query("SELECT rowid, snippet(decision_fts, 0, '«', '»', ' … ', 16),"
                            " -bm25(decision_fts) FROM decision_fts WHERE decision_fts MATCH"
                            " '\"kapacitet\"* AND \"styringsaftale\"*' ORDER BY"
                            " bm25(decision_fts), rowid LIMIT 50")
        marks = ", ".join("?" for _ in hits) or "NULL"
        return hits, db.query(f"SELECT * FROM meeting_decision WHERE position IN ({marks})",
                              [h[0] for h in hits])

    def common_sql() -> Any:  # the newest 1,000 matches ranked, and the best 50's rows
        if db.dialect == "postgresql":
            hits = db.query("SELECT position, ts_rank(tsv, to_tsquery('danish', ?)) FROM"
                            " (SELECT position, tsv FROM meeting_decision WHERE tsv @@"
                            " to_tsquery('danish', ?) ORDER BY position DESC LIMIT 1001) c"
                            " ORDER BY 2 DESC LIMIT 50", (f"{COMMON}:*",) * 2)
        else:
            hits = db.query("SELECT * FROM (SELECT rowid, bm25(decision_fts) r FROM decision_fts"
                            " WHERE decision_fts MATCH ? ORDER BY rowid DESC LIMIT 1001)"
                            " ORDER BY r LIMIT 50", (f'"{COMMON}"*',))
        marks = ", ".join("?" for _ in hits) or "NULL"
        return hits, db.query(f"SELECT * FROM meeting_decision WHERE position IN ({marks})",
                              [h[0] for h in hits])

    def actions_sql() -> Any:  # open on that day, with the next meeting's date
        return db.query("SELECT a.*, (SELECT MIN(n.dato) FROM meeting n WHERE n.body = a.body"
                        " AND n.dato > a.dato) FROM meeting_action a WHERE a.dato <= ? AND"
                        " (a.afsluttet IS NULL OR a.afsluttet > ?)", ("2012-01-01",) * 2)

    def shares_sql() -> Any:
        return db.query("SELECT * FROM budget_share WHERE year = ? AND cost_centre = ?",
                        (2008, "Fælles Region Nordjylland"))

    return {
        "tilbudsvifte as_of": (lambda: store.tilbudsvifte(date(2010, 6, 1)), vifte_sql),
        "tilbudsvifte known_at": (
            lambda: store.tilbudsvifte(date(2010, 6, 1), known_at=date(2010, 6, 1)),
            known_sql),
        "an offer's history": (lambda: store.tilbud_history(key), history_sql),
        "decision search": (lambda: store.search_decisions("kapacitet styringsaftale"),
                            search_sql),
        "decision search, common word": (lambda: store.search_decisions(COMMON),
                                         common_sql),
        "open actions": (lambda: store.actions(date(2012, 1, 1)), actions_sql),
        "shares": (lambda: store.shares(2008, "Fælles Region Nordjylland"), shares_sql),
    }


def twenty_item_meeting(store: Any) -> tuple[str, bool]:
    """The first meeting (by id) of REFERAT_ITEMS items in the store, and whether the run
    recorded it: a small history may have none (4,000 events: 42 meetings of 10-19 items),
    and then one is recorded, on a day the history leaves free (generate.meeting_of)."""
    def find() -> str | None:
        found = store.db.query("SELECT meeting_id FROM meeting_item GROUP BY meeting_id"
                               " HAVING COUNT(*) = ? ORDER BY meeting_id LIMIT 1",
                               (REFERAT_ITEMS,))
        return str(found[0][0]) if found else None

    meeting_id = find()
    if meeting_id is not None:
        return meeting_id, False
    from generate import meeting_of

    store.record(*meeting_of(REFERAT_ITEMS))
    store.catch_up()
    meeting_id = find()
    assert meeting_id is not None, "the recorded meeting has not 20 items"
    return meeting_id, True


def documents(store: Any) -> dict[str, Any]:
    """p50/p99 (ms, DOCUMENT_RUNS runs after a warm-up) and bytes of the two documents a
    secretariat prints from the store: a 20-item meeting's referat as a PDF (what
    ``/moeder/<id>/referat.pdf`` and ``socialaftale meeting --pdf`` serve: publish.meeting_pdf,
    WeasyPrint), and the tilbudsvifte of the 3,000 offers as XLSX (what
    ``/hent/tilbudsvifte.xlsx`` serves: the query, its rows and the workbook)."""
    import pypdfium2

    from socialaftale import meeting_pdf, xlsx_table
    from socialaftale_web.views.hent import TABLES, _text

    meeting_id, built = twenty_item_meeting(store)
    day: dict[str, str | None] = {"dato": date(2010, 6, 1).isoformat()}

    offers: list[int] = []

    def pdf() -> bytes:
        return meeting_pdf(store, meeting_id, referat=True)

    def xlsx() -> bytes:
        headings, rows = TABLES["tilbudsvifte"](store, day)
        offers.append(len(rows))
        return xlsx_table(headings, rows, sheet="tilbudsvifte", text=_text)

    def runs(fn: Callable[[], bytes]) -> tuple[float, float, float, bytes]:
        """p50 and p99 (the slowest of so few) wall-clock ms after a warm-up (WeasyPrint
        loads its fonts the first time), the median CPU ms of this process (what does not
        grow when other work shares the cores; PostgreSQL's own work is not in it), and
        the document the warm-up made."""
        made = fn()
        wall, cpu = [], []
        for _ in range(DOCUMENT_RUNS):
            start, start_cpu = time.perf_counter(), time.process_time()
            fn()
            wall.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
        return percentile(wall, 50), percentile(wall, 99), statistics.median(cpu), made

    gc.collect()
    gc.freeze()  # as for the queries: not the benchmark's own heap in every collection
    try:
        *pdf_ms, referat = runs(pdf)
        *xlsx_ms, book = runs(xlsx)
    finally:
        gc.unfreeze()
    assert referat.startswith(b"%PDF") and book.startswith(b"PK"), (referat[:8], book[:8])
    return {"meeting": meeting_id, "built": built, "pages": len(pypdfium2.PdfDocument(referat)),
            "offers": offers[0], "pdf": (*pdf_ms, len(referat)), "xlsx": (*xlsx_ms, len(book))}


def _rebuild_child(url: str) -> None:
    with open_store(url) as store:
        start = time.perf_counter()
        count = store.rebuild()
        elapsed = time.perf_counter() - start
    print(f"{count} {elapsed} {peak_rss_kb()}")


def peak_rss_kb() -> int:
    """This process's own peak resident set (KB).

    Linux's ru_maxrss keeps the parent's peak across fork and exec, so a child started by a
    large parent would report the parent's size; /proc's VmHWM is this process's alone."""
    import resource

    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def rebuild_in_child(url: str) -> tuple[int, float, int]:
    """Rebuild every read model in a fresh process: events, seconds, peak RSS in KB."""
    out = subprocess.run([sys.executable, __file__, "--rebuild-child", url], check=True,
                         capture_output=True, text=True).stdout.split()
    return int(out[0]), float(out[1]), int(out[2])


def _writer(url: str, batches: list[list[Any]], results: Any) -> None:
    with open_store(url, actor=f"skriver-{os.getpid()}") as store:
        start = time.perf_counter()
        count = 0
        for batch in batches:
            count += len(store.record(*batch))
        results.put((count, time.perf_counter() - start))


def concurrent_writers(url: str, batches: list[list[Any]], writers: int = 4) -> tuple[
        int, int, float]:
    """Four processes record different meetings into one store: (expected, stored, ev/s).

    The offers and the first year's budget are recorded first, by this process."""
    from generate import m, tv

    setup = [b for b in batches if all(isinstance(c, tv.RegisterTilbud) for c in b)]
    batches = [b for b in batches if b not in setup]
    with open_store(url) as store:
        for batch in setup:
            store.record(*batch)
        base = store.log.last_position() or 0
    # A body's meetings stay with one writer, in order: a meeting reports actions of the
    # body's earlier meetings done, as a secretariat records one body's minutes in turn.
    shares: list[list[list[Any]]] = [[] for _ in range(writers)]
    for batch in batches:
        body = next((c.body for c in batch if isinstance(c, m.ScheduleMeeting)), "")
        shares[zlib.crc32(body.encode()) % writers].append(batch)
    ctx = multiprocessing.get_context("spawn")
    results = ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(url, s, results)) for s in shares]
    start = time.perf_counter()
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    elapsed = time.perf_counter() - start
    failed = [p.exitcode for p in procs if p.exitcode != 0]
    if failed:
        raise SystemExit(f"{len(failed)} of {writers} writers failed (exit codes {failed})")
    expected = sum(results.get(timeout=60)[0] for _ in procs)
    with open_store(url) as store:
        positions = [r.position for r in store.events(base)]
    stored = len(set(positions))
    assert stored == len(positions), "a position was stored twice"
    return expected, stored, stored / elapsed


def raw_read_same_log(store: Any) -> float:
    """Events/s of plain eventsourcing reading this very log and decoding each state's JSON:
    the floor under any replay, whatever the read models do."""
    recorder = store.log.recorder
    start_time = time.perf_counter()
    count, start = 0, 1
    while True:
        page = recorder.select_notifications(start=start, limit=1000)
        if not page:
            break
        for n in page:
            orjson.loads(n.state)
            resolve_topic(n.topic)
        count += len(page)
        start = page[-1].id + 1
    return count / (time.perf_counter() - start_time)


def _without_tree(url: str) -> Socialaftale:
    """A store exactly as ``open_store`` makes it, but with eventsourcing's own recorder:
    the log without the Merkle tree (for the cost of the tree, nothing else)."""
    location = parse_store_url(url)
    location.env.pop("APPLICATION_RECORDER_TOPIC", None)
    if location.kind == "memory":
        location.env["PERSISTENCE_MODULE"] = "eventsourcing.popo"
    db = Database(location)
    with db.setup_lock():
        log = EventLog(env=location.env)
    return Socialaftale(log, db, actor="benchmark", project=False)


def tree_cost(kind: str, size: int, tmp: str, keep: bool = False,
              per_chunk: int = 25) -> tuple[float, float, float]:
    """(events/s with the tree, without it, the median over chunks of the ratio) recording
    the same history into a store with the tree and one without, ``per_chunk`` transactions
    to each in turn, which goes first alternating chunk by chunk (so both see the same
    machine, load and store size, and neither is always the one after a pause). The ratio
    is each chunk's (time without / time with), the median of them: a burst of another
    process's load slows one chunk of one store, which moves a total but not a median.
    ``keep``: leave the store with the tree for the caller (``store_url.last``: url, drop)."""
    with_url, drop_with = store_url(kind, tmp)
    without_url, drop_without = store_url(kind, tmp)
    secs = [0.0, 0.0]
    ratios: list[float] = []
    try:
        with open_store(with_url, actor="benchmark", project=False) as a, \
                _without_tree(without_url) as b:
            for n, chunk in enumerate(chunked(history(size), per_chunk)):
                took = [0.0, 0.0]
                for i in ((0, 1) if n % 2 == 0 else (1, 0)):
                    store = (a, b)[i]
                    start = time.perf_counter()
                    for batch in chunk:
                        store.record(*batch)
                    took[i] = time.perf_counter() - start
                    secs[i] += took[i]
                ratios.append(took[1] / took[0])
            events = a.log.last_position()
            assert events == b.log.last_position()
    finally:
        if keep:
            store_url.last = (with_url, drop_with)  # type: ignore[attr-defined]
        else:
            drop_with()
        drop_without()
    return events / secs[0], events / secs[1], statistics.median(ratios)


def proof_sizes() -> list[tuple[int, int, int, int]]:
    """(n, inclusion path hashes, proof JSON bytes, consistency hashes from n/2+1) for
    synthetic logs: how a proof grows with the log (log2 n)."""
    import hashlib
    import json

    out = []
    for n in PROOF_SIZES:
        leaves = [hashlib.sha256(i.to_bytes(8, "big")).digest() for i in range(n)]
        path = inclusion_proof(n // 3, leaves)
        doc = {"format": "socialaftale-inclusion/1", "position": n // 3 + 1,
               "leaf_index": n // 3, "tree_size": n, "leaf_hash": leaves[n // 3].hex(),
               "path": [p.hex() for p in path]}
        out.append((n, len(path), len(json.dumps(doc)),
                    len(consistency_proof(n // 2 + 1, leaves))))
    return out


def measure(kind: str, size: int, tmp: str, web: bool = False) -> dict[str, Any]:
    """Record ``size`` events, then time projection, queries and a rebuild on that store."""
    url, drop = store_url(kind, tmp)
    row: dict[str, Any] = {"store": kind, "size": size}
    n_commands = n_batches = 0
    began = time.perf_counter()

    def phase(name: str) -> None:  # where the run's time goes, on stderr
        print(f"    {name} done at {time.perf_counter() - began:,.0f} s", file=sys.stderr)

    try:
        # The log alone (projections in a separate process, as in production), then the
        # read models catching up with it: together, the full cost of recording.
        with open_store(url, actor="benchmark", project=False) as store:
            record_secs = 0.0
            for chunk in chunked(history(size)):  # made before the clock runs
                start = time.perf_counter()
                for batch in chunk:
                    store.record(*batch)
                record_secs += time.perf_counter() - start
                n_commands += sum(len(b) for b in chunk)
                n_batches += len(chunk)
            start = time.perf_counter()
            store.catch_up()
            project_secs = time.perf_counter() - start
            events = store.log.last_position() or 0
            row["events"] = events
            row["record"] = events / record_secs
            row["record_projected"] = events / (record_secs + project_secs)
            phase(f"record ({record_secs:,.0f} s) and catch-up ({project_secs:,.0f} s)")
            row["raw_read"] = raw_read_same_log(store)
            # The benchmark's own objects (the history it generated) would otherwise make
            # every full garbage collection during a query as slow as this process is large;
            # a server holds no such heap.
            gc.collect()
            gc.freeze()
            row["queries"] = {name: (timed(lib), timed(sql))
                              for name, (lib, sql) in queries(store).items()}
            gc.unfreeze()
            phase("raw read and queries")
            start = time.perf_counter()
            checked = audit.verify(store, record=False)
            assert checked.intact and checked.events == events, checked.problems[:3]
            row["verify"] = events / (time.perf_counter() - start)
            phase("verify")
            # After verify, which checks the history's events: the meeting documents()
            # may record for want of a 20-item one is not among them.
            row["documents"] = documents(store)
            phase("referat PDF and tilbudsvifte XLSX")
        row["tree"] = tree_cost(kind, min(size, TREE_EVENTS_MAX), tmp)
        phase("with and without the tree")
        per_txn = max(1, round(n_commands / n_batches))
        raw = raw_figures(min(events, RAW_EVENTS_MAX), events_per_aggregate=min(10, per_txn),
                          per_call=max(1, per_txn // 10), kind=kind, pg=PG)
        row["raw_save"] = raw.save_per_s
        phase("raw save")
        count, secs, peak = rebuild_in_child(url)
        row["rebuild"] = count / secs
        row["peak_rss_mb"] = peak / 1024
        phase(f"rebuild ({secs:,.0f} s)")
        if web:
            row["web"] = web_load(url)
            phase("web")
    finally:
        drop()
    return row


def web_load(url: str) -> dict[str, tuple[float, float, float]]:
    """p50/p99 (ms) and requests/s of every kind of page under 8 concurrent clients, against
    ``socialaftale serve --workers 2`` on this store (benchmarks/web_load.py)."""
    import web_load as web

    return web.load(url, WEB_WORKERS, WEB_REQUESTS)


def render(rows: list[dict[str, Any]], concurrency: dict[str, Any] | None, command: str,
           seconds: float | None = None) -> str:
    took = f" (the whole run: {seconds / 60:.1f} minutes)" if seconds is not None else (
        " (still running: the rows measured so far)")
    lines = [f"Command: `{command}`{took}", "",
             f"Machine: {os.cpu_count()} cores, Python {platform.python_version()}, SQLite "
             f"{sqlite3.sqlite_version}, {platform.platform()}", "",
             "Recording: the log alone (read models kept by a separate projector, as in "
             "production), and the log plus the read models catching up with it.", "",
             "| store | events | record ev/s | ratio (target ≥ 0.5) | record + project ev/s | "
             "ratio | raw save ev/s |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(
            f"| {r['store']} | {r['events']:,} | {r['record']:,.0f} | "
            f"{r['record'] / r['raw_save']:.2f} | {r['record_projected']:,.0f} | "
            f"{r['record_projected'] / r['raw_save']:.2f} | {r['raw_save']:,.0f} |")
    lines += ["", "Rebuild of every read model in a fresh process, against plain eventsourcing "
              "reading and decoding the same log.", "",
              "| store | events | rebuild ev/s | raw read ev/s | ratio (target ≥ 0.4) | "
              "rebuild peak RSS |", "|---|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(
            f"| {r['store']} | {r['events']:,} | {r['rebuild']:,.0f} | {r['raw_read']:,.0f} | "
            f"{r['rebuild'] / r['raw_read']:.2f} | {r['peak_rss_mb']:.0f} MB |")
    lines += ["", f"Queries: {QUERY_RUNS} runs each after a warm-up, or as many as "
              f"{QUERY_SECONDS:.0f} s allow (at least {QUERY_RUNS_MIN}) for a slow one, whose "
              "p99 is then near the slowest run.", "",
              "| store | events | query | p50 ms | p99 ms | plain SQL p99 ms | ratio "
              "(target ≤ 3) |", "|---|---:|---|---:|---:|---:|---:|"]
    for r in rows:
        for name, ((p50, p99), (_s50, s99)) in r["queries"].items():
            lines.append(f"| {r['store']} | {r['events']:,} | {name} | {p50:.2f} | {p99:.2f} | "
                         f"{s99:.2f} | {p99 / max(s99, 1e-6):.1f} |")
    by_store: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        by_store.setdefault(r["store"], []).append(r)
    lines += ["", "| store | query | p99 at largest / p99 at smallest (target ≤ 1.5) |",
              "|---|---|---:|"]
    for kind, rs in by_store.items():
        if len(rs) < 2:
            continue
        small, large = rs[0], rs[-1]
        for name in small["queries"]:
            ratio = large["queries"][name][0][1] / max(small["queries"][name][0][1], 1e-6)
            lines.append(f"| {kind} | {name} ({small['events']:,} → {large['events']:,}) | "
                         f"{ratio:.2f} |")
    lines += ["", "Tamper evidence: recording the same history with the Merkle tree and "
              "without it, 25 transactions to each in turn (the ratio: the median of the "
              "chunks' ratios; at most "
              f"{TREE_EVENTS_MAX:,} events), and `socialaftale verify` recomputing every "
              "leaf and root of the recorded store.", "",
              "| store | events | with tree ev/s | without ev/s | ratio (target ≥ 0.9) | "
              "verify ev/s (target ≥ 100,000 on SQLite) |", "|---|---:|---:|---:|---:|---:|"]
    for r in rows:
        with_, without, ratio = r["tree"]
        lines.append(f"| {r['store']} | {r['events']:,} | {with_:,.0f} | {without:,.0f} | "
                     f"{ratio:.2f} | {r['verify']:,.0f} |")
    lines += ["", "Documents: a 20-item meeting's referat as PDF (`publish.meeting_pdf`, "
              "WeasyPrint: what `/moeder/<id>/referat.pdf` and `socialaftale meeting --pdf` "
              "serve) and the tilbudsvifte on 1.6.2010 as XLSX (what "
              "`/hent/tilbudsvifte.xlsx` serves: the query, its rows and the workbook), "
              f"{DOCUMENT_RUNS} runs each after a warm-up (p99: the slowest run; CPU: this "
              "process's, not PostgreSQL's). `*`: the "
              "history had no 20-item meeting, so the run recorded one.", "",
              "| store | events | document | p50 ms | p99 ms | CPU ms (median) | bytes |",
              "|---|---:|---|---:|---:|---:|---:|"]
    for r in rows:
        d = r["documents"]
        built = "*" if d["built"] else ""
        for name, (p50, p99, cpu, size) in (
                (f"referat PDF, {REFERAT_ITEMS} items{built} ({d['pages']} pages)", d["pdf"]),
                (f"tilbudsvifte XLSX, {d['offers']:,} offers", d["xlsx"])):
            lines.append(f"| {r['store']} | {r['events']:,} | {name} | {p50:.0f} | "
                         f"{p99:.0f} | {cpu:.0f} | {size:,} |")
    lines += ["", "Proof sizes (RFC 9162), synthetic logs: an inclusion proof of one event and "
              "a consistency proof between two heads grow with log2 of the log.", "",
              "| events | inclusion path (hashes) | inclusion proof JSON bytes (without the "
              "event and checkpoint) | consistency proof (hashes) |", "|---:|---:|---:|---:|"]
    for n, path, size, cons in proof_sizes():
        lines.append(f"| {n:,} | {path} | {size:,} | {cons} |")
    web_rows = [r for r in rows if "web" in r]
    if web_rows:
        from web_load import CLIENTS, target_ms

        lines += ["", f"Web: `socialaftale serve --workers {WEB_WORKERS}` under {CLIENTS} "
                      f"concurrent clients, {WEB_REQUESTS} requests each per page (search "
                      f"terms: «kapacitet styringsaftale», «{RARE}», «{COMMON}», from "
                      "benchmarks/vocabulary.py).", "",
                  "| store | events | page | p50 ms | p99 ms | requests/s | p99 target ms |",
                  "|---|---:|---|---:|---:|---:|---|"]
        for r in web_rows:
            for name, (p50, p99, rate) in r["web"].items():
                target = target_ms(name)
                lines.append(f"| {r['store']} | {r['events']:,} | {name} | {p50:.0f} | "
                             f"{p99:.0f} | {rate:.1f} | {target} "
                             f"({'met' if p99 <= target else 'not met'}) |")
    if concurrency:
        lines += ["", f"PostgreSQL, 4 writer processes recording different meetings: "
                      f"{concurrency['expected']:,} events recorded, {concurrency['stored']:,} "
                      f"stored (none lost or doubled), {concurrency['rate']:,.0f} events/s."]
    return "\n".join(lines) + "\n"


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--rebuild-child":
        _rebuild_child(sys.argv[2])
        return
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10k,100k")
    parser.add_argument("--stores", default="sqlite,postgres")
    parser.add_argument("--markdown", default=None, help="also write the tables to this file")
    parser.add_argument("--web", action="store_true",
                        help="also load the web pages on the largest store of each kind")
    args = parser.parse_args()
    sizes = [parse_size(s) for s in args.sizes.split(",")]
    kinds = [k.strip() for k in args.stores.split(",")]
    command = "python benchmarks/run.py " + " ".join(sys.argv[1:])
    started = time.perf_counter()
    rows: list[dict[str, Any]] = []
    concurrency: dict[str, Any] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        # The PostgreSQL writers first: short, and a failure there stops the run early.
        if "postgres" in kinds:
            print("… postgres, 4 writers", file=sys.stderr)
            url, drop = store_url("postgres", tmp)
            try:
                expected, stored, rate = concurrent_writers(url, list(history(max(sizes[0],
                                                                                   20_000))))
                concurrency = {"expected": expected, "stored": stored, "rate": rate}
            finally:
                drop()
        for kind in kinds:
            for size in sizes:
                print(f"… {kind}, {size:,} events", file=sys.stderr)
                rows.append(measure(kind, size, tmp, web=args.web and size == max(sizes)))
                if args.markdown:  # what is measured so far survives a later failure
                    write_results(args.markdown, render(rows, concurrency, command))
    text = render(rows, concurrency, command, time.perf_counter() - started)
    print("… drafting 20 pages of minutes", file=sys.stderr)
    from draft_speed import measure as drafting

    text += ("\nDrafting a record from 20 pages of minutes (issue 18; "
             "`python benchmarks/draft_speed.py`):\n\n" + drafting(pages=20, runs=3))
    print(text)
    if args.markdown:
        write_results(args.markdown, text)


BEGIN, END = "<!-- results: written by benchmarks/run.py -->", "<!-- /results -->"


def write_results(path: str, text: str) -> None:
    """Write the tables to ``path``; in a file that has the results markers (such as
    docs/performance.md), replace only what stands between them and keep the prose."""
    try:
        with open(path, encoding="utf-8") as f:
            old = f.read()
    except FileNotFoundError:
        old = ""
    if BEGIN in old and END in old:
        head, rest = old.split(BEGIN, 1)
        text = f"{head}{BEGIN}\n{text}{END}{rest.split(END, 1)[1]}"
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
