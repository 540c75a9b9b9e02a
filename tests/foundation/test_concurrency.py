"""Two OS processes racing on one stream: one wins, the other is told and its retry succeeds."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable

import pytest

from socialaftale import open_store

from .scripted import registrations
from .workers import change_places


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_racing_writers_one_wins_the_other_retries_nothing_lost_or_doubled(
    kind: str, store_url_factory: Callable[[str], str]
) -> None:
    url = store_url_factory(kind)
    with open_store(url) as store:
        store.record(*registrations())
    mp = multiprocessing.get_context("spawn")
    barrier, results = mp.Barrier(2), mp.Queue()
    procs = [mp.Process(target=change_places, args=(url, n, barrier, results)) for n in (26, 25)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(timeout=120)
        assert p.exitcode == 0
    outcomes = sorted(results.get(timeout=5) for _ in procs)
    kinds = sorted(o[1] for o in outcomes)
    assert kinds == ["konflikt, gemt ved nyt forsøg", "vandt"]
    conflict_message = next(o[2] for o in outcomes if o[1].startswith("konflikt"))
    assert "samtidig med ChangePladser" in conflict_message
    assert "intet blev gemt" in conflict_message

    with open_store(url) as store:
        from socialaftale.domain.common import stream_id

        events = store.stream(stream_id("tilbud", "mariagerfjord/kirketoften"))
        assert [r.version for r in events] == [1, 2, 3]
        assert sorted(r.event.til for r in events[1:]) == [25, 26]
        assert len(list(store.events())) == len(registrations()) + 2
