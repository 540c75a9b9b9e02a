"""Tilbudsvifte events keep the topic they were stored under when the context became a package.

A stored event names its class by topic, ``module:QualName``. Stores written while
``tilbudsvifte`` was one module hold ``socialaftale.domain.tilbudsvifte:TilbudRegistered``;
they must keep loading, and events written now must carry the same topic, so that one store
never knows one event by two names.
"""

from __future__ import annotations

import shutil
import sqlite3
import typing
from datetime import date
from pathlib import Path

from eventsourcing.utils import resolve_topic

from socialaftale import Provenance, Source, open_store
from socialaftale.domain import tilbudsvifte
from socialaftale.domain.tilbudsvifte import (
    RegisterTilbud,
    TilbudRegistered,
    UdmeldingRequested,
    events,
)
from socialaftale.persistence import topic_of

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema_v1.db"
OLD_MODULE = "socialaftale.domain.tilbudsvifte"


def _topics(path: Path) -> list[str]:
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute("SELECT topic FROM stored_events ORDER BY rowid")]


def test_every_event_is_named_by_the_topic_it_had_before_the_package() -> None:
    for cls in tilbudsvifte.CONTEXT.events:
        assert cls.__module__ == f"{OLD_MODULE}.events"
        assert getattr(events, cls.__name__) is cls
        assert topic_of(cls) == f"{OLD_MODULE}:{cls.__qualname__}"
        assert resolve_topic(topic_of(cls)) is cls
        assert typing.get_type_hints(cls)  # the converter reads the field types


def test_a_store_written_before_the_package_loads_its_tilbudsvifte_events(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "gammel.db"
    shutil.copy(FIXTURE, copy)
    old_topics = _topics(copy)
    assert f"{OLD_MODULE}:TilbudRegistered" in old_topics
    with open_store(f"sqlite:///{copy}") as store:
        loaded = [r.event for r in store.events()]
    assert [type(e) for e in loaded][:2] == [TilbudRegistered, UdmeldingRequested]
    assert loaded[0].navn == "Taleinstituttet/Hjerneskadecenter Nordjylland"
    assert [f"{OLD_MODULE}:{type(e).__name__}" for e in loaded] == old_topics


def test_an_event_written_now_has_the_topic_old_stores_hold(tmp_path: Path) -> None:
    copy = tmp_path / "gammel.db"
    shutil.copy(FIXTURE, copy)
    before = _topics(copy)
    with open_store(f"sqlite:///{copy}", actor="Testa Fiktivsen") as store:
        store.record(
            RegisterTilbud(
                key="fiktiv/testhuset",
                navn="Testhuset",
                driftsherre="Mariagerfjord",
                effective_on=date(2020, 1, 1),
                provenance=Provenance(
                    occurred_on=date(2019, 10, 24), source=Source("fiktivt-referat.txt", "8")
                ),
            )
        )
    after = _topics(copy)
    assert after[: len(before)] == before
    assert after[len(before):] == [before[0]] == [f"{OLD_MODULE}:TilbudRegistered"]
