"""A store that cannot be used is a Danish message naming it, never a traceback: a file that
is not a database, a folder that does not exist, a PostgreSQL server that does not answer,
another writer that recorded first. The CLI exits 2 with the message and its rule; embedders
catch :class:`socialaftale.StoreError` from ``open_store``."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from socialaftale import StoreError, open_store
from socialaftale.domain.meetings import meeting_stream
from socialaftale.persistence import parse_store_url

EXE = str(Path(sys.executable).parent / "socialaftale")
VALID = Path(__file__).parent.parent / "records" / "valid.yaml"


def cli(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([EXE, *args], capture_output=True, text=True, timeout=timeout)


def assert_refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.startswith("Fejl: ")
    for word in words:
        assert word in result.stderr


def test_a_text_file_is_not_a_store(tmp_path: Path) -> None:
    text = tmp_path / "noter.db"
    text.write_text("Referat fra mødet\n", encoding="utf-8")
    assert_refused(cli("meetings", "--store", str(text)),
                   str(text), "ikke en SQLite-database", "regel: lager-ikke-database")
    assert text.read_text(encoding="utf-8") == "Referat fra mødet\n"  # left as it was
    with pytest.raises(StoreError) as caught:
        open_store(str(text))
    assert caught.value.rule == "lager-ikke-database" and caught.value.store == str(text)


def test_a_missing_folder_is_named_and_not_created(tmp_path: Path) -> None:
    path = tmp_path / "findes-ikke" / "lager.db"
    assert_refused(cli("load", "--store", str(path), str(VALID)),
                   str(path.parent), "findes ikke", "regel: lager-mappe-mangler")
    assert not path.parent.exists()


def test_a_folder_is_not_a_store(tmp_path: Path) -> None:
    assert_refused(cli("export", "--store", str(tmp_path)),
                   str(tmp_path), "en mappe", "regel: lager-ikke-fil")


@pytest.mark.postgres
def test_an_unreachable_postgresql_is_named_without_its_password() -> None:
    url = "postgresql://sekretariat:hemmeligt@127.0.0.1:1/socialaftale?schema=record"
    started = time.monotonic()
    result = cli("tilbudsvifte", "--store", url)
    assert time.monotonic() - started < 30
    assert_refused(result, "postgresql://sekretariat@127.0.0.1:1/socialaftale?schema=record",
                   "kan ikke nås", "regel: lager-utilgaengeligt")
    assert "hemmeligt" not in result.stderr
    with pytest.raises(StoreError) as caught:
        open_store(url)
    assert caught.value.rule == "lager-utilgaengeligt"


@pytest.mark.postgres
def test_another_writer_first_is_a_message_and_nothing_is_stored(
    store_url_factory: Callable[[str], str],
) -> None:
    """The CLI decides, then waits for the log's table lock (held here); meanwhile this
    'other writer' stores version 1 of the meeting's stream, so the CLI's insert conflicts."""
    url = store_url_factory("postgres")
    open_store(url).close()
    location = parse_store_url(url)
    table = f"{location.schema}.socialaftale_events"
    with psycopg.connect(location.conninfo or "") as conn:
        conn.execute(f"LOCK TABLE {table} IN EXCLUSIVE MODE")
        load = subprocess.Popen([EXE, "load", "--store", url, str(VALID)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 60
            with psycopg.connect(location.conninfo or "", autocommit=True) as watch:
                while not watch.execute(
                        "SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        " AND query LIKE %s", (f"%LOCK TABLE%{location.schema}%",)).fetchall():
                    assert load.poll() is None, load.communicate()
                    assert time.monotonic() < deadline, "the load never reached the insert"
                    time.sleep(0.05)
            conn.execute(f"INSERT INTO {table} (originator_id, originator_version, topic, state)"
                         " VALUES (%s, 1, 'anden:Skriver', '\\x7b7d')",
                         (meeting_stream("das-2019-10-24"),))
        except BaseException:
            load.kill()
            raise
    out, err = load.communicate(timeout=60)
    assert_refused(subprocess.CompletedProcess(load.args, load.returncode, out, err),
                   "En anden har registreret", "intet blev gemt",
                   "regel: samtidig-registrering")
    with psycopg.connect(location.conninfo or "") as conn:
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (1,)
