"""What every view shares: errors with a Danish message, result shapes of the access API."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import anyio.to_thread
from attrs import frozen
from litestar.di import NamedDependency
from litestar.exceptions import NotAuthorizedException, PermissionDeniedException
from litestar.openapi.datastructures import ResponseSpec

from socialaftale import Socialaftale

from ..access import Principal

__all__ = [
    "CHANGES_ERRORS",
    "FOUND_ERRORS",
    "GUARDED_ERRORS",
    "READ_ERRORS",
    "WRITE_ERRORS",
    "Caller",
    "ErrorBody",
    "ServerErrorBody",
    "Store",
    "ViewError",
    "WhoAmI",
    "form_date",
    "form_int",
    "in_thread",
    "require_acting_for",
    "require_secretariat",
]

Caller = NamedDependency[Principal]
"""A handler parameter ``principal: Caller`` gets the caller of the request."""
Store = NamedDependency[Socialaftale]
"""A handler parameter ``store: Store`` gets the open store."""


T = TypeVar("T")


async def in_thread(fn: Callable[..., T], *args: Any) -> T:
    """Run a view's blocking store work in a worker thread, off the event loop.

    For handlers that share a path with another method: Litestar 2.25 registers the first
    handler of such a path twice and wraps a ``sync_to_thread=True`` function twice, so the
    handler answers with an unawaited coroutine. These handlers are ``async`` and call this."""
    return await anyio.to_thread.run_sync(functools.partial(fn, *args))


class ViewError(Exception):
    """A request the view refuses, with the status code and the Danish message to show."""

    def __init__(
        self, message: str, *, status_code: int = 400, extra_json: dict[str, Any] | None = None,
        back: tuple[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.extra_json = extra_json
        self.back = back
        """(url, label) of the page to go back to, shown on the error page."""

    def going_back(self, url: str, label: str) -> ViewError:
        """The same refusal, with a link back to ``url`` on the error page."""
        self.back = (url, label)
        return self


@frozen
class ErrorBody:
    """Every refused API request: the status and a Danish message saying why."""

    status_code: int
    detail: str


@frozen
class ServerErrorBody:
    """An unexpected failure: the Danish message says whether anything was stored, and
    ``request_id`` is the id under which the server logged it (quote it to the operator)."""

    status_code: int
    detail: str
    request_id: str


def _error(description: str) -> ResponseSpec:
    return ResponseSpec(data_container=ErrorBody, description=description)


READ_ERRORS: dict[int, ResponseSpec] = {
    400: _error("Ugyldige parametre (fx en dato, der ikke findes)"),
    401: _error("Adgangsnøglen er ukendt eller tilbagekaldt"),
    500: ResponseSpec(data_container=ServerErrorBody,
                      description="Uventet fejl; logget under request_id"),
}
"""Responses every API operation may give besides its answer."""

CHANGES_ERRORS: dict[int, ResponseSpec] = {
    **READ_ERRORS,
    400: _error("Ugyldige parametre: en dato, der ikke findes, eller 'fra' efter 'til'"),
}
"""Responses of an operation over a date range from ``fra`` to ``til``."""

GUARDED_ERRORS: dict[int, ResponseSpec] = {
    **READ_ERRORS,
    401: _error("Ingen, ukendt eller tilbagekaldt adgangsnøgle"),
    403: _error("Nøglens rolle må ikke dette; intet er gemt"),
}
"""Responses of an operation only some roles may call."""


FOUND_ERRORS: dict[int, ResponseSpec] = {
    **READ_ERRORS,
    404: _error("Findes ikke (fx et ukendt tilbud eller møde)"),
}
"""Responses of an operation that asks for one named thing."""

WRITE_ERRORS: dict[int, ResponseSpec] = {
    **GUARDED_ERRORS,
    400: _error("Forespørgslen er ufuldstændig eller kan ikke læses (fx ugyldig JSON)"),
    404: _error("Findes ikke"),
    409: _error("En regel i registret afviser det, eller en anden registrerede samtidig;"
                " intet er gemt"),
    422: _error("Indholdet kunne ikke godkendes (med linje og felt); intet er gemt"),
}
"""Responses of an operation that records something."""


@frozen
class WhoAmI:
    """The role a token stands for."""

    role: str
    kommune: str | None = None


def form_date(value: str | None, name: str) -> date | None:
    """A date from a form field: empty means not given; anything else must be a real date."""
    if value is None or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ViewError(f"Ugyldig forespørgsel: felt '{name}': {value.strip()} er ikke en "
                        "gyldig dato (ÅÅÅÅ-MM-DD).", status_code=400) from None


def form_int(value: str | None, name: str) -> int | None:
    """A whole number from a form field: empty means not given."""
    if value is None or not value.strip():
        return None
    try:
        return int(value.strip())
    except ValueError:
        raise ViewError(f"Ugyldig forespørgsel: felt '{name}': '{value.strip()}' er ikke et "
                        "helt tal.", status_code=400) from None


def require_secretariat(principal: Principal, what: str) -> None:
    """Refuse anyone but the secretariat: 401 without a token, 403 with another one.

    ``what`` completes "Kun sekretariatet må …", e.g. "se hændelsesloggen".
    """
    if principal.is_secretariat:
        return
    if principal.role == "offentlig":
        raise NotAuthorizedException(
            f"Kun sekretariatet må {what}. Log ind med sekretariatets adgangsnøgle."
        )
    raise PermissionDeniedException(
        f"Du er logget ind som {principal.describe()}; kun sekretariatet må {what}. Intet er gemt."
    )


def require_acting_for(principal: Principal, driftsherre: str, what: str) -> None:
    """Refuse anyone but the secretariat and the municipality that runs the offer."""
    if principal.may_act_for(driftsherre):
        return
    if principal.role == "offentlig":
        raise NotAuthorizedException(
            f"Log ind som {driftsherre} eller sekretariatet for at {what}."
        )
    raise PermissionDeniedException(
        f"Du er logget ind som {principal.describe()}; kun driftsherren ({driftsherre}) "
        f"og sekretariatet må {what}. Intet er gemt."
    )
