"""Where a rebuild's time goes: cProfile of ``Socialaftale.rebuild()`` on an existing store,
or (``--split``) wall-clock seconds per projection without the profiler.

    python benchmarks/generate.py --events 100000 --store URL
    python benchmarks/profile_rebuild.py URL docs/profiles/rebuild-sqlite-100k.txt
    python benchmarks/profile_rebuild.py --split URL

The profile writes the 35 functions with the most own time (what the process actually
spends its time in), headed by the command and the store, to the output file. The profiler
slows Python code down more than the database, so read its shares, not the total.
``--split`` times each projection's ``apply`` and ``flush`` (its Python and its SQL
together), the deferred ``build``, the reading and decoding of the log and the reset, by
wrapping those methods in this process; the rest (commits, positions) is "other". Both
wall-clock and this process's CPU seconds: on a loaded machine the wall clock mostly
measures the wait for a core, and on SQLite all the work is in this process.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from socialaftale import open_store


def _timed(spent: defaultdict[str, list[float]], key: str, fn: Callable[..., Any]
           ) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        began, cpu = time.perf_counter(), time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[key][0] += time.perf_counter() - began
            spent[key][1] += time.process_time() - cpu
    return wrapper


def split(url: str) -> None:
    """Print the seconds of one rebuild per projection and phase."""
    spent: defaultdict[str, list[float]] = defaultdict(lambda: [0.0, 0.0])
    with open_store(url) as store:
        projector = store.projector
        for p in projector.projections:
            for method in ("apply", "flush", "build"):
                if hasattr(p, method):
                    setattr(p, method, _timed(spent, p.name, getattr(p, method)))
        recorder = store.log.recorder
        recorder.select_notifications = _timed(spent, "(read log)",
                                               recorder.select_notifications)
        projector._decoded = _timed(spent, "(typed decode)",  # type: ignore[method-assign]
                                    projector._decoded)
        projector.reset = _timed(spent, "(reset)", projector.reset)  # type: ignore[method-assign]
        began, cpu = time.perf_counter(), time.process_time()
        count = store.rebuild()
        total, cpu = time.perf_counter() - began, time.process_time() - cpu
    spent["(other: commits, positions)"] = [total - sum(s[0] for s in spent.values()),
                                            cpu - sum(s[1] for s in spent.values())]
    from run import peak_rss_kb

    print(f"{count} events, {total:.2f} s, {count / total:,.0f} ev/s; this process's CPU"
          f" {cpu:.2f} s ({count / cpu:,.0f} ev per CPU second); peak RSS"
          f" {peak_rss_kb() / 1024:.0f} MB\n")
    print("| part | s | CPU s | CPU share |\n|---|---:|---:|---:|")
    for key, (secs, used) in sorted(spent.items(), key=lambda kv: -kv[1][1]):
        print(f"| {key} | {secs:.2f} | {used:.2f} | {used / cpu:.0%} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", action="store_true", help="seconds per projection")
    parser.add_argument("store")
    parser.add_argument("output", nargs="?")
    args = parser.parse_args()
    if args.split:
        split(args.store)
        return
    if args.output is None:
        parser.error("OUTPUT is needed for a profile")
    with open_store(args.store) as store:
        profiler = cProfile.Profile()
        start = time.perf_counter()
        profiler.enable()
        count = store.rebuild()
        profiler.disable()
        elapsed = time.perf_counter() - start
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).strip_dirs().sort_stats("tottime").print_stats(35)
    kind = "PostgreSQL" if args.store.startswith("postgres") else "SQLite file"
    with open(args.output, "w", encoding="utf-8") as out:
        out.write(f"# cProfile of Socialaftale.rebuild(): {count} events of "
                  f"benchmarks/generate.py (seed 7), {kind}, {elapsed:.1f} s under the "
                  "profiler\n# python benchmarks/profile_rebuild.py URL OUTPUT\n"
                  "# sorted by own time (tottime): where the time is actually spent\n")
        out.write(text.getvalue())
    print(f"{count} events, {elapsed:.1f} s under the profiler -> {args.output}")


if __name__ == "__main__":
    main()
