"""Decision search's first page, whole word first against prefix only, in one run.

    python benchmarks/search_speed.py --sizes 10k,100k --stores sqlite [--runs 30]

For each store and size: a fresh store with the synthetic history of ``generate.py``, then
``store.decision_search(term)`` timed for a few matches, a few per cent and nearly every
decision (``vocabulary.RARE``, ``vocabulary.COMMON``), with the whole word read first (as
in use) and with the prefix query alone (the behaviour before, the same run's baseline;
on PostgreSQL the baseline also asks the GIN bitmap at once, not the newest rows first).
Prints p50 / p99 ms and the ratio; nothing is asserted here.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

sys.path.insert(0, os.path.dirname(__file__))

from generate import history
from run import chunked, parse_size, percentile, store_url
from socialaftale import open_store
from vocabulary import COMMON, RARE

TERMS = ("kapacitet styringsaftale", RARE, COMMON, COMMON[:5])  # «kommu»: a prefix only


def _timed(fn: Callable[[], Any], runs: int) -> tuple[float, float]:
    fn()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return percentile(times, 50), percentile(times, 99)


def measure(kind: str, size: int, tmp: str, runs: int) -> list[str]:
    url, drop = store_url(kind, tmp)
    lines = []
    try:
        with open_store(url, actor="benchmark") as store:
            for chunk in chunked(history(size)):
                for batch in chunk:
                    store.record(*batch)
            store.catch_up()
            events = store.log.last_position() or 0
            gc.collect()
            gc.freeze()
            for term in TERMS:
                found = store.decision_search(term)
                figures = []
                for first in (False, True):  # baseline first, then as in use
                    store.search_whole_word_first = first
                    store.search_window_first = first  # PostgreSQL: newest rows first
                    figures.append(_timed(lambda t=term: store.decision_search(t), runs))
                store.search_whole_word_first = store.search_window_first = True
                (b50, b99), (a50, a99) = figures
                count = f"{found.antal}{'+' if found.begraenset else ''}"
                lines.append(f"| {kind} | {events:,} | «{term}» | {count} | {b50:.1f} / {b99:.1f}"
                             f" | {a50:.1f} / {a99:.1f} | {a50 / b50:.2f} |")
                print(lines[-1], flush=True)
            gc.unfreeze()
    finally:
        drop()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10k,100k")
    parser.add_argument("--stores", default="sqlite")
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    print("| store | events | term | candidates | prefix only p50 / p99 ms"
          " | whole word first p50 / p99 ms | p50 ratio |")
    print("|---|---:|---|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.stores.split(","):
            for size in (parse_size(s) for s in args.sizes.split(",")):
                measure(kind.strip(), size, tmp, args.runs)


if __name__ == "__main__":
    main()
