"""Subscriptions (issue 21): each body's meetings as an iCalendar file, and an Atom feed of
new dagsordener, referater and tilbudsvifte changes."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from litestar import Request, Response, get
from litestar.params import FromQuery

from socialaftale import atom_feed, meetings_ical

from .common import Store, ViewError

__all__ = ["atom", "calendar"]


def _base(request: Request[Any, Any, Any]) -> str:
    """The configured public address (``serve --base-url``), else the request's own."""
    configured: str = request.app.state.get("base_url") or ""
    return (configured or str(request.base_url)).rstrip("/")


@get("/moeder.ics", include_in_schema=False, sync_to_thread=True)
def calendar(store: Store, request: Request[Any, Any, Any],
             forum: FromQuery[str | None] = None) -> Response[bytes]:
    """The meetings (of ``forum``, or all) to subscribe to in a calendar program. A forum
    the record does not know is refused (400) rather than answered with an empty calendar a
    subscriber would take for "no meetings"."""
    if forum and store.forum(forum) is None:
        known = ", ".join(f.kortnavn or f.navn for f in store.fora()) or "ingen"
        raise ViewError(f"ukendt forum '{forum}' i parameteren forum: et forum skal være et af "
                        f"registrets fora, ved navn, kortnavn eller alias (regel: ukendt-forum); "
                        f"kendte fora: {known}")
    name = f"moeder-{forum}.ics" if forum else "moeder.ics"
    # The forum is the caller's text: percent-encoded (RFC 6266 filename*), never raw in
    # the header, so a quote or line break cannot change it.
    return Response(meetings_ical(store, forum or None, base_url=_base(request)),
                    media_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition":
                             f"inline; filename*=UTF-8''{quote(name, safe='')}"})


@get("/feed.atom", include_in_schema=False, sync_to_thread=True)
def atom(store: Store, request: Request[Any, Any, Any]) -> Response[bytes]:
    """New dagsordener, referater and tilbudsvifte changes, newest first."""
    return Response(atom_feed(store, _base(request),
                              author=request.app.state.letterhead.navn),
                    media_type="application/atom+xml; charset=utf-8")
