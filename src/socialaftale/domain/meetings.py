"""Meetings, agendas and decisions: from dagsorden to referat.

A meeting of a body is one stream (``stream_id("meeting", "das-2019-10-24")``).
It is scheduled with who took part, gets an agenda of numbered items with
their indstilling, and then a decision per item as the referat states it.
Decisions are the authority for facts in the other contexts: those facts
carry a :class:`~socialaftale.domain.common.DecisionRef` to the item here.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from typing import Any, Literal

from attrs import evolve, field, frozen

from .common import Context, DecisionRef, DomainError, Provenance, StreamId, stream_id
from .names import check_meeting_id, meeting_id_for

__all__ = [
    "CONTEXT",
    "AgendaCorrected",
    "AgendaProposed",
    "AgendaSent",
    "CorrectAgenda",
    "CorrectDecision",
    "CorrectMeeting",
    "DecisionCorrected",
    "DecisionRecorded",
    "Deltager",
    "Klausul",
    "MeetingCorrected",
    "MeetingScheduled",
    "MeetingState",
    "Outcome",
    "ProposeAgenda",
    "Punkt",
    "RecordDecision",
    "ScheduleMeeting",
    "SendAgenda",
    "decision_exists",
    "meeting_id_for",
    "meeting_stream",
]

Outcome = Literal[
    "approved",
    "approved_with_remarks",
    "rejected_with_reasons",
    "noted",
    "discussed",
    "decided_otherwise",
    "postponed",
    "elected_by_acclamation",
]

OUTCOME_TEXT: dict[str, str] = {
    "approved": "godkendt",
    "approved_with_remarks": "godkendt med bemærkninger",
    "rejected_with_reasons": "ikke godkendt, med begrundelser",
    "noted": "taget til efterretning",
    "discussed": "drøftet",
    "decided_otherwise": "besluttet anderledes end indstillet",
    "postponed": "udsat",
    "elected_by_acclamation": "valgt ved akklamation",
}


def meeting_stream(meeting_id: str) -> StreamId:
    return stream_id("meeting", meeting_id)


@frozen
class Deltager:
    """A person as the minutes list them at this meeting (organisation and role as then)."""

    navn: str
    organisation: str | None = None
    rolle: str | None = None
    note: str | None = None  # "deltog under punkterne 1-3", "for Jesper Hosbond Jensen"

    def __str__(self) -> str:
        extra = ", ".join(x for x in (self.organisation, self.rolle, self.note) if x)
        return f"{self.navn} ({extra})" if extra else self.navn


@frozen
class Punkt:
    """An agenda item: its number as the minutes print it, title and indstilling (the
    at-clauses), bilag ("eftersendes" kept in the bilag's text), the resumé and
    sagsfremstilling where the minutes have them, who introduces it, and the earlier item it
    was raised under (an Evt. put on a later agenda keeps the link)."""

    nummer: str
    titel: str
    art: Literal["behandling", "orientering"] = "behandling"
    indstilling: tuple[str, ...] = ()
    bilag: tuple[str, ...] = ()
    resume: str | None = None
    sagsfremstilling: str | None = None
    indleder: str | None = None
    rejst_ved: DecisionRef | None = None  # raised under Evt. (or elsewhere) at an earlier item


@frozen
class Klausul:
    """The outcome for one at-clause of the indstilling, where the minutes distinguish them
    (``nummer`` counts the clauses from 1, as the indstilling lists them)."""

    nummer: int
    outcome: Outcome
    note: str | None = None


@frozen
class MeetingScheduled:
    meeting_id: str
    body: str
    dato: date
    tid: str | None
    sted: str | None
    sagsnr: str | None
    deltagere: tuple[Deltager, ...] = ()
    afbud: tuple[Deltager, ...] = ()
    gaester: tuple[Deltager, ...] = ()
    referent: tuple[str, ...] = ()

    def summary(self) -> str:
        return f"Møde i {self.body} {self.dato.isoformat()} ({len(self.deltagere)} deltagere)"


@frozen
class AgendaProposed:
    """``udkast``: a draft not yet sent out (seen by the secretariat only until sent)."""

    meeting_id: str
    punkter: tuple[Punkt, ...]
    udkast: bool = False

    def summary(self) -> str:
        return f"Dagsorden med {len(self.punkter)} punkter"


@frozen
class AgendaSent:
    """The draft agenda is sent out to the members: from now on everyone may read it."""

    meeting_id: str
    dato: date

    def summary(self) -> str:
        return f"Dagsorden udsendt {self.dato.isoformat()}"


@frozen
class DecisionRecorded:
    """What the referat says was decided under an item (and the lines of remarks/reasons)."""

    meeting_id: str
    punkt: str
    outcome: Outcome
    referat: str
    bemaerkninger: tuple[str, ...] = ()
    anbefaling_til: DecisionRef | None = None
    godkender_referat_af: str | None = None
    klausuler: tuple[Klausul, ...] = ()

    def summary(self) -> str:
        text = f"Punkt {self.punkt}: {OUTCOME_TEXT[self.outcome]}"
        if self.anbefaling_til is not None:
            text += (f" (anbefaling til {self.anbefaling_til.meeting} "
                     f"pkt. {self.anbefaling_til.item})")
        if self.godkender_referat_af is not None:
            text += f" (referat fra {self.godkender_referat_af})"
        return text


@frozen
class AgendaAmended:
    """A recorded change to the agenda: items added or withdrawn, and why."""

    meeting_id: str
    tilfoejet: tuple[Punkt, ...]
    udgaaet: tuple[str, ...]
    grund: str

    def summary(self) -> str:
        return (f"Dagsorden ændret: {len(self.tilfoejet)} punkter tilføjet, "
                f"{len(self.udgaaet)} udgået ({self.grund})")


@frozen
class ActionAssigned:
    """A follow-up action: who delivers what, by when.

    ``frist`` is a date (an ISO week resolves with ``end_of_week``); when the
    minutes say "til næste møde", ``til_naeste_moede`` is set and the deadline
    is the date of the body's next meeting once it is scheduled. When the minutes give no
    deadline at all, neither is set: the deadline is unknown, not invented.
    """

    meeting_id: str
    punkt: str
    action_id: str
    ansvarlig: str
    leverance: str
    frist: date | None = None
    til_naeste_moede: bool = False

    def summary(self) -> str:
        when = ("til næste møde" if self.til_naeste_moede
                else self.frist.isoformat() if self.frist else "frist ukendt")
        return f"Opfølgning: {self.ansvarlig} — {self.leverance} ({when})"


@frozen
class ActionCompleted:
    meeting_id: str
    action_id: str
    dato: date

    def summary(self) -> str:
        return f"Opfølgning {self.action_id} afsluttet {self.dato.isoformat()}"


@frozen
class MeetingCorrected:
    """The meeting's header as it should have been recorded (a slip in the record, not a
    change of the meeting): every field is the corrected whole."""

    meeting_id: str
    body: str
    dato: date
    tid: str | None
    sted: str | None
    sagsnr: str | None
    deltagere: tuple[Deltager, ...]
    afbud: tuple[Deltager, ...]
    gaester: tuple[Deltager, ...]
    referent: tuple[str, ...]
    grund: str

    def summary(self) -> str:
        return f"Mødets oplysninger rettet ({self.grund})"


@frozen
class AgendaCorrected:
    """The agenda as it should have been recorded. Unlike an amendment, which the meeting
    decides, this corrects the record of what the agenda was."""

    meeting_id: str
    punkter: tuple[Punkt, ...]
    grund: str

    def summary(self) -> str:
        return f"Dagsordenen rettet ({self.grund})"


@frozen
class DecisionCorrected:
    """The decision under an item as the referat really says it (the earlier record of it
    stays in the log)."""

    meeting_id: str
    punkt: str
    outcome: Outcome
    referat: str
    bemaerkninger: tuple[str, ...]
    anbefaling_til: DecisionRef | None
    godkender_referat_af: str | None
    grund: str
    klausuler: tuple[Klausul, ...] = ()

    def summary(self) -> str:
        return f"Punkt {self.punkt}: beslutningen rettet ({self.grund})"


class Names:
    """An immutable set of names that grows one name at a time in amortised O(log n).

    A meeting with 20,000 decided items evolves its state 20,000 times; copying a frozenset
    each time would be quadratic. The names are kept as frozensets of halving sizes (as a
    binary counter carries), so adding one merges only small sets on average, and a
    membership test looks into O(log n) sets."""

    __slots__ = ("_levels",)

    def __init__(self, names: Iterable[str] = ()) -> None:
        first = frozenset(names)
        self._levels: tuple[frozenset[str], ...] = (first,) if first else ()

    def with_name(self, name: str) -> Names:
        if name in self:
            return self
        levels = list(self._levels)
        new = frozenset((name,))
        while levels and len(levels[-1]) <= len(new):
            new = levels.pop() | new
        grown = Names()
        grown._levels = (*levels, new)
        return grown

    def __contains__(self, name: object) -> bool:
        return any(name in level for level in self._levels)

    def __iter__(self) -> Iterator[str]:
        for level in self._levels:
            yield from level

    def __len__(self) -> int:
        return sum(map(len, self._levels))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Names | frozenset | set):
            return frozenset(self) == frozenset(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(frozenset(self))

    def __repr__(self) -> str:
        return f"Names({sorted(self)!r})"


@frozen
class MeetingState:
    body: str
    dato: date
    punkter: Mapping[str, Punkt] = field(factory=dict)
    decided: Names = field(factory=Names)
    actions: Names = field(factory=Names)
    done: Names = field(factory=Names)
    udkast: bool = False


def decision_exists(state: MeetingState | None, item: str) -> bool:
    """Whether the meeting has recorded a decision under ``item``."""
    return state is not None and item in state.decided


def evolve_state(state: MeetingState | None, event: Any) -> MeetingState:
    if isinstance(event, MeetingScheduled):
        return MeetingState(event.body, event.dato)
    assert state is not None
    if isinstance(event, AgendaProposed):
        return evolve(state, punkter={p.nummer: p for p in event.punkter},
                      udkast=event.udkast)
    if isinstance(event, AgendaCorrected):
        return evolve(state, punkter={p.nummer: p for p in event.punkter})
    if isinstance(event, AgendaSent):
        return evolve(state, udkast=False)
    if isinstance(event, MeetingCorrected):
        return evolve(state, body=event.body, dato=event.dato)
    if isinstance(event, AgendaAmended):
        leaving = set(event.udgaaet)
        kept = {k: v for k, v in state.punkter.items() if k not in leaving}
        return evolve(state, punkter={**kept, **{p.nummer: p for p in event.tilfoejet}})
    if isinstance(event, DecisionRecorded):
        return evolve(state, decided=state.decided.with_name(event.punkt))
    if isinstance(event, ActionAssigned):
        return evolve(state, actions=state.actions.with_name(event.action_id))
    if isinstance(event, ActionCompleted):
        return evolve(state, done=state.done.with_name(event.action_id))
    return state


@frozen(kw_only=True)
class ScheduleMeeting:
    meeting_id: str
    body: str
    dato: date
    tid: str | None = None
    sted: str | None = None
    sagsnr: str | None = None
    deltagere: tuple[Deltager, ...] = ()
    afbud: tuple[Deltager, ...] = ()
    gaester: tuple[Deltager, ...] = ()
    referent: tuple[str, ...] = ()
    provenance: Provenance


@frozen(kw_only=True)
class ProposeAgenda:
    meeting_id: str
    punkter: tuple[Punkt, ...]
    udkast: bool = False
    provenance: Provenance


@frozen(kw_only=True)
class SendAgenda:
    meeting_id: str
    dato: date
    provenance: Provenance


@frozen(kw_only=True)
class RecordDecision:
    """``anbefaling_til``: this body recommends a decision to another body's item (SOCDIR
    reviewing the DAS agenda); ``godkender_referat_af``: the earlier meeting of the same body
    whose minutes this item approves."""

    meeting_id: str
    punkt: str
    outcome: Outcome
    referat: str
    bemaerkninger: tuple[str, ...] = ()
    anbefaling_til: DecisionRef | None = None
    godkender_referat_af: str | None = None
    klausuler: tuple[Klausul, ...] = ()
    provenance: Provenance


@frozen(kw_only=True)
class AmendAgenda:
    meeting_id: str
    tilfoejet: tuple[Punkt, ...] = ()
    udgaaet: tuple[str, ...] = ()
    grund: str
    provenance: Provenance


@frozen(kw_only=True)
class AssignAction:
    meeting_id: str
    punkt: str
    action_id: str
    ansvarlig: str
    leverance: str
    frist: date | None = None
    til_naeste_moede: bool = False
    provenance: Provenance


@frozen(kw_only=True)
class CompleteAction:
    meeting_id: str
    action_id: str
    dato: date
    provenance: Provenance


@frozen(kw_only=True)
class CorrectMeeting:
    meeting_id: str
    body: str
    dato: date
    tid: str | None = None
    sted: str | None = None
    sagsnr: str | None = None
    deltagere: tuple[Deltager, ...] = ()
    afbud: tuple[Deltager, ...] = ()
    gaester: tuple[Deltager, ...] = ()
    referent: tuple[str, ...] = ()
    grund: str
    provenance: Provenance


@frozen(kw_only=True)
class CorrectAgenda:
    meeting_id: str
    punkter: tuple[Punkt, ...]
    grund: str
    provenance: Provenance


@frozen(kw_only=True)
class CorrectDecision:
    meeting_id: str
    punkt: str
    outcome: Outcome
    referat: str
    bemaerkninger: tuple[str, ...] = ()
    anbefaling_til: DecisionRef | None = None
    godkender_referat_af: str | None = None
    klausuler: tuple[Klausul, ...] = ()
    grund: str
    provenance: Provenance


COMMANDS: tuple[type, ...] = (ScheduleMeeting, ProposeAgenda, AmendAgenda, RecordDecision,
                              AssignAction, CompleteAction, CorrectMeeting, CorrectAgenda,
                              CorrectDecision, SendAgenda)
EVENTS: tuple[type, ...] = (MeetingScheduled, AgendaProposed, AgendaAmended, DecisionRecorded,
                            ActionAssigned, ActionCompleted, MeetingCorrected, AgendaCorrected,
                            DecisionCorrected, AgendaSent)


def streams(command: Any) -> Sequence[StreamId]:
    return [meeting_stream(command.meeting_id)]


def _scheduled(state: MeetingState | None, meeting_id: str) -> MeetingState:
    if state is None:
        raise DomainError(f"mødet {meeting_id} er ikke oprettet", rule="ukendt-moede",
                          field="møde")
    return state


def _check_minutes_approval(meeting_id: str, state: MeetingState, earlier: str) -> None:
    """Minutes are approved only at a later meeting of the same body.

    Meeting ids are "<body>-<ISO date>", so the rule holds even when the earlier meeting
    itself is not (yet) in the record.
    """
    try:
        when = date.fromisoformat(earlier[-10:])
    except ValueError:
        raise DomainError(f"'{earlier}' er ikke et møde-id (forum-ÅÅÅÅ-MM-DD)",
                          rule="ugyldigt-moede-id", field="godkender_referat_af") from None
    own_body = meeting_id[: -len("-0000-00-00")]
    body = earlier[: -len("-0000-00-00")]
    if body != own_body or when >= state.dato:
        raise DomainError(
            f"et referat kan kun godkendes på et senere møde i samme forum; {earlier} er ikke "
            f"et tidligere møde i {state.body}", rule="referat-godkendelse",
            field="godkender_referat_af")


def decide(command: Any, states: Mapping[StreamId, Any]) -> Sequence[tuple[StreamId, Any]]:
    sid = meeting_stream(command.meeting_id)
    state: MeetingState | None = states[sid]
    if isinstance(command, ScheduleMeeting):
        if state is not None:
            raise DomainError(f"mødet {command.meeting_id} er allerede oprettet",
                              rule="moede-dobbelt", field="møde")
        check_meeting_id(command.meeting_id, command.body, command.dato)
        return [(sid, MeetingScheduled(
            command.meeting_id, command.body, command.dato, command.tid, command.sted,
            command.sagsnr, command.deltagere, command.afbud, command.gaester,
            command.referent))]
    state = _scheduled(state, command.meeting_id)
    if isinstance(command, ProposeAgenda):
        if "1" in state.decided:
            raise DomainError(
                f"dagsordenen for {command.meeting_id} er godkendt; den ændres kun ved en "
                "registreret ændring", rule="dagsorden-godkendt", field="punkter")
        counts = Counter(p.nummer for p in command.punkter)  # linear: 150,000 items happen
        dropped = sorted(n for n in state.decided if n not in counts)
        if dropped:  # a new agenda must keep every item already decided
            raise DomainError(f"punkt {', '.join(dropped)} er allerede besluttet og kan ikke "
                              "udgå", rule="punkt-besluttet", field="punkter")
        dupes = sorted(n for n, times in counts.items() if times > 1)
        if dupes:
            raise DomainError(f"punkt {', '.join(dupes)} står flere gange på dagsordenen",
                              rule="punkt-dobbelt", field="punkter")
        return [(sid, AgendaProposed(command.meeting_id, command.punkter, command.udkast))]
    if isinstance(command, SendAgenda):
        if not state.udkast:
            raise DomainError(f"dagsordenen for {command.meeting_id} er ikke et udkast",
                              rule="dagsorden-ikke-udkast", field="møde")
        return [(sid, AgendaSent(command.meeting_id, command.dato))]
    if isinstance(command, AmendAgenda):
        unknown = [n for n in command.udgaaet if n not in state.punkter]
        if unknown:
            raise DomainError(f"punkt {', '.join(unknown)} står ikke på dagsordenen",
                              rule="punkt-ikke-paa-dagsorden", field="udgaaet")
        leaving = set(command.udgaaet)
        clash = [p.nummer for p in command.tilfoejet
                 if p.nummer in state.punkter and p.nummer not in leaving]
        if clash:
            raise DomainError(f"punkt {', '.join(clash)} står allerede på dagsordenen",
                              rule="punkt-dobbelt", field="tilfoejet")
        decided = [n for n in command.udgaaet if n in state.decided]
        if decided:
            raise DomainError(f"punkt {', '.join(decided)} er allerede besluttet og kan ikke "
                              "udgå", rule="punkt-besluttet", field="udgaaet")
        return [(sid, AgendaAmended(command.meeting_id, command.tilfoejet, command.udgaaet,
                                    command.grund))]
    if isinstance(command, RecordDecision):
        if command.punkt not in state.punkter:
            raise DomainError(
                f"punkt {command.punkt} står ikke på dagsordenen for {command.meeting_id}",
                rule="punkt-ikke-paa-dagsorden", field="punkt")
        if command.provenance.occurred_on < state.dato:
            raise DomainError(
                f"en beslutning kan ikke registreres før mødedatoen {state.dato.isoformat()}",
                rule="beslutning-foer-moede", field="dato")
        if command.godkender_referat_af is not None:
            _check_minutes_approval(command.meeting_id, state, command.godkender_referat_af)
        _check_clauses(command.klausuler, state.punkter[command.punkt])
        return [(sid, DecisionRecorded(command.meeting_id, command.punkt, command.outcome,
                                       command.referat, command.bemaerkninger,
                                       command.anbefaling_til, command.godkender_referat_af,
                                       command.klausuler))]
    if isinstance(command, AssignAction):
        if command.punkt not in state.punkter:
            raise DomainError(
                f"punkt {command.punkt} står ikke på dagsordenen for {command.meeting_id}",
                rule="punkt-ikke-paa-dagsorden", field="punkt")
        if command.action_id in state.actions:
            raise DomainError(f"opfølgningen {command.action_id} findes allerede",
                              rule="opfoelgning-dobbelt", field="action_id")
        return [(sid, ActionAssigned(command.meeting_id, command.punkt, command.action_id,
                                     command.ansvarlig, command.leverance, command.frist,
                                     command.til_naeste_moede))]
    if isinstance(command, CompleteAction):
        if command.action_id not in state.actions:
            raise DomainError(f"opfølgningen {command.action_id} findes ikke",
                              rule="ukendt-opfoelgning", field="action_id")
        if command.action_id in state.done:
            raise DomainError(f"opfølgningen {command.action_id} er allerede afsluttet",
                              rule="opfoelgning-afsluttet", field="action_id")
        return [(sid, ActionCompleted(command.meeting_id, command.action_id, command.dato))]
    if isinstance(command, CorrectMeeting | CorrectAgenda | CorrectDecision):
        return [(sid, _correct(command, state))]
    raise TypeError(f"not a meetings command: {type(command).__name__}")


def _correct(command: CorrectMeeting | CorrectAgenda | CorrectDecision,
             state: MeetingState) -> Any:
    """A correction of the record: it needs a reason and must keep what other facts rely on."""
    if not command.grund.strip():
        raise DomainError("en rettelse skal have en grund", rule="rettelse-uden-grund",
                          field="grund")
    if isinstance(command, CorrectMeeting):
        check_meeting_id(command.meeting_id, command.body, command.dato)
        return MeetingCorrected(command.meeting_id, command.body, command.dato, command.tid,
                                command.sted, command.sagsnr, command.deltagere,
                                command.afbud, command.gaester, command.referent,
                                command.grund)
    if isinstance(command, CorrectAgenda):
        numbers = {p.nummer for p in command.punkter}
        lost = sorted(n for n in state.decided if n not in numbers)
        if lost:
            raise DomainError(f"punkt {', '.join(lost)} har en beslutning og kan ikke rettes "
                              "væk fra dagsordenen", rule="punkt-besluttet", field="punkter")
        return AgendaCorrected(command.meeting_id, command.punkter, command.grund)
    if command.punkt not in state.decided:
        raise DomainError(f"punkt {command.punkt} har ingen beslutning at rette",
                          rule="ukendt-beslutning", field="punkt")
    _check_clauses(command.klausuler, state.punkter[command.punkt])
    return DecisionCorrected(command.meeting_id, command.punkt, command.outcome,
                             command.referat, command.bemaerkninger, command.anbefaling_til,
                             command.godkender_referat_af, command.grund, command.klausuler)


def _check_clauses(klausuler: Sequence[Klausul], punkt: Punkt) -> None:
    """Each clause outcome names an at-clause of the item's indstilling, once."""
    numbers = [k.nummer for k in klausuler]
    for n in numbers:
        if not 1 <= n <= len(punkt.indstilling):
            raise DomainError(
                f"at-klausul {n} findes ikke i indstillingen til punkt {punkt.nummer} "
                f"(den har {len(punkt.indstilling)})", rule="ukendt-klausul", field="klausuler")
    if len(set(numbers)) != len(numbers):
        raise DomainError(f"en at-klausul under punkt {punkt.nummer} har to udfald",
                          rule="klausul-dobbelt", field="klausuler")


CONTEXT = Context(
    name="meetings",
    commands=COMMANDS,
    events=EVENTS,
    streams=streams,
    decide=decide,
    evolve=evolve_state,
)
