"""A made-up vifte (made-up source, no minute cited) with what the real records lack for
paging and the rates as known on a date: names that differ only in case or begin with
æ/ø/å, offers without places or category, bases left empty, places changed and offers
closed after they were known, and rates set again and again for a year, some corrected.

Seeded, so a failure is the same on every run."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from socialaftale import Provenance, Socialaftale, Source
from socialaftale.domain import tilbudsvifte as tv

MADE_UP = "opdigtet-takstbilag.pdf"
NAMES = ("alfa", "Alfa", "Beta", "beta", "Ærøhus", "Åstedet", "øen", "Østergaard", "Zeta",
         "Bo og Støtte", "bo og støtte", "Aktivitetshuset")
OWNERS = ("Aalborg", "Ærø", "Hjørring", "Brønderslev", "Region Nordjylland")
BASES = ("§107", "§105+§108", "§ 104", "")
START = date(2019, 1, 1)


def _slug(name: str) -> str:
    return (name.lower().replace(" ", "-").replace("æ", "ae").replace("ø", "oe")
            .replace("å", "aa"))


def record_made_up_vifte(store: Socialaftale, offers: int = 48, seed: int = 23) -> None:
    rng = random.Random(seed)

    def known(days: int) -> Provenance:
        return Provenance(occurred_on=START + timedelta(days=days), source=Source(MADE_UP))

    keys = []
    for i in range(offers):
        owner = rng.choice(OWNERS)
        key = f"{_slug(owner)}/opdigtet-{i}"
        keys.append(key)
        basis = rng.choice(BASES)
        store.record(tv.RegisterTilbud(
            key=key, navn=rng.choice(NAMES), driftsherre=owner,
            lovgrundlag=tv.parse_lovgrundlag(basis) if basis else (),
            pladser=None if rng.random() < 0.2 else rng.randrange(1, 30),
            kategori=rng.choice((None, 1, 2, 3)),
            forstaerket_samarbejde=rng.choice((True, False, None)),
            effective_on=START + timedelta(days=rng.randrange(0, 300)),
            provenance=known(rng.randrange(0, 60))))
    for key in rng.sample(keys, offers // 3):
        store.record(tv.ChangePladser(
            key=key, effective_on=START + timedelta(days=rng.randrange(320, 500)),
            pladser=rng.randrange(1, 40), provenance=known(rng.randrange(300, 700))))
    for key in rng.sample(keys, offers // 2):
        for _ in range(rng.randrange(1, 5)):  # later ones replace earlier ones as known
            recorded = store.record(tv.SetTakst(
                key=key, aar=rng.choice((2019, 2020, 2021)), ydelse=rng.choice(("døgn", "dag")),
                beloeb=Decimal(rng.randrange(1000, 5000)), enhed="døgn",
                provenance=known(rng.randrange(0, 900))))
            if rng.random() < 0.15:
                store.record(tv.CorrectFact(
                    key=key, supersedes=recorded[-1].version, grund="tastefejl",
                    provenance=known(rng.randrange(300, 1000))))
    for key in rng.sample(keys, offers // 6):
        store.record(tv.CloseTilbud(
            key=key, effective_on=START + timedelta(days=rng.randrange(500, 800)),
            provenance=known(rng.randrange(450, 900))))
