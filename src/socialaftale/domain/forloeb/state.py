"""The decider's view of one forløb: its treatments' ids and each round's councils, dates
and the decision that holds per council."""

from __future__ import annotations

from typing import Any

from attrs import evolve as replace
from attrs import frozen

from ..dates import Dato
from .aftale import AftaledelRegistreret, AftaleOprettet, evolve_aftale
from .events import (
    BehandlingRegistreret,
    ForloebOprettet,
    GodkendelsesrundeAabnet,
    Raadsbeslutning,
    RaadsbeslutningRegistreret,
)

__all__ = ["ForloebState", "RundeState", "evolve"]


@frozen
class RundeState:
    raad: tuple[str, ...]
    sendt: Dato | None
    frist: Dato | None
    afgjort: tuple[tuple[str, Raadsbeslutning], ...] = ()
    """(council, decision) in the order reported; the last per council holds."""

    def beslutning(self, raad: str) -> Raadsbeslutning | None:
        return next((b for r, b in reversed(self.afgjort) if r == raad), None)


@frozen
class ForloebState:
    forloeb: str
    behandlinger: frozenset[str] = frozenset()
    runder: tuple[tuple[str, RundeState], ...] = ()

    def runde(self, runde: str) -> RundeState | None:
        return next((s for k, s in self.runder if k == runde), None)


def evolve(state: Any, event: Any) -> Any:
    """A case's state (ForloebState) or an agreement's (AftaleState), by the event."""
    if isinstance(event, (AftaleOprettet, AftaledelRegistreret)):
        return evolve_aftale(state, event)
    if isinstance(event, ForloebOprettet):
        return ForloebState(event.forloeb)
    if state is None:
        return state
    if isinstance(event, BehandlingRegistreret):
        return replace(state, behandlinger=state.behandlinger | {event.behandling})
    if isinstance(event, GodkendelsesrundeAabnet):
        return replace(state, runder=(*state.runder, (event.runde, RundeState(
            event.raad, event.sendt, event.frist))))
    if isinstance(event, RaadsbeslutningRegistreret):
        runder = tuple((k, replace(s, afgjort=(*s.afgjort, (event.raad, event.udfald))))
                       if k == event.runde else (k, s) for k, s in state.runder)
        return replace(state, runder=runder)
    return state
