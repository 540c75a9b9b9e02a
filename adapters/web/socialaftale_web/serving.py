"""The app as an ASGI server's worker process builds it: everything from the environment.

``socialaftale serve --workers N`` (and any production server: ``uvicorn --factory
--workers N socialaftale_web.serving:app_from_environment``, or granian's factory mode)
starts each worker by importing :func:`app_from_environment`, which opens its own store
from ``SOCIALAFTALE_STORE`` and reads the letterhead and public address as ``serve`` does.
The workers share logins and the CSRF secret through the store (:mod:`.sessions`).
"""

from __future__ import annotations

import os
import sys

from litestar import Litestar

from socialaftale import Letterhead, open_store

from .app import create_app

__all__ = ["app_from_environment"]

DEFAULT_NAME = "Nordjysk Socialaftale"


def app_from_environment() -> Litestar:
    """One worker's app on the store ``SOCIALAFTALE_STORE`` (default ``socialaftale.db``),
    with ``SOCIALAFTALE_SEKRETARIAT``, ``SOCIALAFTALE_ADRESSE`` and
    ``SOCIALAFTALE_BASE_URL`` as ``serve``'s options of the same names; the store is
    closed when the worker shuts down."""
    env = os.environ
    store = open_store(env.get("SOCIALAFTALE_STORE", "socialaftale.db"), actor="web")
    head = Letterhead.configured(env.get("SOCIALAFTALE_SEKRETARIAT", DEFAULT_NAME),
                                 env.get("SOCIALAFTALE_ADRESSE", ""))
    app = create_app(store, letterhead=head, base_url=env.get("SOCIALAFTALE_BASE_URL", ""))
    app.on_shutdown.append(store.close)
    # as in ``serve``: a cheap answer must not wait 5 ms for the GIL behind a heavy one
    sys.setswitchinterval(0.001)
    return app
