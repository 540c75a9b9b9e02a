"""/kilder/{dokument}: the text of a source document the record cites (the minutes as the
record's copy holds them), every line numbered with an anchor (``#l-120``), the lines a
``kilde_sted`` names marked; and the ``kilde_url`` template callable that links "Kilde" there.

The documents are read from one directory given to the app (``create_app(kilder=...)``, the
CLI's ``serve --kilder`` or SOCIALAFTALE_KILDER), never from a path in the request: only a
``.txt`` file name listed in that directory is served. A document the app does not hold is a 404
with a Danish message, and no "Kilde" link points at one."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

from litestar import Request, get
from litestar.params import FromPath, FromQuery
from litestar.response import Template

from socialaftale import DraftError, SourceDocument, parse_kilde_sted, read_text

from .common import ViewError

__all__ = ["configured", "kilde_url", "routes", "source_page"]

LINJER = re.compile(r"(\d+)(?:-(\d+))?")
"""The ``linjer`` query: one line or a span, "120" or "120-124"."""


def configured(kilder: Path | str | None) -> Path | None:
    """The directory of source documents: the one given, else SOCIALAFTALE_KILDER, else none."""
    chosen = kilder if kilder is not None else os.environ.get("SOCIALAFTALE_KILDER") or None
    return Path(chosen) if chosen is not None else None


def _held(directory: Path | None, document: str) -> Path | None:
    """The file of ``document`` when the directory lists it as a text file (a bare name, no
    path; the directory's README and other files are not source documents)."""
    if (directory is None or not document.endswith(".txt") or "/" in document
            or "\\" in document or not directory.is_dir()):
        return None
    path = directory / document
    return path if document in {p.name for p in directory.iterdir() if p.is_file()} else None


def _directory(request: Request[Any, Any, Any]) -> Path | None:
    found: Path | None = request.app.state.get("kilder")
    return found


def kilde_url(context: Mapping[str, Any], document: str | None,
              kilde_sted: str | None = None) -> str | None:
    """The link to ``document`` (its cited lines marked and scrolled to, when ``kilde_sted``
    names them), or None when the app does not hold the document."""
    request = context["request"]
    if not document or _held(_directory(request), document) is None:
        return None
    sted = parse_kilde_sted(kilde_sted)
    if sted is None:
        return f"/kilder/{quote(document)}"
    span = (f"{sted.linje}" if sted.linje == sted.til_linje
            else f"{sted.linje}-{sted.til_linje}")
    return f"/kilder/{quote(document)}?linjer={span}#l-{sted.linje}"


def _span(linjer: str | None, document: SourceDocument) -> tuple[int, int] | None:
    if not linjer:
        return None
    found = LINJER.fullmatch(linjer.strip())
    last = len(document.lines)
    if found is None:
        raise ViewError(f"Feltet 'linjer' skal være et linjenummer eller et spænd som "
                        f"'120-124', ikke '{linjer}' (regel: kilde-linjer).")
    first, end = int(found.group(1)), int(found.group(2) or found.group(1))
    if not 1 <= first <= end <= last:
        raise ViewError(f"Feltet 'linjer' ({linjer}) ligger uden for dokumentet "
                        f"{document.name}, som har linje 1-{last} (regel: kilde-linjer).")
    return first, end


@get("/kilder/{dokument:str}", include_in_schema=False, sync_to_thread=True)
def source_page(request: Request[Any, Any, Any], dokument: FromPath[str],
                linjer: FromQuery[str | None] = None) -> Template:
    """The document's lines, numbered, the cited span marked."""
    path = _held(_directory(request), dokument)
    if path is None:
        raise ViewError(f"Kildedokumentet '{dokument}' findes ikke blandt registrets kilder.",
                        status_code=404, back=("/", "Forsiden"))
    try:
        document = read_text(path.name, path.read_bytes())
    except DraftError as err:
        raise ViewError(f"Kildedokumentet '{dokument}' kan ikke vises: {err.message}.",
                        status_code=404, back=("/", "Forsiden")) from None
    span = _span(linjer, document)
    return Template("kilde.html", context={"d": document, "span": span})


def routes() -> list[Any]:
    return [source_page]
