"""Shared set-up of the audit tests: a store with a few hundred real events."""

from __future__ import annotations

from datetime import date

from socialaftale import Provenance, Socialaftale, Source
from socialaftale.domain.tilbudsvifte import ChangePladser, RegisterTilbud

PROV = Provenance(date(2019, 1, 1), Source("syntetisk", None, "syntetiske data"))


def fill(store: Socialaftale, offers: int = 30, changes: int = 6, prefix: str = "t") -> None:
    """offers × (1 + changes) events, recorded in 1 + changes transactions."""
    store.record(*(
        RegisterTilbud(key=f"aalborg/{prefix}{i}", navn=f"Tilbud {prefix}{i}",
                       driftsherre="Aalborg", pladser=10, effective_on=date(2019, 1, 1),
                       provenance=PROV)
        for i in range(offers)))
    for j in range(changes):
        store.record(*(
            ChangePladser(key=f"aalborg/{prefix}{i}", effective_on=date(2019, 2, 1 + j),
                          pladser=11 + j, provenance=PROV)
            for i in range(offers)))
