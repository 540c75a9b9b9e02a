"""An unexpected failure (a 500) told truthfully: logged under an id the answer shows, and
saying whether anything was stored only as far as that is known.

"Intet er gemt" is said only when it is certain: the request cannot write (GET), or the
log's last position is where it was when the request began. Otherwise where the error
arose tells: raised by the read models' catch-up after ``Socialaftale.record`` stored its
events, the events are in the log (their positions are named, so nobody sends them again);
anywhere else, the answer says it cannot tell and points to the event log.
"""

from __future__ import annotations

import logging
import secrets
from types import TracebackType
from typing import Any

from litestar import Request

from socialaftale import Socialaftale

__all__ = ["LOG", "ServerFailure", "note_log_head", "server_failure"]

LOG = logging.getLogger("socialaftale_web")
"""Every 500 is logged here, at ERROR with its traceback and request id."""

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

NOTHING = "Intet er gemt."
UNKNOWN = ("Det kan ikke afgøres her, om noget blev gemt: se hændelsesloggen, før du "
           "prøver igen.")


def note_log_head(request: Request[Any, Any, Any]) -> None:
    """Before a request that may write: remember the log's last position (a
    ``before_request`` hook; a store that cannot answer leaves it unknown)."""
    if request.method in SAFE_METHODS:
        return
    store: Socialaftale = request.app.state.store
    try:
        request.state.log_head = store.log.last_position()
    except Exception:  # the failure, if it persists, is the handler's to report
        request.state.log_head = None


class ServerFailure:
    """What a 500 says: its request id and whether anything was stored."""

    def __init__(self, request_id: str, stored: str) -> None:
        self.request_id = request_id
        self.stored = stored

    @property
    def detail(self) -> str:
        return (f"Der opstod en uventet fejl. {self.stored} Fejlen er logget under "
                f"fejl-id {self.request_id}; oplys det, hvis du kontakter driften.")


def _stored_by_record(tb: TracebackType | None) -> list[int] | None:
    """The positions ``Socialaftale.record`` stored, if the error arose in the read models'
    catch-up that follows storing; None if it arose anywhere else."""
    record = Socialaftale.record.__code__
    while tb is not None:
        if tb.tb_frame.f_code is record and tb.tb_next is not None:
            if tb.tb_next.tb_frame.f_code.co_name == "catch_up":
                recorded = tb.tb_frame.f_locals.get("recorded") or []
                return [r.position for r in recorded if r.position is not None]
            return None
        tb = tb.tb_next
    return None


def _what_was_stored(request: Request[Any, Any, Any], exc: Exception) -> str:
    if request.method in SAFE_METHODS:
        return NOTHING  # no GET handler writes
    positions = _stored_by_record(exc.__traceback__)
    if positions:
        where = (f"position {positions[0]}" if len(positions) == 1
                 else f"positionerne {positions[0]}–{positions[-1]}")
        return (f"Registreringen ER gemt i hændelsesloggen ({where}), men visningerne er "
                "ikke opdateret; send den ikke igen.")
    before = request.state.get("log_head")
    if before is not None:
        store: Socialaftale = request.app.state.store
        try:
            if store.log.last_position() == before:
                return NOTHING
        except Exception:  # the store cannot answer: then we cannot know
            return UNKNOWN
    return UNKNOWN


def server_failure(request: Request[Any, Any, Any], exc: Exception) -> ServerFailure:
    """Log an unexpected failure with a new request id; what to tell the caller."""
    request_id = secrets.token_hex(6)
    stored = _what_was_stored(request, exc)
    LOG.error("500 fejl-id %s: %s %s: %s", request_id, request.method, request.url.path,
              stored, exc_info=exc)
    return ServerFailure(request_id, stored)
