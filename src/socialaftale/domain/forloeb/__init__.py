"""Cases across bodies ("sager på tværs af organer"): one case, many bodies' treatments,
and the councils' approval rounds.

Named *forløb* in code because "sag" already names a sub-matter of one decision
(``beslutning.sager``): a forløb follows one matter from body to body (FU prepares, DAS
decides, KKR recommends, the byråd and the regionsråd approve), each treatment either a
decision in the record or another body's decision as a source reports it. Modelled on
OParl's Paper (the case) and Consultation (a body's treatment, with its role).
Where things are: :mod:`.events`, :mod:`.commands`, :mod:`.decide`, :mod:`.state`.
"""

from __future__ import annotations

from ..common import Context
from .aftale import (
    AFTALEDEL_ARTER,
    AftaledelRegistreret,
    AftaleOprettet,
    AftaleState,
    OpretAftale,
    RegistrerAftaledel,
    aftale_stream,
)
from .commands import (
    COMMANDS,
    AabnGodkendelsesrunde,
    OpretForloeb,
    RegistrerBehandling,
    RegistrerRaadsbeslutning,
)
from .decide import AFTALENS_RAAD, DECIDERS, REGIONEN, decide, raad_i_aftalen, streams
from .events import (
    AFTALE_DELE,
    EVENTS,
    RAADSBESLUTNINGER,
    ROLLER,
    UDFALD,
    BehandlingRegistreret,
    ForloebOprettet,
    GodkendelsesrundeAabnet,
    RaadsbeslutningRegistreret,
    forloeb_stream,
)
from .state import ForloebState, RundeState, evolve

__all__ = [
    "AFTALEDEL_ARTER",
    "AFTALENS_RAAD",
    "AFTALE_DELE",
    "COMMANDS",
    "CONTEXT",
    "DECIDERS",
    "EVENTS",
    "RAADSBESLUTNINGER",
    "REGIONEN",
    "ROLLER",
    "UDFALD",
    "AabnGodkendelsesrunde",
    "AftaleOprettet",
    "AftaleState",
    "AftaledelRegistreret",
    "BehandlingRegistreret",
    "ForloebOprettet",
    "ForloebState",
    "GodkendelsesrundeAabnet",
    "OpretAftale",
    "OpretForloeb",
    "RaadsbeslutningRegistreret",
    "RegistrerAftaledel",
    "RegistrerBehandling",
    "RegistrerRaadsbeslutning",
    "RundeState",
    "aftale_stream",
    "forloeb_stream",
    "raad_i_aftalen",
]

CONTEXT = Context(
    name="forloeb",
    commands=COMMANDS,
    events=EVENTS,
    streams=streams,
    decide=decide,
    evolve=evolve,
)
