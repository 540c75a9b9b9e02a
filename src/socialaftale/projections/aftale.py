"""The agreements: Nordjysk Socialaftale (or the rammeaftale) of each period with its parties,
its parts and each part's approval rounds, and the vision and fokusområder the strategy
context holds for it.

A part's rounds are cases' rounds (the forløb read model computes their councils' states);
this read model keeps only which round approves which part, so a case page can link to its
agreement part and an agreement page can show its rounds on any date.
"""

from __future__ import annotations

import json
from datetime import date
from typing import ClassVar

from attrs import frozen

from ..domain.common import Recorded
from ..domain.forloeb import (
    AFTALEDEL_ARTER,
    AftaledelRegistreret,
    AftaleOprettet,
    GodkendelsesrundeAabnet,
)
from ..readstore import Database, Projection, Tx
from .forloeb import Godkendelsesrunde
from .strategi import Strategi

__all__ = ["Aftale", "AftaleProjection", "AftaleQueries", "Aftaledel", "AftaledelRunde"]


class AftaleProjection(Projection):
    name = "aftale"
    version = 1
    events = (AftaleOprettet, AftaledelRegistreret, GodkendelsesrundeAabnet)
    tables: ClassVar[tuple[str, ...]] = ("aftale", "aftale_del", "aftale_runde")

    def create(self, tx: Tx) -> None:
        tx.execute("CREATE TABLE IF NOT EXISTS aftale (aftale TEXT PRIMARY KEY, navn TEXT NOT"
                   " NULL, periode TEXT, raad TEXT NOT NULL, strategi TEXT, ordlyd TEXT,"
                   " sammenfatning TEXT, kilde TEXT NOT NULL, kilde_sted TEXT, position"
                   " INTEGER NOT NULL)")
        tx.execute("CREATE TABLE IF NOT EXISTS aftale_del (aftale TEXT NOT NULL, del TEXT NOT"
                   " NULL, position INTEGER NOT NULL, art TEXT NOT NULL, navn TEXT, ordlyd TEXT,"
                   " sammenfatning TEXT, kilde TEXT NOT NULL, kilde_sted TEXT,"
                   " PRIMARY KEY (aftale, del))")
        tx.execute("CREATE TABLE IF NOT EXISTS aftale_runde (aftale TEXT NOT NULL, del TEXT"
                   " NOT NULL, forloeb TEXT NOT NULL, runde TEXT NOT NULL, position INTEGER NOT"
                   " NULL, PRIMARY KEY (forloeb, runde))")

    def apply(self, tx: Tx, recorded: Recorded) -> None:
        e, m = recorded.event, recorded.meta
        position = recorded.position or 0
        if isinstance(e, AftaleOprettet):
            tx.execute("INSERT INTO aftale VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (e.aftale, e.navn, e.periode, json.dumps(list(e.raad)), e.strategi,
                        e.ordlyd, e.sammenfatning, m.source.document, e.kilde_sted, position))
        elif isinstance(e, AftaledelRegistreret):
            tx.execute("INSERT INTO aftale_del VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (e.aftale, e.del_id, position, e.art, e.navn, e.ordlyd,
                        e.sammenfatning, m.source.document, e.kilde_sted))
        elif isinstance(e, GodkendelsesrundeAabnet) and e.aftale is not None:
            tx.execute("INSERT INTO aftale_runde VALUES (?, ?, ?, ?, ?)",
                       (e.aftale, e.aftaledel, e.forloeb, e.runde, position))


@frozen
class AftaledelRunde:
    """A round that approves a part: the case it belongs to and the round as on the date."""

    forloeb: str
    runde: Godkendelsesrunde


@frozen
class Aftaledel:
    id: str
    art: str
    navn: str | None
    ordlyd: str | None
    sammenfatning: str | None
    kilde: str
    kilde_sted: str | None
    runder: tuple[AftaledelRunde, ...] = ()

    @property
    def titel(self) -> str:
        return self.navn or AFTALEDEL_ARTER[self.art]


@frozen
class Aftale:
    """An agreement. ``raad`` empty: its parties are not known from the record; ``periode``
    None: its period is not known; ``strategi`` the vision and fokusområder held for it."""

    id: str
    navn: str
    periode: str | None
    raad: tuple[str, ...]
    ordlyd: str | None
    sammenfatning: str | None
    kilde: str
    kilde_sted: str | None
    dele: tuple[Aftaledel, ...] = ()
    strategi: Strategi | None = None


class AftaleQueries:
    """Agreement queries, mixed into :class:`socialaftale.Socialaftale` (beside the case and
    strategy queries it reads)."""

    db: Database

    def agreements(self, *, on: date | None = None) -> tuple[Aftale, ...]:
        """Every agreement in the order recorded, with its parts and their rounds."""
        keys = [k for (k,) in self.db.query("SELECT aftale FROM aftale ORDER BY position")]
        return tuple(a for k in keys if (a := self.agreement(k, on=on)) is not None)

    def agreement(self, aftale: str, *, on: date | None = None) -> Aftale | None:
        """One agreement; its parts' rounds with each council's state on ``on``."""
        row = self.db.query("SELECT aftale, navn, periode, raad, strategi, ordlyd,"
                            " sammenfatning, kilde, kilde_sted FROM aftale WHERE aftale = ?",
                            (aftale,))
        if not row:
            return None
        key, navn, periode, raad, strategi, ordlyd, sammenfatning, kilde, kilde_sted = row[0]
        dele = []
        for d in self.db.query("SELECT del, art, navn, ordlyd, sammenfatning, kilde,"
                               " kilde_sted FROM aftale_del WHERE aftale = ? ORDER BY position",
                               (key,)):
            runder = []
            for forloeb, runde in self.db.query(
                    "SELECT forloeb, runde FROM aftale_runde WHERE aftale = ? AND del = ?"
                    " ORDER BY position", (key, d[0])):
                case = self.case(forloeb, on=on)  # type: ignore[attr-defined]
                found = next((r for r in case.runder if r.id == runde), None) if case else None
                if found is not None:
                    runder.append(AftaledelRunde(forloeb, found))
            dele.append(Aftaledel(d[0], d[1], d[2], d[3], d[4], d[5], d[6], tuple(runder)))
        held = self.strategy(strategi) if strategi else None  # type: ignore[attr-defined]
        return Aftale(key, navn, periode, tuple(json.loads(raad)), ordlyd, sammenfatning, kilde,
                      kilde_sted, tuple(dele), held)

    def agreement_parts_of(self, forloeb: str) -> tuple[tuple[str, str, str, str], ...]:
        """The agreement parts a case's rounds approve: (round, agreement, part, the
        agreement's name)."""
        return tuple((r[0], r[1], r[2], r[3]) for r in self.db.query(
            "SELECT r.runde, r.aftale, r.del, a.navn FROM aftale_runde r JOIN aftale a ON"
            " a.aftale = r.aftale WHERE r.forloeb = ? ORDER BY r.position", (forloeb,)))
