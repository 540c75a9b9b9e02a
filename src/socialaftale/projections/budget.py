"""Budget read models: budget against accounts in the minutes' layout, who pays what, history.

Totals, restbudget and the result are computed from the lines when asked;
only what the minutes state is stored. Charts are plain SVG for the frontends.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

from attrs import evolve, frozen

from ..domain.budget import (
    EVENTS,
    AccountsBooked,
    AccountsCorrected,
    BudgetFootnoteAdded,
    BudgetLineRegistered,
    CostSharingAgreed,
    CostSharingAnswered,
    CostSharingBasisSet,
    CostSplit,
    Enhedstal,
    PopulationRecorded,
    RatesDecided,
    TakstForventning,
    largest_remainder,
)
from ..domain.common import DomainError, Recorded
from ..domain.organisations import NORDJYLLAND
from ..persistence import converter
from ..readstore import Database, Projection, Tx
from .charts import bar_chart

__all__ = ["BudgetFodnote", "BudgetLinje", "BudgetPost", "BudgetProjection", "BudgetQueries",
           "BudgetTabel", "Fordeling", "Fordelingsnoegle", "Svarpost", "Takstbeslutning"]

_SHARING = {"CostSharingAgreed": CostSharingAgreed, "CostSharingAnswered": CostSharingAnswered,
            "CostSharingBasisSet": CostSharingBasisSet}


def _figures_json(figures: tuple[Enhedstal, ...]) -> str | None:
    return json.dumps(converter.unstructure(figures)) if figures else None


def _figures(text: str | None) -> tuple[Enhedstal, ...]:
    return () if not text else converter.structure(json.loads(text), tuple[Enhedstal, ...])


def _decision(meeting: str | None, item: str | None) -> str | None:
    return None if meeting is None else f"{meeting} pkt. {item}"


def _dec(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


class BudgetProjection(Projection):
    name = "budget"
    version = 2
    events = EVENTS
    tables: ClassVar[tuple[str, ...]] = ("budget_line", "budget_history", "budget_share",
                                         "budget_footnote", "budget_population",
                                         "budget_sharing_event", "budget_rate_decision")

    def create(self, tx: Tx) -> None:
        tx.execute(
            "CREATE TABLE IF NOT EXISTS budget_line (cost_centre TEXT NOT NULL, year INTEGER"
            " NOT NULL, line TEXT NOT NULL, gruppe TEXT NOT NULL, position INTEGER NOT NULL,"
            " budget TEXT, regnskab TEXT, booked INTEGER NOT NULL DEFAULT 0, footnote TEXT,"
            " enhedstal TEXT, PRIMARY KEY (cost_centre, year, line))"
        )
        tx.execute(
            "CREATE TABLE IF NOT EXISTS budget_footnote (cost_centre TEXT NOT NULL, year INTEGER"
            " NOT NULL, nummer TEXT NOT NULL, position BIGINT NOT NULL, linje TEXT, overskrift"
            " TEXT, tekst TEXT NOT NULL, enhedstal TEXT, PRIMARY KEY (cost_centre, year, nummer))"
        )
        tx.execute(
            "CREATE TABLE IF NOT EXISTS budget_population (position BIGINT PRIMARY KEY, year"
            " INTEGER NOT NULL, kommune TEXT NOT NULL, befolkning INTEGER NOT NULL, kilde TEXT"
            " NOT NULL, occurred_on TEXT NOT NULL)"
        )
        tx.execute(
            "CREATE TABLE IF NOT EXISTS budget_sharing_event (position BIGINT PRIMARY KEY,"
            " regel TEXT NOT NULL, occurred_on TEXT NOT NULL, kind TEXT NOT NULL, payload TEXT"
            " NOT NULL, document TEXT NOT NULL, item TEXT, note TEXT, meeting TEXT,"
            " decision_item TEXT)"
        )
        tx.execute(
            "CREATE TABLE IF NOT EXISTS budget_rate_decision (position BIGINT PRIMARY KEY, aar"
            " INTEGER NOT NULL, aendring TEXT NOT NULL, tekst TEXT NOT NULL, forventninger TEXT"
            " NOT NULL, occurred_on TEXT NOT NULL, document TEXT NOT NULL, item TEXT, note TEXT,"
            " meeting TEXT, decision_item TEXT)"
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
                " footnote, enhedstal) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (e.cost_centre, e.year, e.line, e.gruppe, e.position,
                 None if e.budget is None else str(e.budget), e.footnote,
                 _figures_json(e.enhedstal)),
            )
        elif isinstance(e, BudgetFootnoteAdded):
            tx.execute(
                "INSERT INTO budget_footnote VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (e.cost_centre, e.year, e.nummer, recorded.position, e.linje, e.overskrift,
                 e.tekst, _figures_json(e.enhedstal)),
            )
        elif isinstance(e, PopulationRecorded):
            tx.execute(
                "INSERT INTO budget_population VALUES (?, ?, ?, ?, ?, ?)",
                (recorded.position, e.year, e.kommune, e.befolkning, e.kilde,
                 recorded.meta.occurred_on.isoformat()),
            )
        elif isinstance(e, CostSharingAgreed | CostSharingAnswered | CostSharingBasisSet):
            m = recorded.meta
            tx.execute(
                "INSERT INTO budget_sharing_event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (recorded.position, e.regel, m.occurred_on.isoformat(), type(e).__name__,
                 json.dumps(converter.unstructure(e)), m.source.document, m.source.item,
                 m.source.note, m.decision.meeting if m.decision else None,
                 m.decision.item if m.decision else None),
            )
            return  # a rule has no cost centre or year of its own to file its history under
        elif isinstance(e, RatesDecided):
            m = recorded.meta
            tx.execute(
                "INSERT INTO budget_rate_decision VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (recorded.position, e.aar, e.aendring, e.tekst,
                 json.dumps(converter.unstructure(e.forventninger)), m.occurred_on.isoformat(),
                 m.source.document, m.source.item, m.source.note,
                 m.decision.meeting if m.decision else None,
                 m.decision.item if m.decision else None),
            )
            return
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
                (recorded.position, getattr(e, "cost_centre", None), getattr(e, "year", None),
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
    fodnoter: tuple[str, ...] = ()
    """The numbers of the footnotes on the line, as the document numbers them."""
    enhedstal: tuple[Enhedstal, ...] = ()

    @property
    def restbudget(self) -> Decimal:
        """Budget − regnskab for costs; regnskab − budget for income (as the minutes print)."""
        b, r = self.budget or Decimal(0), self.regnskab or Decimal(0)
        return r - b if self.gruppe == "indtaegt" else b - r


@frozen
class BudgetFodnote:
    """A footnote of the table, verbatim, with where it stands and its unit figures."""

    nummer: str
    tekst: str
    linje: str | None
    overskrift: str | None
    enhedstal: tuple[Enhedstal, ...] = ()

    @property
    def beregnet(self) -> Decimal | None:
        """The unit figures' products added up, only when every figure states its quantity
        (a figure without one is not multiplied by a guess)."""
        totals = [f.i_alt for f in self.enhedstal]
        if not totals or any(t is None for t in totals):
            return None
        return sum((t for t in totals if t is not None), Decimal(0))


@frozen
class BudgetTabel:
    cost_centre: str
    year: int
    lines: tuple[BudgetLinje, ...]
    fodnoter: tuple[BudgetFodnote, ...] = ()

    #: What the table shows besides its lines, carried by its JSON (``to_data``).
    DERIVED: ClassVar[tuple[str, ...]] = (
        "udgifter_regnskab", "udgifter_budget", "udgifter_restbudget", "indtaegter_regnskab",
        "indtaegter_budget", "indtaegter_restbudget", "resultat", "resultat_budget", "noter")

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
class Svarpost:
    """A municipality's latest answer to a rule as of the asked date."""

    kommune: str
    svar: str
    dato: date
    for_sent: bool


@frozen
class Fordelingsnoegle:
    """A cost-sharing rule as it stood on ``dato``: what it says, who answered, what it still
    waits for (``mangler``, in Danish) and, once nothing is missing, the derived split."""

    regel: str
    formaal: str
    noegle: str
    tekst: str
    blandt: str | None
    cost_centre: str | None
    year: int | None
    total: Decimal | None
    befolkningsaar: int | None
    svarfrist: date | None
    betingelse: str | None
    vedtaget: date
    beslutning: str | None
    kilde: str
    note: str | None
    dato: date
    svar: tuple[Svarpost, ...]
    mangler: tuple[str, ...]
    andele: tuple[Fordeling, ...]

    @property
    def status(self) -> str:
        return "afventer " + "; ".join(self.mangler) if self.mangler else "beregnet"


@frozen
class Takstbeslutning:
    aar: int
    aendring: str
    tekst: str
    forventninger: tuple[TakstForventning, ...]
    dato: date
    beslutning: str | None
    kilde: str
    note: str | None


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
            "SELECT line, gruppe, budget, regnskab, footnote, enhedstal FROM budget_line WHERE"
            " cost_centre = ? AND year = ? ORDER BY position", (cost_centre, year))
        notes = tuple(
            BudgetFodnote(r[0], r[1], r[2], r[3], _figures(r[4])) for r in self.db.query(
                "SELECT nummer, tekst, linje, overskrift, enhedstal FROM budget_footnote WHERE"
                " cost_centre = ? AND year = ? ORDER BY position", (cost_centre, year)))
        on_line: dict[str, list[str]] = {}
        for n in notes:
            if n.linje is not None:
                on_line.setdefault(n.linje, []).append(n.nummer)
        return BudgetTabel(cost_centre, year, tuple(
            BudgetLinje(r[0], r[1], _dec(r[2]), _dec(r[3]), r[4], tuple(on_line.get(r[0], ())),
                        _figures(r[5])) for r in rows), notes)

    def shares(self, year: int, cost_centre: str) -> tuple[Fordeling, ...]:
        """Who pays what: each municipality's share of the split for the year."""
        rows = self.db.query(
            "SELECT kommune, befolkning, beloeb, total, metode FROM budget_share WHERE"
            " cost_centre = ? AND year = ? ORDER BY kommune", (cost_centre, year))
        return tuple(Fordeling(r[0], int(r[1]), Decimal(r[2]), Decimal(r[3]), r[4]) for r in rows)

    def budget_periods(self) -> tuple[tuple[int, str], ...]:
        """The (year, cost centre) pairs that have budget lines, oldest first: what a page
        can offer to show, instead of a year or cost centre assumed in the code."""
        return tuple((int(r[0]), str(r[1])) for r in self.db.query(
            "SELECT DISTINCT year, cost_centre FROM budget_line ORDER BY year, cost_centre"))

    def share_periods(self) -> tuple[tuple[int, str], ...]:
        """The (year, cost centre) pairs that have a split, oldest first."""
        return tuple((int(r[0]), str(r[1])) for r in self.db.query(
            "SELECT DISTINCT year, cost_centre FROM budget_share ORDER BY year, cost_centre"))

    def share_cost_centres(self) -> tuple[str, ...]:
        """The cost centres that have a split in some year."""
        return tuple(r[0] for r in self.db.query(
            "SELECT DISTINCT cost_centre FROM budget_share ORDER BY cost_centre"))

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

    def rate_decisions(self, year: int | None = None) -> tuple[Takstbeslutning, ...]:
        """Decisions on all rates of a year (or of every year), in the order recorded."""
        where, args = ("WHERE aar = ?", (year,)) if year is not None else ("", ())
        rows = self.db.query(
            "SELECT aar, aendring, tekst, forventninger, occurred_on, meeting, decision_item,"
            f" document, item, note FROM budget_rate_decision {where} ORDER BY position", args)
        return tuple(
            Takstbeslutning(int(r[0]), r[1], r[2], converter.structure(
                json.loads(r[3]), tuple[TakstForventning, ...]), date.fromisoformat(r[4]),
                _decision(r[5], r[6]), r[7] + (f" pkt. {r[8]}" if r[8] else ""), r[9])
            for r in rows)

    def sharing_rules(self, on: date | None = None, *,
                      cost_centre: str | None = None) -> tuple[Fordelingsnoegle, ...]:
        """Every cost-sharing rule agreed by ``on`` (default: all), as it stood that day."""
        ids = [r[0] for r in self.db.query(
            "SELECT regel FROM budget_sharing_event WHERE kind = 'CostSharingAgreed'"
            " ORDER BY position")]
        found = (self.sharing_rule(i, on) for i in ids)
        return tuple(f for f in found if f is not None
                     and (cost_centre is None or f.cost_centre == cost_centre))

    def sharing_rule(self, regel: str, on: date | None = None) -> Fordelingsnoegle | None:
        """One rule as it stood on ``on`` (default: everything recorded); None before it was
        agreed. The split is derived here, never stored: it appears once the participants,
        the total and the population are known, and until then ``mangler`` says what is
        missing."""
        day = on or date.max
        rows = [r for r in self.db.query(
            "SELECT occurred_on, kind, payload, document, item, note, meeting, decision_item"
            " FROM budget_sharing_event WHERE regel = ? ORDER BY position", (regel,))
            if date.fromisoformat(r[0]) <= day]
        agreed = next((r for r in rows if r[1] == "CostSharingAgreed"), None)
        if agreed is None:
            return None
        rule: CostSharingAgreed = converter.structure(json.loads(agreed[2]), CostSharingAgreed)
        answers: dict[str, Svarpost] = {}
        for r in rows:
            e: Any = converter.structure(json.loads(r[2]), _SHARING[r[1]])
            if isinstance(e, CostSharingBasisSet):
                rule = evolve(rule, **e.known())
            elif isinstance(e, CostSharingAnswered):
                answers[e.kommune] = Svarpost(e.kommune, e.svar, date.fromisoformat(r[0]),
                                              e.for_sent)
        missing, shares = self._split(rule, answers, day)
        return Fordelingsnoegle(
            rule.regel, rule.formaal, rule.noegle, rule.tekst, rule.blandt, rule.cost_centre,
            rule.year, rule.total, rule.befolkningsaar, rule.svarfrist, rule.betingelse,
            date.fromisoformat(agreed[0]), _decision(agreed[6], agreed[7]),
            agreed[3] + (f" pkt. {agreed[4]}" if agreed[4] else ""), agreed[5],
            day if on is not None else date.today(), tuple(answers.values()), missing, shares)

    def _split(self, rule: CostSharingAgreed, answers: dict[str, Svarpost],
               day: date) -> tuple[tuple[str, ...], tuple[Fordeling, ...]]:
        missing: list[str] = []
        if rule.blandt is None:
            among = []
            missing.append("hvilke kommuner udgiften fordeles blandt")
        elif rule.blandt == "alle":
            among = list(NORDJYLLAND)
        else:
            among = sorted(k for k, a in answers.items() if a.svar == "tilslutning")
            open_ = [k for k in NORDJYLLAND if k not in answers]
            deadline_open = rule.svarfrist is None or day <= rule.svarfrist
            if open_ and deadline_open:
                frist = ("frist ikke fastsat" if rule.svarfrist is None
                         else f"frist {rule.svarfrist.day}.{rule.svarfrist.month}."
                              f"{rule.svarfrist.year}")
                missing.append(f"svar fra {', '.join(open_)} ({frist})")
            elif not among:
                missing.append("tilslutning fra mindst én kommune")
        if rule.total is None:
            missing.append("det samlede beløb")
        weights: dict[str, int] = {k: 1 for k in among}
        if rule.noegle == "befolkningstal":
            if rule.befolkningsaar is None:
                missing.append("hvilket års befolkningstal")
            else:
                population: dict[str, int] = {}
                for k, n, on in self.db.query(
                        "SELECT kommune, befolkning, occurred_on FROM budget_population WHERE"
                        " year = ? ORDER BY position", (rule.befolkningsaar,)):
                    if date.fromisoformat(on) <= day:
                        population[k] = int(n)  # a later figure (a correction) wins
                lacking = [k for k in among if k not in population]
                if lacking:
                    missing.append(f"befolkningstal {rule.befolkningsaar} for "
                                   f"{', '.join(lacking)}")
                weights = {k: population.get(k, 0) for k in among}
        if missing or rule.total is None:
            return tuple(missing), ()
        try:
            amounts = largest_remainder(rule.total, weights)
        except DomainError as err:
            return (err.message,), ()
        metode = ("befolkningstal, største restmetode til øre" if rule.noegle == "befolkningstal"
                  else "ligeligt, største restmetode til øre")
        return (), tuple(Fordeling(k, weights[k] if rule.noegle == "befolkningstal" else 0,
                                   amounts[k], rule.total, metode) for k in among)
