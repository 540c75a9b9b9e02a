"""The tilgængelighedserklæring (accessibility statement) Danish public bodies must publish
(lov om tilgængelighed af offentlige organers websteder og mobilapplikationer), linked from
every page's footer. It states what the browser tests check, not more."""

from __future__ import annotations

from typing import Any

from litestar import Request, get
from litestar.response import Template

__all__ = ["STATEMENT", "statement_page"]

STATEMENT = "/tilgaengelighed"


@get(STATEMENT, include_in_schema=False, sync_to_thread=False)  # no store work
def statement_page(request: Request[Any, Any, Any]) -> Template:
    """Who publishes comes from the configured letterhead; an address not configured is
    left out (never made up)."""
    return Template("tilgaengelighed.html", context={"afsender": request.app.state.letterhead})
