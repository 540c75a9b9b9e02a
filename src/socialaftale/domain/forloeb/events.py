"""What a forløb's stream records: the case, its treatments, its approval rounds and each
council's decision as a source reports it.

One stream per forløb (``forloeb:<id>``): the rules that span a case (a council decides once
per round, not before the case was sent) read one state. A correction of a council's
decision is a new event that supersedes the earlier one; both stay in the log.
"""

from __future__ import annotations

from typing import Literal

from attrs import frozen

from ..common import StreamId, stream_id
from ..dates import Dato, dato_text
from .aftale import AftaledelRegistreret, AftaleOprettet

__all__ = [
    "AFTALE_DELE",
    "EVENTS",
    "RAADSBESLUTNINGER",
    "ROLLER",
    "UDFALD",
    "BehandlingRegistreret",
    "ForloebOprettet",
    "GodkendelsesrundeAabnet",
    "Raadsbeslutning",
    "RaadsbeslutningRegistreret",
    "Rolle",
    "Rundeart",
    "Udfald",
    "forloeb_stream",
]

Rolle = Literal["forbereder", "anbefaler", "beslutter", "godkender", "styregruppe",
                "til_orientering", "orienterer"]
"""A body's part in the case (OParl's ``Consultation.role``, as a closed list).
``orienterer``: the body informs others of what was decided elsewhere (it prepares nothing)."""
ROLLER: dict[str, str] = {
    "forbereder": "forbereder", "anbefaler": "anbefaler", "beslutter": "beslutter",
    "godkender": "godkender", "styregruppe": "styregruppe",
    "til_orientering": "til orientering", "orienterer": "orienterer",
}

Udfald = Literal["anbefalet", "besluttet", "godkendt", "godkendt_med_bemaerkninger",
                 "ikke_godkendt", "droeftet", "taget_til_efterretning"]
UDFALD: dict[str, str] = {
    "anbefalet": "anbefalet", "besluttet": "besluttet", "godkendt": "godkendt",
    "godkendt_med_bemaerkninger": "godkendt med bemærkninger",
    "ikke_godkendt": "ikke godkendt", "droeftet": "drøftet",
    "taget_til_efterretning": "taget til efterretning",
}

Raadsbeslutning = Literal["godkendt", "godkendt_med_bemaerkninger", "ikke_godkendt",
                          "ikke_behandlet"]
"""A council's decision in a round as reported; ``ikke_behandlet``: reported as not yet
treated (a later decision then needs no correction)."""
RAADSBESLUTNINGER: dict[str, str] = {
    "godkendt": "godkendt", "godkendt_med_bemaerkninger": "godkendt med bemærkninger",
    "ikke_godkendt": "ikke godkendt", "ikke_behandlet": "ikke behandlet endnu",
}

Rundeart = Literal["socialaftale", "udviklingsstrategi", "styringsaftale", "anden"]
"""What a round approves: a part of the agreement (which the councils must approve by a
deadline) or another case (``anden``)."""
AFTALE_DELE: tuple[str, ...] = ("socialaftale", "udviklingsstrategi", "styringsaftale")


def forloeb_stream(forloeb: str) -> StreamId:
    return stream_id("forloeb", forloeb)


@frozen
class ForloebOprettet:
    """A case that travels through bodies. ``titel`` is the record's name for it (the
    recorder's), ``sagsnr`` the minutes' Sagsnr. where they give one, ``periode`` the
    agreement period it belongs to (the strategy context's key: "2021-2022")."""

    forloeb: str
    titel: str
    sagsnr: str | None = None
    periode: str | None = None
    sammenfatning: str | None = None
    kilde_sted: str | None = None

    def summary(self) -> str:
        return f"Sag på tværs af organer: {self.titel}"


@frozen
class BehandlingRegistreret:
    """One body's treatment of the case (OParl's Consultation). ``dato`` None: the source
    does not say; ``udfald`` None: it does not say what came of it; ``planlagt``: the source
    says the treatment is to come, not that it happened. ``ordlyd`` is the source's words
    (verbatim), ``sammenfatning`` the recorder's. The decision it is (a meeting's item in
    the record) or the other body's decision it reports is the event's provenance."""

    forloeb: str
    behandling: str
    organ: str
    rolle: Rolle
    dato: Dato | None = None
    udfald: Udfald | None = None
    planlagt: bool = False
    ordlyd: str | None = None
    bemaerkninger: tuple[str, ...] = ()
    sammenfatning: str | None = None
    kilde_sted: str | None = None

    def summary(self) -> str:
        what = UDFALD[self.udfald] if self.udfald else "udfald ikke oplyst"
        plan = " (planlagt)" if self.planlagt else ""
        return (f"{self.organ} {ROLLER[self.rolle]}{plan} {dato_text(self.dato)}: {what}")


@frozen
class GodkendelsesrundeAabnet:
    """The councils that must approve (``raad``: canonical names, the region included),
    when the case was sent to them (``sendt``, None: not given) and by when they must
    decide (``frist``; a part of the agreement has one, or ``frist_ukendt``: its source
    gives none)."""

    forloeb: str
    runde: str
    art: Rundeart
    raad: tuple[str, ...]
    sendt: Dato | None = None
    frist: Dato | None = None
    ordlyd: str | None = None
    sammenfatning: str | None = None
    kilde_sted: str | None = None
    frist_ukendt: bool = False
    aftale: str | None = None
    aftaledel: str | None = None

    def summary(self) -> str:
        return (f"Godkendelsesrunde {self.runde}: {len(self.raad)} råd, frist "
                f"{dato_text(self.frist)}")


@frozen
class RaadsbeslutningRegistreret:
    """A council's decision in a round, as its source reports it. ``retter``: it corrects
    the council's earlier reported decision (``grund`` says why); the earlier stays logged."""

    forloeb: str
    runde: str
    raad: str
    udfald: Raadsbeslutning
    dato: Dato | None = None
    ordlyd: str | None = None
    bemaerkninger: tuple[str, ...] = ()
    sammenfatning: str | None = None
    kilde_sted: str | None = None
    retter: bool = False
    grund: str | None = None

    def summary(self) -> str:
        fix = " (rettelse)" if self.retter else ""
        return (f"{self.raad}: {RAADSBESLUTNINGER[self.udfald]} "
                f"{dato_text(self.dato)}{fix}")


EVENTS: tuple[type, ...] = (ForloebOprettet, BehandlingRegistreret, GodkendelsesrundeAabnet,
                            RaadsbeslutningRegistreret, AftaleOprettet, AftaledelRegistreret)
