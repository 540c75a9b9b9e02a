"""Prepare a meeting in the browser (issue 20): plan it, build its dagsorden item by item with
bilag files, and send it out ("udsend"); after that every change (an item added, withdrawn or
moved, a bilag attached) is an amendment with a reason.

Only the secretariat. Every form carries the meeting stream's version it was opened at and is
saved against it (:func:`socialaftale.record_at`): a save after someone else's is refused with
409, the other's change shown and the user's own input kept in the form. Every field error is
shown at once beside its field (422); nothing is recorded on any error.
"""

from __future__ import annotations

import base64
import binascii
from datetime import date
from typing import Annotated, Any, Literal

import attrs
from attrs import Factory, frozen
from litestar import Response, get, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.openapi.datastructures import ResponseSpec
from litestar.params import Body, FromPath
from litestar.response import Redirect, Template
from litestar.types import ControllerRouterHandler

from socialaftale import (
    DANISH_TIME,
    MAX_BILAG_BYTES,
    ConcurrencyConflict,
    DomainError,
    Provenance,
    Source,
    StaleVersion,
    agenda_amendments,
    agenda_at,
    attach_bilag,
    bilag_files_of,
    changes_since,
    meetings,
    record_at,
)

from .common import (
    FOUND_ERRORS,
    GUARDED_ERRORS,
    WRITE_ERRORS,
    Caller,
    ErrorBody,
    Store,
    ViewError,
    in_thread,
    require_secretariat,
)

__all__ = ["routes"]

WHAT = "forberede møder"
STALE = "ændret af en anden siden du åbnede siden"
Form = Annotated[dict[str, str], Body(media_type=RequestEncodingType.URL_ENCODED)]
Multipart = Annotated[dict[str, Any], Body(media_type=RequestEncodingType.MULTI_PART)]

_FIELDS = {"body": "forum", "møde": "forum", "meeting_id": "dato", "dato": "dato",
           "grund": "grund", "punkter": "nummer", "tilfoejet": "nummer", "udgaaet": "nummer",
           "punkt": "nummer", "fil": "fil"}
"""The form field a domain error's field is shown beside."""


def _field_of(err: DomainError) -> str:
    name = err.field or ""
    for part in ("titel", "indstilling", "sagsfremstilling", "tid", "sted"):
        if part in name:
            return part
    return _FIELDS.get(name.split(".")[0].split("[")[0], "generelt")


def _today(store: Any) -> date:
    day: date = store.clock().astimezone(DANISH_TIME).date()
    return day


def _provenance(store: Any) -> Provenance:
    return Provenance(_today(store), Source("forberedelse i browseren"))


# -- the list of meetings in preparation and the plan form -------------------------------------


def _overview(store: Any, *, values: dict[str, str] | None = None,
              fejl: dict[str, str] | None = None, status: int = 200) -> Template:
    drafts = [m for m in store.meetings() if m.udkast]
    upcoming = [m for m in store.meetings() if not m.udkast and not m.planlagt
                and m.dato >= _today(store)]
    return Template("forberedelse.html", status_code=status, context={
        "udkast": drafts, "kommende": upcoming, "v": values or {}, "fejl": fejl or {}})


@get("/forberedelse", include_in_schema=False)
async def overview(store: Store, principal: Caller) -> Template:
    require_secretariat(principal, WHAT)
    return await in_thread(_overview, store)


@post("/forberedelse", include_in_schema=False, status_code=303)
async def plan(store: Store, principal: Caller, data: Form) -> Response[Any]:
    return await in_thread(_plan, store, principal, data)


def _plan(store: Any, principal: Any, data: dict[str, str]) -> Response[Any]:
    require_secretariat(principal, WHAT)
    v = {k: str(data.get(k, "")).strip() for k in ("forum", "dato", "tid", "sted")}
    mid, fejl, status = _record_plan(store, principal, v)
    if fejl:
        return _overview(store, values=v, fejl=fejl, status=status)
    return Redirect(f"/forberedelse/{mid}", status_code=303)


def _record_plan(store: Any, principal: Any,
                 v: dict[str, str]) -> tuple[str, dict[str, str], int]:
    """Schedule the meeting with an empty draft agenda: (its id, {}, 201), or nothing
    recorded and (``""``, every field's error, the status) — the form's and the API's rules."""
    fejl: dict[str, str] = {}
    if not v["forum"]:
        fejl["forum"] = "Angiv forummet (fx DAS eller Socialdirektørkredsen)."
    dato: date | None = None
    if not v["dato"]:
        fejl["dato"] = "Angiv mødets dato (ÅÅÅÅ-MM-DD)."
    else:
        try:
            dato = date.fromisoformat(v["dato"])
        except ValueError:
            fejl["dato"] = f"'{v['dato']}' er ikke en gyldig dato (ÅÅÅÅ-MM-DD)."
    if fejl or dato is None:
        return "", fejl, 422
    mid = meetings.meeting_id_for(v["forum"], dato)
    p = _provenance(store)
    try:
        store.record(
            meetings.ScheduleMeeting(meeting_id=mid, body=v["forum"], dato=dato,
                                     tid=v["tid"] or None, sted=v["sted"] or None, provenance=p),
            meetings.ProposeAgenda(meeting_id=mid, punkter=(), udkast=True, provenance=p),
            by=principal.describe())
    except DomainError as err:
        fejl[_field_of(err)] = f"{_cap(err.message)} (regel {err.rule}). Intet er gemt."
        return "", fejl, 409 if err.rule == "moede-dobbelt" else 422
    return mid, {}, 201


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# -- one meeting's dagsorden ------------------------------------------------------------------


def _agenda(store: Any, meeting_id: str) -> Any:
    found = agenda_at(store, meeting_id)
    if found is None:
        raise ViewError(f"ukendt møde '{meeting_id}'", status_code=404)
    return found


def _editor(store: Any, meeting_id: str, *, form: str | None = None,
            values: dict[str, str] | None = None, fejl: dict[str, str] | None = None,
            status: int = 200, stale: list[Any] | None = None, bilaggrund: str = "") -> Template:
    agenda = _agenda(store, meeting_id)
    meeting = store.meeting(meeting_id)
    numbers = {p.nummer for p in agenda.punkter}
    if form is not None and form not in numbers and form not in ("ny", "udsend"):
        form = "ny"  # the item was removed meanwhile: the user's input goes to a new item
    return Template("forberedelse_moede.html", status_code=status, context={
        "m": meeting, "a": agenda, "form": form, "v": values or {}, "fejl": fejl or {},
        "filer": bilag_files_of(store, meeting_id), "stale": stale,
        "stale_text": STALE, "aendringer": agenda_amendments(store, meeting_id),
        "bilaggrund": bilaggrund})


@get("/forberedelse/{meeting_id:str}", include_in_schema=False)
async def editor(store: Store, principal: Caller, meeting_id: FromPath[str]) -> Template:
    require_secretariat(principal, WHAT)
    return await in_thread(_editor, store, meeting_id)


def _version(data: dict[str, str]) -> int:
    try:
        return int(str(data.get("version", "")).strip())
    except ValueError:
        raise ViewError("Formularen mangler feltet 'version' (den version af mødet, siden "
                        "blev åbnet ved). Genindlæs siden. Intet er gemt.",
                        status_code=400) from None


def _stale(store: Any, meeting_id: str, version: int, form: str,
           values: dict[str, str]) -> Template:
    """409: someone saved since the form was opened; their change shown, the input kept."""
    return _editor(store, meeting_id, form=form, values=values, status=409,
                   stale=changes_since(store, meeting_id, version))


_ITEM_FIELDS = ("gammelt", "nummer", "titel", "sagsfremstilling", "indstilling", "grund",
                "handling")


@post("/forberedelse/{meeting_id:str}/punkt", include_in_schema=False, status_code=303)
async def save_item(store: Store, principal: Caller, meeting_id: FromPath[str],
                    data: Form) -> Response[Any]:
    return await in_thread(_save_item, store, principal, meeting_id, data)


def _text(value: str) -> str:
    return "\n".join(line.rstrip() for line in value.replace("\r\n", "\n").split("\n")).strip()


def _save_item(store: Any, principal: Any, meeting_id: str,
               data: dict[str, str]) -> Response[Any]:
    require_secretariat(principal, WHAT)
    version = _version(data)
    v = {k: _text(str(data.get(k, ""))) for k in _ITEM_FIELDS}
    form = v["gammelt"] or "ny"
    agenda = _agenda(store, meeting_id)
    if agenda.version != version:
        return _stale(store, meeting_id, version, form, v)
    command, fejl = _item_change(agenda, v, _provenance(store))
    if command is None and not fejl:  # the item was removed meanwhile
        return _stale(store, meeting_id, version, form, v)
    if fejl:
        return _editor(store, meeting_id, form=form, values=v, fejl=fejl, status=422)
    return _record(store, principal, meeting_id, version, command, form, v,
                   f"#punkt-{v['nummer'] or 'ny'}" if v["handling"] == "gem" else "")


def _item_change(agenda: Any, v: dict[str, str],
                 prov: Provenance) -> tuple[Any | None, dict[str, str]]:
    """The command a save of one item makes (a new draft, or after sending an amendment),
    or each field's error; (None, {}) when the item named is no longer on the agenda. The
    form's and the API's rules alike."""
    handling = v["handling"] = v["handling"] or "gem"
    old = v["gammelt"]
    items = list(agenda.punkter)
    index = next((i for i, p in enumerate(items) if p.nummer == old), None)
    if old and index is None:
        return None, {}
    files = {n for n, _sha in agenda.filer}
    fejl: dict[str, str] = {}
    if not agenda.udkast and not v["grund"]:
        fejl["grund"] = ("Dagsordenen er udsendt: en ændring skal have en grund (regel "
                         "aendring-uden-grund).")
    if handling in ("op", "ned"):
        if index is None:
            raise ViewError("Angiv hvilket punkt der skal flyttes. Intet er gemt.")
        else:
            to = index - 1 if handling == "op" else index + 1
            if 0 <= to < len(items):
                items[index], items[to] = items[to], items[index]
    elif handling == "fjern":
        if index is None:
            raise ViewError("Angiv hvilket punkt der skal fjernes. Intet er gemt.")
        if old in files:
            fejl["nummer"] = (f"Punkt {old} har vedhæftede bilag og kan ikke fjernes (regel "
                              "bilag-paa-punkt).")
        del items[index]
    elif handling == "gem":
        if not v["nummer"]:
            fejl["nummer"] = "Angiv punktets nummer (fx 3 eller 3a)."
        elif v["nummer"] != old and any(p.nummer == v["nummer"] for p in items):
            fejl["nummer"] = (f"Punkt {v['nummer']} står allerede på dagsordenen (regel "
                              "punkt-dobbelt).")
        elif old and v["nummer"] != old and old in files:
            fejl["nummer"] = (f"Punkt {old} har vedhæftede bilag; dets nummer kan ikke ændres "
                              "(regel bilag-paa-punkt).")
        if not v["titel"]:
            fejl["titel"] = "Angiv punktets titel."
        base = items[index] if index is not None else meetings.Punkt(v["nummer"], v["titel"])
        punkt = attrs.evolve(
            base, nummer=v["nummer"], titel=v["titel"],
            sagsfremstilling=v["sagsfremstilling"] or None,
            indstilling=tuple(x.strip() for x in v["indstilling"].split("\n") if x.strip()))
        if index is None:
            items.append(punkt)
        else:
            items[index] = punkt
    else:
        raise ViewError(f"ukendt handling '{handling}'. Intet er gemt.")
    if fejl:
        return None, fejl
    if agenda.udkast:
        command: Any = meetings.ProposeAgenda(meeting_id=agenda.meeting_id,
                                              punkter=tuple(items), udkast=True, provenance=prov)
    else:
        moved = handling in ("op", "ned")
        gone = (old,) if old and not moved else ()
        added = tuple(x for x in items if handling == "gem" and x.nummer == v["nummer"])
        order = tuple(x.nummer for x in items) if moved else ()
        command = meetings.AmendAgenda(meeting_id=agenda.meeting_id, udgaaet=gone,
                                       tilfoejet=added, grund=v["grund"], raekkefoelge=order,
                                       provenance=prov)
    return command, {}


def _record(store: Any, principal: Any, meeting_id: str, version: int, command: Any,
            form: str, v: dict[str, str], anchor: str) -> Response[Any]:
    try:
        record_at(store, meeting_id, version, [command], by=principal.describe())
    except StaleVersion:
        return _stale(store, meeting_id, version, form, v)
    except ConcurrencyConflict:
        return _stale(store, meeting_id, version, form, v)
    except DomainError as err:
        fejl = {_field_of(err): f"{_cap(err.message)} (regel {err.rule}). Intet er gemt."}
        return _editor(store, meeting_id, form=form, values=v, fejl=fejl, status=422)
    return Redirect(f"/forberedelse/{meeting_id}{anchor}", status_code=303)


@post("/forberedelse/{meeting_id:str}/udsend", include_in_schema=False, status_code=303)
async def send(store: Store, principal: Caller, meeting_id: FromPath[str],
               data: Form) -> Response[Any]:
    return await in_thread(_send, store, principal, meeting_id, data)


def _send(store: Any, principal: Any, meeting_id: str, data: dict[str, str]) -> Response[Any]:
    require_secretariat(principal, WHAT)
    version = _version(data)
    agenda = _agenda(store, meeting_id)
    if agenda.version != version:
        return _stale(store, meeting_id, version, "udsend", {})
    command = meetings.SendAgenda(meeting_id=meeting_id, dato=_today(store),
                                  provenance=_provenance(store))
    return _record(store, principal, meeting_id, version, command, "udsend", {}, "")


@post("/forberedelse/{meeting_id:str}/bilag", include_in_schema=False, status_code=303,
      request_max_body_size=MAX_BILAG_BYTES + 64 * 1024)
async def upload(store: Store, principal: Caller, meeting_id: FromPath[str],
                 data: Multipart) -> Response[Any]:
    return await in_thread(_upload, store, principal, meeting_id, data)


def _upload(store: Any, principal: Any, meeting_id: str, data: dict[str, Any]) -> Response[Any]:
    require_secretariat(principal, WHAT)
    _agenda(store, meeting_id)
    punkt = str(data.get("punkt") or "").strip()
    grund = _text(str(data.get("grund") or "")) or None
    fil = data.get("fil")
    if not isinstance(fil, UploadFile) or not fil.filename:
        return _editor(store, meeting_id, form=punkt, fejl={"fil": "Vælg en fil at vedhæfte."},
                       status=422)
    try:
        attach_bilag(store, meeting_id, punkt, fil.filename, fil.file.read(MAX_BILAG_BYTES + 1),
                     by=principal.describe(), grund=grund)
    except DomainError as err:
        too_big = err.rule == "bilag-for-stort"
        return _editor(store, meeting_id, form=punkt, status=413 if too_big else 422,
                       bilaggrund=grund or "", fejl={
            "bilaggrund" if err.rule == "aendring-uden-grund" else "fil":
            f"{_cap(err.message)} (regel {err.rule}). Intet er gemt."})
    except ConcurrencyConflict:
        return _editor(store, meeting_id, form=punkt, status=409, fejl={
            "fil": "En anden registrerede samtidig på mødet; prøv igen. Intet er gemt."})
    return Redirect(f"/forberedelse/{meeting_id}#punkt-{punkt}", status_code=303)


# -- the same as a JSON API (token auth, as the other /api writes) ----------------------------


@frozen
class NytMoede:
    """A meeting to plan: forum, date (ÅÅÅÅ-MM-DD), and time and place where known."""

    forum: str
    dato: str
    tid: str | None = None
    sted: str | None = None


@frozen
class Punktaendring:
    """One save of an item, as the form makes it: ``gammelt`` the item's number now (empty
    for a new item), ``handling`` what to do with it, ``version`` the stream version the
    caller read the agenda at; ``grund`` is required once the agenda is sent."""

    version: int
    handling: Literal["gem", "fjern", "op", "ned"] = "gem"
    gammelt: str = ""
    nummer: str = ""
    titel: str = ""
    sagsfremstilling: str = ""
    indstilling: list[str] = Factory(list)
    grund: str = ""


@frozen
class Udsendelse:
    """Send the draft agenda, read at ``version``."""

    version: int


@frozen
class NytBilag:
    """A file to attach under item ``punkt``: its name and its bytes in base64; ``grund``
    is required once the agenda is sent."""

    punkt: str
    navn: str
    indhold: str
    grund: str | None = None


@frozen
class PunktSvar:
    nummer: str
    titel: str
    sagsfremstilling: str | None
    indstilling: list[str]


@frozen
class Forberedelse:
    """A meeting's agenda as recorded, at the stream ``version`` the next write must carry."""

    meeting_id: str
    version: int
    udkast: bool
    punkter: list[PunktSvar]
    bilag: list[str]
    """"<punkt>: <navn>" of each file attached."""


def _answer(store: Any, meeting_id: str) -> Forberedelse:
    a = _agenda(store, meeting_id)
    return Forberedelse(a.meeting_id, a.version, a.udkast, [
        PunktSvar(p.nummer, p.titel, p.sagsfremstilling, list(p.indstilling))
        for p in a.punkter], [f"{f.punkt}: {f.navn}" for f in bilag_files_of(store, meeting_id)])


def _refused(fejl: dict[str, str], status: int) -> ViewError:
    return ViewError(" ".join(f"Felt '{k}': {t}" for k, t in fejl.items()),
                     status_code=status, extra_json={"fejl": fejl})


def _api_stale(store: Any, meeting_id: str, version: int) -> ViewError:
    now = _agenda(store, meeting_id).version
    return ViewError(f"Dagsordenen er {STALE} (version {version}, nu {now}). Intet er gemt.",
                     status_code=409, extra_json={"version": now, "aendringer": [
                         f"{r.event.summary()} (af {r.meta.recorded_by})"
                         for r in changes_since(store, meeting_id, version)]})


def _api_record(store: Any, principal: Any, meeting_id: str, version: int,
                command: Any) -> Forberedelse:
    try:
        record_at(store, meeting_id, version, [command], by=principal.describe())
    except (StaleVersion, ConcurrencyConflict):
        raise _api_stale(store, meeting_id, version) from None
    except DomainError as err:
        raise _refused({_field_of(err): f"{_cap(err.message)} (regel {err.rule}). Intet er "
                        "gemt."}, 422) from None
    return _answer(store, meeting_id)


@post("/api/forberedelse", tags=["forberedelse"], status_code=201,
      summary="Planlæg et møde med en tom kladde til dagsorden (kun sekretariatet)",
      security=[{"noegle": []}], responses=WRITE_ERRORS)
async def api_plan(store: Store, principal: Caller,
                   data: Annotated[NytMoede, Body()]) -> Forberedelse:
    """The plan form's rules; every field's error at once in ``fejl`` (422), a meeting
    already planned 409; nothing recorded on any error."""
    return await in_thread(_api_plan, store, principal, data)


def _api_plan(store: Any, principal: Any, data: NytMoede) -> Forberedelse:
    require_secretariat(principal, WHAT)
    v = {"forum": data.forum.strip(), "dato": data.dato.strip(),
         "tid": (data.tid or "").strip(), "sted": (data.sted or "").strip()}
    mid, fejl, status = _record_plan(store, principal, v)
    if fejl:
        raise _refused(fejl, status)
    return _answer(store, mid)


@get("/api/forberedelse/{meeting_id:str}", tags=["forberedelse"],
     summary="En dagsorden under forberedelse med dens version (kun sekretariatet)",
     security=[{"noegle": []}], responses={**GUARDED_ERRORS, **FOUND_ERRORS})
async def api_agenda(store: Store, principal: Caller,
                     meeting_id: FromPath[str]) -> Forberedelse:
    """The agenda as the editor shows it; its ``version`` is what a write must carry."""
    require_secretariat(principal, WHAT)
    return await in_thread(_answer, store, meeting_id)


@post("/api/forberedelse/{meeting_id:str}/punkt", tags=["forberedelse"], status_code=200,
      summary="Tilføj, ret, flyt eller fjern et punkt (kun sekretariatet)",
      security=[{"noegle": []}], responses=WRITE_ERRORS)
async def api_item(store: Store, principal: Caller, meeting_id: FromPath[str],
                   data: Annotated[Punktaendring, Body()]) -> Forberedelse:
    """The item form's rules: a draft is replaced, a sent agenda amended (``grund``
    required); a ``version`` not the stream's is refused 409 with the others' changes."""
    return await in_thread(_api_item, store, principal, meeting_id, data)


def _api_item(store: Any, principal: Any, meeting_id: str,
              data: Punktaendring) -> Forberedelse:
    require_secretariat(principal, WHAT)
    agenda = _agenda(store, meeting_id)
    if agenda.version != data.version:
        raise _api_stale(store, meeting_id, data.version)
    v = {"gammelt": data.gammelt.strip(), "nummer": data.nummer.strip(),
         "titel": _text(data.titel), "sagsfremstilling": _text(data.sagsfremstilling),
         "indstilling": "\n".join(_text(x) for x in data.indstilling), "grund": _text(data.grund),
         "handling": data.handling}
    command, fejl = _item_change(agenda, v, _provenance(store))
    if command is None and not fejl:
        raise _api_stale(store, meeting_id, data.version)
    if fejl:
        raise _refused(fejl, 422)
    return _api_record(store, principal, meeting_id, data.version, command)


@post("/api/forberedelse/{meeting_id:str}/udsend", tags=["forberedelse"], status_code=200,
      summary="Udsend dagsordenen (kun sekretariatet)", security=[{"noegle": []}],
      responses=WRITE_ERRORS)
async def api_send(store: Store, principal: Caller, meeting_id: FromPath[str],
                   data: Annotated[Udsendelse, Body()]) -> Forberedelse:
    """Send the draft read at ``version``; an empty agenda is refused (422)."""
    return await in_thread(_api_send, store, principal, meeting_id, data)


def _api_send(store: Any, principal: Any, meeting_id: str, data: Udsendelse) -> Forberedelse:
    require_secretariat(principal, WHAT)
    if _agenda(store, meeting_id).version != data.version:
        raise _api_stale(store, meeting_id, data.version)
    return _api_record(store, principal, meeting_id, data.version, meetings.SendAgenda(
        meeting_id=meeting_id, dato=_today(store), provenance=_provenance(store)))


@post("/api/forberedelse/{meeting_id:str}/bilag", tags=["forberedelse"], status_code=201,
      summary="Vedhæft en fil som bilag til et punkt (kun sekretariatet)",
      security=[{"noegle": []}], responses={**WRITE_ERRORS, 413: ResponseSpec(
          data_container=ErrorBody, description="Filen er større end grænsen; intet er gemt")},
      request_max_body_size=MAX_BILAG_BYTES * 4 // 3 + 64 * 1024)
async def api_bilag(store: Store, principal: Caller, meeting_id: FromPath[str],
                    data: Annotated[NytBilag, Body()]) -> Forberedelse:
    """The upload's checks (type, content matching the name, size); after sending a
    ``grund`` is required (rule aendring-uden-grund)."""
    return await in_thread(_api_bilag, store, principal, meeting_id, data)


def _api_bilag(store: Any, principal: Any, meeting_id: str, data: NytBilag) -> Forberedelse:
    require_secretariat(principal, WHAT)
    _agenda(store, meeting_id)
    try:
        content = base64.b64decode(data.indhold, validate=True)
    except (binascii.Error, ValueError):
        raise _refused({"indhold": "Filens indhold skal være base64. Intet er gemt."},
                       422) from None
    try:
        attach_bilag(store, meeting_id, data.punkt.strip(), data.navn, content,
                     by=principal.describe(), grund=_text(data.grund or "") or None)
    except DomainError as err:
        field = "grund" if err.rule == "aendring-uden-grund" else (
            "punkt" if err.field == "punkt" else "fil")
        raise _refused({field: f"{_cap(err.message)} (regel {err.rule}). Intet er gemt."},
                       413 if err.rule == "bilag-for-stort" else 422) from None
    except ConcurrencyConflict:
        raise ViewError("En anden registrerede samtidig på mødet; prøv igen. Intet er gemt.",
                        status_code=409) from None
    return _answer(store, meeting_id)


def routes() -> list[ControllerRouterHandler]:
    return [overview, plan, editor, save_item, send, upload, api_plan, api_agenda, api_item,
            api_send, api_bilag]
