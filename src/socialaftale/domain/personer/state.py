"""The decider's view of one pair of spellings: the verdict that holds now, if any."""

from __future__ import annotations

from typing import Any, Literal

from attrs import frozen

from .events import SammenfaldAfkraeftet, SammenfaldBekraeftet

__all__ = ["PairState", "evolve"]


@frozen
class PairState:
    verdict: Literal["samme", "ikke_samme"]


def evolve(state: PairState | None, event: Any) -> PairState | None:
    if isinstance(event, SammenfaldBekraeftet):
        return PairState("samme")
    if isinstance(event, SammenfaldAfkraeftet):
        return PairState("ikke_samme")
    return state
