"""Baseline speeds of raw eventsourcing on a SQLite file, measured in this run.

Later benchmarks report their own figures as ratios against these, measured on
the same machine in the same run, so the numbers mean something anywhere.

    python benchmarks/baseline.py [--events 20000]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from eventsourcing.application import Application
from eventsourcing.domain import Aggregate, event


class RawTilbud(Aggregate):
    """An offer as plain eventsourcing would store it (default mapper, JSON transcoder)."""

    @event("Registered")
    def __init__(self, name: str, driftsherre: str, places: int) -> None:
        self.name = name
        self.driftsherre = driftsherre
        self.places = places

    @event("PlacesChanged")
    def change_places(self, places: int, effective_on: str, rate: Decimal) -> None:
        self.places = places


class RawApp(Application[uuid.UUID]):
    name = "raw"


@dataclass(frozen=True)
class Figures:
    """Events per second for the two raw operations."""

    save_per_s: float
    read_per_s: float


def _timed(fn: Callable[[], int]) -> float:
    start = time.perf_counter()
    count = fn()
    return count / (time.perf_counter() - start)


def _env(kind: str, tmp: str, pg: str | None) -> tuple[dict[str, str], Callable[[], None]]:
    """eventsourcing's settings for a fresh store of ``kind``, and how to drop it."""
    if kind == "sqlite":
        return ({"PERSISTENCE_MODULE": "eventsourcing.sqlite",
                 "SQLITE_DBNAME": os.path.join(tmp, "raw.db")}, lambda: None)
    from socialaftale.persistence import parse_store_url  # the library's own URL reading

    schema = f"raw_{uuid.uuid4().hex[:10]}"
    location = parse_store_url(f"{pg}?schema={schema}")
    env = dict(location.env)  # the same settings the library uses, for a fair baseline
    import psycopg

    with psycopg.connect(location.conninfo or "", autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")

    def drop() -> None:
        import psycopg

        with psycopg.connect(location.conninfo or "", autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")

    return env, drop


def raw_figures(n_events: int, events_per_aggregate: int = 10, per_call: int = 10,
                kind: str = "sqlite", pg: str | None = None) -> Figures:
    """Save ``n_events`` through plain eventsourcing on a fresh store, then read them all.

    Events are saved ``per_call`` aggregates per ``save`` call; reading is
    ``select_notifications`` pages of 1000 decoded by the default mapper.
    ``kind`` is "sqlite" (a file) or "postgres" (a fresh schema in ``pg``).
    """
    with tempfile.TemporaryDirectory() as tmp:
        env, drop = _env(kind, tmp, pg)
        app = RawApp(env=env)
        n_aggs = max(1, n_events // events_per_aggregate)

        def save() -> int:
            saved = 0
            batch: list[RawTilbud] = []
            for i in range(n_aggs):
                agg = RawTilbud(f"Tilbud {i}", "Aalborg", 10)
                for j in range(events_per_aggregate - 1):
                    agg.change_places(10 + j, "2020-01-01", Decimal("1234.50"))
                batch.append(agg)
                if len(batch) == per_call:
                    app.save(*batch)
                    saved += sum(a.version for a in batch)
                    batch = []
            if batch:
                app.save(*batch)
                saved += sum(a.version for a in batch)
            return saved

        def read() -> int:
            count, start = 0, 1
            while True:
                page = app.recorder.select_notifications(start=start, limit=1000)
                if not page:
                    return count
                for n in page:
                    app.mapper.to_domain_event(n)
                count += len(page)
                start = page[-1].id + 1

        try:
            figures = Figures(save_per_s=_timed(save), read_per_s=_timed(read))
        finally:
            app.close()
            drop()
        return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=20_000)
    args = parser.parse_args()
    f = raw_figures(args.events)
    print(f"raw eventsourcing on SQLite, {args.events} events")
    print(f"  save:          {f.save_per_s:10.0f} events/s  (ratio 1.00, the baseline)")
    print(f"  read + decode: {f.read_per_s:10.0f} events/s  (ratio 1.00, the baseline)")


if __name__ == "__main__":
    main()
