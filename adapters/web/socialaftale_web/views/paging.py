"""One page of a long list (``?side=``, ``?pr_side=``): the items of that page, how many in
all, and the links to the pages beside it, so a list grows with the register without
every row being sent on every visit."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Generic, TypeVar
from urllib.parse import urlencode

from attrs import frozen

from .common import ViewError

__all__ = ["PR_SIDE", "Side", "page_of", "paged", "window"]

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


def paged(items: Sequence[T], side: int | None, pr_side: int | None = None,
          query: Mapping[str, str | None] | None = None, standard: int = PR_SIDE) -> Side[T]:
    """Page ``side`` of ``items``; a page that is not there is a 400 with a Danish message.
    ``standard`` is the list's own page size when the request names none."""
    number, size = window(side, pr_side, standard)
    return page_of(items[(number - 1) * size:number * size], len(items), number, size, query,
                   standard)


def window(side: int | None, pr_side: int | None = None,
           standard: int = PR_SIDE) -> tuple[int, int]:
    """The page's number and size a request asks for (a size outside 10-200 refused), for
    a list that reads only that page (its rows from ``(number - 1) * size``)."""
    size = standard if pr_side is None else pr_side
    if not 10 <= size <= 200:
        raise ViewError(f"Feltet 'pr_side' skal være et tal fra 10 til 200, ikke {size} "
                        "(regel: sidestoerrelse).")
    return (1 if side is None else side), size


def page_of(items: Sequence[T], antal: int, number: int, size: int,
            query: Mapping[str, str | None] | None = None, standard: int = PR_SIDE) -> Side[T]:
    """Page ``number`` (its ``items`` already read) of a list of ``antal``; a page that is
    not there is a 400 with a Danish message."""
    last = max(1, -(-antal // size))
    if not 1 <= number <= last:
        raise ViewError(f"Feltet 'side' ({number}) findes ikke: listen har side 1-{last} "
                        "(regel: side-findes).")
    kept = urlencode({k: v for k, v in (query or {}).items() if v})
    return Side(tuple(items), number, size, antal, kept, standard)
