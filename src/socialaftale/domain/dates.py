"""Dates as the minutes write them.

The minutes give exact dates ("24. oktober 2019"), weeks ("inden udgangen af
uge 47"), parts of months ("primo april") and references to the next meeting.
Exact dates are ``datetime.date``; the rest are kept as what they are, so
that nothing is invented: a :class:`PartialDate` knows its bounds, not a day.
"""

from __future__ import annotations

import re
import types
import typing
from datetime import date, timedelta
from typing import Any, TypeAlias, Union

from .common import MONTHS, DomainError, Part, PartialDate

__all__ = [
    "DATO_FORMS",
    "MONTHS",
    "Dato",
    "PartialDate",
    "dato_earliest",
    "dato_text",
    "end_of_week",
    "is_dato_type",
    "parse_danish_date",
    "parse_dato",
]

__all__ += ["Part"]  # PartialDate and its names live in the shared kernel (common), so that
# a provenance's external decision can hold one; they are re-exported here, where they belong.


def end_of_week(year: int, week: int) -> date:
    """The last day (Sunday) of ISO week ``week`` of ``year``: "udgangen af uge 47"."""
    try:
        return date.fromisocalendar(year, week, 7)
    except ValueError:
        raise DomainError(
            f"uge {week} findes ikke i {year}", rule="ugyldig-uge", field="uge"
        ) from None


_DANISH = re.compile(r"^\s*(\d{1,2})\.\s*([a-zæøå]+)\s+(\d{4})\s*$", re.IGNORECASE)


def parse_danish_date(text: str) -> date:
    """Parse "24. oktober 2019" or "2019-10-24" into a date, or raise a DomainError."""
    m = _DANISH.match(text)
    try:
        if m:
            month = MONTHS.get(m.group(2).lower())
            if month is None:
                raise ValueError
            return date(int(m.group(3)), month, int(m.group(1)))
        return date.fromisoformat(text.strip())
    except ValueError:
        raise DomainError(f"dato {text} findes ikke", rule="ugyldig-dato", field="dato") from None


Dato: TypeAlias = date | PartialDate
"""A date as the minutes give it: a day, or only a year, a month, a part of a month or a
season. Use it for any date the minutes may give vaguely (a deadline, a milestone, an
external body's decision); never round a partial date to a day."""

DATO_FORMS = ("2019-10-24", "24. oktober 2019", "oktober 2019", "primo april 2013",
              "medio maj 2014", "ultimo januar 2014", "forår 2015", "november-december 2019",
              "2015")
"""The forms :func:`parse_dato` reads, as shown to a user whose date it did not understand."""

_MONTH_YEAR = re.compile(
    r"^\s*(?:(primo|medio|ultimo)\s+)?([a-zæøå]+)(?:\s+(\d{4}))?\s*$", re.IGNORECASE)
_SEASON = re.compile(r"^\s*(forår|foråret|sommer|sommeren|efterår|efteråret)"
                     r"(?:\s+(\d{4}))?\s*$", re.IGNORECASE)
_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_MONTH_SPAN = re.compile(r"^\s*([a-zæøå]+)\s*-\s*([a-zæøå]+)(?:\s+(\d{4}))?\s*$",
                         re.IGNORECASE)


def parse_dato(text: str, *, default_year: int | None = None) -> Dato:
    """A day, or a :class:`PartialDate` when the text names only a year, a month, a part of
    a month, a season or a span of months ("november-december 2019"). ``default_year``
    fills in a year the text leaves out ("primo april" in minutes of 2013); without it such
    a text is refused, never guessed."""
    stripped = text.strip()
    year = _YEAR.match(stripped)
    if year:
        return _partial(int(year.group(1)), None, None, text)
    season = _SEASON.match(stripped)
    if season:
        name = season.group(1).lower().removesuffix("et").removesuffix("en")
        return _partial(_year(season.group(2), default_year, text), None, name, text)
    span = _MONTH_SPAN.match(stripped)
    if span and span.group(1).lower() in MONTHS and span.group(2).lower() in MONTHS:
        first = _partial(_year(span.group(3), default_year, text),
                         MONTHS[span.group(1).lower()], None, text)
        return PartialDate(first.year, first.month, None, MONTHS[span.group(2).lower()])
    month_year = _MONTH_YEAR.match(stripped)
    if month_year and month_year.group(2).lower() in MONTHS:
        part = month_year.group(1).lower() if month_year.group(1) else None
        return _partial(_year(month_year.group(3), default_year, text),
                        MONTHS[month_year.group(2).lower()], part, text)
    try:
        return parse_danish_date(stripped)
    except DomainError:
        raise DomainError(f"datoen '{text}' forstås ikke; skriv fx "
                          f"{', '.join(repr(f) for f in DATO_FORMS)}",
                          rule="ugyldig-dato", field="dato") from None


def _year(written: str | None, default_year: int | None, text: str) -> int:
    if written is not None:
        return int(written)
    if default_year is None:
        raise DomainError(f"datoen '{text}' mangler et årstal", rule="ugyldig-dato",
                          field="dato")
    return default_year


def _partial(year: int, month: int | None, part: str | None, text: str) -> PartialDate:
    if not 1900 <= year <= 2200:
        raise DomainError(f"årstallet i '{text}' er ikke et år fra 1900 til 2200",
                          rule="ugyldig-dato", field="dato")
    return PartialDate(year, month, part)  # type: ignore[arg-type]  # checked by the regex


def is_dato_type(tp: Any) -> bool:
    """Whether a field's type is a :data:`Dato` (``date | PartialDate``, optional or not):
    the converters read and write such fields by what the value is."""
    args = set(typing.get_args(tp)) - {type(None)}
    return typing.get_origin(tp) in (Union, types.UnionType) and args == {date, PartialDate}


def dato_earliest(value: Dato) -> date:
    """The first day a date may mean: the sort key of dates given with different precision."""
    return value.earliest if isinstance(value, PartialDate) else value


def dato_text(value: Dato | None) -> str:
    """A date as a reader sees it: ISO for a day, the minutes' words for a partial date."""
    if value is None:
        return "ukendt"
    return str(value) if isinstance(value, PartialDate) else value.isoformat()


def days(n: int) -> timedelta:
    """A span of ``n`` days (readability in rules about deadlines)."""
    return timedelta(days=n)
