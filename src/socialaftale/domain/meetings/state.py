"""A meeting's state as its decider needs it: which items exist, are decided, have actions."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import Any

from attrs import evolve, field, frozen

from .events import (
    ActionAssigned,
    ActionCompleted,
    AgendaAmended,
    AgendaCorrected,
    AgendaProposed,
    AgendaSent,
    BilagFileAttached,
    DecisionCorrected,
    DecisionRecorded,
    MeetingCorrected,
    MeetingScheduled,
    Punkt,
    ReferatOpened,
    ReferatPublished,
)

__all__ = ["MeetingState", "Names", "decision_exists", "evolve_state", "matter_exists"]


class Names:
    """An immutable set of names that grows one name at a time in amortised O(log n).

    A meeting with 20,000 decided items evolves its state 20,000 times; copying a frozenset
    each time would be quadratic. The names are kept as frozensets of halving sizes (as a
    binary counter carries), so adding one merges only small sets on average, and a
    membership test looks into O(log n) sets."""

    __slots__ = ("_levels",)

    def __init__(self, names: Iterable[str] = ()) -> None:
        first = frozenset(names)
        self._levels: tuple[frozenset[str], ...] = (first,) if first else ()

    def with_name(self, name: str) -> Names:
        if name in self:
            return self
        levels = list(self._levels)
        new = frozenset((name,))
        while levels and len(levels[-1]) <= len(new):
            new = levels.pop() | new
        grown = Names()
        grown._levels = (*levels, new)
        return grown

    def __contains__(self, name: object) -> bool:
        return any(name in level for level in self._levels)

    def __iter__(self) -> Iterator[str]:
        for level in self._levels:
            yield from level

    def __len__(self) -> int:
        return sum(map(len, self._levels))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Names | frozenset | set):
            return frozenset(self) == frozenset(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(frozenset(self))

    def __repr__(self) -> str:
        return f"Names({sorted(self)!r})"


@frozen
class MeetingState:
    body: str
    dato: date
    punkter: Mapping[str, Punkt] = field(factory=dict)
    decided: Names = field(factory=Names)
    actions: Names = field(factory=Names)
    done: Names = field(factory=Names)
    udkast: bool = False
    udsendt: bool = False
    """The draft was sent out (``AgendaSent``): a bilag attached since is an amendment."""
    # The sub-matters' ids of each decided item that has any (few items do, so the copy a
    # decision with sub-matters makes stays small).
    sager: Mapping[str, frozenset[str]] = field(factory=dict)
    filer: frozenset[tuple[str, str]] = frozenset()
    """(item, SHA-256) of every file attached as a bilag."""
    referat: str | None = None
    """None: no referat taken in the browser; "kladde": being taken (not public);
    "offentliggjort": published."""


def matter_exists(state: MeetingState | None, item: str, matter: str) -> bool:
    """Whether the decision under ``item`` has the sub-matter ``matter``."""
    return state is not None and matter in state.sager.get(item, frozenset())


def decision_exists(state: MeetingState | None, item: str) -> bool:
    """Whether the meeting has recorded a decision under ``item``."""
    return state is not None and item in state.decided


def evolve_state(state: MeetingState | None, event: Any) -> MeetingState:
    """Fold one event into the meeting's state (the decider's view of it)."""
    if isinstance(event, MeetingScheduled):
        return MeetingState(event.body, event.dato)
    assert state is not None
    match event:
        case AgendaProposed():
            return evolve(state, punkter={p.nummer: p for p in event.punkter},
                          udkast=event.udkast)
        case AgendaCorrected():
            return evolve(state, punkter={p.nummer: p for p in event.punkter})
        case AgendaSent():
            return evolve(state, udkast=False, udsendt=True)
        case MeetingCorrected():
            return evolve(state, body=event.body, dato=event.dato)
        case AgendaAmended():
            # An item withdrawn and added again under its number keeps its place.
            leaving, added = set(event.udgaaet), {p.nummer: p for p in event.tilfoejet}
            kept = {k: added.pop(k, v) for k, v in state.punkter.items()
                    if k not in leaving or k in added}
            items = {**kept, **added}
            if event.raekkefoelge:  # moved: the decider saw every item named once
                items = {n: items[n] for n in event.raekkefoelge}
            return evolve(state, punkter=items)
        case DecisionRecorded():
            decided = state.decided.with_name(event.punkt)
            if event.sager:
                return evolve(state, decided=decided, sager=_with_matters(state, event))
            return evolve(state, decided=decided)
        case DecisionCorrected():
            if event.sager or event.punkt in state.sager:
                return evolve(state, sager=_with_matters(state, event))
        case ActionAssigned():
            return evolve(state, actions=state.actions.with_name(event.action_id))
        case ActionCompleted():
            return evolve(state, done=state.done.with_name(event.action_id))
        case ReferatOpened():
            return evolve(state, referat="kladde")
        case ReferatPublished():
            return evolve(state, referat="offentliggjort")
        case BilagFileAttached():
            return evolve(state, filer=state.filer | {(event.punkt, event.sha256)})
    return state


def _with_matters(state: MeetingState,
                  event: DecisionRecorded | DecisionCorrected) -> dict[str, frozenset[str]]:
    matters = {k: v for k, v in state.sager.items() if k != event.punkt}
    if event.sager:
        matters[event.punkt] = frozenset(s.id for s in event.sager)
    return matters
