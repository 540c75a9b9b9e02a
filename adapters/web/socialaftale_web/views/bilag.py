"""Bilag as files on the meeting page: the secretariat uploads, everyone who may read the
meeting downloads, and only bytes that still match the recorded SHA-256 are handed out."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from litestar import Response, get, post
from litestar.datastructures import UploadFile
from litestar.enums import RequestEncodingType
from litestar.params import Body, FromPath
from litestar.response import Redirect
from litestar.types import ControllerRouterHandler

from socialaftale import (
    MAX_BILAG_BYTES,
    ConcurrencyConflict,
    DomainError,
    attach_bilag,
    bilag_files_of,
    read_bilag,
)

from .common import Caller, Store, ViewError, in_thread, require_secretariat
from .moeder import _meeting

__all__ = ["routes"]

STATUS = {"bilag-for-stort": 413, "bilag-tomt": 400, "bilag-eksekverbar": 415,
          "bilag-filtype": 415, "bilag-indhold-passer-ikke": 415, "bilag-ikke-pdf": 415,
          "bilag-dobbelt": 409, "bilag-aendret": 409, "bilag-mangler": 404}
"""The status of each refusal; other rules of the meeting (an item not on the agenda): 422."""


@post("/moeder/{meeting_id:str}/bilag", include_in_schema=False, status_code=303,
      request_max_body_size=MAX_BILAG_BYTES + 64 * 1024)
async def upload_bilag(store: Store, principal: Caller, meeting_id: FromPath[str], data: Annotated[
        dict[str, Any], Body(media_type=RequestEncodingType.MULTI_PART)]) -> Redirect:
    return await in_thread(_upload, store, principal, meeting_id, data)


def _upload(store: Any, principal: Any, meeting_id: str, data: dict[str, Any]) -> Redirect:
    require_secretariat(principal, "vedhæfte bilag")
    _meeting(store, principal, meeting_id)
    page = f"/moeder/{meeting_id}?dagsorden=true"
    upload, punkt = data.get("fil"), str(data.get("punkt") or "").strip()
    if not isinstance(upload, UploadFile) or not upload.filename:
        raise ViewError("Vælg en fil at vedhæfte. Intet er gemt.",
                        status_code=400).going_back(page, "Tilbage til mødet")
    if not punkt:
        raise ViewError("Felt 'punkt': angiv dagsordenspunktets nummer. Intet er gemt.",
                        status_code=400).going_back(page, "Tilbage til mødet")
    content = upload.file.read(MAX_BILAG_BYTES + 1)
    try:
        attach_bilag(store, meeting_id, punkt, upload.filename, content,
                     by=principal.describe(), grund=str(data.get("grund") or "").strip() or None)
    except DomainError as err:
        raise ViewError(f"Bilaget er afvist: {err.message} (regel: {err.rule}, felt: "
                        f"{err.field or 'fil'}). Intet er gemt.",
                        status_code=STATUS.get(err.rule or "", 422)).going_back(
                            page, "Tilbage til mødet") from None
    except ConcurrencyConflict:
        raise ViewError("En anden registrerede samtidig på mødet; prøv igen. Intet er gemt.",
                        status_code=409).going_back(page, "Tilbage til mødet") from None
    return Redirect(page + "#bilagfiler", status_code=303)


@get("/moeder/{meeting_id:str}/bilag/{sha256:str}", include_in_schema=False,
     sync_to_thread=True)
def download_bilag(store: Store, principal: Caller, meeting_id: FromPath[str],
                   sha256: FromPath[str]) -> Response[bytes]:
    _meeting(store, principal, meeting_id)
    found = [f for f in bilag_files_of(store, meeting_id) if f.sha256 == sha256]
    if not found:
        raise ViewError(f"Mødet {meeting_id} har intet bilag med SHA-256 {sha256}.",
                        status_code=404)
    try:
        content = read_bilag(store, sha256)
    except DomainError as err:
        raise ViewError(f"Bilaget {found[0].navn} udleveres ikke: {err.message}.",
                        status_code=STATUS.get(err.rule or "", 409)) from None
    return Response(content, media_type=found[0].medietype, headers={
        "Content-Disposition": f"attachment; filename*=UTF-8''{quote(found[0].navn)}",
        "X-Content-Type-Options": "nosniff", "ETag": f'"{sha256}"'})


def routes() -> list[ControllerRouterHandler]:
    return [upload_bilag, download_bilag]
