"""What the personer streams record: a confirmed verdict on whether two spellings are one.

One stream per pair of spellings (in sorted order, so A/B and B/A are the same pair). The
latest verdict on a pair holds; an earlier one stays in the log (history is never
rewritten). Which spellings exist is not recorded here: they are the names the meetings,
groups and affiliations already record, each as its minute spells it.
"""

from __future__ import annotations

from attrs import frozen

from ..common import StreamId, stream_id

__all__ = ["EVENTS", "SammenfaldAfkraeftet", "SammenfaldBekraeftet", "pair_key", "pair_stream"]


def pair_key(navn_a: str, navn_b: str) -> str:
    """The pair's key, the same whichever spelling is named first."""
    first, second = sorted((navn_a, navn_b))
    return f"{first}\u241f{second}"  # a separator no name holds (SYMBOL FOR UNIT SEPARATOR)


def pair_stream(navn_a: str, navn_b: str) -> StreamId:
    return stream_id("personsammenfald", pair_key(navn_a, navn_b))


@frozen
class SammenfaldBekraeftet:
    """Someone confirmed that spellings ``navn_a`` and ``navn_b`` name one person, and why.

    Who confirmed it and when is the event's metadata; the source it rests on its
    provenance."""

    navn_a: str
    navn_b: str
    grund: str

    def summary(self) -> str:
        return f"{self.navn_a} og {self.navn_b} er samme person ({self.grund})"


@frozen
class SammenfaldAfkraeftet:
    """Someone stated that ``navn_a`` and ``navn_b`` are two people: it undoes an earlier
    confirmation, or sets aside a suggestion that was never confirmed."""

    navn_a: str
    navn_b: str
    grund: str

    def summary(self) -> str:
        return f"{self.navn_a} og {self.navn_b} er ikke samme person ({self.grund})"


EVENTS: tuple[type, ...] = (SammenfaldBekraeftet, SammenfaldAfkraeftet)
