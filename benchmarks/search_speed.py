"""Decision search's first page, whole word first against prefix only, in one run.

    python benchmarks/search_speed.py --sizes 10k,100k --stores sqlite [--runs 30]

For each store and size: a fresh store with the synthetic history of ``generate.py``, then
``store.decision_search(term)`` timed for a few matches, a few per cent and nearly every
decision (``vocabulary.RARE``, ``vocabulary.COMMON``), with the whole word read first (as
in use) and with the prefix query alone (the behaviour before, the same run's baseline;
on PostgreSQL the baseline also asks the GIN bitmap at once, not the newest rows first).
Then ``store.search(term)`` (search everything, the first page) for the same terms, with
PostgreSQL's GIN index asked first for every kind at once (as in use) and with each kind's
window of newest rows tested first (``search_index_first = False``, the behaviour before;
on SQLite the switch does nothing: a control). Prints p50 / p99 ms and the ratio, and
whether both answers were the same; nothing is asserted here.
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
from socialaftale import Socialaftale, open_store
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


def _answer(found: Any) -> list[Any]:
    return [(g.art, g.antal, g.begraenset, [f.noegle for f in g.fund]) for g in found.grupper]


def measure(kind: str, size: int, tmp: str, runs: int, everything: list[str]) -> list[str]:
    """Decision search's rows (printed and returned); search everything's into
    ``everything``."""
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
            # PostgreSQL: as recorded (no statistics: this server runs no autovacuum), then
            # after ANALYZE, as a rebuild leaves it or autovacuum would
            for stats in ("none", "ANALYZE") if kind == "postgres" else ("-",):
                if stats == "ANALYZE":
                    with store.db.transaction() as tx:
                        tx.execute("ANALYZE search_doc")
                _everything(store, kind, events, stats, runs, everything)
            gc.unfreeze()
    finally:
        drop()
    return lines


def _everything(store: Socialaftale, kind: str, events: int, stats: str, runs: int,
                everything: list[str]) -> None:
    for term in TERMS:
        answers, figures = [], []
        for first in (False, True):  # before (each kind's window first), then in use
            store.search_index_first = first
            answers.append(_answer(store.search(term)))
            figures.append(_timed(lambda t=term: store.search(t), runs))
        store.search_index_first = True
        (b50, b99), (a50, a99) = figures
        hits = sum(n for _, n, _, _ in answers[1])
        everything.append(f"| {kind} | {events:,} | {stats} | «{term}» | {hits:,} |"
                          f" {b50:.1f} / {b99:.1f} | {a50:.1f} / {a99:.1f} | {a50 / b50:.2f} |"
                          f" {'yes' if answers[0] == answers[1] else 'NO'} |")
        print(everything[-1], flush=True)


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
    everything: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind in args.stores.split(","):
            for size in (parse_size(s) for s in args.sizes.split(",")):
                measure(kind.strip(), size, tmp, args.runs, everything)
    print("\nSearch everything (store.search), the first page:\n")
    print("| store | events | statistics | term | things found"
          " | each kind's window first p50 / p99 ms | index first p50 / p99 ms | p50 ratio"
          " | same answer |")
    print("|---|---:|---|---|---:|---:|---:|---:|---|")
    print("\n".join(everything))


if __name__ == "__main__":
    main()
