"""How answers are shown: Danish dates and amounts, highlighted search words, sorted tables.

Presentation only; the facts come from the store's queries unchanged.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from decimal import Decimal
from typing import Any, Literal, TypeVar

from markupsafe import Markup, escape

from socialaftale import danish_date, format_kroner

__all__ = [
    "Direction",
    "andel",
    "antal",
    "danish_dates",
    "dato",
    "filters",
    "highlight",
    "kroner",
    "linked_text",
    "sort_link",
    "sort_rows",
    "words_of",
]

T = TypeVar("T")
Direction = Literal["op", "ned"]

def dato(value: Any) -> str:
    """A date as the minutes write it: "24. oktober 2019"; a partial date as written
    ("primo april 2015"), never rounded to a day."""
    if value is None:
        return ""
    if not isinstance(value, date):
        return str(value)
    return danish_date(value)


ISO_DATE = re.compile(r"(?<![\w-])(\d{4})-(\d{2})-(\d{2})(?![\w-])")


def danish_dates(text: str) -> str:
    """Every ISO date in a text ("fra 2019-10-01") in the minutes' form ("fra 1. oktober 2019").

    Dates inside identifiers (``das-2019-10-24``) and impossible dates stay as written.
    """

    def one(m: re.Match[str]) -> str:
        try:
            return dato(date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
        except ValueError:
            return m.group(0)

    if isinstance(text, Markup):  # already escaped (a search snippet): stays markup
        return Markup(ISO_DATE.sub(one, str(text)))
    return ISO_DATE.sub(one, text)


def linked_text(text: str, links: Mapping[str, tuple[str, str]]) -> Markup:
    """``text`` escaped, its ISO dates in Danish, and every key in ``links`` (key → (url,
    name)) shown as a link with the name: "Opsplittet i <a href=…>Botilbud Kærvej</a>"."""
    if not links:
        return Markup(escape(danish_dates(text)))
    pattern = re.compile(
        r"(?<![\w/-])(" + "|".join(re.escape(k) for k in sorted(links, key=len, reverse=True))
        + r")(?![\w/-])")
    out: list[str] = []
    last = 0
    for m in pattern.finditer(text):
        url, name = links[m.group(1)]
        out.append(str(escape(danish_dates(text[last : m.start()]))))
        out.append(f'<a href="{escape(url)}">{escape(name)}</a>')
        last = m.end()
    out.append(str(escape(danish_dates(text[last:]))))
    return Markup("".join(out))


def antal(count: int, singular: str, plural: str) -> str:
    """A count with its noun in the right number: "1 beslutning", "2 beslutninger"."""
    return f"{count} {singular if count == 1 else plural}"


def kroner(value: Decimal | int | None) -> str:
    """An amount as the minutes write it (1.287.300 kr.)."""
    return "" if value is None else format_kroner(Decimal(value))


def andel(value: Decimal | float | None, decimals: int = 2) -> str:
    """A share as a Danish percentage: Decimal("0.1234") → "12,34 %"."""
    if value is None:
        return ""
    pct = (Decimal(str(value)) * 100).quantize(Decimal(1).scaleb(-decimals))
    return f"{pct:,.{decimals}f}".replace(",", "X").replace(".", ",").replace("X", ".") + " %"


def words_of(query: str) -> list[str]:
    """The search words of a query: whitespace-separated, NFC, empty ones dropped."""
    return [w for w in unicodedata.normalize("NFC", query).split() if w.strip()]


def highlight(text: str, query: str) -> Markup:
    """``text`` escaped for HTML with every occurrence of a query word in ``<mark>``.

    Matching ignores case ("taleinstituttet" marks "Taleinstituttet"); longer
    words win where two overlap.
    """
    text = unicodedata.normalize("NFC", text)
    words = sorted({w.casefold() for w in words_of(query)}, key=len, reverse=True)
    if not words:
        return Markup(escape(text))
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    out: list[str] = []
    last = 0
    for m in pattern.finditer(text):
        out.append(str(escape(text[last : m.start()])))
        out.append(f"<mark>{escape(m.group(0))}</mark>")
        last = m.end()
    out.append(str(escape(text[last:])))
    return Markup("".join(out))


def sort_rows(
    rows: Iterable[T],
    column: str | None,
    direction: Direction,
    keys: Mapping[str, Callable[[T], Any]],
    default: str,
) -> tuple[list[T], str, Direction]:
    """Rows sorted by a named column (one of ``keys``, else ``default``), None last.

    Returns the rows and the column and direction actually used, for the table
    headers' links.
    """
    used: str = column if column is not None and column in keys else default
    key = keys[used]

    def sort_key(row: T) -> tuple[bool, Any]:
        value = key(row)
        if isinstance(value, str):
            value = value.casefold()
        return (value is None, value if value is not None else 0)

    ordered = sorted(rows, key=sort_key, reverse=direction == "ned")
    if direction == "ned":  # keep "not given" last either way
        ordered = [r for r in ordered if key(r) is not None] + [
            r for r in ordered if key(r) is None
        ]
    return ordered, used, direction


def sort_link(
    base: str, params: Mapping[str, Any], column: str, used: str, direction: Direction
) -> str:
    """The URL of a column header: sort by it, or flip the direction when already sorted by it."""
    from urllib.parse import urlencode

    flip: Direction = "ned" if column == used and direction == "op" else "op"
    query: dict[str, Any] = {k: v for k, v in params.items() if v not in (None, "")}
    query.update(sorter=column, retning=flip)
    return f"{base}?{urlencode(query)}"


def filters(env_filters: dict[str, Any], env_globals: dict[str, Any]) -> None:
    """Register the presentation helpers with a Jinja environment."""
    env_filters.update(dato=dato, kroner=kroner, highlight=highlight,
                       danske_datoer=danish_dates, andel=andel)
    env_globals.update(sort_link=sort_link, antal=antal)
