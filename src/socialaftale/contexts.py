"""The registry of bounded contexts and their read models: one line per context.

The application records commands of the contexts listed here and keeps the
projections listed here current. Adding a context means adding its ``CONTEXT``
and its projection classes below, and its query mixin to
:class:`socialaftale.application.Socialaftale`.
"""

from __future__ import annotations

from .domain import (
    arbejdsgrupper,
    budget,
    fora,
    forloeb,
    forslag,
    meetings,
    personer,
    records,
    sammensaetning,
    strategi,
    tilbudsvifte,
)
from .domain.common import Context
from .projections.aftale import AftaleProjection
from .projections.arbejdsgrupper import ArbejdsgrupperProjection
from .projections.bilagfiler import BilagFilerProjection
from .projections.budget import BudgetProjection
from .projections.fora import ForaProjection
from .projections.forloeb import ForloebProjection
from .projections.forslag import ForslagProjection
from .projections.meetings import MeetingsProjection
from .projections.personer import PersonerProjection
from .projections.sammensaetning import SammensaetningProjection
from .projections.search import SearchProjection
from .projections.strategi import StrategiProjection
from .projections.tilbudsvifte import TilbudsvifteProjection
from .readstore import Projection

__all__ = ["CONTEXTS", "PROJECTIONS"]

CONTEXTS: tuple[Context, ...] = (
    tilbudsvifte.CONTEXT,
    budget.CONTEXT,
    meetings.CONTEXT,
    arbejdsgrupper.CONTEXT,
    strategi.CONTEXT,
    records.CONTEXT,
    fora.CONTEXT,
    personer.CONTEXT,
    forloeb.CONTEXT,
    sammensaetning.CONTEXT,
    forslag.CONTEXT,
)

PROJECTIONS: tuple[type[Projection], ...] = (
    TilbudsvifteProjection,
    BudgetProjection,
    MeetingsProjection,
    ArbejdsgrupperProjection,
    StrategiProjection,
    ForaProjection,
    PersonerProjection,
    ForloebProjection,
    BilagFilerProjection,
    SammensaetningProjection,
    ForslagProjection,
    AftaleProjection,
    # last: it indexes the other read models' rows of each page, written before it flushes
    SearchProjection,
)
