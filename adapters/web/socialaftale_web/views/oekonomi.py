"""Budget against accounts and who pays what, as tables and as server-drawn SVG charts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any
from urllib.parse import quote

from litestar import get
from litestar.exceptions import NotFoundException
from litestar.params import FromPath, FromQuery, PathParameter
from litestar.response import Redirect, Template
from markupsafe import Markup

from socialaftale import to_data

from .common import FOUND_ERRORS, Store

__all__ = [
    "api_budget",
    "api_shares",
    "api_sharing_rules",
    "budget_latest",
    "budget_page",
    "shares_latest",
    "shares_page",
    "sharing_rule_page",
]

Year = Annotated[int, PathParameter(ge=1900, le=2200)]


def _pick(periods: tuple[tuple[int, str], ...], aar: int, sted: str | None) -> str | None:
    """The cost centre to show for ``aar``: the one asked for, else the record's first with
    data that year (no cost centre is assumed in the code); None when the year has none."""
    if sted:
        return sted
    return next((c for y, c in periods if y == aar), None)


def _picker(periods: tuple[tuple[int, str], ...], aar: int, sted: str | None,
            base: str) -> dict[str, Any]:
    """The years with data (for the cost centre shown) and the cost centres of the year, as
    links for the page's pickers."""
    years = sorted({y for y, c in periods if sted is None or c == sted})
    centres = sorted({c for y, c in periods if y == aar})
    return {"aar_med_data": [(y, f"{base}/{y}" + (f"?omkostningssted={quote(sted)}"
                                                  if sted else "")) for y in years],
            "steder": [(c, f"{base}/{aar}?omkostningssted={quote(c)}") for c in centres]}


def _latest(periods: tuple[tuple[int, str], ...], base: str) -> Redirect:
    if not periods:
        return Redirect(f"{base}/{date.today().year}", status_code=303)
    year, centre = periods[-1]
    return Redirect(f"{base}/{year}?omkostningssted={quote(centre)}", status_code=303)


@get("/budget", include_in_schema=False, sync_to_thread=True)
def budget_latest(store: Store) -> Redirect:
    """The menu's Budget: the latest year with a budget in the record."""
    return _latest(store.budget_periods(), "/budget")


@get("/fordeling", include_in_schema=False, sync_to_thread=True)
def shares_latest(store: Store) -> Redirect:
    """The menu's Fordeling: the latest year with a split in the record."""
    return _latest(store.share_periods(), "/fordeling")


def _chosen(store: Any, aar: int, sted: str | None, *, shares: bool) -> str:
    periods = store.share_periods() if shares else store.budget_periods()
    found = _pick(periods, aar, sted)
    if found is None:
        what = "fordeling" if shares else "budget"
        years = ", ".join(str(y) for y in sorted({y for y, _ in periods})) or "ingen"
        raise NotFoundException(f"intet {what} registreret for {aar}; år med {what}: {years}"
                                " (angiv omkostningssted for et bestemt)")
    return found


@get("/budget/{aar:int}", include_in_schema=False, sync_to_thread=True)
def budget_page(store: Store, aar: FromPath[int],
                omkostningssted: FromQuery[str | None] = None) -> Template:
    periods = store.budget_periods()
    omkostningssted = _pick(periods, aar, omkostningssted)
    if omkostningssted is None:
        return Template("budget.html", context={
            "t": None, "aar": aar, "sted": None, "takster": store.rate_decisions(aar),
            **_picker(periods, aar, None, "/budget")})
    table = store.budget(aar, omkostningssted)
    chart = Markup(store.budget_chart_svg(aar, omkostningssted)) if table.lines else ""
    return Template("budget.html", context={
        "t": table, "chart": chart, "aar": aar, "sted": omkostningssted,
        "historik": store.budget_history(aar, omkostningssted),
        "noegler": store.sharing_rules(cost_centre=omkostningssted),
        "takster": store.rate_decisions(aar),
        **_picker(periods, aar, omkostningssted, "/budget")})


@get("/api/budget/{aar:int}", sync_to_thread=True, tags=["budget"],
     summary="Budget mod regnskab", responses=FOUND_ERRORS)
def api_budget(store: Store, aar: Year,
               omkostningssted: FromQuery[str | None] = None) -> Any:
    """Budget against accounts (``socialaftale budget --format json``); without
    ``omkostningssted`` the record's first cost centre with a budget that year (404: none)."""
    return to_data(store.budget(aar, _chosen(store, aar, omkostningssted, shares=False)))


@get("/fordeling/{aar:int}", include_in_schema=False, sync_to_thread=True)
def shares_page(store: Store, aar: FromPath[int],
                omkostningssted: FromQuery[str | None] = None) -> Template:
    periods = store.share_periods()
    omkostningssted = _pick(periods, aar, omkostningssted)
    shares = store.shares(aar, omkostningssted) if omkostningssted else ()
    chart = (Markup(store.shares_chart_svg(aar, omkostningssted))
             if shares and omkostningssted else "")
    people = sum(s.befolkning for s in shares)
    rows = [(s, Decimal(s.befolkning) / people if people else None) for s in shares]
    return Template("fordeling.html", context={
        "rows": rows, "chart": chart, "aar": aar, "sted": omkostningssted,
        "befolkning": people, "i_alt": sum((s.beloeb for s in shares), Decimal(0)),
        "metode": shares[0].metode if shares else None,
        **_picker(periods, aar, omkostningssted, "/fordeling")})


@get("/api/fordeling/{aar:int}", sync_to_thread=True, tags=["budget"],
     summary="Hvem betaler hvad", responses=FOUND_ERRORS)
def api_shares(store: Store, aar: Year,
               omkostningssted: FromQuery[str | None] = None) -> list[Any]:
    """Each municipality's share by population (``socialaftale shares --format json``);
    without ``omkostningssted`` the record's first cost centre with a split that year."""
    sted = _pick(store.share_periods(), aar, omkostningssted)
    return [to_data(s) for s in store.shares(aar, sted)] if sted else []


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
