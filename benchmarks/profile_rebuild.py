"""Where a rebuild's time goes: cProfile of ``Socialaftale.rebuild()`` on an existing store.

    python benchmarks/generate.py --events 100000 --store URL
    python benchmarks/profile_rebuild.py URL docs/profiles/rebuild-sqlite-100k.txt

Writes the 35 functions with the most own time (what the process actually spends its time
in), headed by the command and the store, to the output file. The profiler slows Python
code down more than the database, so read the shares, not the total.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import time

from socialaftale import open_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store")
    parser.add_argument("output")
    args = parser.parse_args()
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
