"""What the facts say: the valid-time fold (:func:`timeline`) and the state ``decide`` reads
(:func:`evolve`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, Literal

from attrs import evolve as _replace
from attrs import field, frozen

from .events import (
    TIMELINE_EVENTS,
    BilateralExemptionAgreed,
    FactSuperseded,
    ForstaerketSamarbejdeJoined,
    ForstaerketSamarbejdeLeft,
    FristerSet,
    IndmeldingApproved,
    IndmeldingRejected,
    IndmeldingRequested,
    PladserChanged,
    TilbudClosed,
    TilbudConverted,
    TilbudRegistered,
    TilbudReplaced,
    TilbudSplit,
    UdmeldingApproved,
    UdmeldingRejected,
    UdmeldingRequested,
)
from .values import Afgoerelse, Anmodningsart, Lovgrundlag, PladsDel, Status


@frozen
class Snapshot:
    """What is true of an offer on one date.

    ``start_ukendt``: the offer is known in this state from the segment's first day
    only because the source mentions it as existing then; it may have been so before.
    """

    key: str
    navn: str
    driftsherre: str
    lovgrundlag: tuple[Lovgrundlag, ...]
    pladser: int | None
    pladsdele: tuple[PladsDel, ...]
    kategori: int | None
    forstaerket_samarbejde: bool | None
    landsdaekkende: bool | None
    i_tilbudsviften: bool
    status: Status = "aktiv"
    start_ukendt: bool = False


def apply_fact(snap: Snapshot | None, event: Any) -> Snapshot | None:
    """One fact applied to what held the day before its effective date; a fact that
    changes the offer starts a state whose first day is known."""
    after = _apply(snap, event)
    if (after is not None and after.start_ukendt and after != snap
            and not isinstance(event, TilbudRegistered)):
        return _replace(after, start_ukendt=False)
    return after


def _apply(snap: Snapshot | None, event: Any) -> Snapshot | None:
    if isinstance(event, TilbudRegistered):
        return Snapshot(
            key=event.key,
            navn=event.navn,
            driftsherre=event.driftsherre,
            lovgrundlag=event.lovgrundlag,
            pladser=event.pladser,
            pladsdele=event.pladsdele,
            kategori=event.kategori,
            forstaerket_samarbejde=event.forstaerket_samarbejde,
            landsdaekkende=event.landsdaekkende,
            i_tilbudsviften=event.i_tilbudsviften,
            start_ukendt=event.eksisterede,
        )
    if snap is None:
        return None
    if isinstance(event, IndmeldingApproved):
        return _replace(snap, i_tilbudsviften=True)
    if isinstance(event, UdmeldingApproved | BilateralExemptionAgreed):
        return _replace(snap, i_tilbudsviften=False)
    if isinstance(event, PladserChanged):
        return _replace(snap, pladser=event.til, pladsdele=event.pladsdele)
    if isinstance(event, TilbudConverted):
        return _replace(
            snap,
            navn=event.navn,
            lovgrundlag=event.lovgrundlag,
            pladser=event.pladser,
            pladsdele=event.pladsdele,
        )
    if isinstance(event, TilbudSplit):
        return _replace(snap, i_tilbudsviften=False, status="opsplittet")
    if isinstance(event, TilbudReplaced):
        return _replace(snap, i_tilbudsviften=False, status="erstattet")
    if isinstance(event, TilbudClosed):
        return _replace(snap, i_tilbudsviften=False, status="lukket")
    if isinstance(event, ForstaerketSamarbejdeLeft):
        return _replace(snap, forstaerket_samarbejde=False)
    if isinstance(event, ForstaerketSamarbejdeJoined):
        return _replace(snap, forstaerket_samarbejde=True)
    return snap


def active_facts(events: Sequence[tuple[int, Any]]) -> list[tuple[int, Any]]:
    """The (version, event) pairs still in force: those no later correction supersedes."""
    gone = {e.version for _, e in events if isinstance(e, FactSuperseded)}
    return [(v, e) for v, e in events if v not in gone and not isinstance(e, FactSuperseded)]


def _effective(event: Any) -> date:
    day: date = event.effective_on
    return day


def timeline(events: Sequence[tuple[int, Any]]) -> list[tuple[date, date | None, Snapshot]]:
    """Valid-time segments ``[valid_from, valid_to)`` of an offer from its (version, event) pairs.

    Facts in force are folded in order of effective date (then of recording),
    so a fact typed in late still lands where it belongs. Before the first
    registration nothing is known and no segment is given.
    """
    facts: list[tuple[date, int, Any]] = sorted(
        (
            (_effective(e), v, e)
            for v, e in active_facts(events)
            if isinstance(e, TIMELINE_EVENTS)
        ),
        key=lambda t: (t[0], t[1]),
    )
    segments: list[tuple[date, date | None, Snapshot]] = []
    snap: Snapshot | None = None
    i = 0
    while i < len(facts):
        day = facts[i][0]
        while i < len(facts) and facts[i][0] == day:
            snap = apply_fact(snap, facts[i][2])
            i += 1
        if snap is None:
            continue
        if segments and segments[-1][2] == snap:
            continue
        if segments:
            start, _, prev = segments[-1]
            segments[-1] = (start, day, prev)
        segments.append((day, None, snap))
    return segments


# -- state ------------------------------------------------------------------------------


@frozen
class TilbudState:
    """One offer as the decider sees it: every event so far, and what follows from them."""

    key: str
    events: tuple[tuple[int, Any], ...]
    requests: tuple[tuple[Anmodningsart, str, Afgoerelse, bool | None], ...]
    #: (the last effective date folded, the snapshot after it), kept by ``evolve`` while
    #: facts arrive in date order; None when it must be folded from ``events`` again.
    folded: tuple[date | None, Snapshot | None] | None = field(default=None, eq=False,
                                                               repr=False)

    @property
    def version(self) -> int:
        return len(self.events)

    def _latest(self) -> Snapshot | None:
        return (self.folded if self.folded is not None else _fold(self.events))[1]

    @property
    def latest(self) -> Snapshot:
        """What holds after the last effective date the record knows of."""
        snap = self._latest()
        if snap is None:
            raise IndexError("the offer has no registration")
        return snap

    @property
    def registered(self) -> bool:
        return self._latest() is not None

    def request(self, request_id: str) -> tuple[Anmodningsart, str, str, bool | None] | None:
        for r in self.requests:
            if r[1] == request_id:
                return r
        return None


def _fold(events: Sequence[tuple[int, Any]]) -> tuple[date | None, Snapshot | None]:
    """The facts in force folded as :func:`timeline` folds them: the last snapshot."""
    facts = sorted(((_effective(e), v, e) for v, e in active_facts(events)
                    if isinstance(e, TIMELINE_EVENTS)), key=lambda t: (t[0], t[1]))
    snap: Snapshot | None = None
    for _, _, e in facts:
        snap = apply_fact(snap, e)
    return (facts[-1][0] if facts else None), snap


def _folded(state: TilbudState, event: Any) -> tuple[date | None, Snapshot | None] | None:
    """The fold after ``event`` without refolding every fact (a record of 2,500 facts on
    one offer took minutes when each command refolded them all): a fact dated on or after
    the last one folded applies last; a correction or an earlier date refolds lazily."""
    if isinstance(event, FactSuperseded):
        return None
    before = state.folded if state.folded is not None else _fold(state.events)
    if not isinstance(event, TIMELINE_EVENTS):
        return before
    day = _effective(event)
    if before[0] is not None and day < before[0]:
        return None
    return day, apply_fact(before[1], event)


@frozen
class FristerState:
    aar: int
    ind_udmelding: date | None
    takster: date | None


State = TilbudState | FristerState


def evolve(state: Any, event: Any) -> Any:
    """Fold one event into its stream's state."""
    if isinstance(event, FristerSet):
        return FristerState(event.aar, event.ind_udmelding, event.takster)
    if state is None:
        key = event.key if isinstance(event, TilbudRegistered) else "?"
        state = TilbudState(key=key, events=(), requests=())
    assert isinstance(state, TilbudState)
    version = state.version + 1
    requests = state.requests
    if isinstance(event, IndmeldingRequested | UdmeldingRequested):
        kind: Anmodningsart = (
            "indmelding" if isinstance(event, IndmeldingRequested) else "udmelding"
        )
        requests = (*requests, (kind, event.request_id, "afventer", event.for_sent))
    elif isinstance(
        event, IndmeldingApproved | IndmeldingRejected | UdmeldingApproved | UdmeldingRejected
    ):
        outcome: Literal["godkendt", "afvist"] = (
            "godkendt"
            if isinstance(event, IndmeldingApproved | UdmeldingApproved)
            else "afvist"
        )
        requests = tuple(
            (r[0], r[1], outcome, r[3]) if r[1] == event.request_id else r for r in requests
        )
    return TilbudState(
        key=state.key, events=(*state.events, (version, event)), requests=requests,
        folded=_folded(state, event),
    )
