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
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
import yaml

from ..domain.dates import parse_danish_date
from ..domain.meetings import meeting_id_for
from ..records.sted import kilde_sted_of, parse_kilde_sted
from ..records.verbatim import FURNITURE as _FURNITURE
from ..records.verbatim import HYPHENS as _HYPHENS
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

    @property
    def kilde_sted(self) -> str:
        return kilde_sted_of(self.side, self.linje)

    def as_record(self) -> dict[str, Any]:
        return {"felt": self.felt, "tekst": self.tekst, "kilde_sted": self.kilde_sted,
                "grund": self.grund}


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
    return kilde_sted_of(first.page, first.line, last.page, last.line)


# -- text ----------------------------------------------------------------------------------

#: Bullets the verbatim check reads as one mark, so a text may leave them out between its
#: sentences (records/verbatim.py).
_KNOWN_BULLETS = "•▪◦\uf0b7\uf0a7\uf076\uf0d8\uf0fc"


def unbulleted(lines: Sequence[SourceLine]) -> list[SourceLine]:
    """Lines without the list bullet they start with (as a referat is quoted)."""
    return [SourceLine(x.page, x.line, x.text.strip().lstrip(_KNOWN_BULLETS).strip())
            if x.text.strip()[:1] in _KNOWN_BULLETS else x for x in lines]


def _hyphen_kept(before: str, after: str) -> bool:
    """Whether a line end's hyphen is the word's own: before a capital ("Aarup-" +
    "Kristensen") or after an abbreviation, which Danish joins with a hyphen ("KTO-" +
    "forliget", "KKR-" + "området")."""
    return after[:1].isupper() or bool(re.search(r"[A-ZÆØÅ]{2}.$", before))


def join(lines: Sequence[SourceLine | str]) -> str:
    """Lines as one text: a line break is a space, a word broken at a line end ("Vest-" +
    "himmerlands") is joined (its hyphen kept before a capital, "Aarup-" + "Kristensen", and
    after an abbreviation, "KTO-" + "forliget")."""
    out = ""
    for item in lines:
        text = (item.text if isinstance(item, SourceLine) else item).strip()
        if not text:
            continue
        if out and out[-1] in _HYPHENS and len(out) >= 2 and out[-2].isalpha():
            out = out[:-1] + ("-" if _hyphen_kept(out, text) else "") + text
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
    meeting_id: str = ""
    meeting: dict[str, Any] = attrs.Factory(dict)
    fora: Mapping[str, str] = attrs.Factory(dict)
    actions: dict[str, list[str]] = attrs.Factory(dict)

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


def _acronym(name: str, doc: SourceDocument) -> str | None:
    """The short name the document itself uses for the body named ``name``: an upper-case
    word whose letters run through the name in order from its first ("SOCDIR" in
    "Socialdirektørkredsen", "DAS" in "Den Administrative Styregruppe"), the most used."""
    if re.fullmatch(r"[A-ZÆØÅ]{2,10}", name):
        return None
    counts: dict[str, int] = {}
    for x in doc.lines:
        for word in re.findall(r"\b[A-ZÆØÅ]{2,10}\b", x.text):
            counts[word] = counts.get(word, 0) + 1

    def runs_through(short: str) -> bool:
        rest = name.lower()
        if not rest.startswith(short[0].lower()):
            return False
        for c in short.lower():
            k = rest.find(c)
            if k < 0:
                return False
            rest = rest[k + 1:]
        return True

    found = [(n, len(w), w) for w, n in counts.items() if n >= 2 and runs_through(w)]
    return max(found)[2] if found else None


def _moede(fields: dict[str, list[SourceLine]], b: _Builder) -> dict[str, Any]:
    doc = b.doc
    forum_line = fields["forum"][0]
    forum = join(fields["forum"])
    known = b.fora.get(forum.lower())
    short = _acronym(forum, doc) if known is None else None
    if known is not None and known != forum:
        b.flag("moede.forum", forum_line, forum,
               f"forummet er genkendt som '{known}', et navn lageret kender det under")
        forum = known
    elif short is not None:
        b.flag("moede.forum", forum_line, forum,
               f"forummet er skrevet med forkortelsen '{short}', som referatet selv bruger; "
               f"kontrollér, at den står for '{forum}'")
        forum = short
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


def _goes_on(before: str, text: str) -> bool:
    """Whether a line goes on with the entry before it: it opens with a parenthesis, a comma
    or in lower case, or the entry ends open (a comma, a hyphen, "og", an open parenthesis)."""
    t = text.lstrip()
    return (t[:1] in "(," or t[:1].islower() or before.rstrip().endswith((",", "-", " og"))
            or before.count("(") > before.count(")"))


def _people(lines: list[SourceLine], group: str, b: _Builder) -> list[dict[str, Any]]:
    """The people of one header field: "Navn (Organisation)", "A og B (begge Org/ref.)",
    "Navn/ref", "Navn i stedet for Navn", "Navn, Org deltog under punkt 3 (kl. 12.00)"."""
    path = f"moede.{group}"
    spans: list[list[SourceLine]] = []
    if group == "gaester":  # a guest a line, the lines a guest's entry wraps onto kept to it
        for x in lines:
            if not x.text.strip():
                continue
            if spans and _goes_on(join(spans[-1]), x.text):
                spans[-1].append(x)
            else:
                spans.append([x])
        chunks = [join(span) for span in spans]
        spans = [[span[0], span[-1]] if len(span) > 1 else span for span in spans]
    else:
        lines = _comma_at_breaks(lines, path, b)
        text, owners = _joined(lines)
        text = text.rstrip(" .")
        chunks = []
        for part in _split_top(text):
            pieces = _split_og(part)
            shared = re.search(r"\(begge\b[^)]*\)\s*$", pieces[-1])
            if shared and len(pieces) > 1:  # "A og B (begge Org/ref.)"
                pieces = [p if "(" in p else f"{p} {shared.group()}" for p in pieces]
            chunks += pieces
        spans = _spans(text, owners, chunks, lines)
    people: list[dict[str, Any]] = []
    for chunk, span in zip(chunks, spans, strict=True):
        people += [{**p, "kilde_sted": kilde_sted(span)} for p in _person(chunk, group, b, lines)]
    # Two one-word names in a row ("Henrik, Aarup-Kristensen") are one person the minutes
    # split with a comma: joined, and marked for review.
    merged: list[dict[str, Any]] = []
    for p in people:
        prev = merged[-1] if merged else None
        if (prev is not None and " " not in prev["navn"] and " " not in p["navn"]
                and set(prev) == {"navn", "kilde_sted"}):
            shown = f"{prev['navn']}, {p['navn']}"
            first = parse_kilde_sted(prev["kilde_sted"])
            last = parse_kilde_sted(p["kilde_sted"])
            assert first is not None and last is not None
            p = {**p, "navn": f"{prev['navn']} {p['navn']}",
                 "note": f"referatet skriver '{shown}'",
                 "kilde_sted": kilde_sted_of(first.side, first.linje, last.til_side,
                                             last.til_linje)}
            merged[-1] = p
            b.flag(f"{path}[{len(merged)}].navn", _line_of(lines, shown), shown,
                   "to navne på ét ord adskilt af komma er læst som én person")
        else:
            merged.append(p)
    return merged


def _joined(lines: Sequence[SourceLine]) -> tuple[str, list[SourceLine]]:
    """``join(lines)`` and, for each of its characters, the line it comes from."""
    out = ""
    owners: list[SourceLine] = []
    for x in lines:
        text = re.sub(r"\s+", " ", x.text.strip())
        if not text:
            continue
        if out and out[-1] in _HYPHENS and len(out) >= 2 and out[-2].isalpha():
            out, owners = out[:-1], owners[:-1]
            text = ("-" if _hyphen_kept(out + "-", text) else "") + text
        elif out:
            text = " " + text
        out += text
        owners += [x] * len(text)
    return out, owners


def _spans(text: str, owners: Sequence[SourceLine], chunks: Sequence[str],
           lines: Sequence[SourceLine]) -> list[list[SourceLine]]:
    """The lines each of ``chunks`` (the names of a header field, in order) stands on: from
    its first character in ``text`` to the last before the next one's (separators aside)."""
    starts: list[int] = []
    at = 0
    for chunk in chunks:
        head = chunk.strip().split("(")[0].strip()[:12] or chunk.strip()[:12]
        found = text.find(head, at) if head else -1
        starts.append(found if found >= 0 else at)
        at = max(at, starts[-1] + len(head))
    out: list[list[SourceLine]] = []
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(text)
        piece = text[start:end]
        end = start + len(re.sub(r"(?:[\s,;.]|\bog)+$", "", piece))
        if not owners or start >= len(owners):
            out.append([lines[0]])
            continue
        first, last = owners[start], owners[max(start, min(end, len(owners)) - 1)]
        out.append([first, last])
    return out


def _name_goes_on(text: str) -> bool:
    """Whether a name list's line begins with the end of the name before it (a surname
    wrapped onto it, "Sven Åge" / "Fog, Hans …", "Martin Bjørn" / "Jensen (Region …)"):
    one word, then the name's parenthesis, a name of two words or more, or the list's end.
    One word and another ("Henrik, Aarup-Kristensen") is a name of its own, its comma astray."""
    chunks = re.split(r"\s*(?:,|\bog\b|/)\s*", text.strip(), maxsplit=2)
    first = chunks[0].split("(")[0].split()
    if len(first) != 1:
        return False
    if "(" in chunks[0]:
        return True
    rest = [c for c in chunks[1:] if c.strip()]
    return not rest or len(rest[0].split("(")[0].split()) >= 2


def _comma_at_breaks(lines: list[SourceLine], path: str, b: _Builder) -> list[SourceLine]:
    """A name list's line break with no comma, outside parentheses and after a name of two
    words or more ("Line Rohde" / "Henrik, …"), separates two names: marked for review."""
    out = list(lines)
    depth = 0
    for k in range(len(out) - 1):
        text = out[k].text.rstrip()
        depth += text.count("(") - text.count(")")
        following = next((x for x in out[k + 1:] if x.text.strip()), None)
        if not text.strip() or following is None or depth > 0:
            continue
        if text.endswith((",", "-", " og", "(")) or following.text.strip()[:1] in "(,":
            continue
        tail = re.split(r",| og ", text)[-1].split()
        if len(tail) >= 2 and following.text.strip()[:1].isupper() \
                and not _name_goes_on(following.text):
            out[k] = SourceLine(out[k].page, out[k].line, text + ",")
            b.flag(f"{path}", out[k], " ".join(tail),
                   "et linjeskift uden komma er læst som skellet mellem to navne")
    return out


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
    if tail and chunk[: tail.start()].count("(") > chunk[: tail.start()].count(")"):
        tail = None  # inside the parentheses: read with them below
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
    name = re.sub(r"(?<=\w)- (?=[A-ZÆØÅ])", "-", chunk.strip().rstrip(",").strip())
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


# -- the items ---------------------------------------------------------------------------

_LINK = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")
#: List bullets: the usual glyphs and the private-use glyphs of Word's Symbol fonts.
_BULLETS = "•▪◦‣·" + "".join(chr(c) for c in range(0xE000, 0xF900))
_SECTIONS = {"resumé": "resume", "resume": "resume", "baggrund": "baggrund",
             "sagsfremstilling": "sagsfremstilling", "indstilling": "indstilling",
             "indstillinger": "indstilling", "bilag": "bilag", "referat": "referat",
             "beslutning": "referat", "efterskrift": "efterskrift"}
_GROUP = re.compile(r"^\s*(?:Velkomst|Afslutning|Sager\s+til\s+(?:behandling|orientering|"
                    r"beslutning|drøftelse))\b(?:\s+Punkt\s+\d+(?:\s*\+\s*\d+)*)?\s*$",
                    re.IGNORECASE)
_TOC_PAGE = re.compile(r"\s*\(side\s+\d+\)\s*$", re.IGNORECASE)


def _plain(text: str) -> str:
    """A title as compared with the table of contents: lower case, one space, no end dot."""
    return re.sub(r"\s+", " ", text).strip().rstrip(".:").lower()


def _section(line: SourceLine) -> str | None:
    word = line.text.strip().lstrip(_BULLETS).strip().rstrip(":").strip().lower()
    return _SECTIONS.get(word)


def _is_furniture(line: SourceLine) -> bool:
    return bool(_FURNITURE.fullmatch(line.text)) and bool(line.text.strip())


def _toc(lines: Sequence[SourceLine]) -> tuple[dict[int, str], int]:
    """The table of contents' titles ("3. Titel (side 3)", wrapped over lines) and the
    index after its last entry; none when the minutes have no table of contents."""
    titles: dict[int, str] = {}
    last = -1
    i = 0
    pending: list[SourceLine] = []
    number = 0
    while i < len(lines):
        text = lines[i].text
        if not pending:
            m = re.search(r"(?:^|\s)(\d{1,2})\s*\.\s*(\S.*)$", text)
            if m and not _section(lines[i]):
                pending = [SourceLine(lines[i].page, lines[i].line, m.group(2))]
                number = int(m.group(1))
        elif text.strip():
            pending.append(lines[i])
        if pending:
            joined = join(pending)
            if _TOC_PAGE.search(joined):
                titles[number] = _plain(_TOC_PAGE.sub("", joined))
                last = i
                pending = []
            elif len(pending) > 3:
                pending = []
        if titles and i - last > 12:
            break
        i += 1
    return titles, last + 1


def _wrapped_item_title(first: SourceLine, head: list[SourceLine],
                        lines: Sequence[SourceLine], j: int) -> bool:
    """Whether an item's title, its line full (60 characters or more), goes on in the few
    words of ``lines[j]`` right under it that end the paragraph (a blank line next): "5.
    NOPII – … sekretariatsfunktion på" / "Sundheds-, Ældre-og Handicapområdet". A sentence
    (a closing full stop) or a section word is no title's end."""
    line = lines[j]
    rest: list[SourceLine] = []  # the paragraph's lines from here (two at most)
    for x in lines[j:j + 3]:
        if not x.text.strip():
            break
        rest.append(x)
    text = join(rest)
    return (len(head) == 1 and len(first.text.strip()) >= 60 and line.line == first.line + 1
            and len(rest) <= 2 and (j + len(rest) >= len(lines)
                                    or not lines[j + len(rest)].text.strip())
            and 0 < len(text.split()) <= 6 and not text.endswith(".")
            and _section(line) is None and not _OUTCOME_WORD.match(text)
            and not _a_sentence(text))


#: A finite verb ("blev", "skal", …); with a passive in -es (:data:`_PASSIVE_ES`) it makes
#: the few words under a long title line a sentence, not the title's end.
_FINITE = re.compile(r"\b(?:blev|var|er|har|skal|vil|kan|bliver|bedes)\b")


def _a_sentence(text: str) -> bool:
    """Whether ``text`` has a verb: "Sagen udsættes", "Sagen blev udsat." (no title's end)."""
    return bool(_FINITE.search(text) or _PASSIVE_ES.search(text))


#: A referat's one-word outcome on a line of its own, no title's end.
_OUTCOME_WORD = re.compile(r"^(?:godkendt|taget\s+til\s+efterretning|drøftet|vedtaget|"
                           r"tiltrådt)\.?$", re.IGNORECASE)


def _toc_goes_on(titles: dict[int, str], head: list[SourceLine], line: SourceLine) -> bool:
    """Whether a title the table of contents gives longer goes on in ``line`` (a title
    wrapped before a capital: "… Prader-Willis" / "Syndrom")."""
    if not titles or _section(line):
        return False
    title, longer = _plain(join(head)), _plain(join([*head, line]))
    return title not in titles.values() and any(t.startswith(longer) for t in titles.values())


@attrs.define
class _Item:
    nummer: str
    titel: str
    head: list[SourceLine]
    body: list[SourceLine]


def _items(lines: Sequence[SourceLine]) -> list[_Item]:
    """The numbered items after the header: each "N. Titel" line whose N is the next number
    (and, where the minutes have a table of contents, whose title is one of its titles)."""
    titles, start = _toc(lines)
    items: list[_Item] = []
    expected = 1
    i = start
    while i < len(lines):
        line = lines[i]
        m = _ITEM.match(line.text)
        if m and int(m.group(1)) == expected and not _TOC_PAGE.search(line.text):
            head = [SourceLine(line.page, line.line, m.group(2))]
            j = i + 1
            # a title broken at a hyphen, or going on in lower case on the next line
            while j < len(lines) and lines[j].text.strip() and (
                    join(head).endswith(tuple(_HYPHENS))
                    or (lines[j].text.strip()[:1].islower() and not _section(lines[j]))
                    or _toc_goes_on(titles, head, lines[j])
                    or (not titles and _wrapped_item_title(line, head, lines, j))):
                head.append(lines[j])
                j += 1
            title = join(head)
            known = expected not in titles or any(
                _plain(title).startswith(t) or t.startswith(_plain(title))
                for t in titles.values())
            if known:
                items.append(_Item(m.group(1), title, head, []))
                expected += 1
                i = j
                continue
        if items:
            items[-1].body.append(line)
        i += 1
    return items


def _blocks(lines: Sequence[SourceLine]) -> dict[str, list[SourceLine]]:
    """An item's lines by section ("intro" before the first section word)."""
    out: dict[str, list[SourceLine]] = {"intro": []}
    current = "intro"
    footnotes = False
    before = ""
    for line in lines:
        if _is_furniture(line):
            continue
        before, previous = line.text, before
        name = _section(line)
        if name is not None and name not in out:
            current = name
            out[current] = []
            footnotes = False
            continue
        if (re.fullmatch(r"\s*\d{1,2}\s*", line.text) and not previous.strip()) \
                or _GROUP.match(line.text):
            # a footnote's number alone on its line after a gap (the page's foot: a number
            # right under a line ends that line's sentence, "fokusområde" / "2"), or the
            # agenda's group heading ("Sager til orientering", "Afslutning"): the text ends
            footnotes = True
        if not footnotes:
            out[current].append(line)
    return out


def _bulleted(text: str) -> bool:
    """A line beginning with a list bullet (a blank line does not): a bullet glyph, or a dash
    and a space (a word processor's dash list, "- drøfter …", "– godkender …")."""
    t = text.strip()
    return bool(t) and (t[0] in _BULLETS or bool(_DASH_BULLET.match(t)))


_DASH_BULLET = re.compile(r"[-–]\s+(?=\w)")


def _unbullet(text: str) -> str:
    """A list entry's text without its bullet."""
    t = text.strip()
    return _DASH_BULLET.sub("", t, count=1) if _DASH_BULLET.match(t) else t.lstrip(
        _BULLETS).strip()


def _trim(lines: Sequence[SourceLine]) -> list[SourceLine]:
    """Without blank lines and links at the start and end."""
    out = list(lines)
    while out and (not out[0].text.strip() or _LINK.match(out[0].text)):
        out.pop(0)
    while out and (not out[-1].text.strip() or _LINK.match(out[-1].text)):
        out.pop()
    return out


def _entries(lines: Sequence[SourceLine]) -> list[list[SourceLine]]:
    """A list's entries: each starts at a bullet (or, with no bullets, after a blank line);
    a line going on in lower case or after a broken word belongs to the entry before."""
    lines = _trim(lines)
    bulleted = any(_bulleted(x.text) for x in lines)
    out: list[list[SourceLine]] = []
    blank = True
    for x in lines:
        text = x.text.strip()
        if not text:
            blank = True
            continue
        starts = _bulleted(text) if bulleted else blank
        if out and (text[:1].islower() or join(out[-1]).endswith(tuple(_HYPHENS))
                    or join(out[-1]).count("(") > join(out[-1]).count(")")):
            starts = False
        if starts or not out:
            out.append([SourceLine(x.page, x.line, _unbullet(text))])
        else:
            out[-1].append(x)
        blank = False
    return [e for e in out if join(e)]


_LEAD = re.compile(r"^(?:.*\bbedes\b|Det\s+indstilles\b.*|.*\bindstiller\b.*)$", re.IGNORECASE)


def _indstilling(lines: Sequence[SourceLine]) -> tuple[list[str], list[list[SourceLine]]]:
    """The at-clauses: the lead-in ("Socialdirektørkredsen bedes", "Det indstilles, at")
    left out, one clause per bullet (or per line beginning "at")."""
    lines = _trim(lines)
    body = list(lines)
    lead: SourceLine | None = None
    if body and _LEAD.match(body[0].text.strip()) and not _bulleted(body[0].text):
        lead = body.pop(0)
    entries = _entries(body)
    if not entries and lead is not None:
        inline = re.search(r"\bat\s+(\S.*)$", lead.text)
        if inline:
            entries = [[SourceLine(lead.page, lead.line, inline.group(1))]]
    if entries and not any(_bulleted(x.text) for x in body):
        # no bullets: a clause starts at each line beginning "at"
        flat = [x for e in entries for x in e]
        entries = []
        for x in flat:
            if re.match(r"\s*at\s", x.text) or not entries:
                entries.append([x])
            else:
                entries[-1].append(x)
    return [join(e) for e in entries], entries


_SUB = re.compile(r"^\s*(?:Vedr\.\s*)?(?:punkt|pkt\.?)\s*(\d+)\s*\.?\s*(?:[–\-:]\s*)?"
                  r"([A-Za-zÆØÅæøå].*?)\s*$", re.IGNORECASE)


def _wrapped_title(head: list[SourceLine], line: SourceLine) -> bool:
    """Whether a title's full line (70 characters or more, no closing mark) goes on in
    ``line``, the few words that end it ("… ved kommunaldirektør" / "Niels Højgård.")."""
    last = head[-1].text.rstrip()
    words = line.text.split()
    return (head[-1].line + 1 == line.line and len(last) >= 70 and last[-1:] not in ".:;!?"
            and 0 < len(words) <= 4 and line.text.rstrip().endswith((".", ":"))
            and not _a_sentence(line.text))


def _subs(lines: Sequence[SourceLine]) -> tuple[list[SourceLine], list[tuple[str, list[
        SourceLine], list[SourceLine]]]]:
    """A referat split at "Vedr. punkt 4 – titel:" / "Pkt. 4: titel" lines: the text before
    the first, and each sub-matter's number, title line(s) and text."""
    before: list[SourceLine] = []
    subs: list[tuple[str, list[SourceLine], list[SourceLine]]] = []
    for x in lines:
        m = _SUB.match(x.text)
        if m and not _FURNITURE.fullmatch(x.text):
            title, colon, rest = m.group(2).partition(": ")
            if colon and len(rest.split()) > 3:
                # "Pkt. 4: Styringsaftale: processen bliver …": the title, then the text
                subs.append((m.group(1), [SourceLine(x.page, x.line, title)], [x]))
            else:
                subs.append((m.group(1), [SourceLine(x.page, x.line, m.group(2))], []))
        elif subs and not subs[-1][2] and (x.text.strip()[:1].islower()
                                           or _wrapped_title(subs[-1][1], x)):
            subs[-1][1].append(x)  # the title goes on in lower case on the next line
        elif subs:
            subs[-1][2].append(x)
        else:
            before.append(x)
    return before, [part for sub in subs for part in _headed(*sub)]


#: A heading: a short noun phrase on a line of its own ("Forslag til ny model."), no verb.
_VERBISH = re.compile(r"\b(?:[a-zæøå]+(?:ede|ete|tes|des|ret|det|ger|der|ter|ner|rer|ler|ser)|"
                      r"blev|var|er|har|skal|vil|kan|bliver)\b")


def _headed(number: str, head: list[SourceLine], lines: list[SourceLine]
            ) -> list[tuple[str, list[SourceLine], list[SourceLine]]]:
    """A sub-matter whose text has a heading of its own after a finished paragraph (a
    short line with no verb, and text after it): a further sub-matter from there."""
    out = [(number, head, list(lines))]
    paragraphs = _paragraphs(lines)
    for k, paragraph in enumerate(paragraphs):
        text = join(paragraph)
        words = text.split()
        if (k == 0 or len(paragraph) != 1 or len(words) > 6 or not text[:1].isupper()
                or text.endswith((":", ",")) or _VERBISH.search(text)
                or k + 1 == len(paragraphs) or not join(paragraphs[k - 1]).endswith(".")):
            continue
        start = paragraph[0].line
        kept = [x for x in out[-1][2] if x.line < start]
        rest = [x for x in out[-1][2] if x.line > start]
        out[-1] = (out[-1][0], out[-1][1], kept)
        out.append((f"{number}-{len(out)}", [SourceLine(paragraph[0].page, start,
                                                         text.rstrip("."))], rest))
    return out


# -- outcomes ------------------------------------------------------------------------------

#: The referat's own phrases for an outcome, most telling first.
_OUTCOMES: tuple[tuple[str, str, str], ...] = (
    ("ikke_godkendt", r"\b(?:ikke\s+godkendt|godkendte\s+ikke|godkendes\s+ikke|blev\s+afvist)"
                      r"\b", "referatet siger, at det ikke blev godkendt"),
    ("anbefalet_godkendt_med_bemaerkninger",
     r"\banbefal\w*\s+godkendt\b[^.]*?\bmed\s+(?:\w+\s+){0,3}(?:bemærkning\w*|præcisering\w*|"
     r"ændring\w*|tilføjelse\w*)",
     "referatet siger anbefalet godkendt med bemærkninger: en anbefaling til det besluttende "
     "organ"),
    ("anbefalet_godkendt", r"\banbefal\w*\s+godkendt\b",
     "referatet siger anbefalet godkendt: en anbefaling til det besluttende organ, ingen "
     "godkendelse"),
    ("godkendt_med_bemaerkninger",
     r"\bgodkend\w*\b[^.]*?\b(?:med\s+(?:\w+\s+){0,3}(?:bemærkning\w*|præcisering\w*|ændring\w*|"
     r"tilføjelse\w*)|bortset\s+fra|dog\s+med)\b",
     "referatet nævner godkendelse med bemærkninger, præciseringer eller undtagelser"),
    ("taget_til_efterretning", r"\b(?:tog|taget|tager)\b[^.]*?\btil\s+efterretning\b",
     "referatet siger, at orienteringen blev taget til efterretning"),
    ("godkendt", r"(?:^godkendt|\b(?:blev|er)\s+godkendt|\bgodkendes\b|"
                 r"\bgodkendte\s+(?:indstillingen|den|det|de|forslaget|oplægget|modellen|alle)\b|"
                 r"\btiltrådt|\btiltrådte)", "referatet siger godkendt"),
    ("besluttet_anderledes", r"\b(?:besluttede|besluttet|valgte|tilsluttede?\s+sig|"
                             r"tilsluttet\s+sig)\b",
     "referatet siger, at der blev besluttet, og indstillingen bad ikke om netop det"),
    ("droeftet", r"\b(?:drøftede|drøftet(?!\s+ved\s+møde\s+i\b)|var\s+en\s+drøftelse)\b",
     "referatet siger drøftet"),
    ("besluttet", r"\b(?:blev|er)\s+(?:\w+\s+){0,4}aftalt\b|\baftaltes\b|"
                  r"\baftales,?\s+at\b",
     "referatet siger, at noget blev aftalt: læst som besluttet"),
    ("droeftet", r"\benighed\s+om\b",
     "referatet siger kun, at der var enighed om noget; læst som drøftet"),
    ("valgt_ved_akklamation", r"\bvalgt\s+ved\s+akklamation\b",
     "referatet siger, at der blev valgt ved akklamation"),
)


def _outcome(lines: Sequence[SourceLine], indstilling: Sequence[str]
             ) -> tuple[str, str, str] | None:
    """The outcome the referat's phrase says, the phrase, and why; None where it says none.
    Words in quotation marks are the quoted sender's ("… orientering fra KL: ”KL har drøftet
    …”"), not the meeting's: they are not read."""
    sentences = [x for x, _ in _sentences(lines)]
    said = _unquoted(sentences)
    if len(sentences) == 1 and re.search(r"\bvalgt\s+ved\s+akklamation\b", sentences[0],
                                         re.IGNORECASE):
        return ("valgt_ved_akklamation", sentences[0],
                "referatet siger, at der blev valgt ved akklamation")
    # a body whose meeting the text reports from ("orienterede fra møde i KDK", "ved KDK
    # mødet"): what it took note of or approved is its outcome, not this meeting's
    elsewhere = {m.group(1) or m.group(2) for m in re.finditer(
        r"\bmødet?\s+i\s+([A-ZÆØÅ]{2,}\w*)|\b([A-ZÆØÅ]{2,})[\s\-]mødet\b", " ".join(sentences))}
    for name, pattern, why in _OUTCOMES:
        rx = re.compile(pattern, re.IGNORECASE)
        for sentence, own in reversed(list(zip(sentences, said, strict=True))):
            m = rx.search(own)
            if m is None or (sentence.split() or [""])[0] in elsewhere:
                continue
            if name == "besluttet_anderledes" and any(
                    re.search(r"\bbeslut", c, re.IGNORECASE) for c in indstilling):
                return "besluttet", sentence.strip(), "referatet siger, at der blev besluttet"
            if name == "besluttet_anderledes" and not any(
                    re.search(r"\b(?:godkend|tiltræd|anbefal|vedtag)", c, re.IGNORECASE)
                    for c in indstilling):
                # the indstilling asked for a discussion or a choice, not to approve a
                # proposal: a decision is what it asked for, not a different one
                return "besluttet", sentence.strip(), "referatet siger, at der blev besluttet"
            return name, sentence.strip(), why
    return None


_QUOTES = "”“„\"«»"


def _unquoted(sentences: Sequence[str]) -> list[str]:
    """Each sentence without what stands in quotation marks (a quotation may run over
    sentences); the sentences as they are where the marks do not pair up."""
    if sum(sentence.count(q) for sentence in sentences for q in _QUOTES) % 2:
        return list(sentences)
    out: list[str] = []
    inside = False
    for sentence in sentences:
        kept = []
        for ch in sentence:
            if ch in _QUOTES:
                inside = not inside
                kept.append(" ")
            elif not inside:
                kept.append(ch)
        out.append("".join(kept))
    return out


#: What the indstilling asked for, where the referat names no outcome of its own.
_ASKED = (("taget_til_efterretning", r"\btil\s+efterretning\b",
           "referatet nævner intet udfald; indstillingen bad om at tage orienteringen til "
           "efterretning"),
          ("droeftet", r"\bdrøfte[rs]?\b",
           "referatet nævner intet udfald; indstillingen bad om en drøftelse"))


def _asked(clauses: Sequence[str]) -> tuple[str, str, str] | None:
    for name, pattern, why in _ASKED:
        for clause in clauses:
            if re.search(pattern, clause, re.IGNORECASE):
                return name, clause, why
    return None


# -- actions -------------------------------------------------------------------------------

_TASK_VERBS = (r"udarbejder|udsender|rundsender|fremsender|indkalder|undersøger|"
               r"følger\s+op|sender|forbereder|koordinerer|udarbejde|udsende|"
               r"sættes\s+på\s+dagsordenen|er\s+ansvarlig\s+for")
_ACTION = re.compile(
    r"(?:^|(?<=\bat\s)|(?<=\bom\s))(?P<owner>(?:[A-ZÆØÅ][\w\-ÆØÅæøå.]*)(?:\s+(?:[A-ZÆØÅ]"
    r"[\w\-ÆØÅæøå.]*|og\s+[a-zæøå]+|kommune|Kommune))*|sekretariatet|[a-zæøå\-]+styregruppen)"
    r"(?:\s+\((?P<paren>[^)]*)\))?\s+(?:skal\s+)?(?:til\s+(?P<pre>næste\s+\w*møde(?:\s+den\s+\d{1,2}"
    r"\.\s*[a-zæøå]+(?:\s+\d{4})?)?)\s+)?(?P<verb>" + _TASK_VERBS + r")\b(?P<what>[^.]*)")
_ANMOD = re.compile(r"\banmode\s+(?P<owner>[\wÆØÅæøå\-]+(?:\s+[A-ZÆØÅ][\wæøå]*)*)\s+om\s+"
                    r"(?P<what>[^.]*?\b(?:udarbejde|at\s+\w+)\b[^.]*)")
_NEXT = re.compile(r"\b(?:til|ved|på)\s+(?:(?:næste|førstkommende)\s+(?:\w*møde|møde)"
                   r"(?:\s+den\s+(?P<dato>\d{1,2}\.\s*[a-zæøå]+(?:\s+\d{4})?))?|[\wæøå\-]*mødet"
                   r"\s+den\s+(?P<paa>\d{1,2}\.\s*[a-zæøå]+(?:\s+\d{4})?))", re.IGNORECASE)
_PASSIVE_AGENDA = re.compile(r"\bsættes\s+på\s+dagsordenen\s+for\s+næste\s+møde\b", re.IGNORECASE)


def _split_sentences(text: str) -> list[str]:
    """A text's sentences: a full stop ends one only before a capital ("den 13. november" and
    "Bek. nr." go on)."""
    return [p.strip() for p in re.split(r"(?<=[.!?])\s+(?=[A-ZÆØÅ\"”“])", text) if p.strip()]


def _paragraphs(lines: Sequence[SourceLine]) -> list[list[SourceLine]]:
    """Lines in paragraphs; a blank line ends one where the line before ends a sentence or
    the next starts a new one (in the DAS layout every line is followed by a blank one)."""
    out: list[list[SourceLine]] = [[]]
    blank = False
    for x in lines:
        if not x.text.strip():
            blank = True
            continue
        if blank and out[-1]:
            prev = out[-1][-1].text.rstrip()
            if (prev.endswith((".", ":", "!", "?")) or not prev.endswith((",", "-"))) \
                    and not x.text.strip()[:1].islower():
                out.append([])
        out[-1].append(x)
        blank = False
    return [p for p in out if p]


def _sentences(lines: Sequence[SourceLine]) -> list[tuple[str, SourceLine]]:
    """The sentences of a text, each with the line it starts on."""
    out: list[tuple[str, SourceLine]] = []
    for paragraph in _paragraphs(lines):
        starts: list[tuple[int, SourceLine]] = []
        text = ""
        for x in paragraph:
            starts.append((len(text) + (1 if text else 0), x))
            text = join([text, x.text]) if text else join([x])
        at = 0
        for sentence in _split_sentences(text):
            pos = text.find(sentence, at)
            at = max(pos, at)
            line = next((x for p, x in reversed(starts) if p <= at), starts[0][1])
            out.append((sentence, line))
    return out


def _year_date(text: str, meeting: str) -> str | None:
    """"18. marts" → the first such day after the meeting, as ISO text."""
    from datetime import date as _date

    held = _date.fromisoformat(meeting)
    m = re.match(r"(\d{1,2})\.\s*([a-zæøå]+)(?:\s+(\d{4}))?", text, re.IGNORECASE)
    if m is None:
        return None
    year = int(m.group(3)) if m.group(3) else held.year
    try:
        day = parse_danish_date(f"{m.group(1)}. {m.group(2)} {year}")
    except Exception:
        return None
    if not m.group(3) and day < held:
        try:
            day = day.replace(year=year + 1)
        except ValueError:  # 29 February, and the next year is no leap year
            return None
    return day.isoformat()
_STOP = {"Der", "Det", "Den", "De", "Dette", "Denne", "Han", "Hun", "Man", "Vi", "Endelig",
         "Herefter", "Hvis", "Når", "Som", "Og", "Men", "I", "På", "Til", "Efter", "Ved", "Med",
         "Punktet", "Indstilling", "Indstillingen", "Referatet", "Materiale", "Materialet",
         "Oplægget", "Notatet", "Kommissoriet", "Sagen", "Endvidere", "Desuden", "Samtidig"}
_VERBS = re.compile(
    r"\b(?:(?:skal|vil)\s+(?:\S+\s+){0,4}?(?:udarbejde|udsende|sende|rundsende|fremsende|"
    r"indkalde|undersøge|koordinere|forberede|lave)|udarbejder|udsender|rundsender|fremsender|"
    r"indkalder|undersøger|følger\s+op|koordinerer|forbereder|er\s+ansvarlig\w*\s+for|"
    r"forelægger|fremlægger|(?:vil|ville)\s+orientere\s+om|"
    r"tager\s+kontakt\s+til|kontakter)\b",
    re.IGNORECASE)
_PASSIVE = re.compile(
    r"\b(?:at\s+der\s+(?:\w+\s+)?(?:gennemføres|udarbejdes|udsendes|afholdes|iværksættes|"
    r"indkaldes)|sættes\s+på\s+dagsordenen\s+(?:for|til)\s+næste\s+møde|aftalt,?\s+at\s+"
    r"(?:sende|udarbejde|udsende|indkalde|rette\s+henvendelse))\b|"
    r"\bat\s+der\s+(?:\w+\s+)?planlægges\b|"
    # "Notatet bliver rundsendt", "der ville blive udsendt brev", "der skulle spørges ind"
    r"\b(?:bliver|vil\s+blive|ville\s+blive)\s+(?:\w+\s+)?(?:rundsendt|udsendt|sendt|"
    r"genudsendt|indskrevet|udpeget|udarbejdet|fremsendt|indkaldt)\b|"
    r"\b(?:skal|skulle)\s+(?:\w+\s+)?(?:spørges|undersøges|udarbejdes|udsendes|sendes|"
    r"indkaldes)\b|"
    r"\bopfordret\s+til,?\s+at\s+[a-zæøå]+e\b", re.IGNORECASE)
#: "X blev (på baggrund af …) opfordret til at …", "X blev bedt om at …": X's task.
_ASKED_TO = re.compile(r"^(?P<owner>[A-ZÆØÅ][^\s,]*(?:\s+[A-ZÆØÅ][^\s,]*)*)\s+blev\s+"
                       r"(?:\S+\s+){0,6}?(?:opfordret\s+til|bedt\s+om)\s+at\s+(?P<what>.+)$")
#: "Det aftales, at FU godkender …", "Det blev aftalt, at Aalborg Kommune sender …".
_AGREED_THAT = re.compile(r"\baftal(?:t|es|te)\b,?\s+at\s+(?P<owner>[A-ZÆØÅ][^\s,]*"
                          r"(?:\s+[A-ZÆØÅ][^\s,]*)*)\s+(?P<what>[a-zæøå]+er\b.*)$")
#: A passive task with its deadline: "Arbejdsgruppens sammensætning vurderes på næste møde".
_PASSIVE_DUE = re.compile(r"\b(?:vurderes|drøftes|behandles|fremlægges|forelægges|præsenteres|"
                          r"genbesøges|følges\s+op)\b", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:præsenteres|forelægges|fremlægges|behandles)\b", re.IGNORECASE)
_OWNER_WORD = re.compile(r"^(?:[A-ZÆØÅ][\wæøåÆØÅ\-.]*|[a-zæøå\-]+(?:et|en))$")


def _owner(subject: str) -> str | None:
    """The owner at the start of a task's subject ("Aalborg Kommune til næste møde" →
    "Aalborg Kommune", "sekretariatet" → "Sekretariatet"); None where it names none."""
    words = subject.split()
    taken: list[str] = []
    for k, w in enumerate(words):
        bare = w.strip(",")
        if not taken:
            if not _OWNER_WORD.match(bare) or bare in _STOP:
                return None
            taken.append(bare)
        elif bare[:1].isupper() or bare.lower() == "kommune" or (
                bare == "og" and k + 1 < len(words) and _OWNER_WORD.match(words[k + 1])):
            taken.append(bare)
        else:
            break
        if w.endswith(","):
            break
    if not taken or taken[-1] == "og":
        return None
    owner = " ".join(taken)
    return owner[:1].upper() + owner[1:]


def _frist(sentence: str, after: str | None, meeting: str) -> tuple[str | None, str | None]:
    """The deadline a task's sentence (or the next one, where it says when the result is
    presented) gives, and the phrase it is read from."""
    for text, presenting in ((sentence, False), (after or "", True)):
        if presenting and not _PRESENT.search(text):
            continue
        m = _NEXT.search(text)
        if m:
            if m.group("dato") or m.group("paa"):
                day = _year_date(m.group("dato") or m.group("paa"), meeting)
                if day is not None:
                    return day, m.group()
            if m.group("paa"):
                continue  # "på mødet den 31. februar": no day, no deadline
            return "til næste møde", m.group()
        if not presenting and re.search(r"\bsnarest\b", text, re.IGNORECASE):
            return "snarest", "snarest"
    return None, None


def _actions(lines: Sequence[SourceLine], meeting: str) -> list[tuple[dict[str, Any], str,
                                                                       SourceLine]]:
    """Candidate follow-up actions in a referat: a sentence giving someone a task ("X
    udarbejder …", "at sekretariatet skal udarbejde …", "anmode X om … at udarbejde …", "…
    sættes på dagsordenen for næste møde"), with owner and deadline where it names them."""
    found: list[tuple[dict[str, Any], str, SourceLine]] = []
    sentences = _sentences(lines)
    for k, (sentence, line) in enumerate(sentences):
        after = sentences[k + 1][0] if k + 1 < len(sentences) else None
        owner: str | None = None
        what: str | None = None
        anmod = _ANMOD.search(sentence)
        verb = _VERBS.search(sentence)
        passive = _PASSIVE.search(sentence)
        asked_to = _ASKED_TO.match(sentence)
        agreed = _AGREED_THAT.search(sentence)
        due = _PASSIVE_DUE.search(sentence)
        if anmod:
            owner = _owner(anmod.group("owner")) or anmod.group("owner")
            what = anmod.group("what")
        elif asked_to and _owner(asked_to.group("owner")):
            owner = _owner(asked_to.group("owner"))
            what = asked_to.group("what")
        elif verb:
            head = sentence[: verb.start()]
            cut = max((m.end() for m in re.finditer(r"(?<![\wæøåÆØÅ])(?:at|om)\s|,\s", head)),
                      default=0)
            if re.match(r"\s*(?:og|men)\s", head[cut:]):
                cut = 0  # "X har …, og vil … lave": the sentence's subject goes on
            owner = _owner(head[cut:])
            if owner is None:
                continue
            if re.match(r"er\s+ansvarlig", sentence[verb.start():]) and found and \
                    "ansvarlig" not in found[-1][0] and sentences[k - 1][0] == found[-1][1]:
                found[-1][0]["ansvarlig"] = owner  # "… udarbejdes … Sekretariatet er
                continue                          # ansvarligt for udarbejdelsen."
            what = sentence[verb.start():]
        elif agreed and _owner(agreed.group("owner")):
            owner = _owner(agreed.group("owner"))
            what = agreed.group("what")
        elif passive:
            what = sentence[passive.start():]
        elif due and _frist(sentence, None, meeting)[0] is not None:
            if found and found[-1][1] == sentences[k - 1][0] and "frist" in found[-1][0] \
                    and _frist(found[-1][1], None, meeting)[0] is None:
                continue  # "Kommissoriet præsenteres ved næste møde": the task before's
            what = sentence  # deadline, not a task of its own
        else:
            continue
        frist, _ = _frist(sentence, after, meeting)
        action: dict[str, Any] = {}
        if owner:
            action["ansvarlig"] = owner
        action["leverance"] = what.strip().rstrip(".")
        if frist:
            action["frist"] = frist
        found.append((action, sentence, line))
    return found


#: A later meeting a case text's sentence sends something to: "til næste FU møde", "på
#: mødet den 16. november 2019", "på DAS mødet den 13. januar 2020".
_LATER = re.compile(r"\b(?:til|ved|på)\s+(?:næste\s+(?:[A-ZÆØÅ]{2,}[\s-]+)?møde\b|"
                    r"(?:[A-ZÆØÅ]{2,}[\s-]+)?mødet\s+den\s+(?P<dato>\d{1,2}\.\s*[a-zæøå]+"
                    r"(?:\s+\d{4})?))")
#: A verb in the passive ("indstilles", "inviteres", "skal vurderes"): what is to be done,
#: no one named to do it. A genitive has the same ending ("kommunes", "arbejdsgruppes",
#: "kommunernes") but a noun after it, so a word in -es followed by a lower-case word that
#: is not a preposition, adverb or conjunction ("vurderes på", "inviteres med") is no verb.
_PASSIVE_ES = re.compile(
    r"\b[a-zæøå]{4,}es\b(?!\s+(?!(?:til|med|på|ved|via|af|i|for|om|at|og|eller|men|som|der|"
    r"den|det|de|nu|igen|senere|først|også|ikke|derfor|her|hermed|frem|op|ud|ind|videre|"
    r"efter|inden|før|under|fra|hos|over|mellem|sammen|endeligt|løbende|yderligere|"
    r"gennem|mod|så|kun|snarest|hurtigst|primo|medio|ultimo)\b)[a-zæøå])")


def _case_actions(lines: Sequence[SourceLine], meeting: str
                  ) -> list[tuple[dict[str, Any], str, SourceLine]]:
    """Candidate actions in an item's case text, for an item the referat approves or notes:
    a sentence in the passive that sends something to a later meeting ("Oplægget indstilles
    til KKR på mødet den 16. november 2019", "… inviteres med til næste FU møde"), its
    deadline that meeting; no owner (the sentence names none). A meeting on or before this
    one's day is no deadline ("drøftes med KDK på mødet den 25. august 2019")."""
    found: list[tuple[dict[str, Any], str, SourceLine]] = []
    for sentence, line in _sentences(lines):
        verbs = [v.end() for v in _PASSIVE_ES.finditer(sentence)]
        for m in _LATER.finditer(sentence):
            if not any(end <= m.start() and "," not in sentence[end:m.start()]
                       for end in verbs):
                continue  # the meeting is not where the passive clause sends it
            if m.group("dato"):
                day = _year_date(m.group("dato"), meeting)
                if day is None or day <= meeting or (
                        not re.search(r"\d{4}", m.group("dato")) and day[:4] != meeting[:4]):
                    continue  # a day before this meeting's, in its year: a past meeting
                frist = day
            else:
                frist = "til næste møde"
            found.append(({"leverance": sentence.strip().rstrip("."), "frist": frist},
                          sentence, line))
            break
    return found


def _next_meeting(item: _Item, blocks: dict[str, list[SourceLine]], meeting: str
                  ) -> tuple[dict[str, Any], list[SourceLine]] | None:
    """"Næste møde 3. juni kl. 10.00, Sted" (title or text): date, time, place, the words."""
    if not re.match(r"næste\s+møde", item.titel, re.IGNORECASE):
        return None
    body = _trim([x for lines in blocks.values() for x in lines])
    text = join(body) if body else ""
    source = body or item.head
    nm: dict[str, Any] = {}
    for where in (item.titel, text):
        m = _DATE_NO_YEAR.search(where)
        if m and "dato" not in nm:
            day = _year_date(m.group(), meeting)
            if day:
                nm["dato"] = day
        t = re.search(r"\bkl\.\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?", where)
        if t and "tid" not in nm:
            nm["tid"] = t.group()
    place = re.search(r"\b(?:holdes|afholdes)\s+(?:på|i|hos)\s+(.+?)\.?$", text)
    if place:
        nm["sted"] = place.group(1)
    else:
        comma = re.search(r"kl\.\s*[\d.:\-–]+\s*,\s*(.+)$", item.titel)
        if comma:
            nm["sted"] = comma.group(1)
    nm["tekst"] = text or item.titel
    return nm, source


_DATE_NO_YEAR = re.compile(r"\b\d{1,2}\.\s*(?:januar|februar|marts|april|maj|juni|juli|august|"
                           r"september|oktober|november|december)(?:\s+\d{4})?", re.IGNORECASE)
_INDLEDER = re.compile(r"^\s*(.+?)\s+indleder\s+punktet\.?\s*$")


def _item_text(item: _Item) -> list[SourceLine]:
    """The item's text before its indstilling, and its referat (where guests are named)."""
    blocks = _blocks(item.body)
    return [*blocks.get("intro", []), *blocks.get("referat", [])]


def _punkt(item: _Item, meeting: str, b: _Builder, index: int) -> dict[str, Any]:
    at = f"punkter[{item.nummer}]"
    blocks = _blocks(item.body)
    punkt: dict[str, Any] = {"nummer": item.nummer, "titel": item.titel}
    intro = _trim(blocks.get("intro", []))
    leader = next((x for x in intro if _INDLEDER.match(x.text)), None)
    if leader is not None:
        m = _INDLEDER.match(leader.text)
        assert m is not None
        punkt["indleder"] = m.group(1).strip()
        intro = _trim([x for x in intro if x is not leader])
    if re.match(r"(?:orientering|evt\.?$|eventuelt)", item.titel, re.IGNORECASE):
        punkt["art"] = "orientering"
    clauses, clause_entries = _indstilling(blocks.get("indstilling", []))
    if any(re.search(r"\btil\s+efterretning\b", c, re.IGNORECASE) for c in clauses):
        punkt["art"] = "orientering"
    if clauses:
        punkt["indstilling"] = clauses
    bilag = [join(e) for e in _entries(blocks.get("bilag", []))]
    if not bilag and intro and "bilag" not in blocks and re.match(
            r"^Se\s.*\b(?:dagsorden|bilag|vedlagt)\w*\b", join(intro), re.IGNORECASE):
        bilag = [join(intro)]  # "Se selvstændig udsendt dagsorden": the item's bilag
        intro = []
    links = [x for x in item.body if _LINK.match(x.text)]
    anchored = [k for k, e in enumerate(bilag) if re.search(r"\b(?:findes|ses|læses)\s+her$", e)]
    if len(links) == 1 and len(anchored) == 1:
        # "Referatet kan findes her" with the link printed apart (the page's foot): joined
        k = anchored[0]
        bilag[k] = f"{bilag[k]} … {links[0].text.strip()}"
        b.flag(f"{at}.bilag[{k + 1}]", links[0], links[0].text.strip(),
               "linket, der står for sig, er læst som det, bilagets 'her' henviser til")
    if bilag:
        punkt["bilag"] = bilag
    if blocks.get("resume"):
        resume = _trim(blocks["resume"])
        if resume:
            punkt["resume"] = join(resume)
    sf = _trim(blocks.get("sagsfremstilling", []))
    if not sf and not any(k in blocks for k in ("resume", "baggrund")):
        sf = intro
    if sf and not re.match(r"næste\s+møde", item.titel, re.IGNORECASE):
        punkt["sagsfremstilling"] = join(sf)
    nm = _next_meeting(item, blocks, meeting)
    if nm is not None:
        punkt["naeste_moede"] = {**nm[0], "kilde_sted": kilde_sted(nm[1])}
        head = re.match(r"næste\s+møde\b", item.titel, re.IGNORECASE)
        if head and nm[0]["tekst"] == item.titel and item.titel[head.end():].strip():
            # the heading carries the announcement ("8. Næste møde 3. juni kl. 10.00, …"):
            # the item is "Næste møde"; the rest is the announcement, kept in naeste_moede
            punkt["titel"] = item.titel[:head.end()]
        punkt["kilde_sted"] = kilde_sted(item.head + (_trim(item.body) or []))
        return punkt
    referat = _trim(blocks.get("referat", []))
    if not referat and len(blocks) == 1 and intro and "sagsfremstilling" in punkt:
        # no section words at all: the item's text is what was decided (the SOCDIR layout's
        # short items: "Godkendt")
        referat = intro
        del punkt["sagsfremstilling"]
    if referat:
        punkt["beslutning"] = _beslutning(referat, clauses,
                                          [x for e in clause_entries for x in e] or referat,
                                          at, item, meeting, b)
    body = _trim(item.body)
    punkt["kilde_sted"] = kilde_sted(item.head + body)
    return punkt


def _drafted_actions(b: _Builder, nummer: str,
                     actions: Sequence[tuple[dict[str, Any], str, SourceLine]],
                     where: str) -> list[dict[str, Any]]:
    """The record's ``opfoelgning`` entries for an item's (or sub-matter's) found actions:
    ids lettered through the item, each with its source lines and on the review list."""
    out: list[dict[str, Any]] = []
    for action, sentence, line in actions:
        letter = chr(ord("a") + len(b.actions.get(nummer, [])))
        b.actions.setdefault(nummer, []).append(letter)
        out.append({"id": f"{b.meeting_id}-{nummer}{letter}", **action,
                    "kilde_sted": kilde_sted([line])})
        b.flag(f"{where}.opfoelgning[{len(out)}]", line, sentence,
               "opfølgningen, dens ansvarlige og frist er udledt af sætningen")
    return out


def _beslutning(referat: list[SourceLine], clauses: Sequence[str],
                clause_lines: Sequence[SourceLine], at: str, item: _Item, meeting: str,
                b: _Builder) -> dict[str, Any]:
    before, subs = _subs(referat)
    before = _trim(before)
    beslutning: dict[str, Any] = {}
    if not subs:
        split = _except(referat)
        if split is not None:
            blocks = _blocks(item.body)
            return _excepted(referat, split, at, b, _trim(
                blocks.get("sagsfremstilling") or blocks.get("intro", [])))
    # a round of reports ("Evt.", "Orientering …"): one sag per speaker's paragraph; the
    # item keeps the whole referat and its outcome
    rounds = _matters(referat) if not subs and _ROUND_TITLE.match(item.titel) else []
    whole = bool(rounds)
    if whole:
        before = list(referat)
        subs = [(chr(ord("a") + k), [], lines) for k, lines in enumerate(rounds)]
    if before or not subs:
        text = join(unbulleted(before if subs else referat))
        beslutning["referat"] = text
        out = _outcome(before if subs else referat, clauses) if not subs or whole else None
        asked = _asked(clauses) if out is None and (not subs or whole) else None
        if asked is not None:
            beslutning["udfald"] = asked[0]
            b.flag(f"{at}.beslutning.udfald", _line_of(clause_lines, asked[1][:40]), asked[1],
                   asked[2])
        elif not subs or whole:
            _put_outcome(beslutning, f"{at}.beslutning", out, before or referat, referat[:1], b)
    actions = [] if whole else _actions(before if subs else referat, meeting)
    case_text = _case_text(item)
    noted = not subs and not whole and beslutning.get("udfald") in _CARRIED_OUT
    if noted and not actions and not (_ROUND_TITLE.match(item.titel) and _headings(case_text)):
        actions = _case_actions(case_text, meeting)
    opf = _drafted_actions(b, item.nummer, actions, f"{at}.beslutning")
    if opf:
        beslutning["opfoelgning"] = opf
    appointed = [] if whole else _appointments(before if subs else referat, b.meeting,
                                               f"{at}.beslutning", b)
    if appointed:
        beslutning["fakta"] = appointed
    sager: list[dict[str, Any]] = []
    for number, head, lines in subs:
        lines = _trim(lines)
        where = f"{at}.beslutning.sager[{len(sager) + 1}]"
        if head:
            title = join(head).rstrip(":").strip()
            if "-" in number:
                b.flag(f"{where}.titel", head[0], title,
                       "en kort linje uden udsagnsord i et underpunkt er læst som overskrift "
                       "for en sag for sig")
        else:  # a speaker's paragraph: its first sentence names the matter
            title, first = _sentences(lines)[0]
            b.flag(f"{where}.titel", first, title,
                   "referatet er delt i en sag for hvert afsnit, der begynder med, hvem der "
                   "orienterede eller spurgte; titlen er afsnittets første sætning")
        sag: dict[str, Any] = {"id": number, "titel": title}
        text = join(unbulleted(lines))
        _put_outcome(sag, where, _outcome(lines, ()), lines or head, head or lines[:1], b)
        if text:
            sag["referat"] = text
        sag_opf = _drafted_actions(b, item.nummer, _actions(lines, meeting), where)
        if sag_opf:
            sag["opfoelgning"] = sag_opf
        sag_facts = _appointments(lines, b.meeting, where, b)
        if sag_facts:
            sag["fakta"] = sag_facts
        sag["kilde_sted"] = kilde_sted(head + lines)
        sager.append(sag)
    if not sager and not subs and _ROUND_TITLE.match(item.titel) and out is not None:
        # orientations under headings in the case text, the referat's one outcome for them
        blocks = _blocks(item.body)
        case_text = blocks.get("sagsfremstilling") or blocks.get("intro", [])
        headings = _headings(case_text)
        for k, heading in enumerate(headings):
            where = f"{at}.beslutning.sager[{k + 1}]"
            sag = {"id": chr(ord("a") + k), "titel": heading.text.strip(),
                   "udfald": out[0], "kilde_sted": kilde_sted([heading])}
            if out[0] in _CARRIED_OUT:  # the heading's text, to the next heading
                until = headings[k + 1].line if k + 1 < len(headings) else None
                under = [x for x in case_text if x.line > heading.line
                         and (until is None or x.line < until)]
                sag_opf = _drafted_actions(b, item.nummer, _case_actions(under, meeting),
                                           where)
                if sag_opf:
                    sag["opfoelgning"] = sag_opf
            sager.append(sag)
            b.flag(f"{where}.titel", heading, heading.text.strip(),
                   "en overskrift i sagsfremstillingen er læst som en orientering for sig")
            b.flag(f"{where}.udfald", _line_of(referat, out[1][:40]), out[1],
                   f"referatets udfald for punktet gælder hver orientering: {out[2]}")
    if sager:
        beslutning["sager"] = sager
    beslutning["kilde_sted"] = kilde_sted(referat)
    return beslutning


#: Outcomes after which what the case text says will happen goes ahead: approved or noted.
_CARRIED_OUT = frozenset({"godkendt", "godkendt_med_bemaerkninger", "taget_til_efterretning"})


def _case_text(item: _Item) -> list[SourceLine]:
    """An item's case text: its sagsfremstilling (or the text before its first section)."""
    blocks = _blocks(item.body)
    return blocks.get("sagsfremstilling") or blocks.get("intro", [])


def _put_outcome(decision: dict[str, Any], where: str, out: tuple[str, str, str] | None,
                 lines: Sequence[SourceLine], opening: Sequence[SourceLine], b: _Builder
                 ) -> None:
    """A decision's (or sub-matter's) ``udfald`` from the referat's phrase ``out`` found in
    ``lines``, or ``ikke_angivet`` (its ``opening`` lines quoted) where there is none; on the
    review list either way."""
    if out is not None:
        decision["udfald"] = out[0]
        b.flag(f"{where}.udfald", _line_of(lines, out[1][:40]), out[1],
               f"udfaldet er udledt af referatets ord: {out[2]}")
    else:
        decision["udfald"] = "ikke_angivet"
        b.flag(f"{where}.udfald", opening[0], join(opening),
               "referatet bruger ingen af de kendte vendinger for et udfald; "
               "skriv udfaldet, eller lad 'ikke_angivet' stå")


def _headings(lines: Sequence[SourceLine]) -> list[SourceLine]:
    """The headings of a case text: a short line of its own with no closing punctuation (or
    a full line and the words it wraps onto, ten words at most), after a finished paragraph
    (or a line of its own) and before one that ends a sentence; none unless two."""
    paragraphs = _paragraphs(_trim(lines))
    out: list[SourceLine] = []
    for k, paragraph in enumerate(paragraphs[1:-1], start=1):
        text = join(paragraph)
        wrapped = len(paragraph) == 2 and len(paragraph[0].text.strip()) >= 60
        if ((len(paragraph) == 1 or wrapped) and len(text.split()) <= 10 and text[:1].isupper()
                and not text.endswith((".", ":", ",", ";", "-", "–"))
                and (join(paragraphs[k - 1]).endswith((".", ":")) or len(paragraphs[k - 1]) == 1)
                and join(paragraphs[k + 1]).endswith(".")):
            out.append(paragraph[0])
    return out if len(out) >= 2 else []


#: An item that is a round of reports: "Evt.", "Eventuelt", "Orientering …", "Meddelelser".
_ROUND_TITLE = re.compile(r"^\s*(?:evt\.?|eventuelt|orientering\b|gensidig\s+orientering|"
                          r"meddelelser)", re.IGNORECASE)
#: A paragraph opening with who reports or asks: "X orienterede om", "Hjørring Kommune
#: forespurgte", "Sekretariatet har fået følgende orientering", "Endelig blev der orienteret".
_REPORTS = re.compile(
    r"^(?:[A-ZÆØÅ][^\s.,]*(?:\s+[^\s,.]+\.?){0,5},?\s+(?:\w+\s+)?(?:orienterede|redegjorde|"
    r"forespurgte|spurgte|præsenterede|informerede|fortalte|gav\s+en\s+orientering|"
    r"har\s+(?:fået|modtaget)\s+(?:følgende\s+|en\s+)?(?:orientering|henvendelse))\b|"
    r"^(?:\w+\s+)?blev\s+der\s+orienteret\b)")


def _matters(lines: Sequence[SourceLine]) -> list[list[SourceLine]]:
    """A round of reports in paragraphs: each paragraph opening with who reports or asks
    starts a matter, the paragraphs after it belong to it; none unless the first paragraph
    opens so and there are at least two."""
    groups: list[list[SourceLine]] = []
    for paragraph in _paragraphs(_trim(lines)):
        if _REPORTS.match(join(paragraph).lstrip(_BULLETS).strip()):
            groups.append(list(paragraph))
        elif groups:
            groups[-1] += paragraph
        else:
            return []
        # within the paragraph, "X orienterede fra/om …" (after a finished sentence) opens
        # the next report
        for sentence, line in _sentences(paragraph)[1:]:
            if not _NEW_REPORT.match(sentence) or line not in groups[-1]:
                continue
            cut = line.text.find(" ".join(sentence.split()[:2]))
            if cut < 0:
                continue
            at = groups[-1].index(line)
            head, tail = line.text[:cut].rstrip(), line.text[cut:]
            rest = [SourceLine(line.page, line.line, tail), *groups[-1][at + 1:]]
            groups[-1] = groups[-1][:at] + ([SourceLine(line.page, line.line, head)]
                                            if head.strip() else [])
            groups.append(rest)
    return groups if len(groups) >= 2 else []


_NEW_REPORT = re.compile(r"^[A-ZÆØÅ][^\s.,]*(?:\s+[A-ZÆØÅ][^\s.,]*\.?){0,3}\s+"
                         r"(?:orienterede|forespurgte)\s+(?:fra|om)\b")


_EXCEPT = re.compile(r"\bgodkendte\s+(?P<what>(?:alle\s+)?\S.*?)\s+bortset\s+fra\s+"
                     r"(?P<but>\S.*?)\.?$", re.IGNORECASE)


_Split = tuple[int, re.Match[str], list[tuple[str, SourceLine]]]


def _except(lines: Sequence[SourceLine]) -> _Split | None:
    """Where a referat says "X godkendte alle … bortset fra Y": the sentence's index, the
    match, and the sentences."""
    sentences = _sentences(lines)
    for k, (sentence, _) in enumerate(sentences):
        m = _EXCEPT.search(sentence)
        if m:
            return k, m, sentences
    return None


def _excepted(referat: list[SourceLine], split: _Split, at: str, b: _Builder,
              case: Sequence[SourceLine] = ()) -> dict[str, Any]:
    """"godkendte alle … bortset fra Y" as sub-matters: what was approved, and the
    exception with the outcome the following sentences give it. Where the case text has a
    table whose rows name the matters, one of them Y, each other row is a sub-matter the
    sentence approves (titled by the row). The item's own outcome is then derived from them."""
    k, m, sentences = split
    sentence, line = sentences[k]
    rest = sentences[k + 1:]
    rest_lines = [x for x in referat if x.line >= rest[0][1].line] if rest else []
    rows = _table_rows(case, _organisations(b.meeting))
    matched = [r for r in rows if _same_name(r[0], m.group("but"))]
    approved: list[dict[str, Any]] = []
    if len(rows) >= 3 and len(matched) == 1:
        for title, row in (r for r in rows if r is not matched[0]):
            where = f"{at}.beslutning.sager[{len(approved) + 1}]"
            approved.append({"id": chr(ord("a") + len(approved)), "titel": title,
                             "udfald": "godkendt", "referat": sentence,
                             "kilde_sted": kilde_sted([line])})
            b.flag(f"{where}.titel", row[0], title,
                   "en række i sagsfremstillingens tabel er læst som en sag, referatets "
                   "'alle … bortset fra' godkender")
            b.flag(f"{where}.udfald", line, sentence,
                   "referatet godkender alt bortset fra én ting; hver anden række i tabellen "
                   "er en godkendt sag")
    else:
        approved.append({"id": "a", "titel": m.group("what"), "udfald": "godkendt",
                         "referat": sentence, "kilde_sted": kilde_sted([line])})
        b.flag(f"{at}.beslutning.sager[1].udfald", line, sentence,
               "referatet godkender alt bortset fra én ting; delt i to sager")
    n = len(approved) + 1
    exception: dict[str, Any] = {"id": chr(ord("a") + len(approved)), "titel": m.group("but")}
    out = _outcome(rest_lines, ()) if rest_lines else None
    if out is not None:
        exception["udfald"] = out[0]
        b.flag(f"{at}.beslutning.sager[{n}].udfald", _line_of(rest_lines, out[1][:40]),
               out[1], f"udfaldet er udledt af referatets ord: {out[2]}")
    else:
        exception["udfald"] = "ikke_angivet"
        b.flag(f"{at}.beslutning.sager[{n}].udfald", line, sentence,
               "referatet siger ikke, hvad der blev besluttet om undtagelsen")
    if rest_lines:
        exception["referat"] = join(unbulleted(rest_lines))
        exception["kilde_sted"] = kilde_sted(rest_lines)
    return {"referat": join(unbulleted(referat)), "sager": [*approved, exception],
            "kilde_sted": kilde_sted(referat)}


def _organisations(moede: Mapping[str, Any]) -> list[str]:
    """The bodies the header's people come from, as a table's first column names them:
    "Aalborg" for "Aalborg Kommune FB", "Region Nordjylland"; longest first."""
    names = {re.split(r"\s+[Kk]ommune\b", str(p["organisation"]))[0].strip()
             for g in ("deltagere", "afbud") for p in moede.get(g, []) if p.get("organisation")}
    return sorted((n for n in names if n[:1].isupper()), key=len, reverse=True)


def _same_name(a: str, b: str) -> bool:
    """Two names alike but for spaces and hyphens (a table's cell broken over lines)."""
    return re.sub(r"[\s\-­]", "", a).lower() == re.sub(r"[\s\-­]", "", b).lower()


_PARA = re.compile(r"^\(§[^)]*\)$")
_ABBREV = re.compile(r"^[a-zæøå]{1,4}\.$")


def _table_rows(lines: Sequence[SourceLine], bodies: Sequence[str]
                ) -> list[tuple[str, list[SourceLine]]]:
    """The rows of a table the text layer flattened into lines, whose first column names a
    body the meeting's people come from ("Kommune  Tilbud  Ændring"): each row's second
    column (its title) and the lines it stands on. The title runs over the capitalised
    words after the body (an abbreviation "afd." among them) to a "(§ …)" it ends with, or
    to the word a sentence in the next column starts with; a title filling its line goes
    on where the line ends with a hyphen or the next line is a "(§ …)" of its own."""
    rows: list[tuple[str, list[SourceLine]]] = []
    texts = [x for x in lines if x.text.strip()]
    for k, x in enumerate(texts):
        text = x.text.strip()
        body = next((n for n in bodies if text.startswith(n + " ")), None)
        if body is None:
            continue
        words = text[len(body):].split()
        title: list[str] = []
        ended = False
        for w in words:
            if _PARA.match(w) or re.match(r"^\(§", w):
                title.append(w)
                ended = True
                break
            if w[:1].isupper() or _ABBREV.match(w) or w[:1] == "§":
                title.append(w)
                continue
            title = title[:-1]  # the capital that opens the next column's sentence
            ended = True
            break
        if not title:
            continue
        used = [x]
        if not ended:
            following = texts[k + 1] if k + 1 < len(texts) else None
            if following is not None and (title[-1].endswith(tuple(_HYPHENS))
                                          or _PARA.match(following.text.strip())):
                title.append(following.text.strip())
                used.append(following)
        rows.append((join(title), used))
    return rows




# -- appointments --------------------------------------------------------------------------

_PERSON = r"[A-ZÆØÅ][a-zæøåé]+(?:[\s\-]+(?:[A-ZÆØÅ]\.|[A-ZÆØÅ][a-zæøåé\-]+)){0,3}"
_APPOINTMENTS = (
    # "X (fra Y kommune,) blev udpeget som formand for gruppen …"
    re.compile(r"(?P<navn>" + _PERSON + r")(?:\s+fra\s+[^,.]+)?,?\s+blev\s+(?:udpeget|valgt)\s+"
               r"(?:som|til)\s+(?P<rolle>[a-zæøå]+)\s+(?:for|i)\s+(?P<hvor>[^.]+)"),
    # "Forretningsudvalget indstillede X som formand og blev … valgt ved akklamation"
    re.compile(r"(?P<hvor>" + _PERSON + r")\s+indstillede\s+(?P<navn>" + _PERSON + r")\s+som\s+"
               r"(?P<rolle>[a-zæøå]+)\s+og\s+blev\s+[^.]*?(?P<akklamation>valgt\s+ved\s+"
               r"akklamation)"),
    # "at udpege X til, at repræsenterer SOCDIR i koordinationsforum"
    re.compile(r"\budpege\s+(?P<navn>" + _PERSON + r"(?:\s*[–\-]\s*[A-ZÆØÅ][a-zæøåé]+)?)\s+"
               r"til,?\s+at\s+repræsenter\w*\s+(?P<for>[A-ZÆØÅ]\S*)\s+i\s+(?P<hvor>[^.]+)"),
    # "… repræsenteret i FU og X blev peget på til at indtræde som nyt medlem"
    re.compile(r"(?P<navn>" + _PERSON + r")\s+blev\s+peget\s+på\s+[^.]*?\bindtræde\s+som\s+"
               r"(?:nyt\s+)?(?P<rolle>medlem)\b(?:\s+(?:af|i)\s+(?P<hvor>[A-ZÆØÅ][^.]*))?"),
    # "X repræsenterer SOCDIR i arbejdsgruppen"
    re.compile(r"(?P<navn>" + _PERSON + r")\s+repræsenterer\s+(?P<for>[A-ZÆØÅ]\S*)\s+i\s+"
               r"(?P<hvor>[^.]+)"),
    # "X blev valgt ved akklamation som formand for gruppen"
    re.compile(r"(?P<navn>" + _PERSON + r"),?\s+blev\s+(?P<akklamation>valgt\s+ved\s+"
               r"akklamation)\s+(?:som|til)\s+(?P<rolle>[a-zæøå]+)\s+(?:for|i|af)\s+"
               r"(?P<hvor>[^.]+)"),
    # "X indtræder som nyt medlem af/i H", "X indtræder i H som medlem"
    re.compile(r"(?P<navn>" + _PERSON + r"),?\s+indtræder\s+(?:\w+\s+)?som\s+(?:nyt?\s+)?"
               r"(?P<rolle>[a-zæøå]+)\s+(?:af|i|for)\s+(?P<hvor>[^.,]+)"),
    re.compile(r"(?P<navn>" + _PERSON + r"),?\s+indtræder\s+(?:\w+\s+)?i\s+"
               r"(?P<hvor>[A-ZÆØÅ][^.,]*?)\s+som\s+(?:nyt?\s+)?(?P<rolle>[a-zæøå]+)\b"),
)


def _appointments(lines: Sequence[SourceLine], meeting: dict[str, Any], at: str,
                  b: _Builder) -> list[dict[str, Any]]:
    """Appointments the referat states ("blev udpeget som formand for …", "… valgt ved
    akklamation", "X repræsenterer F i …") as AppointPerson facts from the meeting's day; a
    first name alone is matched to the one participant who has it. All marked for review."""
    people = [p["navn"] for g in ("deltagere", "gaester") for p in meeting.get(g, [])]
    facts: list[dict[str, Any]] = []
    for sentence, line in _sentences(lines):
        for rx in _APPOINTMENTS:
            m = rx.search(sentence)
            if m is None:
                continue
            name = re.sub(r"\s*[–\-]\s*", "-", m.group("navn"))  # "Jan Lund – Andersen"
            groups = m.groupdict()
            where = groups.get("hvor") or next(  # the body the sentence names before it
                (h.group(1) for h in reversed(list(re.finditer(
                    r"\bi\s+([A-ZÆØÅ]{2,}\w*)\b", sentence[: m.start()])))), None)
            if where is None:
                continue
            why = "udnævnelsen er udledt af sætningen"
            if " " not in name:
                same = [p for p in people if p.split()[0] == name]
                if len(same) == 1:
                    why += f"; '{name}' er læst som deltageren {same[0]}"
                    name = same[0]
            fact: dict[str, Any] = {
                "type": "AppointPerson", "navn": name, "rolle": groups.get("rolle") or
                "repræsentant",
                "hvor": re.sub(r"\s+ved\s+akklamation$", "", where.strip()),
                "for_forum": groups.get("for") or meeting["forum"],
                "fra": meeting["dato"]}
            if groups.get("akklamation") or re.search(r"\bved\s+akklamation\b", sentence):
                fact["ved_akklamation"] = True
            facts.append(fact)
            b.flag(f"{at}.fakta[{len(facts)}]", line, sentence, why)
            break
    return facts


# -- guests named in an item -------------------------------------------------------------

_GUEST_CUE = re.compile(r"\b(?:deltager|deltage|deltog)\s+(?:under|ved|i)\s+punktet\b|"
                        r"\bHerunder\s+deltager\b|\boplæg\b[^.]*?\bved\b", re.IGNORECASE)
_NAME = re.compile(r"(?<![\wæøåÆØÅ])(?P<rolle>[a-zæøå]+(?:leder|direktør|chef|formand|konsulent|"
                   r"rådgiver)\s+)?(?P<navn>[A-ZÆØÅ][a-zæøåé]+(?:\s+[A-ZÆØÅ]\.)?(?:\s+[A-ZÆØÅ]"
                   r"[a-zæøåé\-]+){1,3})")
_ORG_WORDS = re.compile(r"\b(?:Kommune|kommune|Region|Regionen|Sekretariat\w*|Forvaltning\w*|"
                        r"Center|Centret)\b")
_ROLE_WORD = re.compile(r"^[A-ZÆØÅ][a-zæøå]*(?:leder|direktør|chef|formand|konsulent|rådgiver)$")


def _led_by(sentence: str, rolle: str) -> str | None:
    """The body a "…leder"/"…chef" leads where the sentence opens with it ("Sekretariat for
    rammeaftaler har … under ledelse af Sekretariatsleder X": a sekretariatsleder leads the
    sekretariat the sentence is about), else none."""
    stem = re.sub(r"s?(?:leder|chef|direktør)$", "", rolle.strip().lower())
    if len(stem) < 4:
        return None
    m = re.match(r"\s*(" + re.escape(stem) + r"\w*(?:\s+(?:for|i|om)\s+[\wæøå\-]+)?)\s+"
                 r"(?:har|er|blev|vil|skal)\b", sentence, re.IGNORECASE)
    return m.group(1) if m else None


def _guests(item: _Item, lines: Sequence[SourceLine], known: set[str], b: _Builder
            ) -> list[dict[str, Any]]:
    """People an item's text says take part in it ("Herunder deltager kommunaldirektør X",
    "Y, som vil deltage ved punktet", "oplæg … ved centerchef Z"): guests under the item,
    each marked for review."""
    found: list[dict[str, Any]] = []
    for sentence, line in _sentences(lines):
        cue = _GUEST_CUE.search(sentence)
        if cue is None:
            continue
        text = sentence[cue.end():] if cue.group().lower().startswith("oplæg") else sentence
        for m in _NAME.finditer(text):
            words = m.group("navn").split()
            rolle = m.group("rolle")
            if _ROLE_WORD.match(words[0]):  # "Sekretariatsleder Dorthe Jespersgaard"
                rolle, words = words[0].lower(), words[1:]
            name = " ".join(words)
            if len(words) < 2 or _ORG_WORDS.search(name) or name in known:
                continue
            known.add(name)
            guest: dict[str, Any] = {"navn": name}
            if rolle:
                guest["rolle"] = rolle.strip()
            org = re.match(r",\s+([A-ZÆØÅ][a-zæøå\-]+\s+(?:[Kk]ommune|[Rr]egion))\b",
                           text[m.end():])
            if org:  # "Niels Højgaard, Mariagerfjord kommune"
                guest["organisation"] = org.group(1)
            elif rolle and (led := _led_by(sentence, rolle)):
                guest["organisation"] = led
                b.flag("moede.gaester", line, led,
                       f"{name}s organisation «{led}» er registrets læsning af sætningens "
                       f"subjekt og titlen «{rolle.strip()}», ikke referatets ord")
            guest["punkter"] = [item.nummer]
            after = [x for x in lines if x.line >= line.line] or [line]
            start = _line_of(after, words[0])
            end = _line_of([x for x in after if x.line >= start.line], words[-1])
            guest["kilde_sted"] = kilde_sted([start, end])
            found.append(guest)
            b.flag("moede.gaester", line, sentence.strip(),
                   f"{name} er læst som gæst under punkt {item.nummer} af punktets tekst")
    return found


# -- the record ----------------------------------------------------------------------------


def draft_record(doc: SourceDocument, *, fora: Mapping[str, str] | None = None) -> Draft:
    """The draft record of the minutes ``doc``; raises DraftError when it is not minutes.

    ``fora`` maps the names of bodies the store already knows (any of their names, in any
    case) to the name to write; a body found by it is put on the review list."""
    b = _Builder(doc, fora={k.lower(): v for k, v in (fora or {}).items()})
    fields, end = _header(doc, b)
    moede = _moede(fields, b)
    b.meeting_id = moede["id"]
    b.meeting = moede
    items = _items(doc.lines[end:])
    if not items:
        raise DraftError("filen ligner ikke et referat: der er ingen nummererede punkter "
                         "('1. Godkendelse af dagsorden' …) efter mødehovedet", file=doc.name,
                         rule="ikke-referat")
    data: dict[str, Any] = {
        "kilde": doc.name,
        "kilde_sha256": doc.sha256,
        "moede": moede,
        "punkter": [_punkt(item, moede["dato"], b, i) for i, item in enumerate(items)],
    }
    known = {p["navn"] for g in ("deltagere", "afbud", "gaester") for p in moede.get(g, [])}
    guests = [g for item in items for g in _guests(item, _item_text(item), known, b)]
    if guests:  # after the header's own guests, before the referent
        merged = [*moede.get("gaester", []), *guests]
        order = [k for k in moede if k != "gaester"]
        order.insert(order.index("referent") if "referent" in order
                     else order.index("kilde_sted"), "gaester")
        data["moede"] = {k: merged if k == "gaester" else moede[k] for k in order}
    if b.review:
        data["gennemsyn"] = [r.as_record() for r in b.review]
    return Draft(_dump(data), data, tuple(b.review))


def _dump(data: dict[str, Any]) -> str:
    head = ("# Udkast lavet af 'socialaftale draft' fra referatet; gennemse det, og fjern hvert\n"
            "# punkt under 'gennemsyn', når det er afklaret.\n")
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's is ten times faster
    body = yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100,
                     default_flow_style=False)
    return head + body
