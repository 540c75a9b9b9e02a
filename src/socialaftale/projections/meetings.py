"""Meeting read models: meetings, agenda items, decisions, the facts each decision carries.

Search text is lower-cased in Python when projected (SQLite's LOWER knows only
ASCII), so a search for "Taleinstituttet" or "kærvej" matches on every store.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator, Sequence
from datetime import date
from typing import Any, ClassVar

import orjson
import Stemmer
from attrs import evolve, frozen

from ..domain.common import DomainError, Meta, Recorded
from ..domain.dates import Dato, PartialDate, dato_earliest, dato_text
from ..domain.fora import ForumNameClaimed
from ..domain.meetings import (
    EVENTS,
    OUTCOME_NAMES,
    OUTCOME_TEXT,
    ActionAssigned,
    ActionCompleted,
    ActionPostponed,
    ActionReassigned,
    AgendaAmended,
    AgendaCorrected,
    AgendaProposed,
    AgendaSent,
    DecisionCorrected,
    DecisionRecorded,
    Klausul,
    MeetingCorrected,
    MeetingNoted,
    MeetingScheduled,
    NextMeetingAnnounced,
    Punkt,
    ReferatOpened,
    ReferatPublished,
    Sag,
)
from ..domain.names import did_you_mean
from ..readstore import Database, Projection, Tx
from . import document
from .document import Block
from .fora import forum_names

__all__ = ["Aendring", "BaaretFakta", "Beslutning", "Dagsordenspunkt", "Efterskrift",
           "MeetingsProjection", "MeetingsQueries", "Moede", "MoedeTekst", "NaesteMoede",
           "ReferatBilag", "SagBeslutning", "Traef"]



class MeetingsProjection(Projection):
    name = "meetings"
    version = 23  # 23: the decisions and meetings in their list order, and the decisions
    # by outcome, indexed (the lists are counted and paged by the read model, issue 23);
    # 22: a decision keeps the lines its source names (kilde_sted);
    # 19: a referat taken in the browser is a draft until published;
    # 20: SQLite indexes Danish stems beside the words (decision_fts.stems)
    # 21: a draft referat's edits are not listed as corrections; when a referat taken in
    # the browser was published (meeting_offentliggjort) (issue 20)
    tables: ClassVar[tuple[str, ...]] = (
        "decision_fts", "meeting", "meeting_item", "meeting_decision", "decision_fact",
        "meeting_action", "meeting_attendance", "meeting_correction", "decision_matter",
        "meeting_text", "meeting_announcement", "meeting_planned", "meeting_note",
        "meeting_kladde", "meeting_offentliggjort")

    def create(self, tx: Tx) -> None:
        tx.execute(
            "CREATE TABLE IF NOT EXISTS meeting (meeting_id TEXT PRIMARY KEY, body TEXT NOT"
            " NULL, dato TEXT NOT NULL, tid TEXT, sted TEXT, sagsnr TEXT, deltagere TEXT NOT NULL,"
            " afbud TEXT NOT NULL, gaester TEXT NOT NULL, referent TEXT NOT NULL,"
            " document TEXT NOT NULL, udkast INTEGER NOT NULL DEFAULT 0)"
        )
        tx.execute("CREATE INDEX IF NOT EXISTS meeting_body_dato ON meeting (body, dato)")
        # The meeting list's order, with what its filter for drafts reads (a page of it is
        # read from here, not sorted from the whole table).
        tx.execute("CREATE INDEX IF NOT EXISTS meeting_dato ON meeting (dato, meeting_id,"
                   " udkast)")
        tx.execute(
            "CREATE TABLE IF NOT EXISTS meeting_item (meeting_id TEXT NOT NULL, nummer TEXT NOT"
            " NULL, position INTEGER NOT NULL, titel TEXT NOT NULL, art TEXT NOT NULL,"
            " indstilling TEXT NOT NULL, bilag TEXT NOT NULL, resume TEXT, sagsfremstilling TEXT,"
            " indleder TEXT, rejst_ved TEXT, PRIMARY KEY (meeting_id, nummer))"
        )
        tx.execute(
            "CREATE TABLE IF NOT EXISTS meeting_decision (position BIGINT PRIMARY KEY,"
            " meeting_id TEXT NOT NULL, body TEXT NOT NULL, dato TEXT NOT NULL, nummer TEXT NOT"
            " NULL, titel TEXT NOT NULL, outcome TEXT NOT NULL, referat TEXT NOT NULL,"
            " bemaerkninger TEXT NOT NULL, search TEXT NOT NULL, document TEXT NOT NULL,"
            " anbefaling_til TEXT, godkender_referat_af TEXT, klausuler TEXT NOT NULL,"
            " afledt INTEGER NOT NULL DEFAULT 0, sammenfatning TEXT, kilde_sted TEXT)"
        )
        # An item's sub-matters (issue 16), in the order the record lists them.
        tx.execute(
            "CREATE TABLE IF NOT EXISTS decision_matter (meeting_id TEXT NOT NULL, nummer TEXT"
            " NOT NULL, position INTEGER NOT NULL, sag TEXT NOT NULL, titel TEXT NOT NULL,"
            " outcome TEXT NOT NULL, klausuler TEXT NOT NULL, referat TEXT, bemaerkninger TEXT"
            " NOT NULL, anbefaling_til TEXT, note TEXT, PRIMARY KEY (meeting_id, nummer, sag))"
        )
        tx.execute("CREATE INDEX IF NOT EXISTS meeting_decision_body ON meeting_decision"
                   " (body, dato)")
        # The decision list's order, with the meeting that hides a draft's decisions: a
        # page and the count are read from the index alone (issue 23).
        tx.execute("CREATE INDEX IF NOT EXISTS meeting_decision_dato ON meeting_decision"
                   " (dato, position, meeting_id)")
        # An outcome filter's decisions, by their own outcome or a sub-matter's, and an
        # item's decision (read for every sub-matter found, and by a correction).
        tx.execute("CREATE INDEX IF NOT EXISTS meeting_decision_outcome ON meeting_decision"
                   " (outcome, dato, position, meeting_id)")
        tx.execute("CREATE INDEX IF NOT EXISTS meeting_decision_item ON meeting_decision"
                   " (meeting_id, nummer)")
        # Full-text search that works for Danish: PostgreSQL's danish configuration (stems
        # "udmeldingen" to "udmelding"), SQLite's FTS5 with æ, ø and å kept as letters.
        if tx.dialect == "postgresql":
            tx.execute("ALTER TABLE meeting_decision ADD COLUMN IF NOT EXISTS tsv tsvector"
                       " GENERATED ALWAYS AS (to_tsvector('danish', search)) STORED")
            tx.execute("CREATE INDEX IF NOT EXISTS meeting_decision_tsv ON meeting_decision"
                       " USING GIN (tsv)")
        else:
            # FTS5 has no Danish stemmer: the Snowball Danish stems (the algorithm of
            # PostgreSQL's danish configuration) go in a column beside the words, so
            # "aftalemodeller" finds "aftalemodel" on both stores; the words column keeps
            # the snippets and their marks.
            tx.execute("CREATE VIRTUAL TABLE IF NOT EXISTS decision_fts USING fts5(text, stems,"
                       " tokenize = 'unicode61 remove_diacritics 0')")
        tx.execute("CREATE INDEX IF NOT EXISTS decision_matter_outcome ON decision_matter"
                   " (outcome)")
        tx.execute(
            "CREATE TABLE IF NOT EXISTS decision_fact (position BIGINT PRIMARY KEY, meeting_id"
            " TEXT NOT NULL, nummer TEXT NOT NULL, kind TEXT NOT NULL, summary TEXT NOT NULL,"
            " emne TEXT, stream TEXT NOT NULL, sag TEXT, besluttet_af TEXT, ekstern_tekst TEXT)"
        )
        tx.execute("CREATE INDEX IF NOT EXISTS decision_fact_item ON decision_fact"
                   " (meeting_id, nummer)")

        tx.execute(
            "CREATE TABLE IF NOT EXISTS meeting_action (meeting_id TEXT NOT NULL, action_id TEXT"
            " NOT NULL, punkt TEXT NOT NULL, body TEXT NOT NULL, dato TEXT NOT NULL, ansvarlig"
            " TEXT, leverance TEXT NOT NULL, frist TEXT, naeste INTEGER NOT NULL,"
            " afsluttet TEXT, frist_delvis TEXT, snarest INTEGER NOT NULL DEFAULT 0, note TEXT,"
            " afsluttet_ved TEXT, historik TEXT NOT NULL DEFAULT '[]', givet TEXT,"
            " PRIMARY KEY (meeting_id, action_id))"
        )
        tx.execute(
            "CREATE TABLE IF NOT EXISTS meeting_attendance (meeting_id TEXT NOT NULL, body TEXT"
            " NOT NULL, dato TEXT NOT NULL, navn TEXT NOT NULL, art TEXT NOT NULL,"
            " organisation TEXT, rolle TEXT, note TEXT)"
        )
        tx.execute("CREATE INDEX IF NOT EXISTS meeting_attendance_body ON meeting_attendance"
                   " (body, dato)")
        tx.execute(
            "CREATE TABLE IF NOT EXISTS meeting_correction (position BIGINT PRIMARY KEY,"
            " meeting_id TEXT NOT NULL, recorded_on TEXT NOT NULL, summary TEXT NOT NULL)"
        )
        _create_text_tables(tx)

    def __init__(self) -> None:
        # Rows written in the current page, so a decision need not read back its meeting and
        # item; cleared at every flush (the end of the page's transaction).
        self._meetings: dict[str, tuple[str, str]] = {}
        self._items: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {}
        # New decisions, their search texts and the facts they carry, written a page at a
        # time (most events of a replay are decisions); written out before any event that
        # reads or changes decisions already in the table.
        self._decisions: list[tuple[Any, ...]] = []
        self._search: list[tuple[int, str]] = []
        self._facts: list[tuple[Any, ...]] = []
        self._matters: list[tuple[Any, ...]] = []
        # Agenda items and attendance, written at the end of the page (on PostgreSQL as one
        # COPY each), or before anything reads or deletes items of a meeting buffered here.
        self._item_rows: list[tuple[Any, ...]] = []
        self._item_meetings: set[str] = set()
        self._attendance: list[tuple[Any, ...]] = []

    def flush(self, tx: Tx) -> None:
        self._write(tx)
        self.discard()

    def discard(self) -> None:
        self._meetings.clear()
        self._items.clear()
        self._decisions.clear()
        self._search.clear()
        self._facts.clear()
        self._matters.clear()
        self._item_rows.clear()
        self._item_meetings.clear()
        self._attendance.clear()

    def _write(self, tx: Tx) -> None:
        if self._decisions:
            tx.executemany(
                "INSERT INTO meeting_decision (position, meeting_id, body, dato, nummer, titel,"
                " outcome, referat, bemaerkninger, search, document, anbefaling_til,"
                " godkender_referat_af, klausuler, afledt, sammenfatning, kilde_sted) VALUES (?, ?,"
                " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self._decisions)
            self._decisions.clear()
        if self._matters:
            tx.executemany("INSERT INTO decision_matter VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           self._matters)
            self._matters.clear()
        if self._search:
            if tx.dialect == "sqlite":  # PostgreSQL's tsvector column follows itself
                tx.executemany("INSERT INTO decision_fts (rowid, text, stems) VALUES (?, ?, ?)",
                               [(p, t, danish_stems(t)) for p, t in self._search])
            self._search.clear()
        if self._facts:
            tx.executemany("INSERT INTO decision_fact VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           self._facts)
            self._facts.clear()
        if self._item_rows:
            tx.executemany("INSERT INTO meeting_item VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           self._item_rows)
            self._item_rows.clear()
            self._item_meetings.clear()
        if self._attendance:
            tx.executemany("INSERT INTO meeting_attendance VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                           self._attendance)
            self._attendance.clear()

    def _buffer_items(self, meeting_id: str, punkter: tuple[Punkt, ...], start: int) -> None:
        self._item_meetings.add(meeting_id)
        self._item_rows.extend(
            (meeting_id, p.nummer, start + i, p.titel, p.art, _dumps(list(p.indstilling)),
             _dumps(list(p.bilag)), p.resume, p.sagsfremstilling, p.indleder,
             f"{p.rejst_ved.meeting} pkt. {p.rejst_ved.item}" if p.rejst_ved else None)
            for i, p in enumerate(punkter))

    def _meeting(self, tx: Tx, meeting_id: str) -> tuple[str, str]:
        """(body, dato) of a meeting: from this page if written in it, else from the table."""
        cached = self._meetings.get(meeting_id)
        if cached is not None:
            return cached
        row = tx.one("SELECT body, dato FROM meeting WHERE meeting_id = ?", (meeting_id,))
        assert row is not None
        return row[0], row[1]

    def _item(self, tx: Tx, meeting_id: str, nummer: str) -> tuple[str, tuple[str, ...]]:
        """(titel, indstilling) of an agenda item, from this page or the table."""
        cached = self._items.get(meeting_id, {}).get(nummer)
        if cached is not None:
            return cached
        if meeting_id in self._item_meetings:
            self._write(tx)
        row = tx.one("SELECT titel, indstilling FROM meeting_item WHERE meeting_id = ? AND"
                     " nummer = ?", (meeting_id, nummer))
        assert row is not None
        return row[0], tuple(json.loads(row[1]))

    def _decision(self, tx: Tx, recorded: Recorded, e: DecisionRecorded) -> None:
        """Most events of a history are decisions: buffered, sent a few dozen at a time."""
        m = recorded.meta
        meeting = self._meeting(tx, e.meeting_id)
        item = self._item(tx, e.meeting_id, e.punkt)
        search = " ".join([item[0], *item[1], e.referat, *e.bemaerkninger,
                           *_matters_text(e.sager)])
        assert recorded.position is not None  # applied events are always stored
        self._search.append((recorded.position, search))
        self._decisions.append(
            (recorded.position, e.meeting_id, meeting[0], meeting[1], e.punkt, item[0],
             e.outcome, e.referat, _dumps(list(e.bemaerkninger)), search,
             m.source.document,
             f"{e.anbefaling_til.meeting} pkt. {e.anbefaling_til.item}"
             if e.anbefaling_til else None, e.godkender_referat_af,
             _clauses_json(e.klausuler), int(e.afledt), e.sammenfatning, m.source.kilde_sted))
        self._matters.extend(_matter_rows(e.meeting_id, e.punkt, e.sager))
        if len(self._decisions) >= _SEND_EVERY:
            self._write(tx)

    def apply(self, tx: Tx, recorded: Recorded) -> None:
        e, m = recorded.event, recorded.meta
        if type(e) is DecisionRecorded:
            self._decision(tx, recorded, e)
            if m.source.note:
                _note(tx, recorded.position, e.meeting_id, e.punkt, "beslutning", m.source.note)
            return
        if isinstance(e, MeetingNoted | NextMeetingAnnounced):
            _text(tx, recorded, e)
            return
        if isinstance(e, ReferatOpened):
            tx.execute("INSERT INTO meeting_kladde VALUES (?)", (e.meeting_id,))
            return
        if isinstance(e, ReferatPublished):
            tx.execute("DELETE FROM meeting_kladde WHERE meeting_id = ?", (e.meeting_id,))
            tx.execute("DELETE FROM meeting_offentliggjort WHERE meeting_id = ?",
                       (e.meeting_id,))
            tx.execute("INSERT INTO meeting_offentliggjort VALUES (?, ?)",
                       (e.meeting_id, e.dato.isoformat()))
            return
        if m.decision is not None and type(e) not in EVENTS and m.source.note:
            _note(tx, recorded.position, m.decision.meeting, m.decision.item, "fakta",
                  m.source.note)
        if m.decision is not None and (type(e) not in EVENTS or isinstance(e, _ACTION_CHANGES)) \
                and type(e) is not ForumNameClaimed:
            # a decision carries other facts (and a later decision delivers, postpones or
            # changes an earlier meeting's action; a forum's name claim is bookkeeping of its
            # registration, not a fact of its own)
            summary = e.summary() if hasattr(e, "summary") else type(e).__name__
            if isinstance(e, _ACTION_CHANGES):
                summary = _action_fact(tx, e, summary)
            subject = next((str(getattr(e, a)) for a in ("key", "kommune", "driftsherre")
                            if getattr(e, a, None)), None)
            self._facts.append((recorded.position, m.decision.meeting, m.decision.item,
                                type(e).__name__, summary, subject, str(recorded.stream),
                                m.decision.matter, *_external_columns(m)))
        if isinstance(e, MeetingCorrected | AgendaCorrected | DecisionCorrected):
            self._write(tx)  # they change decisions that may still be in this page's buffer
            draft = not isinstance(e, AgendaCorrected) and tx.one(
                "SELECT 1 FROM meeting_kladde WHERE meeting_id = ?", (e.meeting_id,))
            if not draft:  # a draft referat's edits are not corrections (issue 20)
                tx.execute("INSERT INTO meeting_correction VALUES (?, ?, ?, ?)",
                           (recorded.position, e.meeting_id, m.recorded_at.date().isoformat(),
                            e.summary()))
        if isinstance(e, MeetingCorrected):
            tx.execute("DELETE FROM meeting WHERE meeting_id = ?", (e.meeting_id,))
            tx.execute("DELETE FROM meeting_attendance WHERE meeting_id = ?", (e.meeting_id,))
            tx.execute("UPDATE meeting_decision SET body = ?, dato = ? WHERE meeting_id = ?",
                       (e.body, e.dato.isoformat(), e.meeting_id))
            tx.execute("UPDATE meeting_action SET body = ?, dato = ? WHERE meeting_id = ?",
                       (e.body, e.dato.isoformat(), e.meeting_id))
        if isinstance(e, MeetingScheduled | MeetingCorrected):
            # A meeting announced earlier is held now: it is no longer only planned.
            tx.execute("DELETE FROM meeting_planned WHERE meeting_id = ?", (e.meeting_id,))
            self._meetings[e.meeting_id] = (e.body, e.dato.isoformat())
            tx.execute(
                "INSERT INTO meeting (meeting_id, body, dato, tid, sted, sagsnr, deltagere, afbud,"
                " gaester, referent, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (e.meeting_id, e.body, e.dato.isoformat(), e.tid, e.sted, e.sagsnr,
                 json.dumps([str(d) for d in e.deltagere], ensure_ascii=False),
                 json.dumps([str(d) for d in e.afbud], ensure_ascii=False),
                 json.dumps([str(d) for d in e.gaester], ensure_ascii=False),
                 json.dumps(list(e.referent), ensure_ascii=False), m.source.document),
            )
            self._attendance.extend(
                (e.meeting_id, e.body, e.dato.isoformat(), d.navn, art, d.organisation,
                 d.rolle, d.note)
                for art, people in (("deltog", e.deltagere), ("afbud", e.afbud),
                                    ("gæst", e.gaester)) for d in people)
        elif isinstance(e, AgendaAmended):
            self._write(tx)  # it reads and deletes the meeting's items
            self._items.pop(e.meeting_id, None)
            places: dict[str, int] = {}  # an item withdrawn and added again keeps its place
            for nummer in e.udgaaet:
                row = tx.one("SELECT position FROM meeting_item WHERE meeting_id = ? AND"
                             " nummer = ?", (e.meeting_id, nummer))
                if row is not None:
                    places[nummer] = row[0]
                tx.execute("DELETE FROM meeting_item WHERE meeting_id = ? AND nummer = ?",
                           (e.meeting_id, nummer))
            last = tx.one("SELECT MAX(position) FROM meeting_item WHERE meeting_id = ?",
                          (e.meeting_id,))
            start = (last[0] if last and last[0] is not None else -1) + 1
            for p in e.tilfoejet:
                if p.nummer in places:
                    self._buffer_items(e.meeting_id, (p,), places[p.nummer])
            self._buffer_items(e.meeting_id, tuple(p for p in e.tilfoejet
                                                   if p.nummer not in places), start)
            if e.raekkefoelge:  # moved: every item named once, in its new place
                self._write(tx)
                tx.executemany("UPDATE meeting_item SET position = ? WHERE meeting_id = ? AND"
                               " nummer = ?", [(i, e.meeting_id, nummer)
                                               for i, nummer in enumerate(e.raekkefoelge)])
        elif isinstance(e, ActionAssigned):
            meeting = self._meeting(tx, e.meeting_id)
            day, partial = _frist_columns(e.frist)
            # raised after the meeting (an efterskrift's action): the day it was raised
            later = m.occurred_on.isoformat() if m.occurred_on.isoformat() > meeting[1] else None
            tx.execute(
                "INSERT INTO meeting_action (meeting_id, action_id, punkt, body, dato, ansvarlig,"
                " leverance, frist, naeste, afsluttet, frist_delvis, snarest, note, givet)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)",
                (e.meeting_id, e.action_id, e.punkt, meeting[0], meeting[1], e.ansvarlig,
                 e.leverance, day, int(e.til_naeste_moede), partial, int(e.snarest), e.note,
                 later),
            )
        elif isinstance(e, ActionCompleted):
            ved = _ref_text(m.decision)
            tx.execute("UPDATE meeting_action SET afsluttet = ?, afsluttet_ved = ? WHERE"
                       " meeting_id = ? AND action_id = ?",
                       (e.dato.isoformat(), ved, e.meeting_id, e.action_id))
        elif isinstance(e, ActionPostponed | ActionReassigned):
            _change_action(tx, e, m.occurred_on, _ref_text(m.decision))
        elif isinstance(e, AgendaSent):
            tx.execute("UPDATE meeting SET udkast = 0 WHERE meeting_id = ?", (e.meeting_id,))
        elif isinstance(e, AgendaProposed | AgendaCorrected):
            if isinstance(e, AgendaProposed):
                tx.execute("UPDATE meeting SET udkast = ? WHERE meeting_id = ?",
                           (int(e.udkast), e.meeting_id))
            if e.meeting_id in self._item_meetings:
                self._write(tx)  # its items proposed earlier in this page are replaced
            tx.execute("DELETE FROM meeting_item WHERE meeting_id = ?", (e.meeting_id,))
            self._buffer_items(e.meeting_id, e.punkter, 0)
            self._items[e.meeting_id] = {p.nummer: (p.titel, p.indstilling) for p in e.punkter}
            if isinstance(e, AgendaCorrected):
                for p in e.punkter:
                    tx.execute("UPDATE meeting_decision SET titel = ? WHERE meeting_id = ? AND"
                               " nummer = ?", (p.titel, e.meeting_id, p.nummer))
        elif isinstance(e, DecisionCorrected):
            _renote_decision(tx, e.meeting_id, e.punkt, m.source.note)
            item = self._item(tx, e.meeting_id, e.punkt)
            search = " ".join([item[0], *item[1], e.referat, *e.bemaerkninger,
                               *_matters_text(e.sager)])
            row = tx.one("SELECT position FROM meeting_decision WHERE meeting_id = ? AND"
                         " nummer = ?", (e.meeting_id, e.punkt))
            assert row is not None
            _index(tx, row[0], search)
            tx.execute(
                "UPDATE meeting_decision SET outcome = ?, referat = ?, bemaerkninger = ?,"
                " search = ?, anbefaling_til = ?, godkender_referat_af = ?, klausuler = ?,"
                " afledt = ?, sammenfatning = ? WHERE meeting_id = ? AND nummer = ?",
                (e.outcome, e.referat, json.dumps(list(e.bemaerkninger), ensure_ascii=False),
                 search,
                 f"{e.anbefaling_til.meeting} pkt. {e.anbefaling_til.item}"
                 if e.anbefaling_til else None, e.godkender_referat_af,
                 _clauses_json(e.klausuler), int(e.afledt), e.sammenfatning, e.meeting_id,
                 e.punkt))
            tx.execute("DELETE FROM decision_matter WHERE meeting_id = ? AND nummer = ?",
                       (e.meeting_id, e.punkt))
            rows = _matter_rows(e.meeting_id, e.punkt, e.sager)
            if rows:
                tx.executemany("INSERT INTO decision_matter VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                               " ?)", rows)


def _create_text_tables(tx: Tx) -> None:
    """The meeting-level text (heading, notes, bilag, efterskrift), the next meeting each
    meeting announces, the meetings planned by those announcements (until held), and the
    source notes of decisions and the facts they carry."""
    tx.execute(
        "CREATE TABLE IF NOT EXISTS meeting_text (meeting_id TEXT PRIMARY KEY, overskrift TEXT,"
        " noter TEXT NOT NULL, bilag TEXT NOT NULL, efterskrift TEXT)")
    tx.execute(
        "CREATE TABLE IF NOT EXISTS meeting_announcement (meeting_id TEXT PRIMARY KEY, punkt"
        " TEXT NOT NULL, dato TEXT, tid TEXT, sted TEXT, tekst TEXT)")
    tx.execute(
        "CREATE TABLE IF NOT EXISTS meeting_planned (meeting_id TEXT PRIMARY KEY, body TEXT NOT"
        " NULL, dato TEXT NOT NULL, tid TEXT, sted TEXT, annonceret_ved TEXT NOT NULL)")
    tx.execute(
        "CREATE TABLE IF NOT EXISTS meeting_note (position BIGINT PRIMARY KEY, meeting_id TEXT"
        " NOT NULL, nummer TEXT NOT NULL, kind TEXT NOT NULL, note TEXT NOT NULL)")
    tx.execute("CREATE INDEX IF NOT EXISTS meeting_note_item ON meeting_note"
               " (meeting_id, nummer)")
    # a referat taken in the browser and not yet published (secretariat only)
    tx.execute("CREATE TABLE IF NOT EXISTS meeting_kladde (meeting_id TEXT PRIMARY KEY)")
    # the day a referat taken in the browser was published (the feed's date of it)
    tx.execute("CREATE TABLE IF NOT EXISTS meeting_offentliggjort (meeting_id TEXT PRIMARY"
               " KEY, dato TEXT NOT NULL)")


def _note(tx: Tx, position: int | None, meeting_id: str, nummer: str, kind: str,
          note: str) -> None:
    tx.execute("INSERT INTO meeting_note VALUES (?, ?, ?, ?, ?)",
               (position, meeting_id, nummer, kind, note))


def _renote_decision(tx: Tx, meeting_id: str, nummer: str, note: str | None) -> None:
    """A corrected decision's note replaces the note of the decision it corrects."""
    row = tx.one("SELECT position FROM meeting_decision WHERE meeting_id = ? AND nummer = ?",
                 (meeting_id, nummer))
    tx.execute("DELETE FROM meeting_note WHERE meeting_id = ? AND nummer = ? AND kind ="
               " 'beslutning'", (meeting_id, nummer))
    if note and row is not None:
        _note(tx, row[0], meeting_id, nummer, "beslutning", note)


def _text(tx: Tx, recorded: Recorded, e: MeetingNoted | NextMeetingAnnounced) -> None:
    """Meeting-level text and announcements: each event states the whole, replacing the
    last; a replacement from an edited record is listed with the meeting's corrections."""
    if e.grund:
        tx.execute("INSERT INTO meeting_correction VALUES (?, ?, ?, ?)",
                   (recorded.position, e.meeting_id,
                    recorded.meta.recorded_at.date().isoformat(), e.summary()))
    if isinstance(e, MeetingNoted):
        tx.execute("DELETE FROM meeting_text WHERE meeting_id = ?", (e.meeting_id,))
        f = e.efterskrift
        tx.execute("INSERT INTO meeting_text VALUES (?, ?, ?, ?, ?)", (
            e.meeting_id, e.overskrift, _dumps(list(e.noter)),
            _dumps([{"tekst": b.tekst, "punkt": b.punkt} for b in e.bilag]),
            None if f is None else _dumps({
                "tekst": f.tekst, "dato": f.dato.isoformat() if f.dato else None,
                "underskriver": f.underskriver, "punkt": f.punkt,
                "bemaerkninger": list(f.bemaerkninger)})))
        return
    tx.execute("DELETE FROM meeting_announcement WHERE meeting_id = ?", (e.meeting_id,))
    tx.execute("INSERT INTO meeting_announcement VALUES (?, ?, ?, ?, ?, ?)",
               (e.meeting_id, e.punkt, dato_text(e.dato) if e.dato is not None else None,
                e.tid, e.sted, e.tekst))
    tx.execute("DELETE FROM meeting_planned WHERE annonceret_ved LIKE ?",
               (f"{e.meeting_id} pkt. %",))
    if e.dato is None or isinstance(e.dato, PartialDate):
        return  # no day: the meeting is announced, not yet planned on a date
    body = tx.one("SELECT body FROM meeting WHERE meeting_id = ?", (e.meeting_id,))
    assert body is not None
    planned = f"{e.meeting_id[: -len('0000-00-00')]}{e.dato.isoformat()}"
    if tx.one("SELECT 1 FROM meeting WHERE meeting_id = ?", (planned,)) is None:
        tx.execute("INSERT INTO meeting_planned VALUES (?, ?, ?, ?, ?, ?)",
                   (planned, body[0], e.dato.isoformat(), e.tid, e.sted,
                    f"{e.meeting_id} pkt. {e.punkt}"))


# Buffered decisions are sent this many at a time: on PostgreSQL, pipelined, so the server
# indexes them (to_tsvector, the costliest part of a replay there) while this process goes
# on decoding the page, instead of all at once at its end. Keep it below the row count from
# which Tx sends an insert as a COPY (readstore._COPY_FROM), which would wait for the server.
_SEND_EVERY = 32

def _matters_text(sager: tuple[Sag, ...]) -> list[str]:
    """A decision's sub-matters' words, for its search text."""
    return [t for s in sager for t in (s.titel, s.referat or "", *s.bemaerkninger) if t]


def _ref_text(ref: Any) -> str | None:
    return f"{ref.meeting} pkt. {ref.item}" if ref is not None else None


def _matter_rows(meeting_id: str, punkt: str, sager: tuple[Sag, ...]) -> list[tuple[Any, ...]]:
    return [(meeting_id, punkt, i, s.id, s.titel, s.outcome, _dumps(list(s.klausuler)),
             s.referat, _dumps(list(s.bemaerkninger)), _ref_text(s.anbefaling_til), s.note)
            for i, s in enumerate(sager)]


def _outcome_key(name: str) -> str:
    """One spelling for a name: "Drøftet", "droeftet" and "taget til efterretning" match."""
    text = "_".join(name.casefold().replace("-", " ").split())
    return text.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")


#: Every name a filter accepts: the record's, the shown text's and the model's.
_OUTCOME_KEYS: dict[str, str] = {
    **{_outcome_key(k): v for k, v in OUTCOME_NAMES.items()},
    **{_outcome_key(t): k for k, t in OUTCOME_TEXT.items()},
    **{k: k for k in OUTCOME_TEXT},
}


def outcome_named(name: str) -> str:
    """The model's outcome for a name a user types; an unknown name is refused with the
    closest one and the record's names, so a filter never silently finds nothing."""
    found = _OUTCOME_KEYS.get(_outcome_key(name))
    if found is not None:
        return found
    hint = did_you_mean(_outcome_key(name), OUTCOME_NAMES)
    raise DomainError(f"ukendt udfald '{name}'{hint} (brug et af: {', '.join(OUTCOME_NAMES)})",
                      rule="udfald-ukendt", field="outcome")


_DECISION_COLUMNS = ("position, meeting_id, body, dato, nummer, titel, outcome, referat,"
                     " bemaerkninger, document, anbefaling_til, godkender_referat_af, klausuler,"
                     " afledt, sammenfatning, kilde_sted")


#: Meeting ids per ``IN (…)`` query: below every store's limit on bound parameters.
_BATCH = 500


def _decision_batches(rows: Sequence[tuple[Any, ...]],
                      alias: str = "") -> Iterator[tuple[str, list[Any]]]:
    """A condition selecting the items of decision rows (meeting id and item number in their
    second and fifth columns), in batches: only those items' rows are read, not their whole
    meetings', since every row read is a wait on a busy server."""
    for i in range(0, len(rows), _BATCH):
        batch = rows[i:i + _BATCH]
        meetings, items = sorted({r[1] for r in batch}), sorted({r[4] for r in batch})
        yield (f"{alias}meeting_id IN ({', '.join('?' for _ in meetings)}) AND {alias}nummer"
               f" IN ({', '.join('?' for _ in items)})", [*meetings, *items])


_MEETING_COLUMNS = ("meeting_id, body, dato, tid, sted, sagsnr, deltagere, afbud, gaester,"
                    " referent, udkast, document")
_PLANNED_COLUMNS = "meeting_id, body, dato, tid, sted, annonceret_ved"


def _held(r: Sequence[Any]) -> Moede:
    """A meeting row (:data:`_MEETING_COLUMNS`) as a meeting."""
    return Moede(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4], r[5],
                 tuple(json.loads(r[6])), tuple(json.loads(r[7])), tuple(json.loads(r[8])),
                 tuple(json.loads(r[9])), bool(r[10]), kilde=r[11] or None)


def _planned(r: Sequence[Any]) -> Moede:
    """A planned meeting's row (:data:`_PLANNED_COLUMNS`): announced, not held."""
    return Moede(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4], None, (), (), (), (),
                 planlagt=True, annonceret_ved=r[5])


def _as_filtered(found: Sequence[Beslutning], outcome: str | None) -> tuple[Beslutning, ...]:
    """Decisions as an outcome filter shows them: one found for some of its sub-matters
    keeps only those (``kun_sager``)."""
    if outcome is None:
        return tuple(found)
    return tuple(d if d.outcome == outcome else
                 evolve(d, sager=tuple(s for s in d.sager if s.outcome == outcome),
                        kun_sager=True) for d in found)


def _dumps(value: Any) -> str:
    """JSON text for a column (orjson: the replay writes one or more per event)."""
    return orjson.dumps(value).decode()


def _clauses_json(klausuler: tuple[Klausul, ...]) -> str:
    if not klausuler:
        return "[]"
    return _dumps([{"nummer": k.nummer, "outcome": k.outcome, "note": k.note}
                   for k in klausuler])


def _slug(name: str) -> str:
    """An organisation's name as the first part of an offer's key ("Region Nordjylland" →
    "region-nordjylland"), with the kommune suffix dropped."""
    text = name.lower().removesuffix(" kommune").strip()
    for a, b in (("æ", "ae"), ("ø", "oe"), ("å", "aa")):
        text = text.replace(a, b)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def _index(tx: Tx, position: int, text: str, *, new: bool = False) -> None:
    """Keep SQLite's full-text index in step (PostgreSQL's tsvector column follows itself).

    ``new``: the position has never been indexed (a decision just recorded)."""
    if tx.dialect == "sqlite":
        if not new:
            tx.execute("DELETE FROM decision_fts WHERE rowid = ?", (position,))
        tx.execute("INSERT INTO decision_fts (rowid, text, stems) VALUES (?, ?, ?)",
                   (position, text, danish_stems(text)))


_WORD = re.compile(r"\w+", re.UNICODE)
_STEMMER = Stemmer.Stemmer("danish")


@functools.lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    """A word's Snowball Danish stem; a word with a digit stays whole (PostgreSQL's parser
    does not stem those either). Cached: a replay stems the same few thousand words
    hundreds of thousands of times (a fifth of a rebuild went there)."""
    low = word.lower()
    return low if any(c.isdigit() for c in low) else str(_STEMMER.stemWord(low))


def danish_stems(text: str) -> str:
    """``text``'s words as their Danish stems, what SQLite's ``decision_fts.stems`` holds."""
    return " ".join(_stem(w) for w in _WORD.findall(text))

MAX_SEARCH_CHARS = 500
"""The longest search text taken: longer ones are refused, not cut (rule soegning-for-lang)."""
MAX_SEARCH_WORDS = 32
"""The most words a search may hold: each is one more term of the full-text query, and
thousands of them keep a server busy for seconds (rule soegning-for-mange-ord)."""


_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def _storable(text: str) -> str:
    """``text`` without what no store holds (NUL, lone surrogates), so it can be sent as a
    parameter at all: PostgreSQL refuses NUL, either driver a lone surrogate; no stored
    text contains them, so dropping them changes no answer."""
    return _UNSTORABLE.sub("", text)


def check_search_limits(text: str, words: Sequence[str], field: str) -> None:
    """Refuse a search above :data:`MAX_SEARCH_CHARS` or :data:`MAX_SEARCH_WORDS` (a
    :class:`DomainError` naming ``field``): one rule for every search the stores run."""
    if len(text) > MAX_SEARCH_CHARS:
        raise DomainError(f"søgningen er {len(text)} tegn lang; højst {MAX_SEARCH_CHARS} tegn",
                          rule="soegning-for-lang", field=field)
    if len(words) > MAX_SEARCH_WORDS:
        raise DomainError(f"søgningen har {len(words)} ord; højst {MAX_SEARCH_WORDS} ord",
                          rule="soegning-for-mange-ord", field=field)


def _fts_query(dialect: str, text: str, field: str = "search", *,
               prefix: bool = True) -> str | None:
    """Every word of ``text`` as a prefix that must occur, in the store's query language
    (with ``prefix`` False, on SQLite: as the whole word or its whole stem).

    Only runs of letters and digits become terms, each quoted, so any text (quotes,
    ``%``, ``<``, operators of either query language) is a valid query; None when no word
    is left. Refuses a text above :data:`MAX_SEARCH_CHARS` or :data:`MAX_SEARCH_WORDS`
    (a :class:`DomainError` naming ``field``)."""
    words = _WORD.findall(text) if len(text) <= MAX_SEARCH_CHARS else []
    check_search_limits(text, words, field)
    if not words:
        return None
    if dialect == "postgresql":
        return " & ".join(f"{w}:*" if prefix else w for w in words)
    # A word matches as typed (marked in the snippet) or by its stem (any inflection).
    star = "*" if prefix else ""
    return " AND ".join(f'({{text}} : "{w}"{star} OR {{stems}} : "{_stem(w)}"{star})'
                        for w in words)


@frozen
class Aendring:
    """A later decision's change to an action: ``art`` "udsat" (a new deadline) or "ændret"
    (new owner or narrowed leverance); ``foer`` is what it was before, ``ved`` the deciding
    item ("socdir-2013-03-18 pkt. 4") where the change was a decision's fact."""

    dato: date
    art: str
    tekst: str
    foer: str
    ved: str | None = None
    grund: str | None = None


@frozen
class Opfoelgning:
    """A follow-up action as of a day, with its deadline resolved ("næste møde" → that
    meeting's date). ``ansvarlig`` None: the minutes name no owner (unknown). ``frist`` is a
    day or a partial date; ``snarest`` a vague deadline (never overdue). ``historik`` holds
    the later decisions' postponements and changes up to that day (the first deadline and
    owner are in each change's ``foer``). ``givet`` is the day it was raised: the meeting's,
    or an efterskrift's when the efterskrift gave it."""

    meeting_id: str
    action_id: str
    punkt: str
    ansvarlig: str | None
    leverance: str
    frist: Dato | None
    frist_tekst: str
    afsluttet: date | None
    overskredet: bool
    snarest: bool = False
    note: str | None = None
    afsluttet_ved: str | None = None
    historik: tuple[Aendring, ...] = ()
    givet: date | None = None


@frozen
class Fremmoede:
    navn: str
    moeder: tuple[date, ...]
    afbud: tuple[date, ...]


@frozen
class Moede:
    meeting_id: str
    body: str
    dato: date
    tid: str | None
    sted: str | None
    sagsnr: str | None
    deltagere: tuple[str, ...]
    afbud: tuple[str, ...]
    gaester: tuple[str, ...]
    referent: tuple[str, ...]
    udkast: bool = False  # the agenda is a draft not yet sent out (secretariat only)
    planlagt: bool = False  # announced by an earlier meeting, not held (no referat yet)
    annonceret_ved: str | None = None  # the item that announced it ("socdir-… pkt. 9")
    kilde: str | None = None  # the record's source document (its ``kilde:``), if it names one


@frozen
class BaaretFakta:
    """A fact a decision carries; ``sag`` the sub-matter that carries it, if one does;
    ``besluttet_af`` when another body decided it (the item reports it): "besluttet af KKR og
    de nordjyske byråd (dato ikke angivet) (ifølge kilden)", with the source's words in
    ``ekstern_tekst``."""

    kind: str
    summary: str
    sag: str | None = None
    note: str | None = None  # the record's source note on the fact
    besluttet_af: str | None = None
    ekstern_tekst: str | None = None


@frozen
class SagBeslutning:
    """A sub-matter of an item's decision with its own outcome (never the item's copied)."""

    id: str
    titel: str
    outcome: str
    klausuler: tuple[int, ...] = ()
    referat: str | None = None
    bemaerkninger: tuple[str, ...] = ()
    anbefaling_til: str | None = None
    note: str | None = None
    fakta: tuple[BaaretFakta, ...] = ()

    @property
    def outcome_tekst(self) -> str:
        return OUTCOME_TEXT[self.outcome]


@frozen
class ReferatBilag:
    tekst: str
    punkt: str | None = None


@frozen
class Efterskrift:
    """The efterskrift; ``punkt`` the item it adds to, ``bemaerkninger`` its remarks
    verbatim (its actions are the item's, in ``actions()`` with ``givet`` its date)."""

    tekst: str
    dato: date | None
    underskriver: str | None
    punkt: str | None = None
    bemaerkninger: tuple[str, ...] = ()


@frozen
class NaesteMoede:
    """The next meeting as an item of this meeting announced it (``dato`` None: "udmeldes
    senere"; a partial date as the minutes' words)."""

    punkt: str
    dato: str | None
    tid: str | None
    sted: str | None
    tekst: str | None
    planlagt_id: str | None  # the planned meeting it created, when the day is known


@frozen
class MoedeTekst:
    """A meeting's own text besides its items: the document's heading as printed, the
    record's notes, bilag attached to the referat, the efterskrift, the next meeting."""

    meeting_id: str
    overskrift: str | None = None
    noter: tuple[str, ...] = ()
    bilag: tuple[ReferatBilag, ...] = ()
    efterskrift: Efterskrift | None = None
    naeste_moede: NaesteMoede | None = None


def _external_columns(m: Meta) -> tuple[str | None, str | None]:
    """Who decided a fact when that body's minutes are not in the record, and the words."""
    if m.external is None:
        return None, None
    return m.external.describe(), m.external.tekst


@frozen
class Beslutning:
    """A decision as the decision history shows it, with the facts it carries."""

    meeting_id: str
    body: str
    dato: date
    punkt: str
    titel: str
    outcome: str
    referat: str
    bemaerkninger: tuple[str, ...]
    document: str
    fakta: tuple[BaaretFakta, ...] = ()
    anbefaling_til: str | None = None
    godkender_referat_af: str | None = None
    klausuler: tuple[Klausul, ...] = ()
    position: int | None = None
    """Where the decision is in the log (its proof: ``socialaftale prove inclusion``)."""
    sager: tuple[SagBeslutning, ...] = ()
    """The item's sub-matters; under an outcome filter that the item's own outcome does not
    meet, only the sub-matters that meet it (and ``kun_sager`` is set)."""
    afledt: bool = False
    """The item's outcome is derived from its sub-matters; the minutes state none."""
    kun_sager: bool = False
    """Found by an outcome filter for some of its sub-matters, not for the item itself."""
    note: str | None = None
    """The record's source note on the decision (not the minutes' words)."""

    @property
    def noter(self) -> tuple[str, ...]:
        """The decision's source note and those of the facts it carries."""
        return tuple(n for n in (self.note, *(f.note for f in self.fakta)) if n)
    sammenfatning: str | None = None
    """The recorder's own summary (issue 17): shown as such, never as the minutes' words."""
    kilde_sted: str | None = None
    """The page and lines of the document the decision stands in, where the record names them."""

    @property
    def outcome_tekst(self) -> str:
        text = OUTCOME_TEXT[self.outcome]
        return f"{text} (afledt af sagerne)" if self.afledt else text


@frozen
class Dagsordenspunkt:
    """An agenda item as the record gives it: its title, the at-clauses of its indstilling
    and its bilag (the minutes' words), its resumé and sagsfremstilling when recorded, who
    introduces it and where it was raised."""

    nummer: str
    titel: str
    art: str
    indstilling: tuple[str, ...] = ()
    bilag: tuple[str, ...] = ()
    resume: str | None = None
    sagsfremstilling: str | None = None
    indleder: str | None = None
    rejst_ved: str | None = None


@frozen
class Traef:
    """A decision found by a search, its snippet with the matched words marked «…», and how
    well it matched (higher is better; comparable within one search only)."""

    beslutning: Beslutning
    snippet: str
    rang: float


SEARCH_CANDIDATES = 1000
"""How many of a decision search's newest matches are ranked (see ``decision_search``)."""
SEARCH_WINDOW = 4
"""PostgreSQL: how many times the candidates' number of newest decisions a search tests
row by row before it asks the GIN index (a word in a quarter of them fills it there)."""


@frozen
class Beslutningssoegning:
    """One page of a decision search: the hits, how many candidates were ranked
    (``antal``), and whether older matches beyond :data:`SEARCH_CANDIDATES` were left out
    (``begraenset``)."""

    traef: tuple[Traef, ...]
    side: int
    pr_side: int
    antal: int
    begraenset: bool

    @property
    def sider(self) -> int:
        return max(1, -(-self.antal // self.pr_side))


class MeetingsQueries:
    """Meeting and decision queries, mixed into :class:`socialaftale.Socialaftale`."""

    search_candidates: int = SEARCH_CANDIDATES
    """How many newest matches a decision search ranks (an instance may set fewer)."""
    search_whole_word_first: bool = True
    """Read the whole words (and stems) before the prefixes; False only for the
    benchmark's same-run baseline (benchmarks/search_speed.py)."""
    search_window_first: bool = True
    """PostgreSQL: test the newest decisions before the GIN bitmap (see SEARCH_WINDOW);
    False only for the benchmark's same-run baseline."""

    db: Database

    def agenda(self, meeting_id: str) -> tuple[Dagsordenspunkt, ...]:
        """The meeting's agenda items in the minutes' order (empty for an unknown meeting)."""
        rows = self.db.query("SELECT nummer, titel, art, indstilling, bilag, resume,"
                             " sagsfremstilling, indleder, rejst_ved FROM meeting_item WHERE"
                             " meeting_id = ? ORDER BY position", (meeting_id,))
        return tuple(Dagsordenspunkt(r[0], r[1], r[2], tuple(json.loads(r[3])),
                                     tuple(json.loads(r[4])), r[5], r[6], r[7], r[8])
                     for r in rows)

    def draft_referater(self) -> frozenset[str]:
        """The meetings whose referat is being taken in the browser and not yet published:
        their decisions are the secretariat's draft, shown to no one else."""
        return frozenset(r[0] for r in self.db.query("SELECT meeting_id FROM meeting_kladde"))

    def referat_published(self) -> dict[str, date]:
        """The day each referat taken in the browser was published (a referat from the
        minutes has none: it was public when recorded)."""
        return {str(r[0]): date.fromisoformat(r[1]) for r in self.db.query(
            "SELECT meeting_id, dato FROM meeting_offentliggjort")}

    def meetings(self, body: str | None = None) -> tuple[Moede, ...]:
        """Meetings, oldest first, optionally of one body."""
        sql = f"SELECT {_MEETING_COLUMNS} FROM meeting"
        params: tuple[str, ...] = ()
        if body:
            names = forum_names(self.db, body)
            sql = sql + f" WHERE body IN ({', '.join('?' for _ in names)})"
            params = names
        held = [_held(r) for r in self.db.query(sql + " ORDER BY dato, meeting_id", params)]
        planned_sql = f"SELECT {_PLANNED_COLUMNS} FROM meeting_planned"
        if body:
            planned_sql += f" WHERE body IN ({', '.join('?' for _ in params)})"
        planned = [_planned(r) for r in self.db.query(planned_sql, params)]
        if not planned:
            return tuple(held)
        return tuple(sorted([*held, *planned], key=lambda x: (x.dato, x.meeting_id)))

    def meeting(self, meeting_id: str) -> Moede | None:
        """One meeting, held or planned (None: no such meeting), read by its key: a
        meeting's documents and pages do not read every meeting (issue 23)."""
        rows = self.db.query(f"SELECT {_MEETING_COLUMNS} FROM meeting WHERE meeting_id = ?",
                             (meeting_id,))
        if rows:
            return _held(rows[0])
        rows = self.db.query(f"SELECT {_PLANNED_COLUMNS} FROM meeting_planned WHERE"
                             " meeting_id = ?", (meeting_id,))
        return _planned(rows[0]) if rows else None

    def decided_meetings(self) -> frozenset[str]:
        """The meetings with at least one decision recorded: read from the index, without
        decoding the decisions (the feed's referat entries)."""
        return frozenset(str(r[0]) for r in self.db.query(
            "SELECT DISTINCT meeting_id FROM meeting_decision"))

    def meeting_decisions(self, meeting_id: str) -> tuple[Beslutning, ...]:
        """The decisions of one meeting, in the order they were recorded: read through the
        (meeting_id, nummer) index, not filtered out of the whole history (the referat of
        one meeting read 74,561 decisions at 100k events; issue 23)."""
        rows = self.db.query(f"SELECT {_DECISION_COLUMNS} FROM meeting_decision WHERE"
                             " meeting_id = ? ORDER BY position", (meeting_id,))
        return tuple(self._decisions_of(rows))

    def meeting_page(self, body: str | None = None, year: int | None = None, *,
                     drafts: bool = True, offset: int = 0,
                     limit: int = 50) -> tuple[int, tuple[Moede, ...]]:
        """How many of :meth:`meetings` (of ``body``, in ``year``) there are, and ``limit``
        of them from ``offset`` on, in its order; ``drafts`` False: without the meetings
        whose agenda is a draft not yet sent out.

        Counted and paged by the read model: only the page's meetings are read and
        decoded, not every meeting's attendance (issue 23)."""
        where: list[str] = []
        params: list[object] = []
        if body:
            names = forum_names(self.db, body)
            where.append(f"body IN ({', '.join('?' for _ in names)})")
            params.extend(names)
        if year is not None:
            where.append("dato >= ? AND dato <= ?")
            params += [f"{year:04d}-01-01", f"{year:04d}-12-31"]
        planned_cond = " WHERE " + " AND ".join(where) if where else ""
        if not drafts:
            where.append("udkast = 0")
        held_cond = " WHERE " + " AND ".join(where) if where else ""
        both = [*params, *params]
        counted = self.db.query(f"SELECT (SELECT COUNT(*) FROM meeting{held_cond}) + (SELECT"
                                f" COUNT(*) FROM meeting_planned{planned_cond})", both)
        keys = self.db.query(
            f"SELECT dato, meeting_id, 0 FROM meeting{held_cond} UNION ALL SELECT dato,"
            f" meeting_id, 1 FROM meeting_planned{planned_cond} ORDER BY 1, 2 LIMIT ? OFFSET ?",
            [*both, limit, offset])
        found: dict[tuple[int, str], Moede] = {}
        for kind, columns, table, decode in ((0, _MEETING_COLUMNS, "meeting", _held),
                                             (1, _PLANNED_COLUMNS, "meeting_planned", _planned)):
            ids = [str(k[1]) for k in keys if k[2] == kind]
            if ids:
                found.update(((kind, m.meeting_id), m) for m in map(decode, self.db.query(
                    f"SELECT {columns} FROM {table} WHERE meeting_id IN"
                    f" ({', '.join('?' for _ in ids)})", ids)))
        return int(counted[0][0]), tuple(found[(int(k[2]), str(k[1]))] for k in keys)

    def meeting_choices(self) -> tuple[list[str], list[int]]:
        """The bodies and the years (newest first) of every meeting, held or planned: the
        choices of the meeting list's filters, without reading the meetings themselves."""
        bodies = self.db.query("SELECT DISTINCT body FROM meeting UNION SELECT body FROM"
                               " meeting_planned")
        years = self.db.query("SELECT DISTINCT substr(dato, 1, 4) FROM meeting UNION SELECT"
                              " substr(dato, 1, 4) FROM meeting_planned")
        return sorted(str(r[0]) for r in bodies), sorted((int(r[0]) for r in years),
                                                         reverse=True)

    def meeting_text(self, meeting_id: str) -> MoedeTekst:
        """The meeting's own text besides its items (empty where the record has none)."""
        found = MoedeTekst(meeting_id)
        row = self.db.query("SELECT overskrift, noter, bilag, efterskrift FROM meeting_text"
                            " WHERE meeting_id = ?", (meeting_id,))
        if row:
            overskrift, noter, bilag, efterskrift = row[0]
            f = json.loads(efterskrift) if efterskrift else None
            found = MoedeTekst(
                meeting_id, overskrift, tuple(json.loads(noter)),
                tuple(ReferatBilag(b["tekst"], b["punkt"]) for b in json.loads(bilag)),
                None if f is None else Efterskrift(
                    f["tekst"], date.fromisoformat(f["dato"]) if f["dato"] else None,
                    f["underskriver"], f.get("punkt"), tuple(f.get("bemaerkninger", ()))))
        announced = self.db.query(
            "SELECT a.punkt, a.dato, a.tid, a.sted, a.tekst, p.meeting_id FROM"
            " meeting_announcement a LEFT JOIN meeting_planned p ON p.annonceret_ved ="
            " a.meeting_id || ' pkt. ' || a.punkt WHERE a.meeting_id = ?", (meeting_id,))
        if announced:
            a = announced[0]
            found = MoedeTekst(found.meeting_id, found.overskrift, found.noter, found.bilag,
                               found.efterskrift, NaesteMoede(*a))
        return found

    def facts_of_decision(self, meeting_id: str, punkt: str) -> tuple[BaaretFakta, ...]:
        """The facts in other contexts that this decision carries."""
        meeting = ((None, meeting_id, None, None, punkt),)  # the columns _facts_of reads
        return tuple(self._facts_of(meeting).get((meeting_id, punkt), ()))

    def decisions(
        self,
        search: str | None = None,
        body: str | None = None,
        from_date: date | None = None,
        to_date: date | None = None,
        outcome: str | None = None,
        organisation: str | None = None,
    ) -> tuple[Beslutning, ...]:
        """The decision history, filtered; ``search`` keeps decisions whose item title,
        indstilling or referat has every word (as a word or its beginning, any letter case;
        on PostgreSQL also another form of the word: "udmeldingen" finds "udmelding")."""
        where, params, outcome = self._decision_filter(search, body, from_date, to_date,
                                                       outcome, organisation)
        sql = f"SELECT {_DECISION_COLUMNS} FROM meeting_decision"
        if where:
            sql += " WHERE " + " AND ".join(where)
        rows = self.db.query(sql + " ORDER BY dato, position", params)
        return _as_filtered(self._decisions_of(rows), outcome)

    def decision_page(
        self,
        search: str | None = None,
        body: str | None = None,
        from_date: date | None = None,
        to_date: date | None = None,
        outcome: str | None = None,
        organisation: str | None = None,
        *,
        offset: int = 0,
        limit: int = 50,
        public: bool = False,
    ) -> tuple[int, tuple[Beslutning, ...]]:
        """How many decisions :meth:`decisions` finds with these filters, and ``limit`` of
        them from ``offset`` on, in its order; ``public``: without the decisions of a
        referat still a draft (:meth:`draft_referater`).

        Counted and paged by the read model, so a page decodes only its own decisions,
        not the whole history's (5.3 s p99 at 100k events before; issue 23)."""
        where, params, outcome = self._decision_filter(search, body, from_date, to_date,
                                                       outcome, organisation)
        hidden = sorted(self.draft_referater()) if public else []
        if hidden:  # few, and usually none: then the count is the index's alone
            where.append(f"meeting_id NOT IN ({', '.join('?' for _ in hidden)})")
            params.extend(hidden)
        cond = " WHERE " + " AND ".join(where) if where else ""
        counted = self.db.query(f"SELECT COUNT(*) FROM meeting_decision{cond}", params)
        positions = [int(r[0]) for r in self.db.query(
            f"SELECT position FROM meeting_decision{cond} ORDER BY dato, position"
            " LIMIT ? OFFSET ?", [*params, limit, offset])]
        found = self._decisions_at(positions)
        return int(counted[0][0]), _as_filtered([found[p] for p in positions], outcome)

    def _decision_filter(self, search: str | None, body: str | None, from_date: date | None,
                         to_date: date | None, outcome: str | None, organisation: str | None,
                         ) -> tuple[list[str], list[object], str | None]:
        """The conditions and parameters of :meth:`decisions`' filters, and the model's
        outcome for ``outcome`` (the name as a user typed it)."""
        where: list[str] = []
        params: list[object] = []
        query = _fts_query(self.db.dialect, search or "", "search")
        if query is not None:
            where.append(self._matches())
            params.append(query)
        if organisation:
            # Named in the item or referat, or the subject of a fact the decision carries
            # (an offer of that driftsherre, a municipality's share).
            org_query = _fts_query(self.db.dialect, organisation, "organisation")
            organisation = _storable(organisation)
            slug = _slug(organisation)
            # A name without a word ('"<%') matches no text; an empty MATCH is an error.
            named = self._matches() if org_query is not None else "1 = 0"
            where.append(
                f"({named} OR EXISTS (SELECT 1 FROM decision_fact f WHERE"
                " f.meeting_id = meeting_decision.meeting_id AND f.nummer ="
                " meeting_decision.nummer AND (f.emne LIKE ? OR lower(f.emne) = lower(?) OR"
                " f.stream IN (SELECT stream FROM tilbud_version WHERE tilbud_key LIKE ?))))")
            params += [*([org_query] if org_query is not None else []), f"{slug}/%",
                       organisation, f"{slug}/%"]
        if body is not None:
            names = forum_names(self.db, body)
            where.append(f"body IN ({', '.join('?' for _ in names)})")
            params.extend(names)
        if outcome is not None:
            outcome = outcome_named(outcome)
            # The item's own outcome, or one of its sub-matters': two index lookups (an
            # EXISTS per row read every decision, 150 ms to count at 100k events).
            where.append("(outcome = ? OR position IN (SELECT d.position FROM decision_matter"
                         " s JOIN meeting_decision d ON d.meeting_id = s.meeting_id AND"
                         " d.nummer = s.nummer WHERE s.outcome = ?))")
            params += [outcome, outcome]
        for column, op, value in (("dato", ">=", from_date),
                                  ("dato", "<=", to_date)):
            if value is not None:
                where.append(f"{column} {op} ?")
                params.append(value.isoformat() if isinstance(value, date) else value)
        return where, params, outcome

    def _decisions_of(self, rows: Sequence[tuple[Any, ...]]) -> list[Beslutning]:
        """The decisions of ``rows`` (columns :data:`_DECISION_COLUMNS`) with their facts,
        sub-matters and notes, each read in one query per batch."""
        facts = self._facts_of(rows)
        matters = self._matters_of(rows, facts)
        notes = self._decision_notes(rows)
        return [self._decision(r, facts, matters, notes) for r in rows]

    def _matters_of(self, rows: Sequence[tuple[Any, ...]],
                    facts: dict[tuple[str, str], list[BaaretFakta]],
                    ) -> dict[tuple[str, str], list[SagBeslutning]]:
        """The sub-matters of the decisions in ``rows``."""
        found: dict[tuple[str, str], list[SagBeslutning]] = {}
        for where, params in _decision_batches(rows):
            for (meeting_id, nummer, sag, titel, outcome, klausuler, referat, bemaerkninger,
                 anbefaling, note) in self.db.query(
                    "SELECT meeting_id, nummer, sag, titel, outcome, klausuler, referat,"
                    " bemaerkninger, anbefaling_til, note FROM decision_matter WHERE"
                    f" {where} ORDER BY meeting_id, nummer, position", params):
                carried = tuple(f for f in facts.get((meeting_id, nummer), ()) if f.sag == sag)
                found.setdefault((meeting_id, nummer), []).append(SagBeslutning(
                    sag, titel, outcome, tuple(json.loads(klausuler)), referat,
                    tuple(json.loads(bemaerkninger)), anbefaling, note, carried))
        return found

    def _facts_of(self, rows: Sequence[tuple[Any, ...]]) -> dict[tuple[str, str],
                                                                   list[BaaretFakta]]:
        """The facts carried by the decisions in ``rows``, read in one query per batch of
        meetings (not per meeting: each query is a round trip, and on a busy server a wait)."""
        found: dict[tuple[str, str], list[BaaretFakta]] = {}
        for where, params in _decision_batches(rows, "f."):
            for meeting_id, nummer, kind, summary, sag, note, decided_by, words in self.db.query(
                    "SELECT f.meeting_id, f.nummer, f.kind, f.summary, f.sag, n.note,"
                    " f.besluttet_af, f.ekstern_tekst FROM decision_fact f LEFT JOIN"
                    f" meeting_note n ON n.position = f.position WHERE {where}"
                    " ORDER BY f.position", params):
                found.setdefault((meeting_id, nummer), []).append(
                    BaaretFakta(kind, summary, sag, note, decided_by, words))
        return found

    def _decision_notes(self, rows: Sequence[tuple[Any, ...]]) -> dict[int, str]:
        """The source notes of the decisions in ``rows``, by log position."""
        found: dict[int, str] = {}
        for where, params in _decision_batches(rows):
            found.update(self.db.query(f"SELECT position, note FROM meeting_note WHERE {where}"
                                       " AND kind = 'beslutning'", params))
        return found

    def _decision(self, r: tuple[Any, ...],
                  facts: dict[tuple[str, str], list[BaaretFakta]],
                  matters: dict[tuple[str, str], list[SagBeslutning]],
                  notes: dict[int, str]) -> Beslutning:
        return Beslutning(r[1], r[2], date.fromisoformat(r[3]), r[4], r[5], r[6], r[7],
                          tuple(json.loads(r[8])), r[9], tuple(facts.get((r[1], r[4]), ())),
                          r[10], r[11], tuple(Klausul(k["nummer"], k["outcome"], k.get("note"))
                                              for k in json.loads(r[12])), int(r[0]),
                          tuple(matters.get((r[1], r[4]), ())), bool(r[13]),
                          note=notes.get(int(r[0])), sammenfatning=r[14], kilde_sted=r[15])

    def _matches(self) -> str:
        if self.db.dialect == "postgresql":
            return "tsv @@ to_tsquery('danish', ?)"
        return "position IN (SELECT rowid FROM decision_fts WHERE decision_fts MATCH ?)"

    def search_decisions(self, text: str, limit: int = 50) -> tuple[Traef, ...]:
        """Decisions matching ``text``, best first, each with a snippet where the matched
        words are marked «like this» (a frontend turns the marks into highlighting): the
        first page of :meth:`decision_search`."""
        return self.decision_search(text, pr_side=limit).traef

    def decision_search(self, text: str, *, side: int = 1,
                        pr_side: int = 50) -> Beslutningssoegning:
        """Page ``side`` of the decisions matching ``text``, ranked within the newest
        :data:`SEARCH_CANDIDATES` matches (by log position): those with every word in the
        item's title first, then by the store's rank (bm25 / ts_rank), then newest.

        Bounding the candidates keeps a page's cost the same whether a query matches a
        hundred decisions or a hundred thousand (only the candidates are ranked, only the
        page gets snippets); ``begraenset`` says when older matches were left out."""
        if side < 1 or not 1 <= pr_side <= 200:
            raise DomainError("side skal være 1 eller mere og pr. side mellem 1 og 200",
                              rule="soegning-side", field="side")
        query = _fts_query(self.db.dialect, text, "text")
        if query is None:
            return Beslutningssoegning((), side, pr_side, 0, False)
        if self.db.dialect == "postgresql":
            # ``position + 0``: not the primary key's order, which the planner would walk
            # backwards testing every row's tsvector until it had enough (slow for a rare
            # word); the GIN index finds the matches and a top-N sort keeps the newest.
            # The whole words first, as on SQLite (below), so both stores take the same
            # candidates.
            # A common lexeme's bitmap is linear in its matches (88 ms for «kommune» at
            # 100k events), so the newest SEARCH_WINDOW decisions are tested first, walking
            # the primary key backwards (0.5 ms): when they hold enough matches those are
            # the newest matches, the same candidates; when not, the bitmap (cheap then).
            def candidates(q: str) -> list[tuple[Any, ...]]:
                limit = self.search_candidates + 1
                if self.search_window_first:
                    rows = self.db.query(
                        "SELECT c.position, ts_rank(c.tsv, to_tsquery('danish', ?)), c.titel"
                        " FROM (SELECT position, tsv, titel FROM meeting_decision ORDER BY"
                        " position DESC LIMIT ?) c WHERE c.tsv @@ to_tsquery('danish', ?)"
                        " LIMIT ?", (q, SEARCH_WINDOW * limit, q, limit))
                    if len(rows) == limit:
                        return rows
                return self.db.query(
                    "SELECT c.position, ts_rank(c.tsv, to_tsquery('danish', ?)), c.titel FROM"
                    " (SELECT position, tsv, titel FROM meeting_decision WHERE tsv @@"
                    " to_tsquery('danish', ?) ORDER BY position + 0 DESC LIMIT ?) c",
                    (q, q, limit))

            rows = (candidates(_fts_query(self.db.dialect, text, "text", prefix=False)
                               or query) if self.search_whole_word_first else [])
            if len(rows) <= self.search_candidates:
                rows = candidates(query)
        else:
            # FTS5 walks its index newest first and stops, bm25 for the candidates only; but
            # a prefix ("kommune"*) first merges the doclists of every word it begins, in
            # time linear in the matches (34 of 41 ms at 100k events). The whole word and
            # stem are read newest first without one: when they alone fill the
            # candidates those are ranked (prefix-only matches, "kommunekontaktråd", then
            # count only when they are among the newest exact ones); when they do not,
            # the prefix query runs as before, so a search that is not bounded finds the
            # same decisions on every store (issue 23, docs/performance.md).
            exact = _fts_query(self.db.dialect, text, "text", prefix=False)
            rows = (self._fts_candidates(exact or query) if self.search_whole_word_first
                    else [])
            if len(rows) <= self.search_candidates:
                rows = self._fts_candidates(query)
        limited = len(rows) > self.search_candidates
        rows = sorted(rows, key=lambda r: -int(r[0]))[:self.search_candidates]
        # every word as the beginning of a word of the title, any letter case
        starts = [re.compile(r"(?<!\w)" + re.escape(w), re.IGNORECASE)
                  for w in _WORD.findall(text)]

        def in_title(title: str) -> bool:
            return all(p.search(title) for p in starts)

        ranked = sorted(rows, key=lambda r: (not in_title(r[2]), -float(r[1]), -int(r[0])))
        page = ranked[(side - 1) * pr_side: side * pr_side]
        positions = [int(r[0]) for r in page]
        snippets = self._snippets(query, text, positions)
        by_position = self._decisions_at(positions)
        return Beslutningssoegning(
            tuple(Traef(by_position[p], snippets.get(p, ""), float(r[1]))
                  for p, r in zip(positions, page, strict=True)),
            side, pr_side, len(rows), limited)

    def _fts_candidates(self, query: str) -> list[tuple[Any, ...]]:
        """The newest :attr:`search_candidates` + 1 FTS5 matches of ``query``: position,
        bm25 (higher is better) and title."""
        return self.db.query(
            "SELECT c.rowid, c.r, m.titel FROM (SELECT rowid, -bm25(decision_fts) AS r"
            " FROM decision_fts WHERE decision_fts MATCH ? ORDER BY rowid DESC LIMIT ?) c"
            " JOIN meeting_decision m ON m.position = c.rowid",
            (query, self.search_candidates + 1))

    def _snippets(self, query: str, text: str, positions: list[int]) -> dict[int, str]:
        """The marked snippets of the decisions at ``positions`` (one page's)."""
        if not positions:
            return {}
        if self.db.dialect == "postgresql":
            marks = ", ".join("?" for _ in positions)
            rows = self.db.query(
                "SELECT position, ts_headline('danish', search, to_tsquery('danish', ?),"
                " 'StartSel=«, StopSel=», MaxWords=24, MinWords=8, MaxFragments=2,"
                " FragmentDelimiter=\" … \"') FROM meeting_decision"
                f" WHERE position IN ({marks})", (query, *positions))
        else:
            # Marked in Python from the indexed text: FTS5's snippet() re-runs the match (a
            # prefix query merges every word it begins) for each row, 2 ms a row at 10k.
            from .search import HIT_END, HIT_START, snippet

            words = [w.lower() for w in _WORD.findall(text)]
            marks = ", ".join("?" for _ in positions)
            rows = [(p, snippet(t, words, 16).replace(HIT_START, "«").replace(HIT_END, "»"))
                    for p, t in self.db.query("SELECT position, search FROM meeting_decision"
                                              f" WHERE position IN ({marks})", positions)]
        return {int(p): str(t) for p, t in rows}

    def _decisions_at(self, positions: list[int]) -> dict[int, Beslutning]:
        if not positions:
            return {}
        marks = ", ".join("?" for _ in positions)
        rows = self.db.query(f"SELECT {_DECISION_COLUMNS} FROM meeting_decision WHERE position"
                             f" IN ({marks})", positions)
        return {int(d.position or 0): d for d in self._decisions_of(rows)}

    def actions(self, today: date, *, open_only: bool = True,
                owner: str | None = None) -> tuple[Opfoelgning, ...]:
        """Follow-up actions as of ``today``: those assigned by then, open (and overdue) as
        they were then, with the postponements and changes decided by then. Overdue first
        (a partial deadline only after its latest day; "snarest" never), then by deadline
        ("næste møde" resolves to the date of the body's next scheduled meeting), then
        "snarest", then "næste møde" not yet scheduled, then those without a deadline;
        actions of the same standing in the order they were assigned. ``owner`` matches
        part of the owner's name as of ``today`` ("ikke angivet": the unknown owners)."""
        day = today.isoformat()
        where = " AND (a.afsluttet IS NULL OR a.afsluttet > ?)" if open_only else ""
        rows = self.db.query(
            "SELECT a.meeting_id, a.action_id, a.punkt, a.ansvarlig, a.leverance, a.frist,"
            " a.naeste, a.afsluttet, CASE WHEN a.naeste = 1 THEN (SELECT MIN(n.dato) FROM"
            " (SELECT body, dato FROM meeting UNION ALL SELECT body, dato FROM meeting_planned)"
            " n WHERE n.body = a.body AND n.dato > a.dato) END, a.dato, a.frist_delvis,"
            " a.snarest, a.note, a.afsluttet_ved, a.historik, a.body,"
            " COALESCE(a.givet, a.dato) FROM meeting_action a"
            " WHERE COALESCE(a.givet, a.dato) <= ?" + where, (day, day) if open_only else (day,))
        found: list[tuple[tuple[Any, ...], Opfoelgning]] = []
        for (mid, aid, punkt, ansvarlig, leverance, frist, naeste, afsluttet, nxt, dato,
             delvis, snarest, note, ved, historik, body, givet) in rows:
            now = _Frist(_dato_of(frist, delvis), bool(naeste), bool(snarest),
                         date.fromisoformat(nxt) if nxt else None)
            changes: list[Aendring] = []
            for c in json.loads(historik):
                if c["dato"] > day:
                    continue
                if c["art"] == "udsat":
                    new = _Frist(_dato_of(c["frist"], c["frist_delvis"]), c["naeste"],
                                 c["snarest"], self._next_meeting(body, c["fra"]))
                    changes.append(Aendring(date.fromisoformat(c["dato"]), "udsat",
                                            new.text(), now.text(), c["ved"], c["grund"]))
                    now = new
                else:
                    before = _owner_text(ansvarlig, leverance)
                    ansvarlig = c["ansvarlig"] or ansvarlig
                    leverance = c["leverance"] or leverance
                    changes.append(Aendring(date.fromisoformat(c["dato"]), "ændret",
                                            _owner_text(ansvarlig, leverance), before,
                                            c["ved"], c["grund"]))
            if owner is not None and owner.lower() not in (ansvarlig or "ikke angivet").lower():
                continue
            done = date.fromisoformat(afsluttet) if afsluttet and afsluttet <= day else None
            deadline = now.deadline()
            last = deadline.latest if isinstance(deadline, PartialDate) else deadline
            late = last is not None and done is None and last < today
            standing = 0 if deadline else 1 if now.snarest else 2 if now.naeste else 3
            found.append(((not late, standing, dato_earliest(deadline) if deadline
                           else date.max, dato, mid, aid),
                          Opfoelgning(mid, aid, punkt, ansvarlig, leverance, deadline,
                                      now.text(), done, late, now.snarest, note,
                                      ved if done else None, tuple(changes),
                                      date.fromisoformat(givet))))
        return tuple(a for _, a in sorted(found, key=lambda pair: pair[0]))

    def _next_meeting(self, body: str, after: str) -> date | None:
        """The date of the body's first meeting after ``after`` ("til næste møde"), held or
        planned by an announcement."""
        row = self.db.query("SELECT MIN(dato) FROM (SELECT body, dato FROM meeting UNION ALL"
                            " SELECT body, dato FROM meeting_planned) n WHERE body = ? AND"
                            " dato > ?", (body, after))
        return date.fromisoformat(row[0][0]) if row and row[0][0] else None

    def attendance(self, body: str, from_date: date | None = None,
                   to_date: date | None = None) -> tuple[Fremmoede, ...]:
        """Who attended (and who sent apologies to) which meetings of a body."""
        names = forum_names(self.db, body)
        rows = self.db.query(
            "SELECT navn, art, dato FROM meeting_attendance WHERE body IN"
            f" ({', '.join('?' for _ in names)}) AND dato >= ? AND dato <= ? ORDER BY navn, dato",
            (*names, (from_date or date.min).isoformat(), (to_date or date.max).isoformat()))
        people: dict[str, tuple[list[date], list[date]]] = {}
        for navn, art, dato in rows:
            came, away = people.setdefault(navn, ([], []))
            (came if art != "afbud" else away).append(date.fromisoformat(dato))
        return tuple(Fremmoede(n, tuple(c), tuple(a)) for n, (c, a) in people.items())

    def referat_html(self, meeting_id: str) -> str:
        """The referat as an HTML fragment (every text escaped), in the minutes' layout."""
        return document.html(self._document(meeting_id, referat=True), "referat")

    def dagsorden_markdown(self, meeting_id: str) -> str:
        """The dagsorden before the meeting: header and items with indstilling and bilag."""
        return document.markdown(self._document(meeting_id, referat=False))

    def dagsorden_html(self, meeting_id: str) -> str:
        """The dagsorden as an HTML fragment (every text escaped)."""
        return document.html(self._document(meeting_id, referat=False), "dagsorden")

    def referat_markdown(self, meeting_id: str) -> str:
        """The referat in the layout of the real minutes, as Markdown (the record's texts
        escaped, so a referat's own "## 9" or "**Beslutning:**" stays text)."""
        return document.markdown(self._document(meeting_id, referat=True))

    def _document(self, meeting_id: str, *, referat: bool) -> list[Block]:
        m = self.meeting(meeting_id)
        if m is None:
            raise KeyError(f"ukendt møde {meeting_id}")
        if m.planlagt:
            return _planned_document(m)
        if not referat and meeting_id in self.draft_referater():
            # attendance saved in the browser belongs to the draft referat (issue 20)
            m = evolve(m, deltagere=(), afbud=(), gaester=(), referent=())
        own = self.meeting_text(meeting_id)
        kind = "Referat" if referat else "Dagsorden"
        blocks = [Block("title", f"{kind}: {m.body}")]
        if own.overskrift:
            blocks.append(Block("field", own.overskrift, "Dokumentets overskrift"))
        blocks += [Block("field", m.body, "Møde"),
                  Block("field", f"{m.dato.strftime('%d.%m.%Y')}"
                                 f"{', ' + m.tid if m.tid else ''}", "Tid"),
                  Block("field", m.sted or "ikke angivet", "Sted"),
                  Block("field", ", ".join(m.deltagere), "Deltagere"),
                  Block("field", ", ".join(m.afbud) or "ingen", "Afbud")]
        if m.gaester:
            blocks.append(Block("field", ", ".join(m.gaester), "Gæster"))
        if m.sagsnr:
            blocks.append(Block("field", m.sagsnr, "Sagsnr./Dok.nr."))
        decided = {d.punkt: d for d in self.meeting_decisions(meeting_id)}
        items = self.db.query("SELECT nummer, titel, indstilling, bilag, resume,"
                              " sagsfremstilling, indleder, rejst_ved FROM meeting_item WHERE"
                              " meeting_id = ? ORDER BY position", (meeting_id,))
        for nummer, titel, indstilling, bilag, resume, sagsfremstilling, indleder, rejst in items:
            blocks.append(Block("item", titel, nummer))
            if rejst:
                blocks.append(Block("text", f"Rejst under {rejst}"))
            if indleder:
                blocks.append(Block("text", f"{indleder} indleder punktet"))
            for label, text in (("Resumé", resume), ("Sagsfremstilling", sagsfremstilling)):
                if text:
                    blocks += [Block("label", label), Block("text", text)]
            d = decided.get(nummer) if referat else None
            if json.loads(indstilling):
                per_clause = {k.nummer: k for k in d.klausuler} if d else {}
                blocks.append(Block("label", "Indstilling"))
                blocks += [Block("entry", f"{x}{_clause_text(per_clause.get(i))}")
                           for i, x in enumerate(json.loads(indstilling), start=1)]
            if json.loads(bilag):
                blocks.append(Block("label", "Bilag"))
                blocks += [Block("entry", x) for x in json.loads(bilag)]
            if d is not None:
                blocks.append(Block("label", "Referat"))
                if d.referat:  # an item whose minutes speak only under its sager has none
                    blocks.append(Block("text", d.referat))
                blocks += [Block("entry", x) for x in _not_said(d.bemaerkninger, d.referat)]
                if d.sammenfatning:
                    blocks += [Block("label", SAMMENFATNING), Block("text", d.sammenfatning)]
                blocks += _matter_blocks(d)
                blocks += [Block("text", f"Note (optegnelsens): {x}") for x in d.noter]
                blocks += _external_blocks(d.fakta)
            n = own.naeste_moede
            if n is not None and n.punkt == nummer:
                blocks += [Block("label", "Næste møde"), Block("text", _announced(n))]
        if referat:
            blocks += _meeting_text_blocks(own)
        corrections = self.db.query("SELECT recorded_on, summary FROM meeting_correction WHERE"
                                    " meeting_id = ? ORDER BY position", (meeting_id,))
        if referat and corrections:
            blocks.append(Block("label", "Rettelser"))
            blocks += [Block("entry", f"Rettet {when}: {summary}")
                       for when, summary in corrections]
        return blocks


#: How the recorder's own summary is labelled wherever it is shown (issue 17).
SAMMENFATNING = "Registrators sammenfatning (ikke referatets ord)"


def _matter_blocks(d: Beslutning) -> list[Block]:
    """An item's sub-matters under its referat, each with its own outcome; the item's
    outcome derived from them says so."""
    if not d.sager:
        return []
    head = f"Sager ({len(d.sager)})"
    if d.afledt:
        head += f"; punktets udfald afledt af sagerne: {OUTCOME_TEXT[d.outcome]}"
    blocks = [Block("label", head)]
    for s in d.sager:
        clauses = f", at-klausul {', '.join(map(str, s.klausuler))}" if s.klausuler else ""
        blocks.append(Block("entry", f"{s.titel} (sag {s.id}{clauses}) — {s.outcome_tekst}"))
        if s.referat and s.referat not in d.referat:  # the item's referat already says it
            blocks.append(Block("text", s.referat))
        blocks += [Block("entry", x)
                   for x in _not_said(s.bemaerkninger, s.referat, d.referat)]
    return blocks


def _not_said(remarks: Sequence[str], *texts: str | None) -> list[str]:
    """The remarks a reader has not just read: a remark that is a sentence of the referat
    shown above it (the item's or the sub-matter's) is held as a fact for queries, but the
    document does not print the sentence twice."""
    shown = [" ".join(t.split()) for t in texts if t]
    return [r for r in remarks if not any(" ".join(r.split()) in t for t in shown)]


def _planned_document(m: Moede) -> list[Block]:
    """A meeting announced but not held: no referat, no participants or afbud (unknown
    before the meeting, not "ingen")."""
    blocks = [Block("title", f"Planlagt møde: {m.body}"), Block("field", m.body, "Møde"),
              Block("field", f"{m.dato.strftime('%d.%m.%Y')}{', ' + m.tid if m.tid else ''}",
                    "Tid"),
              Block("field", m.sted or "ikke angivet", "Sted")]
    if m.annonceret_ved:
        blocks.append(Block("field", m.annonceret_ved, "Annonceret ved"))
    blocks.append(Block("text", "Mødet er planlagt; der er endnu intet referat."))
    return blocks


def _announced(n: NaesteMoede) -> str:
    when = n.dato or "dato udmeldes senere"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", when):
        when = date.fromisoformat(when).strftime("%d.%m.%Y")
    shown = ", ".join(x for x in (when, n.tid, n.sted) if x)
    return f"{shown}\n{n.tekst}" if n.tekst and n.tekst != shown else shown


def _meeting_text_blocks(text: MoedeTekst) -> list[Block]:
    """Bilag attached to the referat, the efterskrift and the record's own notes (marked as
    the record writer's, not the minutes' words)."""
    blocks: list[Block] = []
    if text.bilag:
        blocks.append(Block("label", "Bilag til referatet"))
        blocks += [Block("entry", f"{b.tekst}{f' (punkt {b.punkt})' if b.punkt else ''}")
                   for b in text.bilag]
    f = text.efterskrift
    if f is not None:
        label = f"Efterskrift (til punkt {f.punkt})" if f.punkt else "Efterskrift"
        blocks += [Block("label", label), Block("text", f.tekst)]
        signed = ", ".join(x for x in (f.dato.strftime("%d.%m.%Y") if f.dato else None,
                                       f.underskriver) if x)
        if signed:
            blocks.append(Block("text", signed))
    if text.noter:
        blocks.append(Block("label", "Noter (optegnelsens, ikke referatets ord)"))
        blocks += [Block("entry", x) for x in text.noter]
    return blocks


_ACTION_CHANGES = (ActionCompleted, ActionPostponed, ActionReassigned)


@frozen
class _Frist:
    """An action's deadline while its history is read: a day or partial date, "snarest",
    or "til næste møde" with that meeting's date once it is scheduled."""

    dato: Dato | None
    naeste: bool
    snarest: bool
    naeste_dato: date | None

    def deadline(self) -> Dato | None:
        return self.naeste_dato if self.naeste else self.dato

    def text(self) -> str:
        if self.naeste:
            return (f"næste møde ({self.naeste_dato.isoformat()})" if self.naeste_dato
                    else "næste møde (ikke fastsat)")
        if self.snarest:
            return "snarest"
        return dato_text(self.dato) if self.dato is not None else "frist ukendt"


def _frist_columns(frist: Dato | None) -> tuple[str | None, str | None]:
    """A deadline as the action table holds it: (ISO day, JSON of a partial date)."""
    if isinstance(frist, PartialDate):
        return None, _dumps({"year": frist.year, "month": frist.month, "part": frist.part})
    return (frist.isoformat() if frist else None), None


def _dato_of(day: str | None, partial: str | dict[str, Any] | None) -> Dato | None:
    if day:
        return date.fromisoformat(day)
    if partial:
        fields = json.loads(partial) if isinstance(partial, str) else partial
        return PartialDate(fields["year"], fields["month"], fields["part"])
    return None


def _owner_text(ansvarlig: str | None, leverance: str) -> str:
    return f"{ansvarlig or 'ikke angivet'}: {leverance}"


def _change_action(tx: Tx, e: ActionPostponed | ActionReassigned, on: date,
                   ved: str | None) -> None:
    """Append a later decision's change to the action's history (the first deadline and
    owner stay in their columns: history is never rewritten)."""
    row = tx.one("SELECT historik FROM meeting_action WHERE meeting_id = ? AND action_id = ?",
                 (e.meeting_id, e.action_id))
    assert row is not None
    history = json.loads(row[0])
    if isinstance(e, ActionPostponed):
        day, partial = _frist_columns(e.frist)
        history.append({"dato": on.isoformat(), "art": "udsat", "frist": day,
                        "frist_delvis": json.loads(partial) if partial else None,
                        "naeste": e.til_naeste_moede, "snarest": e.snarest,
                        "fra": e.fra.isoformat(), "grund": e.grund, "ved": ved})
    else:
        history.append({"dato": on.isoformat(), "art": "ændret", "ansvarlig": e.ansvarlig,
                        "leverance": e.leverance, "grund": e.grund, "ved": ved})
    tx.execute("UPDATE meeting_action SET historik = ? WHERE meeting_id = ? AND action_id = ?",
               (_dumps(history), e.meeting_id, e.action_id))


def _action_fact(tx: Tx, e: Any, summary: str) -> str:
    """A decision's fact about an earlier meeting's action names what it was."""
    row = tx.one("SELECT leverance FROM meeting_action WHERE meeting_id = ? AND action_id = ?",
                 (e.meeting_id, e.action_id))
    return f"{summary} — {row[0]} ({e.meeting_id})" if row else summary


def _external_blocks(facts: Sequence[BaaretFakta]) -> list[Block]:
    """The facts under an item that another body decided (the item only reports them), each
    with who decided as the source says, and the source's words."""
    told = [f for f in facts if f.besluttet_af]
    if not told:
        return []
    return [Block("label", "Andre organers beslutninger"), *(
        Block("entry", f"{f.summary} — {f.besluttet_af}"
                       f"{': »' + f.ekstern_tekst + '«' if f.ekstern_tekst else ''}")
        for f in told)]


def _clause_text(klausul: Klausul | None) -> str:
    if klausul is None:
        return ""
    note = f"; {klausul.note}" if klausul.note else ""
    return f" — {OUTCOME_TEXT[klausul.outcome]}{note}"
