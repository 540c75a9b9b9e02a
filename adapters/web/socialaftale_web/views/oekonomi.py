"""Budget against accounts and who pays what, as tables and as server-drawn SVG charts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from litestar import get
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, FromQuery, PathParameter
from litestar.response import Template
from markupsafe import Markup

from socialaftale import to_data

from .common import FOUND_ERRORS, Store

__all__ = [
    "api_budget",
    "api_shares",
    "api_sharing_rules",
    "budget_page",
    "shares_page",
    "sharing_rule_page",
]

SECRETARIAT = "Sekretariatet for Rammeaftaler"
Year = Annotated[int, PathParameter(ge=1900, le=2200)]


@get("/budget/{aar:int}", include_in_schema=False, sync_to_thread=True)
def budget_page(store: Store, aar: FromPath[int],
                omkostningssted: FromQuery[str] = SECRETARIAT) -> Template:
    table = store.budget(aar, omkostningssted)
    chart = Markup(store.budget_chart_svg(aar, omkostningssted)) if table.lines else ""
    return Template("budget.html", context={
        "t": table, "chart": chart, "aar": aar, "sted": omkostningssted,
        "historik": store.budget_history(aar, omkostningssted),
        "noegler": store.sharing_rules(cost_centre=omkostningssted),
        "takster": store.rate_decisions(aar)})


@get("/api/budget/{aar:int}", sync_to_thread=True, tags=["budget"],
     summary="Budget mod regnskab", responses=FOUND_ERRORS)
def api_budget(store: Store, aar: Year, omkostningssted: FromQuery[str] = SECRETARIAT) -> Any:
    """Budget against accounts (``socialaftale budget --format json``)."""
    return to_data(store.budget(aar, omkostningssted))


@get("/fordeling/{aar:int}", include_in_schema=False, sync_to_thread=True)
def shares_page(store: Store, aar: FromPath[int],
                omkostningssted: FromQuery[str] = "NOPII") -> Template:
    shares = store.shares(aar, omkostningssted)
    chart = Markup(store.shares_chart_svg(aar, omkostningssted)) if shares else ""
    people = sum(s.befolkning for s in shares)
    rows = [(s, Decimal(s.befolkning) / people if people else None) for s in shares]
    return Template("fordeling.html", context={
        "rows": rows, "chart": chart, "aar": aar, "sted": omkostningssted,
        "befolkning": people, "i_alt": sum((s.beloeb for s in shares), Decimal(0)),
        "metode": shares[0].metode if shares else None})


@get("/api/fordeling/{aar:int}", sync_to_thread=True, tags=["budget"],
     summary="Hvem betaler hvad", responses=FOUND_ERRORS)
def api_shares(store: Store, aar: Year, omkostningssted: FromQuery[str] = "NOPII") -> list[Any]:
    """Each municipality's share by population (``socialaftale shares --format json``)."""
    return [to_data(s) for s in store.shares(aar, omkostningssted)]


@get("/fordeling/noegle/{regel:str}", include_in_schema=False, sync_to_thread=True)
def sharing_rule_page(store: Store, regel: FromPath[str],
                      dato: FromQuery[date | None] = None) -> Template:
    """A cost-sharing rule as it stood on ``dato``: its words, answers, what it waits for."""
    rule = store.sharing_rule(regel, dato)
    if rule is None:
        raise NotFoundException(f"fordelingsnøglen '{regel}' er ikke registreret"
                                + (f" pr. {dato.isoformat()}" if dato else ""))
    return Template("fordelingsnoegle.html", context={"r": rule})


@get("/api/fordelingsnoegler", sync_to_thread=True, tags=["budget"],
     summary="Fordelingsnøgler og deres status", responses=FOUND_ERRORS)
def api_sharing_rules(store: Store, dato: FromQuery[date | None] = None) -> list[Any]:
    """Every cost-sharing rule as it stood on ``dato`` (``socialaftale shares --format json``)."""
    return [to_data(r) for r in store.sharing_rules(dato)]
