"""Moving a whole log between stores as JSON Lines, and plain data for frontends.

One line per event: its stream, version, position, topic, class version,
metadata and payload, exactly as stored. Importing is for an empty store only:
a log is never merged into another's history.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any
from uuid import UUID

import attrs
import orjson
from eventsourcing.utils import get_topic

from .application import Socialaftale
from .domain.common import DomainError, Meta, Recorded, check_fields
from .persistence import converter, decode_state, encode_state
from .readstore import Progress

__all__ = ["export_events", "import_events", "to_data"]


def to_data(obj: Any) -> Any:
    """Query results and events as JSON-ready data (dates ISO, amounts as text)."""
    return converter.unstructure(obj)


def export_events(store: Socialaftale) -> Iterator[str]:
    """Every event of the log as one JSON line, in log order."""
    for r in store.events():
        state = encode_state(r)
        yield orjson.dumps({
            "position": r.position, "stream": str(r.stream), "version": r.version,
            "topic": get_topic(type(r.event)), "class_version": state["v"],
            "meta": state["meta"], "data": state["data"],
        }).decode()


def import_events(store: Socialaftale, lines: Iterable[str], *, source: str = "<input>",
                  progress: Progress | None = None) -> int:
    """Read exported lines into an empty store in one transaction; returns the event count.

    ``progress(done, total)`` follows the read models catching up with the imported log."""
    if store.log.last_position():
        raise ValueError("lageret er ikke tomt; importér kun i et tomt lager")
    recorded: list[Recorded] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = orjson.loads(line)
            event, meta = decode_state(row["topic"], {"v": row["class_version"],
                                                      "meta": row["meta"], "data": row["data"]})
            recorded.append(Recorded(UUID(row["stream"]), int(row["version"]), event, meta))
        except Exception as err:  # any malformed line: name it, import nothing
            raise ValueError(f"{source}, linje {number}: kan ikke læses ({err})") from None
        _check(event, meta, f"{source}, linje {number} (position {row.get('position')})")
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
