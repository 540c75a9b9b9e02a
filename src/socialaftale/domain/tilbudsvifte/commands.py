"""The commands of the tilbudsvifte and the streams each reads or writes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from attrs import frozen

from ..common import Provenance, StreamId
from .values import Enhed, Lovgrundlag, NytTilbud, PladsDel, frister_stream, tilbud_stream


@frozen(kw_only=True)
class RegisterTilbud:
    """Record an offer: in the tilbudsvifte from ``effective_on`` (e.g. per takstbilag 2019).

    ``eksisterede``: the source mentions the offer as already existing on
    ``effective_on``; since when it existed (and was in the vifte) is unknown.
    """

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
    eksisterede: bool = False
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
