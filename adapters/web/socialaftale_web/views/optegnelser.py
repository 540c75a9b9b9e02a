"""Uploading a meeting record: the same validation, all-or-nothing and messages (with line
numbers) as ``socialaftale load``, from a form and from the API. Secretariat only."""

from __future__ import annotations

from typing import Annotated, Any

from attrs import frozen
from litestar import get, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.params import Body
from litestar.response import Template

from socialaftale import RecordError, load_record

from .common import WRITE_ERRORS, Caller, Store, ViewError, require_secretariat

__all__ = ["Indlaesning", "Optegnelse", "api_upload", "upload_form", "upload_page"]

WHAT = "indlæse mødeoptegnelser"
MAX_UPLOAD = 5 * 1024 * 1024


@frozen
class Optegnelse:
    """A meeting record sent through the API: the file's name and its YAML text."""

    fil: str
    indhold: str
    proeve: bool = False
    grund: str | None = None


@frozen
class Aendring:
    noegle: str
    art: str
    linje: int | None
    felter: list[str]


@frozen
class Indlaesning:
    """What a load did (or, on a trial run, would do)."""

    fil: str
    moede: str
    status: str
    haendelser: int
    proeve: bool
    aendringer: list[Aendring]


def _refused(err: RecordError) -> ViewError:
    status = 409 if err.refused else 422
    return ViewError(str(err), status_code=status, extra_json={"errors": [{
        "line": err.line, "field": err.field, "message": err.message, "rule": err.rule}]})


def _load(store: Any, principal: Any, fil: str, data: bytes | str, proeve: bool,
          grund: str | None) -> Indlaesning:
    require_secretariat(principal, WHAT)
    try:
        result = load_record(store, data, fil, dry_run=proeve, by=principal.describe(),
                             grund=grund or None)
    except RecordError as err:
        raise _refused(err) from None
    changes = [Aendring(d.key, d.change, d.line,
                        [f"{name}: {before} → {after}" for name, before, after in d.fields()]
                        if d.change == "ændret" else [])
               for d in result.differences]
    return Indlaesning(result.file, result.record_id, result.status, result.events,
                       result.dry_run, changes)


@get("/optegnelser", include_in_schema=False, sync_to_thread=False)
def upload_form(principal: Caller) -> Template:
    require_secretariat(principal, WHAT)
    return Template("optegnelser.html", context={"resultat": None})


@post("/optegnelser", include_in_schema=False, sync_to_thread=False, status_code=200,
      request_max_body_size=MAX_UPLOAD + 64 * 1024)
def upload_page(store: Store, principal: Caller, data: Annotated[
        dict[str, Any], Body(media_type=RequestEncodingType.MULTI_PART)]) -> Template:
    require_secretariat(principal, WHAT)
    upload = data.get("fil")
    if not isinstance(upload, UploadFile):
        raise ViewError("vælg en mødeoptegnelse (YAML-fil) at indlæse", status_code=400)
    content = upload.file.read()
    result = _load(store, principal, upload.filename or "optegnelse.yaml", content,
                   bool(data.get("proeve")), str(data.get("grund") or "") or None)
    return Template("optegnelser.html", context={"resultat": result})


@post("/api/optegnelser", sync_to_thread=False, tags=["optegnelser"], status_code=200,
      summary="Indlæs en mødeoptegnelse (kun sekretariatet)", security=[{"noegle": []}],
      responses=WRITE_ERRORS, request_max_body_size=2 * MAX_UPLOAD)
def api_upload(store: Store, principal: Caller,
               data: Annotated[Optegnelse, Body()]) -> Indlaesning:
    """Check and record a meeting record in one transaction (``proeve``: only check).
    An error answers 422 (malformed) or 409 (a rule of the model refused it) with
    ``errors``: line, field, message and rule; nothing is recorded."""
    return _load(store, principal, data.fil, data.indhold, data.proeve, data.grund)
