"""People as identities: every spelling where it was seen, the confirmed merges, the
suggestions, and each meeting's structured attendance (substitutes, items, times, referent).

A spelling is seen where a meeting's lists write it (the participants, afbud, guests, the
referent, and the member a substitute stood in for); groups and affiliations add the names
they record. Two spellings are one person only when a :class:`SammenfaldBekraeftet` says so
(and no later :class:`SammenfaldAfkraeftet` undoes it); an identity is every spelling joined
by such confirmations. Suggestions come from ``foreslaa_sammenfald`` and stay suggestions.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, ClassVar

from attrs import frozen

from ..domain.common import DomainError, Recorded
from ..domain.meetings import Deltager, MeetingCorrected, MeetingScheduled
from ..domain.names import did_you_mean
from ..domain.personer import (
    SammenfaldAfkraeftet,
    SammenfaldBekraeftet,
    Sammenfaldsforslag,
    foreslaa_sammenfald,
    maybe_same,
    pair_key,
)
from ..readstore import Database, Projection, Tx
from .arbejdsgrupper import Rolle
from .fora import MoedeDeltagelse, Person, Tilknytning, person_of

__all__ = [
    "Deltagelse",
    "Forekomst",
    "PersonIdentitet",
    "PersonerProjection",
    "PersonerQueries",
    "Sammenfald",
    "Stavemaade",
    "fold_name",
]

#: How each list of a meeting is shown (the art of a row).
ART = {"deltagere": "deltog", "afbud": "afbud", "gaester": "gæst", "referent": "referent",
       "repraesenteret": "repræsenteret"}


class PersonerProjection(Projection):
    name = "personer"
    version = 2  # 2: person_seen_navn covers meeting_id (the names read without the rows)
    events = (MeetingScheduled, MeetingCorrected, SammenfaldBekraeftet, SammenfaldAfkraeftet)
    tables: ClassVar[tuple[str, ...]] = ("person_seen", "person_verdict")

    def create(self, tx: Tx) -> None:
        tx.execute(
            "CREATE TABLE IF NOT EXISTS person_seen (meeting_id TEXT NOT NULL, body TEXT NOT"
            " NULL, dato TEXT NOT NULL, liste TEXT NOT NULL, nummer INTEGER NOT NULL, navn TEXT"
            " NOT NULL, organisation TEXT, rolle TEXT, note TEXT, i_stedet_for TEXT, punkter"
            " TEXT NOT NULL, tid TEXT, referent INTEGER NOT NULL, repraesenteret_ved TEXT,"
            " document TEXT NOT NULL)")
        tx.execute("CREATE INDEX IF NOT EXISTS person_seen_navn ON person_seen (navn, meeting_id)")
        tx.execute("CREATE INDEX IF NOT EXISTS person_seen_meeting ON person_seen (meeting_id)")
        tx.execute(
            "CREATE TABLE IF NOT EXISTS person_verdict (position BIGINT PRIMARY KEY, navn_a"
            " TEXT NOT NULL, navn_b TEXT NOT NULL, par TEXT NOT NULL, samme INTEGER NOT NULL,"
            " grund TEXT NOT NULL, document TEXT NOT NULL, item TEXT, note TEXT, meeting TEXT,"
            " recorded_by TEXT NOT NULL, recorded_at TEXT NOT NULL, occurred_on TEXT NOT NULL)")

    def apply(self, tx: Tx, recorded: Recorded) -> None:
        e = recorded.event
        m = recorded.meta
        if isinstance(e, MeetingScheduled | MeetingCorrected):
            tx.execute("DELETE FROM person_seen WHERE meeting_id = ?", (e.meeting_id,))
            rows = list(_seen_rows(e, m.source.document))
            if rows:
                tx.executemany("INSERT INTO person_seen VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                               " ?, ?, ?, ?, ?)", rows)
        elif isinstance(e, SammenfaldBekraeftet | SammenfaldAfkraeftet):
            tx.execute(
                "INSERT INTO person_verdict VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (recorded.position, e.navn_a, e.navn_b, pair_key(e.navn_a, e.navn_b),
                 int(isinstance(e, SammenfaldBekraeftet)), e.grund, m.source.document,
                 m.source.item, m.source.note,
                 f"{m.decision.meeting} pkt. {m.decision.item}" if m.decision else None,
                 m.recorded_by, m.recorded_at.isoformat(), m.occurred_on.isoformat()))


def _seen_rows(e: MeetingScheduled | MeetingCorrected, document: str) -> Iterable[tuple[Any, ...]]:
    """One row per name a meeting's lists write, in list order (numbered from 1)."""
    day = e.dato.isoformat()
    referents = set(e.referent)

    def row(liste: str, i: int, d: Deltager, represented_by: str | None = None
            ) -> tuple[Any, ...]:
        return (e.meeting_id, e.body, day, liste, i, d.navn, d.organisation, d.rolle, d.note,
                d.i_stedet_for, json.dumps(list(d.punkter), ensure_ascii=False), d.tid,
                int(d.referent or d.navn in referents), represented_by, document)

    for liste, people in (("deltagere", e.deltagere), ("afbud", e.afbud),
                          ("gaester", e.gaester)):
        for i, d in enumerate(people, start=1):
            yield row(liste, i, d)
            if d.i_stedet_for:
                member = Deltager(d.i_stedet_for, punkter=d.punkter)
                yield row("repraesenteret", i, member, d.navn)
    for i, navn in enumerate(e.referent, start=1):
        yield row("referent", i, Deltager(navn, referent=True))


@frozen
class Forekomst:
    """Where a spelling was seen: the meeting, which list and its place in it (from 1)."""

    meeting_id: str
    dato: date
    liste: str
    nummer: int
    dokument: str


@frozen
class Stavemaade:
    """One spelling exactly as written, and every place a meeting's lists write it
    (empty when only a group or an affiliation records the name)."""

    navn: str
    forekomster: tuple[Forekomst, ...]


@frozen
class Sammenfald:
    """A recorded verdict on two spellings: one person (``samme``) or two, who said so,
    when, why and on what source."""

    navn_a: str
    navn_b: str
    samme: bool
    grund: str
    kilde: str
    kilde_note: str | None
    beslutning: str | None
    registreret_af: str
    registreret: datetime
    dato: date


@frozen
class Deltagelse:
    """One row of a meeting's attendance, with the structured fields of the participant
    line (``repraesenteret_ved``: the member was represented by that substitute)."""

    meeting_id: str
    body: str
    dato: date
    navn: str
    art: str
    organisation: str | None
    rolle: str | None
    punkter: tuple[str, ...]
    tid: str | None
    i_stedet_for: str | None
    repraesenteret_ved: str | None
    referent: bool
    note: str | None

    @property
    def tekst(self) -> str:
        """The row's attendance in Danish words ("repræsenteret ved X", "punkt 3, kl. 12.00")."""
        parts = [f"repræsenteret ved {self.repraesenteret_ved}" if self.repraesenteret_ved
                 else self.art]
        if self.i_stedet_for:
            parts.append(f"i stedet for {self.i_stedet_for}")
        if self.punkter:
            word = "punkt" if len(self.punkter) == 1 else "punkterne"
            parts.append(f"under {word} {', '.join(self.punkter)}")
        if self.tid:
            parts.append(self.tid)
        if self.referent:
            parts.append("referent")
        return ", ".join(parts)


@frozen
class PersonIdentitet:
    """A person under every spelling confirmed as theirs: the spellings and where each is
    seen, roles, affiliations and meetings of them all, the verdicts recorded on them and
    the merges suggested (not made)."""

    navn: str
    stavemaader: tuple[Stavemaade, ...]
    roller: tuple[Rolle, ...]
    person: Person
    fremmoede: tuple[Deltagelse, ...]
    sammenfald: tuple[Sammenfald, ...]
    forslag: tuple[Sammenfaldsforslag, ...]


PUBLISHED = "meeting_id NOT IN (SELECT meeting_id FROM meeting_kladde)"
"""A person's lists skip a meeting whose referat is a draft taken in the browser: its
attendance is the secretariat's until published (issue 20)."""

_NAME_SOURCES = ("arbejdsgrupper", "fora", "meetings", "personer")
"""The read models whose tables hold the names (person_seen, ag_role, person_affiliation,
and meeting_kladde for the drafts left out)."""

_FREMMOEDE = ("SELECT meeting_id, body, dato, navn, liste, organisation, rolle, punkter, tid,"
              " i_stedet_for, repraesenteret_ved, referent, note FROM person_seen")


def fold_name(text: str) -> str:
    """A name as a search compares it: case, hyphens, full stops, commas and runs of spaces
    do not matter ("aagaard hagemann" finds "Alice Aagaard-Hagemann")."""
    return " ".join(re.sub(r"[-.,]", " ", text).casefold().split())


def _deltagelse(row: tuple[Any, ...]) -> Deltagelse:
    return Deltagelse(row[0], row[1], date.fromisoformat(row[2]), row[3], ART[row[4]], row[5],
                     row[6], tuple(json.loads(row[7])), row[8], row[9], row[10],
                     bool(row[11]), row[12])


def _sammenfald(row: tuple[Any, ...]) -> Sammenfald:
    return Sammenfald(row[0], row[1], bool(row[2]), row[3], row[4], row[5], row[6], row[7],
                      datetime.fromisoformat(row[8]), date.fromisoformat(row[9]))


class PersonerQueries:
    """Identity, suggestion and attendance queries, mixed into :class:`Socialaftale`."""

    db: Database
    _names_kept: tuple[tuple[tuple[Any, ...], ...], tuple[str, ...]] | None = None

    # -- the parts ---------------------------------------------------------------------

    def _known_names(self) -> tuple[str, ...]:
        """Every spelling a published meeting, a group or an affiliation records, sorted.

        Kept until one of the read models they come from moves on (their positions, one
        indexed read), as every view of /personer asks twice (the list and the suggested
        merges). Three queries, not a UNION: SQLite's UNION sorts every sighting into a
        temporary tree, where DISTINCT on the covering index walks them in order (157
        against 15 ms for the 36,017 sightings of a 100k store)."""
        token = tuple(tuple(r) for r in self.db.query(
            "SELECT name, version, position FROM projection_position WHERE name IN"
            " (?, ?, ?, ?) ORDER BY name", _NAME_SOURCES))
        kept = self._names_kept
        if kept is not None and kept[0] == token:
            return kept[1]
        names = tuple(sorted({str(r[0]) for sql in (
            f"SELECT DISTINCT navn FROM person_seen WHERE {PUBLISHED}",
            "SELECT DISTINCT navn FROM ag_role", "SELECT DISTINCT navn FROM person_affiliation",
        ) for r in self.db.query(sql)}))
        self._names_kept = (token, names)
        return names

    def sammenfald(self) -> tuple[Sammenfald, ...]:
        """Every verdict on two spellings, in the order recorded (later ones hold)."""
        return tuple(_sammenfald(r) for r in self.db.query(
            "SELECT navn_a, navn_b, samme, grund, document, note, meeting, recorded_by,"
            " recorded_at, occurred_on FROM person_verdict ORDER BY position"))

    def _groups(self, verdicts: Iterable[Sammenfald]) -> tuple[dict[str, set[str]],
                                                              set[str]]:
        """Each spelling's identity (the spellings joined by the verdicts that hold), and
        the pairs some verdict has settled either way."""
        latest: dict[str, Sammenfald] = {}
        for v in verdicts:
            latest[pair_key(v.navn_a, v.navn_b)] = v
        parent: dict[str, str] = {}

        def root(x: str) -> str:
            while parent.get(x, x) != x:
                x = parent[x]
            return x

        for v in latest.values():
            if v.samme:
                parent[root(v.navn_a)] = root(v.navn_b)
        groups: dict[str, set[str]] = {}
        for name in {n for v in latest.values() if v.samme for n in (v.navn_a, v.navn_b)}:
            groups.setdefault(root(name), set()).add(name)
        by_name = {n: g for g in groups.values() for n in g}
        return by_name, set(latest)

    def merge_suggestions(self, navn: str | None = None) -> tuple[Sammenfaldsforslag, ...]:
        """Spellings that may be one person and no verdict has settled: a suggestion only
        (confirming one is ``SammePerson``); with ``navn``, those concerning that person."""
        names = self._known_names()
        by_name, settled = self._groups(self.sammenfald())
        mine = None if navn is None else by_name.get(
            unicodedata.normalize("NFC", navn), {unicodedata.normalize("NFC", navn)})
        # One person's: their spellings against every name, not every pair (a page view);
        # all of them: only the pairs that can agree (maybe_same), not every pair.
        pairs = (iter(maybe_same(names)) if mine is None
                 else ((min(a, b), max(a, b)) for a in sorted(mine) for b in names
                       if b not in mine))
        found = []
        for a, b in dict.fromkeys(pairs):
            if pair_key(a, b) in settled or b in by_name.get(a, set()):
                continue
            forslag = foreslaa_sammenfald(a, b)
            if forslag is not None:
                found.append(forslag)
        return tuple(sorted(found, key=lambda f: (f.navn_a, f.navn_b)))

    def spellings(self) -> tuple[tuple[str, tuple[Stavemaade, ...]], ...]:
        """Every person (named by their first spelling) with all their spellings."""
        return self.people(limit=None)[1]

    def people(self, q: str | None = None, *, offset: int = 0, limit: int | None = 50,
               forekomster: bool = True,
               ) -> tuple[int, tuple[tuple[str, tuple[Stavemaade, ...]], ...]]:
        """How many people there are (with ``q``: have it in their name or any spelling of
        it, case, hyphens and full stops ignored) and ``limit`` of them from ``offset``
        (``None``: all), named by their first spelling, in that name's order;
        ``forekomster=False`` leaves out where each spelling is seen (a list of names).

        Only the names are read for the count and the order (one query, strings only);
        where each spelling is seen is read for the people returned alone, so a page costs
        its own rows, not every person's (the national record: 2,153 people, 36,017
        sightings)."""
        by_name, _ = self._groups(self.sammenfald())
        seen: set[str] = set()
        people: list[list[str]] = []
        for n in self._known_names():
            if n not in seen:
                group = sorted(by_name.get(n, {n}))
                seen.update(group)
                people.append(group)
        wanted = fold_name(q or "")
        if wanted:
            people = [g for g in people if any(wanted in fold_name(s) for s in g)]
        shown = people[offset:] if limit is None else people[offset:offset + limit]
        if not forekomster:
            return len(people), tuple((g[0], tuple(Stavemaade(s, ()) for s in g))
                                      for g in shown)
        return len(people), self._stavemaader(shown)

    def _stavemaader(self, people: list[list[str]]
                     ) -> tuple[tuple[str, tuple[Stavemaade, ...]], ...]:
        """Each person's spellings with where each is seen, in one query for them all."""
        spelled = [s for group in people for s in group]
        where: dict[str, list[Forekomst]] = {s: [] for s in spelled}
        for chunk in range(0, len(spelled), 500):  # a bound on a statement's parameters
            names = spelled[chunk:chunk + 500]
            for r in self.db.query(
                    "SELECT navn, meeting_id, dato, liste, nummer, document FROM person_seen"
                    f" WHERE navn IN ({', '.join('?' for _ in names)}) AND {PUBLISHED}"
                    " ORDER BY navn, dato, meeting_id, liste, nummer", names):
                where[r[0]].append(Forekomst(r[1], date.fromisoformat(r[2]), r[3], r[4], r[5]))
        return tuple((group[0], tuple(Stavemaade(s, tuple(where[s])) for s in group))
                     for group in people)

    # -- a person under every spelling ---------------------------------------------------

    def person_identity(self, navn: str) -> PersonIdentitet:
        """The person known by ``navn`` under every spelling confirmed as theirs. A name the
        record does not know is refused (rule ``person-ukendt``) with the nearest name."""
        navn = unicodedata.normalize("NFC", navn)
        known = self._known_names()
        if navn not in known:
            hint = did_you_mean(navn, known, cutoff=0.8, same_but_case=True)
            raise DomainError(f"ukendt person '{navn}'{hint}", rule="person-ukendt",
                              field="navn")
        verdicts = self.sammenfald()
        by_name, _ = self._groups(verdicts)
        group = by_name.get(navn, {navn})
        spelled = [navn, *sorted(group - {navn})]
        marks = ", ".join("?" for _ in spelled)
        roles = tuple(Rolle(r[0], r[1], date.fromisoformat(r[2]) if r[2] else None,
                            date.fromisoformat(r[3]) if r[3] else None)
                      for r in self.db.query(
                          f"SELECT rolle, hvor, fra, til FROM ag_role WHERE navn IN ({marks})"
                          " ORDER BY COALESCE(fra, til), position", spelled))
        people = [person_of(self.db, s) for s in spelled]
        links: list[Tilknytning] = sorted((t for p in people for t in p.tilknytninger),
                                          key=lambda t: t.fra)
        meetings: list[MoedeDeltagelse] = sorted((m for p in people for m in p.moeder),
                                                 key=lambda m: (m.dato, m.meeting_id))
        attended = tuple(_deltagelse(r) for r in self.db.query(
            f"{_FREMMOEDE} WHERE navn IN ({marks}) AND liste <> 'referent' AND {PUBLISHED}"
            " ORDER BY dato, meeting_id, liste, nummer", spelled))
        return PersonIdentitet(
            navn, self._stavemaader([spelled])[0][1], roles,
            Person(navn, tuple(links), tuple(meetings)), attended,
            tuple(v for v in verdicts if v.navn_a in group | {navn}
                  or v.navn_b in group | {navn}),
            self.merge_suggestions(navn))

    # -- attendance --------------------------------------------------------------------

    def fremmoede(self, meeting_id: str, punkt: str | None = None) -> tuple[Deltagelse, ...]:
        """A meeting's attendance as its participant lines say it; with ``punkt``, who was
        there for that item: the participants and guests who attended the whole meeting or
        that item, and the members represented by them (afbud left out)."""
        if self.db.query("SELECT 1 FROM meeting WHERE meeting_id = ?", (meeting_id,)) == []:
            known = [str(r[0]) for r in self.db.query("SELECT meeting_id FROM meeting")]
            hint = did_you_mean(meeting_id, known)
            raise DomainError(f"ukendt møde '{meeting_id}'{hint}", rule="ukendt-moede",
                              field="meeting_id")
        rows = [_deltagelse(r) for r in self.db.query(
            f"{_FREMMOEDE} WHERE meeting_id = ? AND liste <> 'referent'"
            " ORDER BY CASE liste WHEN 'deltagere' THEN 0 WHEN 'repraesenteret' THEN 1"
            " WHEN 'gaester' THEN 2 ELSE 3 END, nummer", (meeting_id,))]
        if punkt is None:
            return tuple(rows)
        items = [str(r[0]) for r in self.db.query(
            "SELECT nummer FROM meeting_item WHERE meeting_id = ? ORDER BY position",
            (meeting_id,))]
        if items and punkt not in items:
            hint = did_you_mean(punkt, items)
            raise DomainError(f"mødet {meeting_id} har intet punkt {punkt}{hint}",
                              rule="ukendt-punkt", field="punkt")
        return tuple(r for r in rows if r.art != "afbud"
                     and (not r.punkter or punkt in r.punkter))
