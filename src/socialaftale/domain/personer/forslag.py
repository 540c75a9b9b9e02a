"""Which differently spelled names may be one person: a suggestion, never a merge.

Names stay exactly as each minute spells them; this module only *suggests* that
two spellings are one person (a pure query). Confirming a suggestion is the event
:class:`~socialaftale.domain.personer.SammenfaldBekraeftet`.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable

import attrs

__all__ = ["Sammenfaldsforslag", "foreslaa_sammenfald", "maybe_same"]

_DANISH_FOLDS = (("æ", "ae"), ("ø", "oe"), ("å", "aa"))


def _fold(word: str) -> str:
    """Lower-case with æøå as the aa/oe spellings, so Højgård and Højgaard meet."""
    text = unicodedata.normalize("NFC", word).lower()
    for letter, spelled in _DANISH_FOLDS:
        text = text.replace(letter, spelled)
    return text


def _words(name: str) -> tuple[str, ...]:
    return tuple(_fold(part) for part in name.replace(".", ". ").split())


def _initial(word: str) -> bool:
    return word.endswith(".") and len(word) == 2


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


def maybe_same(names: Iterable[str]) -> tuple[tuple[str, str], ...]:
    """The pairs of ``names`` (each in sorted order, sorted) that :func:`foreslaa_sammenfald`
    may suggest; every other pair it would refuse. Trying every pair is quadratic (2,153
    names of a national record: 2.3 million pairs, 90 s), so only names that can agree are
    paired: a suggestion needs the shorter name's words to agree with the longer's first
    words, and two words agree only when equal or when one is an initial of the other. So
    a name without initials meets the names beginning with exactly its words, and a name
    with one (or a name meeting one) the names whose words begin with the same letters.
    The answer is kept for the last few sets of names (every view of /personer asks)."""
    return _maybe_same(tuple(dict.fromkeys(names)))


@functools.lru_cache(maxsize=4)
def _maybe_same(names: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    words: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {}
    exact: dict[tuple[str, ...], list[str]] = {}  # first k words -> names
    initials: dict[tuple[str, ...], list[str]] = {}  # first letters of first k words -> names
    dotted: dict[tuple[str, ...], list[str]] = {}  # the same, initials among the k words
    for name in names:
        w = _words(name)
        if not w:
            continue
        letters = tuple(x[:1] for x in w)
        has_initial = False
        for k in range(1, len(w) + 1):
            has_initial = has_initial or _initial(w[k - 1])
            exact.setdefault(w[:k], []).append(name)
            initials.setdefault(letters[:k], []).append(name)
            if has_initial:
                dotted.setdefault(letters[:k], []).append(name)
        words[name] = (w, letters, has_initial)
    pairs: set[tuple[str, str]] = set()
    for name, (w, letters, has_initial) in words.items():
        others = initials[letters] if has_initial else [*exact[w], *dotted.get(letters, ())]
        for other in others:
            if other != name and (len(w) > 1 or len(words[other][0]) == 1):
                pairs.add((min(name, other), max(name, other)))  # a lone word meets only one
    return tuple(sorted(pairs))
