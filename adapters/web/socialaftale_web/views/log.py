"""The event log, for the secretariat's audit: every fact in the order it was recorded.

Secretariat only, because the log also holds what is not yet published (draft
agendas). Read a page at a time (``efter`` = the last position seen).
"""

from __future__ import annotations

from datetime import date, datetime
from itertools import islice
from typing import Annotated, Any

import attrs
from attrs import frozen
from litestar import get
from litestar.params import QueryParameter
from litestar.response import Template

from socialaftale import Recorded

from .common import GUARDED_ERRORS, Caller, Store, require_secretariat

__all__ = ["EventRow", "api_events", "events_page"]

WHAT = "se hændelsesloggen"

LAST_POSITION = 2**63 - 1
"""The largest position a store can hold (a signed 64-bit integer on SQLite and PostgreSQL)."""
After = Annotated[int, QueryParameter(ge=0, le=LAST_POSITION,
                                      description="vis hændelser efter denne position")]
Count = Annotated[int, QueryParameter(ge=1, le=500, description="højst så mange hændelser")]


@frozen
class SourceRow:
    document: str
    item: str | None
    note: str | None


@frozen
class DecisionRow:
    meeting: str
    item: str
    clause: int | None
    matter: str | None = None  # the item's sub-matter that carries the fact


@frozen
class EventRow:
    """One recorded fact: where it is in the log, what it says, where it comes from."""

    position: int
    stream: str
    version: int
    type: str
    summary: str
    occurred_on: date
    recorded_at: datetime
    recorded_by: str
    source: SourceRow
    decision: DecisionRow | None
    data: dict[str, Any]


def _plain(value: Any) -> Any:
    if attrs.has(type(value)):
        return {k: _plain(v) for k, v in attrs.asdict(value, recurse=False).items()}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)  # Decimal, UUID, Enum values: their text


def _row(r: Recorded) -> EventRow:
    summary = getattr(r.event, "summary", None)
    m = r.meta
    return EventRow(
        position=r.position or 0,
        stream=str(r.stream),
        version=r.version,
        type=type(r.event).__name__,
        summary=summary() if callable(summary) else type(r.event).__name__,
        occurred_on=m.occurred_on,
        recorded_at=m.recorded_at,
        recorded_by=m.recorded_by,
        source=SourceRow(m.source.document, m.source.item, m.source.note),
        decision=(
            DecisionRow(m.decision.meeting, m.decision.item, m.decision.clause,
                        m.decision.matter)
            if m.decision
            else None
        ),
        data=_plain(r.event),
    )


def _rows(store: Any, after: int, count: int) -> list[EventRow]:
    if after >= LAST_POSITION:
        return []  # nothing can come after the last position (and after + 1 overflows)
    return [_row(r) for r in islice(store.events(after), count)]


@get("/haendelser", include_in_schema=False, sync_to_thread=True)
def events_page(principal: Caller, store: Store, efter: After = 0, antal: Count = 100) -> Template:
    require_secretariat(principal, WHAT)
    rows = _rows(store, efter, antal)
    return Template(
        "haendelser.html",
        context={
            "rows": rows,
            "efter": efter,
            "antal": antal,
            "naeste": rows[-1].position if len(rows) == antal else None,
        },
    )


@get(
    "/api/haendelser",
    sync_to_thread=True,
    tags=["revision"],
    summary="Hændelsesloggen (kun sekretariatet)",
    security=[{"noegle": []}],
    responses=GUARDED_ERRORS,
)
def api_events(
    principal: Caller, store: Store, efter: After = 0, antal: Count = 100
) -> list[EventRow]:
    """Every recorded fact in log order, ``antal`` at a time after position ``efter``."""
    require_secretariat(principal, WHAT)
    return _rows(store, efter, antal)
