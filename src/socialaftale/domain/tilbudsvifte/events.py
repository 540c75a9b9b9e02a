"""The facts recorded about a tilbud and the annual deadlines.

Every event keeps the stored topic it had before the context became a package
(``socialaftale.domain.tilbudsvifte:TilbudRegistered``): the package re-exports it, and
``persistence.topic_of`` names a class by the shallowest module that exports it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, ClassVar

from attrs import field, frozen

from ..money import finite, format_kroner
from .values import Enhed, Lovgrundlag, PladsDel, _lov_text, _pladser_text


@frozen
class TilbudRegistered:
    """An offer enters the record, in the tilbudsvifte from ``effective_on`` or not.

    ``foer_ukendt``: whether the offer was in the tilbudsvifte before
    ``effective_on`` is not known (the record starts there).
    ``eksisterede``: the offer is known to exist on ``effective_on`` (the source
    mentions it as existing); its start is unknown, so ``effective_on`` is not the
    day it entered. Events stored before the field load as False.
    """

    key: str
    navn: str
    driftsherre: str
    lovgrundlag: tuple[Lovgrundlag, ...]
    pladser: int | None
    effective_on: date
    i_tilbudsviften: bool
    pladsdele: tuple[PladsDel, ...] = ()
    kategori: int | None = None
    forstaerket_samarbejde: bool | None = None
    landsdaekkende: bool | None = None
    foer_ukendt: bool = True
    opstaaet_af: tuple[str, ...] = ()
    erstatter: tuple[str, ...] = ()
    eksisterede: bool = False

    def summary(self) -> str:
        where = "i tilbudsviften" if self.i_tilbudsviften else "uden for tilbudsviften"
        if self.eksisterede:
            return (
                f"{self.navn} ({_lov_text(self.lovgrundlag)}, {self.driftsherre}) kendt "
                f"{where} pr. {self.effective_on.isoformat()} med "
                f"{_pladser_text(self.pladser)}; hvornår tilbuddet kom i viften, vides ikke"
            )
        origin = ""
        if self.opstaaet_af:
            origin = f"; opstået ved opsplitning af {', '.join(self.opstaaet_af)}"
        if self.erstatter:
            origin = f"; erstatter {', '.join(self.erstatter)}"
        before = "; om tilbuddet var med før, vides ikke" if self.foer_ukendt else ""
        return (
            f"{self.navn} ({_lov_text(self.lovgrundlag)}, {self.driftsherre}) registreret "
            f"{where} fra {self.effective_on.isoformat()} med "
            f"{_pladser_text(self.pladser)}{origin}{before}"
        )


def _late_text(for_sent: bool | None, frist: date | None) -> str:
    if for_sent is True:
        return f" — FOR SENT (frist {frist.isoformat() if frist else '?'})"
    if for_sent is None:
        return " (om fristen er overholdt, vides ikke)"
    return ""


@frozen
class IndmeldingRequested:
    """A driftsherre asks DAS to put the offer into the tilbudsvifte of year ``aar``.

    ``for_sent`` is True when the request came after the deadline, None when
    the date received or the deadline is not known.
    """

    request_id: str
    aar: int
    modtaget: date | None
    frist: date | None
    for_sent: bool | None

    def summary(self) -> str:
        late = _late_text(self.for_sent, self.frist)
        return f"Indmelding til tilbudsviften {self.aar} anmodet{late}"


@frozen
class IndmeldingApproved:
    request_id: str
    effective_on: date
    trods_frist: bool = False

    def summary(self) -> str:
        late = " trods overskredet frist" if self.trods_frist else ""
        return f"Indmelding godkendt{late}; i tilbudsviften fra {self.effective_on.isoformat()}"


@frozen
class IndmeldingRejected:
    request_id: str
    grunde: tuple[str, ...] = ()

    def summary(self) -> str:
        return "Indmelding ikke godkendt" + (f": {'; '.join(self.grunde)}" if self.grunde else "")


@frozen
class UdmeldingRequested:
    """A driftsherre asks DAS to take the offer out of the tilbudsvifte of year ``aar``."""

    request_id: str
    aar: int
    modtaget: date | None
    frist: date | None
    for_sent: bool | None
    begrundelse: tuple[str, ...] = ()

    def summary(self) -> str:
        late = _late_text(self.for_sent, self.frist)
        return f"Udmelding af tilbudsviften {self.aar} anmodet{late}"


@frozen
class UdmeldingApproved:
    request_id: str
    effective_on: date
    trods_frist: bool = False

    def summary(self) -> str:
        late = " trods overskredet frist" if self.trods_frist else ""
        return f"Udmelding godkendt{late}; ude af tilbudsviften fra {self.effective_on.isoformat()}"


@frozen
class UdmeldingRejected:
    """DAS did not approve the udmelding; ``grunde``: the lines exactly as the minutes list them.

    Version 1 (the first schema) kept the reasons as one text, ``begrundelse``,
    a line per reason; version 2 keeps each reason as its own line.
    """

    class_version: ClassVar[int] = 2

    request_id: str
    grunde: tuple[str, ...] = ()

    @staticmethod
    def upcast_v1_v2(data: dict[str, Any]) -> None:
        text = data.pop("begrundelse", "") or ""
        data["grunde"] = [line.strip() for line in text.splitlines() if line.strip()]

    def summary(self) -> str:
        return f"Udmelding ikke godkendt ({len(self.grunde)} begrundelser)"


@frozen
class PladserChanged:
    effective_on: date
    fra: int | None
    til: int
    pladsdele: tuple[PladsDel, ...] = ()

    def summary(self) -> str:
        extra = f" (desuden {', '.join(str(d) for d in self.pladsdele)})" if self.pladsdele else ""
        fra = "ukendt antal" if self.fra is None else str(self.fra)
        return f"Pladser ændret fra {fra} til {self.til} fra {self.effective_on.isoformat()}{extra}"


@frozen
class TilbudConverted:
    """The offer is converted: a new name, legal basis or places; the stream stays the same."""

    effective_on: date
    navn_fra: str
    navn: str
    lovgrundlag: tuple[Lovgrundlag, ...]
    pladser: int | None
    pladsdele: tuple[PladsDel, ...] = ()

    def summary(self) -> str:
        return (
            f"{self.navn_fra} omdannet til {self.navn} ({_lov_text(self.lovgrundlag)}, "
            f"{_pladser_text(self.pladser)}) fra {self.effective_on.isoformat()}"
        )


@frozen
class TilbudSplit:
    """The offer is split into the offers ``til`` and ends as itself."""

    effective_on: date
    til: tuple[str, ...]

    def summary(self) -> str:
        return f"Opsplittet i {', '.join(self.til)} fra {self.effective_on.isoformat()}"


@frozen
class TilbudReplaced:
    effective_on: date
    erstattet_af: str

    def summary(self) -> str:
        return f"Lukket og erstattet af {self.erstattet_af} fra {self.effective_on.isoformat()}"


@frozen
class TilbudClosed:
    """The offer is closed and leaves the tilbudsvifte from ``effective_on``.

    ``dato_oplyst`` is False when the source gives no date: ``effective_on``
    is then the date from which the closure is known to hold (noted in the
    source note).
    """

    effective_on: date
    dato_oplyst: bool = True

    def summary(self) -> str:
        if not self.dato_oplyst:
            return f"Lukket (dato ikke oplyst; ude senest fra {self.effective_on.isoformat()})"
        return f"Lukket fra {self.effective_on.isoformat()}"


@frozen
class ForstaerketSamarbejdeLeft:
    """The offer leaves the forstærket samarbejde; it stays in the tilbudsvifte."""

    effective_on: date

    def summary(self) -> str:
        return f"Udtræder af det forstærkede samarbejde fra {self.effective_on.isoformat()}"


@frozen
class ForstaerketSamarbejdeJoined:
    effective_on: date

    def summary(self) -> str:
        return f"Indtræder i det forstærkede samarbejde fra {self.effective_on.isoformat()}"


@frozen
class BilateralExemptionAgreed:
    """A category-2 offer is exempted by bilateral agreements with the buying municipalities."""

    effective_on: date
    koeberkommuner: tuple[str, ...]

    def summary(self) -> str:
        return (
            f"Undtaget ved bilaterale aftaler med {', '.join(self.koeberkommuner)} "
            f"fra {self.effective_on.isoformat()}"
        )


@frozen
class TakstSet:
    """The rate of one service (or legal basis) of the offer for year ``aar``."""

    aar: int
    ydelse: str
    beloeb: Decimal = field(validator=finite)
    enhed: Enhed
    modtaget: date | None
    frist: date | None
    for_sent: bool | None

    def summary(self) -> str:
        return (
            f"Takst {self.aar} for {self.ydelse}: {format_kroner(self.beloeb)} pr. {self.enhed}"
            f"{_late_text(self.for_sent, self.frist)}"
        )


@frozen
class TakstReguleringCarried:
    """A surplus (positive) or deficit (negative) of ``fra_aar`` carried into ``til_aar``'s rate."""

    fra_aar: int
    til_aar: int
    beloeb: Decimal = field(validator=finite)
    ydelse: str | None = None

    def summary(self) -> str:
        art = "Overskud" if self.beloeb >= 0 else "Underskud"
        return (
            f"{art} fra {self.fra_aar} på {format_kroner(abs(self.beloeb))} "
            f"indregnes i taksten for {self.til_aar}"
        )


@frozen
class FactSuperseded:
    """A correction: the fact at stream version ``version`` no longer holds."""

    version: int
    grund: str

    def summary(self) -> str:
        return f"Rettelse: fakta nr. {self.version} gælder ikke længere ({self.grund})"


@frozen
class FristerSet:
    """The deadlines for the tilbudsvifte of year ``aar``."""

    aar: int
    ind_udmelding: date | None
    takster: date | None

    def summary(self) -> str:
        iu = self.ind_udmelding.isoformat() if self.ind_udmelding else "ikke oplyst"
        tk = self.takster.isoformat() if self.takster else "ikke oplyst"
        return f"Frister for {self.aar}: ind-/udmelding {iu}, takster {tk}"


TimelineFact = (
    TilbudRegistered
    | IndmeldingApproved
    | UdmeldingApproved
    | PladserChanged
    | TilbudConverted
    | TilbudSplit
    | TilbudReplaced
    | TilbudClosed
    | ForstaerketSamarbejdeLeft
    | ForstaerketSamarbejdeJoined
    | BilateralExemptionAgreed
)
TIMELINE_EVENTS: tuple[type, ...] = (
    TilbudRegistered,
    IndmeldingApproved,
    UdmeldingApproved,
    PladserChanged,
    TilbudConverted,
    TilbudSplit,
    TilbudReplaced,
    TilbudClosed,
    ForstaerketSamarbejdeLeft,
    ForstaerketSamarbejdeJoined,
    BilateralExemptionAgreed,
)
_CORRECTABLE: tuple[type, ...] = (
    PladserChanged,
    TilbudConverted,
    TilbudClosed,
    ForstaerketSamarbejdeLeft,
    ForstaerketSamarbejdeJoined,
    BilateralExemptionAgreed,
    TakstSet,
    TakstReguleringCarried,
)
TILBUD_EVENTS: tuple[type, ...] = (
    *TIMELINE_EVENTS,
    IndmeldingRequested,
    IndmeldingRejected,
    UdmeldingRequested,
    UdmeldingRejected,
    TakstSet,
    TakstReguleringCarried,
    FactSuperseded,
)

# -- the valid-time fold ----------------------------------------------------------------
