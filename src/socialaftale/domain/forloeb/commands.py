"""What a user or a record file asks of a forløb. The class names are the record's fact
types (``type: RegistrerBehandling``)."""

from __future__ import annotations

from attrs import frozen

from ..common import Provenance
from ..dates import Dato
from .aftale import OpretAftale, RegistrerAftaledel
from .events import Raadsbeslutning, Rolle, Rundeart, Udfald

__all__ = ["COMMANDS", "AabnGodkendelsesrunde", "OpretForloeb", "RegistrerBehandling",
           "RegistrerRaadsbeslutning"]


@frozen(kw_only=True)
class OpretForloeb:
    """Open a case that travels through bodies (``id``: a short key of the record's)."""

    id: str
    titel: str
    sagsnr: str | None = None
    periode: str | None = None
    sammenfatning: str | None = None
    kilde_sted: str | None = None
    provenance: Provenance


@frozen(kw_only=True)
class RegistrerBehandling:
    """Record one body's treatment of the case (``id``: unique in the case)."""

    forloeb: str
    id: str
    organ: str
    rolle: Rolle
    dato: Dato | None = None
    udfald: Udfald | None = None
    planlagt: bool = False
    ordlyd: str | None = None
    bemaerkninger: tuple[str, ...] = ()
    sammenfatning: str | None = None
    kilde_sted: str | None = None
    provenance: Provenance


@frozen(kw_only=True)
class AabnGodkendelsesrunde:
    """Send the case to the councils for approval. ``raad`` left out: all twelve councils
    of the agreement (the 11 municipalities and the region). ``frist_ukendt``: the source
    gives no deadline (a plan's period is not one), so a part of the agreement may be sent
    without ``frist`` and no council is ever counted late. ``aftale`` and ``aftaledel``: the
    agreement's part the round approves (its councils must be the agreement's parties)."""

    forloeb: str
    id: str
    art: Rundeart
    raad: tuple[str, ...] = ()
    sendt: Dato | None = None
    frist: Dato | None = None
    frist_ukendt: bool = False
    ordlyd: str | None = None
    sammenfatning: str | None = None
    kilde_sted: str | None = None
    aftale: str | None = None
    aftaledel: str | None = None
    provenance: Provenance


@frozen(kw_only=True)
class RegistrerRaadsbeslutning:
    """Record a council's decision in a round as its source reports it; a second one for
    the same council is a correction (``retter: true`` with ``grund``)."""

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
    provenance: Provenance


COMMANDS: tuple[type, ...] = (OpretForloeb, RegistrerBehandling, AabnGodkendelsesrunde,
                              RegistrerRaadsbeslutning, OpretAftale, RegistrerAftaledel)
