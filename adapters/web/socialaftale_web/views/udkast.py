"""Drafting a meeting record from the minutes in the browser (secretariat only).

The secretariat uploads the minutes (a PDF or a UTF-8 text file) at /optegnelser; the
server reads and drafts the document as the CLI does (``draft_document``: a PDF's text
layer, numbered lines and pages, its page furniture found once) and shows the draft's YAML
in an editor beside the document's lines and the review list. Selecting a review entry or a
part of the draft marks the lines it was drafted from (static/udkast.js). "Prøv" runs the
trial run and "Indlæs" records the edited text through the same load path as an uploaded
YAML file (all or nothing); a refusal is shown beside the editor, so the text can be
corrected and tried again. The document's lines travel with the form (a hidden field), so
nothing is kept on the server between the steps.
"""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Annotated, Any

from attrs import frozen
from litestar import post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.params import Body
from litestar.response import Template

from socialaftale import (
    MAX_PDF_BYTES,
    DraftError,
    check_size,
    draft_document,
    fora_names,
    kilde_sted_of,
    parse_kilde_sted,
)

from .common import Caller, Store, ViewError, in_thread, require_secretariat
from .optegnelser import WHAT, Indlaesning, _load

__all__ = ["draft_page", "record_draft_page"]

MAX_DRAFT = 5 * 1024 * 1024  # the edited YAML, as for an uploaded record


@frozen
class Linje:
    """A line of the document as the page shows it."""

    side: int
    linje: int
    tekst: str
    inventar: bool  # page furniture: running header, page number


@frozen
class Sted:
    """Something of the draft that points into the document: a review entry or an item."""

    hvad: str
    tekst: str
    sted: str
    fra: int
    til: int
    grund: str = ""


@frozen
class Dokument:
    navn: str
    sider: int
    linjer: list[Linje]


def _span(sted: object) -> tuple[int, int] | None:
    found = parse_kilde_sted(sted)
    return (found.linje, found.til_linje) if found is not None else None


def _places(data: dict[str, Any], review: Any) -> tuple[list[Sted], list[Sted]]:
    """The review entries and the draft's items, each with the lines it came from."""
    entries = [Sted(r.felt, r.tekst, kilde_sted_of(r.side, r.linje), r.linje, r.linje, r.grund)
               for r in review]
    items: list[Sted] = []
    punkter = data.get("punkter")
    for punkt in punkter if isinstance(punkter, list) else []:
        if not isinstance(punkt, dict):  # an edited text may be anything
            continue
        span = _span(punkt.get("kilde_sted"))
        if span:
            items.append(Sted(f"Punkt {punkt.get('nummer')}", str(punkt.get("titel") or ""),
                              str(punkt["kilde_sted"]), *span))
    return entries, items


def _document_field(doc: Dokument) -> str:
    return json.dumps({"navn": doc.navn, "linjer": [[ln.side, ln.linje, ln.tekst, ln.inventar]
                                                    for ln in doc.linjer]},
                      ensure_ascii=False)


def _document_of(field: str) -> Dokument:
    """The document's lines sent back with the form (only shown, never recorded)."""
    try:
        value = json.loads(field)
        lines = [Linje(int(s), int(n), str(t), bool(f)) for s, n, t, f in value["linjer"]]
        return Dokument(str(value["navn"]), max((ln.side for ln in lines), default=0), lines)
    except (ValueError, KeyError, TypeError):
        raise ViewError("formularen mangler referatets linjer; lav udkastet igen",
                        status_code=400) from None


def _context(doc: Dokument, fil: str, indhold: str, **more: Any) -> dict[str, Any]:
    return {"dokument": doc, "dokument_felt": _document_field(doc), "fil": fil,
            "indhold": indhold, "gennemsyn": more.pop("gennemsyn", []),
            "punkter": more.pop("punkter", []), "resultat": None, "fejl": None,
            "fejlliste": [], **more}


def _upload_size(upload: UploadFile) -> int:
    handle = upload.file
    handle.seek(0, 2)
    size = handle.tell()
    handle.seek(0)
    return size


@post("/optegnelser/udkast", include_in_schema=False, status_code=200,
      request_max_body_size=MAX_PDF_BYTES + 64 * 1024)
async def draft_page(store: Store, principal: Caller, data: Annotated[
        dict[str, Any], Body(media_type=RequestEncodingType.MULTI_PART)]) -> Template:
    return await in_thread(_draft_page, store, principal, data)


def _draft_page(store: Any, principal: Any, data: dict[str, Any]) -> Template:
    require_secretariat(principal, WHAT)
    upload = data.get("referat")
    if not isinstance(upload, UploadFile) or not upload.filename:
        raise ViewError("vælg et referat (PDF eller tekstfil) at lave udkast fra",
                        status_code=400).going_back("/optegnelser", "Tilbage til formularen")
    name = PurePath(upload.filename.replace("\\", "/")).name or "referat"
    try:
        check_size(name, _upload_size(upload))  # before anything reads the file
        # the bodies the store knows, by any of their names, are written by their own name
        drafted = draft_document(name, upload.file.read(), fora=fora_names(store))
    except DraftError as err:
        raise ViewError(f"Der kan ikke laves et udkast: {err}. Intet er gemt.",
                        status_code=422).going_back("/optegnelser",
                                                    "Tilbage til formularen") from None
    source, draft = drafted.source, drafted.draft
    doc = Dokument(source.name, source.pages, [Linje(ln.page, ln.line, ln.text,
                                                     ln.line in drafted.furniture)
                                               for ln in source.lines])
    entries, items = _places(draft.data, draft.review)
    fil = f"{PurePath(name).stem}.yaml"
    return Template("udkast.html", context=_context(doc, fil, draft.yaml, gennemsyn=entries,
                                                    punkter=items, nyt=True))


@post("/optegnelser/udkast/optegnelse", include_in_schema=False, status_code=200,
      request_max_body_size=MAX_DRAFT + MAX_PDF_BYTES // 4)
async def record_draft_page(store: Store, principal: Caller, data: Annotated[
        dict[str, Any], Body(media_type=RequestEncodingType.URL_ENCODED)]) -> Template:
    return await in_thread(_record_draft_page, store, principal, data)


def _record_draft_page(store: Any, principal: Any, data: dict[str, Any]) -> Template:
    require_secretariat(principal, WHAT)
    doc = _document_of(str(data.get("dokument") or ""))
    fil = PurePath(str(data.get("fil") or "udkast.yaml")).name or "udkast.yaml"
    indhold = str(data.get("indhold") or "")
    proeve = data.get("handling") != "indlaes"
    if len(indhold.encode()) > MAX_DRAFT:
        raise ViewError(f"optegnelsen er over {MAX_DRAFT // (1024 * 1024)} MB; intet er gemt",
                        status_code=413)
    try:
        from yaml import YAMLError, safe_load

        parsed = safe_load(indhold)
    except YAMLError:
        parsed = None
    entries: list[Sted] = []
    items: list[Sted] = []
    if isinstance(parsed, dict):
        listed = parsed.get("gennemsyn")
        review = [_Review(g) for g in (listed if isinstance(listed, list) else [])
                  if isinstance(g, dict)]
        entries, items = _places(parsed, [r for r in review if r.ok])
    context = _context(doc, fil, indhold, gennemsyn=entries, punkter=items)
    try:
        result: Indlaesning = _load(store, principal, fil, indhold, proeve,
                                    str(data.get("grund") or "") or None)
    except ViewError as err:
        errors = (err.extra_json or {}).get("errors", [])
        return Template("udkast.html", status_code=err.status_code,
                        context={**context, "fejl": err.message, "fejlliste": errors})
    return Template("udkast.html", context={**context, "resultat": result})


class _Review:
    """A review entry of the edited text, as far as it can be shown (it may be edited)."""

    def __init__(self, entry: dict[str, Any]) -> None:
        self.felt = str(entry.get("felt") or "")
        self.tekst = str(entry.get("tekst") or "")
        self.grund = str(entry.get("grund") or "")
        span = parse_kilde_sted(entry.get("kilde_sted"))
        self.ok = span is not None
        self.side = span.side if span else 0
        self.linje = span.linje if span else 0
