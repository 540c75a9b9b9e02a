"""What every view shares: errors with a Danish message, result shapes of the access API."""

from __future__ import annotations

from typing import Any

from attrs import frozen
from litestar.di import NamedDependency

from socialaftale import Socialaftale

from ..access import Principal

__all__ = ["Caller", "Store", "ViewError", "WhoAmI"]

Caller = NamedDependency[Principal]
"""A handler parameter ``principal: Caller`` gets the caller of the request."""
Store = NamedDependency[Socialaftale]
"""A handler parameter ``store: Store`` gets the open store."""


class ViewError(Exception):
    """A request the view refuses, with the status code and the Danish message to show."""

    def __init__(
        self, message: str, *, status_code: int = 400, extra_json: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.extra_json = extra_json


@frozen
class WhoAmI:
    """The role a token stands for."""

    role: str
    kommune: str | None = None
