"""Code run in other OS processes by the concurrency and crash tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
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


ITEMS = 20


def record_meetings(url: str, writer: int, count: int, barrier: Any, results: Any) -> None:
    """Record ``count`` meetings of one body, each scheduled, given an agenda and decided in
    one transaction, starting together with the other writers."""
    from socialaftale import Provenance, Source
    from socialaftale import meetings as m

    barrier.wait(timeout=120)
    with open_store(url, actor=f"skriver-{writer}") as store:
        for n in range(count):
            body = f"Forum {writer}"
            day = date(2020, 1, 1) + timedelta(days=n)
            meeting_id = m.meeting_id_for(body, day)  # ids say their forum and date
            prov = Provenance(day, Source(f"referat {meeting_id}"))
            items = tuple(m.Punkt(str(i), f"Punkt {i}") for i in range(1, ITEMS + 1))
            store.record(
                m.ScheduleMeeting(meeting_id=meeting_id, body=body, dato=day,
                                  provenance=prov),
                m.ProposeAgenda(meeting_id=meeting_id, punkter=items, provenance=prov),
                *(m.RecordDecision(meeting_id=meeting_id, punkt=p.nummer, outcome="approved",
                                   referat=f"Godkendt af skriver {writer}", provenance=prov)
                  for p in items))
    results.put((writer, count))
