"""People under every spelling, suggested merges, and a meeting's attendance item by item.

The pages only show: a merge is confirmed as an event (``socialaftale samme-person`` or a
record's ``SammePerson`` fact), never by the program."""

from __future__ import annotations

from typing import Annotated, Any

from attrs import frozen
from litestar import get
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import FromPath, FromQuery, KwargDefinition
from litestar.response import Template

from socialaftale import DomainError, to_data

from .common import FOUND_ERRORS, READ_ERRORS, Caller, Store, ViewError
from .kladde import hidden_referat
from .moeder import _meeting
from .paging import ApiSide, PrSideParam, Side, SideParam, api_page, paged_from

__all__ = ["PersonSide", "api_attendance", "api_people", "api_suggestions", "people_page"]


@get("/personer", include_in_schema=False, sync_to_thread=True)
def people_page(store: Store, q: FromQuery[str | None] = None, side: FromQuery[int] = 1,
                pr_side: FromQuery[int | None] = None) -> Template:
    page = _page(store, q, side, pr_side, forekomster=False)  # the page shows names only
    return Template("personer.html", context={"personer": list(page.items), "antal": page.antal,
                                              "sider": page, "sti": "/personer", "q": q or "",
                                              "forslag": store.merge_suggestions()})


def _page(store: Any, q: str | None, side: int | None, pr_side: int | None,
          forekomster: bool = True) -> Side[Any]:
    """The people of page ``side`` (those with ``q`` in a spelling), read for that page
    alone; a page or size that is not there is a 400 in Danish."""
    return paged_from(lambda offset, limit: _people(*store.people(
        q, offset=offset, limit=limit, forekomster=forekomster)), side, pr_side, {"q": q})


def _people(antal: int, found: Any) -> tuple[int, list[dict[str, Any]]]:
    return antal, [{"navn": navn, "stavemaader": spelled} for navn, spelled in found]


@frozen(kw_only=True)
class PersonSide(ApiSide):
    """A page of /api/personer (for the OpenAPI document)."""

    personer: Annotated[list[dict[str, Any]], KwargDefinition(
        description="sidens personer: navn og stavemåder, hver med hvor den ses")]


@get("/api/personer", sync_to_thread=True, tags=["personer"],
     summary="Personerne med alle deres stavemåder, side for side",
     responses={**READ_ERRORS, 200: ResponseSpec(
         data_container=PersonSide, generate_examples=False, description="En side af personerne")})
def api_people(store: Store, q: FromQuery[str | None] = None, side: SideParam = 1,
               pr_side: PrSideParam = None) -> dict[str, Any]:
    """A page of the people with the spellings confirmed as theirs, each spelling with
    where it is seen (the items of ``socialaftale personer --format json``); with ``q``
    only those with it in their name or any spelling (case, hyphens and full stops
    ignored). The answer is ``{"personer": [...], "antal", "side", "pr_side", "sider"}``:
    ``antal`` people in all on ``sider`` pages of ``pr_side`` (10-200, standard 50);
    ``side`` (from 1) past the last is a 400."""
    return api_page("personer", _page(store, q, side, pr_side))


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
