"""Tilbudsvifte: the offers of the agreement, their places, rates and how they change.

Every tilbud is one stream, ``stream_id("tilbud", key)``, keyed by a slug chosen
when it is registered ("mariagerfjord/kirketoften"); names change, keys do not.
The annual deadlines are one stream per tilbudsvifte year,
``stream_id("tilbudsvifte-frister", "2020")``.

Facts carry their valid time in ``effective_on``: a date D means the change
holds from D on (the day before still shows the old state). Facts may arrive in
any order; :func:`timeline` folds the facts that are still in force in order of
effective date, so "as of" answers never depend on when a fact was typed in.
Corrections never rewrite history: :class:`FactSuperseded` names the earlier
fact (by its version in the stream) that no longer holds.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar, Literal

from attrs import evolve as _replace
from attrs import field, frozen

from .common import Context, DomainError, Provenance, StreamId, stream_id
from .money import finite, format_kroner, kroner
from .organisations import driftsherre as _driftsherre
from .organisations import kommune as _kommune

__all__ = [
    "CONTEXT",
    "AgreeBilateralExemption",
    "ApproveIndmelding",
    "ApproveUdmelding",
    "BilateralExemptionAgreed",
    "CarryTakstRegulering",
    "ChangePladser",
    "CloseTilbud",
    "ConvertTilbud",
    "CorrectFact",
    "FactSuperseded",
    "ForstaerketSamarbejdeJoined",
    "ForstaerketSamarbejdeLeft",
    "FristerSet",
    "FristerState",
    "IndmeldingApproved",
    "IndmeldingRejected",
    "IndmeldingRequested",
    "JoinForstaerketSamarbejde",
    "LeaveForstaerketSamarbejde",
    "Lovgrundlag",
    "NytTilbud",
    "PladsDel",
    "PladserChanged",
    "RegisterTilbud",
    "RejectIndmelding",
    "RejectUdmelding",
    "ReplaceTilbud",
    "RequestIndmelding",
    "RequestUdmelding",
    "SetFrister",
    "SetTakst",
    "Snapshot",
    "SplitTilbud",
    "TakstReguleringCarried",
    "TakstSet",
    "TilbudClosed",
    "TilbudConverted",
    "TilbudRegistered",
    "TilbudReplaced",
    "TilbudSplit",
    "TilbudState",
    "UdmeldingApproved",
    "UdmeldingRejected",
    "UdmeldingRequested",
    "active_facts",
    "apply_fact",
    "decide",
    "evolve",
    "frister_stream",
    "parse_lovgrundlag",
    "streams",
    "tilbud_stream",
    "timeline",
]

Lov = Literal["SEL", "ABL", "andet"]
Enhed = Literal["døgn", "måned", "time", "dag", "år", "ydelse"]
Status = Literal["aktiv", "lukket", "opsplittet", "erstattet"]
Anmodningsart = Literal["indmelding", "udmelding"]
Afgoerelse = Literal["afventer", "godkendt", "afvist"]


def tilbud_stream(key: str) -> StreamId:
    """The stream of one tilbud."""
    return stream_id("tilbud", key)


def frister_stream(aar: int) -> StreamId:
    """The stream of the deadlines for the tilbudsvifte of year ``aar``."""
    return stream_id("tilbudsvifte-frister", str(aar))


# -- values -----------------------------------------------------------------------------

_SEL = frozenset({"32", "36", "66", "67", "85", "103", "104", "107", "108", "109", "110"})


@frozen
class Lovgrundlag:
    """One legal basis: law, paragraph and optional stk. ("ABL § 105, stk. 1")."""

    lov: Lov
    paragraf: str
    stk: int | None = None

    def __str__(self) -> str:
        lov = "" if self.lov == "andet" else f"{self.lov} "
        stk = f", stk. {self.stk}" if self.stk is not None else ""
        return f"{lov}§ {self.paragraf}{stk}"


_BASIS = re.compile(
    r"^\s*(?:(SEL|ABL|serviceloven|almenboligloven)\s*)?§\s*(\d+[a-z]?)"
    r"(?:\s*,?\s*stk\.\s*(\d+))?\s*$",
    re.IGNORECASE,
)


def parse_lovgrundlag(text: str) -> tuple[Lovgrundlag, ...]:
    """Legal bases as the minutes write them: "§105", "§105+§104", "§ 105, stk. 1".

    A paragraph without a law is read as the glossary says: § 105 is
    Almenboligloven, § 103/104/107/108 (and other SEL paragraphs) Serviceloven;
    anything else is kept as "andet" with its number.
    """
    parts = [p for p in re.split(r"\+|\bog\b", text) if p.strip()]
    if not parts:
        raise DomainError(
            f"lovgrundlaget '{text}' kan ikke læses (skriv fx §105 eller SEL § 104)",
            rule="ugyldigt-lovgrundlag",
            field="lovgrundlag",
        )
    result = []
    for part in parts:
        m = _BASIS.match(part)
        if m is None:
            raise DomainError(
                f"lovgrundlaget '{part.strip()}' kan ikke læses (skriv fx §105 eller SEL § 104)",
                rule="ugyldigt-lovgrundlag",
                field="lovgrundlag",
            )
        named, paragraf, stk = m.group(1), m.group(2), m.group(3)
        lov: Lov
        if named:
            lov = "ABL" if named.lower() in ("abl", "almenboligloven") else "SEL"
        elif paragraf == "105":
            lov = "ABL"
        elif paragraf in _SEL:
            lov = "SEL"
        else:
            lov = "andet"
        result.append(Lovgrundlag(lov, paragraf, int(stk) if stk else None))
    return tuple(result)


def _lov_text(bases: Sequence[Lovgrundlag]) -> str:
    return " + ".join(str(b) for b in bases) or "lovgrundlag ikke oplyst"


@frozen
class PladsDel:
    """A part of an offer's places: "1 aflastningsplads (kommunal)", "4 eksterne pladser".

    ``omfattet`` says whether the part is covered by the agreement
    (socialaftalepladser); ``None`` when the source does not say.
    """

    antal: int
    beskrivelse: str
    omfattet: bool | None = None

    def __str__(self) -> str:
        cover = {True: "", False: ", ikke omfattet", None: ""}[self.omfattet]
        return f"{self.antal} {self.beskrivelse}{cover}"


def _pladser_text(pladser: int | None) -> str:
    return "ukendt antal pladser" if pladser is None else f"{pladser} pladser"


@frozen
class NytTilbud:
    """An offer that arises from a split or replaces others (its driftsherre is inherited)."""

    key: str
    navn: str
    lovgrundlag: tuple[Lovgrundlag, ...] = ()
    pladser: int | None = None
    pladsdele: tuple[PladsDel, ...] = ()
    kategori: int | None = None
    forstaerket_samarbejde: bool | None = None
    landsdaekkende: bool | None = None


# -- events -----------------------------------------------------------------------------


@frozen
class TilbudRegistered:
    """An offer enters the record, in the tilbudsvifte from ``effective_on`` or not.

    ``foer_ukendt``: whether the offer was in the tilbudsvifte before
    ``effective_on`` is not known (the record starts there).
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

    def summary(self) -> str:
        where = "i tilbudsviften" if self.i_tilbudsviften else "uden for tilbudsviften"
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


@frozen
class Snapshot:
    """What is true of an offer on one date."""

    key: str
    navn: str
    driftsherre: str
    lovgrundlag: tuple[Lovgrundlag, ...]
    pladser: int | None
    pladsdele: tuple[PladsDel, ...]
    kategori: int | None
    forstaerket_samarbejde: bool | None
    landsdaekkende: bool | None
    i_tilbudsviften: bool
    status: Status = "aktiv"


def apply_fact(snap: Snapshot | None, event: Any) -> Snapshot | None:
    """One fact applied to what held the day before its effective date."""
    if isinstance(event, TilbudRegistered):
        return Snapshot(
            key=event.key,
            navn=event.navn,
            driftsherre=event.driftsherre,
            lovgrundlag=event.lovgrundlag,
            pladser=event.pladser,
            pladsdele=event.pladsdele,
            kategori=event.kategori,
            forstaerket_samarbejde=event.forstaerket_samarbejde,
            landsdaekkende=event.landsdaekkende,
            i_tilbudsviften=event.i_tilbudsviften,
        )
    if snap is None:
        return None
    if isinstance(event, IndmeldingApproved):
        return _replace(snap, i_tilbudsviften=True)
    if isinstance(event, UdmeldingApproved | BilateralExemptionAgreed):
        return _replace(snap, i_tilbudsviften=False)
    if isinstance(event, PladserChanged):
        return _replace(snap, pladser=event.til, pladsdele=event.pladsdele)
    if isinstance(event, TilbudConverted):
        return _replace(
            snap,
            navn=event.navn,
            lovgrundlag=event.lovgrundlag,
            pladser=event.pladser,
            pladsdele=event.pladsdele,
        )
    if isinstance(event, TilbudSplit):
        return _replace(snap, i_tilbudsviften=False, status="opsplittet")
    if isinstance(event, TilbudReplaced):
        return _replace(snap, i_tilbudsviften=False, status="erstattet")
    if isinstance(event, TilbudClosed):
        return _replace(snap, i_tilbudsviften=False, status="lukket")
    if isinstance(event, ForstaerketSamarbejdeLeft):
        return _replace(snap, forstaerket_samarbejde=False)
    if isinstance(event, ForstaerketSamarbejdeJoined):
        return _replace(snap, forstaerket_samarbejde=True)
    return snap


def active_facts(events: Sequence[tuple[int, Any]]) -> list[tuple[int, Any]]:
    """The (version, event) pairs still in force: those no later correction supersedes."""
    gone = {e.version for _, e in events if isinstance(e, FactSuperseded)}
    return [(v, e) for v, e in events if v not in gone and not isinstance(e, FactSuperseded)]


def _effective(event: Any) -> date:
    day: date = event.effective_on
    return day


def timeline(events: Sequence[tuple[int, Any]]) -> list[tuple[date, date | None, Snapshot]]:
    """Valid-time segments ``[valid_from, valid_to)`` of an offer from its (version, event) pairs.

    Facts in force are folded in order of effective date (then of recording),
    so a fact typed in late still lands where it belongs. Before the first
    registration nothing is known and no segment is given.
    """
    facts: list[tuple[date, int, Any]] = sorted(
        (
            (_effective(e), v, e)
            for v, e in active_facts(events)
            if isinstance(e, TIMELINE_EVENTS)
        ),
        key=lambda t: (t[0], t[1]),
    )
    segments: list[tuple[date, date | None, Snapshot]] = []
    snap: Snapshot | None = None
    i = 0
    while i < len(facts):
        day = facts[i][0]
        while i < len(facts) and facts[i][0] == day:
            snap = apply_fact(snap, facts[i][2])
            i += 1
        if snap is None:
            continue
        if segments and segments[-1][2] == snap:
            continue
        if segments:
            start, _, prev = segments[-1]
            segments[-1] = (start, day, prev)
        segments.append((day, None, snap))
    return segments


# -- state ------------------------------------------------------------------------------


@frozen
class TilbudState:
    """One offer as the decider sees it: every event so far, and what follows from them."""

    key: str
    events: tuple[tuple[int, Any], ...]
    requests: tuple[tuple[Anmodningsart, str, Afgoerelse, bool | None], ...]
    #: (the last effective date folded, the snapshot after it), kept by ``evolve`` while
    #: facts arrive in date order; None when it must be folded from ``events`` again.
    folded: tuple[date | None, Snapshot | None] | None = field(default=None, eq=False,
                                                               repr=False)

    @property
    def version(self) -> int:
        return len(self.events)

    def _latest(self) -> Snapshot | None:
        return (self.folded if self.folded is not None else _fold(self.events))[1]

    @property
    def latest(self) -> Snapshot:
        """What holds after the last effective date the record knows of."""
        snap = self._latest()
        if snap is None:
            raise IndexError("the offer has no registration")
        return snap

    @property
    def registered(self) -> bool:
        return self._latest() is not None

    def request(self, request_id: str) -> tuple[Anmodningsart, str, str, bool | None] | None:
        for r in self.requests:
            if r[1] == request_id:
                return r
        return None


def _fold(events: Sequence[tuple[int, Any]]) -> tuple[date | None, Snapshot | None]:
    """The facts in force folded as :func:`timeline` folds them: the last snapshot."""
    facts = sorted(((_effective(e), v, e) for v, e in active_facts(events)
                    if isinstance(e, TIMELINE_EVENTS)), key=lambda t: (t[0], t[1]))
    snap: Snapshot | None = None
    for _, _, e in facts:
        snap = apply_fact(snap, e)
    return (facts[-1][0] if facts else None), snap


def _folded(state: TilbudState, event: Any) -> tuple[date | None, Snapshot | None] | None:
    """The fold after ``event`` without refolding every fact (a record of 2,500 facts on
    one offer took minutes when each command refolded them all): a fact dated on or after
    the last one folded applies last; a correction or an earlier date refolds lazily."""
    if isinstance(event, FactSuperseded):
        return None
    before = state.folded if state.folded is not None else _fold(state.events)
    if not isinstance(event, TIMELINE_EVENTS):
        return before
    day = _effective(event)
    if before[0] is not None and day < before[0]:
        return None
    return day, apply_fact(before[1], event)


@frozen
class FristerState:
    aar: int
    ind_udmelding: date | None
    takster: date | None


State = TilbudState | FristerState


def evolve(state: Any, event: Any) -> Any:
    """Fold one event into its stream's state."""
    if isinstance(event, FristerSet):
        return FristerState(event.aar, event.ind_udmelding, event.takster)
    if state is None:
        key = event.key if isinstance(event, TilbudRegistered) else "?"
        state = TilbudState(key=key, events=(), requests=())
    assert isinstance(state, TilbudState)
    version = state.version + 1
    requests = state.requests
    if isinstance(event, IndmeldingRequested | UdmeldingRequested):
        kind: Anmodningsart = (
            "indmelding" if isinstance(event, IndmeldingRequested) else "udmelding"
        )
        requests = (*requests, (kind, event.request_id, "afventer", event.for_sent))
    elif isinstance(
        event, IndmeldingApproved | IndmeldingRejected | UdmeldingApproved | UdmeldingRejected
    ):
        outcome: Literal["godkendt", "afvist"] = (
            "godkendt"
            if isinstance(event, IndmeldingApproved | UdmeldingApproved)
            else "afvist"
        )
        requests = tuple(
            (r[0], r[1], outcome, r[3]) if r[1] == event.request_id else r for r in requests
        )
    return TilbudState(
        key=state.key, events=(*state.events, (version, event)), requests=requests,
        folded=_folded(state, event),
    )


# -- commands ---------------------------------------------------------------------------


@frozen(kw_only=True)
class RegisterTilbud:
    """Record an offer: in the tilbudsvifte from ``effective_on`` (e.g. per takstbilag 2019)."""

    key: str
    navn: str
    driftsherre: str
    lovgrundlag: tuple[Lovgrundlag, ...] = ()
    pladser: int | None = None
    pladsdele: tuple[PladsDel, ...] = ()
    kategori: int | None = None
    forstaerket_samarbejde: bool | None = None
    landsdaekkende: bool | None = None
    effective_on: date
    i_tilbudsviften: bool = True
    provenance: Provenance


@frozen(kw_only=True)
class SetFrister:
    aar: int
    ind_udmelding: date | None
    takster: date | None
    provenance: Provenance


@frozen(kw_only=True)
class RequestIndmelding:
    """``modtaget`` is the date the request reached the secretariat (None when not given)."""

    key: str
    request_id: str
    aar: int
    modtaget: date | None = None
    provenance: Provenance


@frozen(kw_only=True)
class RequestUdmelding:
    key: str
    request_id: str
    aar: int
    modtaget: date | None = None
    begrundelse: tuple[str, ...] = ()
    provenance: Provenance


@frozen(kw_only=True)
class ApproveIndmelding:
    """``trods_frist`` must be set to approve a request that came after the deadline."""

    key: str
    request_id: str
    effective_on: date
    trods_frist: bool = False
    provenance: Provenance


@frozen(kw_only=True)
class RejectIndmelding:
    key: str
    request_id: str
    grunde: tuple[str, ...] = ()
    provenance: Provenance


@frozen(kw_only=True)
class ApproveUdmelding:
    key: str
    request_id: str
    effective_on: date
    trods_frist: bool = False
    provenance: Provenance


@frozen(kw_only=True)
class RejectUdmelding:
    key: str
    request_id: str
    grunde: tuple[str, ...] = ()
    provenance: Provenance


@frozen(kw_only=True)
class ChangePladser:
    key: str
    effective_on: date
    pladser: int
    pladsdele: tuple[PladsDel, ...] = ()
    provenance: Provenance


@frozen(kw_only=True)
class ConvertTilbud:
    """New name, basis or places from ``effective_on``; ``None`` keeps what it was."""

    key: str
    effective_on: date
    navn: str | None = None
    lovgrundlag: tuple[Lovgrundlag, ...] | None = None
    pladser: int | None = None
    pladsdele: tuple[PladsDel, ...] | None = None
    provenance: Provenance


@frozen(kw_only=True)
class SplitTilbud:
    key: str
    effective_on: date
    into: tuple[NytTilbud, ...]
    provenance: Provenance


@frozen(kw_only=True)
class ReplaceTilbud:
    """The offers ``keys`` close on ``effective_on`` and ``by`` opens the same day."""

    keys: tuple[str, ...]
    effective_on: date
    by: NytTilbud
    provenance: Provenance


@frozen(kw_only=True)
class CloseTilbud:
    key: str
    effective_on: date
    dato_oplyst: bool = True
    provenance: Provenance


@frozen(kw_only=True)
class LeaveForstaerketSamarbejde:
    key: str
    effective_on: date
    provenance: Provenance


@frozen(kw_only=True)
class JoinForstaerketSamarbejde:
    key: str
    effective_on: date
    provenance: Provenance


@frozen(kw_only=True)
class AgreeBilateralExemption:
    key: str
    effective_on: date
    koeberkommuner: tuple[str, ...]
    provenance: Provenance


@frozen(kw_only=True)
class SetTakst:
    key: str
    aar: int
    ydelse: str
    beloeb: Decimal
    enhed: Enhed
    modtaget: date | None = None
    provenance: Provenance


@frozen(kw_only=True)
class CarryTakstRegulering:
    key: str
    fra_aar: int
    til_aar: int
    beloeb: Decimal
    ydelse: str | None = None
    provenance: Provenance


@frozen(kw_only=True)
class CorrectFact:
    """Supersede the fact at stream version ``supersedes``; optionally record its replacement.

    ``erstatning`` is a command of this context about the same offer; it is
    decided after the supersession and is allowed on a closed offer, because it
    corrects the record rather than adding to it.
    """

    key: str
    supersedes: int
    grund: str
    erstatning: Any = None
    provenance: Provenance


COMMANDS: tuple[type, ...] = (
    RegisterTilbud,
    SetFrister,
    RequestIndmelding,
    RequestUdmelding,
    ApproveIndmelding,
    RejectIndmelding,
    ApproveUdmelding,
    RejectUdmelding,
    ChangePladser,
    ConvertTilbud,
    SplitTilbud,
    ReplaceTilbud,
    CloseTilbud,
    LeaveForstaerketSamarbejde,
    JoinForstaerketSamarbejde,
    AgreeBilateralExemption,
    SetTakst,
    CarryTakstRegulering,
    CorrectFact,
)


def streams(command: Any) -> Sequence[StreamId]:
    """Every stream a command reads or writes."""
    if isinstance(command, SetFrister):
        return [frister_stream(command.aar)]
    if isinstance(command, RequestIndmelding | RequestUdmelding | SetTakst):
        return [tilbud_stream(command.key), frister_stream(command.aar)]
    if isinstance(command, SplitTilbud):
        return [tilbud_stream(command.key), *(tilbud_stream(n.key) for n in command.into)]
    if isinstance(command, ReplaceTilbud):
        return [*(tilbud_stream(k) for k in command.keys), tilbud_stream(command.by.key)]
    if isinstance(command, CorrectFact):
        inner = list(streams(command.erstatning)) if command.erstatning is not None else []
        return [tilbud_stream(command.key), *inner]
    return [tilbud_stream(command.key)]


# -- decide -----------------------------------------------------------------------------


def _err(message: str, rule: str, fld: str | None = None) -> DomainError:
    return DomainError(message, rule=rule, field=fld)


def _check_key(key: str, fld: str = "key") -> None:
    if not re.fullmatch(r"[a-z0-9][a-z0-9\-_/]*", key):
        raise _err(
            f"nøglen '{key}' er ugyldig: brug små bogstaver uden æ/ø/å, tal, '-' og '/', "
            "fx mariagerfjord/kirketoften",
            "ugyldig-noegle",
            fld,
        )


def _check_places(pladser: int | None, dele: Sequence[PladsDel]) -> None:
    if pladser is not None and pladser < 0:
        raise _err(f"antallet af pladser kan ikke være negativt ({pladser})", "negative-pladser",
                   "pladser")
    for d in dele:
        if d.antal < 0:
            raise _err(
                f"antallet af pladser kan ikke være negativt ({d.antal} {d.beskrivelse})",
                "negative-pladser",
                "pladsdele",
            )


def _check_kategori(kategori: int | None) -> None:
    if kategori is not None and kategori not in (1, 2, 3):
        raise _err(f"kategori skal være 1, 2 eller 3, ikke {kategori}", "ugyldig-kategori",
                   "kategori")


def _existing(states: Mapping[StreamId, Any], key: str) -> TilbudState:
    state = states.get(tilbud_stream(key))
    if not isinstance(state, TilbudState) or not state.registered:
        raise _err(
            f"tilbuddet '{key}' er ikke registreret", "tilbud-ukendt", "key"
        )
    return state


def _open(states: Mapping[StreamId, Any], key: str, *, correcting: bool = False) -> TilbudState:
    state = _existing(states, key)
    snap = state.latest
    if snap.status != "aktiv" and not correcting:
        what = {"lukket": "lukket", "opsplittet": "opsplittet", "erstattet": "erstattet"}[
            snap.status
        ]
        raise _err(
            f"{snap.navn} er {what} og kan ikke få nye oplysninger; brug en rettelse, "
            "hvis noget tidligere registreret er forkert",
            "tilbud-lukket",
            "key",
        )
    return state


def _new(states: Mapping[StreamId, Any], key: str) -> None:
    _check_key(key)
    state = states.get(tilbud_stream(key))
    if isinstance(state, TilbudState) and state.events:
        raise _err(f"tilbuddet '{key}' er allerede registreret", "tilbud-findes", "key")


def _late(states: Mapping[StreamId, Any], aar: int, modtaget: date | None, which: str) -> tuple[
    date | None, bool | None
]:
    fr = states.get(frister_stream(aar))
    frist = getattr(fr, which) if isinstance(fr, FristerState) else None
    if frist is None or modtaget is None:
        return frist, None
    return frist, modtaget > frist


def _decide_request(
    command: ApproveIndmelding | RejectIndmelding | ApproveUdmelding | RejectUdmelding,
    state: TilbudState,
    kind: Anmodningsart,
) -> None:
    req = state.request(command.request_id)
    if req is None or req[0] != kind:
        raise _err(
            f"der findes ingen anmodning om {kind} med id '{command.request_id}' for "
            f"{state.latest.navn}",
            "anmodning-ukendt",
            "request_id",
        )
    if req[2] != "afventer":
        raise _err(
            f"anmodningen om {kind} '{command.request_id}' for {state.latest.navn} er allerede "
            f"{req[2]}",
            "anmodning-afgjort",
            "request_id",
        )
    approving = isinstance(command, ApproveIndmelding | ApproveUdmelding)
    if approving and req[3] is True and not command.trods_frist:  # type: ignore[union-attr]
        raise _err(
            f"anmodningen om {kind} '{command.request_id}' kom efter fristen; angiv at DAS "
            "godkender den trods overskredet frist",
            "frist-overskredet",
            "trods_frist",
        )


def _decide_one(
    command: Any, states: Mapping[StreamId, Any], *, correcting: bool = False
) -> list[tuple[StreamId, Any]]:
    if isinstance(command, RegisterTilbud):
        _new(states, command.key)
        if not command.navn.strip():
            raise _err("tilbuddet skal have et navn", "navn-mangler", "navn")
        _check_places(command.pladser, command.pladsdele)
        _check_kategori(command.kategori)
        return [
            (
                tilbud_stream(command.key),
                TilbudRegistered(
                    key=command.key,
                    navn=command.navn.strip(),
                    driftsherre=_driftsherre(command.driftsherre),
                    lovgrundlag=command.lovgrundlag,
                    pladser=command.pladser,
                    pladsdele=command.pladsdele,
                    kategori=command.kategori,
                    forstaerket_samarbejde=command.forstaerket_samarbejde,
                    landsdaekkende=command.landsdaekkende,
                    effective_on=command.effective_on,
                    i_tilbudsviften=command.i_tilbudsviften,
                ),
            )
        ]
    if isinstance(command, SetFrister):
        return [
            (
                frister_stream(command.aar),
                FristerSet(command.aar, command.ind_udmelding, command.takster),
            )
        ]
    if isinstance(command, SplitTilbud):
        _open(states, command.key, correcting=correcting)
        old = _existing(states, command.key).latest
        if len(command.into) < 2:
            raise _err("en opsplitning skal give mindst to tilbud", "opsplitning-for-faa", "into")
        out: list[tuple[StreamId, Any]] = [
            (
                tilbud_stream(command.key),
                TilbudSplit(command.effective_on, tuple(n.key for n in command.into)),
            )
        ]
        for n in command.into:
            out.append(_born(states, n, old.driftsherre, command.effective_on,
                             opstaaet_af=(command.key,)))
        return out
    if isinstance(command, ReplaceTilbud):
        if not command.keys:
            raise _err("angiv mindst ét tilbud, der erstattes", "erstatning-tom", "keys")
        olds = [_open(states, k, correcting=correcting).latest for k in command.keys]
        out = [
            (tilbud_stream(k), TilbudReplaced(command.effective_on, command.by.key))
            for k in command.keys
        ]
        out.append(_born(states, command.by, olds[0].driftsherre, command.effective_on,
                         erstatter=command.keys))
        return out
    if isinstance(command, CorrectFact):
        state = _existing(states, command.key)
        target = next((e for v, e in state.events if v == command.supersedes), None)
        live = {v for v, _ in active_facts(state.events)}
        if target is None or command.supersedes not in live:
            raise _err(
                f"{state.latest.navn} har ingen gældende oplysning nr. {command.supersedes}",
                "rettelse-ukendt",
                "supersedes",
            )
        if not isinstance(target, _CORRECTABLE):
            raise _err(
                f"oplysning nr. {command.supersedes} ({type(target).__name__}) kan ikke rettes "
                "på denne måde",
                "rettelse-ikke-tilladt",
                "supersedes",
            )
        if not command.grund.strip():
            raise _err("en rettelse skal have en begrundelse", "rettelse-uden-grund", "grund")
        sid = tilbud_stream(command.key)
        first = (sid, FactSuperseded(command.supersedes, command.grund.strip()))
        if command.erstatning is None:
            return [first]
        if isinstance(command.erstatning, CorrectFact) or getattr(
            command.erstatning, "key", None
        ) != command.key:
            raise _err(
                "erstatningen i en rettelse skal handle om samme tilbud",
                "rettelse-andet-tilbud",
                "erstatning",
            )
        after = dict(states)
        after[sid] = evolve(state, first[1])
        return [first, *_decide_one(command.erstatning, after, correcting=True)]
    if isinstance(command, SetTakst):
        _open(states, command.key, correcting=correcting)
        if not command.ydelse.strip():
            raise _err("angiv hvilken ydelse taksten gælder", "ydelse-mangler", "ydelse")
        if command.beloeb < 0:
            raise _err(f"en takst kan ikke være negativ ({command.beloeb})", "negativ-takst",
                       "beloeb")
        frist, late = _late(states, command.aar, command.modtaget, "takster")
        return [
            (
                tilbud_stream(command.key),
                TakstSet(
                    command.aar,
                    command.ydelse.strip(),
                    kroner(command.beloeb),
                    command.enhed,
                    command.modtaget,
                    frist,
                    late,
                ),
            )
        ]

    state = _open(states, command.key, correcting=correcting)
    snap = state.latest
    sid = tilbud_stream(command.key)
    if isinstance(command, RequestIndmelding | RequestUdmelding):
        if state.request(command.request_id) is not None:
            raise _err(
                f"der findes allerede en anmodning med id '{command.request_id}'",
                "anmodning-findes",
                "request_id",
            )
        pending = [r for r in state.requests if r[2] == "afventer"]
        if pending:
            raise _err(
                f"{snap.navn} har allerede en uafgjort anmodning om {pending[0][0]} "
                f"('{pending[0][1]}')",
                "anmodning-uafgjort",
                "request_id",
            )
        frist, late = _late(states, command.aar, command.modtaget, "ind_udmelding")
        if isinstance(command, RequestIndmelding):
            if snap.i_tilbudsviften:
                raise _err(f"{snap.navn} er allerede i tilbudsviften", "allerede-i-tilbudsviften",
                           "key")
            return [(sid, IndmeldingRequested(command.request_id, command.aar, command.modtaget,
                                              frist, late))]
        if not snap.i_tilbudsviften:
            raise _err(
                f"{snap.navn} er ikke i tilbudsviften og kan ikke udmeldes",
                "ikke-i-tilbudsviften",
                "key",
            )
        return [(sid, UdmeldingRequested(command.request_id, command.aar, command.modtaget,
                                         frist, late, command.begrundelse))]
    if isinstance(command, ApproveIndmelding):
        _decide_request(command, state, "indmelding")
        return [(sid, IndmeldingApproved(command.request_id, command.effective_on,
                                         command.trods_frist))]
    if isinstance(command, RejectIndmelding):
        _decide_request(command, state, "indmelding")
        return [(sid, IndmeldingRejected(command.request_id, command.grunde))]
    if isinstance(command, ApproveUdmelding):
        _decide_request(command, state, "udmelding")
        return [(sid, UdmeldingApproved(command.request_id, command.effective_on,
                                        command.trods_frist))]
    if isinstance(command, RejectUdmelding):
        _decide_request(command, state, "udmelding")
        return [(sid, UdmeldingRejected(command.request_id, command.grunde))]
    if isinstance(command, ChangePladser):
        _check_places(command.pladser, command.pladsdele)
        return [(sid, PladserChanged(command.effective_on, snap.pladser, command.pladser,
                                     command.pladsdele))]
    if isinstance(command, ConvertTilbud):
        _check_places(command.pladser, command.pladsdele or ())
        navn = (command.navn or snap.navn).strip()
        return [
            (
                sid,
                TilbudConverted(
                    command.effective_on,
                    snap.navn,
                    navn,
                    command.lovgrundlag if command.lovgrundlag is not None else snap.lovgrundlag,
                    command.pladser if command.pladser is not None else snap.pladser,
                    command.pladsdele if command.pladsdele is not None else snap.pladsdele,
                ),
            )
        ]
    if isinstance(command, CloseTilbud):
        return [(sid, TilbudClosed(command.effective_on, command.dato_oplyst))]
    if isinstance(command, LeaveForstaerketSamarbejde):
        if snap.forstaerket_samarbejde is False:
            raise _err(f"{snap.navn} er ikke i det forstærkede samarbejde",
                       "ikke-i-forstaerket-samarbejde", "key")
        return [(sid, ForstaerketSamarbejdeLeft(command.effective_on))]
    if isinstance(command, JoinForstaerketSamarbejde):
        if snap.forstaerket_samarbejde is True:
            raise _err(f"{snap.navn} er allerede i det forstærkede samarbejde",
                       "allerede-i-forstaerket-samarbejde", "key")
        return [(sid, ForstaerketSamarbejdeJoined(command.effective_on))]
    if isinstance(command, AgreeBilateralExemption):
        if snap.kategori != 2:
            kat = "ukendt kategori" if snap.kategori is None else f"kategori {snap.kategori}"
            raise _err(
                f"kun et kategori 2-tilbud kan undtages ved bilaterale aftaler; {snap.navn} "
                f"har {kat}",
                "undtagelse-kun-kategori-2",
                "key",
            )
        if not snap.i_tilbudsviften:
            raise _err(f"{snap.navn} er ikke i tilbudsviften", "ikke-i-tilbudsviften", "key")
        if not command.koeberkommuner:
            raise _err("angiv de købekommuner, aftalerne er indgået med", "koebere-mangler",
                       "koeberkommuner")
        kommuner = tuple(_kommune(k, field="koeberkommuner") for k in command.koeberkommuner)
        return [(sid, BilateralExemptionAgreed(command.effective_on, kommuner))]
    if isinstance(command, CarryTakstRegulering):
        if command.til_aar <= command.fra_aar:
            raise _err(
                f"et over- eller underskud fra {command.fra_aar} kan kun indregnes i en senere "
                f"takst, ikke {command.til_aar}",
                "regulering-senere-aar",
                "til_aar",
            )
        return [(sid, TakstReguleringCarried(command.fra_aar, command.til_aar,
                                             kroner(command.beloeb), command.ydelse))]
    raise TypeError(f"{type(command).__name__} is not a tilbudsvifte command")


def _born(
    states: Mapping[StreamId, Any],
    n: NytTilbud,
    driftsherre: str,
    effective_on: date,
    *,
    opstaaet_af: tuple[str, ...] = (),
    erstatter: tuple[str, ...] = (),
) -> tuple[StreamId, Any]:
    _new(states, n.key)
    _check_places(n.pladser, n.pladsdele)
    _check_kategori(n.kategori)
    return (
        tilbud_stream(n.key),
        TilbudRegistered(
            key=n.key,
            navn=n.navn,
            driftsherre=driftsherre,
            lovgrundlag=n.lovgrundlag,
            pladser=n.pladser,
            pladsdele=n.pladsdele,
            kategori=n.kategori,
            forstaerket_samarbejde=n.forstaerket_samarbejde,
            landsdaekkende=n.landsdaekkende,
            effective_on=effective_on,
            i_tilbudsviften=True,
            foer_ukendt=False,
            opstaaet_af=opstaaet_af,
            erstatter=erstatter,
        ),
    )


def decide(command: Any, states: Mapping[StreamId, Any]) -> Sequence[tuple[StreamId, Any]]:
    """The events a command records, or a :class:`DomainError` saying which rule it breaks."""
    return _decide_one(command, states)


CONTEXT = Context(
    name="tilbudsvifte",
    commands=COMMANDS,
    events=(*TILBUD_EVENTS, FristerSet),
    streams=streams,
    decide=decide,
    evolve=evolve,
)
