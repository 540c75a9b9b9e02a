"""Which differently spelled names may be one person: a suggestion, never a merge.

Names stay exactly as each minute spells them; this module only *suggests* that
two spellings are one person (a pure query). Confirming a suggestion is the event
:class:`~socialaftale.domain.personer.SammenfaldBekraeftet`.
"""

from __future__ import annotations

import unicodedata

import attrs

__all__ = ["Sammenfaldsforslag", "foreslaa_sammenfald"]

_DANISH_FOLDS = (("æ", "ae"), ("ø", "oe"), ("å", "aa"))


def _fold(word: str) -> str:
    """Lower-case with æøå as the aa/oe spellings, so Højgård and Højgaard meet."""
    text = unicodedata.normalize("NFC", word).lower()
    for letter, spelled in _DANISH_FOLDS:
        text = text.replace(letter, spelled)
    return text


def _words(name: str) -> tuple[str, ...]:
    return tuple(_fold(part) for part in name.replace(".", ". ").split())


def _same_word(a: str, b: str) -> bool:
    """Equal words, or an initial ("b.") standing for a word ("boelt")."""
    if a == b:
        return True
    for short, long in ((a, b), (b, a)):
        if short.endswith(".") and len(short) == 2 and long[:1] == short[:1]:
            return True
    return False


@attrs.frozen
class Sammenfaldsforslag:
    """A suggestion that two spellings may be one person, with why (Danish)."""

    navn_a: str
    navn_b: str
    grund: str


def foreslaa_sammenfald(a: str, b: str) -> Sammenfaldsforslag | None:
    """Suggest that spellings `a` and `b` are one person, or None.

    General rules, word by word after folding æøå: the words agree, one name
    extends the other (more surnames at the end), or an initial stands for a word.
    """
    wa, wb = _words(a), _words(b)
    if a == b or not wa or not wb:
        return None
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if not all(_same_word(x, y) for x, y in zip(short, long, strict=False)):
        return None
    if len(short) == len(long):
        if wa == wb:
            return Sammenfaldsforslag(a, b, "samme navn stavet med æ/ø/å eller ae/oe/aa")
        return Sammenfaldsforslag(a, b, "et forbogstav står for et navn")
    if len(short) < 2:
        return None  # a lone first name or surname is too weak a sign
    if short[-1] != long[len(short) - 1]:
        return None  # the shorter name's surname met only an initial ("Becker" / "B. Møller")
    return Sammenfaldsforslag(a, b, "det ene navn er det andet med flere efternavne")
