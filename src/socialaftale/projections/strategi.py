"""Strategy read models: a period's vision and focus areas with their decision; the årshjul."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from attrs import frozen

from ..domain.common import Recorded
from ..domain.dates import Dato, dato_earliest, dato_text, parse_dato
from ..domain.strategi import (
    EVENTS,
    MAX_FOCUS_ADVICE,
    AarshjulEventPlanned,
    Fokusomraade,
    StrategyChosen,
)
from ..readstore import Database, Projection, Tx

__all__ = ["AarshjulPost", "Strategi", "StrategiProjection", "StrategiQueries"]


class StrategiProjection(Projection):
    name = "strategi"
    version = 3
    events = EVENTS
    tables: ClassVar[tuple[str, ...]] = ("strategi_fokus", "strategi_vision", "aarshjul")

    def create(self, tx: Tx) -> None:
        tx.execute("CREATE TABLE IF NOT EXISTS strategi_vision (periode TEXT PRIMARY KEY,"
                   " vision TEXT NOT NULL, besluttet TEXT NOT NULL, meeting TEXT, item TEXT,"
                   " note TEXT)")
        tx.execute("CREATE TABLE IF NOT EXISTS strategi_fokus (periode TEXT NOT NULL, label TEXT"
                   " NOT NULL, titel TEXT NOT NULL, status TEXT NOT NULL, lagt_sammen_med TEXT,"
                   " PRIMARY KEY (periode, label))")
        # dato as written ("2020-03-12", "primo april 2020"); dato_earliest sorts it.
        tx.execute("CREATE TABLE IF NOT EXISTS aarshjul (aar INTEGER NOT NULL, dato TEXT NOT"
                   " NULL, titel TEXT NOT NULL, maalgruppe TEXT, dato_earliest TEXT NOT NULL,"
                   " formaal TEXT, besluttet_af TEXT, ekstern_tekst TEXT, kildenote TEXT,"
                   " meeting TEXT, item TEXT)")

    def apply(self, tx: Tx, recorded: Recorded) -> None:
        e, m = recorded.event, recorded.meta
        if isinstance(e, StrategyChosen):
            tx.execute("DELETE FROM strategi_vision WHERE periode = ?", (e.periode,))
            tx.execute("DELETE FROM strategi_fokus WHERE periode = ?", (e.periode,))
            tx.execute("INSERT INTO strategi_vision VALUES (?, ?, ?, ?, ?, ?)",
                       (e.periode, e.vision, m.occurred_on.isoformat(),
                        m.decision.meeting if m.decision else None,
                        m.decision.item if m.decision else None, m.source.note))
            tx.executemany("INSERT INTO strategi_fokus VALUES (?, ?, ?, ?, ?)",
                           [(e.periode, f.label, f.titel, f.status, f.lagt_sammen_med)
                            for f in e.fokus])
        elif isinstance(e, AarshjulEventPlanned):
            tx.execute("INSERT INTO aarshjul VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (e.aar, dato_text(e.dato), e.titel, e.maalgruppe,
                        dato_earliest(e.dato).isoformat(), e.formaal,
                        m.external.describe() if m.external else None,
                        m.external.tekst if m.external else None, m.source.note,
                        m.decision.meeting if m.decision else None,
                        m.decision.item if m.decision else None))


@frozen
class Strategi:
    periode: str
    vision: str
    valgt: tuple[Fokusomraade, ...]
    ikke_valgt: tuple[Fokusomraade, ...]
    lagt_sammen: tuple[Fokusomraade, ...]
    besluttet: date
    beslutning: str | None
    kildenote: str | None
    advarsler: tuple[str, ...]


@frozen
class AarshjulPost:
    """``dato`` as the minutes give it (a day, "primo april 2020", "februar-april 2020").

    ``besluttet_af``: another body decided the event and the source only reports it
    ("besluttet af DAS 26. august 2019 (ifølge kilden)"), its words in ``ekstern_tekst``.
    """

    dato: Dato
    titel: str
    maalgruppe: str | None
    formaal: str | None = None
    besluttet_af: str | None = None
    ekstern_tekst: str | None = None
    kildenote: str | None = None
    beslutning: str | None = None
    """The decision that carries the entry ("das-2019-10-24 pkt. 11"); with
    ``besluttet_af`` the item that reports another body's decision."""


class StrategiQueries:
    """Strategy queries, mixed into :class:`socialaftale.Socialaftale`."""

    db: Database

    def strategy(self, periode: str) -> Strategi | None:
        """The period's vision and focus areas, the decision behind them and FU's warning."""
        row = self.db.query("SELECT vision, besluttet, meeting, item, note FROM strategi_vision"
                            " WHERE periode = ?", (periode,))
        if not row:
            return None
        vision, besluttet, meeting, item, note = row[0]
        fokus = [Fokusomraade(*r) for r in self.db.query(
            "SELECT label, titel, status, lagt_sammen_med FROM strategi_fokus WHERE periode = ?"
            " ORDER BY label", (periode,))]
        valgt = tuple(f for f in fokus if f.status == "valgt")
        warnings = ((f"{len(valgt)} fokusområder valgt; FU anbefaler højst {MAX_FOCUS_ADVICE}",)
                    if len(valgt) > MAX_FOCUS_ADVICE else ())
        return Strategi(periode, vision, valgt,
                        tuple(f for f in fokus if f.status == "ikke_valgt"),
                        tuple(f for f in fokus if f.status == "lagt_sammen"),
                        date.fromisoformat(besluttet),
                        f"{meeting} pkt. {item}" if meeting else None, note, warnings)

    def aarshjul(self, aar: int) -> tuple[AarshjulPost, ...]:
        """The planned meetings and events of a year, in date order."""
        rows = self.db.query("SELECT dato, titel, maalgruppe, formaal, besluttet_af,"
                             " ekstern_tekst, kildenote, meeting, item FROM aarshjul"
                             " WHERE aar = ? ORDER BY dato_earliest, dato", (aar,))
        return tuple(AarshjulPost(parse_dato(r[0]), r[1], r[2], formaal=r[3],
                                  besluttet_af=r[4], ekstern_tekst=r[5], kildenote=r[6],
                                  beslutning=f"{r[7]} pkt. {r[8]}" if r[7] else None)
                     for r in rows)
