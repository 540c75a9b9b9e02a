"""The personer decider: one small function per command.

A merge is never automatic: only these commands join two spellings, and each says why.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ..common import DomainError, StreamId
from .commands import IkkeSammePerson, SammePerson
from .events import SammenfaldAfkraeftet, SammenfaldBekraeftet, pair_stream
from .state import PairState

__all__ = ["DECIDERS", "decide", "streams"]


def streams(command: Any) -> Sequence[StreamId]:
    return [pair_stream(command.navn_a, command.navn_b)]


def _check_pair(command: SammePerson | IkkeSammePerson) -> None:
    for field in ("navn_a", "navn_b", "grund"):
        if not getattr(command, field).strip():
            what = "grunden" if field == "grund" else "stavemåden"
            raise DomainError(f"{what} mangler", rule="sammenfald-tomt", field=field)
    if command.navn_a.strip() == command.navn_b.strip():
        raise DomainError(f"'{command.navn_a}' er nævnt to gange; et sammenfald forbinder to "
                          "forskellige stavemåder", rule="sammenfald-samme-stavemaade",
                          field="navn_b")


def _same(command: SammePerson, state: PairState | None) -> list[Any]:
    _check_pair(command)
    if state is not None and state.verdict == "samme":
        raise DomainError(f"{command.navn_a} og {command.navn_b} er allerede bekræftet som "
                          "samme person", rule="sammenfald-dobbelt", field="navn_b")
    return [SammenfaldBekraeftet(command.navn_a, command.navn_b, command.grund)]


def _not_same(command: IkkeSammePerson, state: PairState | None) -> list[Any]:
    _check_pair(command)
    if state is not None and state.verdict == "ikke_samme":
        raise DomainError(f"{command.navn_a} og {command.navn_b} er allerede registreret som "
                          "to personer", rule="sammenfald-dobbelt", field="navn_b")
    return [SammenfaldAfkraeftet(command.navn_a, command.navn_b, command.grund)]


DECIDERS: dict[type, Callable[[Any, PairState | None], list[Any]]] = {
    SammePerson: _same,
    IkkeSammePerson: _not_same,
}


def decide(command: Any, states: Mapping[StreamId, Any]) -> Sequence[tuple[StreamId, Any]]:
    rule = DECIDERS.get(type(command))
    if rule is None:
        raise TypeError(f"not a personer command: {type(command).__name__}")
    sid = pair_stream(command.navn_a, command.navn_b)
    return [(sid, e) for e in rule(command, states[sid])]
