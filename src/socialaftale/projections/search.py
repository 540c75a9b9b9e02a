"""Search everything: one full-text index over every kind of text the record holds.

Each searchable thing (a decision, a sub-matter, an agenda item's text, a bilag, an action,
a meeting's own text, an offer, a working group, a person under every spelling) is one
row of ``search_doc`` with a title and a text. The index is Danish on both stores: on
PostgreSQL the ``danish`` text search configuration stems it; SQLite's FTS5 has no Danish
stemmer, so the Snowball Danish stemmer (PyStemmer, the same algorithm) stems index and
query alike in Python, and the same stop words are left out. Both stores read words as
this module splits them (runs of letters and digits), so "ind-/udmelding" is two words on
both and the test queries answer alike.

The rows are derived from the other read models' tables, in the same transaction, at the
end of each page (this projection is the last one): a page's events mark what they touch
(a meeting, an offer, a group, a spelling) and only that is indexed again. A rebuild
skips it during the replay and builds it once at the end (:meth:`SearchProjection.build`):
every row in bulk, the indexes after the load.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, ClassVar

import Stemmer
from attrs import frozen

from ..domain.arbejdsgrupper import EVENTS as GROUP_EVENTS
from ..domain.common import DomainError, Recorded
from ..domain.fora import PersonAffiliated
from ..domain.meetings import EVENTS as MEETING_EVENTS
from ..domain.meetings import (
    OUTCOME_TEXT,
    MeetingCorrected,
    MeetingScheduled,
    ReferatOpened,
    ReferatPublished,
)
from ..domain.personer import SammenfaldAfkraeftet, SammenfaldBekraeftet
from ..domain.tilbudsvifte import TILBUD_EVENTS
from ..readstore import Database, DerivedProjection, Tx
from .fora import forum_names
from .meetings import (
    MAX_SEARCH_CHARS,
    SEARCH_WINDOW,
    check_search_limits,
    outcome_named,
)
from .personer import PUBLISHED

__all__ = ["ARTER", "HIT_END", "HIT_START", "ROW_HEADINGS", "Fund", "Fundgruppe",
           "SearchProjection", "SearchQueries", "Soegning", "danish_terms", "search_rows"]

#: The kinds of things found, in the order a result lists them, with their Danish names.
ARTER: dict[str, str] = {
    "beslutning": "Beslutninger",
    "sag": "Sager under punkter",
    "punkt": "Dagsordenspunkter (sagsfremstilling og indstilling)",
    "bilag": "Bilag",
    "opfoelgning": "Opfølgning",
    "moede": "Møder (efterskrift og overskrift)",
    "tilbud": "Tilbud",
    "arbejdsgruppe": "Arbejdsgrupper og mandater",
    "person": "Personer",
}

#: PostgreSQL's Danish stop words (tsearch_data/danish.stop, Snowball's list): left out of
#: SQLite's index and of every query, as PostgreSQL's danish configuration leaves them out.
STOPWORDS = frozenset((
    "og", "i", "jeg", "det", "at", "en", "den", "til", "er", "som", "på", "de", "med",
    "han", "af", "for", "ikke", "der", "var", "mig", "sig", "men", "et", "har", "om", "vi",
    "min", "havde", "ham", "hun", "nu", "over", "da", "fra", "du", "ud", "sin", "dem", "os",
    "op", "man", "hans", "hvor", "eller", "hvad", "skal", "selv", "her", "alle", "vil",
    "blev", "kunne", "ind", "når", "være", "dog", "noget", "ville", "jo", "deres", "efter",
    "ned", "skulle", "denne", "end", "dette", "mit", "også", "under", "have", "dig",
    "anden", "hende", "mine", "alt", "meget", "sit", "sine", "vor", "mod", "disse", "hvis",
    "din", "nogle", "hos", "blive", "mange", "ad", "bliver", "hendes", "været", "thi",
    "jer", "sådan",
))

_WORD = re.compile(r"[^\W_]+")

#: A snippet's matched word is between these (control characters no record's text holds):
#: the «» the texts themselves use are not taken for marks. :meth:`Fund.uddrag` shows them.
HIT_START, HIT_END = "\x02", "\x03"
_MARKS = re.compile("[\x02\x03]")
_STEMMER = Stemmer.Stemmer("danish")


def _words(text: str) -> list[str]:
    """The words of ``text`` as both stores index them: NFC, lower-cased, letters/digits."""
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


@functools.lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    # PostgreSQL's danish configuration sends a token with digits to the simple dictionary
    # (not stemmed); so does this.
    return word if any(c.isdigit() for c in word) else _STEMMER.stemWord(word)


def danish_terms(text: str) -> list[str]:
    """The stems of ``text``'s words without stop words: what the index holds of it."""
    return [_stem(w) for w in _words(text) if w not in STOPWORDS]


def _index_text(dialect: str, text: str) -> str:
    """What a store's full-text index reads: stems on SQLite (it cannot stem), the words
    split as here on PostgreSQL (its danish configuration stems them)."""
    if dialect == "postgresql":
        return " ".join(_words(text))
    return " ".join(danish_terms(text))


def _slug(name: str) -> str:
    """An organisation's name or an offer key's first part as one comparable spelling."""
    text = unicodedata.normalize("NFC", name).lower().split("/")[0]
    text = text.removesuffix(" kommune").strip()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        text = text.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


@frozen
class _Doc:
    doc_id: str
    kind: str
    scope: str
    titel: str
    tekst: str
    meeting_id: str | None = None
    punkt: str | None = None
    body: str | None = None
    dato: str | None = None
    outcome: str | None = None
    kommuner: tuple[str, ...] = ()


class SearchProjection(DerivedProjection):
    name = "search"
    # 2: row numbers from the key; an offer's legal basis as read; 3: unchanged rows kept;
    # 4: an offer indexed again at every event of its stream (most do not name its key)
    # 5: a draft referat's attendance is not indexed (issue 20)
    version = 6  # 6: row numbers ordered by kind and date, a search's newest first (issue 23)
    tables: ClassVar[tuple[str, ...]] = ("search_fts", "search_doc", "search_term")

    def create(self, tx: Tx) -> None:
        self._create_tables(tx)
        self._create_indexes(tx)

    @staticmethod
    def _create_tables(tx: Tx) -> None:
        tx.execute(
            # the long texts last: a search reads its candidates' other columns without
            # reading past them (SQLite stores a row's columns in this order)
            "CREATE TABLE IF NOT EXISTS search_doc (rid"
            + (" INTEGER" if tx.dialect == "sqlite" else " BIGINT")  # SQLite: the rowid
            + " PRIMARY KEY, doc_id TEXT NOT NULL"
            " UNIQUE, kind TEXT NOT NULL, scope TEXT NOT NULL, meeting_id TEXT, punkt TEXT,"
            " body TEXT, dato TEXT, aar INTEGER, outcome TEXT, kommuner TEXT NOT NULL, sig TEXT"
            " NOT NULL, titel TEXT NOT NULL, titel_idx TEXT NOT NULL, tekst TEXT NOT NULL,"
            " tekst_idx TEXT NOT NULL)")
        if tx.dialect == "sqlite":
            tx.execute("CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(titel, tekst,"
                       " tokenize = 'unicode61 remove_diacritics 0')")
            # Every word (stem) the index has held: a search's prefix is read as these words
            # OR-ed, which FTS5 walks newest first and stops, where "kommu"* would first
            # merge the doclists of every word it begins (~80 ms at 100k events, per query).
            # A word no row holds any more stays: it matches nothing.
            tx.execute("CREATE TABLE IF NOT EXISTS search_term (term TEXT PRIMARY KEY)"
                       " WITHOUT ROWID")

    @staticmethod
    def _create_indexes(tx: Tx) -> None:
        tx.execute("CREATE INDEX IF NOT EXISTS search_doc_scope ON search_doc (scope)")
        if tx.dialect == "postgresql":
            # The title weighs A, the text D: ts_rank ranks a title above a passing mention,
            # and a query restricted to weight A finds the titles.
            tx.execute("ALTER TABLE search_doc ADD COLUMN IF NOT EXISTS tsv tsvector GENERATED"
                       " ALWAYS AS (setweight(to_tsvector('danish', titel_idx), 'A') ||"
                       " setweight(to_tsvector('danish', tekst_idx), 'D')) STORED")
            tx.execute("CREATE INDEX IF NOT EXISTS search_doc_tsv ON search_doc USING GIN"
                       " (tsv)")

    def build(self, tx: Tx) -> None:
        """Every row at once from the other read models, as a replay's pages would leave
        them: the tables made bare, loaded a chunk of meetings at a time (memory stays
        flat), then the indexes (and on PostgreSQL the tsvector column) made over the
        whole load, cheaper than keeping them up to date row by row."""
        self.discard()
        self.drop(tx)
        self._create_tables(tx)
        meetings = [r[0] for r in tx.execute("SELECT meeting_id FROM meeting ORDER BY"
                                             " meeting_id")]
        for i in range(0, len(meetings), _BUILD_CHUNK):
            _load(tx, _meetings_docs(tx, meetings[i:i + _BUILD_CHUNK]))
        streams = [r[0] for r in tx.execute("SELECT DISTINCT stream FROM tilbud_version"
                                            " ORDER BY stream")]
        for i in range(0, len(streams), _BUILD_CHUNK * 10):
            _load(tx, _offers_docs(tx, streams[i:i + _BUILD_CHUNK * 10]))
        _load(tx, [d for (k,) in tx.execute("SELECT key FROM ag_group ORDER BY key")
                   for d in _group_docs(tx, k)])
        _load(tx, _people_docs(tx, None)[1])
        if tx.dialect == "sqlite":  # the full-text index in one statement, after the load
            tx.execute("INSERT INTO search_fts (rowid, titel, tekst) SELECT rid, titel_idx,"
                       " tekst_idx FROM search_doc")
        self._create_indexes(tx)
        if tx.dialect == "postgresql":
            # statistics of the new table (the words' frequencies in the tsvectors) at once,
            # not when autovacuum comes: without them the planner guessed 870 matches of
            # «kommune» where 74,262 matched
            tx.execute("ANALYZE search_doc")

    def __init__(self) -> None:
        self._meetings: set[str] = set()
        self._offers: set[str] = set()  # streams (most offer events do not repeat the key)
        self._groups: set[str] = set()
        self._names: set[str] = set()
        self._all_people = False

    def discard(self) -> None:
        self._meetings.clear()
        self._offers.clear()
        self._groups.clear()
        self._names.clear()
        self._all_people = False

    def apply(self, tx: Tx, recorded: Recorded) -> None:
        e, m = recorded.event, recorded.meta
        if m.decision is not None:
            self._meetings.add(m.decision.meeting)  # a fact it carries names a kommune
        meeting_id = getattr(e, "meeting_id", None)
        if type(e) in MEETING_EVENTS and isinstance(meeting_id, str):
            self._meetings.add(meeting_id)
        if isinstance(e, MeetingScheduled):
            self._names.update(d.navn for d in (*e.deltagere, *e.afbud, *e.gaester))
            self._names.update(d.i_stedet_for for d in e.deltagere if d.i_stedet_for)
            self._names.update(e.referent)
        elif isinstance(e, MeetingCorrected | SammenfaldBekraeftet | SammenfaldAfkraeftet
                        | ReferatOpened | ReferatPublished):
            self._all_people = True  # a name may leave a meeting, identities may join or part
        if type(e) in TILBUD_EVENTS:
            self._offers.add(str(recorded.stream))
        key = getattr(e, "key", None)
        if isinstance(key, str) and type(e) in GROUP_EVENTS:
            self._groups.add(key)
        if type(e) in GROUP_EVENTS or isinstance(e, PersonAffiliated):
            self._all_people = True  # a role or an affiliation: a name a meeting may not write

    def flush(self, tx: Tx) -> None:
        docs: list[_Doc] = []
        scopes: list[str] = []
        meetings = sorted(self._meetings)
        scopes += [f"moede:{m}" for m in meetings]
        for i in range(0, len(meetings), _BUILD_CHUNK):
            docs += _meetings_docs(tx, meetings[i:i + _BUILD_CHUNK])
        offers = sorted(self._offers)
        scopes += [f"tilbud:{stream}" for stream in offers]
        docs += _offers_docs(tx, offers)
        for key in sorted(self._groups):
            scopes.append(f"gruppe:{key}")
            docs += _group_docs(tx, key)
        if self._all_people or self._names:
            people_scopes, people = _people_docs(tx, None if self._all_people else self._names)
            scopes += people_scopes
            docs += people
        self.discard()
        if not scopes:
            return
        _replace(tx, scopes, docs)


_BUILD_CHUNK = 200  # meetings a build reads and writes at a time
_IN_LIST = 500  # keys asked for in one statement (far below either store's limit)


def _fields(d: _Doc) -> tuple[tuple[Any, ...], str]:
    """A document's stored fields and their signature (whether a later version differs)."""
    year = int(d.dato[:4]) if d.dato and d.dato[:4].isdigit() else None
    kommuner = "|" + "|".join(sorted({_slug(k) for k in d.kommuner if k})) + "|"
    fields = (d.kind, d.scope, d.titel, d.tekst, d.meeting_id, d.punkt, d.body, d.dato,
              year, d.outcome, kommuner)
    return fields, hashlib.blake2b(repr(fields).encode(), digest_size=12).hexdigest()


def _row(dialect: str, d: _Doc, fields: tuple[Any, ...], sig: str) -> tuple[Any, ...]:
    return (_rid(d.doc_id, d.kind, d.dato), d.doc_id, *fields, _index_text(dialect, d.titel),
            _index_text(dialect, d.tekst), sig)


def _load(tx: Tx, docs: Iterable[_Doc]) -> None:
    """Insert the ``search_doc`` rows of documents not yet in it (a build: no full-text
    index rows yet)."""
    rows = [_row(tx.dialect, d, *_fields(d)) for d in docs]
    _insert(tx, rows, fts=False)
    _terms(tx, rows)


def _insert(tx: Tx, rows: Sequence[tuple[Any, ...]], fts: bool = True) -> None:
    """Insert ``search_doc`` rows, and on SQLite (``fts``) their full-text index rows."""
    tx.executemany("INSERT INTO search_doc (rid, doc_id, kind, scope, titel, tekst,"
                   " meeting_id, punkt, body, dato, aar, outcome, kommuner, titel_idx,"
                   " tekst_idx, sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   rows)
    if fts and tx.dialect == "sqlite":
        tx.executemany("INSERT INTO search_fts (rowid, titel, tekst) VALUES (?, ?, ?)",
                       [(r[0], r[13], r[14]) for r in rows])
        _terms(tx, rows)


def _terms(tx: Tx, rows: Sequence[tuple[Any, ...]]) -> None:
    """Keep the words of ``rows``' indexed title and text in ``search_term`` (SQLite: the
    index's own words, as FTS5 splits the stems joined by spaces)."""
    if tx.dialect == "sqlite" and rows:
        words = {w for r in rows for w in f"{r[13]} {r[14]}".split()}
        tx.executemany("INSERT OR IGNORE INTO search_term (term) VALUES (?)",
                       [(w,) for w in sorted(words)])


def _replace(tx: Tx, scopes: Sequence[str], docs: Sequence[_Doc]) -> None:
    """Make the rows of ``scopes`` be ``docs``: a row whose content is unchanged (most of a
    meeting touched again by a later decision's facts) stays; the others are deleted and
    written anew (a full-text index row costs most to write and to delete)."""
    old: dict[str, tuple[int, str]] = {}
    for i in range(0, len(scopes), 500):
        part = scopes[i:i + 500]
        marks = ", ".join("?" for _ in part)
        old.update((r[0], (int(r[1]), r[2])) for r in tx.execute(
            f"SELECT doc_id, rid, sig FROM search_doc WHERE scope IN ({marks})", part))
    rows = []
    for d in docs:
        fields, sig = _fields(d)
        if old.get(d.doc_id, (0, ""))[1] == sig:
            del old[d.doc_id]
            continue
        rows.append(_row(tx.dialect, d, fields, sig))
    gone = [rid for rid, _ in old.values()]
    for i in range(0, len(gone), 500):
        rids = gone[i:i + 500]
        marks = ", ".join("?" for _ in rids)
        if tx.dialect == "sqlite":
            tx.execute(f"DELETE FROM search_fts WHERE rowid IN ({marks})", rids)
        tx.execute(f"DELETE FROM search_doc WHERE rid IN ({marks})", rids)
    _insert(tx, rows)


_KIND_SHIFT, _DAY_SHIFT = 59, 43  # a row number: kind (4 bits), day (16), key hash (43)
_EPOCH = date(1900, 1, 1).toordinal()
_LAST_DAY = (1 << 16) - 1  # 2079-06-06


def _day(dato: str | None) -> int:
    """A date as the day number a row number holds (0 without one: oldest of all)."""
    try:
        day = date.fromisoformat(dato[:10]).toordinal() - _EPOCH if dato else 0
    except ValueError:
        return 0
    return min(max(day, 1), _LAST_DAY) if dato else 0


def _kind_range(kind: str, year: int | None = None) -> tuple[int, int]:
    """The row numbers of one kind (and of one year's days): a search walks them newest
    first."""
    base = list(ARTER).index(kind) << _KIND_SHIFT
    if year is None or not 1900 <= year < 2079:
        return base, base + (1 << _KIND_SHIFT) - 1
    first, last = _day(f"{year:04d}-01-01"), _day(f"{year:04d}-12-31")
    return base + (first << _DAY_SHIFT), base + ((last + 1) << _DAY_SHIFT) - 1


def _rid(doc_id: str, kind: str, dato: str | None) -> int:
    """A row's number for the full-text index, from its key, kind and date alone: the same
    on every replay, however the log was paged (a counter would depend on the pages).
    Ordered by kind, then day, so a search reads a kind's newest matches first and stops
    (FTS5 walks its index by row number; docs/search.md); the key's hash (43 bits) tells
    apart the rows of one kind and day."""
    digest = int.from_bytes(hashlib.blake2b(doc_id.encode(), digest_size=8).digest(), "big")
    return ((list(ARTER).index(kind) << _KIND_SHIFT) | (_day(dato) << _DAY_SHIFT)
            | (digest >> (64 - _DAY_SHIFT)))


def _lovgrundlag(text: str) -> list[str]:
    """An offer's legal basis as read ("SEL § 104"), from its column's JSON."""
    try:
        found = json.loads(text)
    except ValueError:
        return [text]
    return [" ".join(x for x in (g.get("lov"), f"§ {g['paragraf']}" if g.get("paragraf")
                                 else None, f"stk. {g['stk']}" if g.get("stk") else None) if x)
            for g in found if isinstance(g, dict)] if isinstance(found, list) else [text]


def _join(*parts: str | Iterable[str] | None) -> str:
    out: list[str] = []
    for p in parts:
        if p is None:
            continue
        if isinstance(p, str):
            if p:
                out.append(p)
        else:
            out += [x for x in p if x]
    return "\n".join(out)


def _by_meeting(tx: Tx, sql: str, ids: Sequence[str]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of ``sql`` (its first column the meeting, its ``{ids}`` the meetings asked
    for) grouped by meeting, in the order read."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    for row in tx.execute(sql.format(ids=", ".join("?" for _ in ids)), ids):
        out.setdefault(row[0], []).append(row[1:])
    return out


def _meetings_docs(tx: Tx, meeting_ids: Sequence[str]) -> list[_Doc]:
    """Each meeting's decisions, sub-matters, agenda text, bilag, actions and own text, each
    table read once for all the meetings: a build reads every meeting, and seven statements
    per meeting were most of its round trips to PostgreSQL."""
    ids = list(meeting_ids)
    if not ids:
        return []
    heads = {m: (body, dato) for m, body, dato in tx.execute(
        f"SELECT meeting_id, body, dato FROM meeting WHERE meeting_id IN"
        f" ({', '.join('?' for _ in ids)})", ids)}
    facts = _by_meeting(tx, "SELECT meeting_id, nummer, emne FROM decision_fact WHERE"
                        " meeting_id IN ({ids}) AND emne IS NOT NULL", ids)
    decisions = _by_meeting(
        # joined on (body, dato) too: the table's index (it has none on meeting_id alone)
        tx, "SELECT d.meeting_id, d.nummer, d.titel, d.outcome, d.referat, d.bemaerkninger"
        " FROM meeting m JOIN meeting_decision d ON d.body = m.body AND d.dato = m.dato AND"
        " d.meeting_id = m.meeting_id WHERE m.meeting_id IN ({ids})", ids)
    matters = _by_meeting(tx, "SELECT meeting_id, nummer, sag, titel, outcome, referat,"
                          " bemaerkninger FROM decision_matter WHERE meeting_id IN ({ids})", ids)
    items = _by_meeting(tx, "SELECT meeting_id, nummer, titel, indstilling, bilag, resume,"
                        " sagsfremstilling FROM meeting_item WHERE meeting_id IN ({ids})", ids)
    texts = _by_meeting(tx, "SELECT meeting_id, overskrift, bilag, efterskrift FROM"
                        " meeting_text WHERE meeting_id IN ({ids})", ids)
    actions = _by_meeting(tx, "SELECT meeting_id, action_id, punkt, ansvarlig, leverance, note"
                          " FROM meeting_action WHERE meeting_id IN ({ids})", ids)
    docs: list[_Doc] = []
    for meeting_id in ids:
        head = heads.get(meeting_id)
        if head is None:
            continue
        body, dato = head
        scope = f"moede:{meeting_id}"
        subjects: dict[str, list[str]] = {}
        for nummer, emne in facts.get(meeting_id, ()):
            subjects.setdefault(nummer, []).append(emne)
        outcomes: dict[str, str] = {}
        for nummer, titel, outcome, referat, bemaerkninger in decisions.get(meeting_id, ()):
            outcomes[nummer] = outcome
            docs.append(_Doc(f"beslutning:{meeting_id}:{nummer}", "beslutning", scope, titel,
                             _join(referat, json.loads(bemaerkninger)), meeting_id, nummer,
                             body, dato, outcome, tuple(subjects.get(nummer, ()))))
        for nummer, sag, titel, outcome, referat, bemaerkninger in matters.get(meeting_id, ()):
            docs.append(_Doc(f"sag:{meeting_id}:{nummer}:{sag}", "sag", scope, titel,
                             _join(referat, json.loads(bemaerkninger)), meeting_id, nummer,
                             body, dato, outcome, tuple(subjects.get(nummer, ()))))
        for nummer, titel, indstilling, bilag, resume, sagsfremstilling in items.get(
                meeting_id, ()):
            docs.append(_Doc(f"punkt:{meeting_id}:{nummer}", "punkt", scope, titel,
                             _join(resume, sagsfremstilling, json.loads(indstilling)),
                             meeting_id, nummer, body, dato, outcomes.get(nummer)))
            for i, tekst in enumerate(json.loads(bilag), start=1):
                docs.append(_Doc(f"bilag:{meeting_id}:{nummer}:{i}", "bilag", scope, tekst,
                                 titel, meeting_id, nummer, body, dato))
        for overskrift, bilag, efterskrift in texts.get(meeting_id, ()):
            for i, b in enumerate(json.loads(bilag), start=1):
                docs.append(_Doc(f"bilag:{meeting_id}:referat:{i}", "bilag", scope,
                                 b["tekst"], "Bilag til referatet", meeting_id, b.get("punkt"),
                                 body, dato))
            f = json.loads(efterskrift) if efterskrift else None
            if overskrift or f:
                docs.append(_Doc(f"moede:{meeting_id}", "moede", scope, overskrift or body,
                                 _join(f["tekst"] if f else None,
                                       f.get("bemaerkninger", ()) if f else ()),
                                 meeting_id, f.get("punkt") if f else None, body, dato))
        for action_id, punkt, ansvarlig, leverance, note in actions.get(meeting_id, ()):
            docs.append(_Doc(f"opfoelgning:{meeting_id}:{action_id}", "opfoelgning", scope,
                             leverance, _join(ansvarlig, note), meeting_id, punkt, body, dato,
                             kommuner=(ansvarlig,) if ansvarlig else ()))
    return docs


def _offers_docs(tx: Tx, streams: Sequence[str]) -> list[_Doc]:
    """Each offer under its names (its latest known version first, the one known last
    among versions of the same day), driftsherre and grounds; one statement for every
    :data:`_IN_LIST` offers (a build reads thousands)."""
    docs: list[_Doc] = []
    for i in range(0, len(streams), _IN_LIST):
        part = list(streams[i:i + _IN_LIST])
        marks = ", ".join("?" for _ in part)
        by_stream: dict[str, list[tuple[Any, ...]]] = {}
        for row in tx.execute(
                "SELECT stream, navn, driftsherre, lovgrundlag, status, valid_from, tilbud_key"
                f" FROM tilbud_version WHERE stream IN ({marks}) ORDER BY stream,"
                " known_to IS NULL DESC, valid_from DESC, known_from DESC", part):
            by_stream.setdefault(row[0], []).append(row[1:])
        for stream in part:
            rows = by_stream.get(stream)
            if not rows:
                continue
            navn, driftsherre, lovgrundlag, status, valid_from, key = rows[0]
            others = sorted({r[0] for r in rows} - {navn})
            docs.append(_Doc(f"tilbud:{key}", "tilbud", f"tilbud:{stream}", navn,
                             _join(others, driftsherre, _lovgrundlag(lovgrundlag), status),
                             None, key, None, valid_from, None, (driftsherre, key)))
    return docs


def _group_docs(tx: Tx, key: str) -> list[_Doc]:
    """A working group with its mandates (every one it has had) and reported tasks."""
    row = tx.one("SELECT navn, forum, mandat, formand, sekretariat, nedsat, meeting, item FROM"
                 " ag_group WHERE key = ?", (key,))
    if row is None:
        return []
    navn, forum, mandat, formand, sekretariat, nedsat, meeting, item = row
    mandates = [r[0] for r in tx.execute("SELECT mandat FROM ag_mandate WHERE key = ? ORDER BY"
                                         " position", (key,))]
    tasks = [r[0] for r in tx.execute("SELECT opgave FROM ag_task WHERE key = ? ORDER BY"
                                      " position", (key,))]
    texts = [mandat, *[m for m in mandates if m != mandat], *tasks, formand, sekretariat]
    day = nedsat if re.fullmatch(r"\d{4}-\d\d-\d\d", nedsat or "") else None
    return [_Doc(f"arbejdsgruppe:{key}", "arbejdsgruppe", f"gruppe:{key}", navn, _join(*texts),
                 meeting, item, forum, day)]


def _identities(tx: Tx) -> dict[str, set[str]]:
    """Each spelling joined to the others by the latest verdict on each pair."""
    latest: dict[str, tuple[str, str, bool]] = {}
    for a, b, par, samme in tx.execute("SELECT navn_a, navn_b, par, samme FROM person_verdict"
                                       " ORDER BY position"):
        latest[par] = (a, b, bool(samme))
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for a, b, samme in latest.values():
        if samme and root(a) != root(b):
            parent[root(a)] = root(b)
    groups: dict[str, set[str]] = {}
    for a, b, samme in latest.values():
        if samme:
            for n in (a, b):
                groups.setdefault(root(n), set()).add(n)
    return {n: g for g in groups.values() for n in g}


def _people_docs(tx: Tx, names: set[str] | None) -> tuple[list[str], list[_Doc]]:
    """The scopes to replace and the person rows: one per identity, titled with its every
    spelling, with the organisations, roles and bodies it is seen with. ``names``: only the
    identities of these spellings (None: every person)."""
    by_name = _identities(tx)
    if names is None:
        wanted = {r[0] for r in tx.execute(
            f"SELECT navn FROM person_seen WHERE {PUBLISHED} UNION SELECT navn FROM ag_role"
            " UNION SELECT navn FROM person_affiliation")}
        scopes = [str(r[0]).removeprefix("person:") for r in tx.execute(
            "SELECT DISTINCT scope FROM search_doc WHERE kind = 'person'")]
    else:
        wanted = set(names)
        scopes = []
    groups: dict[str, set[str]] = {}
    for n in wanted:
        group = by_name.get(n, {n})
        groups[min(group)] = group
    docs: list[_Doc] = []
    ordered = sorted(groups.items())
    for i in range(0, len(ordered), _IN_LIST // 2):
        part = ordered[i:i + _IN_LIST // 2]
        every = sorted({n for _, group in part for n in group})
        scopes += every
        seen_by = _seen(tx, every)
        for canonical, group in part:
            seen = [r for n in sorted(group) for r in seen_by.get(n, ())]
            if seen:
                docs.append(_person_doc(canonical, seen))
    return [f"person:{s}" for s in sorted(set(scopes))], docs


def _seen(tx: Tx, names: Sequence[str]) -> dict[str, list[tuple[Any, ...]]]:
    """Where each of ``names`` is seen (a meeting, a group's role, an affiliation), one
    statement for them all (a build asks for thousands of names)."""
    marks = ", ".join("?" for _ in names)
    out: dict[str, list[tuple[Any, ...]]] = {}
    for row in tx.execute(f"SELECT navn, organisation, rolle, body, dato FROM person_seen WHERE"
                          f" navn IN ({marks}) AND {PUBLISHED} UNION ALL SELECT navn, NULL,"
                          f" rolle, hvor, fra FROM"
                          f" ag_role WHERE navn IN ({marks}) UNION ALL SELECT navn,"
                          f" organisation, rolle, NULL, fra FROM person_affiliation WHERE navn"
                          f" IN ({marks})", [*names, *names, *names]):
        out.setdefault(row[0], []).append(row)
    return out


def _person_doc(canonical: str, seen: Sequence[tuple[Any, ...]]) -> _Doc:
    """One identity's row from where its spellings are seen."""
    used = sorted({r[0] for r in seen})
    about = sorted({x for r in seen for x in (r[1], r[2], r[3]) if x})
    days = sorted(r[4] for r in seen if r[4] and re.fullmatch(r"\d{4}-\d\d-\d\d", r[4]))
    return _Doc(f"person:{canonical}", "person", f"person:{canonical}",
                " / ".join([canonical, *[s for s in used if s != canonical]]),
                _join(about), None, None, None, days[-1] if days else None, None,
                tuple(r[1] for r in seen if r[1]))


# -- queries ------------------------------------------------------------------------------

@frozen
class Fund:
    """One thing found: its kind (``art``, a key of :data:`ARTER`), where it is (the meeting
    and item, or the offer's key in ``punkt`` for an offer), its title, a snippet at the
    match with the matched words marked «like this», and whether the title matched (a title
    match ranks above a passing mention)."""

    art: str
    noegle: str
    titel: str
    snippet: str
    i_titel: bool
    meeting_id: str | None = None
    punkt: str | None = None
    body: str | None = None
    dato: date | None = None
    outcome: str | None = None

    @property
    def outcome_tekst(self) -> str:
        """The outcome in the words the pages show ("" for things without one)."""
        return OUTCOME_TEXT.get(self.outcome, self.outcome) if self.outcome else ""

    def uddrag(self, start: str = "«", end: str = "»") -> str:
        """The snippet with its matched words between ``start`` and ``end`` (a table's «»,
        a page's <mark> on escaped text)."""
        return self.snippet.replace(HIT_START, start).replace(HIT_END, end)


@frozen
class Fundgruppe:
    """The things of one kind found: how many (at most the newest
    :data:`~socialaftale.projections.meetings.SEARCH_CANDIDATES` of the kind), the page asked
    for, and whether older matches were left out (``begraenset``)."""

    art: str
    navn: str
    antal: int
    fund: tuple[Fund, ...]
    begraenset: bool = False


@frozen
class Soegning:
    """A search's answer per kind (only the kinds with something found), and how it was
    asked: ``orden`` "rang" (title matches first, then newest) or "nyeste"."""

    tekst: str
    orden: str
    side: int
    pr_side: int
    grupper: tuple[Fundgruppe, ...]

    @property
    def antal(self) -> int:
        return sum(g.antal for g in self.grupper)

    @property
    def begraenset(self) -> bool:
        """Whether a kind had more matches than its newest ranked (older ones left out)."""
        return any(g.begraenset for g in self.grupper)


#: The columns of :func:`search_rows`, as the CLI's table and the web's downloads head them.
ROW_HEADINGS = ("Art", "Dato", "Forum", "Hvor", "Titel", "Uddrag", "Træf i titlen")


def _where(f: Fund) -> str:
    """Where a hit is: the meeting and item, an offer's key, or nothing (a person)."""
    if f.meeting_id:
        return f"{f.meeting_id} pkt. {f.punkt}" if f.punkt else f.meeting_id
    return f.punkt or ""


def search_rows(found: Soegning) -> list[tuple[Any, ...]]:
    """A search's hits as one table (columns :data:`ROW_HEADINGS`, the hits marked «»): the
    CLI and the web's CSV/XLSX show the same rows."""
    return [(g.navn, f.dato, f.body, _where(f), f.titel, f.uddrag(), f.i_titel)
            for g in found.grupper for f in g.fund]


ORDERS = ("rang", "nyeste")

#: SQLite: at most this many indexed words a search word begins are OR-ed (see
#: ``SearchQueries._prefixes``); a shorter beginning is read as FTS5's prefix query.
MAX_PREFIX_TERMS = 64


def _query_terms(text: str, field: str) -> list[str]:
    """The words of a search (stop words left out), refused when too long or too many."""
    words = _words(text) if len(text) <= MAX_SEARCH_CHARS else []
    check_search_limits(text, words, field)
    return [w for w in words if w not in STOPWORDS]


def _match(dialect: str, words: Sequence[str], *, title_only: bool = False,
           prefix: bool = True) -> str:
    """Every word (as a stem's beginning; ``prefix`` False: the stem itself) in the store's
    query language."""
    star = "*" if prefix else ""
    if dialect == "postgresql":
        weight = "A" if title_only else ""
        return " & ".join(f"{w}{':' if star or weight else ''}{star}{weight}" for w in words)
    query = " AND ".join(f'"{_stem(w)}"{star}' for w in words)
    return f"{{titel}} : ({query})" if title_only else query


def snippet(text: str, words: Sequence[str], width: int = 24) -> str:
    """The part of ``text`` around its matched words, each between :data:`HIT_START` and
    :data:`HIT_END`: a window of ``width`` words where most query words occur, cut with
    " … "."""
    stems = [_stem(w) for w in words]

    def hit(word: str) -> bool:
        low = word.lower()
        return low not in STOPWORDS and any(_stem(low).startswith(s) for s in stems)

    tokens = re.findall(r"\S+", _MARKS.sub("", unicodedata.normalize("NFC", text)))
    if not tokens:
        return ""
    hits = [i for i, t in enumerate(tokens) if any(hit(w) for w in _WORD.findall(t))]
    start = 0
    if hits:
        best = max(hits, key=lambda h: sum(1 for x in hits if h <= x < h + width))
        start = max(0, min(best - width // 4, len(tokens) - width))
    end = min(len(tokens), start + width)
    marked = set(hits)
    shown = " ".join(
        _WORD.sub(lambda m: f"{HIT_START}{m.group()}{HIT_END}" if hit(m.group()) else m.group(), t)
        if i in marked else t for i, t in enumerate(tokens[start:end], start))
    return f"{'… ' if start else ''}{shown}{' …' if end < len(tokens) else ''}"


class SearchQueries:
    """Search everything, mixed into :class:`socialaftale.Socialaftale`."""

    db: Database
    # decision search's (MeetingsQueries): how many newest matches of each kind are ranked,
    # whole words before prefixes, PostgreSQL's newest rows before the GIN bitmap
    search_candidates: int
    search_whole_word_first: bool
    search_window_first: bool
    search_index_first: bool = True
    """PostgreSQL: ask the GIN index for every kind's matches at once, at most
    :data:`SEARCH_WINDOW` × the candidates, before testing each kind's newest rows, and
    take a window that held the whole kind as its answer; False only for the benchmark's
    same-run baseline (benchmarks/search_speed.py)."""

    def search(self, text: str, *, arter: Sequence[str] | None = None,
               body: str | None = None, year: int | None = None, outcome: str | None = None,
               kommune: str | None = None, orden: str = "rang", side: int = 1,
               pr_side: int = 20, drafts: bool = False) -> Soegning:
        """Everything the record holds that has every word of ``text`` (as a word or its
        beginning, in any inflection: Danish stemming on every store), per kind: how many,
        and page ``side`` of ``pr_side``. ``orden`` "rang": title matches first, then
        newest; "nyeste": newest first. Filters: ``arter`` (keys of
        :data:`ARTER`), the meeting's ``body``, the ``year``, the decision's ``outcome``,
        a ``kommune`` the thing names or concerns. A draft agenda's meeting (``udkast``,
        not yet sent out) is left out unless ``drafts``: only the secretariat may read it."""
        if orden not in ORDERS:
            raise DomainError(f"ukendt orden '{orden}' (brug rang eller nyeste)",
                              rule="soegning-orden", field="orden")
        for art in arter or ():
            if art not in ARTER:
                raise DomainError(f"ukendt art '{art}' (brug: {', '.join(ARTER)})",
                                  rule="soegning-art", field="art")
        if side < 1 or not 1 <= pr_side <= 200:
            raise DomainError("side skal være 1 eller mere og pr. side mellem 1 og 200",
                              rule="soegning-side", field="side")
        words = _query_terms(text, "tekst")
        empty = Soegning(text, orden, side, pr_side, ())
        if not words:
            return empty
        dialect = self.db.dialect
        where: list[str] = []  # the filters, on search_doc d
        params: list[Any] = []
        if not drafts:  # read at query time: sending the agenda out shows it at once
            where.append("NOT EXISTS (SELECT 1 FROM meeting m WHERE m.meeting_id ="
                         " d.meeting_id AND m.udkast <> 0)")
            where.append("NOT EXISTS (SELECT 1 FROM meeting_kladde k WHERE k.meeting_id ="
                         " d.meeting_id)")  # a referat taken in the browser, not published
        if body:
            names = forum_names(self.db, body)
            where.append(f"d.body IN ({', '.join('?' for _ in names)})")
            params += list(names)
        if year is not None:
            where.append("d.aar = ?")
            params.append(year)
        if outcome:
            where.append("d.outcome = ?")
            params.append(outcome_named(outcome))
        if kommune:
            named = _query_terms(kommune.removesuffix(" Kommune").removesuffix(" kommune"),
                                 "kommune")
            if not named:
                return empty
            if dialect == "postgresql":
                mention = "d.tsv @@ to_tsquery('danish', ?)"
            else:
                mention = "d.rid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)"
            where.append(f"(d.kommuner LIKE ? OR {mention})")
            params += [f"%|{_slug(kommune)}|%", _match(dialect, named)]
        filters = "".join(f" AND {w}" for w in where)
        # Each kind's newest matches only (row numbers run by kind, then day): a page costs
        # the same whether a word is in a hundred things or a hundred thousand (issue 23).
        # The whole words first, as decision search: a prefix makes FTS5 merge every word
        # it begins before it walks; only a kind they do not fill is read by prefix, so a
        # kind with fewer matches than the bound gets every match, as before.
        limit = self.search_candidates + 1
        exact, prefix = _match(dialect, words, prefix=False), self._prefixes(words)
        kinds = list(arter or ARTER)
        whole = (self._newest_of(exact, kinds, year, filters, params, limit)
                 if self.search_whole_word_first else {})
        candidates = {k: rows for k, rows in whole.items() if len(rows) == limit}
        unfilled = [k for k in kinds if k not in candidates]
        candidates.update((k, rows) for k, rows in self._newest_of(
            prefix, unfilled, year, filters, params, limit).items() if rows)
        if not candidates:
            return empty
        # Title matches first, then newest: the same order on both stores, and no rank
        # function over the matches (bm25 over 9,000 matches of a national-size record took
        # half a second; docs/search.md).
        first, last = (side - 1) * pr_side, side * pr_side
        if dialect == "sqlite":
            page, texts = self._page_sqlite(candidates, words, orden, first, last, limit)
        else:
            page, texts = self._page_postgres(candidates, words, orden, first, last, limit)
        found: dict[str, list[Fund]] = {}
        for kind, rid, titel, meeting_id, punkt, body_, dato, outcome_, doc_id, i_titel in page:
            tekst = texts.get(int(rid), "")
            # at the match: in the text where it has the words, else the title
            shown = snippet(tekst, words) if tekst and _has(tekst, words) \
                else snippet(titel, words)
            found.setdefault(kind, []).append(Fund(
                kind, doc_id, titel, shown, bool(i_titel), meeting_id, punkt,
                body_, date.fromisoformat(dato) if dato else None, outcome_))
        # the kinds on this page; past every kind's last page, still how many of each
        shown_kinds = found or candidates
        groups = tuple(Fundgruppe(k, ARTER[k], min(len(candidates[k]), limit - 1),
                                  tuple(found.get(k, ())), len(candidates[k]) == limit)
                       for k in ARTER if k in shown_kinds)
        return Soegning(text, orden, side, pr_side, groups)

    def _page_sqlite(self, candidates: dict[str, list[tuple[Any, ...]]],
                     words: Sequence[str], orden: str, first: int, last: int, limit: int
                     ) -> tuple[list[tuple[Any, ...]], dict[int, str]]:
        """Each kind's rows ``first``–``last`` in the search's order, and their texts: the
        candidates sorted in Python (SQLite compares text by code point, as Python does),
        only the page's rows read whole."""
        # the title's stems hold every word as a stem's beginning, as FTS5's
        # {titel} : ("stem"*) finds (here for the candidates alone)
        starts = [re.compile(r"(?<!\S)" + re.escape(_stem(w))) for w in words]
        titled: set[int] = set()
        wanted: list[int] = []
        for rows in candidates.values():
            rows = sorted(rows[:limit - 1], key=lambda r: str(r[3]))  # by key, then newest
            rows.sort(key=lambda r: r[2] or "", reverse=True)  # stable; no date last
            titled.update(int(r[0]) for r in rows if all(p.search(str(r[1])) for p in starts))
            if orden == "rang":  # title matches first
                rows.sort(key=lambda r: int(r[0]) in titled, reverse=True)
            wanted += [int(r[0]) for r in rows[first:last]]
        if not wanted:
            return [], {}
        marks = ", ".join("?" for _ in wanted)
        got = {int(r[1]): r for r in self.db.query(
            "SELECT kind, rid, titel, meeting_id, punkt, body, dato, outcome, doc_id, tekst"
            f" FROM search_doc WHERE rid IN ({marks})", wanted)}
        return ([(*got[r][:9], r in titled) for r in wanted],
                {r: str(got[r][9]) for r in wanted})

    def _page_postgres(self, candidates: dict[str, list[tuple[Any, ...]]],
                       words: Sequence[str], orden: str, first: int, last: int, limit: int
                       ) -> tuple[list[tuple[Any, ...]], dict[int, str]]:
        """Each kind's rows ``first``–``last`` in the search's order (the database's, for
        its collation of the keys), and their texts."""
        order = ("d.dato DESC NULLS LAST, d.doc_id" if orden == "nyeste"
                 else "i_titel DESC, d.dato DESC NULLS LAST, d.doc_id")
        rids = [int(r[0]) for rows in candidates.values() for r in rows[:limit - 1]]
        page = [r[:10] for r in self.db.query(
            f"SELECT * FROM (SELECT d.kind, d.rid, d.titel, d.meeting_id, d.punkt, d.body,"
            f" d.dato, d.outcome, d.doc_id, i_titel, ROW_NUMBER() OVER (PARTITION BY d.kind"
            f" ORDER BY {order}) AS n FROM (SELECT d.kind, d.rid, d.doc_id, d.titel,"
            f" d.meeting_id, d.punkt, d.body, d.dato, d.outcome, CASE WHEN d.tsv @@"
            f" to_tsquery('danish', ?) THEN 1 ELSE 0 END AS i_titel FROM search_doc d WHERE"
            f" d.rid = ANY(?)) d) x WHERE n > ? AND n <= ? ORDER BY kind, n",
            [_match("postgresql", words, title_only=True), rids, first, last])]
        if not page:
            return [], {}
        marks = ", ".join("?" for _ in page)
        return page, {int(r[0]): str(r[1]) for r in self.db.query(
            f"SELECT rid, tekst FROM search_doc WHERE rid IN ({marks})",
            [int(r[1]) for r in page])}

    def _prefixes(self, words: Sequence[str]) -> str:
        """Every word as a stem's beginning. On SQLite each as the words the index holds
        that begin with it, OR-ed (:data:`MAX_PREFIX_TERMS` at most; more: the FTS5
        prefix query, which merges them first)."""
        if self.db.dialect != "sqlite":
            return _match(self.db.dialect, words)
        parts = []
        for w in words:
            stem = _stem(w)
            terms = [str(r[0]) for r in self.db.query(
                "SELECT term FROM search_term WHERE term >= ? AND term < ? LIMIT ?",
                (stem, stem[:-1] + chr(ord(stem[-1]) + 1), MAX_PREFIX_TERMS + 1))]
            if len(terms) > MAX_PREFIX_TERMS:
                parts.append(f'"{stem}"*')
            else:  # none: the word itself, which no row holds
                parts.append("(" + " OR ".join(f'"{t}"' for t in terms or [stem]) + ")")
        return " AND ".join(parts)

    def _newest_of(self, match: str, kinds: Sequence[str], year: int | None, filters: str,
                   params: Sequence[Any], limit: int) -> dict[str, list[tuple[Any, ...]]]:
        """:meth:`_newest` of each of ``kinds``. On SQLite in one full-text query when it
        can: a prefix makes FTS5 merge the doclists of every word it begins (50 ms for
        «kommun»* at 100k events) before it walks, once per query, so the kinds share one
        merge; the filters then apply to those rows, and a kind whose newest matches the
        filters thinned is walked on alone. On PostgreSQL see :meth:`_few_of`."""
        if self.db.dialect == "postgresql" and self.search_index_first and kinds:
            few = self._few_of(match, kinds, year, filters, params, limit)
            if few is not None:
                return few
        if self.db.dialect != "sqlite" or year is not None or len(kinds) < 2 \
                or "*" not in match:  # a prefix read as its words is walked, no merge
            return {k: self._newest(match, *_kind_range(k, year), filters, params, limit)
                    for k in kinds}
        index = {list(ARTER).index(k): k for k in kinds}
        marks = ", ".join("?" for _ in index)
        seen: dict[str, list[int]] = {k: [] for k in kinds}
        for (rid,) in self.db.query(
                "SELECT r FROM (SELECT rowid AS r, ROW_NUMBER() OVER (PARTITION BY rowid >>"
                f" {_KIND_SHIFT} ORDER BY rowid DESC) AS n FROM search_fts WHERE search_fts"
                f" MATCH ? AND rowid >> {_KIND_SHIFT} IN ({marks})) x WHERE n <= ?",
                [match, *index, limit]):
            seen[index[int(rid) >> _KIND_SHIFT]].append(int(rid))
        wanted = [r for rids in seen.values() for r in rids]
        passed = {int(r[0]): r for r in self.db.query(
            "SELECT d.rid, d.titel_idx, d.dato, d.doc_id FROM search_doc d WHERE d.rid IN"
            " (SELECT value FROM"
            f" json_each(?)){filters}", [json.dumps(wanted), *params])} if wanted else {}
        out: dict[str, list[tuple[Any, ...]]] = {}
        for kind, rids in seen.items():
            kept = [passed[r] for r in sorted(rids, reverse=True) if r in passed]
            if len(kept) < len(rids) == limit:  # filtered out: older matches may pass
                kept = self._newest(match, *_kind_range(kind), filters, params, limit)
            out[kind] = kept
        return out

    def _few_of(self, match: str, kinds: Sequence[str], year: int | None, filters: str,
                params: Sequence[Any], limit: int) -> dict[str, list[tuple[Any, ...]]] | None:
        """PostgreSQL: every kind's newest ``limit`` matches from one GIN query when all
        ``kinds`` together have fewer than :data:`SEARCH_WINDOW` × ``limit`` (the rows a
        kind's window would test); None when they have more (or the planner expects
        more), and each kind's window decides. A rare word's bitmap is small, where the
        windows test ~4,000 tsvectors per kind and per query (whole word, then prefix)
        before they fall back to it: 637 ms for «hjerneskade» at 100k events."""
        cap = SEARCH_WINDOW * limit
        # A common word's bitmap is linear in its matches (18 ms for «kommune»'s 176,000
        # at 100k events) even under a LIMIT: the planner's estimate from the statistics
        # (ANALYZE after a build; autovacuum) sends it to the windows without building it.
        # A wrong estimate costs time, never a different answer.
        plan = self.db.query("EXPLAIN (FORMAT JSON) SELECT 1 FROM search_doc WHERE tsv @@"
                             " to_tsquery('danish', ?)", [match])[0][0]
        if (json.loads(plan) if isinstance(plan, str) else plan)[0]["Plan"]["Plan Rows"] >= cap:
            return None
        ranges = [_kind_range(k, year) for k in kinds]
        rows = self.db.query(
            "SELECT d.rid FROM search_doc d WHERE d.tsv @@ to_tsquery('danish', ?) AND ("
            + " OR ".join("d.rid BETWEEN ? AND ?" for _ in ranges) + f"){filters} LIMIT ?",
            [match, *(x for r in ranges for x in r), *params, cap])
        if len(rows) >= cap:
            return None
        out: dict[str, list[tuple[Any, ...]]] = {k: [] for k in kinds}
        by_index = {list(ARTER).index(k): k for k in kinds}
        for row in sorted(rows, key=lambda r: int(r[0]), reverse=True):
            found = out[by_index[int(row[0]) >> _KIND_SHIFT]]
            if len(found) < limit:
                found.append(row)
        return out

    def _newest(self, match: str, lo: int, hi: int, filters: str, params: Sequence[Any],
                limit: int) -> list[tuple[Any, ...]]:
        """The newest ``limit`` rows between row numbers ``lo`` and ``hi`` (one kind's)
        that match and pass the filters: row number (and on SQLite the title's stems)."""
        if self.db.dialect == "sqlite":
            # FTS5 walks its index by row number, newest first, and stops at the limit
            return self.db.query(
                "SELECT d.rid, d.titel_idx, d.dato, d.doc_id FROM search_fts JOIN search_doc d"
                " ON d.rid ="
                " search_fts.rowid WHERE search_fts MATCH ? AND search_fts.rowid BETWEEN ?"
                f" AND ?{filters} ORDER BY search_fts.rowid DESC LIMIT ?",
                [match, lo, hi, *params, limit])
        # PostgreSQL: the GIN bitmap of a common word is linear in its matches, so the
        # newest rows are tested first walking the primary key backwards, as decision
        # search does (SEARCH_WINDOW); when they hold too few, the bitmap (cheap then).
        window = SEARCH_WINDOW * limit
        if self.search_window_first:
            rows = self.db.query(
                "SELECT d.rid FROM (SELECT * FROM search_doc WHERE rid BETWEEN ? AND ? ORDER"
                " BY rid DESC LIMIT ?) d WHERE d.tsv @@ to_tsquery('danish', ?)"
                f"{filters} ORDER BY d.rid DESC LIMIT ?",
                [lo, hi, window, match, *params, limit])
            if len(rows) == limit:
                return rows
            # a kind with fewer rows than the window (the working groups, the meetings'
            # own text): the window was all of it, and the bitmap of a common word would
            # cost as much for it as for the largest kind
            if self.search_index_first and self.db.query(
                    "SELECT count(*) FROM (SELECT 1 FROM search_doc WHERE rid BETWEEN ? AND ?"
                    " LIMIT ?) x", [lo, hi, window])[0][0] < window:
                return rows
        return self.db.query(
            "SELECT d.rid FROM search_doc d WHERE d.tsv @@ to_tsquery('danish', ?) AND d.rid"
            f" BETWEEN ? AND ?{filters} ORDER BY d.rid + 0 DESC LIMIT ?",
            [match, lo, hi, *params, limit])


def _has(text: str, words: Sequence[str]) -> bool:
    stems = [_stem(w) for w in words]
    return any(t.startswith(s) for t in danish_terms(text) for s in stems)
