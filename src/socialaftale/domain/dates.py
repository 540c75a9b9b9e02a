"""Dates as the minutes write them.

The minutes give exact dates ("24. oktober 2019"), weeks ("inden udgangen af
uge 47"), parts of months ("primo april") and references to the next meeting.
Exact dates are ``datetime.date``; the rest are kept as what they are, so
that nothing is invented: a :class:`PartialDate` knows its bounds, not a day.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Literal

from attrs import frozen

from .common import DomainError

__all__ = ["MONTHS", "PartialDate", "end_of_week", "parse_danish_date"]

MONTHS = {
    "januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}

Part = Literal["primo", "medio", "ultimo"]


def end_of_week(year: int, week: int) -> date:
    """The last day (Sunday) of ISO week ``week`` of ``year``: "udgangen af uge 47"."""
    try:
        return date.fromisocalendar(year, week, 7)
    except ValueError:
        raise DomainError(
            f"uge {week} findes ikke i {year}", rule="ugyldig-uge", field="uge"
        ) from None


@frozen
class PartialDate:
    """A date known only to a month or part of a month ("primo april 2013").

    ``earliest`` and ``latest`` bound it; it is never rounded to a day.
    """

    year: int
    month: int | None = None
    part: Part | None = None

    @property
    def earliest(self) -> date:
        month = self.month or 1
        start = {None: 1, "primo": 1, "medio": 11, "ultimo": 21}[self.part]
        return date(self.year, month, start)

    @property
    def latest(self) -> date:
        if self.month is None:
            return date(self.year, 12, 31)
        last = calendar.monthrange(self.year, self.month)[1]
        end = {None: last, "primo": 10, "medio": 20, "ultimo": last}[self.part]
        return date(self.year, self.month, end)

    def __str__(self) -> str:
        if self.month is None:
            return str(self.year)
        name = next(k for k, v in MONTHS.items() if v == self.month)
        return f"{self.part + ' ' if self.part else ''}{name} {self.year}"


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


def days(n: int) -> timedelta:
    """A span of ``n`` days (readability in rules about deadlines)."""
    return timedelta(days=n)
