"""Names and ids as one spelling each: NFC, and no invisible or steering characters.

The same name can reach the record in two Unicode spellings: "Å" as one code point (NFC,
what most keyboards type) or as "A" and a combining ring (NFD, what macOS file names and
some copy-paste give). Streams are keyed by names ("the person Sven Åge Fog", "the operator
Tårnby"), so without one spelling an identity splits in two. Every text of every command
is therefore NFC-normalised before it is decided. Names and ids must also be what they look
like: a zero-width space, a control character or a bidirectional override (which reorders
what a reader sees, "Trojan source") would make two names that look alike differ, or one
name look like another; they are refused there. Free text (a referat, a note, a reason)
keeps its line breaks and is only normalised.

Meeting ids follow one convention, ``<forum>-<ISO date>`` with the forum's name as a slug
(``das-2019-10-24``); :func:`meeting_id_for` forms it and :func:`check_meeting_id` holds a
meeting to it, so an id cannot say one date while the meeting says another.
"""

from __future__ import annotations

import difflib
import re
import typing
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Literal

import attrs

from .common import DomainError

__all__ = [
    "FREE_TEXT",
    "check_meeting_id",
    "did_you_mean",
    "meeting_id_for",
    "name",
    "normalised",
    "slug",
]

#: Fields written as running text: they may hold line breaks and are only NFC-normalised.
#: Every other text field is a name or an id and is held to :func:`name`'s rules.
FREE_TEXT = frozenset({
    "referat", "bemaerkninger", "begrundelse", "grund", "grunde", "note", "resume",
    "sagsfremstilling", "indstilling", "mandat", "vision", "leverance", "beskrivelse",
    "footnote", "regler", "bilag", "sted", "tid", "maalgruppe", "periode", "titel", "sagsnr",
    "tekst", "formaal", "betingelse",  # budget: footnotes, sharing rules, rate decisions
})

#: Control (Cc), format (Cf: zero-width, bidi marks, soft hyphen, …), surrogates and the
#: line/paragraph separators. Nothing of that belongs in a name.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_BIDI = frozenset(
    [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
_ZERO_WIDTH = frozenset([0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF])
# A fast pre-check: only names with a character outside printable ASCII/Latin-1 letters
# need the per-character look at categories.
_PLAIN = re.compile(r"[\x20-\x7e\u00a0-\u00ac\u00ae-\u024f]*")


def _what(ch: str) -> str:
    code = ord(ch)
    label = unicodedata.name(ch, "")
    if code in _BIDI:
        kind = "et retningstegn (bidi)"
    elif code in _ZERO_WIDTH:
        kind = "et usynligt tegn"
    elif unicodedata.category(ch) == "Cc":
        kind = "et styretegn"
    elif unicodedata.category(ch) == "Cs":
        kind = "et enligt surrogat (ikke et tegn)"
    else:
        kind = "et usynligt tegn"
    return f"{kind}, U+{code:04X} {label}".rstrip()


def name(value: str, field: str) -> str:
    """``value`` in NFC, or a DomainError naming the field if it holds a character a name
    may not hold (control, zero-width, bidirectional override or mark)."""
    text = value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize(
        "NFC", value)
    if _PLAIN.fullmatch(text) is None:
        for i, ch in enumerate(text, start=1):
            if unicodedata.category(ch) in _REFUSED_CATEGORIES:
                raise DomainError(
                    f"{field}: {text!r} indeholder {_what(ch)} (tegn nr. {i}); et navn eller "
                    "id må kun bestå af synlige tegn — skriv det uden", rule="ugyldigt-tegn",
                    field=field)
    return text


def normalised(command: Any) -> Any:
    """``command`` with every text NFC-normalised and every name and id checked.

    Returns the same object when nothing changes (the usual case), so the cost is a scan:
    one pass without paths, and only when a name is refused a second pass that finds its
    field, given as the dotted path from the command (``deltagere.2.navn``).
    """
    try:
        return _scan(command, False)
    except _Refused:
        _find(command, "", free=False)  # raises the DomainError with the field's path
        raise AssertionError("a refused name was not found again") from None


class _Refused(Exception):
    """A name holds a refused character (the second pass says which field)."""


_NOT_ATTRS = ()
_PLANS: dict[type, tuple[tuple[str, bool], ...] | None] = {}
_NO_TEXT = (bool, int, Decimal, date, datetime, type(None))


def _plan(cls: type) -> tuple[tuple[str, bool], ...] | None:
    """The fields of an attrs class that may hold text, with whether each is running text;
    None for a class that is not attrs. Read once per class from its annotations, so the
    scan skips dates, numbers and fixed choices without looking at them."""
    plan = _PLANS.get(cls, _NOT_ATTRS)
    if plan is _NOT_ATTRS:
        plan = None
        if attrs.has(cls):
            _BUSY.add(cls)
            hints = typing.get_type_hints(cls)
            plan = tuple((a.name, a.name in FREE_TEXT) for a in attrs.fields(cls)
                         if _may_hold_text(hints.get(a.name, Any)))
            _BUSY.discard(cls)
        _PLANS[cls] = plan
    return plan


_BUSY: set[type] = set()  # classes whose plan is being worked out (a class may nest itself)


def _may_hold_text(hint: Any) -> bool:
    origin = typing.get_origin(hint)
    if origin is Literal:
        return False  # a fixed choice, checked against its values before deciding
    if origin is not None:
        return any(_may_hold_text(a) for a in typing.get_args(hint) if a is not Ellipsis)
    if isinstance(hint, type) and issubclass(hint, _NO_TEXT):
        return False
    if isinstance(hint, type) and attrs.has(hint):
        return hint in _BUSY or bool(_plan(hint))
    return True  # str, Any and anything unforeseen: looked at


def _scan(value: Any, free: bool) -> Any:
    kind = type(value)
    if kind is str:
        if value.isascii():  # ASCII is NFC, and printable ASCII holds nothing refused
            if free or value.isprintable():
                return value
            raise _Refused
        text = value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize(
            "NFC", value)
        if not free and _PLAIN.fullmatch(text) is None and any(
                unicodedata.category(ch) in _REFUSED_CATEGORIES for ch in text):
            raise _Refused
        return text
    if kind is tuple:
        items: list[Any] | None = None
        for i, v in enumerate(value):
            new = _scan(v, free)
            if new is not v:
                items = items or list(value)
                items[i] = new
        return value if items is None else tuple(items)
    plan = _plan(kind)
    if plan is None:
        return value
    changes: dict[str, Any] | None = None
    for field_name, text in plan:
        old = getattr(value, field_name)
        if old is None:
            continue
        new = _scan(old, free or text)
        if new is not old:
            changes = changes or {}
            changes[field_name] = new
    return value if changes is None else attrs.evolve(value, **changes)


def _find(value: Any, path: str, *, free: bool) -> None:
    """The second pass: the same walk with each value's path, raising at the refused name."""
    if isinstance(value, str):
        if not free:
            name(value, path or "tekst")
    elif isinstance(value, tuple):
        for i, v in enumerate(value):
            _find(v, f"{path}.{i}", free=free)
    else:
        for field_name, text in _plan(type(value)) or ():
            _find(getattr(value, field_name), f"{path}.{field_name}" if path else field_name,
                  free=free or text)


# -- meeting ids -------------------------------------------------------------------------

_DANISH = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa"})
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """A forum's name as it stands in a meeting id: lower case, æ/ø/å as ae/oe/aa, other
    accents dropped, every run of other characters one hyphen ("Børne- og ungeudvalget"
    → "boerne-og-ungeudvalget")."""
    lowered = unicodedata.normalize("NFC", text).lower().translate(_DANISH)
    plain = "".join(c for c in unicodedata.normalize("NFKD", lowered)
                    if not unicodedata.combining(c))
    return _NOT_SLUG.sub("-", plain).strip("-")


def meeting_id_for(body: str, dato: date) -> str:
    """The id of the meeting of ``body`` on ``dato``: ``<slug of the forum>-<ISO date>``."""
    return f"{slug(body)}-{dato.isoformat()}"


def check_meeting_id(meeting_id: str, body: str, dato: date) -> None:
    """Refuse a meeting whose id does not say its forum and its date.

    The id is the meeting's identity everywhere (decisions point at it, minutes approve an
    earlier meeting by it), and rules read the date from it; an id that disagrees with the
    meeting would split one meeting in two or date a decision wrongly.
    """
    if not slug(body):
        raise DomainError(f"forummets navn '{body}' skal indeholde bogstaver eller tal",
                          rule="ugyldigt-forum", field="body")
    expected = meeting_id_for(body, dato)
    if meeting_id != expected:
        raise DomainError(
            f"mødets id '{meeting_id}' passer ikke til forum {body} og dato "
            f"{dato.isoformat()}; id'et skal være '{expected}' (<forum>-<ÅÅÅÅ-MM-DD>)",
            rule="moede-id-passer-ikke", field="meeting_id")


def did_you_mean(written: str, known: Iterable[str], *, cutoff: float = 0.6,
                 ignore_case: bool = False, same_but_case: bool = False) -> str:
    """`` — mente du X?`` for the known name nearest a misspelling ``written``, else "".

    ``cutoff``: how alike (difflib's ratio) a name must be to be offered. ``ignore_case``:
    case does not count in that likeness. ``same_but_case``: the names equal to ``written``
    but for case and surrounding spaces are offered first, all of them ("X eller Y")."""
    names = list(known)
    if same_but_case:
        wanted = written.strip().casefold()
        same = [n for n in names if n.casefold() == wanted]
        if same:
            return f" — mente du {' eller '.join(same)}?"
    if ignore_case:
        by_lower = {n.lower(): n for n in names}
        close = [by_lower[c] for c in difflib.get_close_matches(
            written.lower(), list(by_lower), n=1, cutoff=cutoff)]
    else:
        close = difflib.get_close_matches(written, names, n=1, cutoff=cutoff)
    return f" — mente du {close[0]}?" if close else ""
