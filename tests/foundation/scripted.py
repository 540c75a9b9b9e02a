"""A scripted sequence of real facts (DAS 24 October 2019, item 8) used by the foundation tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from socialaftale import DecisionRef, Provenance, Socialaftale, Source
from socialaftale.domain.tilbudsvifte import (
    ChangePladser,
    CloseTilbud,
    ConvertTilbud,
    LeaveForstaerketSamarbejde,
    RegisterTilbud,
    RejectUdmelding,
    RequestUdmelding,
    SetTakst,
    parse_lovgrundlag,
)

MINUTES = "003_dac07bbacd9158aa.txt"
DAS = DecisionRef("das-2019-10-24", "8")
TAKSTBILAG = Provenance(date(2019, 1, 1), Source("takstbilag-2019.pdf", None, "illustrativ"))
ITEM8 = Provenance(date(2019, 10, 24), Source(MINUTES, "8"), DAS)
JAN_2019 = date(2019, 1, 1)
JAN_2020 = date(2020, 1, 1)


def registrations() -> list[Any]:
    """The offers item 8 changes, as in the tilbudsvifte of 2019."""
    offers = [
        ("mariagerfjord/kirketoften", "Botilbud Kirketoften", "Mariagerfjord", "§105", 28),
        ("mariagerfjord/kernen", "Aktivitetstilbud Kernen", "Mariagerfjord", "§104", None),
        ("mariagerfjord/specialenheden", "Specialenheden", "Mariagerfjord", "§103", 23),
        ("vesthimmerland/rosenvaenget", "Botilbuddet Rosenvænget", "Vesthimmerland", "", None),
        ("aalborg/ti-hcn", "Taleinstituttet/Hjerneskadecenter Nordjylland", "Aalborg", "", None),
    ]
    return [
        RegisterTilbud(
            key=key, navn=navn, driftsherre=dh, lovgrundlag=parse_lovgrundlag(lov) if lov else (),
            pladser=pladser, effective_on=JAN_2019, provenance=TAKSTBILAG,
            forstaerket_samarbejde=True if key == "aalborg/ti-hcn" else None,
        )
        for key, navn, dh, lov, pladser in offers
    ]


def item8() -> list[Any]:
    """What DAS approved and rejected on 24 October 2019."""
    return [
        ChangePladser(key="mariagerfjord/kirketoften", effective_on=JAN_2020, pladser=27,
                      provenance=ITEM8),
        ConvertTilbud(key="mariagerfjord/kernen", effective_on=JAN_2020,
                      navn="Aktivitetshuset Hobro", pladser=31, provenance=ITEM8),
        ChangePladser(key="mariagerfjord/specialenheden", effective_on=JAN_2020, pladser=30,
                      provenance=ITEM8),
        CloseTilbud(key="vesthimmerland/rosenvaenget", effective_on=date(2019, 10, 1),
                    provenance=ITEM8),
        RequestUdmelding(key="aalborg/ti-hcn", request_id="ti-hcn-2020", aar=2020,
                         provenance=ITEM8),
        RejectUdmelding(key="aalborg/ti-hcn", request_id="ti-hcn-2020",
                        grunde=("DAS følger præcedens for 2018",
                                "Tre kommuner har lavet formaliseret bilaterale aftaler"),
                        provenance=ITEM8),
        LeaveForstaerketSamarbejde(key="aalborg/ti-hcn", effective_on=JAN_2020,
                                   provenance=ITEM8),
        SetTakst(key="mariagerfjord/specialenheden", aar=2020, ydelse="§103",
                 beloeb=Decimal("1234.50"), enhed="døgn",
                 provenance=Provenance(date(2019, 11, 25), Source("takstbilag-2020", None,
                                                                  "illustrativt beløb"))),
    ]


def record_script(store: Socialaftale) -> None:
    """Record the whole script: registrations first, then item 8 as one transaction."""
    store.record(*registrations())
    store.record(*item8())


def answers(store: Socialaftale) -> dict[str, Any]:
    """What the read models say after the script: the questions users ask."""
    return {
        "2019-09-30": store.tilbudsvifte(date(2019, 9, 30)),
        "2020-01-01": store.tilbudsvifte(date(2020, 1, 1)),
        "2020 known 2019-10-01": store.tilbudsvifte(date(2020, 1, 1), known_at=date(2019, 10, 1)),
        "history kernen": store.tilbud_history("mariagerfjord/kernen"),
        "changes": store.tilbud_changes(date(2019, 1, 1), date(2020, 1, 1)),
        "takstbilag": store.takstbilag(2020),
    }
