"""How a meeting record's size weighs: reading, checking and loading one very large record.

    python benchmarks/record_size.py [--items 20000] [--store sqlite|memory]

Writes a record with ``--items`` agenda items (every other one decided, every tenth with a
fact on one and the same offer), then times
reading it (YAML and the format's checks), ``check`` (decided against a fresh store,
nothing stored) and ``load`` (one transaction), for it and for a record a quarter its size.
Every check is meant to be linear or n log n, so the time per item of the two should be
about equal: the ratio printed is the large record's time per item over the small one's
(a quadratic check shows as about 4). Nothing is asserted here.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable

from socialaftale import load_record, open_store, read_units


def record(items: int) -> bytes:
    """A record of one meeting with ``items`` agenda items; every other one is decided, and
    every tenth carries a change of places to the same offer (registered in ``grundlag``)."""
    lines = ["kilde: benchmark.txt", "moede:", "  id: das-2019-10-24", "  forum: DAS",
             "  dato: 2019-10-24", "grundlag:", "  - dato: 2019-01-01", "    kilde: takster.pdf",
             "    fakta:", "      - {type: RegisterTilbud, key: aalborg/bench, navn: Bench, "
             'driftsherre: Aalborg, lovgrundlag: "§107", pladser: 10, '
             "effective_on: 2019-01-01}", "punkter:"]
    for i in range(1, items + 1):
        lines += [f'  - nummer: "{i}"', f"    titel: Punkt {i} om kapacitet",
                  "    indstilling: [at DAS godkender]"]
        if i % 10 == 1:
            lines += ["    beslutning:", "      udfald: godkendt", "      referat: Godkendt.",
                      "      fakta:", "        - {type: ChangePladser, key: aalborg/bench, "
                      f"effective_on: 2020-01-01, pladser: {i % 40 + 1}}}"]
        elif i % 2:
            lines.append("    beslutning: {udfald: godkendt, referat: Godkendt.}")
    return ("\n".join(lines) + "\n").encode()


def timed(step: Callable[[], object]) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def measure(items: int, store: str, tmp: str) -> dict[str, float]:
    data = record(items)
    figures = {"read": timed(lambda: read_units(data, "optegnelse.yaml"))}
    url = "memory:" if store == "memory" else \
        f"sqlite:///{os.path.join(tmp, f'record-{items}.db')}"
    with open_store(url) as s:
        figures["check"] = timed(lambda: load_record(s, data, "optegnelse.yaml",
                                                     dry_run=True))
        figures["load"] = timed(lambda: load_record(s, data, "optegnelse.yaml"))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--items", type=int, default=20_000)
    parser.add_argument("--store", choices=("sqlite", "memory"), default="sqlite")
    args = parser.parse_args(argv)
    small_items = max(args.items // 4, 1)
    with tempfile.TemporaryDirectory() as tmp:
        small = measure(small_items, args.store, tmp)
        large = measure(args.items, args.store, tmp)
    print(f"| record of n items ({args.store}) | n = {small_items:,} | n = {args.items:,} "
          "| per item, large over small |")
    print("|---|---:|---:|---:|")
    for step in ("read", "check", "load"):
        ratio = (large[step] / args.items) / (small[step] / small_items)
        print(f"| {step} | {small[step]:.2f} s | {large[step]:.2f} s | {ratio:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
