"""Working groups as of a date (mandate, chair, members, milestones, composition warnings)
and a person's roles over time."""

from __future__ import annotations

from datetime import date
from typing import Any

from litestar import get
from litestar.params import FromPath, FromQuery
from litestar.response import Template

from socialaftale import DomainError, to_data

from .common import FOUND_ERRORS, READ_ERRORS, Store, ViewError, form_date

__all__ = ["api_groups", "api_person", "groups_page", "person_page"]


@get("/arbejdsgrupper", include_in_schema=False, sync_to_thread=True)
def groups_page(store: Store, dato: FromQuery[str | None] = None) -> Template:
    day = form_date(dato, "dato") or date.today()
    return Template("arbejdsgrupper.html", context={"groups": store.groups(day), "dato": day})


@get("/api/arbejdsgrupper", sync_to_thread=True, tags=["arbejdsgrupper"],
     summary="Arbejdsgrupper på en dato", responses=READ_ERRORS)
def api_groups(store: Store, dato: FromQuery[date | None] = None) -> list[Any]:
    """Groups as of a date (``socialaftale groups --format json``)."""
    return [to_data(g) for g in store.groups(dato or date.today())]


def _person(store: Any, navn: str) -> Any:
    try:
        return store.person_identity(navn)  # every spelling confirmed as the person's
    except DomainError as err:
        raise ViewError(err.message, status_code=404) from None


@get("/personer/{navn:str}", include_in_schema=False, sync_to_thread=True)
def person_page(store: Store, navn: FromPath[str]) -> Template:
    found = _person(store, navn)
    return Template("person.html", context={
        "navn": navn, "roller": found.roller, "person": found.person, "identitet": found})


@get("/api/personer/{navn:str}", sync_to_thread=True, tags=["arbejdsgrupper"],
     summary="En persons roller over tid under alle stavemåder", responses=FOUND_ERRORS)
def api_person(store: Store, navn: FromPath[str]) -> dict[str, Any]:
    """Roles, affiliations, meetings, spellings, verdicts and suggested merges
    (``socialaftale person --format json``); a name the record does not know is 404,
    suggesting the name as recorded."""
    data: dict[str, Any] = to_data(_person(store, navn))
    return data
