"""Check and load meeting records: all or nothing, idempotent, edits as corrections.

``check_record`` reads a file and decides its commands against the store without
storing anything, so every error a load would meet (the format's and the
model's rules) is found first, with the file, line and field. ``load_record``
then records the file's events in one transaction. The same file loaded again
records nothing; an edited file is compared unit by unit with what was loaded
and its differences are recorded as corrections (``dry_run`` shows them only).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date
from typing import Any, Literal

import orjson
from attrs import frozen

from ..application import Socialaftale
from ..domain import records, tilbudsvifte
from ..domain.common import DomainError, Provenance, Recorded, Source
from ..persistence import converter
from .format import RecordError, Unit, commands, read_record
from .yamltext import RecordSyntaxError, parse_yaml

__all__ = ["Difference", "LoadResult", "check_record", "load_record", "read_units"]

#: Files larger than this are refused before parsing: a meeting record is a few hundred KB.
MAX_BYTES = 5 * 1024 * 1024


@frozen
class Difference:
    """One unit of the record that an edit added, removed or changed."""

    key: str
    kind: str
    before: str | None
    after: str | None
    line: int | None

    @property
    def change(self) -> Literal["tilføjet", "fjernet", "ændret"]:
        if self.before is None:
            return "tilføjet"
        return "fjernet" if self.after is None else "ændret"


@frozen
class LoadResult:
    """What a load did (or, with ``dry_run``, would do)."""

    file: str
    record_id: str
    status: Literal["ny", "uændret", "rettet"]
    differences: tuple[Difference, ...]
    events: int
    dry_run: bool


def _canonical(command: Any) -> str:
    data = converter.unstructure(command)
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS).decode()


def read_units(data: bytes | str, file: str) -> list[Unit]:
    """The commands a record file means, or a RecordError naming file, line and field."""
    if len(data) > MAX_BYTES:
        raise RecordError(f"filen er {len(data) // (1024 * 1024)} MB; en mødeoptegnelse må "
                          f"højst fylde {MAX_BYTES // (1024 * 1024)} MB (del den op pr. møde)",
                          file=file, line=None, rule="fil-for-stor")
    try:
        located = parse_yaml(data)
    except RecordSyntaxError as err:
        raise RecordError(err.message, file=file, line=err.line,
                          field=".".join(map(str, err.path)) or None,
                          rule="ugyldig-yaml") from None
    record = read_record(located, file)
    try:
        return commands(located, record, file)
    except DomainError as err:
        raise RecordError(err.message, file=file, line=None, field=err.field,
                          rule=err.rule) from None


def _digest(units: Sequence[Unit]) -> str:
    h = hashlib.sha256()
    for u in units:
        h.update(u.key.encode())
        h.update(_canonical(u.command).encode())
    return h.hexdigest()


def _record_id(units: Sequence[Unit]) -> str:
    meeting = next(u.command for u in units if u.key == "moede")
    return str(meeting.meeting_id)


def _meeting_day(units: Sequence[Unit]) -> date:
    meeting = next(u.command for u in units if u.key == "moede")
    day: date = meeting.dato
    return day


def _decide_units(store: Socialaftale, file: str, pairs: Sequence[tuple[Unit, Any]],
                  by: str | None) -> list[list[Recorded]]:
    """Decide each unit's command; a refusal names the unit's line and field."""
    try:
        return store.decide_each(*(c for _, c in pairs), by=by)
    except DomainError as err:
        index = err.command_index
        unit = pairs[index][0] if index is not None else None
        line = unit.line if unit is not None else None
        where = ".".join(map(str, unit.path)) if unit is not None else None
        fld = f"{where}.{err.field}" if where and err.field else where or err.field
        raise RecordError(err.message, file=file, line=line, field=fld,
                          rule=err.rule) from None


def check_record(store: Socialaftale, data: bytes | str, file: str) -> LoadResult:
    """Everything ``load_record`` would do, without storing anything."""
    return load_record(store, data, file, dry_run=True)


def _produced(recorded: Sequence[Recorded]) -> tuple[tuple[str, int], ...]:
    return tuple((str(r.stream), r.version) for r in recorded)


def _differences(state: records.RecordState, units: Sequence[Unit]) -> list[Difference]:
    new = {u.key: u for u in units}
    diffs = []
    for u in units:
        after = _canonical(u.command)
        old = state.units.get(u.key)
        if old is None or old.data != after:
            diffs.append(Difference(u.key, type(u.command).__name__,
                                    old.data if old else None, after, u.line))
    for key, old in state.units.items():
        if key not in new:
            diffs.append(Difference(key, old.kind, old.data, None, None))
    return diffs


def _correction(unit: Unit | None, diff: Difference, old: records.LoadedUnit | None,
                grund: str, provenance: Provenance) -> Any:
    """The command that corrects one unit in its own context, or refuses the edit."""
    command = unit.command if unit is not None else None
    if diff.before is None:
        return command  # a new unit is simply recorded
    if old is not None and old.kind in {c.__name__ for c in tilbudsvifte.COMMANDS}:
        key = orjson.loads(old.data).get("key")
        stream = str(tilbudsvifte.tilbud_stream(key)) if key else None
        version = next((v for s, v in old.produced if s == stream), None)
        if key is not None and version is not None:
            return tilbudsvifte.CorrectFact(key=key, supersedes=version, grund=grund,
                                            erstatning=command, provenance=provenance)
    raise DomainError(
        f"{diff.key} ({diff.kind}) er {diff.change} i filen; den slags rettelse kan ikke "
        "registreres automatisk — registrér en ny beslutning, eller ret kun tekst, der kan "
        "rettes (fakta i tilbudsviften, nye punkter, beslutninger og opfølgninger)",
        rule="rettelse-ikke-understoettet", field=diff.key)


def load_record(store: Socialaftale, data: bytes | str, file: str, *, dry_run: bool = False,
                by: str | None = None, grund: str | None = None) -> LoadResult:
    """Record a meeting record file's events in one transaction (see the module doc)."""
    units = read_units(data, file)
    record_id = _record_id(units)
    digest = _digest(units)
    events = store.stream(records.record_stream(record_id))
    state: records.RecordState | None = records.CONTEXT.fold([r.event for r in events])
    provenance = Provenance(_meeting_day(units), Source(file, None))
    if state is None:
        pairs = [(u, u.command) for u in units]
        decided = _decide_units(store, file, pairs, by)
        loaded = tuple(
            records.LoadedUnit(u.key, type(u.command).__name__, _canonical(u.command),
                               _produced(rs))
            for u, rs in zip(units, decided, strict=True))
        note = records.NoteRecordLoaded(record_id=record_id, dokument=file, digest=digest,
                                        units=loaded, provenance=provenance)
        count = sum(len(rs) for rs in decided) + 1
        if not dry_run:
            count = len(_record(store, file, pairs, note, by))
        added = tuple(Difference(u.key, type(u.command).__name__, None, _canonical(u.command),
                                 u.line) for u in units)
        return LoadResult(file, record_id, "ny", added, count, dry_run)
    if state.digest == digest:
        return LoadResult(file, record_id, "uændret", (), 0, dry_run)
    diffs = _differences(state, units)
    by_key = {u.key: u for u in units}
    reason = grund or f"rettet i {file}"
    pairs = []
    for d in diffs:
        unit = by_key.get(d.key)
        try:
            command = _correction(unit, d, state.units.get(d.key), reason, provenance)
        except DomainError as err:
            raise RecordError(err.message, file=file, line=d.line, field=d.key,
                              rule=err.rule) from None
        if command is not None:
            pairs.append((unit if unit is not None else Unit(d.key, command, d.line, ()),
                          command))
    decided = _decide_units(store, file, pairs, by)
    produced = {u.key: _produced(rs) for (u, _), rs in zip(pairs, decided, strict=True)}
    changes = tuple(records.UnitChange(d.key, d.kind, d.before, d.after,
                                       produced.get(d.key, ())) for d in diffs)
    note_c = records.CorrectRecord(record_id=record_id, dokument=file, digest=digest,
                                   changes=changes, grund=reason, provenance=provenance)
    count = sum(len(rs) for rs in decided) + 1
    if not dry_run:
        count = len(_record(store, file, pairs, note_c, by))
    return LoadResult(file, record_id, "rettet", tuple(diffs), count, dry_run)


def _record(store: Socialaftale, file: str, pairs: Sequence[tuple[Unit, Any]], note: Any,
            by: str | None) -> list[Recorded]:
    try:
        return store.record(*(c for _, c in pairs), note, by=by)
    except DomainError as err:  # the state changed since deciding: still name the file
        raise RecordError(err.message, file=file, line=None, field=err.field,
                          rule=err.rule) from None
