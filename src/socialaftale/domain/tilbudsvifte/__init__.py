"""Tilbudsvifte: the offers of the agreement, their places, rates and how they change.

Every tilbud is one stream, ``stream_id("tilbud", key)``, keyed by a slug chosen
when it is registered ("mariagerfjord/kirketoften"); names change, keys do not.
The annual deadlines are one stream per tilbudsvifte year,
``stream_id("tilbudsvifte-frister", "2020")``.

Facts carry their valid time in ``effective_on``: a date D means the change
holds from D on (the day before still shows the old state). Facts may arrive in
any order; :func:`timeline` folds the facts that are still in force in order of
effective date, so "as of" answers never depend on when a fact was typed in.
Corrections never rewrite history: :class:`FactSuperseded` names the earlier
fact (by its version in the stream) that no longer holds.

Where things are: :mod:`.values` (legal basis, places, stream ids), :mod:`.events` (the facts
as stored), :mod:`.commands` (what a user asks, and the streams it touches), :mod:`.decide`
(one function per command, :data:`~.decide.DECIDERS`), :mod:`.state` (the valid-time fold and
``evolve``). Every public name is re-exported here, and events keep their stored topic
``socialaftale.domain.tilbudsvifte:<Name>``.
"""

from __future__ import annotations

from ..common import Context
from .commands import (
    COMMANDS,
    AgreeBilateralExemption,
    ApproveIndmelding,
    ApproveUdmelding,
    CarryTakstRegulering,
    ChangePladser,
    CloseTilbud,
    ConvertTilbud,
    CorrectFact,
    JoinForstaerketSamarbejde,
    LeaveForstaerketSamarbejde,
    RegisterTilbud,
    RejectIndmelding,
    RejectUdmelding,
    ReplaceTilbud,
    RequestIndmelding,
    RequestUdmelding,
    SetFrister,
    SetTakst,
    SplitTilbud,
    streams,
)
from .decide import (
    DECIDERS,
    decide,
)
from .events import (
    TILBUD_EVENTS,
    TIMELINE_EVENTS,
    BilateralExemptionAgreed,
    FactSuperseded,
    ForstaerketSamarbejdeJoined,
    ForstaerketSamarbejdeLeft,
    FristerSet,
    IndmeldingApproved,
    IndmeldingRejected,
    IndmeldingRequested,
    PladserChanged,
    TakstReguleringCarried,
    TakstSet,
    TilbudClosed,
    TilbudConverted,
    TilbudRegistered,
    TilbudReplaced,
    TilbudSplit,
    TimelineFact,
    UdmeldingApproved,
    UdmeldingRejected,
    UdmeldingRequested,
)
from .state import (
    FristerState,
    Snapshot,
    State,
    TilbudState,
    active_facts,
    apply_fact,
    evolve,
    timeline,
)
from .values import (
    Afgoerelse,
    Anmodningsart,
    Enhed,
    Lov,
    Lovgrundlag,
    NytTilbud,
    PladsDel,
    Status,
    frister_stream,
    parse_lovgrundlag,
    tilbud_stream,
)

__all__ = [
    "COMMANDS",
    "CONTEXT",
    "DECIDERS",
    "TILBUD_EVENTS",
    "TIMELINE_EVENTS",
    "Afgoerelse",
    "AgreeBilateralExemption",
    "Anmodningsart",
    "ApproveIndmelding",
    "ApproveUdmelding",
    "BilateralExemptionAgreed",
    "CarryTakstRegulering",
    "ChangePladser",
    "CloseTilbud",
    "ConvertTilbud",
    "CorrectFact",
    "Enhed",
    "FactSuperseded",
    "ForstaerketSamarbejdeJoined",
    "ForstaerketSamarbejdeLeft",
    "FristerSet",
    "FristerState",
    "IndmeldingApproved",
    "IndmeldingRejected",
    "IndmeldingRequested",
    "JoinForstaerketSamarbejde",
    "LeaveForstaerketSamarbejde",
    "Lov",
    "Lovgrundlag",
    "NytTilbud",
    "PladsDel",
    "PladserChanged",
    "RegisterTilbud",
    "RejectIndmelding",
    "RejectUdmelding",
    "ReplaceTilbud",
    "RequestIndmelding",
    "RequestUdmelding",
    "SetFrister",
    "SetTakst",
    "Snapshot",
    "SplitTilbud",
    "State",
    "Status",
    "TakstReguleringCarried",
    "TakstSet",
    "TilbudClosed",
    "TilbudConverted",
    "TilbudRegistered",
    "TilbudReplaced",
    "TilbudSplit",
    "TilbudState",
    "TimelineFact",
    "UdmeldingApproved",
    "UdmeldingRejected",
    "UdmeldingRequested",
    "active_facts",
    "apply_fact",
    "decide",
    "evolve",
    "frister_stream",
    "parse_lovgrundlag",
    "streams",
    "tilbud_stream",
    "timeline",
]


CONTEXT = Context(
    name="tilbudsvifte",
    commands=COMMANDS,
    events=(*TILBUD_EVENTS, FristerSet),
    streams=streams,
    decide=decide,
    evolve=evolve,
)
