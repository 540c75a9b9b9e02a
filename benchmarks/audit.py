"""Only the tamper-evidence figures of run.py, for a quick measurement of the tree's cost.

    python benchmarks/audit.py --sizes 100k --stores sqlite,postgres
    python benchmarks/audit.py --levels --sizes 20k --stores sqlite,postgres
    python benchmarks/audit.py --pages --sizes 20k,100k
    python benchmarks/audit.py --instructions --sizes 4k
    python benchmarks/audit.py --verify-instructions --sizes 3k,12k

Per store and size: the same history recorded with the Merkle tree and without it (25
transactions to each in turn, which goes first alternating; the ratio is the median of the
chunks' ratios), a full ``verify`` of the store with the tree (the median of three, per
second of the wall clock and per second of this process's CPU time, which another
process's load on the shared cores moves far less) and the time of an inclusion proof;
then the proof sizes of synthetic logs up to 1M events. The full run (run.py) prints the
same tables beside everything else. ``--pages``: instead, the pages each commit writes on
SQLite with the tree and without it (counted in the write-ahead log, so the figure does not
depend on the machine's load). ``--instructions``: the instructions (valgrind's callgrind,
in child processes) that recording costs per event with the tree and without it, and that
``verify`` costs per event; counted work, not time, so the load does not move them.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, os.path.dirname(__file__))

from run import _without_tree, chunked, history, parse_size, proof_sizes, store_url, tree_cost
from socialaftale import audit, ledger, open_store


def proof_cost(store: object, key_dir: Path, samples: int = 50) -> float:
    """Milliseconds per inclusion proof of a random position under a fresh signed checkpoint:
    the figure that must not grow with the log (issue 19)."""
    key_dir.mkdir(exist_ok=True)
    key = key_dir / "noegle"
    if not key.exists():
        audit.create_key(key)
    cp = audit.create_checkpoint(store, key)  # type: ignore[arg-type]
    rng = random.Random(19)
    positions = [rng.randint(1, cp.last_position) for _ in range(samples)]
    start = time.perf_counter()
    for position in positions:
        audit.prove_inclusion(store, position)  # type: ignore[arg-type]
    return (time.perf_counter() - start) * 1000 / samples


def levels_cost(kind: str, size: int, tmp: str) -> tuple[float, float, float]:
    """Events/s recording the same history three ways, a hundred transactions to each in
    turn: the tree as stored now (subtree roots from ``ledger.STORED_LEVEL`` up), the tree
    with every level's roots stored (as before), and no tree."""
    urls = [store_url(kind, tmp) for _ in range(3)]
    secs = [0.0, 0.0, 0.0]
    kept = ledger.STORED_LEVEL

    def levels(level: int) -> None:
        ledger.STORED_LEVEL = level  # read by the recorder on every insert
        ledger._FIRST_STORED = 1 << level

    try:
        levels(kept)
        a = open_store(urls[0][0], actor="benchmark", project=False)
        levels(1)
        b = open_store(urls[1][0], actor="benchmark", project=False)
        c = _without_tree(urls[2][0])
        with a, b, c:
            for chunk in chunked(history(size), 100):
                for i, (store, level) in enumerate(((a, kept), (b, 1), (c, kept))):
                    levels(level)
                    start = time.perf_counter()
                    for batch in chunk:
                        store.record(*batch)
                    secs[i] += time.perf_counter() - start
            levels(kept)
            events = a.log.last_position()
    finally:
        levels(kept)
        for _url, drop in urls:
            drop()
    return events / secs[0], events / secs[1], events / secs[2]


def wal_pages(size: int, tmp: str) -> tuple[int, float, float]:
    """(commits, WAL pages per commit with the tree, without it) recording the same history
    into two SQLite stores. A reader holding a snapshot from the start keeps each log from
    being checkpointed and restarted, so its length counts every page every commit wrote."""
    paths = [os.path.join(tmp, f"pages-{i}.db") for i in range(2)]
    a = open_store(paths[0], actor="benchmark", project=False)
    b = _without_tree(paths[1])
    readers = []
    commits = 0
    with a, b:
        for path in paths:
            reader = sqlite3.connect(path, isolation_level=None)
            reader.execute("BEGIN")
            reader.execute("SELECT COUNT(*) FROM sqlite_master").fetchall()
            readers.append(reader)
        for chunk in chunked(history(size), 100):
            for batch in chunk:
                a.record(*batch)
                b.record(*batch)
                commits += 1
        frame = 24 + 4096  # a WAL frame: its header and one page
        with_, without = (os.path.getsize(f"{path}-wal") / frame / commits for path in paths)
    for reader in readers:
        reader.close()
    return commits, with_, without


def _count_from_here() -> None:
    """Switch callgrind's counting on in this process (started with it off, so imports and
    setup run at a fraction of callgrind's cost and are not counted)."""
    subprocess.run(["callgrind_control", "--instr=on", str(os.getpid())],
                   check=True, capture_output=True)


def _record_child(path: str, size: int, tree: bool) -> None:
    """Child of ``--instructions``: generate a history, then count (``tree`` or not)
    recording it into a fresh store."""
    chunks = list(chunked(history(size), 100))
    with (open_store(path, actor="benchmark", project=False) if tree
          else _without_tree(path)) as store:
        _count_from_here()
        for chunk in chunks:
            for batch in chunk:
                store.record(*batch)


def _verify_child(path: str) -> None:
    """Child of ``--instructions``: open a store, then count verifying all of it."""
    with open_store(path, project=False) as store:
        _count_from_here()
        assert audit.verify(store, record=False).intact


def callgrind(*args: str) -> int:
    """The instructions a child run of this script executes once it switches counting on,
    counted by valgrind's callgrind (the machine's load does not change the count)."""
    done = subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no",
                           "--callgrind-out-file=/dev/null",
                           sys.executable, __file__, "--child", *args],
                          capture_output=True, text=True, check=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    assert found, done.stderr[-2000:]
    return int(found.group(1))


def instructions(size: int, tmp: str) -> tuple[int, float, float, float]:
    """(events, instructions per event recording with the tree, without it, verifying)."""
    paths = [os.path.join(tmp, f"instr-{i}.db") for i in range(2)]
    with_ = callgrind("record", paths[0], str(size), "1")
    without = callgrind("record", paths[1], str(size), "0")
    with open_store(paths[0], project=False) as store:
        events = store.log.last_position()
    verify = callgrind("verify", paths[0])
    return events, with_ / events, without / events, verify / events


def verify_instructions(sizes: list[int], tmp: str) -> list[tuple[int, int]]:
    """(events, instructions ``verify`` executed) for stores of each size, recorded here
    without callgrind: the difference between two sizes is the per-event cost without
    what verify does once (reading the checkpoints and the head, warming its code)."""
    counted = []
    for i, size in enumerate(sizes):
        path = os.path.join(tmp, f"verify-{i}.db")
        with open_store(path, actor="benchmark", project=False) as store:
            for chunk in chunked(history(size), 100):
                for batch in chunk:
                    store.record(*batch)
            events = store.log.last_position()
        counted.append((events, callgrind("verify", path)))
    return counted


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        what, path, *rest = sys.argv[2:]
        if what == "record":
            _record_child(path, int(rest[0]), rest[1] == "1")
        else:
            _verify_child(path)
        return
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100k")
    parser.add_argument("--stores", default="sqlite,postgres")
    parser.add_argument("--levels", action="store_true",
                        help="only: the tree as stored now, with every level, and none")
    parser.add_argument("--pages", action="store_true",
                        help="only: SQLite pages written per commit, with the tree and without")
    parser.add_argument("--instructions", action="store_true",
                        help="only: instructions per event recorded (tree, none) and verified")
    parser.add_argument("--verify-instructions", action="store_true",
                        help="only: instructions of verify at each size, and per event "
                             "between the first and the last size")
    args = parser.parse_args()
    if args.verify_instructions:
        with tempfile.TemporaryDirectory() as tmp:
            counted = verify_instructions(list(map(parse_size, args.sizes.split(","))), tmp)
        print("| events | verify instructions |\n|---:|---:|")
        for events, n in counted:
            print(f"| {events:,} | {n:,} |")
        (e0, n0), (e1, n1) = counted[0], counted[-1]
        print(f"\nper event between {e0:,} and {e1:,} events: {(n1 - n0) / (e1 - e0):,.0f}")
        return
    if args.instructions:
        print("| events | record, tree instr/event | record, no tree | ratio | the tree's |"
              " verify instr/event |\n|---:|---:|---:|---:|---:|---:|")
        for size in map(parse_size, args.sizes.split(",")):
            with tempfile.TemporaryDirectory() as tmp:
                events, with_, without, verify = instructions(size, tmp)
            print(f"| {events:,} | {with_:,.0f} | {without:,.0f} | {without / with_:.3f} | "
                  f"{with_ - without:,.0f} | {verify:,.0f} |", flush=True)
        return
    if args.pages:
        print("| events | commits | pages per commit, tree | without tree | the tree's |"
              "\n|---:|---:|---:|---:|---:|")
        for size in map(parse_size, args.sizes.split(",")):
            with tempfile.TemporaryDirectory() as tmp:
                commits, with_, without = wal_pages(size, tmp)
            print(f"| {size:,} | {commits:,} | {with_:.2f} | {without:.2f} | "
                  f"{with_ - without:.2f} |", flush=True)
        return
    if args.levels:
        print(f"| store | events | tree, levels ≥ {ledger.STORED_LEVEL} ev/s | tree, every "
              "level ev/s | no tree ev/s | ratio now | ratio every level |"
              "\n|---|---:|---:|---:|---:|---:|---:|")
        with tempfile.TemporaryDirectory() as tmp:
            for kind in args.stores.split(","):
                for size in map(parse_size, args.sizes.split(",")):
                    now, every, none = levels_cost(kind, size, tmp)
                    print(f"| {kind} | {size:,} | {now:,.0f} | {every:,.0f} | {none:,.0f} | "
                          f"{now / none:.2f} | {every / none:.2f} |", flush=True)
        return
    print("| store | events | with tree ev/s | without ev/s | ratio of these | ratio, median of "
          "chunks (target ≥ 0.9) | verify ev/s, median of 3 (target ≥ 100,000 on SQLite) | verify "
          "ev per CPU second | inclusion proof ms |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.stores.split(","):
            for size in map(parse_size, args.sizes.split(",")):
                with_, without, ratio = tree_cost(kind, size, tmp, keep=True)
                url, drop = store_url.last  # type: ignore[attr-defined]
                try:
                    with open_store(url, project=False) as store:
                        rates, cpu = [], []
                        for _ in range(3):  # the wall clock, and this process's CPU time
                            start, used = time.perf_counter(), time.process_time()
                            result = audit.verify(store, record=False)
                            rates.append(result.events / (time.perf_counter() - start))
                            cpu.append(result.events / (time.process_time() - used))
                            assert result.intact
                        inclusion = proof_cost(store, Path(tmp) / kind)
                finally:
                    drop()
                print(f"| {kind} | {result.events:,} | {with_:,.0f} | {without:,.0f} | "
                      f"{with_ / without:.2f} | {ratio:.2f} | {statistics.median(rates):,.0f} | "
                      f"{statistics.median(cpu):,.0f} | {inclusion:.2f} |",
                      flush=True)
    print("\n| events | inclusion path (hashes) | proof JSON bytes | consistency (hashes) |"
          "\n|---:|---:|---:|---:|")
    for n, path, size, cons in proof_sizes():
        print(f"| {n:,} | {path} | {size:,} | {cons} |")


if __name__ == "__main__":
    main()
