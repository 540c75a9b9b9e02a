"""The pages and API routes, one module per part of the record.

A module is listed here once the context it shows is in the core; its pages
ask only that context's query methods on :class:`socialaftale.Socialaftale`.
"""

from __future__ import annotations

from litestar.types import ControllerRouterHandler

from . import log
from .common import ViewError, WhoAmI

__all__ = ["NAV", "ViewError", "WhoAmI", "api_routes", "page_routes"]

# (path, label) of the sections shown in the menu, in menu order.
NAV: list[tuple[str, str]] = []


def page_routes() -> list[ControllerRouterHandler]:
    return [log.events_page]


def api_routes() -> list[ControllerRouterHandler]:
    return [log.api_events]
