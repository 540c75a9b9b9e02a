"""What a user (or a record file) asks of a meeting: each command carries its provenance."""

from __future__ import annotations

from datetime import date

from attrs import frozen

from ..common import DecisionRef, Provenance
from ..dates import Dato
from .events import Deltager, Efterskrift, Klausul, Outcome, Punkt, ReferatBilag, Sag

__all__ = [
    "BILAG_TYPES",
    "COMMANDS",
    "AmendAgenda",
    "AnnounceNextMeeting",
    "AssignAction",
    "AttachBilagFile",
    "CompleteAction",
    "CorrectAgenda",
    "CorrectDecision",
    "CorrectMeeting",
    "NoteMeeting",
    "OpenReferat",
    "PostponeAction",
    "ProposeAgenda",
    "PublishReferat",
    "ReassignAction",
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
    whose minutes this item approves; ``sager``: the item's sub-matters, each with its own
    outcome. ``outcome`` None: the minutes state none for the item as a whole, so it is
    derived from the sager (which must then be given)."""

    meeting_id: str
    punkt: str
    outcome: Outcome | None
    referat: str
    bemaerkninger: tuple[str, ...] = ()
    anbefaling_til: DecisionRef | None = None
    godkender_referat_af: str | None = None
    klausuler: tuple[Klausul, ...] = ()
    sager: tuple[Sag, ...] = ()
    sammenfatning: str | None = None  # the recorder's own summary, never the minutes' words
    provenance: Provenance


@frozen(kw_only=True)
class AmendAgenda:
    """Change a public agenda: add or withdraw items, or (``raekkefoelge``, the item numbers
    in their new order, every item once) move them; always with the reason shown."""

    meeting_id: str
    tilfoejet: tuple[Punkt, ...] = ()
    udgaaet: tuple[str, ...] = ()
    grund: str
    raekkefoelge: tuple[str, ...] = ()
    provenance: Provenance


@frozen(kw_only=True)
class AssignAction:
    meeting_id: str
    punkt: str
    action_id: str
    ansvarlig: str | None = None  # None: the minutes name no owner (unknown)
    leverance: str
    frist: Dato | None = None
    til_naeste_moede: bool = False
    snarest: bool = False
    note: str | None = None
    provenance: Provenance


@frozen(kw_only=True)
class CompleteAction:
    """The action ``action_id`` of meeting ``meeting_id`` delivered on ``dato`` (a fact of
    the decision that saw it delivered)."""

    meeting_id: str
    action_id: str
    dato: date
    provenance: Provenance


@frozen(kw_only=True)
class PostponeAction:
    """A later decision sets a new deadline for an earlier meeting's action: a day or
    partial date (``frist``), ``snarest`` or ``til_naeste_moede`` (exactly one)."""

    meeting_id: str
    action_id: str
    frist: Dato | None = None
    til_naeste_moede: bool = False
    snarest: bool = False
    grund: str | None = None
    provenance: Provenance


@frozen(kw_only=True)
class ReassignAction:
    """A later decision gives an earlier meeting's action a new owner and/or a narrowed
    leverance (at least one)."""

    meeting_id: str
    action_id: str
    ansvarlig: str | None = None
    leverance: str | None = None
    grund: str | None = None
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
    outcome: Outcome | None
    referat: str
    bemaerkninger: tuple[str, ...] = ()
    anbefaling_til: DecisionRef | None = None
    godkender_referat_af: str | None = None
    klausuler: tuple[Klausul, ...] = ()
    sager: tuple[Sag, ...] = ()
    sammenfatning: str | None = None
    grund: str
    provenance: Provenance


@frozen(kw_only=True)
class NoteMeeting:
    """Record the meeting-level text of the minutes (see ``MeetingNoted``)."""

    meeting_id: str
    overskrift: str | None = None
    noter: tuple[str, ...] = ()
    bilag: tuple[ReferatBilag, ...] = ()
    efterskrift: Efterskrift | None = None
    grund: str | None = None
    provenance: Provenance


@frozen(kw_only=True)
class AnnounceNextMeeting:
    """An item announces the body's next meeting (see ``NextMeetingAnnounced``)."""

    meeting_id: str
    punkt: str
    dato: Dato | None = None
    tid: str | None = None
    sted: str | None = None
    tekst: str | None = None
    grund: str | None = None
    provenance: Provenance


_OOXML = "application/vnd.openxmlformats-officedocument."
BILAG_TYPES: dict[str, str] = {
    ".pdf": "application/pdf",
    ".docx": _OOXML + "wordprocessingml.document",
    ".xlsx": _OOXML + "spreadsheetml.sheet",
    ".pptx": _OOXML + "presentationml.presentation",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".ods": "application/vnd.oasis.opendocument.spreadsheet",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".txt": "text/plain; charset=utf-8",
    ".csv": "text/csv; charset=utf-8",
}
"""The file types a bilag may have, by name, with the media type it is served as: here,
so the rule that refuses any other media type in an event is the domain's own."""


@frozen(kw_only=True)
class AttachBilagFile:
    """Attach a file (already stored under its SHA-256) as a bilag to an agenda item. After the
    agenda is sent, a file attached is an amendment: ``grund`` says why, shown with it."""

    meeting_id: str
    punkt: str
    sha256: str
    navn: str
    stoerrelse: int
    medietype: str
    grund: str | None = None
    provenance: Provenance


@frozen(kw_only=True)
class OpenReferat:
    """Begin taking the meeting's referat in the browser (hidden from the public until
    :class:`PublishReferat`)."""

    meeting_id: str
    provenance: Provenance


@frozen(kw_only=True)
class PublishReferat:
    """Publish the referat taken in the browser on ``dato``."""

    meeting_id: str
    dato: date
    provenance: Provenance


COMMANDS: tuple[type, ...] = (ScheduleMeeting, ProposeAgenda, AmendAgenda, RecordDecision,
                              AssignAction, CompleteAction, CorrectMeeting, CorrectAgenda,
                              CorrectDecision, SendAgenda, NoteMeeting, AnnounceNextMeeting,
                              PostponeAction, ReassignAction, AttachBilagFile,
                              OpenReferat, PublishReferat)
