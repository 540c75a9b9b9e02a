"""The bodies (fora) with every name they are known by: name, short name, aliases and
former names, each with its source."""

from __future__ import annotations

from typing import Any

from litestar import get
from litestar.params import FromPath
from litestar.response import Template

from socialaftale import to_data

from .common import FOUND_ERRORS, READ_ERRORS, Store, ViewError

__all__ = ["api_fora", "api_forum", "fora_page"]


@get("/fora", include_in_schema=False, sync_to_thread=True)
def fora_page(store: Store) -> Template:
    return Template("fora.html", context={"fora": store.fora()})


@get("/api/fora", sync_to_thread=True, tags=["fora"], summary="Fora og deres navne",
     responses=READ_ERRORS)
def api_fora(store: Store) -> list[Any]:
    """Every forum with its names, aliases and former names (``socialaftale fora --format
    json``)."""
    return [to_data(f) for f in store.fora()]


@get("/api/fora/{navn:str}", sync_to_thread=True, tags=["fora"],
     summary="Ét forum, fundet ved et af dets navne", responses=FOUND_ERRORS)
def api_forum(store: Store, navn: FromPath[str]) -> dict[str, Any]:
    """The forum known by ``navn`` (any name, short name, alias or key); 404 when none."""
    found = store.forum(navn)
    if found is None:
        raise ViewError(f"ukendt forum '{navn}' (regel: ukendt-forum)", status_code=404)
    data: dict[str, Any] = to_data(found)
    return data
