"""Working groups, networks and reference groups, their members and milestones; appointments.

A group is formed by a decision of a body and lives in its own stream
(``stream_id("arbejdsgruppe", key)``). People whose names the minutes do not
give ("udpeges af B&U direktørerne") are members known only by role. A
person's appointments to represent a body somewhere live in the person's
stream. Composition rules are checked when members are recorded, but a broken
rule is a warning shown with the group, never a refusal: the record keeps
reality.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any, Literal

from attrs import evolve, field, frozen

from . import fora
from .common import Context, DomainError, Provenance, StreamId, stream_id
from .dates import Dato, dato_text

__all__ = [
    "CONTEXT",
    "AddMember",
    "AppointPerson",
    "ChairChanged",
    "ChangeChair",
    "ChangeMandate",
    "ConvertGroup",
    "DissolveGroup",
    "FormGroup",
    "GroupConverted",
    "GroupDissolved",
    "GroupFormed",
    "GroupState",
    "GroupTaskReported",
    "Klynge",
    "KlyngerSet",
    "MandateChanged",
    "MemberAdded",
    "MemberRemoved",
    "MilestoneMet",
    "MilestonePlanned",
    "PersonAppointed",
    "PlanMilestone",
    "RecordMilestoneMet",
    "RemoveMember",
    "ReportGroupTask",
    "RolleKrav",
    "SetKlynger",
    "composition_warnings",
    "group_stream",
    "person_stream",
]

Art = Literal["arbejdsgruppe", "faglig_netvaerk", "foelgegruppe", "styregruppe"]


def group_stream(key: str) -> StreamId:
    return stream_id("arbejdsgruppe", key)


def person_stream(navn: str) -> StreamId:
    return stream_id("person", navn)


@frozen
class RolleKrav:
    """A composition rule on roles: how many members with ``rolle`` the group must have
    (the central-udmeldinger model: 1 tovholder, 1-2 planlæggere, 4-5 myndighedsrepræsentanter,
    driftsherrerepræsentanter). ``maks`` None: no upper bound."""

    rolle: str
    mindst: int
    maks: int | None = None


@frozen
class Klynge:
    """A geographic cluster of municipalities, as the record's source lists it."""

    navn: str
    kommuner: tuple[str, ...]


@frozen
class GroupFormed:
    """``regler`` are the composition rules as the decision words them; ``kraever_region``,
    ``klynge_regel`` (at least one member from each geographic cluster) and ``rollekrav``
    are the same rules in a form the record can check."""

    key: str
    navn: str
    art: Art
    forum: str
    mandat: str | None
    """None: the mandate is unknown (the source does not state it)."""
    formand: str | None
    sekretariat: str | None
    regler: tuple[str, ...] = ()
    kraever_region: bool = False
    klynge_regel: bool = False
    rollekrav: tuple[RolleKrav, ...] = ()
    eksisterede: bool = False
    """The source mentions the group as already existing: it is known from the event's
    date, its formation (when, by whom) is unknown, and it was not formed there."""

    def summary(self) -> str:
        chair = f", formand: {self.formand}" if self.formand else ""
        how = "kendt" if self.eksisterede else "nedsat"
        return f"{self.navn} {how} under {self.forum}{chair}"


@frozen
class MemberAdded:
    key: str
    member_id: str
    navn: str | None
    organisation: str | None
    rolle: str | None
    fra: date

    def summary(self) -> str:
        who = self.navn or f"(ikke navngivet: {self.rolle})"
        return f"Medlem tilføjet: {who}{', ' + self.organisation if self.organisation else ''}"


@frozen
class MemberRemoved:
    key: str
    member_id: str
    til: date

    def summary(self) -> str:
        return f"Medlem {self.member_id} udtrådt {self.til.isoformat()}"


@frozen
class MilestonePlanned:
    """``dato`` as the minutes give it: a day, or "primo april 2015" (never rounded)."""

    key: str
    milestone_id: str
    beskrivelse: str
    dato: Dato
    forum: str | None = None

    def summary(self) -> str:
        at = f" ({self.forum})" if self.forum else ""
        return f"Milepæl {dato_text(self.dato)}{at}: {self.beskrivelse}"


@frozen
class GroupTaskReported:
    """A task the source reports the group as working on ("udarbejder arbejdsgruppen en
    pjece ..."): known from the event's date, in the source's words; given by no decision
    the record knows, with no deadline (none is invented)."""

    key: str
    opgave: str

    def summary(self) -> str:
        return f"Opgave (ifølge kilden): {self.opgave}"


@frozen
class MilestoneMet:
    key: str
    milestone_id: str
    dato: date

    def summary(self) -> str:
        return f"Milepæl {self.milestone_id} nået {self.dato.isoformat()}"


@frozen
class PersonAppointed:
    """A person appointed to represent a body somewhere (or elected to a role there).
    ``fra`` is None where the source does not say when it began (a member leaving a role
    the record never saw begin): unknown, not guessed."""

    navn: str
    rolle: str
    hvor: str
    for_forum: str | None
    """None: the source does not say whom the person represents (unknown)."""
    fra: date | None
    til: date | None = None
    ved_akklamation: bool = False

    def summary(self) -> str:
        how = " ved akklamation" if self.ved_akklamation else ""
        whom = f" for {self.for_forum}" if self.for_forum else ""
        return f"{self.navn} udpeget{how} som {self.rolle} i {self.hvor}{whom}"


@frozen
class MandateChanged:
    """The group's mandate narrowed, changed or approved (a kommissorium drafted first and
    approved later); the earlier mandate stays in the history."""

    key: str
    mandat: str
    godkendt: bool | None
    grund: str | None

    def summary(self) -> str:
        state = {True: "godkendt", False: "udkast", None: "ændret"}[self.godkendt]
        return f"Mandat {state}: {self.mandat}"


@frozen
class ChairChanged:
    key: str
    formand: str

    def summary(self) -> str:
        return f"Formandskab: {self.formand}"


@frozen
class GroupConverted:
    """The group continues as another kind (an arbejdsgruppe becomes a faglig netværk)."""

    key: str
    art: Art
    navn: str | None

    def summary(self) -> str:
        return f"Omdannet til {self.art.replace('_', ' ')}{': ' + self.navn if self.navn else ''}"


@frozen
class GroupDissolved:
    key: str
    dato: date

    def summary(self) -> str:
        return f"Nedlagt {self.dato.isoformat()}"


@frozen
class KlyngerSet:
    """The geographic clusters as a source lists them (the minutes name the rule, not the
    clusters), so "minimum one from each cluster" can be checked."""

    klynger: tuple[Klynge, ...]

    def summary(self) -> str:
        return f"Geografiske klynger: {', '.join(k.navn for k in self.klynger)}"


@frozen
class GroupState:
    key: str
    members: Mapping[str, MemberAdded] = field(factory=dict)
    milestones: frozenset[str] = frozenset()
    met: frozenset[str] = frozenset()
    kraever_region: bool = False
    nedlagt: date | None = None


@frozen
class PersonState:
    appointments: int = 0


def evolve_state(state: Any, event: Any) -> Any:
    if isinstance(event, fora.EVENTS):
        # A group's forum is read from the fora context's streams: folded as that context
        # folds them, so a state shared in the cache is the same whichever context loads it.
        return fora.evolve_state(state, event)
    if isinstance(event, KlyngerSet):
        return event
    if isinstance(event, PersonAppointed):
        return PersonState((state.appointments if state else 0) + 1)
    if isinstance(event, GroupFormed):
        return GroupState(event.key, kraever_region=event.kraever_region)
    assert isinstance(state, GroupState)
    if isinstance(event, MemberAdded):
        return evolve(state, members={**state.members, event.member_id: event})
    if isinstance(event, MemberRemoved):
        return evolve(state, members={k: v for k, v in state.members.items()
                                      if k != event.member_id})
    if isinstance(event, MilestonePlanned):
        return evolve(state, milestones=state.milestones | {event.milestone_id})
    if isinstance(event, MilestoneMet):
        return evolve(state, met=state.met | {event.milestone_id})
    if isinstance(event, GroupDissolved):
        return evolve(state, nedlagt=event.dato)
    return state


def composition_warnings(kraever_region: bool, members: Sequence[MemberAdded], *,
                         klynge_regel: bool = False, klynger: Sequence[Klynge] | None = None,
                         rollekrav: Sequence[RolleKrav] = ()) -> list[str]:
    """The composition rules a group breaks, as Danish warnings (never a refusal)."""
    warnings = []
    if kraever_region and not any(m.organisation == "Region Nordjylland" for m in members):
        warnings.append("Region Nordjylland er ikke repræsenteret")
    if klynge_regel:
        if not klynger:
            warnings.append("de geografiske klynger er ikke registreret; reglen 'minimum én "
                            "fra hver geografisk klynge' kan ikke kontrolleres")
        for klynge in klynger or ():
            names = {k.lower() for k in klynge.kommuner}
            if not any(m.organisation and _kommune(m.organisation) in names for m in members):
                warnings.append(f"klyngen {klynge.navn} har intet medlem")
    for krav in rollekrav:
        count = sum(1 for m in members if m.rolle and krav.rolle.lower() in m.rolle.lower())
        wanted = (f"{krav.mindst}" if krav.maks == krav.mindst
                  else f"{krav.mindst}-{krav.maks}" if krav.maks is not None
                  else f"mindst {krav.mindst}")
        if count < krav.mindst or (krav.maks is not None and count > krav.maks):
            warnings.append(f"{krav.rolle}: {count} (modellen kræver {wanted})")
    unnamed = [m.rolle or "?" for m in members if m.navn is None]
    if unnamed:
        warnings.append(f"{len(unnamed)} medlem(mer) endnu ikke udpeget: {'; '.join(unnamed)}")
    return warnings


@frozen(kw_only=True)
class FormGroup:
    key: str
    navn: str
    art: Art = "arbejdsgruppe"
    forum: str
    mandat: str | None = None
    """None: the source does not say what the group is to do (unknown, never guessed)."""
    formand: str | None = None
    sekretariat: str | None = None
    regler: tuple[str, ...] = ()
    kraever_region: bool = False
    klynge_regel: bool = False
    rollekrav: tuple[RolleKrav, ...] = ()
    eksisterede: bool = False
    """Register a group the source mentions as already existing (formation unknown)."""
    provenance: Provenance


@frozen(kw_only=True)
class AddMember:
    key: str
    member_id: str
    navn: str | None = None
    organisation: str | None = None
    rolle: str | None = None
    provenance: Provenance


@frozen(kw_only=True)
class RemoveMember:
    key: str
    member_id: str
    provenance: Provenance


@frozen(kw_only=True)
class PlanMilestone:
    key: str
    milestone_id: str
    beskrivelse: str
    dato: Dato
    forum: str | None = None
    provenance: Provenance


@frozen(kw_only=True)
class ReportGroupTask:
    """Record a task the source reports the group as working on (verbatim ``opgave``)."""

    key: str
    opgave: str
    provenance: Provenance


@frozen(kw_only=True)
class RecordMilestoneMet:
    key: str
    milestone_id: str
    dato: date
    provenance: Provenance


@frozen(kw_only=True)
class AppointPerson:
    navn: str
    rolle: str
    hvor: str
    for_forum: str | None = None
    """Left out when the source does not say whom the person represents (unknown)."""
    fra: date | None  # None: the source does not say when the role began (written fra: null)
    til: date | None = None
    ved_akklamation: bool = False
    provenance: Provenance


def _kommune(organisation: str) -> str:
    """"Hjørring Kommune, Familie" → "hjørring": the municipality an organisation belongs to."""
    first = organisation.split(",")[0].strip().lower()
    return first.removesuffix(" kommune").strip()


@frozen(kw_only=True)
class ChangeMandate:
    key: str
    mandat: str
    godkendt: bool | None = None
    grund: str | None = None
    provenance: Provenance


@frozen(kw_only=True)
class ChangeChair:
    key: str
    formand: str
    provenance: Provenance


@frozen(kw_only=True)
class ConvertGroup:
    key: str
    art: Art
    navn: str | None = None
    provenance: Provenance


@frozen(kw_only=True)
class DissolveGroup:
    key: str
    dato: date
    provenance: Provenance


@frozen(kw_only=True)
class SetKlynger:
    klynger: tuple[Klynge, ...]
    provenance: Provenance


KLYNGER_STREAM = stream_id("klynger", "nordjylland")

COMMANDS: tuple[type, ...] = (FormGroup, AddMember, RemoveMember, PlanMilestone,
                              RecordMilestoneMet, AppointPerson, ChangeMandate, ChangeChair,
                              ConvertGroup, DissolveGroup, SetKlynger, ReportGroupTask)
EVENTS: tuple[type, ...] = (GroupFormed, MemberAdded, MemberRemoved, MilestonePlanned,
                            MilestoneMet, PersonAppointed, MandateChanged, ChairChanged,
                            GroupConverted, GroupDissolved, KlyngerSet, GroupTaskReported)


def streams(command: Any) -> Sequence[StreamId]:
    if isinstance(command, AppointPerson):
        return [person_stream(command.navn)]
    if isinstance(command, SetKlynger):
        return [KLYNGER_STREAM]
    if isinstance(command, FormGroup):
        return [group_stream(command.key), *_forum_streams(command.forum)]
    return [group_stream(command.key)]


def _forum_streams(forum: str) -> list[StreamId]:
    """Where a group's forum is known: the name's claim and, for a forum registered before
    names were claimed, the forum's own stream when the name is its key."""
    by_name, by_key = fora.forum_name_stream(forum), fora.forum_stream(forum)
    return [by_name] if by_key == by_name else [by_name, by_key]


def _require_forum(command: FormGroup, states: Mapping[StreamId, Any]) -> None:
    """A group is formed under a body the record knows (by any of its names)."""
    if not command.forum.strip() or all(states[s] is None for s in
                                        _forum_streams(command.forum)):
        raise DomainError(f"forummet '{command.forum}', som gruppen hører under, er ikke "
                          "registreret; registrér det først (RegisterForum) eller brug et "
                          "navn, det er kendt under", rule="gruppe-ukendt-forum", field="forum")


def _group(state: Any, key: str) -> GroupState:
    if state is None:
        raise DomainError(f"arbejdsgruppen '{key}' er ikke nedsat", rule="ukendt-gruppe",
                          field="gruppe")
    assert isinstance(state, GroupState)
    return state


def decide(command: Any, states: Mapping[StreamId, Any]) -> Sequence[tuple[StreamId, Any]]:
    if isinstance(command, AppointPerson):
        sid = person_stream(command.navn)
        if command.fra is None and command.til is None:
            raise DomainError("en udpegning uden kendt begyndelse skal have sin slutdato "
                              "('til')", rule="udpegning-uden-periode", field="til")
        if command.til is not None and command.fra is not None and command.til < command.fra:
            raise DomainError("en udpegning kan ikke slutte før den begynder",
                              rule="udpegning-periode", field="til")
        return [(sid, PersonAppointed(command.navn, command.rolle, command.hvor,
                                      command.for_forum, command.fra, command.til,
                                      command.ved_akklamation))]
    if isinstance(command, SetKlynger):
        kommuner = [k for klynge in command.klynger for k in klynge.kommuner]
        twice = sorted(k for k, n in Counter(kommuner).items() if n > 1)
        if twice:
            raise DomainError(f"{', '.join(twice)} står i flere klynger", rule="klynge-dobbelt",
                              field="klynger")
        return [(KLYNGER_STREAM, KlyngerSet(command.klynger))]
    sid = group_stream(command.key)
    state = states[sid]
    on = command.provenance.occurred_on
    if isinstance(command, FormGroup):
        if state is not None:
            raise DomainError(f"arbejdsgruppen '{command.key}' er allerede nedsat",
                              rule="gruppe-dobbelt", field="gruppe")
        if command.provenance.decision is None and not command.eksisterede:
            raise DomainError("en arbejdsgruppe nedsættes ved en beslutning; angiv den",
                              rule="gruppe-uden-beslutning", field="beslutning")
        _require_forum(command, states)
        return [(sid, GroupFormed(command.key, command.navn, command.art, command.forum,
                                  command.mandat, command.formand, command.sekretariat,
                                  command.regler, command.kraever_region,
                                  command.klynge_regel, command.rollekrav,
                                  command.eksisterede))]
    group = _group(state, command.key)
    if group.nedlagt is not None:
        raise DomainError(f"arbejdsgruppen '{command.key}' er nedlagt "
                          f"{group.nedlagt.isoformat()}", rule="gruppe-nedlagt", field="gruppe")
    if isinstance(command, ChangeMandate):
        if not command.mandat.strip():
            raise DomainError("et mandat skal have en tekst", rule="tomt-mandat",
                              field="mandat")
        return [(sid, MandateChanged(command.key, command.mandat, command.godkendt,
                                     command.grund))]
    if isinstance(command, ChangeChair):
        return [(sid, ChairChanged(command.key, command.formand))]
    if isinstance(command, ConvertGroup):
        return [(sid, GroupConverted(command.key, command.art, command.navn))]
    if isinstance(command, DissolveGroup):
        return [(sid, GroupDissolved(command.key, command.dato))]
    if isinstance(command, AddMember):
        if command.member_id in group.members:
            raise DomainError(f"medlemmet '{command.member_id}' er allerede i gruppen",
                              rule="medlem-dobbelt", field="medlem")
        if command.navn is None and command.rolle is None:
            raise DomainError("et medlem uden navn skal have en rolle", rule="medlem-ukendt",
                              field="rolle")
        return [(sid, MemberAdded(command.key, command.member_id, command.navn,
                                  command.organisation, command.rolle, on))]
    if isinstance(command, RemoveMember):
        if command.member_id not in group.members:
            raise DomainError(f"'{command.member_id}' er ikke medlem af gruppen",
                              rule="ukendt-medlem", field="medlem")
        return [(sid, MemberRemoved(command.key, command.member_id, on))]
    if isinstance(command, PlanMilestone):
        return [(sid, MilestonePlanned(command.key, command.milestone_id, command.beskrivelse,
                                       command.dato, command.forum))]
    if isinstance(command, ReportGroupTask):
        if not command.opgave.strip():
            raise DomainError("opgaven skal have en tekst", rule="opgave-uden-tekst",
                              field="opgave")
        return [(sid, GroupTaskReported(command.key, command.opgave.strip()))]
    if isinstance(command, RecordMilestoneMet):
        if command.milestone_id not in group.milestones:
            raise DomainError(f"milepælen '{command.milestone_id}' findes ikke",
                              rule="ukendt-milepael", field="milepæl")
        return [(sid, MilestoneMet(command.key, command.milestone_id, command.dato))]
    raise TypeError(f"not an arbejdsgrupper command: {type(command).__name__}")


CONTEXT = Context(
    name="arbejdsgrupper",
    commands=COMMANDS,
    events=EVENTS,
    streams=streams,
    decide=decide,
    evolve=evolve_state,
)
