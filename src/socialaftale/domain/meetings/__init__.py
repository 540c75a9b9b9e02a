"""Meetings, agendas and decisions: from dagsorden to referat.

A meeting of a body is one stream (``stream_id("meeting", "das-2019-10-24")``).
It is scheduled with who took part, gets an agenda of numbered items with
their indstilling, and then a decision per item as the referat states it.
Decisions are the authority for facts in the other contexts: those facts
carry a :class:`~socialaftale.domain.common.DecisionRef` to the item here.

Where things are: :mod:`.events` (what the stream records), :mod:`.commands` (what is
asked), :mod:`.decide` (one rule per command), :mod:`.state` (the decider's view).
"""

from __future__ import annotations

from ..common import Context
from ..names import meeting_id_for
from .commands import (
    BILAG_TYPES,
    COMMANDS,
    AmendAgenda,
    AnnounceNextMeeting,
    AssignAction,
    AttachBilagFile,
    CompleteAction,
    CorrectAgenda,
    CorrectDecision,
    CorrectMeeting,
    NoteMeeting,
    PostponeAction,
    ProposeAgenda,
    ReassignAction,
    RecordDecision,
    ScheduleMeeting,
    SendAgenda,
)
from .decide import DECIDERS, check_matters, decide, item_outcome, streams
from .events import (
    DERIVED_ONLY,
    EVENTS,
    OUTCOME_NAMES,
    OUTCOME_TEXT,
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
    Deltager,
    Efterskrift,
    Klausul,
    MeetingCorrected,
    MeetingNoted,
    MeetingScheduled,
    NextMeetingAnnounced,
    Outcome,
    Punkt,
    ReferatBilag,
    Sag,
    deadline_text,
    derived_outcome,
    meeting_stream,
)
from .state import MeetingState, Names, decision_exists, evolve_state, matter_exists

__all__ = [
    "BILAG_TYPES",
    "COMMANDS",
    "CONTEXT",
    "DECIDERS",
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
    "AmendAgenda",
    "AnnounceNextMeeting",
    "AssignAction",
    "AttachBilagFile",
    "BilagFileAttached",
    "CompleteAction",
    "CorrectAgenda",
    "CorrectDecision",
    "CorrectMeeting",
    "DecisionCorrected",
    "DecisionRecorded",
    "Deltager",
    "Efterskrift",
    "Klausul",
    "MeetingCorrected",
    "MeetingNoted",
    "MeetingScheduled",
    "MeetingState",
    "Names",
    "NextMeetingAnnounced",
    "NoteMeeting",
    "Outcome",
    "PostponeAction",
    "ProposeAgenda",
    "Punkt",
    "ReassignAction",
    "RecordDecision",
    "ReferatBilag",
    "Sag",
    "ScheduleMeeting",
    "SendAgenda",
    "check_matters",
    "deadline_text",
    "decide",
    "decision_exists",
    "derived_outcome",
    "evolve_state",
    "item_outcome",
    "matter_exists",
    "meeting_id_for",
    "meeting_stream",
    "streams",
]

CONTEXT = Context(
    name="meetings",
    commands=COMMANDS,
    events=EVENTS,
    streams=streams,
    decide=decide,
    evolve=evolve_state,
)
