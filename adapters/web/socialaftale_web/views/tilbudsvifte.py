"""The tilbudsvifte on a date (with the audit view "as known then"), an offer's timeline,
the changes between two dates, and a municipality's submissions for its own offers.

Filters and sorting are query parameters, so every view has a stable URL to mail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from attrs import frozen
from litestar import Request, get, post
from litestar.enums import RequestEncodingType
from litestar.params import Body, FromPath, FromQuery, QueryParameter
from litestar.response import Redirect, Template

from socialaftale import ConcurrencyConflict, DomainError, Provenance, Source, tilbudsvifte, to_data

from .common import (
    CHANGES_ERRORS,
    FOUND_ERRORS,
    READ_ERRORS,
    WRITE_ERRORS,
    Caller,
    Store,
    ViewError,
    form_date,
    form_int,
    in_thread,
    require_acting_for,
)
from .paging import counted, page_bounds
from .present import dato as long_date
from .present import linked_text

__all__ = ["api_changes", "api_offer", "api_submit", "api_vifte", "changes_page",
           "offer_page", "submit_form", "vifte_page"]

AsOf = Annotated[date | None, QueryParameter(description="datoen (standard: i dag)")]
Direction = Literal["op", "ned"]

def _offers(store: Any, as_of: date | None, driftsherre: str | None,
            lovgrundlag: str | None, kategori: int | None,
            forstaerket: Literal["ja", "nej", "ukendt"] | None) -> list[Any]:
    """The offers on ``as_of``; as the record knew them on a day when ``store`` is the view
    that ``?kendt=``/``?verden=`` gave (app.py)."""
    return _filtered(store.tilbudsvifte(as_of or date.today()), driftsherre, lovgrundlag,
                     kategori, forstaerket)


def _filtered(offers: Sequence[Any], driftsherre: str | None, lovgrundlag: str | None,
              kategori: int | None,
              forstaerket: Literal["ja", "nej", "ukendt"] | None) -> list[Any]:
    """The offers the filters keep, in the order given."""
    kept = list(offers)
    if driftsherre:
        wanted_by = driftsherre.casefold()
        kept = [o for o in kept if o.driftsherre.casefold() == wanted_by]
    if lovgrundlag:
        basis = lovgrundlag.replace(" ", "")
        kept = [o for o in kept if basis in o.lovgrundlag_tekst.replace(" ", "")]
    if kategori is not None:
        kept = [o for o in kept if o.kategori == kategori]
    if forstaerket:
        wanted = {"ja": True, "nej": False, "ukendt": None}[forstaerket]
        kept = [o for o in kept if o.forstaerket_samarbejde is wanted]
    return kept


VIFTE_SIDE = 100
"""Offers on a page of the tilbudsvifte: the national vifte has thousands."""


@get("/tilbudsvifte", include_in_schema=False, sync_to_thread=True)
def vifte_page(store: Store, principal: Caller, request: Request[Any, Any, Any],
               dato: FromQuery[str | None] = None,
               driftsherre: FromQuery[str | None] = None,
               lovgrundlag: FromQuery[str | None] = None, kategori: FromQuery[str | None] = None,
               forstaerket: FromQuery[str | None] = None, sorter: FromQuery[str | None] = None,
               retning: FromQuery[str | None] = None, side: FromQuery[int] = 1,
               pr_side: FromQuery[int | None] = None) -> Template:
    """One page of the vifte, sorted and filtered over all of it: the totals count every
    offer the filters keep; the CSV/XLSX download (hent.py) stays the whole vifte. Only
    the page's offers are read (``tilbudsvifte_side``): names sort without regard to case,
    ties and missing values last in the vifte's own order, as every list's columns do."""
    day = form_date(dato, "dato") or date.today()
    category = form_int(kategori, "kategori")
    fs = forstaerket if forstaerket in ("ja", "nej", "ukendt") else None
    direction: Direction = "ned" if retning == "ned" else "op"
    used = sorter if sorter in store.VIFTE_SORT else "driftsherre"
    offset, size = page_bounds(side, pr_side, VIFTE_SIDE)
    found = store.tilbudsvifte_side(
        day, driftsherre=driftsherre or None, lovgrundlag=lovgrundlag or None,
        kategori=category, forstaerket={"ja": True, "nej": False, "ukendt": None}.get(
            fs or "", "alle"), sorter=used, faldende=direction == "ned",
        offset=offset, limit=size)
    params = {"dato": day.isoformat(), "driftsherre": driftsherre or None,
              "lovgrundlag": lovgrundlag or None, "kategori": category, "forstaerket": fs}
    kept = {k: None if v is None else str(v) for k, v in params.items()}
    kept.update({"kendt": request.query_params.get("kendt"),
                 "verden": request.query_params.get("verden"),
                 "sorter": sorter and used, "retning": retning and direction})
    page = counted(found.antal, found.tilbud, side, pr_side, kept, standard=VIFTE_SIDE)
    return Template("tilbudsvifte.html", context={
        "rows": list(page.items), "sider": page, "sti": "/tilbudsvifte",
        "dato": day, "params": params, "sorter": used,
        "retning": direction, "driftsherrer": list(found.driftsherrer),
        "principal": principal})


@get("/api/tilbudsvifte", sync_to_thread=True, tags=["tilbudsvifte"],
     summary="Tilbudsviften på en dato", responses=READ_ERRORS)
def api_vifte(store: Store, dato: AsOf = None,
              driftsherre: FromQuery[str | None] = None, lovgrundlag: FromQuery[str | None] = None,
              kategori: FromQuery[int | None] = None,
              forstaerket: FromQuery[Literal["ja", "nej", "ukendt"] | None] = None) -> list[Any]:
    """The offers in the tilbudsvifte (the shape of ``socialaftale tilbudsvifte --format
    json``), optionally as the record knew it on ``kendt``."""
    return [to_data(o) for o in _offers(store, dato, driftsherre, lovgrundlag,
                                        kategori, forstaerket)]


def _history(store: Any, key: str) -> tuple[str, list[Any]]:
    key = key.lstrip("/")
    try:
        posts = list(store.tilbud_history(key))
    except DomainError as err:
        raise ViewError(err.message, status_code=404) from None
    return store.tilbud_key(key), posts


KEY = re.compile(r"(?<![\w/-])([a-zæøå0-9]+(?:-[a-zæøå0-9]+)*/[a-zæøå0-9]+(?:-[a-zæøå0-9]+)*)")


def last_known(store: Any, key: str) -> Any | None:
    """The offer as the tilbudsvifte last held it (its name for a closed offer's page)."""
    return store.tilbud_last_known(key)


def _links(store: Any, key: str, posts: Any) -> dict[str, tuple[str, str]]:
    """Every other offer a summary names by its key, with the name it had."""
    links: dict[str, tuple[str, str]] = {}
    for other in sorted({k for p in posts for k in KEY.findall(p.summary)} - {key}):
        found = last_known(store, other)
        if found is not None:
            links[other] = (f"/tilbud/{other}", found.navn)
    return links


@get("/tilbud/{key:path}", include_in_schema=False)
async def offer_page(store: Store, principal: Caller, key: FromPath[str]) -> Template:
    return await in_thread(_offer_page, store, principal, key)


def _offer_page(store: Any, principal: Any, key: str) -> Template:
    key, posts = _history(store, key)
    today = date.today()
    now = [o for o in store.tilbudsvifte(today) if o.key == key]
    latest = now[0] if now else None
    known = latest or last_known(store, key)
    links = _links(store, key, posts)
    return Template("tilbud.html", context={
        "key": key, "posts": posts, "latest": latest, "known": known,
        "summaries": [linked_text(p.summary, links) for p in posts],
        "may_submit": latest is not None and principal.may_act_for(latest.driftsherre),
        "principal": principal, "aar": today.year + 1})


@get("/api/tilbud/{key:path}", tags=["tilbudsvifte"],
     summary="Et tilbuds historik", responses=FOUND_ERRORS)
async def api_offer(store: Store, key: FromPath[str]) -> list[Any]:
    """Every fact about one offer with its source and decision (``socialaftale tilbud``)."""
    return await in_thread(_offer_data, store, key)


def _offer_data(store: Any, key: str) -> list[Any]:
    return [to_data(p) for p in _history(store, key)[1]]


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "ukendt"
    if isinstance(value, bool):
        return "ja" if value else "nej"
    return str(value)


def change_details(change: Any) -> list[str]:
    """What changed in an offer, field by field: "pladser 27 → 25" (as the CLI shows it)."""
    return [f"{label} {_shown(before)} → {_shown(after)}"
            for label, before, after in change.felter()]


def _in_order(start: date, end: date) -> None:
    if start > end:
        raise ViewError(
            f"Ugyldig forespørgsel: 'fra' ({long_date(start)}) ligger efter 'til' "
            f"({long_date(end)}). Byt om på datoerne.", status_code=400)


@get("/aendringer", include_in_schema=False, sync_to_thread=True)
def changes_page(store: Store, fra: FromQuery[str | None] = None,
                 til: FromQuery[str | None] = None) -> Template:
    start = form_date(fra, "fra") or date(date.today().year, 1, 1)
    end = form_date(til, "til") or date.today()
    _in_order(start, end)
    changes = store.tilbud_changes(start, end)
    return Template("aendringer.html", context={
        "c": changes, "fra": start, "til": end,
        "detaljer": [change_details(a) for a in changes.aendret],
        "navne": _names(store, changes), "beslutninger": _decisions(changes)})


def _names(store: Any, changes: Any) -> dict[str, str]:
    """The name of every offer a change of the period concerns (a closed one's last name)."""
    names = {o.key: o.navn for o in (*changes.ind, *changes.ud)}
    names.update({a.key: a.efter.navn for a in changes.aendret})
    for fact in changes.fakta:
        if fact.key not in names and (found := last_known(store, fact.key)) is not None:
            names[fact.key] = found.navn
    return names


def _decisions(changes: Any) -> dict[str, list[tuple[Any, str | None]]]:
    """Per offer, the decisions behind its changes of the period (each once, in order), so
    that what came in, left or changed links the decision that did it; with the other body
    that decided, where the meeting only mentions it (``besluttet_af``)."""
    found: dict[str, list[tuple[Any, str | None]]] = {}
    for fact in changes.fakta:
        if fact.decision is not None:
            refs = found.setdefault(fact.key, [])
            if (fact.decision, fact.besluttet_af) not in refs:
                refs.append((fact.decision, fact.besluttet_af))
    return found


@get("/api/aendringer", sync_to_thread=True, tags=["tilbudsvifte"],
     summary="Ændringer i tilbudsviften mellem to datoer", responses=CHANGES_ERRORS)
def api_changes(store: Store, fra: FromQuery[date], til: FromQuery[date]) -> Any:
    """What came in, left and changed (``socialaftale changes --format json``);
    ``fra`` must not lie after ``til``."""
    _in_order(fra, til)
    return to_data(store.tilbud_changes(fra, til))


@frozen
class Indsendelse:
    """A municipality's submission about one of its own offers: a request to leave or
    enter the tilbudsvifte for a year, or a rate for a service."""

    art: Literal["udmelding", "indmelding", "takst"]
    aar: int
    begrundelse: str | None = None
    ydelse: str | None = None
    beloeb: str | None = None
    enhed: Literal["døgn", "måned", "time", "dag", "år", "ydelse"] | None = None


@frozen
class Modtaget:
    key: str
    art: str
    haendelser: int


def _submit(store: Any, principal: Any, key: str, data: Indsendelse) -> Modtaget:
    key, _ = _history(store, key)
    offers = [o for o in store.tilbudsvifte(date.today()) if o.key == key]
    if not offers:
        raise ViewError(f"tilbuddet {key} er ikke i tilbudsviften i dag", status_code=404)
    require_acting_for(principal, offers[0].driftsherre, "indsende for dette tilbud")
    today = date.today()
    prov = Provenance(today, Source(f"indsendt via web af {principal.describe()}"))
    request_id = f"{key.replace('/', '-')}-{data.art}-{data.aar}-{today.isoformat()}"
    try:
        if data.art == "udmelding":
            command: Any = tilbudsvifte.RequestUdmelding(
                key=key, request_id=request_id, aar=data.aar, modtaget=today,
                begrundelse=(data.begrundelse,) if data.begrundelse else (), provenance=prov)
        elif data.art == "indmelding":
            command = tilbudsvifte.RequestIndmelding(key=key, request_id=request_id,
                                                     aar=data.aar, modtaget=today,
                                                     provenance=prov)
        else:
            if not (data.ydelse and data.beloeb and data.enhed):
                raise ViewError("en takst skal have ydelse, beløb og enhed", status_code=400)
            command = tilbudsvifte.SetTakst(key=key, aar=data.aar, ydelse=data.ydelse,
                                            beloeb=_amount(data.beloeb), enhed=data.enhed,
                                            modtaget=today, provenance=prov)
        recorded = store.record(command, by=principal.describe())
    except DomainError as err:
        raise ViewError(f"{REFUSED[data.art]} for {data.aar} af {offers[0].navn} er afvist: "
                        f"{err.message}. Intet er gemt.", status_code=409) from None
    except ConcurrencyConflict:
        raise ViewError(f"{REFUSED[data.art]} for {data.aar} af {offers[0].navn} blev ikke "
                        "gemt: en anden registrerede for tilbuddet i samme øjeblik. Intet er "
                        "gemt; send den igen.", status_code=409) from None
    return Modtaget(key, data.art, len(recorded))


REFUSED = {"udmelding": "Udmeldingen", "indmelding": "Indmeldingen", "takst": "Taksten"}


def _amount(text: str) -> Decimal:
    from socialaftale import parse_kroner

    try:
        return parse_kroner(text)
    except DomainError as err:
        raise ViewError(err.message, status_code=400) from None


@post("/tilbud/{key:path}", include_in_schema=False, status_code=303)
async def submit_form(store: Store, principal: Caller, key: FromPath[str], data: Annotated[
        dict[str, str], Body(media_type=RequestEncodingType.URL_ENCODED)]) -> Redirect:
    return await in_thread(_submit_form, store, principal, key, data)


def _submit_form(store: Any, principal: Any, key: str, data: dict[str, str]) -> Redirect:
    try:
        done = _submit(store, principal, key, _from_form(data))
    except ViewError as err:
        raise err.going_back(f"/tilbud/{key.lstrip('/')}", "Tilbage til tilbuddet") from None
    return Redirect(f"/tilbud/{done.key}?modtaget={done.art}", status_code=303)


def _from_form(data: dict[str, str]) -> Indsendelse:
    try:
        submission = Indsendelse(
            art=data.get("art", ""),  # type: ignore[arg-type]
            aar=int(data.get("aar", "0")), begrundelse=data.get("begrundelse") or None,
            ydelse=data.get("ydelse") or None, beloeb=data.get("beloeb") or None,
            enhed=data.get("enhed") or None)  # type: ignore[arg-type]
    except ValueError:
        raise ViewError("året skal være et tal", status_code=400) from None
    if submission.art not in ("udmelding", "indmelding", "takst"):
        raise ViewError("vælg udmelding, indmelding eller takst", status_code=400)
    return submission


@post("/api/tilbud/{key:path}", tags=["tilbudsvifte"],
      summary="Indsend ud-/indmelding eller takst for eget tilbud", status_code=201,
      security=[{"noegle": []}],
      responses=WRITE_ERRORS)
async def api_submit(store: Store, principal: Caller, key: FromPath[str],
                     data: Annotated[Indsendelse, Body()]) -> Modtaget:
    """A municipality submits for the offers it runs (the secretariat for any)."""
    return await in_thread(_submit, store, principal, key, data)
