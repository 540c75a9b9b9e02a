"""Budget, accounts and cost sharing by population.

A budget belongs to a cost centre (the secretariat, a joint project such as
NOPII) and a year; its lines are grouped as the minutes group them. Totals,
restbudget and the result are always derived from the lines, never typed in.
A joint cost is split among municipalities in proportion to their population,
rounded to øre by the largest-remainder method so the shares add up exactly.

A cost-sharing rule (fordelingsnøgle) is often agreed in principle before the
participants, the total or even the cost centre exist ("udgifterne fordeles efter
befolkningstal"); it is a fact of its own, and its split is derived once what it
waits for is known. Rate decisions for a year (takstbeslutninger) and the footnotes
and unit figures printed with budget lines are kept verbatim.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from attrs import evolve, field, fields, frozen

from .common import Context, DomainError, Provenance, StreamId, stream_id
from .dates import PartialDate
from .money import ORE, finite, format_kroner
from .organisations import NORDJYLLAND
from .organisations import kommune as _kommune

__all__ = [
    "CONTEXT",
    "AccountsBooked",
    "AccountsCorrected",
    "AddBudgetFootnote",
    "AgreeCostSharing",
    "AnswerCostSharing",
    "BookAccounts",
    "BudgetFootnoteAdded",
    "BudgetLineRegistered",
    "BudgetSettled",
    "BudgetState",
    "CarrySurplus",
    "CorrectAccounts",
    "CostSharingAgreed",
    "CostSharingAnswered",
    "CostSharingBasisSet",
    "CostSplit",
    "DecideRates",
    "DeficitAdvanced",
    "Enhedstal",
    "Fordelingsgrundlag",
    "Gruppe",
    "Noegle",
    "ParticipationChanged",
    "PopulationRecorded",
    "RatesDecided",
    "RecordAdvance",
    "RecordPopulation",
    "RegisterBudgetLine",
    "SetCostSharingBasis",
    "SetParticipation",
    "SettleBudget",
    "Share",
    "SplitCost",
    "SurplusCarried",
    "Svar",
    "TakstForventning",
    "answered_late",
    "budget_stream",
    "largest_remainder",
    "population_stream",
    "rates_stream",
    "sharing_stream",
]

Gruppe = Literal["direkte", "indirekte", "indtaegt"]
Deltagelse = Literal["deltager", "afslaaet", "forventet", "afventer"]
Noegle = Literal["befolkningstal", "ligeligt"]
"""How a joint cost is shared: in proportion to population, or in equal parts."""
Svar = Literal["tilslutning", "afslag"]
"""A municipality's answer to a cost-sharing rule: it joins, or it declines."""
Retning = Literal["nedsaettelse", "forhoejelse", "uaendret"]


def budget_stream(cost_centre: str, year: int) -> StreamId:
    return stream_id("budget", f"{cost_centre}/{year}")


def population_stream(year: int) -> StreamId:
    return stream_id("befolkning", str(year))


def sharing_stream(regel: str) -> StreamId:
    return stream_id("fordelingsnoegle", regel)


def rates_stream(year: int) -> StreamId:
    return stream_id("takster", str(year))


def answered_late(answered_on: date, svarfrist: date | PartialDate | None) -> bool:
    """Whether an answer came after its deadline; a partial deadline ends on its last day."""
    if svarfrist is None:
        return False
    last = svarfrist.latest if isinstance(svarfrist, PartialDate) else svarfrist
    return answered_on > last


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
class Enhedstal:
    """A unit figure printed with a line: an amount per unit ("Husleje 850 kr. pr. m2
    (30m2)"), the unit as written, what it prices and the quantity only where stated.

    The product is derived, never stored; without a stated quantity there is none."""

    beloeb: Decimal = field(validator=finite)
    enhed: str
    post: str | None = None
    antal: Decimal | None = None

    @property
    def i_alt(self) -> Decimal | None:
        return None if self.antal is None else self.beloeb * self.antal

    def tekst(self) -> str:
        what = f"{self.post} " if self.post else ""
        qty = "" if self.antal is None else f" ({_number(self.antal)} {self.enhed})"
        return f"{what}{format_kroner(self.beloeb)} pr. {self.enhed}{qty}"


def _number(value: Decimal) -> str:
    return format_kroner(value, unit=False)


@frozen
class TakstForventning:
    """An expectation stated with a rate decision, for a later year, in the minutes' words."""

    aar: int
    tekst: str
    retning: Retning | None = None


@frozen
class BudgetLineRegistered:
    """A line of the budget with its amount (None where the minutes give none).

    ``enhedstal`` holds unit figures printed on the line itself (footnoted ones belong to
    the footnote); old events have none."""

    cost_centre: str
    year: int
    line: str
    gruppe: Gruppe
    position: int
    budget: Decimal | None
    footnote: str | None = None
    enhedstal: tuple[Enhedstal, ...] = ()

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
class BudgetFootnoteAdded:
    """A footnote of a budget table, numbered as the document numbers it, verbatim; on a
    line, or on a heading the minutes print above lines ("Indirekte udgifter (overhead)")."""

    cost_centre: str
    year: int
    nummer: str
    tekst: str
    linje: str | None = None
    overskrift: str | None = None
    enhedstal: tuple[Enhedstal, ...] = ()

    def summary(self) -> str:
        on = self.linje if self.linje is not None else self.overskrift
        return f"Fodnote {self.nummer} til '{on}' {self.year}"


@frozen(kw_only=True)
class Fordelingsgrundlag:
    """What a cost-sharing rule is split on, each part None while unknown: among whom, the
    cost centre and year, the total, the population year and the deadline for answers.

    A rule is agreed before most of it is known and the rest becomes known later, so the
    rule, its later basis and the commands for both share these fields (as fields of their
    own, so stored events keep their flat shape)."""

    blandt: Literal["alle", "deltagere"] | None = None
    cost_centre: str | None = None
    year: int | None = None
    total: Decimal | None = None
    befolkningsaar: int | None = None
    svarfrist: date | None = None

    def grundlag(self) -> dict[str, Any]:
        """Every part of the basis by name, known or not."""
        return {name: getattr(self, name) for name in _GRUNDLAG_FELTER}

    def known(self) -> dict[str, Any]:
        """The parts of the basis that are known (not None)."""
        return {k: v for k, v in self.grundlag().items() if v is not None}


_GRUNDLAG_FELTER: tuple[str, ...] = tuple(a.name for a in fields(Fordelingsgrundlag))


@frozen
class CostSharingAgreed(Fordelingsgrundlag):
    """A cost-sharing rule agreed in principle: what is shared and by which key.

    ``tekst`` is the decision's words; the cost centre, the year, the total, the
    population year and the participants may all be unknown yet (None), and a
    ``betingelse`` ("Hvis … oprettes et fælleskommunal sekretariat") is kept verbatim."""

    regel: str
    formaal: str
    noegle: Noegle
    tekst: str
    betingelse: str | None = None

    def summary(self) -> str:
        return f"Fordelingsnøgle '{self.formaal}': {self.noegle}"


@frozen
class CostSharingAnswered:
    """A municipality's answer to a rule; ``for_sent`` when it came after the deadline
    (flagged, never refused: the record keeps what happened)."""

    regel: str
    kommune: str
    svar: Svar
    for_sent: bool = False

    def summary(self) -> str:
        late = " (efter svarfristen)" if self.for_sent else ""
        return f"{self.kommune}: {self.svar} til '{self.regel}'{late}"


@frozen
class CostSharingBasisSet(Fordelingsgrundlag):
    """What a rule waited for, once known: the total, the population year, the deadline
    or the cost centre; a field left None is unchanged."""

    regel: str

    def summary(self) -> str:
        parts = []
        if self.total is not None:
            parts.append(f"beløb {format_kroner(self.total)}")
        if self.befolkningsaar is not None:
            parts.append(f"befolkningstal {self.befolkningsaar}")
        if self.svarfrist is not None:
            parts.append(f"svarfrist {self.svarfrist.isoformat()}")
        if self.cost_centre is not None:
            parts.append(f"omkostningssted {self.cost_centre}")
        if self.blandt is not None:
            parts.append(f"blandt {self.blandt}")
        return f"Fordelingsnøgle '{self.regel}': {', '.join(parts)}"


@frozen
class RatesDecided:
    """A decision on all rates of a year ("der ændres ikke i taksterne for 2013"), verbatim,
    with the expectations stated for later years."""

    aar: int
    aendring: Retning
    tekst: str
    forventninger: tuple[TakstForventning, ...] = ()

    def summary(self) -> str:
        what = {"uaendret": "uændrede", "nedsaettelse": "nedsatte",
                "forhoejelse": "forhøjede"}[self.aendring]
        return f"Takster {self.aar}: {what}"


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
    footnotes: frozenset[str] = frozenset()
    rule: CostSharingAgreed | None = None


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
    if isinstance(event, BudgetFootnoteAdded):
        return evolve(s, footnotes=s.footnotes | {event.nummer})
    if isinstance(event, CostSharingAgreed):
        return evolve(s, rule=event)
    if isinstance(event, CostSharingBasisSet) and s.rule is not None:
        return evolve(s, rule=evolve(s.rule, **event.known()))
    if isinstance(event, CostSharingAnswered):
        status: Deltagelse = "deltager" if event.svar == "tilslutning" else "afslaaet"
        return evolve(s, participation={**s.participation, event.kommune: status})
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
    enhedstal: tuple[Enhedstal, ...] = ()
    provenance: Provenance


@frozen(kw_only=True)
class AddBudgetFootnote:
    """A footnote on a line (``linje``) or a heading (``overskrift``): exactly one of them."""

    cost_centre: str
    year: int
    nummer: str
    tekst: str
    linje: str | None = None
    overskrift: str | None = None
    enhedstal: tuple[Enhedstal, ...] = ()
    provenance: Provenance


@frozen(kw_only=True)
class AgreeCostSharing(Fordelingsgrundlag):
    regel: str
    formaal: str
    noegle: Noegle
    tekst: str
    betingelse: str | None = None
    provenance: Provenance


@frozen(kw_only=True)
class AnswerCostSharing:
    """A municipality's answer; the answer's date is ``provenance.occurred_on``."""

    regel: str
    kommune: str
    svar: Svar
    provenance: Provenance


@frozen(kw_only=True)
class SetCostSharingBasis(Fordelingsgrundlag):
    regel: str
    provenance: Provenance


@frozen(kw_only=True)
class DecideRates:
    aar: int
    aendring: Retning
    tekst: str
    forventninger: tuple[TakstForventning, ...] = ()
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
    CarrySurplus, RecordPopulation, SetParticipation, SplitCost, AddBudgetFootnote,
    AgreeCostSharing, AnswerCostSharing, SetCostSharingBasis, DecideRates,
)
EVENTS: tuple[type, ...] = (
    BudgetLineRegistered, AccountsBooked, AccountsCorrected, DeficitAdvanced, BudgetSettled,
    SurplusCarried, PopulationRecorded, ParticipationChanged, CostSplit, BudgetFootnoteAdded,
    CostSharingAgreed, CostSharingAnswered, CostSharingBasisSet, RatesDecided,
)


def streams(command: Any) -> Sequence[StreamId]:
    if isinstance(command, RecordPopulation):
        return [population_stream(command.year)]
    if isinstance(command, AgreeCostSharing | AnswerCostSharing | SetCostSharingBasis):
        return [sharing_stream(command.regel)]
    if isinstance(command, DecideRates):
        return [rates_stream(command.aar)]
    ids = [budget_stream(command.cost_centre, command.year)]
    if isinstance(command, SplitCost):
        ids.append(population_stream(command.year))
    return ids


def _line(state: BudgetState, line: str) -> None:
    if line not in state.lines:
        raise DomainError(f"budgetlinjen '{line}' findes ikke i budgettet", rule="ukendt-linje",
                          field="linje")


def _unit_figures(figures: tuple[Enhedstal, ...], field_name: str) -> None:
    for i, f in enumerate(figures, start=1):
        if not f.enhed.strip():
            raise DomainError(f"enhedstal {i}: enheden mangler (fx m2 eller tur)",
                              rule="enhed-mangler", field=f"{field_name}[{i}].enhed")
        if f.antal is not None and f.antal <= 0:
            raise DomainError(f"enhedstal {i}: antallet skal være over 0",
                              rule="antal-positivt", field=f"{field_name}[{i}].antal")


def _decide_sharing(command: Any, state: BudgetState) -> Sequence[tuple[StreamId, Any]]:
    sid = sharing_stream(command.regel)
    if isinstance(command, AgreeCostSharing):
        if state.rule is not None:
            raise DomainError(
                f"fordelingsnøglen '{command.regel}' er allerede registreret; registrér det, "
                "der bliver kendt senere, som grundlag for nøglen", rule="fordelingsnoegle-dobbelt",
                field="regel")
        if not command.tekst.strip():
            raise DomainError("beslutningens ordlyd mangler", rule="ordlyd-mangler",
                              field="tekst")
        if command.total is not None and command.total < 0:
            raise DomainError("beløbet til fordeling kan ikke være negativt",
                              rule="beloeb-negativt", field="total")
        return [(sid, CostSharingAgreed(
            command.regel, command.formaal, command.noegle, command.tekst, command.betingelse,
            **command.grundlag()))]
    rule = state.rule
    if rule is None:
        raise DomainError(f"fordelingsnøglen '{command.regel}' findes ikke",
                          rule="fordelingsnoegle-ukendt", field="regel")
    if isinstance(command, AnswerCostSharing):
        if rule.blandt == "alle":
            raise DomainError(
                f"fordelingsnøglen '{command.regel}' fordeles blandt alle kommuner; der er "
                "intet at svare på", rule="fordeling-uden-tilslutning", field="svar")
        late = answered_late(command.provenance.occurred_on, rule.svarfrist)
        return [(sid, CostSharingAnswered(command.regel, _kommune(command.kommune),
                                          command.svar, late))]
    if isinstance(command, SetCostSharingBasis):
        if not command.known():
            raise DomainError("angiv mindst ét af: total, befolkningsaar, svarfrist, "
                              "cost_centre, year, blandt", rule="intet-grundlag", field="regel")
        if command.total is not None and command.total < 0:
            raise DomainError("beløbet til fordeling kan ikke være negativt",
                              rule="beloeb-negativt", field="total")
        return [(sid, CostSharingBasisSet(command.regel, **command.grundlag()))]
    raise TypeError(f"not a cost-sharing command: {type(command).__name__}")


def decide(command: Any, states: Mapping[StreamId, Any]) -> Sequence[tuple[StreamId, Any]]:
    if isinstance(command, AgreeCostSharing | AnswerCostSharing | SetCostSharingBasis):
        return _decide_sharing(command, states[sharing_stream(command.regel)] or BudgetState())
    if isinstance(command, DecideRates):
        if command.provenance.decision is None:
            raise DomainError("en takstbeslutning skal henvise til beslutningen",
                              rule="takstbeslutning-uden-beslutning", field="beslutning")
        if not command.tekst.strip():
            raise DomainError("beslutningens ordlyd mangler", rule="ordlyd-mangler",
                              field="tekst")
        for i, f in enumerate(command.forventninger, start=1):
            if f.aar <= command.aar:
                raise DomainError(
                    f"forventning {i}: en forventning gælder et senere år end {command.aar}",
                    rule="forventning-bagud", field=f"forventninger[{i}].aar")
        return [(rates_stream(command.aar), RatesDecided(command.aar, command.aendring,
                                                         command.tekst,
                                                         command.forventninger))]
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
        _unit_figures(command.enhedstal, "enhedstal")
        return [(sid, BudgetLineRegistered(cc, year, command.line, command.gruppe,
                                           command.position, command.budget, command.footnote,
                                           command.enhedstal))]
    if isinstance(command, AddBudgetFootnote):
        if (command.linje is None) == (command.overskrift is None):
            raise DomainError("en fodnote står enten ved en linje eller ved en overskrift "
                              "(angiv linje eller overskrift)", rule="fodnote-placering",
                              field="linje")
        if command.linje is not None:
            _line(state, command.linje)
        if command.nummer in state.footnotes:
            raise DomainError(f"fodnote {command.nummer} er allerede registreret for {cc} "
                              f"{year}", rule="fodnote-dobbelt", field="nummer")
        if not command.tekst.strip():
            raise DomainError("fodnotens tekst mangler", rule="fodnote-tom", field="tekst")
        _unit_figures(command.enhedstal, "enhedstal")
        return [(sid, BudgetFootnoteAdded(cc, year, command.nummer, command.tekst,
                                          command.linje, command.overskrift,
                                          command.enhedstal))]
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
