"""Budget read models: budget against accounts in the minutes' layout, who pays what, history.

Totals, restbudget and the result are computed from the lines when asked;
only what the minutes state is stored. Charts are plain SVG for the frontends.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import ClassVar

from attrs import frozen

from ..domain.budget import (
    EVENTS,
    AccountsBooked,
    AccountsCorrected,
    BudgetLineRegistered,
    CostSplit,
)
from ..domain.common import Recorded
from ..readstore import Database, Projection, Tx
from .charts import bar_chart

__all__ = ["BudgetLinje", "BudgetPost", "BudgetProjection", "BudgetQueries", "BudgetTabel",
           "Fordeling"]


def _dec(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


class BudgetProjection(Projection):
    name = "budget"
    version = 1
    events = EVENTS
    tables: ClassVar[tuple[str, ...]] = ("budget_line", "budget_history", "budget_share")

    def create(self, tx: Tx) -> None:
        tx.execute(
            "CREATE TABLE IF NOT EXISTS budget_line (cost_centre TEXT NOT NULL, year INTEGER"
            " NOT NULL, line TEXT NOT NULL, gruppe TEXT NOT NULL, position INTEGER NOT NULL,"
            " budget TEXT, regnskab TEXT, booked INTEGER NOT NULL DEFAULT 0, footnote TEXT,"
            " PRIMARY KEY (cost_centre, year, line))"
        )
        tx.execute(
            "CREATE TABLE IF NOT EXISTS budget_history (position BIGINT PRIMARY KEY,"
            " cost_centre TEXT, year INTEGER, occurred_on TEXT NOT NULL, kind TEXT NOT NULL,"
            " summary TEXT NOT NULL, document TEXT NOT NULL, item TEXT, note TEXT,"
            " meeting TEXT, decision_item TEXT)"
        )
        tx.execute(
            "CREATE TABLE IF NOT EXISTS budget_share (cost_centre TEXT NOT NULL, year INTEGER"
            " NOT NULL, kommune TEXT NOT NULL, befolkning INTEGER NOT NULL, beloeb TEXT NOT NULL,"
            " total TEXT NOT NULL, metode TEXT NOT NULL, PRIMARY KEY (cost_centre, year,"
            " kommune))"
        )

    def apply(self, tx: Tx, recorded: Recorded) -> None:
        e = recorded.event
        if isinstance(e, BudgetLineRegistered):
            tx.execute(
                "INSERT INTO budget_line (cost_centre, year, line, gruppe, position, budget,"
                " footnote) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (e.cost_centre, e.year, e.line, e.gruppe, e.position,
                 None if e.budget is None else str(e.budget), e.footnote),
            )
        elif isinstance(e, AccountsBooked | AccountsCorrected):
            amount = e.regnskab if isinstance(e, AccountsBooked) else e.til
            tx.execute(
                "UPDATE budget_line SET regnskab = ?, booked = 1 WHERE cost_centre = ? AND"
                " year = ? AND line = ?",
                (None if amount is None else str(amount), e.cost_centre, e.year, e.line),
            )
        elif isinstance(e, CostSplit):
            tx.execute("DELETE FROM budget_share WHERE cost_centre = ? AND year = ?",
                       (e.cost_centre, e.year))
            tx.executemany(
                "INSERT INTO budget_share VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(e.cost_centre, e.year, s.kommune, s.befolkning, str(s.beloeb), str(e.total),
                  e.metode) for s in e.shares],
            )
        if type(e) in EVENTS:
            m = recorded.meta
            tx.execute(
                "INSERT INTO budget_history VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (recorded.position, getattr(e, "cost_centre", None), e.year,
                 m.occurred_on.isoformat(), type(e).__name__, e.summary(), m.source.document,
                 m.source.item, m.source.note, m.decision.meeting if m.decision else None,
                 m.decision.item if m.decision else None),
            )


@frozen
class BudgetLinje:
    """One line as the minutes print it: Specifikation, Regnskab, Budget, Restbudget."""

    line: str
    gruppe: str
    budget: Decimal | None
    regnskab: Decimal | None
    footnote: str | None

    @property
    def restbudget(self) -> Decimal:
        """Budget − regnskab for costs; regnskab − budget for income (as the minutes print)."""
        b, r = self.budget or Decimal(0), self.regnskab or Decimal(0)
        return r - b if self.gruppe == "indtaegt" else b - r


@frozen
class BudgetTabel:
    cost_centre: str
    year: int
    lines: tuple[BudgetLinje, ...]

    def _sum(self, groups: tuple[str, ...], what: str) -> Decimal:
        return sum(
            (getattr(x, what) or Decimal(0) for x in self.lines if x.gruppe in groups),
            Decimal(0),
        )

    @property
    def udgifter_regnskab(self) -> Decimal:
        return self._sum(("direkte", "indirekte"), "regnskab")

    @property
    def udgifter_budget(self) -> Decimal:
        return self._sum(("direkte", "indirekte"), "budget")

    @property
    def udgifter_restbudget(self) -> Decimal:
        return self.udgifter_budget - self.udgifter_regnskab

    @property
    def indtaegter_regnskab(self) -> Decimal:
        return self._sum(("indtaegt",), "regnskab")

    @property
    def indtaegter_budget(self) -> Decimal:
        return self._sum(("indtaegt",), "budget")

    @property
    def indtaegter_restbudget(self) -> Decimal:
        """Regnskab − budget for income, as the minutes print it (41.000 kr. in 2012)."""
        return self.indtaegter_regnskab - self.indtaegter_budget

    @property
    def resultat(self) -> Decimal:
        """Income − costs, on the accounts."""
        return self.indtaegter_regnskab - self.udgifter_regnskab

    @property
    def resultat_budget(self) -> Decimal:
        """Income − costs in the budget: derived from the totals (the minutes print only
        the result on the accounts)."""
        return self.indtaegter_budget - self.udgifter_budget

    @property
    def noter(self) -> tuple[str, ...]:
        """Where a figure is not printed in the minutes: derived, or not stated at all."""
        notes = [f"{x.line}: regnskab ikke angivet i referatet." for x in self.lines
                 if x.regnskab is None]
        notes += [f"{x.line}: budget ikke angivet i referatet." for x in self.lines
                  if x.budget is None]
        if self.lines:
            notes.append("Resultat: referatet angiver kun resultatet på regnskabet; budgettet "
                         "er beregnet som indtægter minus udgifter i budgettet, og et "
                         "restbudget for resultatet står ikke i referatet.")
        return tuple(notes)


@frozen
class Fordeling:
    kommune: str
    befolkning: int
    beloeb: Decimal
    total: Decimal
    metode: str


@frozen
class BudgetPost:
    occurred_on: date
    kind: str
    summary: str
    document: str
    item: str | None
    note: str | None
    meeting: str | None
    decision_item: str | None


class BudgetQueries:
    """Budget queries, mixed into :class:`socialaftale.Socialaftale`."""

    db: Database

    def budget(self, year: int, cost_centre: str) -> BudgetTabel:
        """Budget against accounts for a year and cost centre, lines in the minutes' order."""
        rows = self.db.query(
            "SELECT line, gruppe, budget, regnskab, footnote FROM budget_line WHERE"
            " cost_centre = ? AND year = ? ORDER BY position", (cost_centre, year))
        return BudgetTabel(cost_centre, year, tuple(
            BudgetLinje(r[0], r[1], _dec(r[2]), _dec(r[3]), r[4]) for r in rows))

    def shares(self, year: int, cost_centre: str) -> tuple[Fordeling, ...]:
        """Who pays what: each municipality's share of the split for the year."""
        rows = self.db.query(
            "SELECT kommune, befolkning, beloeb, total, metode FROM budget_share WHERE"
            " cost_centre = ? AND year = ? ORDER BY kommune", (cost_centre, year))
        return tuple(Fordeling(r[0], int(r[1]), Decimal(r[2]), Decimal(r[3]), r[4]) for r in rows)

    def shares_over_years(self, cost_centre: str) -> dict[int, tuple[Fordeling, ...]]:
        years = [int(r[0]) for r in self.db.query(
            "SELECT DISTINCT year FROM budget_share WHERE cost_centre = ? ORDER BY year",
            (cost_centre,))]
        return {y: self.shares(y, cost_centre) for y in years}

    def budget_history(self, year: int, cost_centre: str) -> tuple[BudgetPost, ...]:
        """Every booking, correction, advance, split and settlement, with its decision."""
        rows = self.db.query(
            "SELECT occurred_on, kind, summary, document, item, note, meeting, decision_item"
            " FROM budget_history WHERE cost_centre = ? AND year = ? ORDER BY position",
            (cost_centre, year))
        return tuple(BudgetPost(date.fromisoformat(r[0]), *r[1:]) for r in rows)

    def budget_chart_svg(self, year: int, cost_centre: str) -> str:
        """Budget against accounts per cost line, as SVG."""
        table = self.budget(year, cost_centre)
        rows: list[tuple[str, list[Decimal | None]]] = [
            (x.line, [x.budget, x.regnskab]) for x in table.lines if x.gruppe != "indtaegt"
        ]
        return bar_chart(f"{cost_centre} {year}: budget og regnskab", rows,
                         ("Budget", "Regnskab"))

    def shares_chart_svg(self, year: int, cost_centre: str) -> str:
        """Each municipality's share, as SVG."""
        rows: list[tuple[str, list[Decimal | None]]] = [
            (s.kommune, [s.beloeb]) for s in self.shares(year, cost_centre)]
        return bar_chart(f"{cost_centre} {year}: fordeling efter befolkningstal", rows,
                         ("Beløb",))
