"""Cases across bodies: each case's timeline of treatments and its councils' approvals.

A round's state is computed at query time from the councils' reported decisions, so it can
be asked for any date (``on``): a council's decision counts from the last day its date may
mean (a decision known only as "oktober 2020" counts from 31 October); one the source does
not date counts only for the present. "As known on a date" is the store's
:meth:`~socialaftale.Socialaftale.as_known`, which rebuilds this read model from the events
recorded by then, as it does every other.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime
from typing import ClassVar, Literal

from attrs import frozen

from ..domain.common import PartialDate, Recorded
from ..domain.dates import Dato, dato_earliest, dato_text, parse_dato
from ..domain.forloeb import (
    EVENTS,
    RAADSBESLUTNINGER,
    ROLLER,
    UDFALD,
    BehandlingRegistreret,
    ForloebOprettet,
    GodkendelsesrundeAabnet,
    RaadsbeslutningRegistreret,
    raad_i_aftalen,
)
from ..persistence import DANISH_TIME
from ..readstore import Database, Projection, Tx

__all__ = [
    "STATUS",
    "Behandling",
    "Forloeb",
    "ForloebProjection",
    "ForloebQueries",
    "Godkendelse",
    "Godkendelsesrunde",
    "Raadsstatus",
]

Status = Literal["godkendt", "godkendt_med_bemaerkninger", "ikke_godkendt", "ikke_behandlet",
                 "mangler", "overskredet"]
STATUS: dict[str, str] = {
    **RAADSBESLUTNINGER,
    "mangler": "ingen beslutning registreret",
    "overskredet": "fristen er overskredet uden registreret beslutning",
}


def _text(value: Dato | None) -> str | None:
    return None if value is None else dato_text(value)


def _latest(value: Dato) -> date:
    return value.latest if isinstance(value, PartialDate) else value


def _dato(text: str | None) -> Dato | None:
    return None if text is None else parse_dato(text)


class ForloebProjection(Projection):
    name = "forloeb"
    version = 1
    events = EVENTS
    tables: ClassVar[tuple[str, ...]] = ("forloeb", "forloeb_behandling", "forloeb_runde",
                                         "forloeb_raadsbeslutning")

    def create(self, tx: Tx) -> None:
        tx.execute("CREATE TABLE IF NOT EXISTS forloeb (forloeb TEXT PRIMARY KEY, titel TEXT"
                   " NOT NULL, sagsnr TEXT, periode TEXT, sammenfatning TEXT, kilde TEXT NOT"
                   " NULL, kilde_sted TEXT, oprettet TEXT NOT NULL)")
        # dato as written ("2019-10-24", "oktober 2019") or NULL (not given); dato_earliest
        # sorts the timeline, undated treatments last in the order recorded.
        tx.execute("CREATE TABLE IF NOT EXISTS forloeb_behandling (forloeb TEXT NOT NULL,"
                   " behandling TEXT NOT NULL, position INTEGER NOT NULL, organ TEXT NOT NULL,"
                   " rolle TEXT NOT NULL, dato TEXT, dato_earliest TEXT, udfald TEXT,"
                   " planlagt INTEGER NOT NULL, ordlyd TEXT, bemaerkninger TEXT NOT NULL,"
                   " sammenfatning TEXT, kilde TEXT NOT NULL, kilde_sted TEXT, meeting TEXT,"
                   " item TEXT, matter TEXT, ekstern TEXT, PRIMARY KEY (forloeb, behandling))")
        tx.execute("CREATE TABLE IF NOT EXISTS forloeb_runde (forloeb TEXT NOT NULL, runde"
                   " TEXT NOT NULL, position INTEGER NOT NULL, art TEXT NOT NULL, raad TEXT NOT"
                   " NULL, sendt TEXT, frist TEXT, ordlyd TEXT, sammenfatning TEXT, kilde TEXT"
                   " NOT NULL, kilde_sted TEXT, PRIMARY KEY (forloeb, runde))")
        # every reported decision, corrections too; the latest per council holds
        tx.execute("CREATE TABLE IF NOT EXISTS forloeb_raadsbeslutning (forloeb TEXT NOT NULL,"
                   " runde TEXT NOT NULL, raad TEXT NOT NULL, position INTEGER NOT NULL,"
                   " beslutning TEXT NOT NULL, dato TEXT, ordlyd TEXT, bemaerkninger TEXT NOT"
                   " NULL, sammenfatning TEXT, kilde TEXT NOT NULL, kilde_sted TEXT, retter"
                   " INTEGER NOT NULL, grund TEXT, PRIMARY KEY (forloeb, runde, position))")

    def apply(self, tx: Tx, recorded: Recorded) -> None:
        e, m = recorded.event, recorded.meta
        position = recorded.position or 0
        if isinstance(e, ForloebOprettet):
            tx.execute("INSERT INTO forloeb VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                       (e.forloeb, e.titel, e.sagsnr, e.periode, e.sammenfatning,
                        m.source.document, e.kilde_sted, m.occurred_on.isoformat()))
        elif isinstance(e, BehandlingRegistreret):
            d = m.decision
            tx.execute("INSERT INTO forloeb_behandling VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                       " ?, ?, ?, ?, ?, ?, ?)",
                       (e.forloeb, e.behandling, position, e.organ, e.rolle, _text(e.dato),
                        dato_earliest(e.dato).isoformat() if e.dato else None, e.udfald,
                        int(e.planlagt), e.ordlyd, json.dumps(list(e.bemaerkninger)),
                        e.sammenfatning, m.source.document, e.kilde_sted,
                        d.meeting if d else None, d.item if d else None,
                        d.matter if d else None,
                        m.external.describe() if m.external else None))
        elif isinstance(e, GodkendelsesrundeAabnet):
            tx.execute("INSERT INTO forloeb_runde VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (e.forloeb, e.runde, position, e.art, json.dumps(list(e.raad)),
                        _text(e.sendt), _text(e.frist), e.ordlyd, e.sammenfatning,
                        m.source.document, e.kilde_sted))
        elif isinstance(e, RaadsbeslutningRegistreret):
            tx.execute("INSERT INTO forloeb_raadsbeslutning VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                       " ?, ?, ?, ?)",
                       (e.forloeb, e.runde, e.raad, position, e.udfald, _text(e.dato),
                        e.ordlyd, json.dumps(list(e.bemaerkninger)), e.sammenfatning,
                        m.source.document, e.kilde_sted, int(e.retter), e.grund))


@frozen
class Behandling:
    """One body's treatment. ``beslutning``: the decision in the record it is
    ("das-2019-10-24 pkt. 8, sag ti-hcn"); ``ekstern``: another body's decision known only
    from the source ("besluttet af KKR 12. september 2014 (ifølge kilden)")."""

    id: str
    organ: str
    rolle: str
    dato: Dato | None
    udfald: str | None
    planlagt: bool
    ordlyd: str | None
    bemaerkninger: tuple[str, ...]
    sammenfatning: str | None
    kilde: str
    kilde_sted: str | None
    moede: str | None
    punkt: str | None
    sag: str | None
    ekstern: str | None

    @property
    def rolle_tekst(self) -> str:
        return ROLLER[self.rolle]

    @property
    def udfald_tekst(self) -> str:
        return UDFALD[self.udfald] if self.udfald else "ikke oplyst"

    @property
    def dato_tekst(self) -> str:
        return dato_text(self.dato) if self.dato is not None else "ikke oplyst"

    @property
    def beslutning(self) -> str | None:
        if self.moede is None:
            return None
        sag = f", sag {self.sag}" if self.sag else ""
        return f"{self.moede} pkt. {self.punkt}{sag}"


@frozen
class Raadsstatus:
    """A council's state in a round on a date: its decision then (or ``mangler`` /
    ``overskredet``) and the report it rests on."""

    raad: str
    status: Status
    dato: Dato | None = None
    ordlyd: str | None = None
    bemaerkninger: tuple[str, ...] = ()
    sammenfatning: str | None = None
    kilde: str | None = None
    kilde_sted: str | None = None
    rettet: bool = False

    @property
    def status_tekst(self) -> str:
        return STATUS[self.status]

    @property
    def afventer(self) -> bool:
        return self.status in ("mangler", "overskredet", "ikke_behandlet")


@frozen
class Godkendelsesrunde:
    id: str
    art: str
    sendt: Dato | None
    frist: Dato | None
    ordlyd: str | None
    sammenfatning: str | None
    kilde: str
    kilde_sted: str | None
    raad: tuple[Raadsstatus, ...]
    paa: date | None
    """The date the councils' states are for; None: the present, every report counted."""

    def antal(self, status: str) -> int:
        return sum(1 for r in self.raad if r.status == status)


@frozen
class Forloeb:
    id: str
    titel: str
    sagsnr: str | None
    periode: str | None
    sammenfatning: str | None
    kilde: str
    kilde_sted: str | None
    behandlinger: tuple[Behandling, ...] = ()
    runder: tuple[Godkendelsesrunde, ...] = ()


@frozen
class Godkendelse:
    """One council in one round (the ``approvals`` list)."""

    forloeb: str
    titel: str
    runde: str
    frist: Dato | None
    raad: Raadsstatus


class ForloebQueries:
    """Case queries, mixed into :class:`socialaftale.Socialaftale`."""

    db: Database
    clock: Callable[[], datetime]

    def cases(self, *, on: date | None = None) -> tuple[Forloeb, ...]:
        """Every case across bodies with its treatments and rounds (on ``on``; None: now)."""
        keys = [k for (k,) in self.db.query("SELECT forloeb FROM forloeb ORDER BY oprettet,"
                                            " forloeb")]
        return tuple(c for k in keys if (c := self.case(k, on=on)) is not None)

    def case(self, forloeb: str, *, on: date | None = None) -> Forloeb | None:
        """One case: its timeline across bodies in date order (undated treatments after the
        dated ones, in the order recorded) and each round's councils on ``on``."""
        row = self.db.query("SELECT forloeb, titel, sagsnr, periode, sammenfatning, kilde,"
                            " kilde_sted FROM forloeb WHERE forloeb = ?", (forloeb,))
        if not row:
            return None
        treatments = tuple(
            Behandling(r[0], r[1], r[2], _dato(r[3]), r[4], bool(r[5]), r[6],
                       tuple(json.loads(r[7])), r[8], r[9], r[10], r[11], r[12], r[13], r[14])
            for r in self.db.query(
                "SELECT behandling, organ, rolle, dato, udfald, planlagt, ordlyd,"
                " bemaerkninger, sammenfatning, kilde, kilde_sted, meeting, item, matter,"
                " ekstern FROM forloeb_behandling WHERE forloeb = ? ORDER BY"
                " dato_earliest IS NULL, dato_earliest, position", (forloeb,)))
        rounds = tuple(self._round(forloeb, r, on) for r in self.db.query(
            "SELECT runde, art, raad, sendt, frist, ordlyd, sammenfatning, kilde, kilde_sted"
            " FROM forloeb_runde WHERE forloeb = ? ORDER BY position", (forloeb,)))
        key, titel, sagsnr, periode, sammenfatning, kilde, kilde_sted = row[0]
        return Forloeb(key, titel, sagsnr, periode, sammenfatning, kilde, kilde_sted,
                       behandlinger=treatments, runder=rounds)

    def _round(self, forloeb: str, r: tuple[object, ...], on: date | None
               ) -> Godkendelsesrunde:
        runde, art, raad, sendt, frist, ordlyd, sammenfatning, kilde, kilde_sted = r
        deadline = _dato(frist)  # type: ignore[arg-type]
        reports: dict[str, Raadsstatus] = {}
        for b in self.db.query(
                "SELECT raad, beslutning, dato, ordlyd, bemaerkninger, sammenfatning, kilde,"
                " kilde_sted, retter FROM forloeb_raadsbeslutning WHERE forloeb = ? AND"
                " runde = ? ORDER BY position", (forloeb, runde)):
            when = _dato(b[2])
            if on is not None and (when is None or _latest(when) > on):
                continue  # not (certainly) decided by then
            reports[b[0]] = Raadsstatus(b[0], b[1], when, b[3], tuple(json.loads(b[4])), b[5],
                                        b[6], b[7], bool(b[8]))
        # The store's clock, in Danish time: the same 'today' as every other answer.
        today = on or self.clock().astimezone(DANISH_TIME).date()
        late = deadline is not None and _latest(deadline) < today
        states = tuple(reports.get(name) or Raadsstatus(name, "overskredet" if late
                                                         else "mangler")
                       for name in json.loads(raad))  # type: ignore[arg-type]
        return Godkendelsesrunde(runde, art, _dato(sendt), deadline,  # type: ignore[arg-type]
                                 ordlyd, sammenfatning, kilde, kilde_sted,  # type: ignore[arg-type]
                                 states, on)

    def approvals(self, *, pending: bool = False, council: str | None = None,
                  on: date | None = None) -> tuple[Godkendelse, ...]:
        """Every council in every round (on ``on``): only those still awaited with
        ``pending``, only one council with ``council`` ("Aalborg Kommune" is Aalborg)."""
        wanted = raad_i_aftalen(council, field="council") if council is not None else None
        found = []
        for case in self.cases(on=on):
            for runde in case.runder:
                for status in runde.raad:
                    if wanted is not None and status.raad != wanted:
                        continue
                    if pending and not status.afventer:
                        continue
                    found.append(Godkendelse(case.id, case.titel, runde.id, runde.frist,
                                             status))
        return tuple(found)
