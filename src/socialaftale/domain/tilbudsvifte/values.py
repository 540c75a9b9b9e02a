"""The values a tilbud is described by: its legal basis (parsed from the minutes' text),
its places, the streams it lives in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from attrs import frozen

from ..common import DomainError, StreamId, stream_id

Lov = Literal["SEL", "ABL", "andet"]
Enhed = Literal["døgn", "måned", "time", "dag", "år", "ydelse"]
Status = Literal["aktiv", "lukket", "opsplittet", "erstattet"]
Anmodningsart = Literal["indmelding", "udmelding"]
Afgoerelse = Literal["afventer", "godkendt", "afvist"]


def tilbud_stream(key: str) -> StreamId:
    """The stream of one tilbud."""
    return stream_id("tilbud", key)


def frister_stream(aar: int) -> StreamId:
    """The stream of the deadlines for the tilbudsvifte of year ``aar``."""
    return stream_id("tilbudsvifte-frister", str(aar))


# -- values -----------------------------------------------------------------------------

_SEL = frozenset({"32", "36", "66", "67", "85", "103", "104", "107", "108", "109", "110"})


@frozen
class Lovgrundlag:
    """One legal basis: law, paragraph and optional stk. ("ABL § 105, stk. 1")."""

    lov: Lov
    paragraf: str
    stk: int | None = None

    def __str__(self) -> str:
        lov = "" if self.lov == "andet" else f"{self.lov} "
        stk = f", stk. {self.stk}" if self.stk is not None else ""
        return f"{lov}§ {self.paragraf}{stk}"


_BASIS = re.compile(
    r"^\s*(?:(SEL|ABL|serviceloven|almenboligloven)\s*)?§\s*(\d+[a-z]?)"
    r"(?:\s*,?\s*stk\.\s*(\d+))?\s*$",
    re.IGNORECASE,
)


def parse_lovgrundlag(text: str) -> tuple[Lovgrundlag, ...]:
    """Legal bases as the minutes write them: "§105", "§105+§104", "§ 105, stk. 1".

    A paragraph without a law is read as the glossary says: § 105 is
    Almenboligloven, § 103/104/107/108 (and other SEL paragraphs) Serviceloven;
    anything else is kept as "andet" with its number.
    """
    parts = [p for p in re.split(r"\+|\bog\b", text) if p.strip()]
    if not parts:
        raise DomainError(
            f"lovgrundlaget '{text}' kan ikke læses (skriv fx §105 eller SEL § 104)",
            rule="ugyldigt-lovgrundlag",
            field="lovgrundlag",
        )
    result = []
    for part in parts:
        m = _BASIS.match(part)
        if m is None:
            raise DomainError(
                f"lovgrundlaget '{part.strip()}' kan ikke læses (skriv fx §105 eller SEL § 104)",
                rule="ugyldigt-lovgrundlag",
                field="lovgrundlag",
            )
        named, paragraf, stk = m.group(1), m.group(2), m.group(3)
        lov: Lov
        if named:
            lov = "ABL" if named.lower() in ("abl", "almenboligloven") else "SEL"
        elif paragraf == "105":
            lov = "ABL"
        elif paragraf in _SEL:
            lov = "SEL"
        else:
            lov = "andet"
        result.append(Lovgrundlag(lov, paragraf, int(stk) if stk else None))
    return tuple(result)


def _lov_text(bases: Sequence[Lovgrundlag]) -> str:
    return " + ".join(str(b) for b in bases) or "lovgrundlag ikke oplyst"


@frozen
class PladsDel:
    """A part of an offer's places: "1 aflastningsplads (kommunal)", "4 eksterne pladser".

    ``omfattet`` says whether the part is covered by the agreement
    (socialaftalepladser); ``None`` when the source does not say.
    """

    antal: int
    beskrivelse: str
    omfattet: bool | None = None

    def __str__(self) -> str:
        cover = {True: "", False: ", ikke omfattet", None: ""}[self.omfattet]
        return f"{self.antal} {self.beskrivelse}{cover}"


def _pladser_text(pladser: int | None) -> str:
    return "ukendt antal pladser" if pladser is None else f"{pladser} pladser"


@frozen
class NytTilbud:
    """An offer that arises from a split or replaces others (its driftsherre is inherited)."""

    key: str
    navn: str
    lovgrundlag: tuple[Lovgrundlag, ...] = ()
    pladser: int | None = None
    pladsdele: tuple[PladsDel, ...] = ()
    kategori: int | None = None
    forstaerket_samarbejde: bool | None = None
    landsdaekkende: bool | None = None


# -- events -----------------------------------------------------------------------------
