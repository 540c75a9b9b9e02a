"""A reproducible synthetic national history with the real shape, recorded through the API.

    python benchmarks/generate.py --events 100000 --store sqlite:///national.db [--seed 7]

Five regions and their 98 municipalities; per region a DAS, a Socialdirektørkreds and a
KKR, and per municipality its social committee, disability council and children and youth
committee, each meeting ten times a year with 10-20 items, every item decided; about a
third of the DAS decisions carry tilbudsvifte facts (places changed, rates set) over 3,000
offers, some decisions assign follow-up actions (most reported done at the body's next
meeting); each region's first DAS meeting of a year
forms a working group with members and milestones; every year each region's secretariat
budget (lines and accounts), the population of every municipality and a cost split among
them. Titles, referater and mandates are words of the real minutes drawn with their Zipf
weights (vocabulary.py). That is about 55,000 events a year: 1,000,000 events are
eighteen years. Batches are whole meetings (one transaction each), as a secretariat
records them. The same seed and size give the same history.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from socialaftale import REGIONER, DecisionRef, Provenance, Source, open_store
from socialaftale import arbejdsgrupper as ag
from socialaftale import budget as b
from socialaftale import fora as f
from socialaftale import meetings as m
from socialaftale import tilbudsvifte as tv

sys.path.insert(0, str(Path(__file__).parent))
from vocabulary import words

__all__ = ["history", "main", "meeting_of"]

BODIES = ("das", "socdir", "kkr")
MUNICIPAL_BODIES = ("Socialudvalget", "Handicaprådet", "Børne- og ungeudvalget")
OUTCOMES: tuple[m.Outcome, ...] = ("approved", "approved_with_remarks", "noted", "discussed",
                                   "decided_otherwise", "postponed")
OFFERS_PER_REGION = 600
SECRETARIAT = "Sekretariatet"


def _slug(name: str) -> str:
    out = name.lower()
    for a, c in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), (" ", "-")):
        out = out.replace(a, c)
    return "".join(ch for ch in out if ch.isalnum() or ch == "-")


class _State:
    """What the generator must remember to stay within the rules (open offers, ids)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.offers: dict[str, list[tuple[str, str]]] = {r: [] for r in REGIONER}
        self.actions = 0
        self.open_actions: dict[str, list[tuple[str, str]]] = {}  # per forum


def _text(rng: random.Random, n: int) -> str:
    """``n`` words of the real minutes, drawn with their Zipf weights (vocabulary.py)."""
    return " ".join(words(rng, n)).capitalize()


def _offers(state: _State, year: int) -> list[Any]:
    """The offers each region's municipalities run, registered at the start."""
    rng = state.rng
    prov = Provenance(date(year, 1, 1), Source("takstbilag (syntetisk)"))
    commands: list[Any] = []
    for region, kommuner in REGIONER.items():
        for i in range(OFFERS_PER_REGION):
            dh = kommuner[i % len(kommuner)]
            key = f"{_slug(dh)}/t{i}"
            commands.append(tv.RegisterTilbud(
                key=key, navn=f"{dh} tilbud {i}", driftsherre=dh,
                lovgrundlag=tv.parse_lovgrundlag(rng.choice(("§105", "§104", "§107", "§108"))),
                pladser=rng.randint(4, 40), kategori=rng.randint(1, 3),
                effective_on=date(year, 1, 1), provenance=prov))
            state.offers[region].append((key, dh))
    return commands


def _budget_year(state: _State, year: int) -> list[Any]:
    rng = state.rng
    prov = Provenance(date(year, 3, 1), Source("regnskab (syntetisk)"))
    commands: list[Any] = []
    for region, kommuner in REGIONER.items():
        centre = f"{SECRETARIAT} {region}"
        for pos, line in enumerate(("Løn", "Møder", "Temadage", "IT", "Husleje"), start=1):
            budget = Decimal(rng.randint(10_000, 1_500_000))
            commands.append(b.RegisterBudgetLine(cost_centre=centre, year=year, line=line,
                                                 gruppe="direkte", position=pos, budget=budget,
                                                 provenance=prov))
            commands.append(b.BookAccounts(cost_centre=centre, year=year, line=line,
                                           regnskab=budget + rng.randint(-50_000, 50_000),
                                           provenance=prov))
        for k in kommuner:
            commands.append(b.RecordPopulation(year=year, kommune=k,
                                               befolkning=rng.randint(1_800, 650_000),
                                               kilde="Danmarks Statistik (syntetisk)",
                                               provenance=prov))
            commands.append(b.SetParticipation(cost_centre=f"Fælles {region}", year=year,
                                               kommune=k, status="deltager", provenance=prov))
        commands.append(b.SplitCost(cost_centre=f"Fælles {region}", year=year,
                                    total=Decimal(rng.randint(100_000, 900_000)) + Decimal(
                                        "0.37"), provenance=prov))
    return commands


def _meeting(state: _State, region: str, body: str, day: date,
             kommune: str | None = None, n_items: int | None = None) -> list[Any]:
    """One meeting of a regional body (``body`` "das", "socdir", "kkr") or of a
    municipality's committee (``kommune`` given, ``body`` the committee's name), of
    ``n_items`` items (none given: 10-20, drawn)."""
    rng = state.rng
    kommuner = REGIONER[region]
    if kommune is None:
        forum = f"{body.upper()} {region}"
        people = tuple(m.Deltager(f"Direktør {k}", f"{k} Kommune") for k in kommuner[:12])
    else:
        forum = f"{body} {kommune}"
        people = tuple(m.Deltager(f"Medlem {i} af {forum}", f"{kommune} Kommune")
                       for i in range(1, 8))
    meeting_id = m.meeting_id_for(forum, day)
    doc = f"referat {meeting_id}"
    prov = Provenance(day, Source(doc))
    items = [m.Punkt(str(n), _text(rng, 4), indstilling=(_text(rng, 8),))
             for n in range(1, (n_items or rng.randint(10, 20)) + 1)]
    commands: list[Any] = [
        m.ScheduleMeeting(meeting_id=meeting_id, body=forum, dato=day,
                          sted="Regionshuset" if kommune is None else "Rådhuset",
                          deltagere=people[:-1], afbud=people[-1:], provenance=prov),
        m.ProposeAgenda(meeting_id=meeting_id, punkter=tuple(items), provenance=prov),
    ]
    # Most actions of the forum's earlier meetings are reported done at this one.
    still_open: list[tuple[str, str]] = []
    assigned: list[tuple[str, str]] = []
    for earlier, action_id in state.open_actions.get(forum, []):
        if rng.random() < 0.85:
            commands.append(m.CompleteAction(meeting_id=earlier, action_id=action_id, dato=day,
                                             provenance=prov))
        else:
            still_open.append((earlier, action_id))
    for item in items:
        carried = Provenance(day, Source(doc, item.nummer), DecisionRef(meeting_id, item.nummer))
        commands.append(m.RecordDecision(
            meeting_id=meeting_id, punkt=item.nummer, outcome=rng.choice(OUTCOMES),
            referat=_text(rng, 25), provenance=Provenance(day, Source(doc, item.nummer))))
        if body == "das" and rng.random() < 0.35:
            key, _dh = rng.choice(state.offers[region])
            if rng.random() < 0.6:
                commands.append(tv.ChangePladser(
                    key=key, effective_on=date(day.year + 1, 1, 1), pladser=rng.randint(4, 40),
                    provenance=carried))
            else:
                commands.append(tv.SetTakst(
                    key=key, aar=day.year + 1, ydelse=rng.choice(("døgnophold", "dagtilbud")),
                    beloeb=Decimal(rng.randint(500, 9_000)) + Decimal("0.50"), enhed="døgn",
                    provenance=carried))
        if body == "das" and day.month == 2 and item.nummer == "1":
            commands += _working_group(state, region, day, meeting_id, carried)
        if rng.random() < 0.08:
            state.actions += 1
            commands.append(m.AssignAction(
                meeting_id=meeting_id, punkt=item.nummer, action_id=f"a{state.actions}",
                ansvarlig=rng.choice((SECRETARIAT, f"{rng.choice(kommuner)} Kommune")),
                leverance=_text(rng, 6), frist=day + timedelta(days=rng.randint(14, 120)),
                provenance=carried))
            assigned.append((meeting_id, f"a{state.actions}"))
    state.open_actions[forum] = still_open + assigned
    return commands


def _working_group(state: _State, region: str, day: date, meeting_id: str,
                   carried: Provenance) -> list[Any]:
    """A working group formed by a region's first DAS meeting of the year."""
    rng = state.rng
    key = f"{_slug(region)}-{day.year}-arbejdsgruppe"
    commands: list[Any] = [ag.FormGroup(
        key=key, navn=f"Arbejdsgruppe om {_text(rng, 2).lower()} {day.year}",
        forum=f"DAS {region}", mandat=_text(rng, 12), formand=f"Direktør {REGIONER[region][0]}",
        provenance=carried)]
    for i, k in enumerate(rng.sample(REGIONER[region], min(4, len(REGIONER[region])))):
        commands.append(ag.AddMember(key=key, member_id=f"m{i}", navn=f"Konsulent {k}",
                                     organisation=f"{k} Kommune", provenance=carried))
    for i, months in enumerate((3, 8)):
        commands.append(ag.PlanMilestone(
            key=key, milestone_id=f"milepæl-{i + 1}", beskrivelse=_text(rng, 5),
            dato=day + timedelta(days=30 * months), forum=f"DAS {region}", provenance=carried))
    return commands


def meeting_of(n_items: int, day: date = date(2006, 12, 20)) -> list[Any]:
    """One municipal committee's meeting of ``n_items`` decided items, on a day no generated
    meeting has (the history's meetings are in February to November): for a figure that
    needs a meeting of that size when a small history has none."""
    region = next(iter(REGIONER))
    return _meeting(_State(random.Random(n_items)), region, MUNICIPAL_BODIES[0], day,
                    REGIONER[region][0], n_items)


def history(events: int, seed: int = 7, start_year: int = 2006) -> Iterator[list[Any]]:
    """Batches of commands (one transaction each) until about ``events`` events."""
    rng = random.Random(seed)
    state = _State(rng)
    produced = 0
    first = _offers(state, start_year)
    for i in range(0, len(first), 500):
        yield first[i:i + 500]
    produced += len(first)
    # Each region's DAS, which its working groups are formed under (a group under a body the
    # record does not know is refused).
    bodies = [f.RegisterForum(key=f"das-{_slug(r)}", navn=f"DAS {r}", provenance=Provenance(
        date(start_year, 1, 1), Source(f"forretningsorden-{_slug(r)}"))) for r in REGIONER]
    yield bodies
    produced += 3 * len(bodies)  # the forum, and its key and name claimed
    year = start_year
    while produced < events:
        budget = _budget_year(state, year)
        yield budget
        produced += len(budget)
        for month in range(2, 12):
            for r_i, region in enumerate(REGIONER):
                meetings = [(body, date(year, month, 1 + r_i * 3 + b_i), None)
                            for b_i, body in enumerate(BODIES)]
                meetings += [(body, date(year, month, 16 + (k_i + c_i) % 12), kommune)
                             for k_i, kommune in enumerate(REGIONER[region])
                             for c_i, body in enumerate(MUNICIPAL_BODIES)]
                for body, day, kommune in meetings:
                    if produced >= events:
                        return
                    batch = _meeting(state, region, body, day, kommune)
                    yield batch
                    produced += len(batch)  # each command records one event
        year += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--store", default="sqlite:///national.db")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    started = time.perf_counter()
    with open_store(args.store, actor="generator") as store:
        for batch in history(args.events, args.seed):
            store.record(*batch)
        total = store.log.last_position()
    print(f"{total} events in {time.perf_counter() - started:.1f} s -> {args.store}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
