"""socialaftale's own speed on a SQLite file, as ratios against raw eventsourcing in the same run.

    python benchmarks/library.py [--events 20000]

Recording goes through ``Socialaftale.record`` (decide, envelope, cattrs,
orjson, eventsourcing, read-model catch-up); rebuild replays every read model
from the log. Both are compared with the raw figures of ``baseline.py``
measured just before, on the same machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date

sys.path.insert(0, os.path.dirname(__file__))

from baseline import raw_figures
from socialaftale import Provenance, Source, open_store
from socialaftale import tilbudsvifte as tv

PROV = Provenance(date(2019, 1, 1), Source("syntetisk", None, "syntetiske data"))


def library_figures(n_events: int, events_per_offer: int = 10, per_call: int = 10) -> tuple[
    float, float
]:
    """Events/s recording through commands, and events/s rebuilding all read models."""
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/lib.db", actor="benchmark")
        offers = max(1, n_events // events_per_offer)
        start = time.perf_counter()
        for first in range(0, offers, per_call):
            keys = [f"aalborg/t{i}" for i in range(first, min(offers, first + per_call))]
            commands: list[object] = [
                tv.RegisterTilbud(key=k, navn=k, driftsherre="Aalborg", pladser=10,
                                  effective_on=date(2019, 1, 1), provenance=PROV)
                for k in keys
            ]
            for j in range(events_per_offer - 1):
                commands += [
                    tv.ChangePladser(key=k, effective_on=date(2019, 2, 1 + j), pladser=11 + j,
                                     provenance=PROV)
                    for k in keys
                ]
            store.record(*commands)
        recorded = store.log.last_position()
        record_rate = recorded / (time.perf_counter() - start)
        start = time.perf_counter()
        store.rebuild()
        rebuild_rate = recorded / (time.perf_counter() - start)
        store.close()
        return record_rate, rebuild_rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=20_000)
    args = parser.parse_args()
    raw = raw_figures(args.events)
    rec, reb = library_figures(args.events)
    print(f"SQLite file, {args.events} events, {os.cpu_count()} cores")
    print(f"{'':32}{'events/s':>12}{'ratio':>8}")
    print(f"{'raw eventsourcing save':32}{raw.save_per_s:12.0f}{1:8.2f}")
    print(f"{'socialaftale record (commands)':32}{rec:12.0f}{rec / raw.save_per_s:8.2f}")
    print(f"{'raw read + decode':32}{raw.read_per_s:12.0f}{1:8.2f}")
    print(f"{'socialaftale rebuild':32}{reb:12.0f}{reb / raw.read_per_s:8.2f}")


if __name__ == "__main__":
    main()
