"""Models for composing working groups that are not formed yet.

A body may approve how future groups are to be composed (which seats, how many of each,
from whom, doing what) before any group exists or anyone is named: the groups are formed,
and their members appointed, later. Recording the model as a :class:`FormGroup` would invent
groups and dates; keeping it only in an item's text would leave "how many
myndighedsrepræsentanter?" unanswerable. A model lives in its own stream, is adopted by a
decision, and names what it is for (``udmeldinger``: tasks announced by another body, each
with its date) and the seats offered for it before any call for names (``tilsagn``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from attrs import frozen

from .common import Context, DomainError, Provenance, StreamId, stream_id
from .dates import Dato, dato_text

__all__ = [
    "CONTEXT",
    "AdoptCompositionModel",
    "CompositionModelAdopted",
    "Plads",
    "Tilsagn",
    "Udmelding",
    "model_stream",
]


@frozen
class Plads:
    """A kind of seat in the model: ``rolle`` (the recorder's short name for it), how many
    (``mindst``-``maks``; None: not stated, never guessed), ``fra`` whom the seat is filled
    (None: not stated), its ``opgave`` in the group and ``udpeges_blandt`` (whom the source
    asks to be appointed to it); ``tekst`` is the source's words for the seat."""

    rolle: str
    tekst: str
    mindst: int | None = None
    maks: int | None = None
    fra: str | None = None
    opgave: str | None = None
    udpeges_blandt: str | None = None

    def antal(self) -> str:
        if self.mindst is None and self.maks is None:
            return "antal ikke angivet"
        if self.maks is None:
            return f"mindst {self.mindst}"
        if self.mindst is None:
            return f"højst {self.maks}"
        return str(self.mindst) if self.mindst == self.maks else f"{self.mindst}-{self.maks}"


@frozen
class Udmelding:
    """What one of the future groups answers: a task another body (``fra``) announces to
    ``til`` on ``dato``; ``emne`` in the source's words. ``id`` names it within the model."""

    id: str
    emne: str
    fra: str
    dato: Dato
    til: str | None = None


@frozen
class Tilsagn:
    """A seat already offered before the call for names: ``fra`` offers ``antal`` member(s)
    in ``rolle`` to the group for each of ``udmeldinger`` (ids in the model); ``tekst`` is
    the source's words."""

    fra: str
    rolle: str
    udmeldinger: tuple[str, ...]
    tekst: str
    antal: int = 1


@frozen
class CompositionModelAdopted:
    key: str
    navn: str
    pladser: tuple[Plads, ...]
    udmeldinger: tuple[Udmelding, ...] = ()
    tilsagn: tuple[Tilsagn, ...] = ()

    def summary(self) -> str:
        seats = "; ".join(f"{p.rolle} ({p.antal()})" for p in self.pladser)
        what = "; ".join(f"{u.emne} ({dato_text(u.dato)})" for u in self.udmeldinger)
        return f"Model for sammensætning vedtaget: {seats}" + (f" — for: {what}" if what else "")


@frozen(kw_only=True)
class AdoptCompositionModel:
    key: str
    navn: str
    pladser: tuple[Plads, ...]
    udmeldinger: tuple[Udmelding, ...] = ()
    tilsagn: tuple[Tilsagn, ...] = ()
    provenance: Provenance


COMMANDS: tuple[type, ...] = (AdoptCompositionModel,)
EVENTS: tuple[type, ...] = (CompositionModelAdopted,)


def model_stream(key: str) -> StreamId:
    return stream_id("sammensaetningsmodel", key)


def streams(command: Any) -> Sequence[StreamId]:
    return [model_stream(command.key)]


def evolve_state(state: Any, event: Any) -> Any:
    return event


def _check(command: AdoptCompositionModel) -> None:
    if not command.pladser:
        raise DomainError("en model for sammensætning skal have mindst én plads",
                          rule="model-uden-pladser", field="pladser")
    for p in command.pladser:
        if any(n is not None and n < 0 for n in (p.mindst, p.maks)):
            raise DomainError(f"pladsen '{p.rolle}' har et negativt antal",
                              rule="plads-antal", field="mindst")
        if p.mindst is not None and p.maks is not None and p.maks < p.mindst:
            raise DomainError(f"pladsen '{p.rolle}': højst {p.maks} er færre end mindst "
                              f"{p.mindst}", rule="plads-antal", field="maks")
    roles = {p.rolle for p in command.pladser}
    ids = [u.id for u in command.udmeldinger]
    if len(set(ids)) != len(ids):
        raise DomainError("to udmeldinger har samme id", rule="udmelding-dobbelt",
                          field="udmeldinger")
    for t in command.tilsagn:
        if t.rolle not in roles:
            raise DomainError(f"tilsagnet fra {t.fra} gælder rollen '{t.rolle}', som modellen "
                              "ikke har", rule="tilsagn-ukendt-rolle", field="rolle")
        unknown = [u for u in t.udmeldinger if u not in ids]
        if unknown or not t.udmeldinger:
            raise DomainError(f"tilsagnet fra {t.fra} gælder en udmelding, modellen ikke "
                              f"nævner: {', '.join(unknown) or '(ingen)'}",
                              rule="tilsagn-ukendt-udmelding", field="udmeldinger")
        if t.antal < 1:
            raise DomainError(f"tilsagnet fra {t.fra} skal gælde mindst ét medlem",
                              rule="tilsagn-antal", field="antal")


def decide(command: Any, states: Mapping[StreamId, Any]) -> Sequence[tuple[StreamId, Any]]:
    if not isinstance(command, AdoptCompositionModel):
        raise TypeError(f"not a sammensaetning command: {type(command).__name__}")
    sid = model_stream(command.key)
    if states[sid] is not None:
        raise DomainError(f"modellen '{command.key}' er allerede vedtaget",
                          rule="model-dobbelt", field="key")
    if command.provenance.decision is None:
        raise DomainError("en model for sammensætning vedtages ved en beslutning; angiv den",
                          rule="model-uden-beslutning", field="beslutning")
    _check(command)
    return [(sid, CompositionModelAdopted(command.key, command.navn, command.pladser,
                                          command.udmeldinger, command.tilsagn))]


CONTEXT = Context(name="sammensaetning", commands=COMMANDS, events=EVENTS, streams=streams,
                  decide=decide, evolve=evolve_state)
