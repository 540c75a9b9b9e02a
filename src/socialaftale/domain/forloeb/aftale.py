"""The agreement itself: Nordjysk Socialaftale (earlier: the rammeaftale) of a period, its
parties and its parts (udviklingsstrategi, styringsaftale, or the one Socialaftale that
followed them), each part approved by the councils in rounds of its own.

Part of the forløb context because a part's approval round is a case's round
(:class:`~.commands.AabnGodkendelsesrunde` with ``aftale`` and ``aftaledel``): the round's
rule "raad-ikke-i-aftalen" reads the agreement's parties, so one stream per agreement
(``aftale:<id>``) is read beside the case's. The parties are what the record says: the
eleven municipalities and the region of the reference data only where it reads them so
(``alle_raad``, a reading the record marks), otherwise the councils it names, or none
(unknown) — then no round can be checked against them, and a round for its part is refused.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from attrs import evolve as replace
from attrs import frozen

from ..common import DomainError, Provenance, StreamId, stream_id

__all__ = [
    "AFTALEDEL_ARTER",
    "AftaleOprettet",
    "AftaleState",
    "AftaledelRegistreret",
    "Aftaledelart",
    "OpretAftale",
    "RegistrerAftaledel",
    "aftale_stream",
    "check_periode",
]

Aftaledelart = Literal["udviklingsstrategi", "styringsaftale", "socialaftale", "anden"]
"""A part of the agreement: the udviklingsstrategi and the styringsaftale of a rammeaftale,
``socialaftale`` the one document that succeeded them, ``anden`` another the record names."""
AFTALEDEL_ARTER: dict[str, str] = {
    "udviklingsstrategi": "udviklingsstrategi", "styringsaftale": "styringsaftale",
    "socialaftale": "socialaftale", "anden": "anden del",
}

_PERIODE = re.compile(r"(\d{4})(?:-(\d{4}))?")


def aftale_stream(aftale: str) -> StreamId:
    return stream_id("aftale", aftale)


def check_periode(periode: str | None) -> None:
    """A period is years as the source gives them: "2014" or "2021-2022" (None: unknown)."""
    if periode is None:
        return
    found = _PERIODE.fullmatch(periode.strip())
    if found is None:
        raise DomainError(f"perioden '{periode}' skal være år som i kilden: 'ÅÅÅÅ' eller "
                          "'ÅÅÅÅ-ÅÅÅÅ' (udelades, når den ikke er kendt)",
                          rule="ugyldig-periode", field="periode")
    if found.group(2) is not None and int(found.group(2)) < int(found.group(1)):
        raise DomainError(f"perioden '{periode}' slutter før den begynder",
                          rule="ugyldig-periode", field="periode")


# -- commands ------------------------------------------------------------------------------

@frozen(kw_only=True)
class OpretAftale:
    """Record an agreement of a period. ``raad``: its parties as the record names them;
    ``alle_raad``: the record reads the parties as all twelve councils of the reference data
    (the 11 municipalities and the region), a reading its sammenfatning must mark as such
    (the minutes may say only "Byråd og regionsråd"); neither: not known. ``strategi``: the
    strategy context's period key ("Nordjysk Socialaftale 2021-2022") whose vision and
    fokusområder belong to it."""

    id: str
    navn: str
    periode: str | None = None
    raad: tuple[str, ...] = ()
    alle_raad: bool = False
    strategi: str | None = None
    ordlyd: str | None = None
    sammenfatning: str | None = None
    kilde_sted: str | None = None
    provenance: Provenance


@frozen(kw_only=True)
class RegistrerAftaledel:
    """Record a part of the agreement (``id``: unique in the agreement); ``navn`` as the
    source writes it (required for ``anden``)."""

    aftale: str
    id: str
    art: Aftaledelart
    navn: str | None = None
    ordlyd: str | None = None
    sammenfatning: str | None = None
    kilde_sted: str | None = None
    provenance: Provenance


# -- events --------------------------------------------------------------------------------

@frozen
class AftaleOprettet:
    """An agreement of a period: ``raad`` its parties in canonical names (empty: not
    known), ``periode`` years as given (None: not known)."""

    aftale: str
    navn: str
    periode: str | None = None
    raad: tuple[str, ...] = ()
    strategi: str | None = None
    ordlyd: str | None = None
    sammenfatning: str | None = None
    kilde_sted: str | None = None

    def summary(self) -> str:
        return f"Aftale: {self.navn}"


@frozen
class AftaledelRegistreret:
    """A part of an agreement."""

    aftale: str
    del_id: str
    art: Aftaledelart
    navn: str | None = None
    ordlyd: str | None = None
    sammenfatning: str | None = None
    kilde_sted: str | None = None

    def summary(self) -> str:
        return f"Aftaledel {self.navn or AFTALEDEL_ARTER[self.art]} i {self.aftale}"


# -- state and rules -----------------------------------------------------------------------

@frozen
class AftaleState:
    aftale: str
    raad: tuple[str, ...]
    dele: tuple[tuple[str, str], ...] = ()
    """(part id, kind) in the order recorded."""

    def art(self, del_id: str) -> str | None:
        return next((a for k, a in self.dele if k == del_id), None)


def evolve_aftale(state: AftaleState | None, event: Any) -> AftaleState | None:
    if isinstance(event, AftaleOprettet):
        return AftaleState(event.aftale, event.raad)
    if isinstance(event, AftaledelRegistreret) and state is not None:
        return replace(state, dele=(*state.dele, (event.del_id, event.art)))
    return state


def _nonempty(command: Any, *fields: str) -> None:
    for name in fields:
        if not str(getattr(command, name)).strip():
            raise DomainError(f"'{name}' må ikke være tom", rule="felt-tomt", field=name)


def existing_aftale(state: AftaleState | None, aftale: str, *, field: str = "aftale"
                    ) -> AftaleState:
    if state is None:
        raise DomainError(f"aftalen '{aftale}' findes ikke; opret den først (OpretAftale)",
                          rule="ukendt-aftale", field=field)
    return state


def open_aftale(command: OpretAftale, state: AftaleState | None, all_councils: tuple[str, ...],
                canonical: Any) -> list[Any]:
    _nonempty(command, "id", "navn")
    if state is not None:
        raise DomainError(f"aftalen '{command.id}' findes allerede", rule="aftale-dobbelt",
                          field="id")
    check_periode(command.periode)
    if command.alle_raad and command.raad:
        raise DomainError("en aftale har enten 'raad' eller 'alle_raad: true', ikke begge",
                          rule="raad-og-alle-raad", field="alle_raad")
    raad = tuple(canonical(r, field=f"raad[{i + 1}]") for i, r in enumerate(command.raad))
    if len(set(raad)) != len(raad):
        twice = next(r for r in raad if raad.count(r) > 1)
        raise DomainError(f"{twice} er nævnt to gange blandt aftalens parter",
                          rule="raad-dobbelt", field="raad")
    return [AftaleOprettet(command.id, command.navn, command.periode and command.periode.strip(),
                           all_councils if command.alle_raad else raad, command.strategi,
                           command.ordlyd, command.sammenfatning, command.kilde_sted)]


def register_del(command: RegistrerAftaledel, state: AftaleState | None) -> list[Any]:
    found = existing_aftale(state, command.aftale)
    _nonempty(command, "id")
    if found.art(command.id) is not None:
        raise DomainError(f"aftalen '{command.aftale}' har allerede en del '{command.id}'",
                          rule="aftaledel-dobbelt", field="id")
    if command.art == "anden" and not (command.navn or "").strip():
        raise DomainError("en anden del af aftalen skal have sit navn, som kilden skriver det "
                          "('navn')", rule="aftaledel-uden-navn", field="navn")
    return [AftaledelRegistreret(command.aftale, command.id, command.art, command.navn,
                                 command.ordlyd, command.sammenfatning, command.kilde_sted)]


def check_round_in_aftale(state: AftaleState | None, aftale: str, del_id: str | None,
                          art: str, raad: tuple[str, ...], named: bool) -> None:
    """A part's round: the part exists, approves what the part is, and sends the case only
    to the agreement's parties (rule raad-ikke-i-aftalen)."""
    found = existing_aftale(state, aftale)
    if del_id is None:
        raise DomainError("en runde for en aftale skal nævne aftalens del ('aftaledel')",
                          rule="aftaledel-mangler", field="aftaledel")
    kind = found.art(del_id)
    if kind is None:
        known = ", ".join(k for k, _ in found.dele) or "ingen"
        raise DomainError(f"aftalen '{aftale}' har ingen del '{del_id}' (dens dele: {known})",
                          rule="ukendt-aftaledel", field="aftaledel")
    if kind != "anden" and art != kind:
        raise DomainError(f"runden godkender '{art}', men aftalens del '{del_id}' er en "
                          f"{kind}", rule="runde-art-ikke-del", field="art")
    if not found.raad:
        raise DomainError(f"aftalen '{aftale}' har ingen kendte parter, så rundens råd kan "
                          "ikke holdes op mod dem; skriv aftalens 'raad' eller 'alle_raad'",
                          rule="aftalens-raad-ukendt", field="aftale")
    for i, r in enumerate(raad):
        if r not in found.raad:
            raise DomainError(f"{r} er ikke part i aftalen '{aftale}' (dens parter: "
                              f"{', '.join(found.raad)})", rule="raad-ikke-i-aftalen",
                              field=f"raad[{i + 1}]" if named else "raad")
