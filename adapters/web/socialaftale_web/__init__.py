"""The web frontend of socialaftale: pages, a JSON API and access control over one store.

A thin adapter: it imports only the public API ``socialaftale``. Start it with
``socialaftale serve`` (a plug-in sub-command of the CLI) or embed
``create_app(store)`` in any ASGI server.
"""

from __future__ import annotations

from .access import Principal, TokenStore
from .app import create_app
from .users import UserStore

__all__ = ["Principal", "TokenStore", "UserStore", "create_app"]
