"""Meetings by body and year, a meeting's dagsorden and referat, decision search with the
matched words highlighted, and open follow-up actions (overdue first).

A draft agenda (not yet sent out) is shown to the secretariat only.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Annotated, Any

import attrs
from attrs import frozen
from litestar import Request, get
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import FromPath, FromQuery, KwargDefinition, QueryParameter
from litestar.response import Template
from markupsafe import Markup, escape

from socialaftale import DomainError, agenda_amendments, bilag_files_of, to_data

from .common import (
    FOUND_ERRORS,
    GUARDED_ERRORS,
    READ_ERRORS,
    Caller,
    Store,
    ViewError,
    form_date,
    form_int,
    require_secretariat,
)
from .kladde import corrected_items, hidden_referat, public_only
from .paging import ApiSide, PrSideParam, SideParam, api_page, counted, page_bounds, paged

__all__ = ["BeslutningSide", "MoedeSide", "actions_page", "api_actions", "api_decisions",
           "api_meeting", "api_meetings", "api_search", "decisions_page", "meeting_page",
           "meetings_page"]

Year = Annotated[int | None, QueryParameter(ge=1900, le=2200, description="kun møder dette år")]
DRAFT = "se en dagsorden, der endnu ikke er udsendt"
MAX_CHARS = 500
"""The longest search text (the query layer refuses longer ones, and more than 32 words)."""
Search = Annotated[str, QueryParameter(
    max_length=MAX_CHARS, description=f"ord der skal forekomme; højst {MAX_CHARS} tegn og 32 ord")]
OptionalSearch = Annotated[str | None, QueryParameter(
    max_length=MAX_CHARS, description=f"ord der skal forekomme; højst {MAX_CHARS} tegn og 32 ord")]
Organisation = Annotated[str | None, QueryParameter(
    max_length=MAX_CHARS, description="kun beslutninger, der nævner organisationen")]
_PARAMETERS = {"search": "soeg", "text": "soeg", "organisation": "organisation",
               "outcome": "udfald"}


@contextmanager
def _searching() -> Iterator[None]:
    """A search the query layer will not run (too long, too many words) is a 400 naming
    the parameter, its limit and the rule."""
    try:
        yield
    except DomainError as err:
        name = _PARAMETERS.get(err.field or "", err.field or "soeg")
        raise ViewError(f"Ugyldig forespørgsel: felt '{name}': {err.message} "
                        f"(regel {err.rule}).", status_code=400) from None


@frozen(kw_only=True)
class MoedeSide(ApiSide):
    """A page of /api/moeder (for the OpenAPI document)."""

    moeder: Annotated[list[dict[str, Any]], KwargDefinition(
        description="sidens møder, ældste først (som socialaftale meetings --format json)")]


@frozen(kw_only=True)
class BeslutningSide(ApiSide):
    """A page of /api/beslutninger (for the OpenAPI document)."""

    beslutninger: Annotated[list[dict[str, Any]], KwargDefinition(
        description="sidens beslutninger efter dato og punkt (som socialaftale decisions"
                    " --format json)")]


def _meeting_page(store: Any, principal: Any, forum: str | None, year: int | None,
                  side: int | None, pr_side: int | None,
                  kept: dict[str, str | None]) -> Any:
    """Page ``side`` of the meetings the caller may see (a draft agenda: the secretariat
    only), counted and read by the store for that page alone (issue 23); the page and the
    API share it, so both page the same list."""
    offset, size = page_bounds(side, pr_side)
    antal, found = store.meeting_page(forum or None, year, drafts=principal.is_secretariat,
                                      offset=offset, limit=size)
    return counted(antal, _unpeopled(store, principal, list(found)), side, pr_side, kept)


def _unpeopled(store: Any, principal: Any, found: list[Any]) -> list[Any]:
    """The meetings with a draft referat without their people, unless the caller is the
    secretariat: attendance saved in the browser is part of the draft (issue 20)."""
    if principal.is_secretariat:
        return found
    hidden = store.draft_referater()
    return [attrs.evolve(m, deltagere=(), afbud=(), gaester=(), referent=())
            if m.meeting_id in hidden else m for m in found]


def _view_of(request: Request[Any, Any, Any]) -> dict[str, str | None]:
    """The past view a list page shows (``?kendt=``, ``?verden=``), kept in the links to
    its other pages so they show the same view."""
    return {k: request.query_params.get(k) for k in ("kendt", "verden")}


@get("/moeder", include_in_schema=False, sync_to_thread=True)
def meetings_page(store: Store, principal: Caller, request: Request[Any, Any, Any],
                  forum: FromQuery[str | None] = None,
                  aar: FromQuery[str | None] = None, side: FromQuery[int] = 1,
                  pr_side: FromQuery[int | None] = None) -> Template:
    year = form_int(aar, "år")
    page = _meeting_page(store, principal, forum, year, side, pr_side,
                         {"forum": forum, "aar": aar, **_view_of(request)})
    fora, aarstal = store.meeting_choices()
    return Template("moeder.html", context={
        "moeder": list(page.items), "forum": forum or "", "aar": year,
        "sider": page, "sti": "/moeder", "fora": fora, "aarstal": aarstal})


@get("/api/moeder", sync_to_thread=True, tags=["møder"], summary="Møderne, side for side",
     responses={**READ_ERRORS, 200: ResponseSpec(
         data_container=MoedeSide, generate_examples=False, description="En side af møderne")})
def api_meetings(store: Store, principal: Caller, forum: FromQuery[str | None] = None,
                 aar: Year = None, side: SideParam = 1,
                 pr_side: PrSideParam = None) -> dict[str, Any]:
    """A page of the meetings, oldest first, as /moeder pages them (the items of
    ``socialaftale meetings --format json``, which still gives all): ``{"moeder": [...],
    "antal", "side", "pr_side", "sider"}``, as /api/personer; ``pr_side`` 10-200 (standard
    50), a ``side`` (from 1) past the last is a 400."""
    return api_page("moeder", _meeting_page(store, principal, forum, aar, side, pr_side, {}))


def _meeting(store: Any, principal: Any, meeting_id: str) -> Any:
    found = store.meeting(meeting_id)  # by its key, not out of every meeting
    if found is None:
        raise ViewError(f"ukendt møde '{meeting_id}'", status_code=404)
    if found.udkast:
        require_secretariat(principal, DRAFT)
    return _unpeopled(store, principal, [found])[0]


def _attendance(store: Any, meeting: Any) -> dict[str, list[str]]:
    """Who attended the meeting (guests too) and who sent apologies, by the recorded name."""
    people = store.attendance(meeting.body, meeting.dato, meeting.dato)
    return {"deltog": [p.navn for p in people if p.moeder],
            "afbud": [p.navn for p in people if p.afbud and not p.moeder]}


@get("/moeder/{meeting_id:str}", include_in_schema=False, sync_to_thread=True)
def meeting_page(store: Store, principal: Caller, meeting_id: FromPath[str],
                 dagsorden: FromQuery[bool] = False) -> Template:
    meeting = _meeting(store, principal, meeting_id)
    hidden = hidden_referat(store, principal, meeting_id)  # a draft referat: not its attendance
    dagsorden = dagsorden or hidden
    html = (store.dagsorden_html(meeting_id) if dagsorden or meeting.udkast
            else store.referat_html(meeting_id))
    return Template("moede.html", context={
        "m": meeting, "html": Markup(html), "dagsorden": dagsorden or meeting.udkast,
        "fremmoede": None if meeting.planlagt or hidden else _attendance(store, meeting),
        # a planned meeting has no attendance yet (unknown, not "ingen")
        "deltagelse": None if meeting.planlagt or hidden else store.fremmoede(meeting_id),
        "filer": bilag_files_of(store, meeting_id),
        "aendringer": agenda_amendments(store, meeting_id),
        "rettede": [] if dagsorden else corrected_items(store, meeting_id)})


@get("/api/moeder/{meeting_id:str}", sync_to_thread=True, tags=["møder"],
     summary="Et mødes dagsorden eller referat", responses={**FOUND_ERRORS, **GUARDED_ERRORS})
def api_meeting(store: Store, principal: Caller, meeting_id: FromPath[str],
                dagsorden: FromQuery[bool] = False) -> dict[str, Any]:
    """The meeting and its dagsorden or referat as Markdown (``socialaftale meeting``)."""
    meeting = _meeting(store, principal, meeting_id)
    dagsorden = dagsorden or hidden_referat(store, principal, meeting_id)
    text = (store.dagsorden_markdown(meeting_id) if dagsorden or meeting.udkast
            else store.referat_markdown(meeting_id))
    return {"moede": to_data(meeting), "markdown": text,
            "tekst": to_data(store.meeting_text(meeting_id))}


def _marked(snippet: str) -> Markup:
    """A search snippet with its «marks» as <mark>, everything else escaped."""
    out = str(escape(snippet)).replace("«", "<mark>").replace("»", "</mark>")
    return Markup(out)


@get("/beslutninger", include_in_schema=False, sync_to_thread=True)
def decisions_page(store: Store, principal: Caller, request: Request[Any, Any, Any],
                   soeg: FromQuery[str | None] = None,
                   forum: FromQuery[str | None] = None,
                   fra: FromQuery[str | None] = None, til: FromQuery[str | None] = None,
                   udfald: FromQuery[str | None] = None,
                   organisation: FromQuery[str | None] = None,
                   side: FromQuery[int] = 1,
                   pr_side: FromQuery[int | None] = None) -> Template:
    fra_, til_ = form_date(fra, "fra"), form_date(til, "til")
    kept = {"soeg": soeg, "forum": forum, "fra": fra, "til": til, "udfald": udfald,
            "organisation": organisation, **_view_of(request)}
    hits: list[tuple[Any, Markup | None]] = []
    ranked = None  # a ranked search's page: its paging and whether it was limited
    page = None
    with _searching():
        if soeg and not (forum or fra or til or udfald or organisation):
            ranked = store.decision_search(soeg, side=side)  # paged by the store
            hits = public_only(store, principal,
                               [(h.beslutning, _marked(h.snippet)) for h in ranked.traef],
                               lambda hit: hit[0].meeting_id)
        else:
            page = _decision_page(store, principal, soeg, forum, fra_, til_, udfald,
                                  organisation, side, pr_side, kept)
            hits = [(d, None) for d in page.items]
    return Template("beslutninger.html", context={
        "hits": hits, "soeg": soeg or "", "forum": forum or "", "fra": fra_, "til": til_,
        "udfald": udfald or "", "organisation": organisation or "", "ranked": ranked,
        "sider": page})


def _decision_page(store: Any, principal: Any, soeg: str | None, forum: str | None,
                   fra: date | None, til: date | None, udfald: str | None,
                   organisation: str | None, side: int | None, pr_side: int | None,
                   kept: dict[str, str | None]) -> Any:
    """Page ``side`` of the decisions the filters keep, by date and item, without those of
    a referat still a draft unless the caller is the secretariat; counted and paged by the
    store, so only the page's decisions are decoded (issue 23)."""
    offset, size = page_bounds(side, pr_side)
    antal, found = store.decision_page(
        search=soeg or None, body=forum or None, from_date=fra, to_date=til,
        outcome=udfald or None, organisation=organisation or None, offset=offset,
        limit=size, public=not principal.is_secretariat)
    return counted(antal, found, side, pr_side, kept)


@get("/api/beslutninger", sync_to_thread=True, tags=["møder"],
     summary="Beslutningshistorikken, side for side",
     responses={**READ_ERRORS, 200: ResponseSpec(
         data_container=BeslutningSide, generate_examples=False,
         description="En side af beslutningerne")})
def api_decisions(store: Store, principal: Caller, soeg: OptionalSearch = None,
                  forum: FromQuery[str | None] = None,
                  fra: FromQuery[date | None] = None, til: FromQuery[date | None] = None,
                  udfald: FromQuery[str | None] = None,
                  organisation: Organisation = None, side: SideParam = 1,
                  pr_side: PrSideParam = None) -> dict[str, Any]:
    """A page of the decisions the filters keep, by date and item (the items of
    ``socialaftale decisions --format json``, which still gives all): ``{"beslutninger":
    [...], "antal", "side", "pr_side", "sider"}``, as /api/personer. ``soeg`` is a filter
    here, also alone (the page /beslutninger ranks a search alone; ranked hits are
    /api/soeg)."""
    with _searching():
        return api_page("beslutninger", _decision_page(
            store, principal, soeg, forum, fra, til, udfald, organisation, side, pr_side, {}))


@get("/api/soeg", sync_to_thread=True, tags=["møder"],
     summary="Søg i beslutninger (bedste først, med uddrag)", responses=READ_ERRORS)
def api_search(store: Store, principal: Caller, soeg: Search) -> list[Any]:
    """Ranked hits, each with its decision and a snippet whose matches are marked «so»."""
    with _searching():
        return [to_data(h) for h in public_only(store, principal, store.search_decisions(soeg),
                                                lambda h: h.beslutning.meeting_id)]


@get("/opfoelgninger", include_in_schema=False, sync_to_thread=True)
def actions_page(store: Store, principal: Caller, ansvarlig: FromQuery[str | None] = None,
                 alle: FromQuery[bool] = False,
                 dato: FromQuery[str | None] = None, side: FromQuery[int] = 1,
                 pr_side: FromQuery[int | None] = None) -> Template:
    today = form_date(dato, "dato") or date.today()
    found = public_only(store, principal, store.actions(
        today, open_only=not alle, owner=ansvarlig or None), lambda a: a.meeting_id)
    page = paged(found, side, pr_side, {"ansvarlig": ansvarlig, "alle": "true" if alle else None,
                                        "dato": dato})
    return Template("opfoelgninger.html", context={
        "actions": list(page.items), "ansvarlig": ansvarlig or "", "alle": alle, "dato": today,
        "sider": page, "sti": "/opfoelgninger"})


@get("/api/opfoelgninger", sync_to_thread=True, tags=["møder"],
     summary="Opfølgninger, overskredne først", responses=READ_ERRORS)
def api_actions(store: Store, principal: Caller, ansvarlig: FromQuery[str | None] = None,
                alle: FromQuery[bool] = False,
                dato: FromQuery[date | None] = None) -> list[Any]:
    """Follow-up actions (``socialaftale actions --format json``)."""
    return [to_data(a) for a in public_only(store, principal, store.actions(
        dato or date.today(), open_only=not alle, owner=ansvarlig or None),
        lambda a: a.meeting_id)]
