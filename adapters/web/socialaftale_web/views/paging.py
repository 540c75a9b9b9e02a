"""One page of a long list (``?side=``, ``?pr_side=``): the items of that page, how many in
all, and the links to the pages beside it, so a list grows with the register without
every row being sent on every visit."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Annotated, Any, Generic, TypeVar
from urllib.parse import urlencode

from attrs import frozen
from litestar.params import KwargDefinition, QueryParameter

from socialaftale import to_data

from .common import ViewError

__all__ = ["PR_SIDE", "ApiSide", "PrSideParam", "Side", "SideParam", "api_page", "counted",
           "page_bounds", "paged", "paged_from"]


T = TypeVar("T")

PR_SIDE = 50
"""Rows on a page unless the request asks for another number (10-200)."""


@frozen
class Side(Generic[T]):
    """Page ``side`` (1-based) of ``antal`` items, ``pr_side`` a page; ``query`` the request's
    other parameters, so the links to the other pages keep the filters."""

    items: tuple[T, ...]
    side: int
    pr_side: int
    antal: int
    query: str = ""
    standard: int = PR_SIDE

    @property
    def sider(self) -> int:
        return max(1, -(-self.antal // self.pr_side))

    def url(self, path: str, side: int) -> str:
        """The link to page ``side`` of the list at ``path``."""
        size = "" if self.pr_side == self.standard else f"&pr_side={self.pr_side}"
        return f"{path}?{self.query}{'&' if self.query else ''}side={side}{size}"


SideParam = Annotated[int, QueryParameter(
    description="sidenummer fra 1 (standard 1); en side efter den sidste afvises med 400")]
"""An API list's ``side``: bounds are checked by :func:`counted` (its Danish 400), not by
Litestar, so every list refuses a page in the same words."""
PrSideParam = Annotated[int | None, QueryParameter(
    description=f"rækker pr. side, 10-200 (standard {PR_SIDE})")]
"""An API list's ``pr_side``, checked by :func:`page_bounds` for the same reason."""


@frozen(kw_only=True)
class ApiSide:
    """What every paged API answer has beside its items (for the OpenAPI document: a
    subclass adds the list under its own name, e.g. ``personer``)."""

    antal: Annotated[int, KwargDefinition(description="antal i alt på alle sider")]
    side: Annotated[int, KwargDefinition(description="denne sides nummer, fra 1")]
    pr_side: Annotated[int, KwargDefinition(description="højst så mange på en side")]
    sider: Annotated[int, KwargDefinition(description="antal sider (mindst 1)")]


def api_page(name: str, page: Side[Any]) -> dict[str, Any]:
    """A page as the API answers it: ``{name: [...], "antal", "side", "pr_side", "sider"}``
    (the shape of :class:`ApiSide`), the items as JSON-ready data."""
    return {name: to_data(list(page.items)), "antal": page.antal, "side": page.side,
            "pr_side": page.pr_side, "sider": page.sider}


def paged(items: Sequence[T], side: int | None, pr_side: int | None = None,
          query: Mapping[str, str | None] | None = None, standard: int = PR_SIDE) -> Side[T]:
    """Page ``side`` of ``items``; a page that is not there is a 400 with a Danish message.
    ``standard`` is the list's own page size when the request names none."""
    return paged_from(lambda offset, limit: (len(items), items[offset:offset + limit]),
                      side, pr_side, query, standard)


def paged_from(fetch: Callable[[int, int], tuple[int, Sequence[T]]], side: int | None,
               pr_side: int | None = None, query: Mapping[str, str | None] | None = None,
               standard: int = PR_SIDE) -> Side[T]:
    """Page ``side`` of a list the store pages itself: ``fetch(offset, limit)`` gives how
    many items there are in all and those ``limit`` from ``offset``, so only the page's rows
    are read; the same checks and 400s as :func:`paged`."""
    offset, size = page_bounds(side, pr_side, standard)
    antal, items = fetch(offset, size)
    return counted(antal, items, side, pr_side, query, standard)


def page_bounds(side: int | None, pr_side: int | None = None,
                standard: int = PR_SIDE) -> tuple[int, int]:
    """The offset and size of page ``side``, for a store that counts and pages a list
    itself (then :func:`counted`); a size out of 10-200 is a 400. A page number below 1 or
    past 2**31 reads as that bound (a store takes no larger offset): :func:`counted`
    refuses the page the request named."""
    size = standard if pr_side is None else pr_side
    if not 10 <= size <= 200:
        raise ViewError(f"Feltet 'pr_side' skal være et tal fra 10 til 200, ikke {size} "
                        "(regel: sidestoerrelse).")
    return (min(max(1, 1 if side is None else side), 2**31) - 1) * size, size


def counted(antal: int, items: Sequence[T], side: int | None, pr_side: int | None = None,
            query: Mapping[str, str | None] | None = None, standard: int = PR_SIDE) -> Side[T]:
    """Page ``side`` of a list of ``antal`` items whose ``items`` the store read at
    :func:`page_bounds`; a page that is not there is a 400 with a Danish message."""
    size = page_bounds(side, pr_side, standard)[1]
    number = 1 if side is None else side
    last = max(1, -(-antal // size))
    if not 1 <= number <= last:
        raise ViewError(f"Feltet 'side' ({number}) findes ikke: listen har side 1-{last} "
                        "(regel: side-findes).")
    kept = urlencode({k: v for k, v in (query or {}).items() if v})
    return Side(tuple(items), number, size, antal, kept, standard)
