"""The dagsorden and referat as a printable page (with a print button) and as a PDF."""

from __future__ import annotations

from typing import Any

from litestar import Request, Response, get
from litestar.params import FromPath, FromQuery
from litestar.types import ControllerRouterHandler

from socialaftale import Letterhead, meeting_document, meeting_pdf

from .common import Caller, Store
from .kladde import hidden_referat
from .moeder import _meeting

__all__ = ["routes"]


def _letterhead(request: Request[Any, Any, Any]) -> Letterhead:
    found: Letterhead = request.app.state.letterhead
    return found


@get("/moeder/{meeting_id:str}/udskrift", include_in_schema=False, sync_to_thread=True)
def print_page(request: Request[Any, Any, Any], store: Store, principal: Caller,
               meeting_id: FromPath[str], dagsorden: FromQuery[bool] = False) -> Response[str]:
    _meeting(store, principal, meeting_id)
    dagsorden = dagsorden or hidden_referat(store, principal, meeting_id)
    html = meeting_document(store, meeting_id, referat=not dagsorden,
                            letterhead=_letterhead(request), print_button=True)
    return Response(html, media_type="text/html; charset=utf-8")


def _pdf(request: Request[Any, Any, Any], store: Any, principal: Any, meeting_id: str,
         kind: str) -> Response[bytes]:
    meeting = _meeting(store, principal, meeting_id)
    kind = "dagsorden" if hidden_referat(store, principal, meeting_id) else kind
    pdf = meeting_pdf(store, meeting_id, referat=kind == "referat",
                      letterhead=_letterhead(request),
                      base_url=(request.app.state.get("base_url")
                                or str(request.base_url)).rstrip("/"))
    shown = "dagsorden" if kind == "dagsorden" or meeting.udkast else "referat"
    return Response(pdf, media_type="application/pdf", headers={
        "Content-Disposition": f'inline; filename="{shown}-{meeting_id}.pdf"'})


@get("/moeder/{meeting_id:str}/referat.pdf", include_in_schema=False, sync_to_thread=True)
def referat_pdf(request: Request[Any, Any, Any], store: Store, principal: Caller,
                meeting_id: FromPath[str]) -> Response[bytes]:
    return _pdf(request, store, principal, meeting_id, "referat")


@get("/moeder/{meeting_id:str}/dagsorden.pdf", include_in_schema=False, sync_to_thread=True)
def dagsorden_pdf(request: Request[Any, Any, Any], store: Store, principal: Caller,
                  meeting_id: FromPath[str]) -> Response[bytes]:
    return _pdf(request, store, principal, meeting_id, "dagsorden")


def routes() -> list[ControllerRouterHandler]:
    return [print_page, referat_pdf, dagsorden_pdf]
