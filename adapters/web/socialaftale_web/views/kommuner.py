""""Min kommune": a public page per party of the agreement (the 11 North Jutland
municipalities and the region) and its JSON, both from ``Socialaftale.kommune``; a
kommune user's menu links to its own page."""

from __future__ import annotations

from typing import Any

from litestar import get
from litestar.params import FromPath, FromQuery
from litestar.response import Template

from socialaftale import DomainError, to_data

from .common import FOUND_ERRORS, Store, ViewError, form_date
from .soeg import link

__all__ = ["api_kommune", "kommune_page", "kommuner_page"]


def _kommune(store: Any, key: str, paa: str | None) -> Any:
    try:
        return store.kommune(key, on=form_date(paa, "paa"))
    except DomainError as err:
        if err.rule != "kommune-ukendt":
            raise
        raise ViewError(f"{err.message[0].upper()}{err.message[1:]} (regel: {err.rule})",
                        status_code=404, back=("/kommuner", "Alle kommuner")) from None


@get("/kommuner", include_in_schema=False, sync_to_thread=True)
def kommuner_page(store: Store) -> Template:
    return Template("kommuner.html", context={"kommuner": store.kommuner()})


@get("/kommuner/{kommune:str}", include_in_schema=False, sync_to_thread=True)
def kommune_page(store: Store, kommune: FromPath[str], paa: FromQuery[str | None] = None
                 ) -> Template:
    found = _kommune(store, kommune, paa)
    hits = [(g, [(f, link(f)) for f in g.fund]) for g in found.beslutninger]
    return Template("kommune.html", context={"k": found, "hits": hits, "paa": paa})


@get("/api/kommuner/{kommune:str}", sync_to_thread=True, tags=["min kommune"],
     summary="Min kommune", responses=FOUND_ERRORS)
def api_kommune(store: Store, kommune: FromPath[str], paa: FromQuery[str | None] = None
                ) -> dict[str, Any]:
    """One party on ``paa`` (``socialaftale kommune NAVN --format json``): its offers,
    deadlines, requests, actions, shares, decisions naming it and pending approvals."""
    data: dict[str, Any] = to_data(_kommune(store, kommune, paa))
    return data
