"""A record file of cases across bodies: facts gathered from several minutes, not one
meeting's.

A case travels through bodies whose minutes are different documents (KKR's decision reported
in SOCDIR's minutes, DAS' in its own), so its record is a file of its own, beside the
meeting records. It is written as a meeting record's ``grundlag``: groups of facts, each
group with the document it comes from (``kilde``, ``kilde_sha256``) and that document's date
(``dato``, the facts' ``occurred_on``). A fact may name the decision in the record that it is
(``beslutning: {meeting: das-2019-10-24, item: "8", matter: ti-hcn}``); the loader then
refuses it if that meeting is loaded without that decision. The file is told from a meeting
record by its top-level ``forloeb`` (the record's id) in place of ``moede``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import attrs
from attrs import frozen

from ..domain.common import DecisionRef, DomainError, Provenance, Source
from .format import (
    FACT_TYPES,
    Fakt,
    RecordError,
    Unit,
    _check_bounds,
    _check_places,
    _fact_command,
    _field_name,
    _mente_du,
    _normalised,
    _structure,
)
from .yamltext import Located, Path

__all__ = ["Forloebsgrundlag", "Forloebsoptegnelse", "case_units", "is_case_record",
           "read_case_record"]


@frozen(kw_only=True)
class Forloebsgrundlag:
    """Facts from one document: its name and hash, its date, a note on it."""

    dato: date
    kilde: str
    kilde_sha256: str | None = None
    note: str | None = None
    fakta: tuple[Fakt, ...] = ()


@frozen(kw_only=True)
class Forloebsoptegnelse:
    """A record of cases across bodies. ``forloeb`` is the record's id (a load records it
    as ``forloeb:<id>``), ``noter`` the record writer's own notes (not recorded)."""

    forloeb: str
    noter: tuple[str, ...] = ()
    grundlag: tuple[Forloebsgrundlag, ...] = ()

    @property
    def kilde(self) -> None:
        """A meeting record's one document; a case record has one per ``grundlag``."""
        return None

    @property
    def kilde_sha256(self) -> None:
        return None

    @property
    def record_id(self) -> str:
        return f"forloeb:{self.forloeb}"

    @property
    def day(self) -> date:
        """The record's own date (its corrections' ``occurred_on``): its latest source's."""
        return max((g.dato for g in self.grundlag), default=date(1900, 1, 1))


def is_case_record(located: Located) -> bool:
    """Whether a parsed file is a case record (``forloeb`` at the top, no ``moede``)."""
    value = located.value
    return isinstance(value, dict) and "forloeb" in value and "moede" not in value


def read_case_record(located: Located, file: str) -> Forloebsoptegnelse:
    if not isinstance(located.value, dict):
        raise RecordError("en forløbsoptegnelse skal være en tabel med 'forloeb' og "
                          "'grundlag'", file=file, line=1, rule="ugyldig-optegnelse")
    value = {k: v for k, v in located.value.items() if k not in ("kilde", "kilde_sha256")}
    if len(value) != len(located.value):
        where: Path = ("kilde",) if "kilde" in located.value else ("kilde_sha256",)
        raise RecordError("en forløbsoptegnelse har en kilde pr. grundlag, ikke én for hele "
                          "filen", file=file, line=located.line_of(where),
                          field=_field_name(where, located), rule="ugyldigt-felt")
    record: Forloebsoptegnelse = _structure(located, value, Forloebsoptegnelse, (), file)
    _check_places(located, located.value, file)
    return record


def _decision(located: Located, data: dict[str, Any], at: Path, file: str
              ) -> DecisionRef | None:
    told = data.pop("beslutning", None)
    if told is None:
        cls = FACT_TYPES.get(str(data.get("type")))
        own = {a.name for a in attrs.fields(cls)} if cls is not None else set()
        near = next((k for k in data if k not in own and _mente_du(str(k), ["beslutning"])),
                    None)
        if near is not None:  # 'beslutnig:' is the case file's own field misspelled
            raise RecordError(f"ukendt felt '{near}' — mente du beslutning?", file=file,
                              line=located.line_of((*at, near)),
                              field=_field_name((*at, near), located), rule="ugyldigt-felt")
        return None
    return _structure(located, told, DecisionRef, (*at, "beslutning"), file)  # type: ignore[no-any-return]


def case_units(located: Located, record: Forloebsoptegnelse, file: str) -> list[Unit]:
    """The commands a case record means, in file order."""
    units: list[Unit] = []
    for g_i, g in enumerate(record.grundlag):
        try:
            base = Provenance(g.dato, Source(g.kilde, None, g.note))
        except (ValueError, DomainError):  # a blank kilde: Source refuses it
            where: Path = ("grundlag", g_i, "kilde")
            raise RecordError("kilden må ikke være tom; skriv navnet på dokumentet, faktaene "
                              "kommer fra", file=file, line=located.line_of(where),
                              field=_field_name(where, located), rule="ugyldigt-felt") from None
        for f_i, fact in enumerate(g.fakta):
            path: Path = ("grundlag", g_i, "fakta", f_i)
            data = dict(fact)
            ref = _decision(located, data, path, file)
            command = _fact_command(located, data, path, file, base)
            if ref is not None:
                try:  # the command's own checks run again with the decision it names
                    command = attrs.evolve(command, provenance=attrs.evolve(
                        command.provenance, decision=ref,
                        source=attrs.evolve(command.provenance.source, item=ref.item)))
                except DomainError as err:
                    raise RecordError(err.message, file=file, line=located.line_of(path),
                                      field=_field_name(path, located),
                                      rule=err.rule) from None
            units.append(Unit(f"grundlag/{g_i}/{f_i}", command, located.line_of(path), path))
    units = [attrs.evolve(_normalised(located, u, file), field=_field_name(u.path, located))
             for u in units]
    for unit in units:
        _check_bounds(located, unit, file)
    return units
