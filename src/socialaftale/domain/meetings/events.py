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
from ..dates import Dato, dato_text

__all__ = [
    "DERIVED_ONLY",
    "EVENTS",
    "OUTCOME_NAMES",
    "OUTCOME_TEXT",
    "ActionAssigned",
    "ActionCompleted",
    "ActionPostponed",
    "ActionReassigned",
    "AgendaAmended",
    "AgendaCorrected",
    "AgendaProposed",
    "AgendaSent",
    "BilagFileAttached",
    "DecisionCorrected",
    "DecisionRecorded",
    "Deltager",
    "Efterskrift",
    "Klausul",
    "MeetingCorrected",
    "MeetingNoted",
    "MeetingScheduled",
    "NextMeetingAnnounced",
    "Outcome",
    "Punkt",
    "ReferatBilag",
    "ReferatOpened",
    "ReferatPublished",
    "Sag",
    "deadline_text",
    "derived_outcome",
    "meeting_stream",
]

Outcome = Literal[
    "approved",
    "approved_with_remarks",
    "recommended",
    "recommended_with_remarks",
    "rejected_with_reasons",
    "noted",
    "discussed",
    "decided_otherwise",
    "postponed",
    "elected_by_acclamation",
    "decided",
    "not_stated",
    "mixed",
]

OUTCOME_TEXT: dict[str, str] = {
    "approved": "godkendt",
    "approved_with_remarks": "godkendt med bemærkninger",
    "recommended": "anbefalet godkendt",
    "recommended_with_remarks": "anbefalet godkendt med bemærkninger",
    "rejected_with_reasons": "ikke godkendt, med begrundelser",
    "noted": "taget til efterretning",
    "discussed": "drøftet",
    "decided_otherwise": "besluttet anderledes end indstillet",
    "postponed": "udsat",
    "elected_by_acclamation": "valgt ved akklamation",
    "decided": "besluttet",
    "not_stated": "ikke angivet",
    "mixed": "blandet",
}

#: The record's Danish names for the outcomes; the record reads them and every filter accepts
#: them (with æøå too), the shown text (OUTCOME_TEXT) and the model's own names.
OUTCOME_NAMES: dict[str, Outcome] = {
    "godkendt": "approved",
    "godkendt_med_bemaerkninger": "approved_with_remarks",
    "anbefalet_godkendt": "recommended",
    "anbefalet_godkendt_med_bemaerkninger": "recommended_with_remarks",
    "ikke_godkendt": "rejected_with_reasons",
    "taget_til_efterretning": "noted",
    "droeftet": "discussed",
    "besluttet_anderledes": "decided_otherwise",
    "udsat": "postponed",
    "valgt_ved_akklamation": "elected_by_acclamation",
    "besluttet": "decided",
    "ikke_angivet": "not_stated",
    "blandet": "mixed",
}

#: The outcome only derived from an item's sub-matters (they differ); never stated.
DERIVED_ONLY: frozenset[str] = frozenset({"mixed"})


def meeting_stream(meeting_id: str) -> StreamId:
    return stream_id("meeting", meeting_id)


@frozen
class Deltager:
    """A person as the minutes list them at this meeting (organisation and role as then).

    ``note`` keeps the minutes' own words ("deltog under punkterne 1-3"); the structured
    fields say the same so it can be asked: ``i_stedet_for`` the member this person
    substitutes (that member shows as represented), ``punkter`` the items attended (empty:
    the whole meeting), ``tid`` the time given ("kl. 12.00"), ``referent`` that this person
    took the minutes. All default to unknown/none, so events stored before them load."""

    navn: str
    organisation: str | None = None
    rolle: str | None = None
    note: str | None = None  # "deltog under punkterne 1-3", "for Jesper Hosbond Jensen"
    i_stedet_for: str | None = None
    punkter: tuple[str, ...] = ()
    tid: str | None = None
    referent: bool = False

    def struktur(self) -> str | None:
        """The structured fields in Danish words ("i stedet for X; punkt 1, 2, 3")."""
        parts = []
        if self.i_stedet_for:
            parts.append(f"i stedet for {self.i_stedet_for}")
        if self.punkter:
            word = "punkt" if len(self.punkter) == 1 else "punkterne"
            parts.append(f"deltog under {word} {', '.join(self.punkter)}")
        if self.tid:
            parts.append(self.tid)
        if self.referent:
            parts.append("referent")
        return "; ".join(parts) or None

    def __str__(self) -> str:
        # The minutes' own words where the record has them; else the structured fields.
        said = self.note or self.struktur()
        extra = ", ".join(x for x in (self.organisation, self.rolle, said) if x)
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
class Sag:
    """A sub-matter of an item: one of several matters the item decides, each with its own
    outcome (DAS approving eight ind-/udmeldinger and refusing one with reasons; SOCDIR
    recommending each DAS item). ``id`` is a short key unique in the item; ``klausuler``
    the indstilling's at-clauses it concerns (from 1); ``referat`` the part of the item's
    referat about it, verbatim; ``anbefaling_til`` the other body's item it recommends on."""

    id: str
    titel: str
    outcome: Outcome
    klausuler: tuple[int, ...] = ()
    referat: str | None = None
    bemaerkninger: tuple[str, ...] = ()
    anbefaling_til: DecisionRef | None = None
    note: str | None = None


def derived_outcome(sager: tuple[Sag, ...]) -> Outcome:
    """An item's outcome from its sub-matters when the minutes state none for the item: the
    matters' own when all agree, else ``mixed`` ("blandet"). Never copied onto the matters."""
    outcomes = {s.outcome for s in sager}
    return outcomes.pop() if len(outcomes) == 1 else "mixed"


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
    sager: tuple[Sag, ...] = ()  # sub-matters, each with its own outcome (issue 16)
    afledt: bool = False  # ``outcome`` derived from the sager; the minutes state none
    #: The recorder's own summary beside the referat (issue 17); never the minutes' words.
    sammenfatning: str | None = None

    def summary(self) -> str:
        text = f"Punkt {self.punkt}: {OUTCOME_TEXT[self.outcome]}"
        if self.afledt:
            text += " (afledt af sagerne)"
        if self.sager:
            text += f", {len(self.sager)} sager"
        if self.anbefaling_til is not None:
            text += (f" (anbefaling til {self.anbefaling_til.meeting} "
                     f"pkt. {self.anbefaling_til.item})")
        if self.godkender_referat_af is not None:
            text += f" (referat fra {self.godkender_referat_af})"
        return text


@frozen
class AgendaAmended:
    """A recorded change to the agenda: items added or withdrawn, or (``raekkefoelge``: the
    item numbers in their new order; empty when the order is kept) moved, and why."""

    meeting_id: str
    tilfoejet: tuple[Punkt, ...]
    udgaaet: tuple[str, ...]
    grund: str
    raekkefoelge: tuple[str, ...] = ()

    def summary(self) -> str:
        moved = ", ny rækkefølge" if self.raekkefoelge else ""
        return (f"Dagsorden ændret: {len(self.tilfoejet)} punkter tilføjet, "
                f"{len(self.udgaaet)} udgået{moved} ({self.grund})")


def deadline_text(frist: Dato | None, til_naeste_moede: bool, snarest: bool) -> str:
    """A deadline as the minutes give it: a day, a partial date, "snarest", "til næste
    møde", or "frist ukendt" when they give none."""
    if snarest:
        return "snarest"
    if til_naeste_moede:
        return "til næste møde"
    return dato_text(frist) if frist is not None else "frist ukendt"


@frozen
class ActionAssigned:
    """A follow-up action: who delivers what, by when.

    ``frist`` is a day (an ISO week resolves with ``end_of_week``) or a
    :class:`~socialaftale.domain.dates.PartialDate` ("primo april 2013", "forår 2015"),
    never rounded to a day; ``snarest`` is the minutes' "snarest" (a vague deadline, never
    overdue); when the minutes say "til næste møde", ``til_naeste_moede`` is set and the
    deadline is the date of the body's next meeting once it is scheduled. When the minutes
    give no deadline, none is set: unknown, not invented. ``ansvarlig`` is None when the
    minutes name no owner (unknown, never a made-up owner); ``note`` is a note of the record.
    """

    meeting_id: str
    punkt: str
    action_id: str
    ansvarlig: str | None
    leverance: str
    frist: Dato | None = None
    til_naeste_moede: bool = False
    snarest: bool = False
    note: str | None = None

    def summary(self) -> str:
        when = deadline_text(self.frist, self.til_naeste_moede, self.snarest)
        return f"Opfølgning: {self.ansvarlig or 'ikke angivet'} — {self.leverance} ({when})"


@frozen
class ActionCompleted:
    """The action delivered; the decision that saw it delivered is the event's provenance
    (a fact of a later meeting's decision)."""

    meeting_id: str
    action_id: str
    dato: date

    def summary(self) -> str:
        return f"Opfølgning {self.action_id} afsluttet {self.dato.isoformat()}"


@frozen
class ActionPostponed:
    """A later decision gives the action a new deadline (the old one stays in the history):
    a day or partial date, "snarest" or "til næste møde" after ``fra`` (the date of the
    meeting that postponed it). The deciding item is the event's provenance."""

    meeting_id: str
    action_id: str
    fra: date
    frist: Dato | None = None
    til_naeste_moede: bool = False
    snarest: bool = False
    grund: str | None = None

    def summary(self) -> str:
        when = deadline_text(self.frist, self.til_naeste_moede, self.snarest)
        why = f" ({self.grund})" if self.grund else ""
        return f"Opfølgning {self.action_id} udsat: ny frist {when}{why}"


@frozen
class ActionReassigned:
    """A later decision gives the action a new owner and/or narrows what is to be delivered
    (None: unchanged). The deciding item is the event's provenance."""

    meeting_id: str
    action_id: str
    ansvarlig: str | None = None
    leverance: str | None = None
    grund: str | None = None

    def summary(self) -> str:
        parts = [f"ny ansvarlig {self.ansvarlig}" if self.ansvarlig else "",
                 f"ny leverance: {self.leverance}" if self.leverance else ""]
        why = f" ({self.grund})" if self.grund else ""
        return f"Opfølgning {self.action_id} ændret: {'; '.join(p for p in parts if p)}{why}"


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
    sager: tuple[Sag, ...] = ()
    afledt: bool = False
    sammenfatning: str | None = None

    def summary(self) -> str:
        return f"Punkt {self.punkt}: beslutningen rettet ({self.grund})"


@frozen
class Efterskrift:
    """A postscript added to the minutes after the meeting, with its own date and signer as
    the minutes print them (either may be missing: unknown, not guessed). ``punkt`` is the
    item it adds to, where it adds to one; ``bemaerkninger`` are its remarks, verbatim. The
    follow-up actions and facts it gives are the item's (``ActionAssigned`` under ``punkt``),
    raised on the efterskrift's date, not the meeting's."""

    tekst: str
    dato: date | None = None
    underskriver: str | None = None
    punkt: str | None = None
    bemaerkninger: tuple[str, ...] = ()


@frozen
class ReferatBilag:
    """A bilag attached to the referat rather than to the agenda (plancher handed out at the
    meeting, a presentation "vedlagt referatet"); ``punkt`` is the item it was shown under."""

    tekst: str
    punkt: str | None = None


@frozen
class MeetingNoted:
    """The meeting-level text of the minutes: the document's own heading as printed (kept
    because it may contradict the content), the record's notes, bilag attached to the
    referat and an efterskrift. Each event states the whole text; a later one replaces it,
    and ``grund`` says why (an edited record), so the earlier text stays in the log."""

    meeting_id: str
    overskrift: str | None = None
    noter: tuple[str, ...] = ()
    bilag: tuple[ReferatBilag, ...] = ()
    efterskrift: Efterskrift | None = None
    grund: str | None = None

    def summary(self) -> str:
        if self.grund:
            return f"Mødets tekster rettet ({self.grund})"
        parts = [f"{len(self.noter)} noter" if self.noter else "",
                 f"{len(self.bilag)} bilag til referatet" if self.bilag else "",
                 "efterskrift" if self.efterskrift else "",
                 "dokumentets overskrift" if self.overskrift else ""]
        return "Mødets tekster: " + (", ".join(p for p in parts if p) or "ingen")


@frozen
class NextMeetingAnnounced:
    """An item of this meeting announces the body's next meeting. ``dato`` is None where
    the minutes say it is announced later ("udmeldes senere"), a partial date where they
    name only a month; ``tekst`` is the minutes' own words. A later announcement from the
    same meeting replaces it (``grund`` says why)."""

    meeting_id: str
    punkt: str
    dato: Dato | None = None
    tid: str | None = None
    sted: str | None = None
    tekst: str | None = None
    grund: str | None = None

    def summary(self) -> str:
        when = dato_text(self.dato) if self.dato is not None else "dato udmeldes senere"
        extra = "".join(f", {x}" for x in (self.tid, self.sted) if x)
        text = f"Punkt {self.punkt}: næste møde {when}{extra}"
        return f"{text} (rettet: {self.grund})" if self.grund else text


@frozen
class BilagFileAttached:
    """A bilag uploaded as a file under an agenda item. ``sha256`` names the bytes, which are
    kept content-addressed beside the log (:mod:`socialaftale.files`); name, size in bytes and
    media type are as the file was checked when uploaded. ``grund``: set when the file came
    after the agenda was sent, an amendment of it (None before)."""

    meeting_id: str
    punkt: str
    sha256: str
    navn: str
    stoerrelse: int
    medietype: str
    grund: str | None = None

    def summary(self) -> str:
        text = f"Punkt {self.punkt}: bilag {self.navn} vedhæftet ({self.stoerrelse} byte)"
        return f"{text} (efter udsendelsen: {self.grund})" if self.grund else text


@frozen
class ReferatOpened:
    """The secretariat began taking the referat in the browser: until it is published, the
    meeting's decisions are shown to the secretariat only (a draft, not yet the record's word)."""

    meeting_id: str

    def summary(self) -> str:
        return "Referatet tages i browseren (vises offentligt, når det offentliggøres)"


@frozen
class ReferatPublished:
    """The referat taken in the browser is published on ``dato``; later changes are
    corrections (``DecisionCorrected``), shown as such."""

    meeting_id: str
    dato: date

    def summary(self) -> str:
        return f"Referatet offentliggjort {self.dato.isoformat()}"


EVENTS: tuple[type, ...] = (MeetingScheduled, AgendaProposed, AgendaAmended, DecisionRecorded,
                            ActionAssigned, ActionCompleted, MeetingCorrected, AgendaCorrected,
                            DecisionCorrected, AgendaSent, MeetingNoted, NextMeetingAnnounced,
                            ActionPostponed, ActionReassigned, BilagFileAttached,
                            ReferatOpened, ReferatPublished)
