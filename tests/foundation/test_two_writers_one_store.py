"""Two open stores on one database take turns: each decides on the other's latest facts.

A store remembers the states it decided on (to avoid re-reading long streams) and applies
its own new events to the read models without reading them back; both shortcuts must give
way to what another writer recorded in between.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from socialaftale import DomainError, open_store
from socialaftale.domain.tilbudsvifte import ChangePladser, CloseTilbud

from .scripted import ITEM8, registrations

KEY = "mariagerfjord/kirketoften"


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_each_writer_sees_what_the_other_recorded(
    kind: str, store_url_factory: Callable[[str], str]
) -> None:
    url = store_url_factory(kind)
    with open_store(url, actor="a") as a, open_store(url, actor="b") as b:
        a.record(*registrations())
        a.record(ChangePladser(key=KEY, effective_on=date(2020, 1, 1), pladser=27,
                               provenance=ITEM8))  # a now remembers the offer's state
        b.record(CloseTilbud(key=KEY, effective_on=date(2020, 6, 1), provenance=ITEM8))
        # a's remembered state is stale; deciding must see b's closure, not a's memory.
        with pytest.raises(DomainError, match="lukket"):
            a.record(ChangePladser(key=KEY, effective_on=date(2021, 1, 1), pladser=20,
                                   provenance=ITEM8))
        a.record(ChangePladser(key="mariagerfjord/specialenheden",
                               effective_on=date(2020, 1, 1), pladser=21, provenance=ITEM8))
        # a's read models hold b's closure too, applied before a's own newest event.
        offer = next(t for t in a.tilbudsvifte(date(2020, 3, 1)) if t.key == KEY)
        assert offer.pladser == 27
        assert KEY not in {t.key for t in a.tilbudsvifte(date(2020, 7, 1))}
        assert [f.version for f in a.tilbud_history(KEY)] == [1, 2, 3]
        assert set(a.projector.positions().values()) == {a.log.last_position()}
