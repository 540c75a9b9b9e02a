"""The agreement itself: /aftaler lists the agreements of each period, /aftaler/{id} shows one
with its parties, vision and fokusområder, parts and each part's rounds council by council
(``?paa=ÅÅÅÅ-MM-DD``: the councils' states on that date)."""

from __future__ import annotations

from typing import Any

from litestar import get
from litestar.params import FromPath, FromQuery
from litestar.response import Template

from socialaftale import to_data

from .common import FOUND_ERRORS, READ_ERRORS, Store, ViewError, form_date

__all__ = ["agreement_page", "agreements_page", "api_agreement", "api_agreements"]


@get("/aftaler", include_in_schema=False, sync_to_thread=True)
def agreements_page(store: Store) -> Template:
    return Template("aftaler.html", context={"aftaler": store.agreements()})


def _agreement(store: Any, aftale: str, paa: str | None) -> Any:
    found = store.agreement(aftale, on=form_date(paa, "paa"))
    if found is None:
        raise ViewError(f"ukendt aftale '{aftale}' (regel: ukendt-aftale)", status_code=404)
    return found


@get("/aftaler/{aftale:str}", include_in_schema=False, sync_to_thread=True)
def agreement_page(store: Store, aftale: FromPath[str], paa: FromQuery[str | None] = None
                   ) -> Template:
    return Template("aftale.html", context={"aftale": _agreement(store, aftale, paa),
                                            "paa": form_date(paa, "paa")})


@get("/api/aftaler", sync_to_thread=True, tags=["aftaler"],
     summary="Aftalerne pr. periode", responses=READ_ERRORS)
def api_agreements(store: Store) -> list[Any]:
    """Every agreement with its parties, parts and rounds (``socialaftale agreements``)."""
    return [to_data(a) for a in store.agreements()]


@get("/api/aftaler/{aftale:str}", sync_to_thread=True, tags=["aftaler"],
     summary="Én aftale", responses=FOUND_ERRORS)
def api_agreement(store: Store, aftale: FromPath[str], paa: FromQuery[str | None] = None
                  ) -> dict[str, Any]:
    """One agreement; its parts' councils on ``paa`` (``socialaftale agreement ID --on``)."""
    data: dict[str, Any] = to_data(_agreement(store, aftale, paa))
    return data
