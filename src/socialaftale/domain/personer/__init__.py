"""People as identities: one person, many spellings, joined only when someone confirms it.

Each minute's own spelling of a name is kept where it is written (meetings, groups,
affiliations). This context records the confirmations that two spellings are one person
(:class:`SammePerson` → :class:`SammenfaldBekraeftet`) and their undoing
(:class:`IkkeSammePerson` → :class:`SammenfaldAfkraeftet`); :func:`foreslaa_sammenfald`
only suggests. Where things are: :mod:`.events`, :mod:`.commands`, :mod:`.decide`,
:mod:`.state`, :mod:`.forslag` (the suggestions).
"""

from __future__ import annotations

from ..common import Context
from .commands import COMMANDS, IkkeSammePerson, SammePerson
from .decide import DECIDERS, decide, streams
from .events import EVENTS, SammenfaldAfkraeftet, SammenfaldBekraeftet, pair_key, pair_stream
from .forslag import Sammenfaldsforslag, foreslaa_sammenfald, maybe_same
from .state import PairState, evolve

__all__ = [
    "COMMANDS",
    "CONTEXT",
    "DECIDERS",
    "EVENTS",
    "IkkeSammePerson",
    "PairState",
    "SammePerson",
    "SammenfaldAfkraeftet",
    "SammenfaldBekraeftet",
    "Sammenfaldsforslag",
    "foreslaa_sammenfald",
    "maybe_same",
    "pair_key",
    "pair_stream",
]

CONTEXT = Context(
    name="personer",
    commands=COMMANDS,
    events=EVENTS,
    streams=streams,
    decide=decide,
    evolve=evolve,
)
