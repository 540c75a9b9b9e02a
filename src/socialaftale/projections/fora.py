"""Bodies and people read models: a forum's names over time, a person's affiliations and
the meetings they attended with the organisation they had then."""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import ClassVar

from attrs import frozen

from ..domain.common import Recorded
from ..domain.fora import EVENTS, ForumRegistered, ForumRenamed, PersonAffiliated
from ..readstore import Database, Projection, Tx

__all__ = [
    "ForaProjection",
    "ForaQueries",
    "Forum",
    "ForumNavn",
    "MoedeDeltagelse",
    "Person",
    "Tilknytning",
    "forum_names",
    "person_of",
]


class ForaProjection(Projection):
    name = "fora"
    version = 1
    events = EVENTS
    tables: ClassVar[tuple[str, ...]] = ("forum_name", "person_affiliation")

    def create(self, tx: Tx) -> None:
        tx.execute("CREATE TABLE IF NOT EXISTS forum_name (position BIGINT PRIMARY KEY, key TEXT"
                   " NOT NULL, navn TEXT NOT NULL, kortnavn TEXT, fra TEXT, senest TEXT,"
                   " overordnet TEXT)")
        tx.execute("CREATE INDEX IF NOT EXISTS forum_name_key ON forum_name (key)")
        tx.execute("CREATE TABLE IF NOT EXISTS person_affiliation (position BIGINT PRIMARY KEY,"
                   " navn TEXT NOT NULL, organisation TEXT NOT NULL, rolle TEXT, fra TEXT NOT"
                   " NULL, document TEXT NOT NULL)")
        tx.execute("CREATE INDEX IF NOT EXISTS person_affiliation_navn ON person_affiliation"
                   " (navn)")

    def apply(self, tx: Tx, recorded: Recorded) -> None:
        e = recorded.event
        if isinstance(e, ForumRegistered):
            tx.execute("INSERT INTO forum_name VALUES (?, ?, ?, ?, NULL, NULL, ?)",
                       (recorded.position, e.key, e.navn, e.kortnavn, e.overordnet))
        elif isinstance(e, ForumRenamed):
            tx.execute("INSERT INTO forum_name VALUES (?, ?, ?, ?, ?, ?, NULL)",
                       (recorded.position, e.key, e.navn, e.kortnavn,
                        e.fra.isoformat() if e.fra else None, e.senest.isoformat()))
        elif isinstance(e, PersonAffiliated):
            tx.execute("INSERT INTO person_affiliation VALUES (?, ?, ?, ?, ?, ?)",
                       (recorded.position, e.navn, e.organisation, e.rolle, e.fra.isoformat(),
                        recorded.meta.source.document))


@frozen
class ForumNavn:
    """One name of a forum: from when (if known) or by when it was in use."""

    navn: str
    kortnavn: str | None
    fra: date | None
    senest: date | None


@frozen
class Forum:
    key: str
    navn: str
    kortnavn: str | None
    navne: tuple[ForumNavn, ...]

    def name_on(self, day: date) -> str:
        """The name the forum had on ``day`` as far as the record knows."""
        current = self.navne[0]
        for n in self.navne[1:]:
            if (n.fra or n.senest or date.max) <= day:
                current = n
        return current.navn


@frozen
class Tilknytning:
    organisation: str
    rolle: str | None
    fra: date
    til: date | None
    kilde: str


@frozen
class MoedeDeltagelse:
    meeting_id: str
    body: str
    dato: date
    art: str
    organisation: str | None
    rolle: str | None


@frozen
class Person:
    """A person's affiliations over time and the meetings they attended (as then)."""

    navn: str
    tilknytninger: tuple[Tilknytning, ...]
    moeder: tuple[MoedeDeltagelse, ...]


def forum_names(db: Database, name: str) -> tuple[str, ...]:
    """Every name and short name of the forum known by ``name`` (or just ``name``): a body
    renamed (DAS → DAS Social) keeps finding its meetings under every name, and a name in
    NFD finds the NFC name the record holds."""
    name = unicodedata.normalize("NFC", name)
    rows = db.query(
        "SELECT navn, kortnavn FROM forum_name WHERE key IN (SELECT key FROM forum_name"
        " WHERE lower(navn) = lower(?) OR lower(kortnavn) = lower(?) OR lower(key) ="
        " lower(?))", (name, name, name))
    names = {name}
    for navn, kort in rows:
        names.add(navn)
        if kort:
            names.add(kort)
    return tuple(sorted(names))


def person_of(db: Database, navn: str) -> Person:
    """A person's affiliations (each ending where the next begins) and meetings."""
    rows = db.query("SELECT organisation, rolle, fra, document FROM person_affiliation"
                    " WHERE navn = ? ORDER BY fra, position", (navn,))
    starts = [date.fromisoformat(r[2]) for r in rows]
    links = tuple(Tilknytning(r[0], r[1], starts[i],
                              starts[i + 1] if i + 1 < len(starts) else None, r[3])
                  for i, r in enumerate(rows))
    attended = db.query(
        "SELECT meeting_id, body, dato, art, organisation, rolle FROM meeting_attendance"
        " WHERE navn = ? ORDER BY dato, meeting_id", (navn,))
    return Person(navn, links, tuple(
        MoedeDeltagelse(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4], r[5])
        for r in attended))


class ForaQueries:
    """Forum and person queries, mixed into :class:`socialaftale.Socialaftale`."""

    db: Database

    def fora(self) -> tuple[Forum, ...]:
        """Every registered forum with all its names, the current one first in the fields."""
        rows = self.db.query("SELECT key, navn, kortnavn, fra, senest FROM forum_name"
                             " ORDER BY key, position")
        by_key: dict[str, list[ForumNavn]] = {}
        for key, navn, kort, fra, senest in rows:
            by_key.setdefault(key, []).append(ForumNavn(
                navn, kort, date.fromisoformat(fra) if fra else None,
                date.fromisoformat(senest) if senest else None))
        return tuple(Forum(k, n[-1].navn, n[-1].kortnavn, tuple(n)) for k, n in by_key.items())

    def forum_names(self, name: str) -> tuple[str, ...]:
        """Every name and short name of the forum known by ``name`` (or just ``name``)."""
        return forum_names(self.db, name)

    def person(self, navn: str) -> Person:
        """A person's affiliations (each ending where the next begins) and meetings; the
        name in any Unicode spelling (the record holds names in NFC)."""
        return person_of(self.db, unicodedata.normalize("NFC", navn))
