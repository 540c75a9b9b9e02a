"""Proposals read model: what was proposed under an item, by whom, and what was set aside."""

from __future__ import annotations

from typing import ClassVar

from attrs import frozen

from ..domain.common import Recorded
from ..domain.forslag import EVENTS, Forslag, ProposalsRecorded
from ..readstore import Database, Projection, Tx

__all__ = ["ForslagProjection", "ForslagQueries", "Forslagsliste"]


class ForslagProjection(Projection):
    name = "forslag"
    version = 1
    events = EVENTS
    tables: ClassVar[tuple[str, ...]] = ("forslag_liste", "forslag_punkt")

    def create(self, tx: Tx) -> None:
        tx.execute("CREATE TABLE IF NOT EXISTS forslag_liste (key TEXT PRIMARY KEY, af TEXT NOT"
                   " NULL, meeting TEXT, item TEXT, besluttet_af TEXT, ekstern_tekst TEXT,"
                   " kildenote TEXT, position BIGINT NOT NULL)")
        # tilsidesat 1: set aside by the proposer; pos keeps the minutes' order
        tx.execute("CREATE TABLE IF NOT EXISTS forslag_punkt (key TEXT NOT NULL, tilsidesat"
                   " INTEGER NOT NULL, pos INTEGER NOT NULL, nummer TEXT, tekst TEXT NOT NULL,"
                   " PRIMARY KEY (key, tilsidesat, pos))")

    def apply(self, tx: Tx, recorded: Recorded) -> None:
        e, m = recorded.event, recorded.meta
        if not isinstance(e, ProposalsRecorded):
            return
        tx.execute("INSERT INTO forslag_liste VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                   (e.key, e.af, m.decision.meeting if m.decision else None,
                    m.decision.item if m.decision else None,
                    m.external.describe() if m.external else None,
                    m.external.tekst if m.external else None, m.source.note,
                    recorded.position))
        tx.executemany("INSERT INTO forslag_punkt VALUES (?, ?, ?, ?, ?)",
                       [(e.key, aside, pos, f.nummer, f.tekst)
                        for aside, items in ((0, e.forslag), (1, e.tilsidesat))
                        for pos, f in enumerate(items)])


@frozen
class Forslagsliste:
    """The proposals put to item ``punkt`` of ``moede``, by ``af``, in the minutes' order.

    ``besluttet_af``: the proposer is a body whose minutes are not in the record ("besluttet
    af FU 2. oktober 2019 (ifølge kilden)"), its words in ``ekstern_tekst``; ``tilsidesat``:
    what the proposer set aside for them."""

    key: str
    af: str
    moede: str | None
    punkt: str | None
    forslag: tuple[Forslag, ...]
    tilsidesat: tuple[Forslag, ...] = ()
    besluttet_af: str | None = None
    ekstern_tekst: str | None = None
    kildenote: str | None = None


class ForslagQueries:
    """Proposal queries, mixed into :class:`socialaftale.Socialaftale`."""

    db: Database

    def proposals(self, meeting_id: str | None = None,
                  punkt: str | None = None) -> tuple[Forslagsliste, ...]:
        """The proposals put to a meeting's items (all meetings when ``meeting_id`` is None),
        in the order they were recorded."""
        where, params = [], []
        if meeting_id is not None:
            where.append("meeting = ?")
            params.append(meeting_id)
        if punkt is not None:
            where.append("item = ?")
            params.append(punkt)
        rows = self.db.query(
            "SELECT key, af, meeting, item, besluttet_af, ekstern_tekst, kildenote FROM"
            f" forslag_liste{' WHERE ' + ' AND '.join(where) if where else ''}"
            " ORDER BY position", tuple(params))
        items: dict[tuple[str, int], list[Forslag]] = {}
        for key, aside, nummer, tekst in self.db.query(
                "SELECT key, tilsidesat, nummer, tekst FROM forslag_punkt ORDER BY key,"
                " tilsidesat, pos"):
            items.setdefault((key, aside), []).append(Forslag(tekst, nummer))
        return tuple(Forslagsliste(key, af, meeting, item, tuple(items.get((key, 0), ())),
                                   tuple(items.get((key, 1), ())), besluttet_af, tekst,
                                   note)
                     for key, af, meeting, item, besluttet_af, tekst, note in rows)
