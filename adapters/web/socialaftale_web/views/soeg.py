"""Search everything (issue 21): one page with the things found per kind, each with its
snippet at the match, paging per kind, filters, and the hits as CSV or XLSX."""

from __future__ import annotations

import csv
import functools
import io
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from litestar import Request, Response, get
from litestar.params import FromQuery, QueryParameter
from litestar.response import Template
from markupsafe import Markup, escape

from socialaftale import (
    SEARCH_HEADINGS,
    SEARCH_HIT_END,
    SEARCH_HIT_START,
    SEARCH_KINDS,
    DomainError,
    search_rows,
    to_data,
    xlsx_table,
)

from .common import READ_ERRORS, Caller, Store, ViewError, form_int, in_thread

__all__ = ["api_search_all", "search_download", "search_page"]

MAX_CHARS = 500
_PARAMETERS = {"tekst": "soeg", "art": "art", "orden": "orden", "side": "side",
               "outcome": "udfald", "kommune": "kommune"}


def _search(store: Any, principal: Any, soeg: str | None, art: str | None, forum: str | None,
            aar: str | None, udfald: str | None, kommune: str | None, orden: str | None,
            side: str | None, pr_side: int = 20) -> Any:
    """The store's search for a form's fields; a refused field is a 400 naming it."""
    year, page = form_int(aar, "aar"), form_int(side, "side")
    try:
        return store.search(soeg or "", arter=[art] if art else None, body=forum or None,
                            year=year, outcome=udfald or None, kommune=kommune or None,
                            orden=orden or "rang", side=page or 1, pr_side=pr_side,
                            drafts=principal.is_secretariat)
    except DomainError as err:
        name = _PARAMETERS.get(err.field or "", err.field or "soeg")
        raise ViewError(f"Ugyldig forespørgsel: felt '{name}': {err.message} "
                        f"(regel {err.rule}).", status_code=400) from None


def _marked(snippet: str) -> Markup:
    """A snippet with its hit marks as <mark>, everything else (a «» in the text too)
    escaped."""
    return Markup(str(escape(snippet)).replace(SEARCH_HIT_START, "<mark>")
                  .replace(SEARCH_HIT_END, "</mark>"))


def link(f: Any) -> str:
    """Where a hit is shown: the meeting at its item, the offer, the group, the person."""
    if f.art == "tilbud":
        return f"/tilbud/{quote(f.punkt or '')}"
    if f.art == "person":
        return f"/personer/{quote(f.noegle.removeprefix('person:'))}"
    if f.art == "arbejdsgruppe":
        return "/arbejdsgrupper"
    if f.meeting_id:
        return f"/moeder/{quote(f.meeting_id)}" + (f"#punkt-{quote(f.punkt)}" if f.punkt else "")
    return "/"


@get("/soeg", include_in_schema=False, sync_to_thread=True)
def search_page(store: Store, principal: Caller, soeg: FromQuery[str | None] = None,
                art: FromQuery[str | None] = None, forum: FromQuery[str | None] = None,
                aar: FromQuery[str | None] = None, udfald: FromQuery[str | None] = None,
                kommune: FromQuery[str | None] = None, orden: FromQuery[str | None] = None,
                side: FromQuery[str | None] = None) -> Template:
    found = _search(store, principal, soeg, art, forum, aar, udfald, kommune, orden, side)
    fields = {"soeg": soeg or "", "art": art or "", "forum": forum or "", "aar": aar or "",
              "udfald": udfald or "", "kommune": kommune or "", "orden": orden or "rang"}
    kept = {k: v for k, v in fields.items() if v}
    groups = [(g, [(f, link(f), _marked(f.snippet)) for f in g.fund]) for g in found.grupper]
    return Template("soeg.html", context={
        **fields, "found": found, "groups": groups, "arter": SEARCH_KINDS,
        "query": urlencode(kept), "kept": kept,
        "pages": max([-(-g.antal // found.pr_side) for g in found.grupper], default=1)})


@get(["/soeg.csv", "/soeg.xlsx"], include_in_schema=False)
async def search_download(store: Store, principal: Caller, request: Request[Any, Any, Any],
                          soeg: FromQuery[str | None] = None,
                          art: FromQuery[str | None] = None, forum: FromQuery[str | None] = None,
                    aar: FromQuery[str | None] = None, udfald: FromQuery[str | None] = None,
                    kommune: FromQuery[str | None] = None,
                    orden: FromQuery[str | None] = None) -> Response[bytes]:
    """Every hit of a search (up to 200 per kind) as CSV or XLSX (async, its store work in
    a thread: Litestar wraps a sync handler of two paths twice, see ``in_thread``)."""
    fmt = request.url.path.rsplit(".", 1)[-1]
    found = await in_thread(functools.partial(
        _search, store, principal, soeg, art, forum, aar, udfald, kommune, orden, None,
        pr_side=200))
    table = search_rows(found)
    if fmt == "xlsx":
        return Response(xlsx_table(list(SEARCH_HEADINGS), table, sheet="Søgning"),
                        media_type=(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            headers={"Content-Disposition": 'attachment; filename="soegning.xlsx"'})
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(SEARCH_HEADINGS)
    writer.writerows([["" if v is None else v.isoformat() if hasattr(v, "isoformat")
                       else ("ja" if v else "nej") if isinstance(v, bool) else v for v in r]
                      for r in table])
    return Response(buf.getvalue().encode("utf-8-sig"), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="soegning.csv"'})


Tekst = Annotated[str, QueryParameter(max_length=MAX_CHARS,
                                      description="ord der skal forekomme (alle), bøjet frit")]


@get("/api/soegning", sync_to_thread=True, tags=["møder"],
     summary="Søg i alt (dansk bøjning), pr. art med uddrag", responses=READ_ERRORS)
def api_search_all(store: Store, principal: Caller, soeg: Tekst, art: FromQuery[str | None] = None,
                   forum: FromQuery[str | None] = None, aar: FromQuery[str | None] = None,
                   udfald: FromQuery[str | None] = None, kommune: FromQuery[str | None] = None,
                   orden: FromQuery[str | None] = None,
                   side: FromQuery[str | None] = None) -> Any:
    """Decisions, sub-matters, agenda text, bilag, actions, offers, groups and people that
    have every word (``socialaftale search --format json``)."""
    return to_data(_search(store, principal, soeg, art, forum, aar, udfald, kommune, orden, side))
