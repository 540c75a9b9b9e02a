"""A log changed outside socialaftale (rows moved or swapped with SQL) is reported by
position with a Danish message and rule ``log-beskadiget``; no command ends in a traceback,
``export`` still reads the log as it is, and where the log itself is whole (events only moved
to new positions) ``rebuild`` makes the store usable again.

Before, every command crashed with an IntegrityError from a read model that already held the
moved event, ``rebuild`` and ``export`` included (both brought the read models up first).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from uuid import UUID

import psycopg
import pytest

from socialaftale import LogDamaged, Provenance, Source, open_store
from socialaftale.domain.tilbudsvifte import ChangePladser, RegisterTilbud, tilbud_stream
from socialaftale.persistence import parse_store_url

EXE = str(Path(sys.executable).parent / "socialaftale")
PROV = Provenance(date(2020, 1, 1), Source("takstbilag-2020.pdf"))


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([EXE, *args], capture_output=True, text=True, timeout=120)


def make_store(url: str) -> None:
    """Offer A registered and changed (its stream's versions 1 and 2), offer B registered."""
    with open_store(url) as store:
        for key in ("aalborg/a", "aalborg/b"):
            store.record(RegisterTilbud(key=key, navn=f"Tilbud {key[-1].upper()}",
                                        driftsherre="Aalborg", lovgrundlag=(), pladser=10,
                                        effective_on=date(2020, 1, 1), provenance=PROV))
        store.record(ChangePladser(key="aalborg/a", effective_on=date(2020, 6, 1), pladser=12,
                                   provenance=PROV))


def sql(url: str, *statements: str) -> None:
    """Run statements against the store's log table directly, as someone editing it would."""
    location = parse_store_url(url)
    if location.kind == "sqlite":
        with sqlite3.connect(location.path or "") as conn:
            for statement in statements:
                conn.execute(statement.format(table="stored_events", pos="rowid"))
        return
    with psycopg.connect(location.conninfo or "") as conn:
        for statement in statements:
            conn.execute(statement.format(table=f"{location.schema}.socialaftale_events",
                                          pos="notification_id"))


def stream_literal(url: str, stream: UUID) -> str:
    return f"'{stream.hex}'" if url.startswith("sqlite") else f"'{stream}'::uuid"


def assert_damaged(result: subprocess.CompletedProcess[str], position: int) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.startswith(f"Fejl: loggen er beskadiget ved position {position} ")
    assert "(regel: log-beskadiget)" in result.stderr


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_events_moved_to_new_positions_are_reported_and_rebuild_recovers(
    kind: str, store_url_factory: Callable[[str], str]
) -> None:
    url = store_url_factory(kind)
    make_store(url)
    b = stream_literal(url, tilbud_stream("aalborg/b"))
    # Offer B's registration (position 2) deleted and inserted again: it is now position 4,
    # after the read models had applied it at position 2.
    sql(url, f"CREATE TEMP TABLE moved AS SELECT originator_id, originator_version, topic,"
             f" state FROM {{table}} WHERE originator_id = {b}",
        f"DELETE FROM {{table}} WHERE originator_id = {b}",
        "INSERT INTO {table} (originator_id, originator_version, topic, state)"
        " SELECT originator_id, originator_version, topic, state FROM moved")
    for command in (["tilbudsvifte", "--as-of", "2020-07-01"], ["meetings"]):
        result = cli(*command, "--store", url)
        assert_damaged(result, 4)
        assert "mangler 1 af positionerne 1-3" in result.stderr
        assert "socialaftale rebuild" in result.stderr
    with pytest.raises(LogDamaged) as caught:
        open_store(url)
    assert caught.value.position == 4 and caught.value.rule == "log-beskadiget"

    exported = cli("export", "--store", url)
    assert exported.returncode == 0, exported.stderr
    assert [line.split(",")[0] for line in exported.stdout.splitlines()] == [
        '{"position":1', '{"position":3', '{"position":4']

    rebuilt = cli("rebuild", "--store", url)
    assert rebuilt.returncode == 0, rebuilt.stderr
    after = cli("tilbudsvifte", "--as-of", "2020-07-01", "--store", url, "--format", "csv")
    assert after.returncode == 0, after.stderr
    assert "Tilbud A" in after.stdout and "Tilbud B" in after.stdout


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_versions_swapped_against_positions_are_reported_by_rebuild(
    kind: str, store_url_factory: Callable[[str], str]
) -> None:
    url = store_url_factory(kind)
    make_store(url)
    # Offer A's versions 1 (position 1) and 2 (position 3) change places in the log.
    sql(url, "UPDATE {table} SET {pos} = -1 WHERE {pos} = 1",
        "UPDATE {table} SET {pos} = 1 WHERE {pos} = 3",
        "UPDATE {table} SET {pos} = 3 WHERE {pos} = -1")
    result = cli("rebuild", "--store", url)
    assert_damaged(result, 1)
    assert f"forløb {tilbud_stream('aalborg/a')}, version 2" in result.stderr
    assert "version 1 af samme forløb står efter den, på position 3" in result.stderr
    exported = cli("export", "--store", url)
    assert exported.returncode == 0, exported.stderr
    assert len(exported.stdout.splitlines()) == 3


@pytest.mark.postgres
def test_a_sequence_gap_is_not_a_damaged_log(store_url_factory: Callable[[str], str]) -> None:
    """PostgreSQL uses up a position for every insert that rolls back (a lost race, a
    refused write): such a gap beside a read model's own failure is that read model's
    failure, not a damaged log. Before, the store would not open ("loggen mangler 1 af
    positionerne") until a rebuild."""
    from datetime import UTC, datetime

    from socialaftale import Meta, Recorded
    from socialaftale.domain.meetings import MeetingScheduled, meeting_stream
    from socialaftale.persistence import EventLog

    url = store_url_factory("postgres")
    make_store(url)
    location = parse_store_url(url)
    with psycopg.connect(location.conninfo or "") as conn:  # one rolled-back insert's gap
        conn.execute("SELECT nextval(pg_get_serial_sequence(%s, 'notification_id'))",
                     (f"{location.schema}.socialaftale_events",))
    with open_store(url) as store:
        store.record(meetings_schedule("das-2020-02-03", date(2020, 2, 3)))
    # The same meeting id on another stream, written past the checks as an old version
    # might have: the meetings read model refuses it (its key is taken).
    twin = MeetingScheduled(meeting_id="das-2020-02-03", body="DAS", dato=date(2020, 2, 3),
                            tid=None, sted=None, sagsnr=None)
    log = EventLog(env=location.env)
    try:
        meta = Meta(occurred_on=date(2020, 2, 3), recorded_at=datetime.now(UTC),
                    recorded_by="en ældre version", source=Source("gammelt lager"))
        log.append([Recorded(meeting_stream("das-2020-02-03-tvilling"), 1, twin, meta)])
    finally:
        log.close()
    with open_store(url) as store:  # opens: the read model stops alone
        failures = store.projection_failures()
        assert [f.projection for f in failures] == ["meetings"], failures
        assert store.tilbud_key("Tilbud A") == "aalborg/a"


def meetings_schedule(meeting_id: str, day: date) -> object:
    from socialaftale.domain.meetings import ScheduleMeeting

    return ScheduleMeeting(meeting_id=meeting_id, body="DAS", dato=day,
                           provenance=Provenance(day, Source("referat.pdf")))
