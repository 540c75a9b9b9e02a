"""The web under load: p50/p99 per page with 8 clients, ``serve`` with 1 worker against N.

    python benchmarks/web_load.py --sizes 10k,100k --stores sqlite,postgres --workers 1,2

For each store kind and size: a fresh store with the synthetic history of generate.py
(its vocabulary: the real minutes' words, Zipf-drawn), then for each worker count a real
``socialaftale serve --workers N`` process, and per page 8 client processes each making
``--requests`` requests on a kept-alive connection after one warm-up request. Prints a
Markdown table (``--markdown FILE`` also writes it there).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from typing import Any

sys.path.insert(0, os.path.dirname(__file__))
from generate import history
from run import chunked, parse_size, percentile, store_url
from socialaftale import open_store
from vocabulary import COMMON, RARE

CLIENTS = 8
PAGES = {
    "forside": "/",
    "tilbudsvifte": "/tilbudsvifte?dato=2010-06-01",
    "decision search, rare words": "/beslutninger?soeg=kapacitet+styringsaftale",
    f"decision search, «{RARE}»": f"/beslutninger?soeg={RARE}",
    f"decision search, «{COMMON}» (most used word)": f"/beslutninger?soeg={COMMON}",
    f"search everything, «{COMMON}»": f"/soeg?soeg={COMMON}",
    f"search everything, «{RARE}»": f"/soeg?soeg={RARE}",
    f"search everything, «{COMMON[:5]}» (a prefix)": f"/soeg?soeg={COMMON[:5]}",
    "decisions": "/beslutninger",
    "meetings": "/moeder",
    "decisions API (a page)": "/api/beslutninger",
    "meetings API (a page)": "/api/moeder",
    "follow-up actions": "/opfoelgninger",
    "people": "/personer",
    "tilbudsvifte changes": "/aendringer",
    "working groups": "/arbejdsgrupper",
    "agreements": "/aftaler",
    "cases": "/forloeb",
    "kommuner": "/kommuner",
}


#: Pages whose path names a thing of the store: the meeting with the most items (its
#: referat reads that meeting and its decisions alone, not the record's; issue 23).
MEETING_PAGE = "a meeting's referat (most items)"


def store_pages(url: str) -> dict[str, str]:
    """:data:`MEETING_PAGE`'s path in the store at ``url``."""
    with open_store(url, actor="benchmark", project=False) as store:
        found = store.db.query("SELECT meeting_id FROM meeting_item GROUP BY meeting_id"
                               " ORDER BY COUNT(*) DESC, meeting_id LIMIT 1")
    return {MEETING_PAGE: f"/moeder/{found[0][0]}"} if found else {}


def target_ms(page: str) -> int:
    """The issue's p99 target for a page under load: the vifte 250 ms, a decision search
    300 ms, every other page 500 ms."""
    if page == "tilbudsvifte":
        return 250
    return 300 if page.startswith("decision search") else 500


def _client(base: str, path: str, requests: int, results: Any) -> None:
    """One client: ``requests`` requests on a kept-alive connection; puts its samples, or
    the error that stopped it (so a failing page stops the run at once, not at a timeout)."""
    import http.client
    from urllib.parse import urlparse

    try:
        where = urlparse(base)
        conn = http.client.HTTPConnection(where.hostname or "127.0.0.1", where.port,
                                          timeout=300)
        samples = []
        for _ in range(requests):
            start = time.perf_counter()
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                raise RuntimeError(f"{path}: HTTP {response.status}")
            samples.append((time.perf_counter() - start) * 1000)
        results.put(samples)
    except Exception as error:  # reported to the parent, which stops the run
        results.put(f"{path}: {error!r}")


def build(url: str, size: int) -> int:
    """Record the synthetic history of ``size`` events and bring the read models up."""
    with open_store(url, actor="benchmark", project=False) as store:
        for chunk in chunked(history(size)):
            for batch in chunk:
                store.record(*batch)
        store.catch_up()
        return store.log.last_position() or 0


def load(url: str, workers: int, requests: int,
         pages: dict[str, str] | None = None) -> dict[str, tuple[float, float, float]]:
    """p50, p99 (ms) and requests/s of each page (:data:`PAGES` unless ``pages``) under
    :data:`CLIENTS` clients."""
    cli = os.path.join(os.path.dirname(sys.executable), "socialaftale")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([cli, "serve", "--store", url, "--port", str(port),
                               "--workers", str(workers)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(base + "/", timeout=5).read()
                break
            except OSError:
                if server.poll() is not None:
                    raise RuntimeError(server.stderr.read().decode()) from None  # type: ignore[union-attr]
                time.sleep(0.2)
        out = {}
        ctx = multiprocessing.get_context("spawn")
        for name, path in (PAGES if pages is None else pages).items():
            for _ in range(workers):  # warm every worker (each has its own caches)
                urllib.request.urlopen(base + path, timeout=300).read()
            results = ctx.Queue()
            procs = [ctx.Process(target=_client, args=(base, path, requests, results))
                     for _ in range(CLIENTS)]
            start = time.perf_counter()
            for p in procs:
                p.start()
            got = [results.get(timeout=1800) for _ in procs]
            failed = [g for g in got if isinstance(g, str)]
            if failed:
                raise RuntimeError(failed[0])
            samples = [s for g in got for s in g]
            for p in procs:
                p.join()
            elapsed = time.perf_counter() - start
            out[name] = (percentile(samples, 50), percentile(samples, 99),
                         len(samples) / elapsed)
        return out
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10k,100k")
    parser.add_argument("--stores", default="sqlite,postgres")
    parser.add_argument("--workers", default=f"1,{os.cpu_count() or 2}")
    parser.add_argument("--requests", type=int, default=10, help="per client and page")
    parser.add_argument("--markdown", default=None)
    parser.add_argument("--pages", default=None,
                        help="only the pages whose name or path has one of these (comma-"
                        "separated), e.g. 'search everything'")
    parser.add_argument("--store-file", default=None,
                        help="a ready SQLite store (generate.py's) to copy and load instead"
                        " of building one; its size then is its events (--sizes ignored)")
    args = parser.parse_args()
    wanted = [w.strip() for w in args.pages.split(",")] if args.pages else None

    def chosen(found: dict[str, str]) -> dict[str, str]:
        return {n: p for n, p in found.items()
                if wanted is None or any(w in n or w in p for w in wanted)}

    pages = chosen(PAGES)
    command = "python benchmarks/web_load.py " + " ".join(sys.argv[1:])
    counts = [int(w) for w in args.workers.split(",")]
    lines = [f"Command: `{command}` ({os.cpu_count()} cores; {CLIENTS} clients, "
             f"{args.requests} requests each per page). Search terms: «kapacitet "
             f"styringsaftale», «{RARE}» (rank 301 of the vocabulary), «{COMMON}» (rank 1).",
             "", "| store | events | page | " + " | ".join(
                 f"{w} worker{'s' if w > 1 else ''} p50 / p99 ms" for w in counts) + " |",
             "|---|---:|---|" + "---:|" * len(counts)]
    with tempfile.TemporaryDirectory() as tmp:
        runs = ([("sqlite", 0)] if args.store_file else
                [(k.strip(), parse_size(s)) for k in args.stores.split(",")
                 for s in args.sizes.split(",")])
        for kind, size in runs:
            url, drop = store_url(kind, tmp)
            try:
                began = time.perf_counter()
                if args.store_file:  # a copy: a newer version's rebuild writes to it
                    shutil.copyfile(args.store_file, url.removeprefix("sqlite:///"))
                    with open_store(url, actor="benchmark") as store:
                        events = store.log.last_position() or 0
                else:
                    events = build(url, size)
                print(f"… {kind} {events:,} events ready in "
                      f"{time.perf_counter() - began:,.0f} s", file=sys.stderr)
                here = {**pages, **chosen(store_pages(url))}
                figures = {w: load(url, w, args.requests, here) for w in counts}
            finally:
                drop()
            for page in here:
                cells = " | ".join(f"{figures[w][page][0]:.0f} / {figures[w][page][1]:.0f}"
                                   for w in counts)
                lines.append(f"| {kind} | {events:,} | {page} | {cells} |")
            print("\n".join(lines[-len(here):]), file=sys.stderr)
    text = "\n".join(lines) + "\n"
    print(text)
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
