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

import re
import unicodedata
from datetime import date
from typing import Any

import attrs

from .common import DomainError

__all__ = [
    "FREE_TEXT",
    "check_meeting_id",
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


def _text(value: str) -> str:
    return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize(
        "NFC", value)


def normalised(command: Any) -> Any:
    """``command`` with every text NFC-normalised and every name and id checked.

    Returns the same object when nothing changes (the usual case), so the cost is a scan.
    The field in an error is the dotted path from the command (``deltagere.2.navn``).
    """
    return _value(command, "", free=False)


_FIELDS: dict[type, tuple[str, ...]] = {}


def _fields(cls: type) -> tuple[str, ...]:
    found = _FIELDS.get(cls)
    if found is None:
        found = _FIELDS[cls] = tuple(a.name for a in attrs.fields(cls))
    return found


def _value(value: Any, path: str, *, free: bool) -> Any:
    if isinstance(value, str):
        return _text(value) if free else name(value, path or "tekst")
    if isinstance(value, tuple):
        items = tuple(_value(v, f"{path}.{i}", free=free) for i, v in enumerate(value))
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if attrs.has(type(value)):
        changes = {}
        for field_name in _fields(type(value)):
            old = getattr(value, field_name)
            new = _value(old, f"{path}.{field_name}" if path else field_name,
                         free=free or field_name in FREE_TEXT)
            if new is not old:
                changes[field_name] = new
        return attrs.evolve(value, **changes) if changes else value
    return value


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
