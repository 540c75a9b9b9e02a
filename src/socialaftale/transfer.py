"""Moving a whole log between stores as JSON Lines, and plain data for frontends.

One line per event: its stream, version, position, topic, class version,
metadata and payload, exactly as stored. Importing is for an empty store only:
a log is never merged into another's history.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from typing import Any
from uuid import UUID

import attrs
import cattrs
import cattrs.gen
import orjson
from eventsourcing.utils import get_topic

from .application import Socialaftale
from .audit import check_export, export_checkpoint
from .domain.common import DomainError, Meta, Recorded, check_fields
from .persistence import converter, decode_state, end_of_day
from .readstore import Progress

__all__ = ["ReplayPoint", "export_events", "import_events", "replay_events", "to_data"]


def to_data(obj: Any) -> Any:
    """Query results and events as JSON-ready data (dates ISO, amounts as text); a result
    whose class lists ``DERIVED`` properties (figures its table shows but does not store:
    the budget's totals and result, its notes) carries those too."""
    return converter.unstructure(obj)


def _with_derived(cls: type) -> Any:
    fields: Callable[[Any], dict[str, Any]] = cattrs.gen.make_dict_unstructure_fn(cls, converter)
    derived: tuple[str, ...] = cls.DERIVED  # type: ignore[attr-defined]

    def unstructure(obj: Any) -> dict[str, Any]:
        data = fields(obj)
        data.update({name: converter.unstructure(getattr(obj, name)) for name in derived})
        return data

    return unstructure


converter.register_unstructure_hook_factory(
    lambda cls: isinstance(cls, type) and attrs.has(cls) and "DERIVED" in vars(cls),
    _with_derived)


def export_events(store: Socialaftale) -> Iterator[str]:
    """Every event of the log as one JSON line, in log order, exactly as stored (class
    version, metadata, payload: an import upcasts), after the newest signed checkpoint as
    ``{"checkpoint": …}`` when the store has one, so that an import can check the file."""
    checkpoint = export_checkpoint(store)
    if checkpoint is not None:
        yield orjson.dumps({"checkpoint": checkpoint}).decode()
    yield from _stored_lines(store)


def _stored_lines(store: Socialaftale) -> Iterator[str]:
    after = 0
    while True:
        page = store.log.recorder.select_notifications(start=after + 1, limit=1000)
        if not page:
            return
        for n in page:
            state = orjson.loads(n.state)
            yield orjson.dumps({
                "position": n.id, "stream": str(n.originator_id),
                "version": n.originator_version, "topic": n.topic,
                "class_version": state.get("v", 1), "meta": state["meta"],
                "data": state["data"],
            }).decode()
        after = page[-1].id


def import_events(store: Socialaftale, lines: Iterable[str], *, source: str = "<input>",
                  progress: Progress | None = None, public_key: bytes | None = None) -> int:
    """Read exported lines into an empty store in one transaction; returns the event count.

    A file that carries a checkpoint is checked against it before anything is written: the
    signature (by ``public_key`` when given) and the tree of the events it covers.
    ``progress(done, total)`` follows the read models catching up with the imported log."""
    if store.log.last_position():
        raise ValueError("lageret er ikke tomt; importér kun i et tomt lager")
    recorded: list[Recorded] = []
    rows: list[dict[str, Any]] = []
    checkpoint: dict[str, Any] | None = None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = orjson.loads(line)
            if number == 1 and isinstance(row, dict) and "checkpoint" in row:
                checkpoint = row["checkpoint"]
                continue
            rows.append(row)
            event, meta = decode_state(row["topic"], {"v": row["class_version"],
                                                      "meta": row["meta"], "data": row["data"]})
            recorded.append(Recorded(UUID(row["stream"]), int(row["version"]), event, meta))
        except Exception as err:  # any malformed line: name it, import nothing
            raise ValueError(f"{source}, linje {number}: kan ikke læses ({err})") from None
        _check(event, meta, f"{source}, linje {number} (position {row.get('position')})")
    if checkpoint is not None:
        check_export(checkpoint, rows, source=source, public_key=public_key)
    store.append_recorded(recorded, progress)
    return len(recorded)


def _check(event: Any, meta: Meta, where: str) -> None:
    """An imported event must keep every bound a recorded one keeps (the same checks as a
    command's): a log exported from an older or another kind of store may hold values this
    store cannot, and one of them would stop its read models."""
    if not attrs.has(type(event)):
        raise ValueError(f"{where}: {get_topic(type(event))} er ikke en hændelse i registret")
    try:
        check_fields(event)
        check_fields(meta)
    except DomainError as err:
        raise ValueError(f"{where}: {err.message} (regel: {err.rule}); intet er importeret"
                         ) from None


@attrs.frozen
class ReplayPoint:
    """Where a replay stops: after a log position, or after the last event recorded by the
    end of a day (Danish time)."""

    position: int | None = None
    day: date | None = None

    def __attrs_post_init__(self) -> None:
        if (self.position is None) == (self.day is None):
            raise ValueError("angiv enten en position eller en dato")
        if self.position is not None and self.position < 0:
            raise ValueError(f"positionen {self.position} er negativ")

    def passed_by(self, recorded: Recorded) -> bool:
        """Whether ``recorded`` lies beyond this point."""
        if self.position is not None:
            assert recorded.position is not None
            return recorded.position > self.position
        assert self.day is not None
        return recorded.meta.recorded_at >= end_of_day(self.day)


def replay_events(source: Socialaftale, target: Socialaftale, until: ReplayPoint,
                  progress: Progress | None = None) -> int:
    """Copy the log as it stood at ``until`` into an empty store, whose read models then
    answer every query as the record held it then; returns the number of events.

    The log is cut at the first event beyond the point (log order is commit order), so the
    copy is a prefix of the log: never a history the record did not have. The events keep
    their streams, versions and metadata; their positions are renumbered from 1 where the
    source's have gaps."""
    if target.log.last_position():
        raise ValueError("mållageret er ikke tomt; genafspil kun til et tomt lager")
    prefix: list[Recorded] = []
    for recorded in source.events():
        if until.passed_by(recorded):
            break
        prefix.append(Recorded(recorded.stream, recorded.version, recorded.event,
                               recorded.meta))
    if prefix:
        target.append_recorded(prefix, progress)
    return len(prefix)
