""""Min kommune": what one of the agreement's twelve parties (the 11 North Jutland
municipalities and the region) runs, asks, owes, owns and still has to approve.

No read model of its own: one query assembling the other contexts' answers, so the web
page, the JSON API and the CLI (``socialaftale kommune NAVN``) show the same thing.
"""

from __future__ import annotations

from datetime import date

from attrs import frozen

from ..domain.common import DomainError
from ..domain.forloeb import AFTALENS_RAAD, REGIONEN
from ..domain.names import did_you_mean, slug
from .budget import BudgetQueries, Fordeling
from .forloeb import ForloebQueries, Godkendelse
from .meetings import MeetingsQueries, Opfoelgning
from .search import Fundgruppe, SearchQueries
from .tilbudsvifte import Anmodning, Frister, TilbudIVifte, TilbudsvifteQueries

__all__ = ["KOMMUNE_IDS", "Andel", "KommuneOversigt", "KommuneQueries", "Noegleandel",
           "kommune_id", "part_named"]

#: The twelve parties by page id ("aalborg", "hjoerring", "region-nordjylland").
KOMMUNE_IDS: dict[str, str] = {slug(n): n for n in AFTALENS_RAAD}


def kommune_id(name: str) -> str:
    """The page id of a party ("Hjørring" → "hjoerring")."""
    return slug(name)


def part_named(key: str) -> str:
    """The canonical name of a party given its id or name ("aalborg", "Aalborg Kommune",
    "Region Nordjylland"), or a Danish refusal with the nearest one."""
    text = " ".join(key.split())
    for suffix in (" Kommune", " kommune"):
        text = text.removesuffix(suffix)
    if text in KOMMUNE_IDS:
        return KOMMUNE_IDS[text]
    found = KOMMUNE_IDS.get(slug(text))
    if found is not None:
        return found
    hint = did_you_mean(text, AFTALENS_RAAD, ignore_case=True)
    raise DomainError(f"ukendt kommune '{key}': socialaftalens parter er de 11 nordjyske "
                      f"kommuner og Region Nordjylland{hint}", rule="kommune-ukendt",
                      field="kommune")


@frozen
class Andel:
    """What the party pays of one cost centre's split in one year."""

    aar: int
    omkostningssted: str
    andel: Fordeling


@frozen
class Noegleandel:
    """A cost-sharing rule the party takes part in: its state, and the party's share once
    the split can be derived (None: still unknown, ``status`` says what it waits for)."""

    regel: str
    formaal: str
    aar: int | None
    status: str
    svar: str | None
    andel: Fordeling | None


@frozen
class KommuneOversigt:
    """One party on a day (``paa``): its offers in the tilbudsvifte with places and rates,
    the deadlines, its ind-/udmeldinger and their status, the follow-up actions it owns,
    what it pays per year, the decisions naming it and the approvals it still owes."""

    id: str
    navn: str
    art: str
    paa: date
    tilbud: tuple[TilbudIVifte, ...]
    frister: tuple[Frister, ...]
    anmodninger: tuple[Anmodning, ...]
    opfoelgninger: tuple[Opfoelgning, ...]
    betaler: tuple[Andel, ...]
    fordelingsnoegler: tuple[Noegleandel, ...]
    beslutninger: tuple[Fundgruppe, ...]
    godkendelser: tuple[Godkendelse, ...]

    @property
    def aabne_opfoelgninger(self) -> tuple[Opfoelgning, ...]:
        return tuple(a for a in self.opfoelgninger if a.afsluttet is None)


class KommuneQueries(TilbudsvifteQueries, BudgetQueries, MeetingsQueries, ForloebQueries,
                     SearchQueries):
    """"Min kommune", mixed into :class:`socialaftale.Socialaftale`."""

    def kommuner(self) -> tuple[tuple[str, str], ...]:
        """The twelve parties as (id, name): the municipalities, then the region."""
        return tuple((kommune_id(n), n) for n in AFTALENS_RAAD)

    def kommune(self, key: str, *, on: date | None = None) -> KommuneOversigt:
        """One party (by id or name) as the record stands on ``on`` (default: today)."""
        name = part_named(key)
        day = on or date.today()
        offers = tuple(o for o in self.tilbudsvifte(day) if o.driftsherre == name)
        years = sorted(set(self.anmodning_years()) | {day.year, day.year + 1})
        deadlines = tuple(f for y in years if (f := self.frister(y)) is not None)
        runs: dict[str, bool] = {}

        def ours(key: str) -> bool:
            if key not in runs:
                offer = self.tilbud_last_known(key)
                runs[key] = offer is not None and offer.driftsherre == name
            return runs[key]

        requests = tuple(a for y in years for a in self.anmodninger(y) if ours(a.key))
        pays = tuple(Andel(y, centre, f) for centre in self.share_cost_centres()
                     for y, split in self.shares_over_years(centre).items()
                     for f in split if f.kommune == name)
        rules = []
        for rule in self.sharing_rules(day):
            answer = next((s.svar for s in rule.svar if s.kommune == name), None)
            share = next((f for f in rule.andele if f.kommune == name), None)
            if answer is None and share is None and not any(name in m for m in rule.mangler):
                continue
            rules.append(Noegleandel(rule.regel, rule.formaal, rule.year, rule.status,
                                     answer, share))
        found = self.search(name, arter=("beslutning", "sag"), kommune=name, orden="nyeste",
                            pr_side=50)
        return KommuneOversigt(
            id=kommune_id(name), navn=name,
            art="region" if name == REGIONEN else "kommune", paa=day,
            tilbud=offers, frister=deadlines, anmodninger=requests,
            opfoelgninger=self.actions(day, open_only=False, owner=name),
            betaler=pays, fordelingsnoegler=tuple(rules), beslutninger=found.grupper,
            godkendelser=self.approvals(pending=True, council=name, on=day))

