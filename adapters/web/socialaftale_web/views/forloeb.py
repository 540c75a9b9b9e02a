"""Cases across bodies ("sager på tværs af organer"): the list, and a page per case with its
timeline across bodies and each round's table of councils (approved, with remarks, rejected,
missing, overdue) on any date (``?paa=ÅÅÅÅ-MM-DD``)."""

from __future__ import annotations

from typing import Any

from litestar import get
from litestar.params import FromPath, FromQuery
from litestar.response import Template

from socialaftale import DomainError, to_data

from .common import FOUND_ERRORS, READ_ERRORS, Store, ViewError, form_date

__all__ = ["api_approvals", "api_case", "api_cases", "case_page", "cases_page"]


@get("/forloeb", include_in_schema=False, sync_to_thread=True)
def cases_page(store: Store) -> Template:
    found = store.cases()
    return Template("forloeb.html", context={"sager": [
        (c, sorted(dict.fromkeys(b.organ for b in c.behandlinger)),
         sum(1 for r in c.runder for x in r.raad if x.afventer)) for c in found]})


def _case(store: Any, forloeb: str, paa: str | None) -> Any:
    found = store.case(forloeb, on=form_date(paa, "paa"))
    if found is None:
        raise ViewError(f"ukendt sag '{forloeb}' (regel: ukendt-forloeb)", status_code=404)
    return found


@get("/forloeb/{forloeb:str}", include_in_schema=False, sync_to_thread=True)
def case_page(store: Store, forloeb: FromPath[str], paa: FromQuery[str | None] = None
              ) -> Template:
    found = _case(store, forloeb, paa)
    dated = [b for b in found.behandlinger if b.dato is not None]
    return Template("forloeb_sag.html", context={
        "sag": found, "daterede": dated,
        "udaterede": [b for b in found.behandlinger if b.dato is None],
        "strategi": store.strategy(found.periode) if found.periode else None,
        "aftaledele": {r: (a, d, navn) for r, a, d, navn in store.agreement_parts_of(forloeb)},
        "paa": form_date(paa, "paa")})


@get("/api/forloeb", sync_to_thread=True, tags=["sager på tværs"],
     summary="Sager på tværs af organer", responses=READ_ERRORS)
def api_cases(store: Store) -> list[Any]:
    """Every case with its treatments and rounds (``socialaftale cases --format json``)."""
    return [to_data(c) for c in store.cases()]


@get("/api/forloeb/{forloeb:str}", sync_to_thread=True, tags=["sager på tværs"],
     summary="Én sag på tværs af organer", responses=FOUND_ERRORS)
def api_case(store: Store, forloeb: FromPath[str], paa: FromQuery[str | None] = None
             ) -> dict[str, Any]:
    """One case; its councils' states on ``paa`` (``socialaftale case ID --on``)."""
    data: dict[str, Any] = to_data(_case(store, forloeb, paa))
    return data


@get("/api/godkendelser", sync_to_thread=True, tags=["sager på tværs"],
     summary="Rådenes godkendelser", responses=READ_ERRORS)
def api_approvals(store: Store, afventer: FromQuery[bool] = False,
                  raad: FromQuery[str | None] = None,
                  paa: FromQuery[str | None] = None) -> list[Any]:
    """Every council in every round (``socialaftale approvals``): ``afventer`` only those
    still awaited, ``raad`` one council."""
    try:
        found = store.approvals(pending=afventer, council=raad, on=form_date(paa, "paa"))
    except DomainError as err:
        raise ViewError(f"Ugyldig forespørgsel: felt 'raad': {err.message} (regel: "
                        f"{err.rule})", status_code=400) from None
    return [to_data(g) for g in found]
