"""``kilde_sted``: where a fact stands in its source document, "s. 3, l. 120-124".

One writer (:meth:`KildeSted.__str__`, :func:`kilde_sted_of`) and one parser
(:func:`parse_kilde_sted`) for every part that writes or reads the form: the drafter, its
review list, the record's check (records/format.py) and the web's draft page, so the form
cannot drift between them.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["KILDE_STED", "KildeSted", "kilde_sted_of", "parse_kilde_sted"]

#: A page and a line, or spans of them ("s. 3, l. 120-124", "s. 3-4, l. 1-9").
KILDE_STED = re.compile(r"s\. (\d+)(?:-(\d+))?, l\. (\d+)(?:-(\d+))?")


@attrs.frozen
class KildeSted:
    """A span of pages and lines (1-based, lines counted through the document)."""

    side: int
    linje: int
    til_side: int
    til_linje: int

    def __str__(self) -> str:
        page = f"{self.side}" if self.side == self.til_side else f"{self.side}-{self.til_side}"
        line = (f"{self.linje}" if self.linje == self.til_linje
                else f"{self.linje}-{self.til_linje}")
        return f"s. {page}, l. {line}"


def kilde_sted_of(side: int, linje: int, til_side: int | None = None,
                  til_linje: int | None = None) -> str:
    """The form a record writes: "s. 3, l. 120" for one line, "s. 3-4, l. 120-130" for a span."""
    return str(KildeSted(side, linje, side if til_side is None else til_side,
                         linje if til_linje is None else til_linje))


def parse_kilde_sted(text: object) -> KildeSted | None:
    """The span a ``kilde_sted`` names; None where the text is not in the form."""
    found = KILDE_STED.fullmatch(text.strip()) if isinstance(text, str) else None
    if found is None:
        return None
    side, linje = int(found.group(1)), int(found.group(3))
    return KildeSted(side, linje, int(found.group(2) or side), int(found.group(4) or linje))
