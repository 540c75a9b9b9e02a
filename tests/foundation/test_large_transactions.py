"""Large transactions on PostgreSQL: 50,000 events recorded in one ``record`` (what ``load``
does with a year's minutes) and the export of them imported, each within a time limit.

Both used to hang forever above about 4,300 events: eventsourcing sends a transaction's
events as one statement in psycopg's pipeline mode, and psycopg's ``Pipeline.sync()`` waited
for the answer while the rest of the statement was still in libpq's output buffer
(socialaftale.pglog). The work runs in other processes so that a hang fails the test.
"""

from __future__ import annotations

import multiprocessing
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from socialaftale import export_events, open_store

from .workers import record_in_one_transaction

MEETINGS = 2273  # 22 events each: 50,006 events
LIMIT = 600  # seconds for each step; a hang fails instead of stopping the suite


@pytest.mark.postgres
@pytest.mark.slow
def test_fifty_thousand_events_record_and_import_on_postgresql(
    store_url_factory: Callable[[str], str], tmp_path: Path
) -> None:
    source, target = store_url_factory("postgres"), store_url_factory("postgres")
    mp = multiprocessing.get_context("spawn")
    results = mp.Queue()
    writer = mp.Process(target=record_in_one_transaction, args=(source, MEETINGS, results))
    writer.start()
    writer.join(timeout=LIMIT)
    if writer.is_alive():
        writer.kill()
        pytest.fail(f"recording {MEETINGS * 22} events in one transaction took over {LIMIT} s")
    assert writer.exitcode == 0
    assert results.get(timeout=10) == MEETINGS * 22

    exe = str(Path(sys.executable).parent / "socialaftale")
    export = tmp_path / "eksport.jsonl"
    with export.open("wb") as out:
        subprocess.run([exe, "export", "--store", source], stdout=out, check=True,
                       timeout=LIMIT)
    imported = subprocess.run([exe, "import", str(export), "--store", target],
                              capture_output=True, text=True, timeout=LIMIT)
    assert imported.returncode == 0, imported.stderr
    assert f"{MEETINGS * 22} hændelser importeret" in imported.stderr

    with open_store(target) as store:
        head = store.log.last_position()
        assert head == MEETINGS * 22
        assert set(store.projector.positions().values()) == {head}
        assert len(store.meetings()) == MEETINGS
        lines = export.read_text(encoding="utf-8").splitlines()
        assert list(export_events(store)) == lines
