"""The meeting record: one human-written YAML file per meeting, and the commands it means.

A record holds what the minutes hold: the meeting (forum, date, participants,
afbud, guests), its items in order with indstilling and bilag, and under each
item the decision with its referat, its follow-up actions and the facts it
carries (``fakta``: any command of the model, named by ``type``). Facts that
no decision of this meeting carries (the takstbilag an item refers to) go
under ``grundlag`` with their own ``dato`` and ``kilde``.

The classes below are the format: ``read_record`` structures a parsed file
into them, ``commands`` turns them into the commands to record, and
:mod:`socialaftale.records.schema` generates the JSON Schema from them, so the
documentation, the validation and the code cannot drift apart.
"""

from __future__ import annotations

import difflib
import re
import typing
from collections.abc import Iterable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any, Literal

import attrs
import cattrs
from attrs import frozen
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)

from ..contexts import CONTEXTS
from ..domain import meetings, names
from ..domain.common import (
    BOUND_RULES,
    DecisionRef,
    DomainError,
    ExternalDecision,
    Provenance,
    Source,
    check_fields,
)
from ..domain.dates import Dato, end_of_week, is_dato_type, parse_danish_date, parse_dato
from ..domain.money import kroner, parse_kroner
from ..domain.tilbudsvifte import Lovgrundlag, parse_lovgrundlag
from .yamltext import Located, Path

__all__ = [
    "FACT_TYPES",
    "OUTCOMES",
    "Beslutning",
    "Fakt",
    "Grundlag",
    "Moede",
    "Moedeoptegnelse",
    "Opfoelgning",
    "PunktOptegnelse",
    "RecordError",
    "Unit",
    "commands",
    "read_record",
]


class RecordError(ValueError):
    """A record breaks a rule of the format or of the model; names file, line and field.

    ``refused`` is true when the file was well-formed but a rule of the model refused
    what it says (the CLI exits 1 then, 2 for a malformed file)."""

    def __init__(self, message: str, *, file: str, line: int | None,
                 field: str | None = None, rule: str | None = None,
                 refused: bool = False) -> None:
        where = f"{file}, linje {line}" if line is not None else file
        what = f" (felt '{field}')" if field else ""
        super().__init__(f"{where}{what}: {message}")
        self.message = message
        self.file = file
        self.line = line
        self.field = field
        self.rule = rule
        self.refused = refused  # a rule of the model refused it (not a malformed file)


#: Danish names accepted for the outcomes (the model's own names are accepted too).
OUTCOMES: dict[str, meetings.Outcome] = {
    **meetings.OUTCOME_NAMES,
    **{v: v for v in typing.get_args(meetings.Outcome)},
}

DANISH_OUTCOMES = tuple(k for k in OUTCOMES if k not in typing.get_args(meetings.Outcome))

#: The model's commands a decision can carry, by class name; the meeting's own commands are
#: written as the record's structure, not as facts.
_STRUCTURAL = (meetings.ScheduleMeeting, meetings.ProposeAgenda, meetings.RecordDecision,
               meetings.AssignAction, meetings.CorrectMeeting, meetings.CorrectAgenda,
               meetings.CorrectDecision, meetings.SendAgenda)
FACT_TYPES: dict[str, type] = {
    cls.__name__: cls
    for ctx in CONTEXTS
    for cls in ctx.commands
    if cls not in _STRUCTURAL and ctx.name != "records"
}


@frozen(kw_only=True)
class Opfoelgning:
    """A follow-up action; ``frist`` is a date, "uge 47" or "til næste møde", and left out
    when the minutes give none (unknown, never guessed)."""

    id: str
    ansvarlig: str
    leverance: str
    frist: str | None = None


Fakt = dict[str, Any]
"""A fact: ``type`` (a command name), optional ``dato`` (when it happened, default the
meeting date), ``note`` (a source note) and ``klausul`` (the at-clause), then the command's
own fields."""


@frozen(kw_only=True)
class KlausulUdfald:
    """The outcome of one at-clause (numbered from 1 as the indstilling lists them)."""

    nummer: int
    udfald: str
    note: str | None = None


@frozen(kw_only=True)
class Beslutning:
    """``referat`` is the minutes' words; ``sammenfatning`` the recorder's own summary,
    shown as such and never as the minutes' words (see records/verbatim.py)."""

    udfald: str
    referat: str
    sammenfatning: str | None = None
    bemaerkninger: tuple[str, ...] = ()
    klausuler: tuple[KlausulUdfald, ...] = ()
    anbefaling_til: DecisionRef | None = None
    godkender_referat_af: str | None = None
    note: str | None = None
    fakta: tuple[Fakt, ...] = ()
    opfoelgning: tuple[Opfoelgning, ...] = ()


@frozen(kw_only=True)
class PunktOptegnelse:
    nummer: str
    titel: str
    art: Literal["behandling", "orientering"] = "behandling"
    indstilling: tuple[str, ...] = ()
    bilag: tuple[str, ...] = ()
    resume: str | None = None
    sagsfremstilling: str | None = None
    indleder: str | None = None
    rejst_ved: DecisionRef | None = None
    beslutning: Beslutning | None = None


@frozen(kw_only=True)
class Moede:
    id: str
    forum: str
    dato: date
    tid: str | None = None
    sted: str | None = None
    sagsnr: str | None = None
    deltagere: tuple[meetings.Deltager, ...] = ()
    afbud: tuple[meetings.Deltager, ...] = ()
    gaester: tuple[meetings.Deltager, ...] = ()
    referent: tuple[str, ...] = ()


@frozen(kw_only=True)
class Grundlag:
    """Facts no decision of this meeting carries: when they held and where they are written."""

    dato: date
    kilde: str
    kilde_sha256: str | None = None
    note: str | None = None
    fakta: tuple[Fakt, ...] = ()


@frozen(kw_only=True)
class Moedeoptegnelse:
    """One meeting's record. ``kilde`` is the minutes' document (file name or Dok.nr.),
    ``kilde_sha256`` its content hash (the verbatim check refuses a changed document)."""

    kilde: str
    kilde_sha256: str | None = None
    moede: Moede
    punkter: tuple[PunktOptegnelse, ...] = ()
    grundlag: tuple[Grundlag, ...] = ()
    noter: tuple[str, ...] = ()


# -- structuring --------------------------------------------------------------------------


class _Invalid(ValueError):
    """A value of the wrong kind; the message is Danish and ends up in a RecordError,
    under the domain's own rule where the domain refused it (an amount, a date)."""

    def __init__(self, message: str, rule: str = "ugyldigt-felt") -> None:
        super().__init__(message)
        self.rule = rule


def _strict_int(value: Any, _: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Invalid(f"'{value}' skal være et heltal")
    return value


def _strict_bool(value: Any, _: Any) -> bool:
    if not isinstance(value, bool):
        raise _Invalid(f"'{value}' skal være true eller false")
    return value


def _strict_str(value: Any, _: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise _Invalid(f"'{value}' skal være tekst")
    return str(value)


def _date(value: Any, _: Any) -> date:
    if not isinstance(value, str):
        raise _Invalid(f"'{value}' skal være en dato (ÅÅÅÅ-MM-DD)")
    try:
        return parse_danish_date(value)
    except DomainError as err:
        raise _Invalid(err.message, err.rule) from None


def _dato(value: Any, _: Any) -> Dato | None:
    """A date the minutes may give vaguely: "24. oktober 2019", "primo april 2013", "2015"."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Invalid(f"'{value}' skal være en dato (fx 2019-10-24 eller primo april 2013)",
                       "ugyldig-dato")
    try:
        return parse_dato(value)
    except DomainError as err:
        raise _Invalid(err.message, err.rule) from None


def _amount(value: Any, _: Any) -> Decimal:
    if isinstance(value, bool):
        raise _Invalid(f"'{value}' er ikke et beløb")
    try:
        if isinstance(value, int | Decimal):
            return kroner(value)
        if isinstance(value, str):
            return parse_kroner(value)
    except DomainError as err:
        raise _Invalid(err.message, err.rule) from None
    raise _Invalid(f"'{value}' er ikke et beløb")


def _bases(value: Any, _: Any) -> tuple[Lovgrundlag, ...]:
    texts = value if isinstance(value, list) else [value]
    try:
        return tuple(b for t in texts for b in parse_lovgrundlag(_strict_str(t, None)))
    except DomainError as err:
        raise _Invalid(err.message) from None


def _provenance(value: Any, _: Any) -> Provenance:
    if not isinstance(value, Provenance):  # filled in from the record, never written in it
        raise _Invalid("'provenance' udfyldes af optegnelsen; brug 'dato' og 'note'")
    return value


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    conv.register_structure_hook(int, _strict_int)
    conv.register_structure_hook(bool, _strict_bool)
    conv.register_structure_hook(str, _strict_str)
    conv.register_structure_hook(date, _date)
    conv.register_structure_hook(Decimal, _amount)
    conv.register_structure_hook_func(is_dato_type, _dato)
    conv.register_structure_hook(Provenance, _provenance)
    conv.register_structure_hook_func(lambda t: t == tuple[Lovgrundlag, ...], _bases)
    conv.register_structure_hook_func(lambda t: t == Fakt, lambda v, _: _fact_mapping(v))
    return conv


def _fact_mapping(value: Any) -> Fakt:
    if not isinstance(value, dict):
        raise _Invalid("et faktum skal være en tabel med 'type' og felter")
    return value


_converter = _make_converter()


def _walk(exc: BaseException, path: Path) -> Iterator[tuple[Path, BaseException]]:
    """The leaf errors of a cattrs validation error with the path each belongs to."""
    if isinstance(exc, ClassValidationError | IterableValidationError):
        for inner in exc.exceptions:
            step: Path = ()
            for note in getattr(inner, "__notes__", []):
                if isinstance(note, AttributeValidationNote):
                    step = (note.name,)
                elif isinstance(note, IterableValidationNote):
                    step = (note.index,)
            yield from _walk(inner, (*path, *step))
    else:
        yield path, exc


def _message(exc: BaseException, path: Path) -> tuple[str, Path]:
    if isinstance(exc, ForbiddenExtraKeysError):
        extra = sorted(exc.extra_fields)
        return (f"ukendt felt {', '.join(repr(e) for e in extra)}", (*path, extra[0]))
    if isinstance(exc, KeyError):
        return ("feltet mangler", path)
    if isinstance(exc, _Invalid):
        return (str(exc), path)
    if "typing.Literal[" in str(exc):
        return (_literal_message(str(exc)), path)
    if isinstance(exc, TypeError) and "missing" in str(exc):
        missing = re.findall(r"'(\w+)'", str(exc))
        return (f"feltet {', '.join(repr(m) for m in missing)} mangler",
                (*path, missing[0]) if missing else path)
    return (f"ugyldig værdi: {exc}", path)


def _literal_message(text: str) -> str:
    """cattrs' "x not in literal typing.Literal['a', 'b']" said in Danish, with a guess."""
    found = re.fullmatch(r"(.*) not in literal typing\.Literal\[(.*)\]", text, re.DOTALL)
    if found is None:
        return "ugyldig værdi"
    value = found.group(1).strip().strip("'\"")
    allowed = [a.strip().strip("'\"") for a in found.group(2).split(",")]
    close = difflib.get_close_matches(value, allowed, n=1)
    hint = f" — mente du {close[0]}?" if close else ""
    return f"ugyldig værdi '{value}' (brug en af: {', '.join(allowed)}){hint}"


def field_path(path: Path, value: Any = None) -> str | None:
    """A field's path as the person who wrote the record counts: ``punkter[8].beslutning.
    fakta[2].key`` is the second fact under the item the minutes number 8.

    An agenda item is named by its ``nummer`` (from ``value``, the parsed file) and every
    other list position is 1-based; never a 0-based list position.
    """
    if not path:
        return None
    out: list[str] = []
    node = value
    for i, part in enumerate(path):
        if isinstance(part, int):
            nummer = None
            if i > 0 and path[i - 1] == "punkter" and isinstance(node, list) \
                    and 0 <= part < len(node) and isinstance(node[part], dict):
                raw = node[part].get("nummer")
                nummer = str(raw) if isinstance(raw, (str, int)) and str(raw).strip() else None
            label = nummer if nummer is not None else str(part + 1)
            if out:
                out[-1] += f"[{label}]"
            else:
                out.append(f"[{label}]")
            node = node[part] if isinstance(node, list) and 0 <= part < len(node) else None
        else:
            out.append(str(part))
            node = node.get(part) if isinstance(node, dict) else None
    return ".".join(out)


def _mente_du(written: str, known: Iterable[str]) -> str:
    """" — mente du X?" for the known name nearest a misspelling (case ignored), else ""."""
    names = list(known)
    by_lower = {n.lower(): n for n in names}
    close = difflib.get_close_matches(written.lower(), list(by_lower), n=1, cutoff=0.75)
    return f" — mente du {by_lower[close[0]]}?" if close else ""


def _field_name(path: Path, located: Located | None = None) -> str | None:
    return field_path(path, located.value if located is not None else None)


def _structure(located: Located, value: Any, cls: Any, at: Path, file: str) -> Any:
    try:
        return _converter.structure(value, cls)
    except (ClassValidationError, IterableValidationError) as err:
        path, leaf = next(_walk(err, at))
        message, path = _message(leaf, path)
        raise RecordError(message, file=file, line=located.line_of(path),
                          field=_field_name(path, located), rule=_rule_of(leaf)) from None
    except (_Invalid, TypeError, ValueError, KeyError) as err:
        message, path = _message(err, at)
        raise RecordError(message, file=file, line=located.line_of(path),
                          field=_field_name(path, located), rule=_rule_of(err)) from None


def _rule_of(err: BaseException) -> str:
    return err.rule if isinstance(err, _Invalid) else "ugyldigt-felt"


def read_record(located: Located, file: str) -> Moedeoptegnelse:
    """Structure a parsed file into a :class:`Moedeoptegnelse`, or raise a RecordError."""
    if not isinstance(located.value, dict):
        raise RecordError("en mødeoptegnelse skal være en tabel med 'kilde', 'moede' og "
                          "'punkter'", file=file, line=1, rule="ugyldig-optegnelse")
    record: Moedeoptegnelse = _structure(located, located.value, Moedeoptegnelse, (), file)
    seen: set[str] = set()
    for i, punkt in enumerate(record.punkter):
        if punkt.nummer in seen:
            raise RecordError(f"punkt {punkt.nummer} står to gange", file=file,
                              line=located.line_of(("punkter", i, "nummer")),
                              field=_field_name(("punkter", i, "nummer"), located),
                              rule="punkt-dobbelt")
        seen.add(punkt.nummer)
    return record


# -- the commands a record means ----------------------------------------------------------


@frozen
class Unit:
    """One command of a record, with what identifies it across edits and where it is written.

    ``key`` is stable while the file is edited (the meeting, an item's decision, the
    n-th fact of an item), so a changed file can be compared unit by unit.
    """

    key: str
    command: Any
    line: int | None
    path: Path
    field: str | None = None  # ``path`` as errors name it (see field_path)


@frozen(kw_only=True)
class EksternBeslutning:
    """A fact's ``ekstern_beslutning``: the body that decided it, as the source reports.

    ``organ`` is who decided (KKR, KDK, a byråd, FU), ``dato`` when (left out where the
    source does not say), ``tekst`` the source's words about it, verbatim.
    """

    organ: str
    dato: date | None = None
    tekst: str | None = None


def _external(located: Located, value: Any, at: Path, file: str) -> ExternalDecision:
    if not isinstance(value, dict):
        raise RecordError("'ekstern_beslutning' skal være en tabel med 'organ' (og evt. "
                          "'dato' og 'tekst')", file=file, line=located.line_of(at),
                          field=_field_name(at), rule="ugyldig-ekstern-beslutning")
    told: EksternBeslutning = _structure(located, value, EksternBeslutning, at, file)
    if not told.organ.strip():
        raise RecordError("en ekstern beslutning skal nævne organet, der traf den", file=file,
                          line=located.line_of((*at, "organ")),
                          field=_field_name((*at, "organ")), rule="ekstern-uden-organ")
    return ExternalDecision(told.organ, told.dato, told.tekst)


def _fact_command(located: Located, fact: Fakt, at: Path, file: str,
                  provenance: Provenance) -> Any:
    data = dict(fact)
    name = data.pop("type", None)
    if name is None:
        raise RecordError("faktummet mangler 'type' (fx ChangePladser)", file=file,
                          line=located.line_of(at), field=_field_name(at, located),
                          rule="ugyldigt-felt")
    cls = FACT_TYPES.get(str(name))
    if cls is None:
        hint = _mente_du(str(name), FACT_TYPES)
        raise RecordError(f"ukendt faktum-type '{name}'{hint}", file=file,
                          line=located.line_of((*at, "type")),
                          field=_field_name((*at, "type"), located),
                          rule="ukendt-type")
    occurred = provenance.occurred_on
    if "dato" in data and "dato" not in {a.name for a in attrs.fields(cls)}:
        occurred = _structure(located, data.pop("dato"), date, (*at, "dato"), file)
    note = data.pop("note", None) if "note" not in {a.name for a in attrs.fields(cls)} else None
    clause = data.pop("klausul", None)
    told = data.pop("ekstern_beslutning", None)
    external = (None if told is None else
                _external(located, told, (*at, "ekstern_beslutning"), file))
    decision = provenance.decision
    if decision is not None and clause is not None:
        number = _structure(located, clause, int, (*at, "klausul"), file)
        decision = attrs.evolve(decision, clause=number)
    source = provenance.source
    if note is not None:
        joined = "; ".join(n for n in (source.note, str(note)) if n)
        source = attrs.evolve(source, note=joined)
    data["provenance"] = Provenance(occurred, source, decision, external)
    try:
        return _converter.structure(data, cls)
    except (ClassValidationError, IterableValidationError) as err:
        path, leaf = next(_walk(err, at))
        message, path = _message(leaf, path)
        raise RecordError(f"{name}: {message}", file=file, line=located.line_of(path),
                          field=_field_name(path, located), rule=_rule_of(leaf)) from None


def _frist(text: str | None, meeting_day: date) -> tuple[date | None, bool]:
    """A deadline as written: ISO or Danish date, "uge 47" (of the meeting's year), or
    "til næste møde" (resolved by the meetings projection once the next meeting exists)."""
    if text is None:
        return None, False
    lowered = text.strip().lower()
    if lowered in ("til næste møde", "næste møde"):
        return None, True
    week = re.fullmatch(r"(?:udgangen af\s+)?uge\s+(\d{1,2})(?:\s+(\d{4}))?", lowered)
    if week:
        year = int(week.group(2)) if week.group(2) else meeting_day.year
        return end_of_week(year, int(week.group(1))), False
    return parse_danish_date(text), False


def commands(located: Located, record: Moedeoptegnelse, file: str) -> list[Unit]:
    """The commands a record means, in the order they must be decided."""
    m = record.moede
    source = record.kilde
    units: list[Unit] = []

    def at(*path: str | int) -> int | None:
        return located.line_of(path)

    for g_i, g in enumerate(record.grundlag):
        base = Provenance(g.dato, Source(g.kilde, None, g.note))
        for f_i, fact in enumerate(g.fakta):
            gpath: Path = ("grundlag", g_i, "fakta", f_i)
            units.append(Unit(f"grundlag/{g_i}/{f_i}",
                              _fact_command(located, fact, gpath, file, base), at(*gpath),
                              gpath))
    meeting_prov = Provenance(m.dato, Source(source, None))
    units.append(Unit("moede", meetings.ScheduleMeeting(
        meeting_id=m.id, body=m.forum, dato=m.dato, tid=m.tid, sted=m.sted, sagsnr=m.sagsnr,
        deltagere=m.deltagere, afbud=m.afbud, gaester=m.gaester, referent=m.referent,
        provenance=meeting_prov), at("moede"), ("moede",)))
    if record.punkter:
        units.append(Unit("dagsorden", meetings.ProposeAgenda(
            meeting_id=m.id, punkter=tuple(
                meetings.Punkt(p.nummer, p.titel, p.art, p.indstilling, p.bilag, p.resume,
                               p.sagsfremstilling, p.indleder, p.rejst_ved)
                for p in record.punkter),
            provenance=meeting_prov), at("punkter"), ("punkter",)))
    for p_i, p in enumerate(record.punkter):
        b = p.beslutning
        if b is None:
            continue
        path: Path = ("punkter", p_i, "beslutning")
        outcome = OUTCOMES.get(b.udfald)
        if outcome is None:
            raise RecordError(
                f"ukendt udfald '{b.udfald}'{_mente_du(b.udfald, DANISH_OUTCOMES)} "
                f"(brug et af: {', '.join(DANISH_OUTCOMES)})",
                file=file, line=at(*path, "udfald"), field=_field_name((*path, "udfald"), located),
                rule="ukendt-udfald")
        clauses = []
        for k_i, k in enumerate(b.klausuler):
            clause_outcome = OUTCOMES.get(k.udfald)
            if clause_outcome is None:
                raise RecordError(
                    f"ukendt udfald '{k.udfald}'{_mente_du(k.udfald, DANISH_OUTCOMES)} "
                    f"(brug et af: {', '.join(DANISH_OUTCOMES)})",
                    file=file, line=at(*path, "klausuler", k_i, "udfald"),
                    field=_field_name((*path, "klausuler", k_i, "udfald"), located),
                    rule="ukendt-udfald")
            clauses.append(meetings.Klausul(k.nummer, clause_outcome, k.note))
        ref = DecisionRef(m.id, p.nummer)
        decided = Provenance(m.dato, Source(source, p.nummer, b.note))
        units.append(Unit(f"beslutning/{p.nummer}", meetings.RecordDecision(
            meeting_id=m.id, punkt=p.nummer, outcome=outcome, referat=b.referat,
            bemaerkninger=b.bemaerkninger, anbefaling_til=b.anbefaling_til,
            godkender_referat_af=b.godkender_referat_af, klausuler=tuple(clauses),
            sammenfatning=b.sammenfatning, provenance=decided),
            at(*path), path))
        carried = Provenance(m.dato, Source(source, p.nummer), ref)
        for f_i, fact in enumerate(b.fakta):
            fpath = (*path, "fakta", f_i)
            units.append(Unit(f"fakta/{p.nummer}/{f_i}",
                              _fact_command(located, fact, fpath, file, carried),
                              at(*fpath), fpath))
        for a_i, a in enumerate(b.opfoelgning):
            apath = (*path, "opfoelgning", a_i)
            try:
                frist, next_meeting = _frist(a.frist, m.dato)
            except DomainError as err:
                raise RecordError(err.message, file=file, line=at(*apath, "frist"),
                                  field=_field_name((*apath, "frist"), located),
                                  rule=err.rule) from None
            units.append(Unit(f"opfoelgning/{a.id}", meetings.AssignAction(
                meeting_id=m.id, punkt=p.nummer, action_id=a.id, ansvarlig=a.ansvarlig,
                leverance=a.leverance, frist=frist, til_naeste_moede=next_meeting,
                provenance=carried), at(*apath), apath))
    units = [attrs.evolve(_normalised(located, u, file), field=_field_name(u.path, located))
             for u in units]
    meeting = next(u.command for u in units if u.key == "moede")
    try:
        names.check_meeting_id(meeting.meeting_id, meeting.body, meeting.dato)
    except DomainError as err:
        where: Path = ("moede", "forum") if err.field == "body" else ("moede", "id")
        raise RecordError(err.message, file=file, line=at(*where),
                          field=_field_name(where, located),
                          rule=err.rule, refused=True) from None  # the domain's rule
    for unit in units:
        _check_bounds(located, unit, file)
    return units


def _check_bounds(located: Located, unit: Unit, file: str) -> None:
    """A value no store can hold (places past any column, a third decimal, NUL) is named
    by the line it is written on, before anything is decided."""
    try:
        check_fields(unit.command)
    except DomainError as err:
        if err.rule not in BOUND_RULES:
            return  # a type slip: the load reports it as before
        parts: list[str | int] = [int(p) if p.isdigit() else p for p in
                                  re.split(r"[.\[\]]+", err.field or "") if p]
        if parts and unit.path and parts[0] == unit.path[-1]:
            parts = parts[1:]  # the agenda's items: "punkter" is the unit's own path
        path: Path = (*unit.path, *parts)
        raise RecordError(err.message, file=file, line=located.line_of(path),
                          field=_field_name(path, located), rule=err.rule) from None


#: A command's field names where the record calls them otherwise.
_RECORD_NAMES = {"meeting_id": "id", "body": "forum", "outcome": "udfald", "action_id": "id"}


def _normalised(located: Located, unit: Unit, file: str) -> Unit:
    """The unit with its command's texts in NFC and its names checked (the domain's rule,
    applied here too so the record's digest and an error's line are the file's own)."""
    try:
        command = names.normalised(unit.command)
    except DomainError as err:
        parts = [int(p) if p.isdigit() else _RECORD_NAMES.get(p, p)
                 for p in (err.field or "").split(".") if p]
        if parts[:3] == ["provenance", "source", "document"]:
            path: Path = (*unit.path[:2], "kilde") if unit.path[:1] == ("grundlag",) else (
                "kilde",)
        else:
            if parts and unit.path and parts[0] == unit.path[-1]:
                parts = parts[1:]
            path = (*unit.path, *parts)
        message = err.message.removeprefix(f"{err.field}: ")
        raise RecordError(message, file=file, line=located.line_of(path),
                          field=_field_name(path, located), rule=err.rule) from None
    return unit if command is unit.command else attrs.evolve(unit, command=command)
