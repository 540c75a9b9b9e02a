"""Working groups as of a date (mandate, chair, members, milestones, composition warnings)
and a person's roles over time."""

from __future__ import annotations

from datetime import date
from typing import Any

from litestar import get
from litestar.params import FromPath, FromQuery
from litestar.response import Template

from socialaftale import to_data

from .common import FOUND_ERRORS, READ_ERRORS, Store, form_date

__all__ = ["api_groups", "api_person", "groups_page", "person_page"]


@get("/arbejdsgrupper", include_in_schema=False, sync_to_thread=False)
def groups_page(store: Store, dato: FromQuery[str | None] = None) -> Template:
    day = form_date(dato, "dato") or date.today()
    return Template("arbejdsgrupper.html", context={"groups": store.groups(day), "dato": day})


@get("/api/arbejdsgrupper", sync_to_thread=False, tags=["arbejdsgrupper"],
     summary="Arbejdsgrupper på en dato", responses=READ_ERRORS)
def api_groups(store: Store, dato: FromQuery[date | None] = None) -> list[Any]:
    """Groups as of a date (``socialaftale groups --format json``)."""
    return [to_data(g) for g in store.groups(dato or date.today())]


@get("/personer/{navn:str}", include_in_schema=False, sync_to_thread=False)
def person_page(store: Store, navn: FromPath[str]) -> Template:
    return Template("person.html", context={
        "navn": navn, "roller": store.person_roles(navn), "person": store.person(navn)})


@get("/api/personer/{navn:str}", sync_to_thread=False, tags=["arbejdsgrupper"],
     summary="En persons roller over tid", responses=FOUND_ERRORS)
def api_person(store: Store, navn: FromPath[str]) -> dict[str, Any]:
    """Roles, affiliations and meetings (``socialaftale person --format json`` and more)."""
    return {"roller": [to_data(r) for r in store.person_roles(navn)],
            "person": to_data(store.person(navn))}
