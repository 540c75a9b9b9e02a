"""The offer's state keeps its latest snapshot as facts arrive, and agrees with the timeline.

Each command on an offer asks for what holds now; folding every fact again for each one
made a record of 2,500 facts on one offer take minutes. The kept snapshot must be exactly
what folding the whole log gives, whatever order of dates and corrections arrive in.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

import pytest

from socialaftale.domain.tilbudsvifte import (
    FactSuperseded,
    Lovgrundlag,
    PladserChanged,
    TilbudClosed,
    TilbudRegistered,
    TilbudState,
    evolve,
    timeline,
)

KEY = "mariagerfjord/specialenheden"


def registered(day: date) -> TilbudRegistered:
    return TilbudRegistered(key=KEY, navn="Specialenheden", driftsherre="Mariagerfjord",
                            lovgrundlag=(Lovgrundlag("SEL", "103"),), pladser=23,
                            pladsdele=(), kategori=None, forstaerket_samarbejde=None,
                            landsdaekkende=None, effective_on=day, i_tilbudsviften=True)


def folded(events: list[Any]) -> TilbudState:
    state = None
    for event in events:
        state = evolve(state, event)
    assert isinstance(state, TilbudState)
    return state


@pytest.mark.parametrize("seed", range(20))
def test_the_kept_snapshot_is_the_timelines_last(seed: int) -> None:
    rng = random.Random(seed)
    start = date(2019, 1, 1)
    events: list[Any] = [registered(start)]
    for _ in range(60):
        roll = rng.random()
        day = start + timedelta(days=rng.randrange(0, 400) if roll < 0.2
                                else 400 + len(events))  # mostly in date order
        if roll < 0.1 and len(events) > 2:
            events.append(FactSuperseded(rng.randrange(2, len(events) + 1), "rettelse"))
        elif roll < 0.15:
            events.append(TilbudClosed(day))
        else:
            events.append(PladserChanged(day, None, rng.randrange(1, 60)))
        state = folded(events)
        segments = timeline(state.events)
        assert state.registered == bool(segments)
        if segments:
            assert state.latest == segments[-1][2]


def test_an_offer_not_yet_registered_has_no_latest_snapshot() -> None:
    state = folded([PladserChanged(date(2020, 1, 1), None, 5)])
    assert not state.registered
    with pytest.raises(IndexError):
        _ = state.latest
