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
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Literal

import attrs
import cattrs
import orjson
from attrs import frozen

from ..application import Socialaftale
from ..domain import meetings, records, tilbudsvifte
from ..domain.common import BOUND_RULES, DomainError, Provenance, Recorded, Source
from ..persistence import converter
from .forloebsfil import Forloebsoptegnelse, case_units, is_case_record, read_case_record
from .format import (
    Moedeoptegnelse,
    RecordError,
    Unit,
    _mente_du,
    commands,
    field_path,
    read_record,
)
from .yamltext import RecordSyntaxError, parse_yaml

__all__ = [
    "Difference",
    "LoadResult",
    "check_record",
    "load_record",
    "load_records",
    "read_units",
]

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

    def fields(self) -> list[tuple[str, Any, Any]]:
        """The changed fields as (dotted path, before, after), for showing an edit."""
        before = orjson.loads(self.before) if self.before else {}
        after = orjson.loads(self.after) if self.after else {}
        found: list[tuple[str, Any, Any]] = []
        _compare(before, after, "", found)
        return found

    @property
    def change(self) -> Literal["tilføjet", "fjernet", "ændret"]:
        if self.before is None:
            return "tilføjet"
        return "fjernet" if self.after is None else "ændret"


def _compare(a: Any, b: Any, path: str, found: list[tuple[str, Any, Any]]) -> None:
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if key == "provenance" and path == "":
                continue
            _compare(a.get(key), b.get(key), f"{path}.{key}" if path else key, found)
    elif a != b:
        found.append((path, a, b))


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
    """A unit as the record's history keeps it: its fields, leaving out those at their
    default, so a field added to a command later does not change what old units say; and
    leaving out where the unit stands in its source (``kilde_sted``): a pointer for the
    reader, so moving a unit's lines in the file is no change of what it says."""
    data = converter.unstructure(command)
    for f in attrs.fields(type(command)):
        if f.default is not attrs.NOTHING and getattr(command, f.name) == f.default:
            data.pop(f.name, None)
    source = (data.get("provenance") or {}).get("source")
    if isinstance(source, dict):
        source.pop("kilde_sted", None)
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS).decode()


def _unchanged(old: records.LoadedUnit, command: Any, after: str) -> bool:
    """The unit says what it said when it was loaded. A unit loaded by older code lacks the
    fields added since; read through the current class, they take their defaults, so an
    unchanged file is not taken for an edited one."""
    if old.data == after:
        return True
    if old.kind != type(command).__name__:
        return False
    try:
        upcast = converter.structure(orjson.loads(old.data), type(command))
    except (ValueError, TypeError, KeyError, cattrs.BaseValidationError):
        return False  # a shape the current class cannot read: it did change
    return _canonical(upcast) == after


def read_units(data: bytes | str, file: str) -> list[Unit]:
    """The commands a record file means, or a RecordError naming file, line and field."""
    return _read_record(data, file)[0]


def _read_record(data: bytes | str, file: str
                 ) -> tuple[list[Unit], Moedeoptegnelse | Forloebsoptegnelse]:
    """The record's commands and the record itself (its kilde and hash are kept): a meeting
    record, or a record of cases across bodies (records/forloebsfil.py)."""
    if len(data) > MAX_BYTES:
        raise RecordError(f"filen er {len(data) // (1024 * 1024)} MB; en mødeoptegnelse må "
                          f"højst fylde {MAX_BYTES // (1024 * 1024)} MB (del den op pr. møde)",
                          file=file, line=None, rule="fil-for-stor")
    try:
        located = parse_yaml(data)
    except RecordSyntaxError as err:
        raise RecordError(err.message, file=file, line=err.line,
                          field=field_path(err.path, _item_skeleton(err)),
                          rule=err.rule) from None
    if is_case_record(located):
        cases = read_case_record(located, file)
        try:  # case_units names a refused fact by its line; this is the last resort
            return case_units(located, cases, file), cases
        except DomainError as err:
            raise RecordError(err.message, file=file, line=None, field=err.field,
                              rule=err.rule) from None
    record = read_record(located, file)
    try:
        return commands(located, record, file), record
    except DomainError as err:
        raise RecordError(err.message, file=file, line=None, field=err.field,
                          rule=err.rule) from None


def _item_skeleton(err: RecordSyntaxError) -> Any:
    """Just enough of the unread file for field_path to name the item by its nummer."""
    at = err.path[1] if len(err.path) > 1 and err.path[0] == "punkter" else None
    if err.nummer is None or not isinstance(at, int):
        return None
    return {"punkter": [{}] * at + [{"nummer": err.nummer}]}


def _digest(units: Sequence[Unit]) -> str:
    h = hashlib.sha256()
    for u in units:
        h.update(u.key.encode())
        h.update(_canonical(u.command).encode())
    return h.hexdigest()


def _record_id(units: Sequence[Unit], record: Moedeoptegnelse | Forloebsoptegnelse) -> str:
    if isinstance(record, Forloebsoptegnelse):
        return record.record_id
    meeting = next(u.command for u in units if u.key == "moede")
    return str(meeting.meeting_id)


def _meeting_day(units: Sequence[Unit], record: Moedeoptegnelse | Forloebsoptegnelse) -> date:
    if isinstance(record, Forloebsoptegnelse):
        return record.day
    meeting = next(u.command for u in units if u.key == "moede")
    day: date = meeting.dato
    return day


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
        if old is None or not _unchanged(old, u.command, after):
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
    if isinstance(command, meetings.NoteMeeting | meetings.AnnounceNextMeeting):
        return attrs.evolve(command, grund=grund)  # the new text replaces, the old stays logged
    if command is None and old is not None and old.kind == "NoteMeeting":
        meeting_id = orjson.loads(old.data)["meeting_id"]
        return meetings.NoteMeeting(meeting_id=meeting_id, grund=grund, provenance=provenance)
    if isinstance(command, meetings.ScheduleMeeting | meetings.ProposeAgenda
                  | meetings.RecordDecision):
        return _meeting_correction(command, grund, provenance)
    if old is not None and old.kind in {c.__name__ for c in tilbudsvifte.COMMANDS}:
        key = orjson.loads(old.data).get("key")
        stream = str(tilbudsvifte.tilbud_stream(key)) if key else None
        version = next((v for s, v in old.produced if s == stream), None)
        if key is not None and version is not None:
            return tilbudsvifte.CorrectFact(key=key, supersedes=version, grund=grund,
                                            erstatning=command, provenance=provenance)
    raise DomainError(
        f"{diff.key} ({diff.kind}) er {diff.change} i filen; den slags rettelse kan ikke "
        "registreres automatisk — registrér en ny beslutning (rettelser kan registreres af "
        "mødets oplysninger, dagsordenen, beslutninger, fakta i tilbudsviften og nye dele)",
        rule="rettelse-ikke-understoettet", field=diff.key)


@frozen
class _Plan:
    """What one file would record: its result (without the count yet), the units'
    commands, and how to make the record's own note from what those commands produce."""

    result: LoadResult
    pairs: tuple[tuple[Unit, Any], ...]
    note: Callable[[Sequence[Sequence[Recorded]]], Any] | None


def _plan(store: Socialaftale, data: bytes | str, file: str, grund: str | None,
          dry_run: bool) -> _Plan:
    units, record = _read_record(data, file)
    record_id = _record_id(units, record)
    digest = _digest(units)
    events = store.stream(records.record_stream(record_id))
    state: records.RecordState | None = records.CONTEXT.fold([r.event for r in events])
    provenance = Provenance(_meeting_day(units, record), Source(file, None))
    if state is None:
        added = tuple(Difference(u.key, type(u.command).__name__, None, _canonical(u.command),
                                 u.line) for u in units)

        def loaded(decided: Sequence[Sequence[Recorded]]) -> Any:
            return records.NoteRecordLoaded(
                record_id=record_id, dokument=file, digest=digest, provenance=provenance,
                kilde=record.kilde, kilde_sha256=record.kilde_sha256,
                units=tuple(records.LoadedUnit(u.key, type(u.command).__name__,
                                               _canonical(u.command), _produced(rs))
                            for u, rs in zip(units, decided, strict=True)))

        return _Plan(LoadResult(file, record_id, "ny", added, 0, dry_run),
                     tuple((u, u.command) for u in units), loaded)
    if state.digest == digest:
        return _Plan(LoadResult(file, record_id, "uændret", (), 0, dry_run), (), None)
    diffs = _differences(state, units)
    if not diffs:  # loaded by older code: the digest covers fields added since, unit by unit
        return _Plan(LoadResult(file, record_id, "uændret", (), 0, dry_run), (), None)
    by_key = {u.key: u for u in units}
    reason = grund or f"rettet i {file}"
    pairs = []
    for d in diffs:
        unit = by_key.get(d.key)
        try:
            command = _correction(unit, d, state.units.get(d.key), reason, provenance)
        except DomainError as err:
            raise RecordError(err.message, file=file, line=d.line,
                              field=unit.field if unit is not None else d.key,
                              rule=err.rule, refused=True) from None
        if command is not None:
            pairs.append((unit if unit is not None else Unit(d.key, command, d.line, ()),
                          command))

    def corrected(decided: Sequence[Sequence[Recorded]]) -> Any:
        produced = {u.key: _produced(rs) for (u, _), rs in zip(pairs, decided, strict=True)}
        return records.CorrectRecord(
            record_id=record_id, dokument=file, digest=digest, grund=reason,
            provenance=provenance,
            changes=tuple(records.UnitChange(d.key, d.kind, d.before, d.after,
                                             produced.get(d.key, ())) for d in diffs))

    return _Plan(LoadResult(file, record_id, "rettet", tuple(diffs), 0, dry_run),
                 tuple(pairs), corrected)


def load_records(store: Socialaftale, files: Sequence[tuple[str, bytes | str]], *,
                 dry_run: bool = False, by: str | None = None, grund: str | None = None,
                 progress: Callable[[int, int], None] | None = None) -> list[LoadResult]:
    """Record several meeting record files in ONE transaction: all files or none.

    Each file sees the facts of the files before it (a record may build on an earlier
    meeting's); an error anywhere names its file, line and field and records nothing.
    ``progress(done, total)`` is told after each file is read.
    """
    named: set[str] = set()
    for file, _ in files:
        if file in named:
            raise RecordError("filen er nævnt to gange; hver fil indlæses én gang", file=file,
                              line=None, rule="fil-dobbelt")
        named.add(file)
    plans = []
    for done, (file, data) in enumerate(files, start=1):
        plans.append(_plan(store, data, file, grund, dry_run))
        if progress is not None:
            progress(done, len(files))
    owners = [(plan, unit) for plan in plans for unit, _ in plan.pairs]
    commands_ = [c for plan in plans for _, c in plan.pairs]
    try:
        decided = store.decide_each(*commands_, by=by)
    except DomainError as err:
        raise _located(_with_forum_hint(store, err, commands_), owners) from None
    notes, counts, at = [], [], 0
    for plan in plans:
        mine = decided[at: at + len(plan.pairs)]
        at += len(plan.pairs)
        if plan.note is not None:
            notes.append(plan.note(mine))
            counts.append(sum(len(rs) for rs in mine) + 1)
        else:
            counts.append(0)
    if not dry_run and notes:
        try:
            store.record(*commands_, *notes, by=by)
        except DomainError as err:  # the store changed since deciding
            raise _located(err, owners) from None
    return [attrs.evolve(plan.result, events=n) for plan, n in zip(plans, counts, strict=True)]


def _with_forum_hint(store: Socialaftale, err: DomainError,
                     commands_: Sequence[Any]) -> DomainError:
    """A group's unknown forum, with " — mente du DAS Social?" where a registered forum has
    a near name (any of its names, aliases included)."""
    index = err.command_index
    if err.rule != "gruppe-ukendt-forum" or index is None or index >= len(commands_):
        return err
    written = str(getattr(commands_[index], "forum", ""))
    hint = _mente_du(written, {n for f in store.fora() for n in f.alle_navne})
    if not hint:
        return err
    hinted = DomainError(err.message + hint, rule=err.rule, field=err.field)
    hinted.command_index = index
    return hinted


def _located(err: DomainError, owners: Sequence[tuple[_Plan, Unit]]) -> RecordError:
    """A domain refusal during a load, named by the file, line and field of its unit."""
    index = err.command_index
    if index is None or index >= len(owners):
        return RecordError(err.message, file="?", line=None, field=err.field, rule=err.rule,
                           refused=True)
    plan, unit = owners[index]
    where = unit.field
    fld = f"{where}.{err.field}" if where and err.field else where or err.field
    return RecordError(err.message, file=plan.result.file, line=unit.line, field=fld,
                       rule=err.rule, refused=err.rule not in BOUND_RULES)


def _meeting_correction(command: Any, grund: str, provenance: Provenance) -> Any:
    """The meetings context's own correction of a changed header, agenda or decision."""
    fields = {a.name: getattr(command, a.name) for a in attrs.fields(type(command))}
    fields.update(grund=grund, provenance=provenance)
    fields.pop("udkast", None)  # a draft is sent out, not corrected
    if isinstance(command, meetings.ScheduleMeeting):
        return meetings.CorrectMeeting(**fields)
    if isinstance(command, meetings.ProposeAgenda):
        return meetings.CorrectAgenda(**fields)
    fields["provenance"] = command.provenance
    return meetings.CorrectDecision(**fields)


def load_record(store: Socialaftale, data: bytes | str, file: str, *, dry_run: bool = False,
                by: str | None = None, grund: str | None = None) -> LoadResult:
    """Record one meeting record file's events in one transaction (see the module doc)."""
    return load_records(store, [(file, data)], dry_run=dry_run, by=by, grund=grund)[0]
