"""What a meeting's stream records: the meeting, its agenda, decisions and actions.

A stored event's topic names the package that exports the class
(``socialaftale.domain.meetings:DecisionRecorded``, see ``persistence.topic_of``), so the
topics written before the context became a package are the topics written now.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from attrs import frozen

from ..common import DecisionRef, StreamId, stream_id

__all__ = [
    "EVENTS",
    "OUTCOME_NAMES",
    "OUTCOME_TEXT",
    "ActionAssigned",
    "ActionCompleted",
    "AgendaAmended",
    "AgendaCorrected",
    "AgendaProposed",
    "AgendaSent",
    "DecisionCorrected",
    "DecisionRecorded",
    "Deltager",
    "Klausul",
    "MeetingCorrected",
    "MeetingScheduled",
    "Outcome",
    "Punkt",
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
    "decided",
    "not_stated",
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
    "decided": "besluttet",
    "not_stated": "ikke angivet",
}

#: The record's Danish names for the outcomes; the record reads them and every filter accepts
#: them (with æøå too), the shown text (OUTCOME_TEXT) and the model's own names.
OUTCOME_NAMES: dict[str, Outcome] = {
    "godkendt": "approved",
    "godkendt_med_bemaerkninger": "approved_with_remarks",
    "ikke_godkendt": "rejected_with_reasons",
    "taget_til_efterretning": "noted",
    "droeftet": "discussed",
    "besluttet_anderledes": "decided_otherwise",
    "udsat": "postponed",
    "valgt_ved_akklamation": "elected_by_acclamation",
    "besluttet": "decided",
    "ikke_angivet": "not_stated",
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
    #: The recorder's own summary beside the referat (issue 17); never the minutes' words.
    sammenfatning: str | None = None

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
    sammenfatning: str | None = None

    def summary(self) -> str:
        return f"Punkt {self.punkt}: beslutningen rettet ({self.grund})"


EVENTS: tuple[type, ...] = (MeetingScheduled, AgendaProposed, AgendaAmended, DecisionRecorded,
                            ActionAssigned, ActionCompleted, MeetingCorrected, AgendaCorrected,
                            DecisionCorrected, AgendaSent)
