"""Bodies (fora) and people over time: names as the minutes use them, and who belonged where.

A forum (KKR, KDK, Socialdirektørkredsen, DAS, FU, Koordinationsforum, a working
group) has a name and a short name and can be renamed (DAS → DAS Social)
without losing its history: every name it has had still finds its meetings. A
person belongs to an organisation with a role from a date; a later affiliation
ends the earlier one. Meetings keep each participant's organisation as it was
then (on the participant line), so the two together tell a person's story.

When the minutes show a new name without saying when it was taken, the rename
is recorded with only the date by which it was in use (``senest``) — the
effective date stays unknown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from attrs import evolve, frozen

from .common import Context, DomainError, Provenance, StreamId, stream_id

__all__ = [
    "CONTEXT",
    "AffiliatePerson",
    "ForumRegistered",
    "ForumRenamed",
    "PersonAffiliated",
    "RegisterForum",
    "RenameForum",
    "forum_stream",
]


def forum_stream(key: str) -> StreamId:
    return stream_id("forum", key)


def person_stream(navn: str) -> StreamId:
    return stream_id("person-tilknytning", navn)


@frozen
class ForumRegistered:
    key: str
    navn: str
    kortnavn: str | None
    overordnet: str | None

    def summary(self) -> str:
        short = f" ({self.kortnavn})" if self.kortnavn else ""
        return f"Forum {self.navn}{short}"


@frozen
class ForumRenamed:
    """``fra`` is when the new name took effect, if the source says; ``senest`` is the
    date by which the source shows it in use."""

    key: str
    navn: str
    kortnavn: str | None
    fra: date | None
    senest: date

    def summary(self) -> str:
        when = self.fra.isoformat() if self.fra else f"senest {self.senest.isoformat()}"
        return f"Forum omdøbt til {self.navn} ({when})"


@frozen
class PersonAffiliated:
    navn: str
    organisation: str
    rolle: str | None
    fra: date

    def summary(self) -> str:
        role = f", {self.rolle}" if self.rolle else ""
        return f"{self.navn}: {self.organisation}{role} fra {self.fra.isoformat()}"


@frozen
class ForumState:
    navn: str
    kortnavn: str | None


@frozen
class PersonState:
    fra: tuple[date, ...]


def evolve_state(state: Any, event: Any) -> Any:
    if isinstance(event, ForumRegistered):
        return ForumState(event.navn, event.kortnavn)
    if isinstance(event, ForumRenamed):
        return evolve(state, navn=event.navn, kortnavn=event.kortnavn)
    if isinstance(event, PersonAffiliated):
        return PersonState((*(state.fra if state else ()), event.fra))
    return state


@frozen(kw_only=True)
class RegisterForum:
    key: str
    navn: str
    kortnavn: str | None = None
    overordnet: str | None = None
    provenance: Provenance


@frozen(kw_only=True)
class RenameForum:
    key: str
    navn: str
    kortnavn: str | None = None
    fra: date | None = None
    senest: date
    provenance: Provenance


@frozen(kw_only=True)
class AffiliatePerson:
    navn: str
    organisation: str
    rolle: str | None = None
    fra: date
    provenance: Provenance


COMMANDS: tuple[type, ...] = (RegisterForum, RenameForum, AffiliatePerson)
EVENTS: tuple[type, ...] = (ForumRegistered, ForumRenamed, PersonAffiliated)


def streams(command: Any) -> Sequence[StreamId]:
    if isinstance(command, AffiliatePerson):
        return [person_stream(command.navn)]
    return [forum_stream(command.key)]


def decide(command: Any, states: Mapping[StreamId, Any]) -> Sequence[tuple[StreamId, Any]]:
    if isinstance(command, AffiliatePerson):
        sid = person_stream(command.navn)
        person: PersonState | None = states[sid]
        if person is not None and command.fra in person.fra:
            raise DomainError(f"{command.navn} har allerede en tilknytning fra "
                              f"{command.fra.isoformat()}", rule="tilknytning-dobbelt",
                              field="fra")
        return [(sid, PersonAffiliated(command.navn, command.organisation, command.rolle,
                                       command.fra))]
    sid = forum_stream(command.key)
    forum: ForumState | None = states[sid]
    if isinstance(command, RegisterForum):
        if forum is not None:
            raise DomainError(f"forummet '{command.key}' er allerede registreret",
                              rule="forum-dobbelt", field="key")
        return [(sid, ForumRegistered(command.key, command.navn, command.kortnavn,
                                      command.overordnet))]
    if isinstance(command, RenameForum):
        if forum is None:
            raise DomainError(f"forummet '{command.key}' er ikke registreret",
                              rule="ukendt-forum", field="key")
        if (command.navn, command.kortnavn) == (forum.navn, forum.kortnavn):
            raise DomainError(f"forummet hedder allerede {command.navn}",
                              rule="samme-navn", field="navn")
        if command.fra is not None and command.fra > command.senest:
            raise DomainError("et navn kan ikke tages i brug efter den dato, hvor det ses "
                              "brugt", rule="omdoebning-dato", field="fra")
        return [(sid, ForumRenamed(command.key, command.navn, command.kortnavn, command.fra,
                                   command.senest))]
    raise TypeError(f"not a fora command: {type(command).__name__}")


CONTEXT = Context(
    name="fora",
    commands=COMMANDS,
    events=EVENTS,
    streams=streams,
    decide=decide,
    evolve=evolve_state,
)
