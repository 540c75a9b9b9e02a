"""The event log: every event round-trips, metadata is kept, commands are all or nothing."""

from __future__ import annotations

from datetime import date

import attrs
import orjson
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from socialaftale import DecisionRef, DomainError, Provenance, Socialaftale, Source
from socialaftale.contexts import CONTEXTS
from socialaftale.domain.tilbudsvifte import ChangePladser, CloseTilbud
from socialaftale.persistence import converter, decode_state, encode_state

from .scripted import ITEM8, record_script


def test_every_recorded_event_round_trips_equal(store: Socialaftale) -> None:
    record_script(store)
    recorded = list(store.events())
    assert len(recorded) > 10
    for r in recorded:
        state = encode_state(r)
        event, meta = decode_state(f"{type(r.event).__module__}:{type(r.event).__qualname__}",
                                   state)
        assert (event, meta) == (r.event, r.meta)


EVENT_TYPES = [cls for ctx in CONTEXTS for cls in ctx.events]

_NAME = st.text(min_size=1).filter(lambda t: bool(t.strip()))
# A DecisionRef names a meeting and an item; its validators refuse blanks, so build valid ones.
st.register_type_strategy(DecisionRef, st.builds(DecisionRef, meeting=_NAME, item=_NAME,
                                                 clause=st.none() | st.integers(1, 99)))


def test_every_context_declares_its_event_types() -> None:
    assert len(EVENT_TYPES) == len(set(EVENT_TYPES)) >= len(CONTEXTS) > 0


@pytest.mark.parametrize("cls", EVENT_TYPES, ids=lambda c: c.__name__)
def test_every_event_type_round_trips_through_json(cls: type) -> None:
    """Each event class survives unstructure → JSON → structure, whatever its fields hold."""
    attrs.resolve_types(cls)

    @settings(max_examples=10, suppress_health_check=list(HealthCheck), deadline=None)
    @given(st.builds(cls))
    def round_trip(event: object) -> None:
        try:
            encoded = orjson.dumps(converter.unstructure(event))
        except TypeError as err:  # integers past 64 bits: no count or amount in the domain
            assume("64-bit" not in str(err))
            raise
        data = orjson.loads(encoded)
        assert converter.structure(data, cls) == event

    round_trip()


def test_every_event_carries_its_world_date_source_decision_and_recorder(
    store: Socialaftale,
) -> None:
    record_script(store)
    closing = [r for r in store.events() if type(r.event).__name__ == "TilbudClosed"]
    assert len(closing) == 1
    meta = closing[0].meta
    assert meta.occurred_on == date(2019, 10, 24)
    assert meta.source == Source("003_dac07bbacd9158aa.txt", "8")
    assert meta.decision == DecisionRef("das-2019-10-24", "8")
    assert meta.recorded_by == "test"
    assert meta.recorded_at.tzinfo is not None
    assert closing[0].event.effective_on == date(2019, 10, 1)


def test_a_command_that_breaks_a_rule_records_nothing_of_its_batch(store: Socialaftale) -> None:
    record_script(store)
    before = list(store.events())
    good = ChangePladser(key="mariagerfjord/kirketoften", effective_on=date(2021, 1, 1),
                         pladser=26, provenance=ITEM8)
    bad = ChangePladser(key="mariagerfjord/kirketoften", effective_on=date(2021, 1, 1),
                        pladser=-1, provenance=ITEM8)
    with pytest.raises(DomainError):
        store.record(good, bad)
    assert list(store.events()) == before
    assert store.tilbudsvifte(date(2021, 1, 1))


def test_corrections_are_new_events_and_history_is_never_rewritten(store: Socialaftale) -> None:
    record_script(store)
    before = list(store.events())
    store.record(
        CloseTilbud(key="mariagerfjord/specialenheden", effective_on=date(2022, 1, 1),
                    provenance=Provenance(date(2021, 11, 1), Source("eksempel", "1",
                                                                    "illustrativ"))),
    )
    after = list(store.events())
    assert after[: len(before)] == before
    assert len(after) == len(before) + 1
