"""Drafts of the four shared minutes compared with the hand records, fact by fact.

Each kind of fact is a set of comparable keys taken from a record (draft or hand): the
header's fields, the participants' names and details, the items' numbers and titles, the
at-clauses, the bilag, the referat texts, the outcomes and the follow-up actions. Texts
are compared as the verbatim check reads them (whitespace, quotation marks and line-end
hyphens aside). The hand records are being corrected while the drafter is written, so the
comparison keeps to what is stable: texts, numbers, names; an at-clause the hand record
shortens does not count (a clause cut short is not the clause), a referat the hand record quotes
in part when the drafted referat holds its parts in order; a drafted sub-matter is the hand
record's whose referat it holds (the ids are the recorder's labels); an action is the same
when it is under the same item (and sub-matter) with the same owner's first word (its
definite ending aside).

``RESULTS`` collects what the tests measured, for the terminal summary (tests/conftest.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs
import yaml

from socialaftale import draft_record, read_text

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "nordjylland"
SOURCES = EXAMPLES / "kilder"

#: The hand record of each shared minutes document.
RECORDS = {
    "000_939a2e46bbe95266.txt": "socdir-2014-10-10.yaml",
    "001_06729882290ccbd8.txt": "socdir-2013-01-17.yaml",
    "002_19692c500b0e1c7c.txt": "socdir-2013-03-18.yaml",
    "003_dac07bbacd9158aa.txt": "das-2019-10-24.yaml",
}

KINDS = ("hoved", "deltagere", "deltager-detaljer", "afbud", "gaester", "punkter",
         "indstilling", "bilag", "referat", "udfald", "opfoelgning", "udnaevnelser")


def norm(text: Any) -> str:
    """A text as compared: one space, one kind of quotation mark and dash, no soft hyphen,
    no list bullets, a word broken at a line end ("Aarup- Kristensen") joined."""
    t = str(text).replace("\u00ad", "")
    t = re.sub(r"[\"“”„«»]", '"', t)
    t = re.sub(r"['‘’`´]", "'", t)
    t = re.sub(r"(?<=\w)- (?=\w)", "-", t)
    t = re.sub(r"[•▪◦\ue000-\uf8ff]", " ", t)  # list bullets, which a quote may leave out
    return re.sub(r"\s+", " ", t).strip()


def _stem(word: str) -> str:
    """An owner's first word without its definite ending: "Sekretariatet" and
    "sekretariat", "regionen" and "Region" compare the same."""
    w = word.lower()
    return re.sub(r"(?<=...)(?:et|en)$", "", w) if len(w) > 5 else w


def _people(record: dict[str, Any], group: str) -> list[dict[str, Any]]:
    return list((record.get("moede") or {}).get(group) or [])


def _decisions(record: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Each item's decision and each of its sager, keyed "3" or "5/4" (item 5, sag 4)."""
    for p in record.get("punkter") or []:
        b = p.get("beslutning") or {}
        yield str(p["nummer"]), b
        for sag in b.get("sager") or []:
            yield f"{p['nummer']}/{sag['id']}", sag


def facts(record: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    """The comparable facts of one record, by kind."""
    moede = record.get("moede") or {}
    out: dict[str, list[tuple[Any, ...]]] = {k: [] for k in KINDS}
    for field in ("forum", "dato", "tid", "sted", "sagsnr"):
        if moede.get(field) is not None:
            out["hoved"].append((field, norm(moede[field])))
    for group, kind in (("deltagere", "deltagere"), ("afbud", "afbud"),
                        ("gaester", "gaester")):
        for person in _people(record, group):
            out[kind].append((norm(person["navn"]),))
            for field in ("organisation", "i_stedet_for", "tid"):
                if person.get(field):  # "Mariagerfjord kommune" is "Mariagerfjord Kommune"
                    value = norm(person[field])
                    out["deltager-detaljer"].append((group, norm(person["navn"]), field,
                                                     value.lower() if field == "organisation"
                                                     else value))
            if person.get("referent"):
                out["deltager-detaljer"].append((group, norm(person["navn"]), "referent", True))
            if person.get("punkter"):
                out["deltager-detaljer"].append(
                    (group, norm(person["navn"]), "punkter", tuple(person["punkter"])))
    for p in record.get("punkter") or []:
        n = str(p["nummer"])
        out["punkter"].append((n, norm(p["titel"])))
        out["indstilling"] += [(n, norm(c)) for c in p.get("indstilling") or []]
        out["bilag"] += [(n, norm(c)) for c in p.get("bilag") or []]
    for key, d in _decisions(record):
        if d.get("referat"):
            out["referat"].append((key, norm(d["referat"])))
        if d.get("udfald"):
            out["udfald"].append((key, d["udfald"]))
        for fact in d.get("fakta") or []:
            if fact.get("type") == "AppointPerson":
                out["udnaevnelser"].append((key.split("/")[0], norm(fact["navn"]),
                                            fact["rolle"]))
        for action in d.get("opfoelgning") or []:
            owner = str(action.get("ansvarlig") or "").split()
            out["opfoelgning"].append((key, _stem(owner[0]) if owner else None))
    return out


def _same(kind: str, drafted: tuple[Any, ...], hand: tuple[Any, ...]) -> bool:
    if kind == "indstilling":  # the whole clause, its closing full stop or comma aside: a
        # clause cut short is not the clause
        return bool(drafted[0] == hand[0] and drafted[1].rstrip(".,;") == hand[1].rstrip(".,;"))
    if kind == "punkter":  # a title's full stop is kept by some hand records, not others
        return bool(drafted[0] == hand[0] and drafted[1].rstrip(".") == hand[1].rstrip("."))
    if kind == "referat":  # a hand record may quote part of the referat ("…" between)
        if drafted[0] != hand[0]:
            return False
        at = 0
        for part in re.split(r"\s*(?:\[…\]|…)\s*", hand[1]):
            found = drafted[1].find(part.strip(), at)
            if found < 0:
                return False
            at = found + len(part.strip())
        return True
    return bool(drafted == hand)


def _matched(kind: str, drafted: list[tuple[Any, ...]], hand: list[tuple[Any, ...]]) -> int:
    """How many of the hand record's facts the draft has (each drafted fact used once)."""
    left = list(drafted)
    found = 0
    for h in hand:
        for i, d in enumerate(left):
            if _same(kind, d, h):
                found += 1
                del left[i]
                break
    return found


@attrs.frozen
class Score:
    """One kind of fact in one meeting: in the hand record, in the draft, in both."""

    hand: int
    drafted: int
    both: int
    shared: int = 0  # outcomes: decisions both records give one

    @property
    def recall(self) -> float:
        return self.both / self.hand if self.hand else 1.0

    @property
    def precision(self) -> float:
        return self.both / self.drafted if self.drafted else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(self.hand + other.hand, self.drafted + other.drafted,
                     self.both + other.both, self.shared + other.shared)


def outcome_right(drafted: dict[str, Any], hand: dict[str, Any]) -> Score:
    """Outcomes: of the decisions both records give an outcome, how many agree (``both``),
    out of those the hand record gives (``hand``) and the draft gives (``drafted``)."""
    d = dict(f for f in facts(drafted)["udfald"])
    h = dict(f for f in facts(hand)["udfald"])
    shared = [k for k in h if k in d]
    return Score(len(h), len(d), sum(1 for k in shared if d[k] == h[k]), len(shared))


def fora_known() -> dict[str, str]:
    """Every name of a body the hand records register, to the name they write it by: what
    a store that has loaded them knows (``draft_record(..., fora=...)``)."""
    known: dict[str, str] = {}
    for name in RECORDS.values():
        record = yaml.safe_load((EXAMPLES / name).read_text(encoding="utf-8"))
        for g in record.get("grundlag") or []:
            for fact in g.get("fakta") or []:
                if fact.get("type") == "RegisterForum":
                    short = fact.get("kortnavn") or fact["navn"]
                    known[fact["navn"]] = short
                    known[short] = short
    return known


def _contains(drafted: str, hand: str) -> bool:
    return _same("referat", ("", norm(drafted)), ("", norm(hand)))


def align_sager(drafted: dict[str, Any], hand: dict[str, Any]) -> None:
    """A sub-matter's id is the recorder's label, not the minutes' words: each drafted sag
    takes the id of the hand record's sag (under the same item) whose referat it holds, so
    the two are compared as one (where the hand sag has no referat, the one with its title);
    a drafted sag matching none keeps an id no hand sag has."""
    hand_items = {str(p["nummer"]): p for p in hand.get("punkter") or []}
    for p in drafted.get("punkter") or []:
        sager = (p.get("beslutning") or {}).get("sager") or []
        other = ((hand_items.get(str(p["nummer"])) or {}).get("beslutning") or {})
        left = [s for s in other.get("sager") or [] if s.get("referat")]
        titled = [s for s in other.get("sager") or [] if not s.get("referat")]
        for sag in sager:
            match = next((s for s in left if sag.get("referat")
                          and _contains(sag["referat"], s["referat"])), None) or next(
                (s for s in titled if norm(s.get("titel", "")).rstrip(".")
                 == norm(sag.get("titel", "")).rstrip(".")), None)
            if match is not None:
                (left if match in left else titled).remove(match)
                sag["id"] = match["id"]
            else:
                sag["id"] = f"udkast-{sag['id']}"


def compare(source: str) -> tuple[dict[str, Any], dict[str, Score]]:
    """The draft of one shared minutes document and its score per kind."""
    draft = draft_record(read_text(source, (SOURCES / source).read_bytes()),
                         fora=fora_known())
    drafted = yaml.safe_load(draft.yaml)
    hand = yaml.safe_load((EXAMPLES / RECORDS[source]).read_text(encoding="utf-8"))
    align_sager(drafted, hand)
    a, b = facts(drafted), facts(hand)
    scores = {k: Score(len(b[k]), len(a[k]), _matched(k, a[k], b[k])) for k in KINDS}
    scores["udfald"] = outcome_right(drafted, hand)
    return drafted, scores


#: Meeting → kind → score, filled by the quality test for the terminal summary.
RESULTS: dict[str, dict[str, Score]] = {}


def _cell(s: Score) -> str:
    """"93%/100%"; "-" where there is nothing to measure (no such facts in one record)."""
    recall = f"{s.recall:.0%}" if s.hand else "-"
    precision = f"{s.precision:.0%}" if s.drafted else "-"
    return f"{recall:>6}/{precision:<6}"


def table(results: dict[str, dict[str, Score]]) -> Iterable[str]:
    """The measured recall and precision as text lines, per meeting and in total."""
    total = {k: Score(0, 0, 0) for k in KINDS}
    yield f"{'':26}" + "".join(f"{k[:11]:>13}" for k in KINDS)
    for meeting, scores in results.items():
        yield f"{meeting:26}" + "".join(_cell(scores[k]) for k in KINDS)
        for k in KINDS:
            total[k] = total[k] + scores[k]
    yield f"{'i alt (genfundet/præcision)':26}" + "".join(_cell(total[k]) for k in KINDS)
    yield f"{'i alt (antal)':26}" + "".join(
        f"{f'{total[k].both}/{total[k].hand}/{total[k].drafted}':>13}" for k in KINDS)
    u = total["udfald"]
    yield (f"udfald rigtige, hvor begge optegnelser har et for beslutningen: {u.both}/{u.shared}"
           f" ({u.both / u.shared:.0%})" if u.shared else "udfald: ingen fælles beslutninger")
