"""The meetings decider: one small function per command, dispatched by the command's class.

Each rule reads alone: ``decide`` finds the meeting's state, ``DECIDERS`` names the function
for the command, and that function raises a :class:`DomainError` or returns the events.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from ..common import DomainError, StreamId
from ..dates import PartialDate
from ..names import check_meeting_id, did_you_mean
from .commands import (
    BILAG_TYPES,
    AmendAgenda,
    AnnounceNextMeeting,
    AssignAction,
    AttachBilagFile,
    CompleteAction,
    CorrectAgenda,
    CorrectDecision,
    CorrectMeeting,
    NoteMeeting,
    OpenReferat,
    PostponeAction,
    ProposeAgenda,
    PublishReferat,
    ReassignAction,
    RecordDecision,
    ScheduleMeeting,
    SendAgenda,
)
from .events import (
    DERIVED_ONLY,
    ActionAssigned,
    ActionCompleted,
    ActionPostponed,
    ActionReassigned,
    AgendaAmended,
    AgendaCorrected,
    AgendaProposed,
    AgendaSent,
    BilagFileAttached,
    DecisionCorrected,
    DecisionRecorded,
    Klausul,
    MeetingCorrected,
    MeetingNoted,
    MeetingScheduled,
    NextMeetingAnnounced,
    Outcome,
    Punkt,
    ReferatOpened,
    ReferatPublished,
    Sag,
    derived_outcome,
    meeting_stream,
)
from .state import MeetingState

__all__ = ["DECIDERS", "decide", "streams"]


def streams(command: Any) -> Sequence[StreamId]:
    return [meeting_stream(command.meeting_id)]


def decide(command: Any, states: Mapping[StreamId, Any]) -> Sequence[tuple[StreamId, Any]]:
    sid = meeting_stream(command.meeting_id)
    state: MeetingState | None = states[sid]
    if isinstance(command, ScheduleMeeting):
        return [(sid, e) for e in _schedule(command, state)]
    rule = DECIDERS.get(type(command))
    if rule is None:
        raise TypeError(f"not a meetings command: {type(command).__name__}")
    return [(sid, e) for e in rule(command, _scheduled(state, command.meeting_id))]


def _scheduled(state: MeetingState | None, meeting_id: str) -> MeetingState:
    if state is None:
        raise DomainError(f"mødet {meeting_id} er ikke oprettet", rule="ukendt-moede",
                          field="møde")
    return state


def _schedule(command: ScheduleMeeting, state: MeetingState | None) -> list[Any]:
    if state is not None:
        raise DomainError(f"mødet {command.meeting_id} er allerede oprettet",
                          rule="moede-dobbelt", field="møde")
    check_meeting_id(command.meeting_id, command.body, command.dato)
    return [MeetingScheduled(
        command.meeting_id, command.body, command.dato, command.tid, command.sted,
        command.sagsnr, command.deltagere, command.afbud, command.gaester, command.referent)]


def _propose_agenda(command: ProposeAgenda, state: MeetingState) -> list[Any]:
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
    return [AgendaProposed(command.meeting_id, command.punkter, command.udkast)]


def _send_agenda(command: SendAgenda, state: MeetingState) -> list[Any]:
    if not state.udkast:
        raise DomainError(f"dagsordenen for {command.meeting_id} er ikke et udkast",
                          rule="dagsorden-ikke-udkast", field="møde")
    if not state.punkter:  # members would receive a notice of nothing
        raise DomainError(f"dagsordenen for {command.meeting_id} har ingen punkter; en tom "
                          "dagsorden kan ikke udsendes", rule="dagsorden-tom", field="punkter")
    return [AgendaSent(command.meeting_id, command.dato)]


def _amend_agenda(command: AmendAgenda, state: MeetingState) -> list[Any]:
    if not command.grund.strip():  # an amendment is public: its reason is shown with it
        raise DomainError("en ændring af dagsordenen skal have en grund",
                          rule="aendring-uden-grund", field="grund")
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
    if command.raekkefoelge:
        _check_order(command, [n for n in state.punkter if n not in leaving]
                     + [p.nummer for p in command.tilfoejet if p.nummer not in state.punkter
                        or p.nummer in leaving])
    return [AgendaAmended(command.meeting_id, command.tilfoejet, command.udgaaet,
                          command.grund, command.raekkefoelge)]


def _check_order(command: AmendAgenda, items: list[str]) -> None:
    """A new order names every item the amended agenda has, each once, and no other."""
    order = command.raekkefoelge
    twice = sorted(n for n, times in Counter(order).items() if times > 1)
    missing = [n for n in items if n not in set(order)]
    unknown = [n for n in order if n not in set(items)]
    if twice or missing or unknown:
        problems = ([f"punkt {', '.join(twice)} står flere gange"] if twice else []) + (
            [f"punkt {', '.join(missing)} mangler"] if missing else []) + (
            [f"punkt {', '.join(unknown)} står ikke på dagsordenen"] if unknown else [])
        raise DomainError("den nye rækkefølge skal nævne hvert punkt på dagsordenen én gang: "
                          + "; ".join(problems), rule="raekkefoelge-ugyldig",
                          field="raekkefoelge")


def _record_decision(command: RecordDecision, state: MeetingState) -> list[Any]:
    _on_agenda(command.meeting_id, command.punkt, state)
    if command.provenance.occurred_on < state.dato:
        raise DomainError(
            f"en beslutning kan ikke registreres før mødedatoen {state.dato.isoformat()}",
            rule="beslutning-foer-moede", field="dato")
    if command.godkender_referat_af is not None:
        _check_minutes_approval(command.meeting_id, state, command.godkender_referat_af)
    _check_clauses(command.klausuler, state.punkter[command.punkt])
    check_matters(command.sager, state.punkter[command.punkt])
    outcome, derived = item_outcome(command.outcome, command.sager, command.punkt)
    return [DecisionRecorded(command.meeting_id, command.punkt, outcome,
                             command.referat, command.bemaerkninger, command.anbefaling_til,
                             command.godkender_referat_af, command.klausuler, command.sager,
                             derived, sammenfatning=command.sammenfatning)]


def _assign_action(command: AssignAction, state: MeetingState) -> list[Any]:
    _on_agenda(command.meeting_id, command.punkt, state)
    if command.action_id in state.actions:
        raise DomainError(f"opfølgningen {command.action_id} findes allerede",
                          rule="opfoelgning-dobbelt", field="action_id")
    if command.ansvarlig is not None and not command.ansvarlig.strip():
        raise DomainError("en ansvarlig kan ikke være tom; udelad feltet, når referatet ikke "
                          "nævner en", rule="tom-ansvarlig", field="ansvarlig")
    _one_deadline(command.frist, command.til_naeste_moede, command.snarest)
    return [ActionAssigned(command.meeting_id, command.punkt, command.action_id,
                           command.ansvarlig, command.leverance, command.frist,
                           command.til_naeste_moede, command.snarest, command.note)]


def _complete_action(command: CompleteAction, state: MeetingState) -> list[Any]:
    _open_action(command.meeting_id, command.action_id, state)
    if command.dato < state.dato:
        raise DomainError(
            f"opfølgningen {command.action_id} kan ikke afsluttes {command.dato.isoformat()}, "
            f"før den blev givet på mødet {state.dato.isoformat()}",
            rule="afsluttet-foer-givet", field="dato")
    return [ActionCompleted(command.meeting_id, command.action_id, command.dato)]


def _postpone_action(command: PostponeAction, state: MeetingState) -> list[Any]:
    _open_action(command.meeting_id, command.action_id, state)
    if command.frist is None and not command.til_naeste_moede and not command.snarest:
        raise DomainError(f"en udsættelse af opfølgningen {command.action_id} skal give en "
                          "ny frist", rule="udsat-uden-frist", field="frist")
    _one_deadline(command.frist, command.til_naeste_moede, command.snarest)
    on = command.provenance.occurred_on
    if on < state.dato:
        raise DomainError(
            f"opfølgningen {command.action_id} kan ikke udsættes {on.isoformat()}, før den "
            f"blev givet på mødet {state.dato.isoformat()}", rule="udsat-foer-givet",
            field="dato")
    return [ActionPostponed(command.meeting_id, command.action_id, on, command.frist,
                            command.til_naeste_moede, command.snarest, command.grund)]


def _reassign_action(command: ReassignAction, state: MeetingState) -> list[Any]:
    _open_action(command.meeting_id, command.action_id, state)
    owner, what = command.ansvarlig, command.leverance
    if (owner is None or not owner.strip()) and (what is None or not what.strip()):
        raise DomainError(f"en ændring af opfølgningen {command.action_id} skal give en ny "
                          "ansvarlig eller en ny leverance", rule="aendring-uden-indhold",
                          field="ansvarlig")
    on = command.provenance.occurred_on
    if on < state.dato:
        raise DomainError(
            f"opfølgningen {command.action_id} kan ikke ændres {on.isoformat()}, før den "
            f"blev givet på mødet {state.dato.isoformat()}", rule="aendret-foer-givet",
            field="dato")
    return [ActionReassigned(command.meeting_id, command.action_id, owner, what,
                             command.grund)]


def _correct_meeting(command: CorrectMeeting, state: MeetingState) -> list[Any]:
    _reason(command.grund)
    check_meeting_id(command.meeting_id, command.body, command.dato)
    return [MeetingCorrected(command.meeting_id, command.body, command.dato, command.tid,
                             command.sted, command.sagsnr, command.deltagere, command.afbud,
                             command.gaester, command.referent, command.grund)]


def _correct_agenda(command: CorrectAgenda, state: MeetingState) -> list[Any]:
    _reason(command.grund)
    numbers = {p.nummer for p in command.punkter}
    lost = sorted(n for n in state.decided if n not in numbers)
    if lost:
        raise DomainError(f"punkt {', '.join(lost)} har en beslutning og kan ikke rettes "
                          "væk fra dagsordenen", rule="punkt-besluttet", field="punkter")
    return [AgendaCorrected(command.meeting_id, command.punkter, command.grund)]


def _correct_decision(command: CorrectDecision, state: MeetingState) -> list[Any]:
    _reason(command.grund)
    if command.punkt not in state.decided:
        raise DomainError(f"punkt {command.punkt} har ingen beslutning at rette",
                          rule="ukendt-beslutning", field="punkt")
    _check_clauses(command.klausuler, state.punkter[command.punkt])
    check_matters(command.sager, state.punkter[command.punkt])
    outcome, derived = item_outcome(command.outcome, command.sager, command.punkt)
    return [DecisionCorrected(command.meeting_id, command.punkt, outcome,
                              command.referat, command.bemaerkninger, command.anbefaling_til,
                              command.godkender_referat_af, command.grund, command.klausuler,
                              command.sager, derived, sammenfatning=command.sammenfatning)]


def _note_meeting(command: NoteMeeting, state: MeetingState) -> list[Any]:
    if command.grund is not None:
        _reason(command.grund)
    for b in command.bilag:
        if b.punkt is not None:
            _on_agenda(command.meeting_id, b.punkt, state)
    e = command.efterskrift
    if e is not None and e.punkt is not None and e.punkt not in state.punkter:
        raise DomainError(f"efterskriftet føjer til punkt {e.punkt}, som ikke står på "
                          f"dagsordenen for {command.meeting_id}",
                          rule="punkt-ikke-paa-dagsorden", field="efterskrift.punkt")
    if e is not None and e.dato is not None and e.dato < state.dato:
        raise DomainError(f"et efterskrift skrives efter mødet; {e.dato.isoformat()} er før "
                          f"mødedatoen {state.dato.isoformat()}", rule="efterskrift-foer-moede",
                          field="efterskrift.dato")
    return [MeetingNoted(command.meeting_id, command.overskrift, command.noter, command.bilag,
                         command.efterskrift, command.grund)]


def _announce_next_meeting(command: AnnounceNextMeeting, state: MeetingState) -> list[Any]:
    if command.grund is not None:
        _reason(command.grund)
    _on_agenda(command.meeting_id, command.punkt, state)
    when = command.dato
    last = when.latest if isinstance(when, PartialDate) else when
    if last is not None and last <= state.dato:
        raise DomainError(
            f"det næste møde skal ligge efter dette møde ({state.dato.isoformat()}); "
            f"{when} gør ikke", rule="naeste-moede-foer-moede", field="dato")
    return [NextMeetingAnnounced(command.meeting_id, command.punkt, command.dato, command.tid,
                                 command.sted, command.tekst, command.grund)]


_SHA256 = re.compile(r"[0-9a-f]{64}")


def _attach_bilag_file(command: AttachBilagFile, state: MeetingState) -> list[Any]:
    _on_agenda(command.meeting_id, command.punkt, state)
    if not _SHA256.fullmatch(command.sha256):
        raise DomainError(f"'{command.sha256}' er ikke en SHA-256 (64 hex-tegn)",
                          rule="bilag-hash", field="sha256")
    if command.stoerrelse <= 0:
        raise DomainError("et bilag skal have et indhold (størrelse over 0 byte)",
                          rule="bilag-tomt", field="stoerrelse")
    name = command.navn.strip()
    if not name or any(c in name for c in "/\\\x00") or len(name) > 200:
        raise DomainError(f"bilagets navn '{command.navn}' er ugyldigt: 1-200 tegn uden / og \\",
                          rule="bilag-navn", field="navn")
    if command.medietype not in BILAG_TYPES.values():
        raise DomainError(f"bilagets medietype '{command.medietype}' er ikke en af de tilladte "
                          f"({', '.join(sorted(set(BILAG_TYPES.values())))})",
                          rule="bilag-medietype", field="medietype")
    if state.udsendt and not (command.grund or "").strip():  # shown with the agenda's changes
        raise DomainError("dagsordenen er udsendt: et bilag, der vedhæftes nu, er en ændring af "
                          "den og skal have en grund", rule="aendring-uden-grund",
                          field="grund")
    if (command.punkt, command.sha256) in state.filer:
        raise DomainError(f"filen {name} er allerede vedhæftet punkt {command.punkt}",
                          rule="bilag-dobbelt", field="fil")
    grund = command.grund.strip() if state.udsendt and command.grund else None
    return [BilagFileAttached(command.meeting_id, command.punkt, command.sha256, name,
                              command.stoerrelse, command.medietype, grund)]


def _open_referat(command: OpenReferat, state: MeetingState) -> list[Any]:
    if state.referat is not None:
        raise DomainError(f"referatet af {command.meeting_id} tages allerede i browseren",
                          rule="referat-aabnet", field="møde")
    if len(state.decided):
        raise DomainError(f"mødet {command.meeting_id} har allerede et referat; ændringer i det "
                          "registreres som rettelser", rule="referat-findes", field="møde")
    return [ReferatOpened(command.meeting_id)]


def _publish_referat(command: PublishReferat, state: MeetingState) -> list[Any]:
    if state.referat == "offentliggjort":
        raise DomainError(f"referatet af {command.meeting_id} er allerede offentliggjort",
                          rule="referat-offentliggjort", field="møde")
    if state.referat is None:
        raise DomainError(f"referatet af {command.meeting_id} tages ikke i browseren; der er "
                          "intet at offentliggøre", rule="referat-ikke-aabnet", field="møde")
    if not len(state.decided):
        raise DomainError(f"referatet af {command.meeting_id} har ingen beslutninger endnu",
                          rule="referat-tomt", field="møde")
    if command.dato < state.dato:
        raise DomainError(f"et referat kan ikke offentliggøres {command.dato.isoformat()}, før "
                          f"mødet {state.dato.isoformat()}", rule="referat-foer-moede",
                          field="dato")
    return [ReferatPublished(command.meeting_id, command.dato)]


DECIDERS: dict[type, Callable[[Any, MeetingState], list[Any]]] = {
    ProposeAgenda: _propose_agenda,
    SendAgenda: _send_agenda,
    AmendAgenda: _amend_agenda,
    RecordDecision: _record_decision,
    AssignAction: _assign_action,
    CompleteAction: _complete_action,
    PostponeAction: _postpone_action,
    ReassignAction: _reassign_action,
    CorrectMeeting: _correct_meeting,
    CorrectAgenda: _correct_agenda,
    CorrectDecision: _correct_decision,
    NoteMeeting: _note_meeting,
    AnnounceNextMeeting: _announce_next_meeting,
    AttachBilagFile: _attach_bilag_file,
    OpenReferat: _open_referat,
    PublishReferat: _publish_referat,
}
"""The rule for each command on a scheduled meeting (scheduling itself is ``_schedule``)."""


# -- rules several commands share -----------------------------------------------------------


def _on_agenda(meeting_id: str, item: str, state: MeetingState) -> None:
    if item not in state.punkter:
        raise DomainError(f"punkt {item} står ikke på dagsordenen for {meeting_id}",
                          rule="punkt-ikke-paa-dagsorden", field="punkt")


def _open_action(meeting_id: str, action_id: str, state: MeetingState) -> None:
    """The action exists at this meeting and is not yet delivered."""
    if action_id not in state.actions:
        known = sorted(state.actions)
        hint = did_you_mean(action_id, known)
        raise DomainError(f"opfølgningen {action_id} findes ikke på mødet {meeting_id}{hint}",
                          rule="ukendt-opfoelgning", field="action_id")
    if action_id in state.done:
        raise DomainError(f"opfølgningen {action_id} er allerede afsluttet",
                          rule="opfoelgning-afsluttet", field="action_id")


def _one_deadline(frist: Any, til_naeste_moede: bool, snarest: bool) -> None:
    """A deadline is a date, "snarest" or "til næste møde": never two at once."""
    if (frist is not None) + til_naeste_moede + snarest > 1:
        raise DomainError("en frist er enten en dato, 'snarest' eller 'til næste møde'",
                          rule="frist-dobbelt", field="frist")


def _reason(grund: str) -> None:
    """A correction of the record needs a reason."""
    if not grund.strip():
        raise DomainError("en rettelse skal have en grund", rule="rettelse-uden-grund",
                          field="grund")


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


def item_outcome(stated: Outcome | None, sager: Sequence[Sag], item: str) -> tuple[Outcome, bool]:
    """The item's own outcome: as the minutes state it, or derived from its sub-matters
    (then marked derived); "blandet" is only ever derived."""
    if stated is None:
        if not sager:
            raise DomainError(f"punkt {item} har hverken et udfald eller sager at aflede det af",
                              rule="udfald-mangler", field="outcome")
        return derived_outcome(tuple(sager)), True
    if stated in DERIVED_ONLY:
        raise DomainError("udfaldet 'blandet' afledes af sagerne og angives ikke; udelad "
                          "punktets udfald", rule="udfald-blandet-afledes", field="outcome")
    return stated, False


def check_matters(sager: Sequence[Sag], punkt: Punkt) -> None:
    """Each sub-matter has an id of its own in the item, a title, an outcome it may state,
    and at-clauses the indstilling has."""
    seen: set[str] = set()
    for i, sag in enumerate(sager, start=1):
        where = f"sager[{i}]"
        if not sag.id.strip():
            raise DomainError(f"sag {i} under punkt {punkt.nummer} mangler et id",
                              rule="sag-uden-id", field=f"{where}.id")
        if sag.id in seen:
            raise DomainError(f"sagen '{sag.id}' står to gange under punkt {punkt.nummer}",
                              rule="sag-dobbelt", field=f"{where}.id")
        seen.add(sag.id)
        if not sag.titel.strip():
            raise DomainError(f"sagen '{sag.id}' mangler en titel", rule="sag-uden-titel",
                              field=f"{where}.titel")
        if sag.outcome in DERIVED_ONLY:
            raise DomainError(f"sagen '{sag.id}' skal have sit eget udfald, ikke 'blandet'",
                              rule="udfald-blandet-afledes", field=f"{where}.outcome")
        for n in sag.klausuler:
            if not 1 <= n <= len(punkt.indstilling):
                raise DomainError(
                    f"at-klausul {n} findes ikke i indstillingen til punkt {punkt.nummer} "
                    f"(den har {len(punkt.indstilling)})", rule="ukendt-klausul",
                    field=f"{where}.klausuler")
