"""The verbatim check: every text a record presents as the minutes' words is in the minutes.

A record says what the minutes say; where it quotes them (a referat, an indstilling
clause, a remark, a reason, a bilag title, a participant's note, a phrase in quotation
marks) the quote must be found in the document the record cites, after undoing what
text extraction does to a page: line breaks (also one after a slash: "tale/" + "sprog"),
end-of-line hyphenation ("takstana-" + "lyse"), runs of whitespace and page furniture
lines ("Punkt 3", "16/20") between the parts of a quote. Anything else (case,
punctuation, a word) must be exact. The recorder's own words go in ``sammenfatning``,
which the check skips and every output shows as the recorder's, never as the minutes'.

The documents are named by file name and by SHA-256 (``kilde_sha256``), so a record
cannot cite a document that changed since it was written. :data:`FIELDS` is the list of
fields that present the minutes' words, one line each; docs/records.md ("Hvad der skal
stå ordret") documents it. Everything here is pure: the caller reads the files.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, Literal

from attrs import frozen

from ..domain.names import did_you_mean
from .forloebsfil import is_case_record, read_case_record
from .format import RecordError, field_path, read_record
from .yamltext import Located, Path, RecordSyntaxError, parse_yaml

__all__ = [
    "FIELDS",
    "Felt",
    "Kilde",
    "LazySources",
    "check_verbatim",
    "find_quote",
    "normalise_quote",
    "quoted_phrases",
    "sha256_of",
]

#: ``*`` in a field's path stands for every position of a list.
ANY = "*"

Kind = Literal["ordret", "citater"]


@frozen
class Felt:
    """A field that presents the minutes' words: all of it (``ordret``) or the phrases in
    quotation marks in it (``citater``: the field is the recorder's note, the quotes in it
    are the minutes')."""

    path: tuple[str, ...]
    kind: Kind
    what: str  # what the field is, in Danish, for docs and errors


_ITEM = ("punkter", ANY)
_DECISION = (*_ITEM, "beslutning")
_SAG = (*_DECISION, "sager", ANY)
_PEOPLE = tuple(("moede", group, ANY, "note") for group in ("deltagere", "afbud", "gaester"))

def _carried(at: tuple[str, ...]) -> tuple[Felt, ...]:
    """The fields of a decision, or of one of its sager, that carry facts and actions: the
    same rows for both, so a sub-matter's words are checked as its item's."""
    return (
        Felt((*at, "bemaerkninger", ANY), "ordret", "en bemærkning"),
        Felt((*at, "fakta", ANY, "grunde", ANY), "ordret", "en grund"),
        Felt((*at, "fakta", ANY, "begrundelse", ANY), "ordret", "en begrundelse"),
        Felt((*at, "fakta", ANY, "ekstern_beslutning", "tekst"), "ordret",
             "kildens ord om en ekstern beslutning"),
        Felt((*at, "fakta", ANY, "ekstern_beslutning", "udtryk"), "ordret",
             "kildens verbum for et andet organs stillingtagen"),
        Felt((*at, "fakta", ANY, "ordlyd"), "ordret", "kildens ord om en behandling"),
        Felt((*at, "fakta", ANY, "pladser", ANY, "tekst"), "ordret",
             "kildens ord om en plads i en model for sammensætning"),
        Felt((*at, "fakta", ANY, "udmeldinger", ANY, "emne"), "ordret", "en udmeldings emne"),
        Felt((*at, "fakta", ANY, "tilsagn", ANY, "tekst"), "ordret", "kildens ord om et tilsagn"),
        Felt((*at, "fakta", ANY, "forslag", ANY, "tekst"), "ordret", "et forslags tekst"),
        Felt((*at, "fakta", ANY, "tilsidesat", ANY, "tekst"), "ordret",
             "et tilsidesat forslags tekst"),
        Felt((*at, "note"), "citater", "citat i en note"),
        Felt((*at, "fakta", ANY, "note"), "citater", "citat i en note"),
        Felt((*at, "fakta", ANY, "grund"), "citater", "citat i en grund"),
        Felt((*at, "opfoelgning", ANY, "leverance"), "citater", "citat i en leverance"),
        Felt((*at, "opfoelgning", ANY, "note"), "citater", "citat i en note"),
    )


#: Every field that presents the minutes' words. A new field is one line here (and one row
#: in docs/records.md). ``sammenfatning`` is the recorder's own text and is not listed.
FIELDS: tuple[Felt, ...] = (
    Felt((*_ITEM, "titel"), "ordret", "punktets titel"),
    Felt((*_ITEM, "indleder"), "ordret", "hvem der indleder punktet"),
    Felt((*_ITEM, "resume"), "ordret", "resumé"),
    Felt((*_ITEM, "sagsfremstilling"), "ordret", "sagsfremstilling"),
    Felt((*_ITEM, "indstilling", ANY), "ordret", "en at-klausul i indstillingen"),
    Felt((*_ITEM, "bilag", ANY), "ordret", "et bilags titel"),
    Felt((*_ITEM, "naeste_moede", "tekst"), "ordret", "referatets ord om næste møde"),
    Felt((*_DECISION, "referat"), "ordret", "referatets tekst"),
    Felt((*_DECISION, "klausuler", ANY, "note"), "citater", "citat i en note"),
    *_carried(_DECISION),
    Felt((*_SAG, "titel"), "ordret", "en sags titel"),
    Felt((*_SAG, "referat"), "ordret", "sagens referat"),
    *_carried(_SAG),
    Felt(("grundlag", ANY, "fakta", ANY, "ekstern_beslutning", "tekst"), "ordret",
         "kildens ord om en ekstern beslutning"),
    Felt(("grundlag", ANY, "fakta", ANY, "ekstern_beslutning", "udtryk"), "ordret",
         "kildens verbum for et andet organs stillingtagen"),
    # a case record's facts (records/forloebsfil.py): the source's words and remarks
    Felt(("grundlag", ANY, "fakta", ANY, "ordlyd"), "ordret", "kildens ord om en behandling"),
    Felt(("grundlag", ANY, "fakta", ANY, "bemaerkninger", ANY), "ordret",
         "en bemærkning i kilden"),
    # the meeting's own text
    Felt(("overskrift",), "ordret", "dokumentets overskrift"),
    Felt(("efterskrift", "tekst"), "ordret", "efterskriftets tekst"),
    *_carried(("efterskrift",)),
    Felt(("bilag", ANY, "tekst"), "ordret", "et bilag til referatet"),
    # the recorder's notes: only what they put in quotation marks is the minutes' words;
    # a participant's note is the recorder's ("oplæg under punkt 4"): its quotes are checked
    *(Felt(p, "citater", "citat i en deltagers note") for p in _PEOPLE),
    Felt(("noter", ANY), "citater", "citat i en note"),
    Felt(("grundlag", ANY, "note"), "citater", "citat i en note"),
    Felt(("grundlag", ANY, "fakta", ANY, "note"), "citater", "citat i en note"),
    # a draft's review list: the phrase each entry was inferred from
    Felt(("gennemsyn", ANY, "tekst"), "ordret", "sætningen et punkt til gennemsyn bygger på"),
)


# -- normalising ---------------------------------------------------------------------------

#: Where the source broke a word at a line end ("takstana-" + "lyse"): the joined text keeps
#: this mark there, so the quote may have the word whole, or with its hyphen.
_SOFT = "\u00ad"
#: Marks a word may be broken at a line end with (shared with the minutes drafter).
HYPHENS = _HYPHENS = "-\u2010\u2011\u00ad"
#: Page furniture the check skips ("Punkt 3", "Punkt 1 + 2", "16/20", "Side 2"); the drafter
#: skips the same lines.
FURNITURE = _FURNITURE = re.compile(
    r"\s*(?:Punkt\s+\d+(?:\s*\+\s*\d+)*|\d+\s*/\s*\d+|Side\s+\d+(?:\s+af\s+\d+)?)\s*")
#: Quotation marks and apostrophes are typography, not words: each family is one mark.
_QUOTE_MARKS = {**dict.fromkeys("\"“”„«»", '"'), **dict.fromkeys("'‘’‚`´", "'"),
                # list bullets, also the private-use glyphs of Word's Symbol font
                **dict.fromkeys("•▪◦\uf0b7\uf0a7\uf076\uf0d8\uf0fc", "•")}
_ELLIPSIS = re.compile(r"\s*(?:\[…\]|\(…\)|…|\[\.\.\.\]|\.\.\.)\s*")


def sha256_of(data: bytes) -> str:
    """The document's content hash, as a record's ``kilde_sha256`` gives it."""
    return hashlib.sha256(data).hexdigest()


def _marks(text: str) -> str:
    return "".join(_QUOTE_MARKS.get(c, c) for c in text)


def _source_text(raw: str) -> str:
    """The document as one line: page furniture lines dropped, a word broken at a line end
    joined (with the soft mark), every run of whitespace one space."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\f", "\n")
    out: list[str] = []
    for line in text.split("\n"):
        if _FURNITURE.fullmatch(line):
            continue
        line = line.rstrip()
        if not line.strip():
            continue
        if len(line) >= 2 and line[-1] in _HYPHENS and line[-2].isalpha():
            line = line[:-1] + _SOFT
        if out and out[-1].endswith(_SOFT):
            out[-1] += line.lstrip()
        else:
            out.append(line)
    return _marks(re.sub(r"\s+", " ", " ".join(out))).strip()


def normalise_quote(text: str) -> str:
    """A quote as compared: NFC, one space for each run of whitespace, one glyph per kind of
    quotation mark."""
    return _marks(re.sub(r"\s+", " ", unicodedata.normalize("NFC", text))).strip()


def _pattern(quote: str) -> str:
    """A regular expression that finds ``quote`` across the source's joined line ends."""
    parts: list[str] = []
    i = 0
    while i < len(quote):
        c = quote[i]
        if c in _HYPHENS:
            if quote[i + 1: i + 2] == " ":  # "social- og": hyphen kept, or a broken line
                parts.append(f"(?:{re.escape(c)} |{_SOFT})")
                i += 2
                continue
            parts.append(f"(?:{re.escape(c)}{_SOFT}?|{_SOFT})")
        elif c == " ":
            parts.append("(?: • | )")  # a list bullet between two sentences may be left out
        elif c == "/":
            parts.append("/ ?")  # a line broken after a slash ("tale/" + "sprog") is a space
        else:
            parts.append(re.escape(c))
            if c.isalnum() and quote[i + 1: i + 2].isalnum():
                parts.append(f"{_SOFT}?")
        i += 1
    return "".join(parts)


def fragments(quote: str) -> list[str]:
    """The verbatim parts of a quote that leaves words out with "…" (or "[…]")."""
    return [f for f in _ELLIPSIS.split(normalise_quote(quote)) if f.strip()]


def find_quote(quote: str, source: str) -> tuple[bool, str | None]:
    """Whether every fragment of ``quote`` is in ``source`` (already joined by
    :func:`_source_text`) in order, and the first fragment that is not."""
    at = 0
    for part in fragments(quote):
        found = re.compile(_pattern(part)).search(source, at)
        if found is None:
            return False, part
        at = found.end()
    return True, None


def _nearest(part: str, source: str) -> str:
    """The passage of the source most like ``part``, to show the recorder where to look."""
    plain = source.replace(_SOFT, "")
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", plain)]
    wanted = part.replace(_SOFT, "").split()
    if not words or not wanted:
        return ""
    size = len(wanted)
    pairs = set(itertools.pairwise(wanted)) or {(wanted[0], wanted[0])}
    singles = set(wanted)
    scores = [2 if (w, n) in pairs else (1 if w in singles else 0)
              for (_, _, w), (_, _, n) in zip(words, [*words[1:], (0, 0, "")], strict=True)]
    best, best_score, window = 0, -1, 0
    for i, s in enumerate(scores):
        window += s
        if i >= size:
            window -= scores[i - size]
        if window > best_score:
            best_score, best = window, max(0, i - size + 1)
    if best_score <= 0:
        return ""
    while best < len(scores) - 1 and scores[best] == 0:
        best += 1  # start at the first word the quote shares
    shown = words[best: best + min(size, 60)]
    text = plain[shown[0][0]: shown[-1][1]]
    return text + (" …" if size > 60 else "")


def quoted_phrases(text: str) -> list[str]:
    """The phrases a note puts in quotation marks ('…', "…", “…”, «…»); an apostrophe inside
    a word (FU's, KL’s) opens nothing."""
    found = re.findall(r"(?<!\w)['‘’]([^'‘’\n]+?)['’](?!\w)", text)
    found += re.findall(r"[\"“”„«]([^\"“”„«»\n]+?)[\"“”»]", text)
    return [f.strip() for f in found if f.strip()]


# -- the check -----------------------------------------------------------------------------


@frozen
class Kilde:
    """A source document as the check reads it: name, content hash and joined text."""

    navn: str
    sha256: str
    tekst: str

    @classmethod
    def of(cls, navn: str, data: bytes) -> Kilde:
        """A text document; a PDF is read by ``socialaftale.kilde_of`` (drafting/pdf.py)."""
        if data[:1024].find(b"%PDF-") >= 0:
            raise ValueError(f"{navn} is a PDF: read it with socialaftale.kilde_of")
        return cls(navn, sha256_of(data), _source_text(data.decode("utf-8", "replace")))


class LazySources(Mapping[str, Kilde]):
    """The documents a record may cite, each read only when a record cites it (a folder of
    PDFs is not parsed for the one a record names) and then kept: ``read`` turns what is
    given for a name (bytes, a path …) into its Kilde; by default bytes through
    ``Kilde.of``, a Kilde as it is. The verbatim check and the CLI's ``--against`` folder
    share it."""

    def __init__(self, given: Mapping[str, Any],
                 read: Callable[[str, Any], Kilde] | None = None) -> None:
        self._given = given
        self._read_one = read or _as_kilde
        self._read: dict[str, Kilde] = {}

    def __getitem__(self, name: str) -> Kilde:
        if name not in self._read:
            self._read[name] = self._read_one(name, self._given[name])
        return self._read[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._given)

    def __len__(self) -> int:
        return len(self._given)


def _as_kilde(name: str, given: bytes | Kilde) -> Kilde:
    return given if isinstance(given, Kilde) else Kilde.of(name, given)


def _texts(value: Any, pattern: Sequence[str], at: Path = ()) -> Iterator[tuple[Path, str]]:
    """Each text at ``pattern`` in the parsed record, with its path."""
    if not pattern:
        if isinstance(value, str):
            yield at, value
        return
    head, rest = pattern[0], pattern[1:]
    if head == ANY:
        if isinstance(value, list):
            for i, item in enumerate(value):
                yield from _texts(item, rest, (*at, i))
    elif isinstance(value, dict) and head in value:
        yield from _texts(value[head], rest, (*at, head))


def _error(message: str, located: Located, file: str, path: Path, rule: str) -> RecordError:
    return RecordError(message, file=file, line=located.line_of(path),
                       field=field_path(path, located.value), rule=rule, refused=True)


_SHA = re.compile(r"[0-9a-f]{64}")


def _document(located: Located, file: str, at: Path, sources: Mapping[str, Kilde],
              errors: list[RecordError]) -> Kilde | None:
    """The document the record (``at`` = ()) or one of its ``grundlag`` cites, its hash
    checked; None (with the reason in ``errors``) when it cannot be used."""
    node = located.value
    for step in at:
        node = node[step]
    name = str(node.get("kilde", ""))
    claimed = node.get("kilde_sha256")
    top = located.value
    if claimed is None and at and name == str(top.get("kilde", "")):
        claimed = top.get("kilde_sha256")  # the record's own document, named by it above
    kilde = sources.get(name)
    if kilde is None:
        hint = did_you_mean(name, sources)
        errors.append(_error(f"kilden '{name}' findes ikke blandt kilderne{hint}", located,
                             file, (*at, "kilde"), "kilde-findes-ikke"))
        return None
    if claimed is None:
        errors.append(_error(f"optegnelsen angiver ikke kildens SHA-256; tilføj "
                             f"'kilde_sha256: {kilde.sha256}' (kilden '{name}', som den er nu)",
                             located, file, (*at, "kilde"), "kilde-uden-sha256"))
        return None
    if not isinstance(claimed, str) or not _SHA.fullmatch(claimed):
        errors.append(_error(f"'{claimed}' er ikke en SHA-256 (64 tegn 0-9 og a-f)", located,
                             file, (*at, "kilde_sha256"), "ugyldig-sha256"))
        return None
    if claimed != kilde.sha256:
        errors.append(_error(f"kilden '{name}' er ændret, siden optegnelsen blev skrevet: "
                             f"dens SHA-256 er {kilde.sha256}, optegnelsen angiver {claimed}",
                             located, file, (*at, "kilde_sha256"), "kilde-aendret"))
        return None
    return kilde


def check_verbatim(data: bytes | str, file: str,
                   sources: Mapping[str, bytes] | Mapping[str, Kilde]) -> list[RecordError]:
    """Every error of the verbatim check of one record file, in file order (none: it holds).

    ``sources`` are the documents a record may cite, by file name. A record that breaks the
    format is refused as a load would (a RecordError is raised)."""
    try:
        located = parse_yaml(data)
    except RecordSyntaxError as err:
        raise RecordError(err.message, file=file, line=err.line, field=field_path(err.path),
                          rule=err.rule) from None
    if is_case_record(located):
        read_case_record(located, file)
    else:
        read_record(located, file, draft=True)  # the format's rules first (a draft too)
    kilder = sources if isinstance(sources, LazySources) else LazySources(sources)
    errors: list[RecordError] = []
    documents: dict[Path, Kilde | None] = {}

    def document(path: Path) -> Kilde | None:
        at: Path = path[:2] if path[:1] == ("grundlag",) else ()
        if at not in documents:
            documents[at] = _document(located, file, at, kilder, errors)
        return documents[at]

    if isinstance(located.value, dict) and "kilde" in located.value:
        document(())  # the record's own document is checked even if nothing quotes it
    for felt in FIELDS:
        for path, text in _texts(located.value, felt.path):
            quotes = [text] if felt.kind == "ordret" else quoted_phrases(text)
            for quote in quotes:
                if not normalise_quote(quote):
                    continue
                kilde = document(path)
                if kilde is None:
                    continue
                ok, missing = find_quote(quote, kilde.tekst)
                if ok:
                    continue
                assert missing is not None
                near = _nearest(missing, kilde.tekst)
                shown = f"; nærmeste sted i referatet: «{near}»" if near else ""
                part = (f" (delen «{missing}» findes ikke, eller ikke i den rækkefølge)"
                        if len(fragments(quote)) > 1 else "")
                advice = ("Ret citatet til referatets egne ord, eller fjern anførselstegnene"
                          if felt.kind == "citater" else
                          "Skriv referatets egne ord, eller flyt din egen formulering til "
                          "'sammenfatning'")
                what = f"citatet «{quote}»" if felt.kind == "citater" else "teksten"
                errors.append(_error(
                    f"{what} står ikke ordret i {kilde.navn} ({felt.what}){part}{shown}. "
                    f"{advice}", located, file, path, "ikke-ordret"))
    return sorted(errors, key=lambda e: (e.line or 0, e.field or ""))
