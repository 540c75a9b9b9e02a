"""Budget, accounts and cost sharing by population.

A budget belongs to a cost centre (the secretariat, a joint project such as
NOPII) and a year; its lines are grouped as the minutes group them. Totals,
restbudget and the result are always derived from the lines, never typed in.
A joint cost is split among municipalities in proportion to their population,
rounded to øre by the largest-remainder method so the shares add up exactly.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from attrs import evolve, field, frozen

from .common import Context, DomainError, Provenance, StreamId, stream_id
from .money import ORE, finite, format_kroner
from .organisations import NORDJYLLAND
from .organisations import kommune as _kommune

__all__ = [
    "CONTEXT",
    "AccountsBooked",
    "AccountsCorrected",
    "BookAccounts",
    "BudgetLineRegistered",
    "BudgetSettled",
    "BudgetState",
    "CarrySurplus",
    "CorrectAccounts",
    "CostSplit",
    "DeficitAdvanced",
    "Gruppe",
    "ParticipationChanged",
    "PopulationRecorded",
    "RecordAdvance",
    "RecordPopulation",
    "RegisterBudgetLine",
    "SetParticipation",
    "SettleBudget",
    "Share",
    "SplitCost",
    "SurplusCarried",
    "budget_stream",
    "largest_remainder",
    "population_stream",
]

Gruppe = Literal["direkte", "indirekte", "indtaegt"]
Deltagelse = Literal["deltager", "afslaaet", "forventet", "afventer"]


def budget_stream(cost_centre: str, year: int) -> StreamId:
    return stream_id("budget", f"{cost_centre}/{year}")


def population_stream(year: int) -> StreamId:
    return stream_id("befolkning", str(year))


def largest_remainder(total: Decimal, weights: Mapping[str, int]) -> dict[str, Decimal]:
    """Split ``total`` in proportion to ``weights``, to the øre, adding up exactly.

    Each share is first rounded down to the øre; the øre left over go one each
    to the largest remainders (ties by name), so no share is 1 øre or more from
    its exact proportion.
    """
    sign = Decimal(-1) if total < 0 else Decimal(1)
    cents = int((abs(total) / ORE).to_integral_value())
    whole = sum(weights.values())
    if whole <= 0:
        raise DomainError("fordelingen kræver et befolkningstal over 0", rule="tom-fordeling")
    floors = {k: (cents * w) // whole for k, w in weights.items()}
    left = cents - sum(floors.values())
    by_rest = sorted(weights, key=lambda k: (-((cents * weights[k]) % whole), k))
    for k in by_rest[:left]:
        floors[k] += 1
    return {k: sign * Decimal(v) * ORE for k, v in floors.items()}


# -- events -------------------------------------------------------------------------------


@frozen
class BudgetLineRegistered:
    """A line of the budget with its amount (None where the minutes give none)."""

    cost_centre: str
    year: int
    line: str
    gruppe: Gruppe
    position: int
    budget: Decimal | None
    footnote: str | None = None

    def summary(self) -> str:
        amount = "ikke angivet" if self.budget is None else format_kroner(self.budget)
        return f"Budgetlinje '{self.line}' {self.year}: {amount}"


@frozen
class AccountsBooked:
    """The accounts (regnskab) of one line; None where the minutes leave the cell empty."""

    cost_centre: str
    year: int
    line: str
    regnskab: Decimal | None

    def summary(self) -> str:
        amount = "ikke angivet" if self.regnskab is None else format_kroner(self.regnskab)
        return f"Regnskab '{self.line}' {self.year}: {amount}"


@frozen
class AccountsCorrected:
    """A later correction of a booked line; the earlier booking stays in the log."""

    cost_centre: str
    year: int
    line: str
    fra: Decimal | None
    til: Decimal | None
    grund: str

    def summary(self) -> str:
        return f"Regnskab '{self.line}' {self.year} rettet ({self.grund})"


@frozen
class DeficitAdvanced:
    """An amount advanced (udlæg) by one party until the deficit is settled."""

    cost_centre: str
    year: int
    by: str
    beloeb: Decimal = field(validator=finite)

    def summary(self) -> str:
        return f"Udlæg {format_kroner(self.beloeb)} ved {self.by}"


@frozen
class BudgetSettled:
    """How a result was settled, by decision (e.g. a budget transfer from another area)."""

    cost_centre: str
    year: int
    model: str
    beloeb: Decimal | None = None

    def summary(self) -> str:
        return f"Regnskab {self.year} afklaret: {self.model}"


@frozen
class SurplusCarried:
    """A surplus (positive) or deficit (negative) of one year carried into a later year."""

    cost_centre: str
    year: int
    til_aar: int
    beloeb: Decimal = field(validator=finite)

    def summary(self) -> str:
        art = "Overskud" if self.beloeb >= 0 else "Underskud"
        amount = format_kroner(abs(self.beloeb))
        return f"{art} {amount} fra {self.year} overført til {self.til_aar}"


@frozen
class PopulationRecorded:
    """A municipality's population for a year, with where the figure comes from."""

    year: int
    kommune: str
    befolkning: int
    kilde: str
    rettelse: bool = False

    def summary(self) -> str:
        return f"Befolkningstal {self.kommune} {self.year}: {self.befolkning} ({self.kilde})"


@frozen
class ParticipationChanged:
    """Whether a municipality takes part in a joint cost (and by when it must answer)."""

    cost_centre: str
    year: int
    kommune: str
    status: Deltagelse
    svarfrist: date | None = None

    def summary(self) -> str:
        return f"{self.kommune}: {self.status} ({self.cost_centre} {self.year})"


@frozen
class Share:
    kommune: str
    befolkning: int
    beloeb: Decimal = field(validator=finite)


@frozen
class CostSplit:
    """A total split among municipalities by population; the method is part of the fact."""

    cost_centre: str
    year: int
    total: Decimal = field(validator=finite)
    blandt: Literal["alle", "deltagere"] = "deltagere"
    metode: str = "befolkningstal, største restmetode til øre"
    shares: tuple[Share, ...] = ()

    def summary(self) -> str:
        return (f"{format_kroner(self.total)} fordelt på {len(self.shares)} kommuner efter "
                f"befolkningstal")


# -- state --------------------------------------------------------------------------------


@frozen
class BudgetState:
    """What a budget stream or a population stream knows so far."""

    lines: Mapping[str, Gruppe] = field(factory=dict)
    booked: Mapping[str, Decimal | None] = field(factory=dict)
    participation: Mapping[str, Deltagelse] = field(factory=dict)
    population: Mapping[str, int] = field(factory=dict)


def evolve_state(state: BudgetState | None, event: Any) -> BudgetState:
    s = state or BudgetState()
    if isinstance(event, BudgetLineRegistered):
        return evolve(s, lines={**s.lines, event.line: event.gruppe})
    if isinstance(event, AccountsBooked):
        return evolve(s, booked={**s.booked, event.line: event.regnskab})
    if isinstance(event, AccountsCorrected):
        return evolve(s, booked={**s.booked, event.line: event.til})
    if isinstance(event, ParticipationChanged):
        return evolve(s, participation={**s.participation, event.kommune: event.status})
    if isinstance(event, PopulationRecorded):
        return evolve(s, population={**s.population, event.kommune: event.befolkning})
    return s


# -- commands -----------------------------------------------------------------------------


@frozen(kw_only=True)
class RegisterBudgetLine:
    cost_centre: str
    year: int
    line: str
    gruppe: Gruppe
    position: int
    budget: Decimal | None
    footnote: str | None = None
    provenance: Provenance


@frozen(kw_only=True)
class BookAccounts:
    cost_centre: str
    year: int
    line: str
    regnskab: Decimal | None
    provenance: Provenance


@frozen(kw_only=True)
class CorrectAccounts:
    cost_centre: str
    year: int
    line: str
    regnskab: Decimal | None
    grund: str
    provenance: Provenance


@frozen(kw_only=True)
class RecordAdvance:
    cost_centre: str
    year: int
    by: str
    beloeb: Decimal
    provenance: Provenance


@frozen(kw_only=True)
class SettleBudget:
    cost_centre: str
    year: int
    model: str
    beloeb: Decimal | None = None
    provenance: Provenance


@frozen(kw_only=True)
class CarrySurplus:
    cost_centre: str
    year: int
    til_aar: int
    beloeb: Decimal
    provenance: Provenance


@frozen(kw_only=True)
class RecordPopulation:
    year: int
    kommune: str
    befolkning: int
    kilde: str
    rettelse: bool = False
    provenance: Provenance


@frozen(kw_only=True)
class SetParticipation:
    cost_centre: str
    year: int
    kommune: str
    status: Deltagelse
    svarfrist: date | None = None
    provenance: Provenance


@frozen(kw_only=True)
class SplitCost:
    """Split ``total`` among all North Jutland municipalities or only the participants."""

    cost_centre: str
    year: int
    total: Decimal
    blandt: Literal["alle", "deltagere"] = "deltagere"
    provenance: Provenance


COMMANDS: tuple[type, ...] = (
    RegisterBudgetLine, BookAccounts, CorrectAccounts, RecordAdvance, SettleBudget,
    CarrySurplus, RecordPopulation, SetParticipation, SplitCost,
)
EVENTS: tuple[type, ...] = (
    BudgetLineRegistered, AccountsBooked, AccountsCorrected, DeficitAdvanced, BudgetSettled,
    SurplusCarried, PopulationRecorded, ParticipationChanged, CostSplit,
)


def streams(command: Any) -> Sequence[StreamId]:
    if isinstance(command, RecordPopulation):
        return [population_stream(command.year)]
    ids = [budget_stream(command.cost_centre, command.year)]
    if isinstance(command, SplitCost):
        ids.append(population_stream(command.year))
    return ids


def _line(state: BudgetState, line: str) -> None:
    if line not in state.lines:
        raise DomainError(f"budgetlinjen '{line}' findes ikke i budgettet", rule="ukendt-linje",
                          field="linje")


def decide(command: Any, states: Mapping[StreamId, Any]) -> Sequence[tuple[StreamId, Any]]:
    if isinstance(command, RecordPopulation):
        sid = population_stream(command.year)
        pop: BudgetState = states[sid] or BudgetState()
        name = _kommune(command.kommune)
        if command.befolkning <= 0:
            raise DomainError("befolkningstallet skal være over 0", rule="befolkning-positiv",
                              field="befolkning")
        if name in pop.population and not command.rettelse:
            raise DomainError(
                f"befolkningstallet for {name} {command.year} er allerede registreret; "
                "registrér en rettelse", rule="befolkning-dobbelt", field="befolkning")
        return [(sid, PopulationRecorded(command.year, name, command.befolkning, command.kilde,
                                         command.rettelse))]
    sid = budget_stream(command.cost_centre, command.year)
    state: BudgetState = states[sid] or BudgetState()
    cc, year = command.cost_centre, command.year
    if isinstance(command, RegisterBudgetLine):
        if command.line in state.lines:
            raise DomainError(f"budgetlinjen '{command.line}' er allerede registreret for {year}",
                              rule="linje-dobbelt", field="linje")
        return [(sid, BudgetLineRegistered(cc, year, command.line, command.gruppe,
                                           command.position, command.budget, command.footnote))]
    if isinstance(command, BookAccounts):
        _line(state, command.line)
        if command.line in state.booked:
            raise DomainError(
                f"regnskabet for '{command.line}' {year} er allerede bogført; registrér en "
                "rettelse", rule="bogfoert-dobbelt", field="regnskab")
        return [(sid, AccountsBooked(cc, year, command.line, command.regnskab))]
    if isinstance(command, CorrectAccounts):
        _line(state, command.line)
        if command.line not in state.booked:
            raise DomainError(f"'{command.line}' er ikke bogført endnu; der er intet at rette",
                              rule="intet-at-rette", field="regnskab")
        return [(sid, AccountsCorrected(cc, year, command.line, state.booked[command.line],
                                        command.regnskab, command.grund))]
    if isinstance(command, RecordAdvance):
        return [(sid, DeficitAdvanced(cc, year, _kommune(command.by, field="udlæg"),
                                      command.beloeb))]
    if isinstance(command, SettleBudget):
        if command.provenance.decision is None:
            raise DomainError("en afklaring af regnskabet skal henvise til beslutningen",
                              rule="afklaring-uden-beslutning", field="beslutning")
        return [(sid, BudgetSettled(cc, year, command.model, command.beloeb))]
    if isinstance(command, CarrySurplus):
        if command.til_aar <= year:
            raise DomainError(f"et overskud fra {year} kan kun overføres til et senere år",
                              rule="overfoersel-bagud", field="til_aar")
        return [(sid, SurplusCarried(cc, year, command.til_aar, command.beloeb))]
    if isinstance(command, SetParticipation):
        return [(sid, ParticipationChanged(cc, year, _kommune(command.kommune), command.status,
                                           command.svarfrist))]
    if isinstance(command, SplitCost):
        pop = states[population_stream(year)] or BudgetState()
        if command.blandt == "alle":
            among = list(NORDJYLLAND)
        else:
            among = sorted(k for k, s in state.participation.items() if s == "deltager")
        if not among:
            raise DomainError(f"ingen kommuner deltager i {cc} {year}; intet at fordele",
                              rule="ingen-deltagere", field="deltagere")
        missing = [k for k in among if k not in pop.population]
        if missing:
            raise DomainError(
                f"befolkningstal for {year} mangler for: {', '.join(missing)}",
                rule="befolkning-mangler", field="befolkning")
        weights = {k: pop.population[k] for k in among}
        amounts = largest_remainder(command.total, weights)
        shares = tuple(Share(k, weights[k], amounts[k]) for k in among)
        return [(sid, CostSplit(cc, year, command.total, command.blandt, shares=shares))]
    raise TypeError(f"not a budget command: {type(command).__name__}")


CONTEXT = Context(
    name="budget",
    commands=COMMANDS,
    events=EVENTS,
    streams=streams,
    decide=decide,
    evolve=evolve_state,
)
