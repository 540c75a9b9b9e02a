"""Composition models read model: how future working groups are to be composed, with the
decision that adopted the model, the tasks it is for and the seats already offered."""

from __future__ import annotations

import json
from datetime import date
from typing import Any, ClassVar

from attrs import asdict, frozen

from ..domain.common import Recorded
from ..domain.dates import dato_text, parse_dato
from ..domain.sammensaetning import EVENTS, CompositionModelAdopted, Plads, Tilsagn, Udmelding
from ..readstore import Database, Projection, Tx

__all__ = ["SammensaetningProjection", "SammensaetningQueries", "Sammensaetningsmodel"]


class SammensaetningProjection(Projection):
    name = "sammensaetning"
    version = 1
    events = EVENTS
    tables: ClassVar[tuple[str, ...]] = ("composition_model",)

    def create(self, tx: Tx) -> None:
        # The seats, tasks and offers as JSON: a model is read whole, never searched by seat.
        tx.execute("CREATE TABLE IF NOT EXISTS composition_model (key TEXT PRIMARY KEY, navn"
                   " TEXT NOT NULL, vedtaget TEXT NOT NULL, meeting TEXT, item TEXT, pladser"
                   " TEXT NOT NULL, udmeldinger TEXT NOT NULL, tilsagn TEXT NOT NULL,"
                   " kildenote TEXT)")

    def apply(self, tx: Tx, recorded: Recorded) -> None:
        e, m = recorded.event, recorded.meta
        if isinstance(e, CompositionModelAdopted):
            udmeldinger = [{**asdict(u), "dato": dato_text(u.dato)} for u in e.udmeldinger]
            tx.execute("INSERT INTO composition_model VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (e.key, e.navn, m.occurred_on.isoformat(),
                        m.decision.meeting if m.decision else None,
                        m.decision.item if m.decision else None,
                        _dumps([asdict(p) for p in e.pladser]), _dumps(udmeldinger),
                        _dumps([asdict(t) for t in e.tilsagn]), m.source.note))


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


@frozen
class Sammensaetningsmodel:
    """A model for composing groups: its seats, the tasks it is for, the seats offered.

    ``beslutning`` names the decision that adopted it ("socdir-2014-10-10 pkt. 6")."""

    key: str
    navn: str
    vedtaget: date
    beslutning: str | None
    pladser: tuple[Plads, ...]
    udmeldinger: tuple[Udmelding, ...]
    tilsagn: tuple[Tilsagn, ...]
    kildenote: str | None = None

    def plads(self, rolle: str) -> Plads:
        """The seat with the role ``rolle`` (KeyError when the model has none)."""
        for p in self.pladser:
            if p.rolle == rolle:
                return p
        raise KeyError(rolle)


class SammensaetningQueries:
    """Composition-model queries, mixed into :class:`socialaftale.Socialaftale`."""

    db: Database

    def composition_models(self, as_of: date | None = None) -> tuple[Sammensaetningsmodel, ...]:
        """The models adopted (by ``as_of`` when given), oldest first."""
        sql = ("SELECT key, navn, vedtaget, meeting, item, pladser, udmeldinger, tilsagn,"
               " kildenote FROM composition_model")
        params: tuple[str, ...] = ()
        if as_of is not None:
            sql += " WHERE vedtaget <= ?"
            params = (as_of.isoformat(),)
        found = []
        for key, navn, vedtaget, meeting, item, pladser, udmeldinger, tilsagn, note in \
                self.db.query(sql + " ORDER BY vedtaget, key", params):
            found.append(Sammensaetningsmodel(
                key, navn, date.fromisoformat(vedtaget),
                f"{meeting} pkt. {item}" if meeting else None,
                tuple(Plads(**p) for p in json.loads(pladser)),
                tuple(Udmelding(**{**u, "dato": parse_dato(u["dato"])})
                      for u in json.loads(udmeldinger)),
                tuple(Tilsagn(**{**t, "udmeldinger": tuple(t["udmeldinger"])})
                      for t in json.loads(tilsagn)),
                note))
        return tuple(found)
