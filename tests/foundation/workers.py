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


def keep_recording(url: str, writer: int, started: Any, stop: Any, results: Any) -> None:
    """Record meetings until told to stop, each with a decision that changes an offer's places:
    a transaction that writes the meetings' tables and then the tilbudsvifte's."""
    from socialaftale import DecisionRef, Provenance, Source
    from socialaftale import meetings as m
    from socialaftale.domain.tilbudsvifte import RegisterTilbud

    done = 0
    key = f"aalborg/skriver-{writer}"
    try:
        with open_store(url, actor=f"skriver-{writer}") as store:
            store.record(RegisterTilbud(
                key=key, navn=f"Tilbud {writer}", driftsherre="Aalborg", lovgrundlag=(),
                pladser=10, effective_on=date(2021, 1, 1),
                provenance=Provenance(date(2021, 1, 1), Source("takstbilag"))))
            started.set()
            while not stop.is_set():
                day = date(2021, 1, 1) + timedelta(days=done)
                meeting_id = m.meeting_id_for(f"Forum {writer}", day)
                prov = Provenance(day, Source(f"referat {meeting_id}"))
                items = tuple(m.Punkt(str(i), f"Punkt {i}") for i in range(1, 4))
                store.record(
                    m.ScheduleMeeting(meeting_id=meeting_id, body=f"Forum {writer}", dato=day,
                                      provenance=prov),
                    m.ProposeAgenda(meeting_id=meeting_id, punkter=items, provenance=prov),
                    *(m.RecordDecision(meeting_id=meeting_id, punkt=p.nummer,
                                       outcome="approved", referat="Godkendt", provenance=prov)
                      for p in items),
                    ChangePladser(key=key, effective_on=day, pladser=11 + done % 50,
                                  provenance=Provenance(day, Source(f"referat {meeting_id}", "1"),
                                                        DecisionRef(meeting_id, "1"))))
                done += 1
        results.put(("skriver", writer, done, ""))
    except Exception as err:  # reported to the test, which fails with it
        results.put(("skriver", writer, done, f"{type(err).__name__}: {err}"))


def open_and_close(url: str, opener: int, times: int, barrier: Any, results: Any) -> None:
    """Open the store ``times`` times while others write, starting with the other openers."""
    barrier.wait(timeout=120)
    try:
        for _ in range(times):
            with open_store(url, actor=f"aabner-{opener}") as store:
                store.meetings()
        results.put(("åbner", opener, times, ""))
    except Exception as err:
        results.put(("åbner", opener, 0, f"{type(err).__name__}: {err}"))


def record_in_one_transaction(url: str, meetings: int, results: Any) -> None:
    """Record ``meetings`` meetings of 20 decided items each (22 events) in one ``record``."""
    from socialaftale import Provenance, Source
    from socialaftale import meetings as m

    commands: list[Any] = []
    for n in range(meetings):
        day = date(2000 + n // 336, 1 + n // 28 % 12, 1 + n % 28)
        meeting_id = m.meeting_id_for("DAS", day)  # ids say their forum and date
        prov = Provenance(day, Source(f"referat {meeting_id}"))
        items = tuple(m.Punkt(str(i), f"Punkt {i} om tilbud og takster") for i in range(1, 21))
        commands += [
            m.ScheduleMeeting(meeting_id=meeting_id, body="DAS", dato=day, provenance=prov),
            m.ProposeAgenda(meeting_id=meeting_id, punkter=items, provenance=prov),
            *(m.RecordDecision(meeting_id=meeting_id, punkt=p.nummer, outcome="approved",
                               referat=f"Godkendt som indstillet ({meeting_id})",
                               provenance=prov) for p in items)]
    with open_store(url, actor="stor-indlaesning") as store:
        results.put(len(store.record(*commands)))
