"""Which meeting records were loaded, and how later edits of them were recorded.

A meeting record file is loaded once; what it meant is kept unit by unit (the
meeting, the agenda, each decision, fact and action), with the events each
unit produced. Loading the same file again records nothing; loading an edited
file records the differences as a correction of the record, next to the
corrections the other contexts make of their own facts. History is never
rewritten: the record's stream shows every version of the file that was loaded.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from attrs import evolve, field, frozen

from .common import Context, DomainError, Provenance, StreamId, stream_id

__all__ = [
    "CONTEXT",
    "CorrectRecord",
    "LoadedUnit",
    "NoteRecordLoaded",
    "RecordCorrected",
    "RecordLoaded",
    "RecordState",
    "UnitChange",
    "record_stream",
]


def record_stream(record_id: str) -> StreamId:
    return stream_id("record", record_id)


@frozen
class LoadedUnit:
    """One unit of a record as loaded: its key, command type, canonical data and the
    events (stream, version) it produced."""

    key: str
    kind: str
    data: str
    produced: tuple[tuple[str, int], ...] = ()


@frozen
class UnitChange:
    """A unit added (``before`` is None), removed (``after`` is None) or changed."""

    key: str
    kind: str
    before: str | None
    after: str | None
    produced: tuple[tuple[str, int], ...] = ()


@frozen
class RecordLoaded:
    """``dokument`` is the record file; ``kilde`` and ``kilde_sha256`` the minutes it cites
    and their content hash as the record gave it (None in stores from before issue 17)."""

    record_id: str
    dokument: str
    digest: str
    units: tuple[LoadedUnit, ...]
    kilde: str | None = None
    kilde_sha256: str | None = None

    def summary(self) -> str:
        return f"Mødeoptegnelse {self.dokument} indlæst ({len(self.units)} dele)"


@frozen
class RecordCorrected:
    record_id: str
    dokument: str
    digest: str
    changes: tuple[UnitChange, ...]
    grund: str

    def summary(self) -> str:
        return (f"Mødeoptegnelse {self.dokument} rettet: {len(self.changes)} ændringer "
                f"({self.grund})")


@frozen
class RecordState:
    digest: str
    units: Mapping[str, LoadedUnit] = field(factory=dict)


def evolve_state(state: RecordState | None, event: Any) -> RecordState:
    if isinstance(event, RecordLoaded):
        return RecordState(event.digest, {u.key: u for u in event.units})
    assert state is not None
    if isinstance(event, RecordCorrected):
        units = dict(state.units)
        for change in event.changes:
            if change.after is None:
                units.pop(change.key, None)
            else:
                old = units.get(change.key)
                produced = (old.produced if old else ()) + change.produced
                units[change.key] = LoadedUnit(change.key, change.kind, change.after, produced)
        return evolve(state, digest=event.digest, units=units)
    return state


@frozen(kw_only=True)
class NoteRecordLoaded:
    record_id: str
    dokument: str
    digest: str
    units: tuple[LoadedUnit, ...]
    kilde: str | None = None
    kilde_sha256: str | None = None
    provenance: Provenance


@frozen(kw_only=True)
class CorrectRecord:
    record_id: str
    dokument: str
    digest: str
    changes: tuple[UnitChange, ...]
    grund: str
    provenance: Provenance


COMMANDS: tuple[type, ...] = (NoteRecordLoaded, CorrectRecord)
EVENTS: tuple[type, ...] = (RecordLoaded, RecordCorrected)


def streams(command: Any) -> Sequence[StreamId]:
    return [record_stream(command.record_id)]


def decide(command: Any, states: Mapping[StreamId, Any]) -> Sequence[tuple[StreamId, Any]]:
    sid = record_stream(command.record_id)
    state: RecordState | None = states[sid]
    if isinstance(command, NoteRecordLoaded):
        if state is not None:
            raise DomainError(f"mødeoptegnelsen {command.record_id} er allerede indlæst; "
                              "ændringer registreres som rettelser", rule="optegnelse-dobbelt",
                              field="moede.id")
        return [(sid, RecordLoaded(command.record_id, command.dokument, command.digest,
                                   command.units, command.kilde, command.kilde_sha256))]
    if isinstance(command, CorrectRecord):
        if state is None:
            raise DomainError(f"mødeoptegnelsen {command.record_id} er ikke indlæst",
                              rule="ukendt-optegnelse", field="moede.id")
        if not command.changes:
            raise DomainError("en rettelse skal ændre noget", rule="tom-rettelse",
                              field="changes")
        if not command.grund.strip():
            raise DomainError("en rettelse skal have en grund", rule="rettelse-uden-grund",
                              field="grund")
        return [(sid, RecordCorrected(command.record_id, command.dokument, command.digest,
                                      command.changes, command.grund))]
    raise TypeError(f"not a records command: {type(command).__name__}")


CONTEXT = Context(
    name="records",
    commands=COMMANDS,
    events=EVENTS,
    streams=streams,
    decide=decide,
    evolve=evolve_state,
)
