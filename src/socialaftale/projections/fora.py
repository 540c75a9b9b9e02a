"""Bodies and people read models: a forum's names over time, a person's affiliations and
the meetings they attended with the organisation they had then."""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import ClassVar

from attrs import frozen

from ..domain.common import Recorded
from ..domain.fora import (
    EVENTS,
    ForumAliasAdded,
    ForumRegistered,
    ForumRenamed,
    PersonAffiliated,
)
from ..readstore import Database, Projection, Tx

__all__ = [
    "ForaProjection",
    "ForaQueries",
    "Forum",
    "ForumAlias",
    "ForumNavn",
    "MoedeDeltagelse",
    "Person",
    "Tilknytning",
    "forum_names",
    "forum_of",
    "person_of",
]


class ForaProjection(Projection):
    name = "fora"
    version = 2
    events = EVENTS
    tables: ClassVar[tuple[str, ...]] = ("forum_name", "forum_alias", "person_affiliation")

    def create(self, tx: Tx) -> None:
        tx.execute("CREATE TABLE IF NOT EXISTS forum_name (position BIGINT PRIMARY KEY, key TEXT"
                   " NOT NULL, navn TEXT NOT NULL, kortnavn TEXT, fra TEXT, senest TEXT,"
                   " overordnet TEXT)")
        tx.execute("CREATE INDEX IF NOT EXISTS forum_name_key ON forum_name (key)")
        tx.execute("CREATE TABLE IF NOT EXISTS forum_alias (position BIGINT PRIMARY KEY, key TEXT"
                   " NOT NULL, alias TEXT NOT NULL, dato TEXT NOT NULL, document TEXT NOT NULL,"
                   " item TEXT)")
        tx.execute("CREATE INDEX IF NOT EXISTS forum_alias_key ON forum_alias (key)")
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
        elif isinstance(e, ForumAliasAdded):
            tx.execute("INSERT INTO forum_alias VALUES (?, ?, ?, ?, ?, ?)",
                       (recorded.position, e.key, e.alias, recorded.meta.occurred_on.isoformat(),
                        recorded.meta.source.document, recorded.meta.source.item))
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
class ForumAlias:
    """Another name the forum has beside its name (not a rename), with where it is seen."""

    alias: str
    dato: date
    kilde: str


@frozen
class Forum:
    key: str
    navn: str
    kortnavn: str | None
    navne: tuple[ForumNavn, ...]
    aliaser: tuple[ForumAlias, ...] = ()
    """Names the forum is also known by at the same time ("DAS Social")."""

    @property
    def alle_navne(self) -> tuple[str, ...]:
        """Every name the forum is found by: names, short names and aliases, each once."""
        found: dict[str, None] = {}
        for n in self.navne:
            found[n.navn] = None
            if n.kortnavn:
                found[n.kortnavn] = None
        for a in self.aliaser:
            found[a.alias] = None
        return tuple(found)

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
    keys = ("SELECT key FROM forum_name WHERE lower(navn) = lower(?) OR lower(kortnavn) ="
            " lower(?) OR lower(key) = lower(?) UNION SELECT key FROM forum_alias WHERE"
            " lower(alias) = lower(?)")
    rows = db.query(f"SELECT navn, kortnavn FROM forum_name WHERE key IN ({keys}) UNION ALL"
                    f" SELECT alias, NULL FROM forum_alias WHERE key IN ({keys})",
                    (name,) * 8)
    names = {name}
    for navn, kort in rows:
        names.add(navn)
        if kort:
            names.add(kort)
    return tuple(sorted(names))


def forum_of(db: Database, name: str) -> str | None:
    """The key of the forum known by ``name`` (a name, short name, alias or key; case
    ignored), or None."""
    name = unicodedata.normalize("NFC", name)
    rows = db.query("SELECT key FROM forum_name WHERE lower(navn) = lower(?) OR lower(kortnavn)"
                    " = lower(?) OR lower(key) = lower(?) UNION SELECT key FROM forum_alias"
                    " WHERE lower(alias) = lower(?)", (name,) * 4)
    return str(rows[0][0]) if rows else None


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
        " WHERE navn = ? AND meeting_id NOT IN (SELECT meeting_id FROM meeting_kladde)"
        " ORDER BY dato, meeting_id", (navn,))  # not a draft referat's (issue 20)
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
        aliases: dict[str, list[ForumAlias]] = {}
        for key, alias, dato, document, item in self.db.query(
                "SELECT key, alias, dato, document, item FROM forum_alias ORDER BY position"):
            aliases.setdefault(key, []).append(ForumAlias(
                alias, date.fromisoformat(dato), f"{document}{' pkt. ' + item if item else ''}"))
        return tuple(Forum(k, n[-1].navn, n[-1].kortnavn, tuple(n), tuple(aliases.get(k, ())))
                     for k, n in by_key.items())

    def forum(self, name: str) -> Forum | None:
        """The forum known by ``name`` (any name, short name, alias or its key), or None."""
        key = forum_of(self.db, name)
        return next((f for f in self.fora() if f.key == key), None) if key else None

    def forum_names(self, name: str) -> tuple[str, ...]:
        """Every name and short name of the forum known by ``name`` (or just ``name``)."""
        return forum_names(self.db, name)

    def person(self, navn: str) -> Person:
        """A person's affiliations (each ending where the next begins) and meetings; the
        name in any Unicode spelling (the record holds names in NFC)."""
        return person_of(self.db, unicodedata.normalize("NFC", navn))
