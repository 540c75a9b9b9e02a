"""Proposals put to a meeting: the options a working group, FU or the secretariat lays
before a body under an item, numbered as the minutes number them.

Minutes often list options before the body chooses ("1. Måling af ...", "2. ...") or
report that a body set earlier initiatives aside and proposed a new focus instead. Held
as a fact, a query answers how many options there were, who proposed them and what they
said, and a choice narrower than the proposals stays visible; the words stay the
minutes' own (checked verbatim). The proposals are carried by the item they were put to;
a proposer whose minutes are not in the record is its external decision
(``Provenance.external``), never this meeting's.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from attrs import frozen

from .common import Context, DomainError, Provenance, StreamId, stream_id

__all__ = ["CONTEXT", "Forslag", "ProposalsRecorded", "RecordProposals"]


@frozen
class Forslag:
    """One proposal: its text, verbatim, and its number or letter as the minutes give it
    ("1", "a"; None for a bullet)."""

    tekst: str
    nummer: str | None = None


@frozen
class ProposalsRecorded:
    """``tilsidesat``: what the proposer sets aside in favour of the proposals (earlier
    initiatives "ikke længere relevante"); empty when the minutes say nothing of it."""

    key: str
    af: str
    forslag: tuple[Forslag, ...]
    tilsidesat: tuple[Forslag, ...] = ()

    def summary(self) -> str:
        def listed(items: tuple[Forslag, ...]) -> str:
            return "; ".join(f"{f.nummer}) {f.tekst}" if f.nummer else f.tekst for f in items)

        aside = (f" — lagt til side ({len(self.tilsidesat)}): {listed(self.tilsidesat)}"
                 if self.tilsidesat else "")
        return f"{self.af} foreslår ({len(self.forslag)}): {listed(self.forslag)}{aside}"


@frozen(kw_only=True)
class RecordProposals:
    """Record the proposals ``af`` (who proposes, as the minutes name them) put to an item."""

    key: str
    af: str
    forslag: tuple[Forslag, ...]
    tilsidesat: tuple[Forslag, ...] = ()
    provenance: Provenance


COMMANDS: tuple[type, ...] = (RecordProposals,)
EVENTS: tuple[type, ...] = (ProposalsRecorded,)


def streams(command: Any) -> Sequence[StreamId]:
    return [stream_id("forslag", command.key)]


def evolve_state(state: Any, event: Any) -> Any:
    return (state or 0) + 1


def _numbers_unique(items: tuple[Forslag, ...], field: str) -> None:
    numbers = [f.nummer for f in items if f.nummer is not None]
    twice = sorted({n for n in numbers if numbers.count(n) > 1})
    if twice:
        raise DomainError(f"forslag nummer {', '.join(twice)} står to gange",
                          rule="forslag-nummer-to-gange", field=field)


def decide(command: Any, states: Mapping[StreamId, Any]) -> Sequence[tuple[StreamId, Any]]:
    if not isinstance(command, RecordProposals):
        raise TypeError(f"not a forslag command: {type(command).__name__}")
    (sid,) = streams(command)
    if states.get(sid):
        raise DomainError(f"forslagene '{command.key}' er allerede registreret; en rettelse "
                          "er en ny nøgle", rule="forslag-findes", field="key")
    if not command.af.strip():
        raise DomainError("sig, hvem der foreslår", rule="forslag-uden-afsender", field="af")
    if not command.forslag:
        raise DomainError("angiv mindst ét forslag", rule="forslag-tomt", field="forslag")
    for field, items in (("forslag", command.forslag), ("tilsidesat", command.tilsidesat)):
        # each list counted on its own: a blank set-aside proposal is tilsidesat[1]
        blank = [i for i, f in enumerate(items, 1) if not f.tekst.strip()]
        if blank:
            raise DomainError(f"{field}[{blank[0]}] har ingen tekst",
                              rule="forslag-uden-tekst", field=f"{field}[{blank[0]}].tekst")
    _numbers_unique(command.forslag, "forslag")
    _numbers_unique(command.tilsidesat, "tilsidesat")
    return [(sid, ProposalsRecorded(command.key, command.af.strip(), command.forslag,
                                    command.tilsidesat))]


CONTEXT = Context(name="forslag", commands=COMMANDS, events=EVENTS, streams=streams,
                  decide=decide, evolve=evolve_state)
