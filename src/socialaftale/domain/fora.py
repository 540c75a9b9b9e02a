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

A body often carries several names at once (Den Administrative Styregruppe, DAS, DAS
Social) without the minutes stating any rename: such names are aliases
(:class:`AddForumAlias`), each found as the same forum. Every name a forum has had is
claimed in a name stream of its own (``forum-navn:<name casefolded>``), so that a name
finds one forum only and a group can be refused when its forum is not registered.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from attrs import evolve, frozen

from .common import Context, DomainError, Provenance, StreamId, stream_id

__all__ = [
    "CONTEXT",
    "AddForumAlias",
    "AffiliatePerson",
    "ForumAliasAdded",
    "ForumNameClaimed",
    "ForumRegistered",
    "ForumRenamed",
    "PersonAffiliated",
    "RegisterForum",
    "RenameForum",
    "forum_name_stream",
    "forum_stream",
    "name_key",
]


def forum_stream(key: str) -> StreamId:
    return stream_id("forum", key)


def name_key(name: str) -> str:
    """A forum name as its name stream knows it: NFC, spaces collapsed, case ignored, so
    "DAS" and "das" (and a name typed in NFD) find one forum."""
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def forum_name_stream(name: str) -> StreamId:
    """The stream that holds which forum a name belongs to."""
    return stream_id("forum-navn", name_key(name))


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
class ForumAliasAdded:
    """Another name the forum is known by at the same time (not a rename): "DAS Social"
    beside "Den Administrative Styregruppe" and "DAS"."""

    key: str
    alias: str

    def summary(self) -> str:
        return f"Forum {self.key} kendes også som {self.alias}"


@frozen
class ForumNameClaimed:
    """A name taken by a forum, in the name's own stream: what lets a name (any alias, any
    former name) find its forum, and a group's forum be checked."""

    navn: str
    key: str

    def summary(self) -> str:
        return f"Navnet {self.navn} hører til forummet {self.key}"


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
    names: frozenset[str] = frozenset()
    """Every name the forum has had or has (as :func:`name_key` keeps them)."""


@frozen
class ForumNameState:
    """The forum a name belongs to."""

    key: str


@frozen
class PersonState:
    fra: tuple[date, ...]


def evolve_state(state: Any, event: Any) -> Any:
    if isinstance(event, ForumRegistered):
        return ForumState(event.navn, event.kortnavn, _names(event.key, event.navn,
                                                             event.kortnavn))
    if isinstance(event, ForumRenamed):
        return evolve(state, navn=event.navn, kortnavn=event.kortnavn,
                      names=state.names | _names(event.navn, event.kortnavn))
    if isinstance(event, ForumAliasAdded):
        return evolve(state, names=state.names | _names(event.alias))
    if isinstance(event, ForumNameClaimed):
        return ForumNameState(event.key)
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


def _names(*names: str | None) -> frozenset[str]:
    return frozenset(name_key(n) for n in names if n)


@frozen(kw_only=True)
class AddForumAlias:
    """Record that a forum is also known as ``alias`` (the minutes use both names at once)."""

    key: str
    alias: str
    provenance: Provenance


@frozen(kw_only=True)
class AffiliatePerson:
    navn: str
    organisation: str
    rolle: str | None = None
    fra: date
    provenance: Provenance


COMMANDS: tuple[type, ...] = (RegisterForum, RenameForum, AddForumAlias, AffiliatePerson)
EVENTS: tuple[type, ...] = (ForumRegistered, ForumRenamed, PersonAffiliated, ForumAliasAdded,
                            ForumNameClaimed)


def _command_names(command: Any) -> list[str]:
    """The names a command gives its forum, each once (by :func:`name_key`)."""
    if isinstance(command, RegisterForum):
        given = [command.key, command.navn, command.kortnavn]
    elif isinstance(command, RenameForum):
        given = [command.navn, command.kortnavn]
    else:
        given = [command.alias]
    seen: dict[str, str] = {}
    for name in given:
        if name and name.strip() and name_key(name) not in seen:
            seen[name_key(name)] = name
    return list(seen.values())


def streams(command: Any) -> Sequence[StreamId]:
    if isinstance(command, AffiliatePerson):
        return [person_stream(command.navn)]
    return [forum_stream(command.key), *(forum_name_stream(n) for n in _command_names(command))]


def _claims(command: Any, states: Mapping[StreamId, Any],
            names: Sequence[str]) -> list[tuple[StreamId, Any]]:
    """The name claims a command makes; a name another forum holds is refused."""
    claims: list[tuple[StreamId, Any]] = []
    for name in names:
        sid = forum_name_stream(name)
        holder: ForumNameState | None = states[sid]
        if holder is not None and holder.key != command.key:
            raise DomainError(f"navnet '{name}' hører allerede til forummet '{holder.key}'",
                              rule="forum-navn-optaget",
                              field="alias" if isinstance(command, AddForumAlias) else "navn")
        if holder is None:
            claims.append((sid, ForumNameClaimed(name, command.key)))
    return claims


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
    names = _command_names(command)
    if isinstance(command, RegisterForum):
        return _register(command, forum, sid, states, names)
    if isinstance(command, AddForumAlias):
        return _add_alias(command, forum, sid, states, names)
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
                                   command.senest)), *_claims(command, states, names)]
    raise TypeError(f"not a fora command: {type(command).__name__}")


def _register(command: RegisterForum, forum: ForumState | None, sid: StreamId,
              states: Mapping[StreamId, Any], names: Sequence[str]) -> list[tuple[StreamId, Any]]:
    """A forum registered; registered again (each meeting record registers the bodies it
    needs, so that it loads alone), the names the record does not yet know become aliases,
    and nothing is recorded when it knows them all."""
    if forum is None:
        return [(sid, ForumRegistered(command.key, command.navn, command.kortnavn,
                                      command.overordnet)), *_claims(command, states, names)]
    new = [n for n in names if name_key(n) not in forum.names and n != command.key]
    return [*((sid, ForumAliasAdded(command.key, n)) for n in new),
            *_claims(command, states, new)]


def _add_alias(command: AddForumAlias, forum: ForumState | None, sid: StreamId,
               states: Mapping[StreamId, Any], names: Sequence[str]) -> list[tuple[StreamId, Any]]:
    if forum is None:
        raise DomainError(f"forummet '{command.key}' er ikke registreret",
                          rule="ukendt-forum", field="key")
    if not command.alias.strip():
        raise DomainError("et alias skal have et navn", rule="tomt-navn", field="alias")
    if name_key(command.alias) in forum.names:
        raise DomainError(f"forummet kendes allerede som {command.alias}",
                          rule="samme-navn", field="alias")
    return [(sid, ForumAliasAdded(command.key, command.alias)),
            *_claims(command, states, names)]


CONTEXT = Context(
    name="fora",
    commands=COMMANDS,
    events=EVENTS,
    streams=streams,
    decide=decide,
    evolve=evolve_state,
)
