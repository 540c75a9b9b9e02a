"""``import`` (the SQLite → PostgreSQL migration) checks every event before writing anything.

An older SQLite store may hold a value PostgreSQL cannot (places past a 32-bit INTEGER fit
SQLite's 64 bits). Before, the import wrote the whole log and the PostgreSQL read models then
failed on that event at every open. Now the import refuses, naming the line and the event's
position, and the target stays empty.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from socialaftale import Meta, Recorded, Source, export_events, import_events, open_store
from socialaftale.domain.tilbudsvifte import TilbudRegistered, tilbud_stream
from socialaftale.persistence import EventLog, parse_store_url

from .scripted import JAN_2019, registrations


def _old_sqlite_store(url: str) -> int:
    """A SQLite store with valid events and one that an older version let through."""
    with open_store(url, actor="test") as store:
        store.record(*registrations())
    location = parse_store_url(url)
    log = EventLog(env=location.env)
    try:
        event = TilbudRegistered(key="aalborg/stort", navn="Stort", driftsherre="Aalborg",
                                 lovgrundlag=(), pladser=2**31, effective_on=JAN_2019,
                                 i_tilbudsviften=True)
        meta = Meta(occurred_on=JAN_2019, recorded_at=datetime.now(UTC),
                    recorded_by="en ældre version", source=Source("gammelt lager"))
        [position] = log.append([Recorded(tilbud_stream("aalborg/stort"), 1, event, meta)])
    finally:
        log.close()
    with open_store(url, actor="test") as store:
        assert store.projection_failures() == []  # SQLite's 64-bit INTEGER holds it
    return position


def test_an_import_checks_every_event_against_the_bounds_before_writing_anything(
        store_url_factory: Callable[[str], str], tmp_path: Path) -> None:
    source = store_url_factory("sqlite")
    position = _old_sqlite_store(source)
    with open_store(source) as old:
        lines = list(export_events(old))
    assert len(lines) == position

    target = store_url_factory("postgres")
    with open_store(target, actor="import") as new:
        with pytest.raises(ValueError) as refused:
            import_events(new, lines, source="gammel.jsonl")
        message = str(refused.value)
        assert message.startswith(f"gammel.jsonl, linje {position} (position {position}): ")
        assert "TilbudRegistered.pladser: 2147483648 er for stort" in message
        assert "(regel: uden-for-graense); intet er importeret" in message
        assert new.log.last_position() == 0 and new.projection_failures() == []

    # The command line says the same and exits 2; the target is still empty and usable.
    export = tmp_path / "gammel.jsonl"
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    exe = Path(sys.executable).parent / "socialaftale"
    done = subprocess.run([str(exe), "import", "--store", target, str(export)],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 2, done.stderr
    assert f"linje {position} (position {position})" in done.stderr
    assert "Traceback" not in done.stderr
    with open_store(target, actor="import") as new:
        assert new.log.last_position() == 0
        assert import_events(new, lines[:-1]) == position - 1
        assert {t.key for t in new.tilbudsvifte(date(2019, 6, 1))} >= {
            "mariagerfjord/kirketoften"}
        assert new.projection_failures() == []
