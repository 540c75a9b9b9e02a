"""How domain events are stored: the one seam between the domain and eventsourcing.

A :class:`~socialaftale.domain.common.Recorded` event becomes one stored event:
``originator_id`` is its stream, ``originator_version`` its version, the topic
is the domain event class (``module:QualName``) and the state is JSON
``{"v": class version, "meta": ..., "data": ...}`` made by one cattrs converter
and encoded by orjson. Reading reverses it, running the event class's
``upcast_vN_vN1`` functions first, so an event stored by an older schema still
loads. See docs/architecture.md.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from types import UnionType
from typing import Any, Union, cast, get_origin
from urllib.parse import parse_qs, unquote, urlparse
from uuid import UUID
from zoneinfo import ZoneInfo

import attrs
import cattrs
import orjson
from cattrs.gen import make_dict_unstructure_fn, override
from eventsourcing.application import Application
from eventsourcing.persistence import Mapper, StoredEvent, Transcoder
from eventsourcing.utils import resolve_topic

from .domain.common import DecisionRef, ExternalDecision, Meta, Recorded, Source, StreamId
from .domain.dates import PartialDate, is_dato_type

__all__ = [
    "DANISH_TIME",
    "Cut",
    "EventLog",
    "FactMapper",
    "StoreLocation",
    "converter",
    "end_of_day",
    "parse_store_url",
    "topic_of",
]


def _make_converter() -> cattrs.Converter:
    # detailed_validation off: stored events were valid when written; decoding is the hot
    # path of every rebuild, and a broken stored event still fails loudly.
    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=False)
    conv.register_unstructure_hook(Decimal, str)
    conv.register_structure_hook(Decimal, lambda v, _: Decimal(v))
    conv.register_unstructure_hook(date, date.isoformat)
    conv.register_structure_hook(date, lambda v, _: date.fromisoformat(v))
    conv.register_unstructure_hook(datetime, datetime.isoformat)
    conv.register_structure_hook(datetime, lambda v, _: datetime.fromisoformat(v))
    conv.register_unstructure_hook(UUID, str)
    conv.register_structure_hook(UUID, lambda v, _: UUID(v))
    # cattrs' generic tuple and Optional hooks inspect the type on every call; these look
    # the element's hook up once (a rebuild structures hundreds of thousands of each).
    conv.register_structure_hook_factory(_is_homogeneous_tuple, _tuple_hook(conv))
    conv.register_structure_hook_factory(_is_optional, _optional_hook(conv))
    conv.register_structure_hook_func(is_dato_type, _structure_dato(conv))
    # A decision reference without a sub-matter is written as before issue 16 (no
    # "matter" key), so the events and the record's units of a file say what they said.
    conv.register_unstructure_hook(DecisionRef, make_dict_unstructure_fn(
        DecisionRef, conv, matter=override(omit_if_default=True)))
    # Likewise a partial date that is not a span of months.
    conv.register_unstructure_hook(PartialDate, make_dict_unstructure_fn(
        PartialDate, conv, til_maaned=override(omit_if_default=True)))
    # Likewise another body's decision told in the source's own verb ("udtryk") only then.
    conv.register_unstructure_hook(ExternalDecision, make_dict_unstructure_fn(
        ExternalDecision, conv, udtryk=override(omit_if_default=True)))
    # Likewise a source without the lines it stands in (most): no "kilde_sted" key.
    conv.register_unstructure_hook(Source, make_dict_unstructure_fn(
        Source, conv, kilde_sted=override(omit_if_default=True)))
    return conv


def _structure_dato(conv: cattrs.Converter) -> Callable[[Any, Any], Any]:
    """A Dato as stored: a day as its ISO text, a partial date as its fields."""
    def structure(value: Any, _: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, str):
            return date.fromisoformat(value)
        return conv.structure(value, PartialDate)
    return structure


def _is_homogeneous_tuple(tp: Any) -> bool:
    args: tuple[Any, ...] = getattr(tp, "__args__", ())
    return get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _is_optional(tp: Any) -> bool:
    args: tuple[Any, ...] = getattr(tp, "__args__", ())
    return (get_origin(tp) in (Union, UnionType) and len(args) == 2
            and type(None) in args)


def _tuple_hook(conv: cattrs.Converter) -> Callable[[Any], Callable[[Any, Any], Any]]:
    def factory(tp: Any) -> Callable[[Any, Any], Any]:
        element = tp.__args__[0]
        if element is str:
            return lambda v, _: tuple(map(str, v))
        hook = conv.get_structure_hook(element)
        return lambda v, _: tuple([hook(e, element) for e in v])
    return factory


def _optional_hook(conv: cattrs.Converter) -> Callable[[Any], Callable[[Any, Any], Any]]:
    def factory(tp: Any) -> Callable[[Any, Any], Any]:
        inner = next(a for a in tp.__args__ if a is not type(None))
        hook = conv.get_structure_hook(inner)
        return lambda v, _: None if v is None else hook(v, inner)
    return factory


converter = _make_converter()
"""The one converter between domain objects and JSON-ready data."""


class OrjsonTranscoder(Transcoder):
    """Bytes from already-unstructured data; orjson keeps it fast and exact."""

    def encode(self, obj: Any) -> bytes:
        return orjson.dumps(obj)

    def decode(self, data: bytes) -> Any:
        return orjson.loads(data)


class StoredFact:
    """What eventsourcing sees of a :class:`Recorded`: the two ids it needs, and the fact."""

    __slots__ = ("originator_id", "originator_version", "recorded")

    def __init__(self, recorded: Recorded) -> None:
        self.originator_id = recorded.stream
        self.originator_version = recorded.version
        self.recorded = recorded


def encode_state(recorded: Recorded) -> dict[str, Any]:
    """The JSON-ready state of an event: class version, metadata, payload."""
    return {
        "v": getattr(type(recorded.event), "class_version", 1),
        "meta": converter.unstructure(recorded.meta, Meta),
        "data": converter.unstructure(recorded.event),
    }


def decode_state(topic: str, state: Mapping[str, Any]) -> tuple[Any, Meta]:
    """The event and metadata from a stored state, upcast to the current class version."""
    cls = resolve_topic(topic)
    data = dict(state["data"])
    version = int(state.get("v", 1))
    target = getattr(cls, "class_version", 1)
    while version < target:
        upcast = getattr(cls, f"upcast_v{version}_v{version + 1}")
        result = upcast(data)
        if result is not None:
            data = result
        version += 1
    return converter.structure(data, cls), converter.structure(state["meta"], Meta)


_TOPICS: dict[type, str] = {}


def topic_of(cls: type) -> str:
    """The topic an event is stored under: ``module:QualName`` with the shallowest module
    that exports the class. A context that grows into a package (``meetings.events``)
    re-exports its events, so its events keep the topics they were stored under and every
    store stays uniform; resolving the topic finds the class through the package."""
    known = _TOPICS.get(cls)
    if known is not None:
        return known
    module = cls.__module__
    while "." in module:
        parent = module.rpartition(".")[0]
        if getattr(sys.modules.get(parent), cls.__qualname__, None) is not cls:
            break
        module = parent
    topic = _TOPICS[cls] = f"{module}:{cls.__qualname__}"
    return topic


class FactMapper(Mapper[UUID]):
    """Maps :class:`StoredFact` to and from eventsourcing's StoredEvent."""

    def to_stored_event(self, domain_event: Any) -> StoredEvent:
        fact = cast(StoredFact, domain_event)
        recorded = fact.recorded
        stored_state = self.transcoder.encode(encode_state(recorded))
        if self.compressor:
            stored_state = self.compressor.compress(stored_state)
        if self.cipher:
            stored_state = self.cipher.encrypt(stored_state)
        return StoredEvent(
            originator_id=recorded.stream,
            originator_version=recorded.version,
            topic=topic_of(type(recorded.event)),
            state=stored_state,
        )

    def to_domain_event(self, stored_event: StoredEvent) -> Any:
        return StoredFact(self.to_recorded(stored_event))

    def to_recorded(self, stored_event: StoredEvent, position: int | None = None) -> Recorded:
        """Decode a stored event (or notification) into a :class:`Recorded`."""
        state = stored_event.state
        if self.cipher:
            state = self.cipher.decrypt(state)
        if self.compressor:
            state = self.compressor.decompress(state)
        event, meta = decode_state(stored_event.topic, self.transcoder.decode(state))
        stream = stored_event.originator_id
        return Recorded(
            stream=stream if isinstance(stream, UUID) else UUID(str(stream)),
            version=stored_event.originator_version,
            event=event,
            meta=meta,
            position=position,
        )


class EventLog(Application[UUID]):
    """The append-only log of every fact, stored through eventsourcing."""

    name = "socialaftale"

    def construct_mapper(self) -> Mapper[UUID]:
        return FactMapper(
            transcoder=OrjsonTranscoder(),
            compressor=self.factory.compressor(),
            cipher=self.factory.cipher(),
        )

    @property
    def fact_mapper(self) -> FactMapper:
        return cast(FactMapper, self.mapper)

    def stream(self, stream: StreamId, after: int = 0) -> list[Recorded]:
        """Every event of one stream after version ``after``, oldest first."""
        selected = self.recorder.select_events(stream, gt=after or None)
        return [self.fact_mapper.to_recorded(s) for s in selected]

    def append(self, recorded: Sequence[Recorded]) -> list[int]:
        """Store events atomically; returns their positions in the log."""
        # The event store directly: our facts need none of save()'s aggregate handling.
        recordings = self.events.put([StoredFact(r) for r in recorded])
        return [r.notification.id for r in recordings]

    def read(self, after: int = 0, *, page: int = 1000) -> Iterator[Recorded]:
        """Every event after position ``after``, in log order, a page at a time."""
        start = after + 1
        while True:
            notifications = self.recorder.select_notifications(start=start, limit=page)
            if not notifications:
                return
            for n in notifications:
                yield self.fact_mapper.to_recorded(n, n.id)
            start = notifications[-1].id + 1

    def last_position(self) -> int:
        """The position of the newest event (0 for an empty log)."""
        return self.recorder.max_notification_id() or 0


class StoreLocation:
    """Where a store lives, parsed from a URL; the settings for both log and read models."""

    def __init__(
        self,
        kind: str,
        *,
        path: str | None = None,
        conninfo: str | None = None,
        schema: str | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.kind = kind
        self.path = path
        self.conninfo = conninfo
        self.schema = schema
        self.env = dict(env or {})

    def __repr__(self) -> str:
        where = self.path or self.conninfo or ""
        return f"StoreLocation({self.kind!r}, {where!r})"


# The recorders that write the Merkle tree in the events' own transaction (by topic, so
# that this module does not depend on socialaftale.ledger).
_LEDGER = {
    "memory": "socialaftale.ledger:MemoryLedgerFactory",
    "sqlite": "socialaftale.ledger:SQLiteLedgerRecorder",
    "postgresql": "socialaftale.ledger:PostgresLedgerRecorder",
}


def parse_store_url(url: str) -> StoreLocation:
    """Parse ``memory:``, ``sqlite:///path.db`` (or a plain path) and ``postgresql://…``.

    A PostgreSQL URL may carry ``?schema=NAME`` to keep one store's tables in
    their own schema.
    """
    if url in ("memory:", "memory://", ":memory:"):
        return StoreLocation("memory", env={"PERSISTENCE_MODULE": _LEDGER["memory"]})
    parsed = urlparse(url)
    if parsed.scheme in ("postgresql", "postgres"):
        query = parse_qs(parsed.query)
        schema = query.get("schema", [""])[0] or None
        env = {
            "PERSISTENCE_MODULE": "eventsourcing.postgres",
            "APPLICATION_RECORDER_TOPIC": _LEDGER["postgresql"],
            "POSTGRES_DBNAME": unquote(parsed.path.lstrip("/")) or "postgres",
            "POSTGRES_HOST": parsed.hostname or "127.0.0.1",
            "POSTGRES_PORT": str(parsed.port or 5432),
            "POSTGRES_USER": unquote(parsed.username or os.environ.get("USER", "postgres")),
            "POSTGRES_PASSWORD": unquote(parsed.password or ""),
            "POSTGRES_SCHEMA": schema or "",
            # Not POSTGRES_ENABLE_DB_FUNCTIONS: eventsourcing 9.5.6's insert function skips
            # the table lock, so positions could commit out of order and a projector reading
            # past an uncommitted one would never apply it (tests/foundation/
            # test_many_writers.py). The plain insert locks the table: commit order holds.
            # APPLICATION_RECORDER_TOPIC above: the ledger's recorder, built on
            # socialaftale.pglog's insert without psycopg's pipeline (which hung on large
            # transactions).
        }
        conninfo = (
            f"host={env['POSTGRES_HOST']} port={env['POSTGRES_PORT']} "
            f"dbname={env['POSTGRES_DBNAME']} user={env['POSTGRES_USER']}"
        )
        if env["POSTGRES_PASSWORD"]:
            conninfo += f" password={env['POSTGRES_PASSWORD']}"
        return StoreLocation("postgresql", conninfo=conninfo, schema=schema, env=env)
    if url.startswith("sqlite:///"):
        path = unquote(url[len("sqlite:///") :])
    elif parsed.scheme == "file":
        path = unquote(parsed.path)
    elif "://" not in url:
        path = url
    else:
        raise ValueError(
            f"ukendt lager-URL '{url}': brug memory:, sqlite:///sti.db eller postgresql://…"
        )
    if not path:
        raise ValueError(f"lager-URL '{url}' mangler en filsti")
    return StoreLocation(
        "sqlite",
        path=path,
        env={"PERSISTENCE_MODULE": "eventsourcing.sqlite", "SQLITE_DBNAME": path,
             "APPLICATION_RECORDER_TOPIC": _LEDGER["sqlite"],
             "SQLITE_LOCK_TIMEOUT": "30"},
    )


#: The secretariat's clock: "as the record held it on 1 March" means by midnight in Denmark.
DANISH_TIME = ZoneInfo("Europe/Copenhagen")


def end_of_day(day: date) -> datetime:
    """The first moment after ``day`` in Danish time: an event recorded before it was in
    the record on that day."""
    return datetime.combine(day + timedelta(days=1), time(), DANISH_TIME)


@attrs.frozen
class Cut:
    """Which events of a log a view on a past day keeps.

    ``recorded_by``: the record as it held it at the end of that day, the log cut at the
    first event recorded later (log order is commit order, so the kept events are a prefix
    of the log: a history the record really had). ``occurred_by``: the world as it knew it
    on that day, as far as the record knows now: only facts that had happened by then
    (``Meta.occurred_on``); each stream is cut at its first later fact, so what is kept of a
    stream is a prefix of it and folds as it did. Both may be given; neither keeps all.
    """

    recorded_by: date | None = None
    occurred_by: date | None = None

    def select(self, events: Iterable[Recorded]) -> Iterator[Recorded]:
        """The kept events, in log order."""
        cutoff = end_of_day(self.recorded_by) if self.recorded_by is not None else None
        stopped: set[StreamId] = set()
        for recorded in events:
            if cutoff is not None and recorded.meta.recorded_at >= cutoff:
                return
            if self.occurred_by is not None:
                if recorded.stream in stopped:
                    continue
                if recorded.meta.occurred_on > self.occurred_by:
                    stopped.add(recorded.stream)
                    continue
            yield recorded
