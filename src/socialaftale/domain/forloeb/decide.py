"""The forløb decider: one small function per command.

The rules that matter to the secretariat's spreadsheet: a round names only the agreement's
councils (the 11 municipalities and the region); a part of the agreement goes out with a
deadline; a council's decision is not dated before the case was sent to it, and is reported
once per round — a second report is a correction that says why.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ..common import DomainError, PartialDate, StreamId
from ..dates import Dato, dato_earliest, dato_text
from ..names import did_you_mean
from ..organisations import NORDJYLLAND
from .aftale import (
    AftaleState,
    OpretAftale,
    RegistrerAftaledel,
    aftale_stream,
    check_round_in_aftale,
    open_aftale,
    register_del,
)
from .commands import (
    AabnGodkendelsesrunde,
    OpretForloeb,
    RegistrerBehandling,
    RegistrerRaadsbeslutning,
)
from .events import (
    AFTALE_DELE,
    RAADSBESLUTNINGER,
    BehandlingRegistreret,
    ForloebOprettet,
    GodkendelsesrundeAabnet,
    RaadsbeslutningRegistreret,
    forloeb_stream,
)
from .state import ForloebState

__all__ = ["AFTALENS_RAAD", "DECIDERS", "REGIONEN", "decide", "raad_i_aftalen", "streams"]

REGIONEN = "Region Nordjylland"
AFTALENS_RAAD: tuple[str, ...] = (*NORDJYLLAND, REGIONEN)
"""The twelve councils that approve the agreement: the municipalities' kommunalbestyrelser
(byråd) and the regionsråd, named by their organisation."""


def streams(command: Any) -> Sequence[StreamId]:
    if isinstance(command, OpretAftale):
        return [aftale_stream(command.id)]
    if isinstance(command, RegistrerAftaledel):
        return [aftale_stream(command.aftale)]
    key = command.id if isinstance(command, OpretForloeb) else command.forloeb
    if isinstance(command, AabnGodkendelsesrunde) and command.aftale is not None:
        return [forloeb_stream(key), aftale_stream(command.aftale)]
    return [forloeb_stream(key)]


def raad_i_aftalen(name: str, *, field: str = "raad") -> str:
    """A council's canonical name ("Aalborg Kommune" → "Aalborg"), or a refusal naming the
    agreement's twelve."""
    text = " ".join(name.split())
    for suffix in (" Kommune", " kommune", " Byråd", " byråd", " Kommunalbestyrelse",
                   " kommunalbestyrelse"):
        text = text.removesuffix(suffix)
    if text in AFTALENS_RAAD:
        return text
    if text.casefold() in ("regionsrådet", "regionsraadet", "region nordjylland"):
        return REGIONEN
    hint = did_you_mean(text, AFTALENS_RAAD)
    raise DomainError(f"'{name}' er ikke et af socialaftalens tolv råd (de 11 nordjyske "
                      f"kommuner og Region Nordjylland){hint}", rule="raad-ikke-i-aftalen",
                      field=field)


def _existing(state: ForloebState | None, forloeb: str) -> ForloebState:
    if state is None:
        raise DomainError(f"sagen '{forloeb}' findes ikke; opret den først (OpretForloeb)",
                          rule="ukendt-forloeb", field="forloeb")
    return state


def _nonempty(command: Any, *fields: str) -> None:
    for name in fields:
        if not str(getattr(command, name)).strip():
            raise DomainError(f"'{name}' må ikke være tom", rule="felt-tomt", field=name)


def _open(command: OpretForloeb, state: ForloebState | None) -> list[Any]:
    _nonempty(command, "id", "titel")
    if state is not None:
        raise DomainError(f"sagen '{command.id}' findes allerede", rule="forloeb-dobbelt",
                          field="id")
    return [ForloebOprettet(command.id, command.titel, command.sagsnr, command.periode,
                            command.sammenfatning, command.kilde_sted)]


def _treatment(command: RegistrerBehandling, state: ForloebState | None) -> list[Any]:
    found = _existing(state, command.forloeb)
    _nonempty(command, "id", "organ")
    if command.id in found.behandlinger:
        raise DomainError(f"sagen '{command.forloeb}' har allerede en behandling "
                          f"'{command.id}'; en rettelse er en ny behandling med eget id",
                          rule="behandling-dobbelt", field="id")
    if command.provenance.decision is not None and command.provenance.external is not None:
        raise DomainError("en behandling er enten en beslutning i registret eller et andet "
                          "organs beslutning, som kilden beretter om — ikke begge",
                          rule="behandling-to-kilder", field="ekstern_beslutning")
    return [BehandlingRegistreret(command.forloeb, command.id, command.organ, command.rolle,
                                  command.dato, command.udfald, command.planlagt,
                                  command.ordlyd, command.bemaerkninger,
                                  command.sammenfatning, command.kilde_sted)]


def _before(a: Dato, b: Dato) -> bool:
    """``a`` lies wholly before ``b`` (partial dates compared by their bounds)."""
    latest = a.latest if isinstance(a, PartialDate) else a
    return latest < dato_earliest(b)


def _round(command: AabnGodkendelsesrunde, state: ForloebState | None,
           aftale_state: AftaleState | None = None) -> list[Any]:
    found = _existing(state, command.forloeb)
    _nonempty(command, "id")
    if found.runde(command.id) is not None:
        raise DomainError(f"sagen '{command.forloeb}' har allerede en godkendelsesrunde "
                          f"'{command.id}'", rule="runde-dobbelt", field="id")
    raad = tuple(raad_i_aftalen(r, field=f"raad[{i + 1}]") for i, r in enumerate(command.raad))
    if len(set(raad)) != len(raad):
        twice = next(r for r in raad if raad.count(r) > 1)
        raise DomainError(f"{twice} er nævnt to gange i runden", rule="raad-dobbelt",
                          field="raad")
    if command.frist_ukendt and command.frist is not None:
        raise DomainError("en runde har enten en frist eller 'frist_ukendt: true', ikke begge",
                          rule="frist-og-ukendt", field="frist_ukendt")
    if command.art in AFTALE_DELE and command.frist is None and not command.frist_ukendt:
        raise DomainError(f"en godkendelsesrunde for {command.art}en skal have en frist: "
                          "byrådene og regionsrådet skal godkende den inden en dato (skriv "
                          "'frist', evt. som en del-dato: 'oktober 2020', eller "
                          "'frist_ukendt: true', når kilden ingen frist giver)",
                          rule="runde-uden-frist", field="frist")
    if command.aftale is None and command.aftaledel is not None:
        raise DomainError("'aftaledel' kræver 'aftale': hvilken aftale delen hører til",
                          rule="aftaledel-uden-aftale", field="aftale")
    if command.aftale is not None:
        check_round_in_aftale(aftale_state, command.aftale, command.aftaledel, command.art,
                              raad or AFTALENS_RAAD, bool(raad))
    if command.sendt is not None and command.frist is not None \
            and _before(command.frist, command.sendt):
        raise DomainError(f"fristen {dato_text(command.frist)} ligger før sagen blev sendt "
                          f"({dato_text(command.sendt)})", rule="frist-foer-udsendelse",
                          field="frist")
    return [GodkendelsesrundeAabnet(command.forloeb, command.id, command.art,
                                    raad or AFTALENS_RAAD, command.sendt, command.frist,
                                    command.ordlyd, command.sammenfatning,
                                    command.kilde_sted, command.frist_ukendt,
                                    command.aftale, command.aftaledel)]


def _council(command: RegistrerRaadsbeslutning, state: ForloebState | None) -> list[Any]:
    found = _existing(state, command.forloeb)
    runde = found.runde(command.runde)
    if runde is None:
        known = [k for k, _ in found.runder]
        raise DomainError(f"sagen '{command.forloeb}' har ingen godkendelsesrunde "
                          f"'{command.runde}'{did_you_mean(command.runde, known)}",
                          rule="ukendt-runde", field="runde")
    raad = raad_i_aftalen(command.raad)
    if raad not in runde.raad:
        raise DomainError(f"{raad} er ikke blandt rådene i runden '{command.runde}'",
                          rule="raad-ikke-i-runden", field="raad")
    if command.dato is not None and runde.sendt is not None \
            and _before(command.dato, runde.sendt):
        raise DomainError(f"{raad}s beslutning er dateret {dato_text(command.dato)}, før "
                          f"sagen blev sendt til rådene ({dato_text(runde.sendt)})",
                          rule="beslutning-foer-udsendelse", field="dato")
    earlier = runde.beslutning(raad)
    if command.retter:
        if earlier is None:
            raise DomainError(f"{raad} har ingen beslutning i runden at rette",
                              rule="intet-at-rette", field="retter")
        if not (command.grund or "").strip():
            raise DomainError("en rettelse skal sige hvorfor ('grund')",
                              rule="rettelse-uden-grund", field="grund")
    elif earlier is not None and earlier != "ikke_behandlet":
        raise DomainError(f"{raad} har allerede en beslutning i runden '{command.runde}' "
                          f"({RAADSBESLUTNINGER[earlier]}); en ny er en rettelse: skriv "
                          "'retter: true' og 'grund'", rule="raadsbeslutning-dobbelt", field="raad")
    return [RaadsbeslutningRegistreret(command.forloeb, command.runde, raad,
                                       command.udfald, command.dato, command.ordlyd,
                                       command.bemaerkninger, command.sammenfatning,
                                       command.kilde_sted, command.retter, command.grund)]


DECIDERS: dict[type, Callable[[Any, Any], list[Any]]] = {
    OpretForloeb: _open,
    RegistrerBehandling: _treatment,
    AabnGodkendelsesrunde: _round,
    RegistrerRaadsbeslutning: _council,
    OpretAftale: lambda c, s: open_aftale(c, s, AFTALENS_RAAD, raad_i_aftalen),
    RegistrerAftaledel: register_del,
}


def decide(command: Any, states: Mapping[StreamId, Any]) -> Sequence[tuple[StreamId, Any]]:
    rule = DECIDERS.get(type(command))
    if rule is None:
        raise TypeError(f"not a forloeb command: {type(command).__name__}")
    sids = streams(command)
    if len(sids) == 2:  # a part's round: the case's stream, the agreement's read
        return [(sids[0], e) for e in _round(command, states[sids[0]], states[sids[1]])]
    (sid,) = sids
    return [(sid, e) for e in rule(command, states[sid])]
