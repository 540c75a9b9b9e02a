"""The agreement's strategy: vision and focus areas per period, and the årshjul.

A period's vision and focus areas are chosen by a decision; proposals that were
not chosen, and proposals merged into another area, stay in the record. FU's
advice of at most three focus areas is a warning shown with the strategy, not
a rule: the bodies may choose more.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from attrs import frozen

from .common import Context, DomainError, Provenance, StreamId, stream_id
from .dates import Dato, dato_text

__all__ = [
    "CONTEXT",
    "MAX_FOCUS_ADVICE",
    "AarshjulEventPlanned",
    "ChooseStrategy",
    "Fokusomraade",
    "PlanAarshjulEvent",
    "StrategyChosen",
]

MAX_FOCUS_ADVICE = 3

Status = Literal["valgt", "ikke_valgt", "lagt_sammen"]


@frozen
class Fokusomraade:
    """A proposed focus area as labelled in the minutes, and what became of it."""

    label: str
    titel: str
    status: Status
    lagt_sammen_med: str | None = None


@frozen
class StrategyChosen:
    periode: str
    vision: str
    fokus: tuple[Fokusomraade, ...]

    def summary(self) -> str:
        chosen = ", ".join(f.label for f in self.fokus if f.status == "valgt")
        return f"Nordjysk Socialaftale {self.periode}: vision {self.vision}; fokus {chosen}"


@frozen
class AarshjulEventPlanned:
    """``dato`` as the minutes give it: a day, "primo april 2020" or "februar-april 2020"
    (never rounded); ``formaal``: what the event is for, as the source says it (a process
    plan's "Formål"). Events stored before the field load without it."""

    aar: int
    dato: Dato
    titel: str
    maalgruppe: str | None = None
    formaal: str | None = None

    def summary(self) -> str:
        return f"Årshjul {self.aar}: {dato_text(self.dato)} {self.titel}"


@frozen(kw_only=True)
class ChooseStrategy:
    periode: str
    vision: str
    fokus: tuple[Fokusomraade, ...]
    provenance: Provenance


@frozen(kw_only=True)
class PlanAarshjulEvent:
    aar: int
    dato: Dato
    titel: str
    maalgruppe: str | None = None
    formaal: str | None = None
    provenance: Provenance


COMMANDS: tuple[type, ...] = (ChooseStrategy, PlanAarshjulEvent)
EVENTS: tuple[type, ...] = (StrategyChosen, AarshjulEventPlanned)


def streams(command: Any) -> Sequence[StreamId]:
    if isinstance(command, ChooseStrategy):
        return [stream_id("strategi", command.periode)]
    return [stream_id("aarshjul", str(command.aar))]


def evolve_state(state: Any, event: Any) -> Any:
    return (state or 0) + 1


def decide(command: Any, states: Mapping[StreamId, Any]) -> Sequence[tuple[StreamId, Any]]:
    (sid,) = streams(command)
    if isinstance(command, ChooseStrategy):
        if command.provenance.decision is None:
            raise DomainError("vision og fokusområder vælges ved en beslutning; angiv den",
                              rule="strategi-uden-beslutning", field="beslutning")
        labels = {f.label for f in command.fokus}
        dangling = [f.label for f in command.fokus
                    if f.status == "lagt_sammen" and f.lagt_sammen_med not in labels]
        if dangling:
            raise DomainError(f"fokusområde {', '.join(dangling)} er lagt sammen med et "
                              "område, der ikke er foreslået", rule="ukendt-fokusomraade",
                              field="fokus")
        return [(sid, StrategyChosen(command.periode, command.vision, command.fokus))]
    if isinstance(command, PlanAarshjulEvent):
        if command.dato.year != command.aar:
            raise DomainError(f"{dato_text(command.dato)} ligger ikke i {command.aar}",
                              rule="aarshjul-aar", field="dato")
        return [(sid, AarshjulEventPlanned(command.aar, command.dato, command.titel,
                                           command.maalgruppe, command.formaal))]
    raise TypeError(f"not a strategi command: {type(command).__name__}")


CONTEXT = Context(name="strategi", commands=COMMANDS, events=EVENTS, streams=streams,
                  decide=decide, evolve=evolve_state)
