"""A rebuild against raw read + decode of the same log, and the vifte as known on a date.

    python benchmarks/rebuild_speed.py --sizes 10k,100k --stores sqlite,postgres

For each store and size: the history of ``generate.py`` recorded (read models caught up),
then in the same run: raw read + decode (eventsourcing reading the log's pages and
decoding each state's JSON), raw read + *typed* decode (the library's own mapper: what any
replay must do before a read model sees an event), a rebuild of every read model in two
processes (the search index deferred to one bulk build at the end), and one in a single
process; each rebuild in a fresh child process (``--no-rebuild``: none). Then
the p50/p99 of the vifte as known on a date (the library's answer, through the interval
index), and of the plain SQL on the B-tree index of ``valid_from`` returning the same rows,
as before issue 23. Ratios are within this run; nothing is asserted.

    python benchmarks/rebuild_speed.py --store URL --against OTHER/src [--rounds 2]

rebuilds an existing store (``generate.py --store``) in one process with this tree's
library and with another checkout's, alternating, each beside its own raw read: a before
and after on one store, without recording the history again.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from typing import Any

sys.path.insert(0, os.path.dirname(__file__))

from generate import history
from run import chunked, parse_size, peak_rss_kb, queries, raw_read_same_log, store_url, timed
from socialaftale import open_store


def _child(url: str, workers: str) -> None:
    import resource

    with open_store(url) as store:
        start = time.perf_counter()
        count = store.rebuild(workers=int(workers))
        elapsed = time.perf_counter() - start
    own = peak_rss_kb()
    # The largest worker, but never below this process's RSS when it started them (the
    # same inheritance as above): an upper bound.
    others = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(count, elapsed, own, others)


def rebuild_secs(url: str, workers: int, src: str | None = None) -> tuple[float, int, int]:
    """Seconds of a rebuild by ``workers`` processes, and the peak RSS (KB) of the main
    process and of its largest worker; ``src``: with the library of that source tree."""
    return _rebuild_run(url, workers, src)[:3]


def _rebuild_run(url: str, workers: int, src: str | None) -> tuple[float, int, int, float]:
    """As :func:`rebuild_secs`, and the CPU seconds of the rebuild's processes (the whole
    child, opening the store included; not PostgreSQL's server)."""
    import resource

    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = os.pathsep.join([src, *filter(None, [env.get("PYTHONPATH")])])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = subprocess.run([sys.executable, __file__, "--child", url, str(workers)],
                         check=True, capture_output=True, text=True, env=env).stdout.split()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return float(out[1]), int(out[2]), int(out[3]), cpu


def compare(url: str, against: str, rounds: int) -> None:
    """Rebuild one existing store with this tree's library and with ``against``'s (a
    checkout's ``src``), alternating, each beside a raw read + decode of the same log just
    before it: the ratios of a loaded machine compare only within one such pair."""
    trees = [("this tree", None), (against, against)]
    rows: list[tuple[str, int, float, float, float, float, float]] = []
    for _ in range(rounds):
        for name, src in trees:
            with open_store(url, actor="benchmark", project=False) as store:
                events = store.log.last_position() or 0
                cpu = time.process_time()
                raw = raw_read_same_log(store)
                raw_cpu = time.process_time() - cpu
            secs, rss, _, rebuild_cpu = _rebuild_run(url, 1, src)
            rows.append((name, events, raw, events / secs, raw_cpu, rebuild_cpu, rss / 1024))
            print(f"    {rows[-1]}", file=sys.stderr)
    print("| library | events | raw read + decode ev/s | rebuild ev/s (1 process) |"
          " ratio to raw | raw CPU s | rebuild CPU s | CPU ratio | peak RSS MB |"
          "\n|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, events, raw, rebuild, raw_cpu, rebuild_cpu, rss in rows:
        print(f"| {name} | {events:,} | {raw:,.0f} | {rebuild:,.0f} | {rebuild / raw:.3f} |"
              f" {raw_cpu:.2f} | {rebuild_cpu:.2f} | {raw_cpu / rebuild_cpu:.3f} | {rss:.0f} |")
    for label, of in (("ratio to raw (wall)", lambda r: r[3] / r[2]),
                      ("CPU ratio", lambda r: r[4] / r[5])):
        mine = [of(r) for r in rows if r[0] == "this tree"]
        theirs = [of(r) for r in rows if r[0] != "this tree"]
        print(f"\n{label}, mean: this tree {sum(mine) / len(mine):.3f}, {against}"
              f" {sum(theirs) / len(theirs):.3f}; this tree / {against}:"
              f" {sum(mine) / sum(theirs):.2f}")


def typed_read(store: Any) -> float:
    """Events/s of reading the log and decoding each event to its typed class."""
    recorder, mapper = store.log.recorder, store.log.fact_mapper
    began, count, start = time.perf_counter(), 0, 1
    while page := recorder.select_notifications(start=start, limit=1000):
        for n in page:
            mapper.to_recorded(n, n.id)
        count += len(page)
        start = page[-1].id + 1
    return count / (time.perf_counter() - began)


def measure(kind: str, size: int, tmp: str, rebuild: bool = True) -> dict[str, Any]:
    url, drop = store_url(kind, tmp)
    try:
        with open_store(url, actor="benchmark", project=False) as store:
            for chunk in chunked(history(size)):
                for batch in chunk:
                    store.record(*batch)
            store.catch_up()
            events = store.log.last_position() or 0
            raw = raw_read_same_log(store)
            typed = typed_read(store)
            known = timed(lambda: store.tilbudsvifte(date(2010, 6, 1),
                                                     known_at=date(2010, 6, 1)))
            btree = timed(queries(store)["tilbudsvifte known_at"][1])
            versions = store.db.query("SELECT COUNT(*) FROM tilbud_version")[0][0]
        two, rss2, rss2w = rebuild_secs(url, 2) if rebuild else (1.0, 0, 0)
        one, rss1, _ = rebuild_secs(url, 1) if rebuild else (1.0, 0, 0)
        deferred, per_page = events / two, events / one
    finally:
        drop()
    return {"store": kind, "events": events, "raw": raw, "typed": typed,
            "deferred": deferred, "per_page": per_page, "rss": (rss1, rss2, rss2w),
            "known": known, "btree": btree,
            "versions": versions}


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        _child(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10k,100k")
    parser.add_argument("--stores", default="sqlite,postgres")
    parser.add_argument("--no-rebuild", action="store_true", help="only the known_at figures")
    parser.add_argument("--store", help="an existing store: rebuild it, against --against")
    parser.add_argument("--against", help="another checkout's src directory (with --store)")
    parser.add_argument("--rounds", type=int, default=2, help="rebuilds of each (with --store)")
    args = parser.parse_args()
    if args.store:
        if not args.against:
            parser.error("--store needs --against")
        compare(args.store, args.against, args.rounds)
        return
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.stores.split(","):
            for size in (parse_size(s) for s in args.sizes.split(",")):
                print(f"… {kind}, {size:,} events", file=sys.stderr)
                rows.append(measure(kind, size, tmp, rebuild=not args.no_rebuild))
                print(f"    {rows[-1]}", file=sys.stderr)  # what is measured so far survives
    print("| store | events | raw read + decode ev/s | + typed decode ev/s | rebuild ev/s"
          " (2 processes) | ratio to raw | rebuild ev/s (1 process) | ratio to raw | 2 / 1 |"
          " peak RSS MB 1 proc | 2 procs: main, worker (at most) |"
          "\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        rss1, rss2, rss2w = (kb / 1024 for kb in r["rss"])
        print(f"| {r['store']} | {r['events']:,} | {r['raw']:,.0f} | {r['typed']:,.0f} |"
              f" {r['deferred']:,.0f} | {r['deferred'] / r['raw']:.2f} | {r['per_page']:,.0f}"
              f" | {r['per_page'] / r['raw']:.2f} | {r['deferred'] / r['per_page']:.2f} |"
              f" {rss1:.0f} | {rss2:.0f}, {rss2w:.0f} |")
    print("\n| store | events | tilbud_version rows | known_at p50 ms | known_at p99 ms |"
          " B-tree SQL p50 ms | B-tree SQL p99 ms |\n|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['store']} | {r['events']:,} | {r['versions']:,} | {r['known'][0]:.2f} |"
              f" {r['known'][1]:.2f} | {r['btree'][0]:.2f} | {r['btree'][1]:.2f} |")
    for kind in sorted({r["store"] for r in rows}):
        mine = [r for r in rows if r["store"] == kind]
        if len(mine) > 1:
            a, b = mine[0], mine[-1]
            print(f"\n{kind}: p99 growth {a['events']:,} → {b['events']:,}: known_at"
                  f" {b['known'][1] / a['known'][1]:.2f}, B-tree SQL"
                  f" {b['btree'][1] / a['btree'][1]:.2f}")


if __name__ == "__main__":
    main()
