"""The drafter: minutes in, a draft meeting record (YAML in the documented format) out.

The rules read the layouts' structure and Danish phrasing (a header of labelled fields,
numbered items, the section words Indstilling, Bilag, Referat …), never the content of any
particular meeting. Every text the draft presents as the minutes' words is the minutes'
words (line breaks and end-of-line hyphens aside), so the verbatim check passes on every
draft. What the drafter inferred rather than read (an outcome classified from a phrase, an
action's owner or deadline, a name it had to split or join) is put on the review list
(``gennemsyn``) with the phrase it came from and why; a record with open review entries
is refused by ``check`` and ``load`` until the reviewer has worked through them.
See docs/drafting.md.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import attrs
import yaml

from ..domain.dates import parse_danish_date
from ..domain.meetings import meeting_id_for
from .source import DraftError, SourceDocument, SourceLine

__all__ = ["Draft", "ReviewItem", "draft_record", "kilde_sted"]


@attrs.frozen
class ReviewItem:
    """One thing the reviewer must look at: the record field (``punkter[3].beslutning.
    udfald``), the minutes' phrase it was inferred from, where that phrase is, and why."""

    felt: str
    tekst: str
    side: int
    linje: int
    grund: str

    def as_record(self) -> dict[str, Any]:
        return {"felt": self.felt, "tekst": self.tekst,
                "kilde_sted": f"s. {self.side}, l. {self.linje}", "grund": self.grund}


@attrs.frozen
class Draft:
    """The drafted record (``data``, and ``yaml`` as written to a file) and its review list
    (also in the record, as ``gennemsyn``)."""

    yaml: str
    data: dict[str, Any]
    review: tuple[ReviewItem, ...]


def kilde_sted(lines: Sequence[SourceLine]) -> str:
    """The span of ``lines`` as a record writes it: "s. 3, l. 120-124" (pages "s. 3-4")."""
    first, last = lines[0], lines[-1]
    page = f"{first.page}" if first.page == last.page else f"{first.page}-{last.page}"
    line = f"{first.line}" if first.line == last.line else f"{first.line}-{last.line}"
    return f"s. {page}, l. {line}"


# -- text ----------------------------------------------------------------------------------

_HYPHENS = "-\u2010\u2011\u00ad"


def join(lines: Sequence[SourceLine | str]) -> str:
    """Lines as one text: a line break is a space, a word broken at a line end ("Vest-" +
    "himmerlands") is joined (its hyphen kept before a capital: "Aarup-" + "Kristensen")."""
    out = ""
    for item in lines:
        text = (item.text if isinstance(item, SourceLine) else item).strip()
        if not text:
            continue
        if out and out[-1] in _HYPHENS and len(out) >= 2 and out[-2].isalpha():
            out = out[:-1] + ("-" if text[:1].isupper() else "") + text
        elif out:
            out += " " + text
        else:
            out = text
    return re.sub(r"\s+", " ", out).strip()


# -- the header ----------------------------------------------------------------------------

_LABELS = {
    "Møde": "forum", "Tid": "tid", "Sted": "sted", "Deltagere": "deltagere",
    "Deltager": "deltagere", "Afbud": "afbud", "Fraværende": "afbud", "Gæster": "gaester",
    "Gæst": "gaester", "Sagsnr./Dok.nr.": "sagsnr", "Sagsnr.": "sagsnr",
}
_LABEL = re.compile(r"^\s*(" + "|".join(re.escape(k) for k in sorted(_LABELS, key=len,
                                                                     reverse=True))
                    + r")(?:\s+|:\s*)(\S.*)$")
_ITEM = re.compile(r"^\s*(\d{1,2})\s*\.\s*(\S.*?)\s*$")


@attrs.define
class _Builder:
    doc: SourceDocument
    review: list[ReviewItem] = attrs.Factory(list)

    def flag(self, felt: str, line: SourceLine, tekst: str, grund: str) -> None:
        self.review.append(ReviewItem(felt, tekst, line.page, line.line, grund))


def _header(doc: SourceDocument, b: _Builder) -> tuple[dict[str, list[SourceLine]], int]:
    """The header's labelled fields, each with its lines, and the index of the first line
    after the header."""
    fields: dict[str, list[SourceLine]] = {}
    current: str | None = None
    i = 0
    lines = doc.lines
    end = 0
    while i < len(lines):
        line = lines[i]
        m = _LABEL.match(line.text)
        if m and _LABELS[m.group(1)] not in fields:
            current = _LABELS[m.group(1)]
            fields[current] = [SourceLine(line.page, line.line, m.group(2))]
            end = i + 1
        elif current is not None and line.text.strip():
            if _ITEM.match(line.text) or current in ("forum", "tid", "sagsnr"):
                if _ITEM.match(line.text) and "forum" in fields:
                    break
                current = None if not _ITEM.match(line.text) else current
            else:
                prev = fields[current][-1].text.rstrip()
                blank_before = not lines[i - 1].text.strip()
                opened = join(fields[current]).count("(") > join(fields[current]).count(")")
                if (not blank_before or opened or prev.endswith((",", "-", " og"))
                        or line.text.lstrip()[:1] in "(," or line.text.lstrip()[:1].islower()
                        or (current == "gaester" and _GUEST_TAIL.search(line.text))):
                    fields[current].append(line)
                    end = i + 1
                else:
                    current = None
        i += 1
    if "forum" not in fields or "tid" not in fields:
        raise DraftError(
            "filen ligner ikke et referat: der er intet mødehoved med 'Møde' og 'Tid' "
            "(fx 'Møde Socialdirektørkredsen' og 'Tid 17. januar 2013, kl. 10.00-12.00')",
            file=doc.name, rule="ikke-referat")
    return fields, end


_DATE = re.compile(r"(\d{1,2})\.\s*([a-zæøå]+)\s+(\d{4})", re.IGNORECASE)
_GUEST_TAIL = re.compile(r"\b(?:deltog|deltager)\b.*\b(?:punkt|pkt\.)", re.IGNORECASE)
_PARTIAL = re.compile(
    r"^(?:deltog|deltager)\s+(?:under|ved|i)\s+(?:punkt(?:erne)?|pkt\.)\s*([\d\s,\-–og+]+?)"
    r"(?:\s*\((kl\.\s*[\d.:]+)\))?\s*$", re.IGNORECASE)


def _moede(fields: dict[str, list[SourceLine]], b: _Builder) -> dict[str, Any]:
    doc = b.doc
    forum_line = fields["forum"][0]
    forum = join(fields["forum"])
    tid_text = join(fields["tid"])
    m = _DATE.search(tid_text)
    if m is None:
        raise DraftError(f"mødets dato står ikke i 'Tid' («{tid_text}»)", file=doc.name,
                         line=fields["tid"][0].line, rule="ikke-referat")
    try:
        day = parse_danish_date(m.group(0))
    except Exception as err:  # the domain says which part is wrong
        raise DraftError(f"mødets dato «{m.group(0)}» kan ikke læses: {err}",
                         file=doc.name, line=fields["tid"][0].line, rule="ugyldig-dato") from None
    moede: dict[str, Any] = {
        "id": meeting_id_for(forum, day),
        "forum": forum,
        "dato": day.isoformat(),
    }
    rest = tid_text[m.end():].lstrip(" ,")
    if rest:
        moede["tid"] = rest
    if "sted" in fields:
        moede["sted"] = join(fields["sted"])
    if "sagsnr" in fields:
        moede["sagsnr"] = join(fields["sagsnr"])
    del forum_line
    referent: list[str] = []
    for group in ("deltagere", "afbud", "gaester"):
        if group in fields:
            people = _people(fields[group], group, b)
            if people:
                moede[group] = people
                referent += [p["navn"] for p in people if p.get("referent")]
    if referent:
        moede["referent"] = referent
    moede["kilde_sted"] = kilde_sted([x for lines in fields.values() for x in lines])
    return moede


def _split_top(text: str, seps: str = ",") -> list[str]:
    """``text`` split at each separator outside parentheses."""
    parts, depth, cur = [], 0, ""
    for c in text:
        depth += (c == "(") - (c == ")")
        if c in seps and depth <= 0:
            parts.append(cur)
            cur = ""
        else:
            cur += c
    parts.append(cur)
    return [p.strip() for p in parts if p.strip()]


def _split_og(text: str) -> list[str]:
    """"A og B" outside parentheses as two names."""
    out, depth, start = [], 0, 0
    for i, c in enumerate(text):
        depth += (c == "(") - (c == ")")
        if depth == 0 and text.startswith(" og ", i):
            out.append(text[start:i])
            start = i + 4
    out.append(text[start:])
    return [p.strip() for p in out if p.strip()]


_REF = re.compile(r"\s*/\s*ref\.?\s*$", re.IGNORECASE)
_INSTEAD = re.compile(r"^(.*?)\s+((?:i\s+stede?\s+for|for)\s+(.+))$")


def _people(lines: list[SourceLine], group: str, b: _Builder) -> list[dict[str, Any]]:
    """The people of one header field: "Navn (Organisation)", "A og B (begge Org/ref.)",
    "Navn/ref", "Navn i stedet for Navn", "Navn, Org deltog under punkt 3 (kl. 12.00)"."""
    path = f"moede.{group}"
    if group == "gaester":
        chunks = [join([x]) for x in lines]
    else:
        text = join(lines).rstrip(" .")
        chunks = []
        for part in _split_top(text):
            chunks += _split_og(part)
    people: list[dict[str, Any]] = []
    for chunk in chunks:
        people += _person(chunk, group, b, lines)
    # Two one-word names in a row ("Henrik, Aarup-Kristensen") are one person the minutes
    # split with a comma: joined, and marked for review.
    merged: list[dict[str, Any]] = []
    for p in people:
        prev = merged[-1] if merged else None
        if (prev is not None and " " not in prev["navn"] and " " not in p["navn"]
                and len(prev) == 1):
            shown = f"{prev['navn']}, {p['navn']}"
            p = {**p, "navn": f"{prev['navn']} {p['navn']}",
                 "note": f"referatet skriver '{shown}'"}
            merged[-1] = p
            b.flag(f"{path}[{len(merged)}].navn", _line_of(lines, shown), shown,
                   "to navne på ét ord adskilt af komma er læst som én person")
        else:
            merged.append(p)
    return merged


def _line_of(lines: Sequence[SourceLine], phrase: str) -> SourceLine:
    """The line where ``phrase`` (or its first word) starts."""
    words = phrase.split()
    for word in (phrase, *(words[:1])):
        for x in lines:
            if word in x.text:
                return x
    return lines[0]


def _person(chunk: str, group: str, b: _Builder, lines: list[SourceLine]) -> list[dict[str,
                                                                                       Any]]:
    chunk = chunk.strip().rstrip(".").strip()
    if not chunk:
        return []
    note: str | None = None
    extra: dict[str, Any] = {}
    # a guest: "Navn, Organisation deltog under punkt 3 (kl. 12.00)"
    tail = re.search(r"\s+((?:deltog|deltager)\s+(?:under|ved|i)\s+.*)$", chunk, re.IGNORECASE)
    if tail:
        note = tail.group(1)
        chunk = chunk[: tail.start()]
        pm = _PARTIAL.match(note)
        if pm:
            extra["punkter"] = _numbers(pm.group(1))
            if pm.group(2):
                extra["tid"] = pm.group(2)
    referent = False
    org: str | None = None
    rolle: str | None = None
    paren = re.search(r"\s*\((.*)\)\s*$", chunk)
    inner = ""
    if paren:
        inner = paren.group(1)
        chunk = chunk[: paren.start()]
    if _REF.search(chunk):
        referent = True
        chunk = _REF.sub("", chunk)
    if inner:
        if _REF.search(inner):
            referent = True
            inner = _REF.sub("", inner)
        parts = [p.strip() for p in re.split(r";\s*", inner)]
        org_part = parts[0]
        for p in parts[1:]:
            pm = _PARTIAL.match(p)
            if pm:
                note = p
                extra["punkter"] = _numbers(pm.group(1))
            else:
                note = p if note is None else f"{note}; {p}"
        org_part = re.sub(r"^begge\s+", "", org_part)
        role = re.match(r"^(formand|næstformand)\s*,\s*(.*)$", org_part, re.IGNORECASE)
        if role:
            rolle, org_part = role.group(1), role.group(2)
        org = org_part or None
    if "," in chunk and group == "gaester":
        name, org2 = chunk.split(",", 1)
        chunk, org = name, org or org2.strip()
    inst = _INSTEAD.match(chunk)
    if inst and re.match(r"i\s+stede?\s+for", inst.group(2)):
        chunk = inst.group(1)
        note = inst.group(2) if note is None else f"{note}; {inst.group(2)}"
        extra["i_stedet_for"] = inst.group(3)
    name = chunk.strip().rstrip(",").strip()
    person: dict[str, Any] = {"navn": name}
    if org:
        person["organisation"] = org
    if rolle:
        person["rolle"] = rolle
    if referent:
        person["rolle"] = "ref."
        person["referent"] = True
    if note:
        person["note"] = note
    person.update(extra)
    return [person]


def _numbers(text: str) -> list[str]:
    """"1-3" → 1, 2, 3; "3 og 4", "1, 2" → each."""
    out: list[str] = []
    for part in re.split(r"\s*(?:,|og|\+)\s*", text.strip()):
        span = re.fullmatch(r"(\d+)\s*[-–]\s*(\d+)", part)
        if span:
            out += [str(n) for n in range(int(span.group(1)), int(span.group(2)) + 1)]
        elif part.isdigit():
            out.append(part)
    return out


# -- the record ----------------------------------------------------------------------------


def draft_record(doc: SourceDocument) -> Draft:
    """The draft record of the minutes ``doc``; raises DraftError when it is not minutes."""
    b = _Builder(doc)
    fields, end = _header(doc, b)
    data: dict[str, Any] = {
        "kilde": doc.name,
        "kilde_sha256": doc.sha256,
        "moede": _moede(fields, b),
    }
    del end
    if b.review:
        data["gennemsyn"] = [r.as_record() for r in b.review]
    return Draft(_dump(data), data, tuple(b.review))


def _dump(data: dict[str, Any]) -> str:
    head = ("# Udkast lavet af 'socialaftale draft' fra referatet; gennemse det, og fjern hvert\n"
            "# punkt under 'gennemsyn', når det er afklaret.\n")
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100,
                          default_flow_style=False)
    return head + body
