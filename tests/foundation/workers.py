"""Code run in other OS processes by the concurrency and crash tests."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from socialaftale import ConcurrencyConflict, open_store
from socialaftale.domain.tilbudsvifte import ChangePladser

from .scripted import ITEM8


class BarrierClock:
    """A clock that makes the first recording wait for the other writer: a forced race."""

    def __init__(self, barrier: Any) -> None:
        self.barrier = barrier
        self.first = True

    def __call__(self) -> datetime:
        if self.first:
            self.first = False
            self.barrier.wait(timeout=60)
        return datetime.now(UTC)


def change_places(url: str, places: int, barrier: Any, results: Any) -> None:
    """Record a places change racing another process; retry once after a conflict."""
    with open_store(url, actor=f"proces-{places}", clock=BarrierClock(barrier)) as store:
        command = ChangePladser(key="mariagerfjord/kirketoften", effective_on=date(2021, 1, 1),
                                pladser=places, provenance=ITEM8)
        try:
            store.record(command)
            results.put((places, "vandt", ""))
        except ConcurrencyConflict as conflict:
            store.record(command)
            results.put((places, "konflikt, gemt ved nyt forsøg", str(conflict)))
