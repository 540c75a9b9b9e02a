"""People under every spelling, suggested merges, and a meeting's attendance item by item.

The pages only show: a merge is confirmed as an event (``socialaftale samme-person`` or a
record's ``SammePerson`` fact), never by the program."""

from __future__ import annotations

import re
from typing import Any

from litestar import get
from litestar.params import FromPath, FromQuery
from litestar.response import Template

from socialaftale import DomainError, to_data

from .common import FOUND_ERRORS, READ_ERRORS, Caller, Store, ViewError
from .kladde import hidden_referat
from .moeder import _meeting
from .paging import paged

__all__ = ["api_attendance", "api_people", "api_suggestions", "people_page"]


def _fold(text: str) -> str:
    """Case, hyphens, full stops and runs of spaces do not matter when looking for a name
    ("aagaard hagemann" finds "Alice Aagaard-Hagemann")."""
    return " ".join(re.sub(r"[-.,]", " ", text).casefold().split())


def _people(store: Any, q: str | None = None) -> list[dict[str, Any]]:
    """Every person, or those with ``q`` in their name or in any spelling of it."""
    people = [{"navn": navn, "stavemaader": spelled} for navn, spelled in store.spellings()]
    wanted = _fold(q or "")
    if not wanted:
        return people
    return [p for p in people
            if any(wanted in _fold(n) for n in [p["navn"], *(s.navn for s in p["stavemaader"])])]


@get("/personer", include_in_schema=False, sync_to_thread=True)
def people_page(store: Store, q: FromQuery[str | None] = None, side: FromQuery[int] = 1,
                pr_side: FromQuery[int | None] = None) -> Template:
    found = _people(store, q)
    page = paged(found, side, pr_side, {"q": q})
    return Template("personer.html", context={"personer": list(page.items), "antal": len(found),
                                              "sider": page, "sti": "/personer", "q": q or "",
                                              "forslag": store.merge_suggestions()})


@get("/api/personer", sync_to_thread=True, tags=["personer"],
     summary="Personerne med alle deres stavemåder", responses=READ_ERRORS)
def api_people(store: Store, q: FromQuery[str | None] = None) -> list[Any]:
    """Every person with the spellings confirmed as theirs (``socialaftale personer
    --format json``); with ``q`` only those with it in their name or any spelling (case,
    hyphens and full stops ignored)."""
    data: list[Any] = to_data(_people(store, q))
    return data


@get("/api/personer-forslag", sync_to_thread=True, tags=["personer"],
     summary="Foreslåede sammenfald af stavemåder", responses=READ_ERRORS)
def api_suggestions(store: Store) -> list[Any]:
    """Spellings that may be one person, not yet settled (``socialaftale personer --forslag
    --format json``); a suggestion, never a merge."""
    return [to_data(f) for f in store.merge_suggestions()]


@get("/api/moeder/{meeting_id:str}/fremmoede", sync_to_thread=True, tags=["møder"],
     summary="Et mødes fremmøde, evt. under ét punkt", responses=FOUND_ERRORS)
def api_attendance(store: Store, principal: Caller, meeting_id: FromPath[str],
                   punkt: FromQuery[str | None] = None) -> list[Any]:
    """Participants, substitutes and whom they represent, guests with item and time, afbud
    (``socialaftale fremmoede --format json``); with ``punkt`` who was there for it."""
    _meeting(store, principal, meeting_id)
    if hidden_referat(store, principal, meeting_id):
        return []  # attendance saved in the browser is the draft's until published
    try:
        return [to_data(d) for d in store.fremmoede(meeting_id, punkt)]
    except DomainError as err:
        raise ViewError(err.message, status_code=404) from None
