"""What a user (or a record file) asks of a meeting: each command carries its provenance."""

from __future__ import annotations

from datetime import date

from attrs import frozen

from ..common import DecisionRef, Provenance
from .events import Deltager, Klausul, Outcome, Punkt

__all__ = [
    "COMMANDS",
    "AmendAgenda",
    "AssignAction",
    "CompleteAction",
    "CorrectAgenda",
    "CorrectDecision",
    "CorrectMeeting",
    "ProposeAgenda",
    "RecordDecision",
    "ScheduleMeeting",
    "SendAgenda",
]

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
    sammenfatning: str | None = None  # the recorder's own summary, never the minutes' words
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
    sammenfatning: str | None = None
    grund: str
    provenance: Provenance


COMMANDS: tuple[type, ...] = (ScheduleMeeting, ProposeAgenda, AmendAgenda, RecordDecision,
                              AssignAction, CompleteAction, CorrectMeeting, CorrectAgenda,
                              CorrectDecision, SendAgenda)
