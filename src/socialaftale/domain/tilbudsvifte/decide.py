"""Decide: one function per command, each the rules of that command alone.

:data:`DECIDERS` maps a command class to its function; :func:`decide` looks the command up.
A function receives the states of the command's streams (see :func:`.commands.streams`) and
``correcting``: true when it decides the replacement inside a :class:`CorrectFact`, which may
add to a closed tilbud.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from ..common import DomainError, StreamId
from ..money import kroner
from ..organisations import driftsherre as _driftsherre
from ..organisations import kommune as _kommune
from .commands import (
    AgreeBilateralExemption,
    ApproveIndmelding,
    ApproveUdmelding,
    CarryTakstRegulering,
    ChangePladser,
    CloseTilbud,
    ConvertTilbud,
    CorrectFact,
    JoinForstaerketSamarbejde,
    LeaveForstaerketSamarbejde,
    RegisterTilbud,
    RejectIndmelding,
    RejectUdmelding,
    ReplaceTilbud,
    RequestIndmelding,
    RequestUdmelding,
    SetFrister,
    SetTakst,
    SplitTilbud,
)
from .events import (
    _CORRECTABLE,
    BilateralExemptionAgreed,
    FactSuperseded,
    ForstaerketSamarbejdeJoined,
    ForstaerketSamarbejdeLeft,
    FristerSet,
    IndmeldingApproved,
    IndmeldingRejected,
    IndmeldingRequested,
    PladserChanged,
    TakstReguleringCarried,
    TakstSet,
    TilbudClosed,
    TilbudConverted,
    TilbudRegistered,
    TilbudReplaced,
    TilbudSplit,
    UdmeldingApproved,
    UdmeldingRejected,
    UdmeldingRequested,
)
from .state import FristerState, TilbudState, active_facts, evolve
from .values import Anmodningsart, NytTilbud, PladsDel, frister_stream, tilbud_stream

Decided = list[tuple[StreamId, Any]]
States = Mapping[StreamId, Any]

# -- the checks several commands share --------------------------------------------------



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


# -- one function per command -----------------------------------------------------------


def _register(command: RegisterTilbud, states: States, correcting: bool) -> Decided:
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
                eksisterede=command.eksisterede,
            ),
        )
    ]


def _set_frister(command: SetFrister, states: States, correcting: bool) -> Decided:
    return [
        (
            frister_stream(command.aar),
            FristerSet(command.aar, command.ind_udmelding, command.takster),
        )
    ]


def _split(command: SplitTilbud, states: States, correcting: bool) -> Decided:
    _open(states, command.key, correcting=correcting)
    old = _existing(states, command.key).latest
    if len(command.into) < 2:
        raise _err("en opsplitning skal give mindst to tilbud", "opsplitning-for-faa", "into")
    out: Decided = [
        (
            tilbud_stream(command.key),
            TilbudSplit(command.effective_on, tuple(n.key for n in command.into)),
        )
    ]
    for n in command.into:
        out.append(_born(states, n, old.driftsherre, command.effective_on,
                         opstaaet_af=(command.key,)))
    return out


def _replace_tilbud(command: ReplaceTilbud, states: States, correcting: bool) -> Decided:
    if not command.keys:
        raise _err("angiv mindst ét tilbud, der erstattes", "erstatning-tom", "keys")
    olds = [_open(states, k, correcting=correcting).latest for k in command.keys]
    out: Decided = [
        (tilbud_stream(k), TilbudReplaced(command.effective_on, command.by.key))
        for k in command.keys
    ]
    out.append(_born(states, command.by, olds[0].driftsherre, command.effective_on,
                     erstatter=command.keys))
    return out


def _correct(command: CorrectFact, states: States, correcting: bool) -> Decided:
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


def _set_takst(command: SetTakst, states: States, correcting: bool) -> Decided:
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


def _check_new_request(
    command: RequestIndmelding | RequestUdmelding, state: TilbudState
) -> None:
    """A request has an id of its own and waits for no other undecided request."""
    if state.request(command.request_id) is not None:
        raise _err(
            f"der findes allerede en anmodning med id '{command.request_id}'",
            "anmodning-findes",
            "request_id",
        )
    pending = [r for r in state.requests if r[2] == "afventer"]
    if pending:
        raise _err(
            f"{state.latest.navn} har allerede en uafgjort anmodning om {pending[0][0]} "
            f"('{pending[0][1]}')",
            "anmodning-uafgjort",
            "request_id",
        )


def _request_indmelding(command: RequestIndmelding, states: States, correcting: bool) -> Decided:
    state = _open(states, command.key, correcting=correcting)
    snap = state.latest
    _check_new_request(command, state)
    frist, late = _late(states, command.aar, command.modtaget, "ind_udmelding")
    if snap.i_tilbudsviften:
        raise _err(f"{snap.navn} er allerede i tilbudsviften", "allerede-i-tilbudsviften",
                   "key")
    return [(tilbud_stream(command.key), IndmeldingRequested(
        command.request_id, command.aar, command.modtaget, frist, late))]


def _request_udmelding(command: RequestUdmelding, states: States, correcting: bool) -> Decided:
    state = _open(states, command.key, correcting=correcting)
    snap = state.latest
    _check_new_request(command, state)
    frist, late = _late(states, command.aar, command.modtaget, "ind_udmelding")
    if not snap.i_tilbudsviften:
        raise _err(
            f"{snap.navn} er ikke i tilbudsviften og kan ikke udmeldes",
            "ikke-i-tilbudsviften",
            "key",
        )
    return [(tilbud_stream(command.key), UdmeldingRequested(
        command.request_id, command.aar, command.modtaget, frist, late, command.begrundelse))]


def _approve_indmelding(command: ApproveIndmelding, states: States, correcting: bool) -> Decided:
    state = _open(states, command.key, correcting=correcting)
    _decide_request(command, state, "indmelding")
    return [(tilbud_stream(command.key), IndmeldingApproved(
        command.request_id, command.effective_on, command.trods_frist))]


def _reject_indmelding(command: RejectIndmelding, states: States, correcting: bool) -> Decided:
    state = _open(states, command.key, correcting=correcting)
    _decide_request(command, state, "indmelding")
    return [(tilbud_stream(command.key), IndmeldingRejected(command.request_id, command.grunde))]


def _approve_udmelding(command: ApproveUdmelding, states: States, correcting: bool) -> Decided:
    state = _open(states, command.key, correcting=correcting)
    _decide_request(command, state, "udmelding")
    return [(tilbud_stream(command.key), UdmeldingApproved(
        command.request_id, command.effective_on, command.trods_frist))]


def _reject_udmelding(command: RejectUdmelding, states: States, correcting: bool) -> Decided:
    state = _open(states, command.key, correcting=correcting)
    _decide_request(command, state, "udmelding")
    return [(tilbud_stream(command.key), UdmeldingRejected(command.request_id, command.grunde))]


def _change_pladser(command: ChangePladser, states: States, correcting: bool) -> Decided:
    snap = _open(states, command.key, correcting=correcting).latest
    _check_places(command.pladser, command.pladsdele)
    return [(tilbud_stream(command.key), PladserChanged(
        command.effective_on, snap.pladser, command.pladser, command.pladsdele))]


def _convert(command: ConvertTilbud, states: States, correcting: bool) -> Decided:
    snap = _open(states, command.key, correcting=correcting).latest
    _check_places(command.pladser, command.pladsdele or ())
    navn = (command.navn or snap.navn).strip()
    return [
        (
            tilbud_stream(command.key),
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


def _close(command: CloseTilbud, states: States, correcting: bool) -> Decided:
    _open(states, command.key, correcting=correcting)
    return [(tilbud_stream(command.key), TilbudClosed(command.effective_on, command.dato_oplyst))]


def _leave_forstaerket(
    command: LeaveForstaerketSamarbejde, states: States, correcting: bool
) -> Decided:
    snap = _open(states, command.key, correcting=correcting).latest
    if snap.forstaerket_samarbejde is False:
        raise _err(f"{snap.navn} er ikke i det forstærkede samarbejde",
                   "ikke-i-forstaerket-samarbejde", "key")
    return [(tilbud_stream(command.key), ForstaerketSamarbejdeLeft(command.effective_on))]


def _join_forstaerket(
    command: JoinForstaerketSamarbejde, states: States, correcting: bool
) -> Decided:
    snap = _open(states, command.key, correcting=correcting).latest
    if snap.forstaerket_samarbejde is True:
        raise _err(f"{snap.navn} er allerede i det forstærkede samarbejde",
                   "allerede-i-forstaerket-samarbejde", "key")
    return [(tilbud_stream(command.key), ForstaerketSamarbejdeJoined(command.effective_on))]


def _agree_bilateral(command: AgreeBilateralExemption, states: States, correcting: bool) -> Decided:
    snap = _open(states, command.key, correcting=correcting).latest
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
    return [(tilbud_stream(command.key), BilateralExemptionAgreed(command.effective_on, kommuner))]


def _carry_regulering(command: CarryTakstRegulering, states: States, correcting: bool) -> Decided:
    _open(states, command.key, correcting=correcting)
    if command.til_aar <= command.fra_aar:
        raise _err(
            f"et over- eller underskud fra {command.fra_aar} kan kun indregnes i en senere "
            f"takst, ikke {command.til_aar}",
            "regulering-senere-aar",
            "til_aar",
        )
    return [(tilbud_stream(command.key), TakstReguleringCarried(
        command.fra_aar, command.til_aar, kroner(command.beloeb), command.ydelse))]


# -- dispatch ---------------------------------------------------------------------------

DECIDERS: dict[type, Callable[[Any, States, bool], Decided]] = {
    RegisterTilbud: _register,
    SetFrister: _set_frister,
    RequestIndmelding: _request_indmelding,
    RequestUdmelding: _request_udmelding,
    ApproveIndmelding: _approve_indmelding,
    RejectIndmelding: _reject_indmelding,
    ApproveUdmelding: _approve_udmelding,
    RejectUdmelding: _reject_udmelding,
    ChangePladser: _change_pladser,
    ConvertTilbud: _convert,
    SplitTilbud: _split,
    ReplaceTilbud: _replace_tilbud,
    CloseTilbud: _close,
    LeaveForstaerketSamarbejde: _leave_forstaerket,
    JoinForstaerketSamarbejde: _join_forstaerket,
    AgreeBilateralExemption: _agree_bilateral,
    SetTakst: _set_takst,
    CarryTakstRegulering: _carry_regulering,
    CorrectFact: _correct,
}
"""Which function decides each command (every command in :data:`.commands.COMMANDS`)."""


def _decide_one(command: Any, states: States, *, correcting: bool = False) -> Decided:
    decider = DECIDERS.get(type(command))
    if decider is None:
        raise TypeError(f"{type(command).__name__} is not a tilbudsvifte command")
    return decider(command, states, correcting)


def decide(command: Any, states: Mapping[StreamId, Any]) -> Sequence[tuple[StreamId, Any]]:
    """The events a command records, or a :class:`DomainError` saying which rule it breaks."""
    return _decide_one(command, states)
