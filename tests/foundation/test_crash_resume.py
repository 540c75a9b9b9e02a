"""A projection killed mid-way (SIGKILL) resumes exactly where it stopped."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from socialaftale import Provenance, Socialaftale, Source, open_store
from socialaftale.contexts import PROJECTIONS
from socialaftale.domain.tilbudsvifte import ChangePladser, RegisterTilbud
from socialaftale.persistence import parse_store_url
from socialaftale.readstore import Database

SLOW_REBUILD = textwrap.dedent(
    """
    import sys, time
    from socialaftale.contexts import PROJECTIONS
    from socialaftale.persistence import EventLog, parse_store_url
    from socialaftale.readstore import Database, Projector

    location = parse_store_url(sys.argv[1])
    projector = Projector(EventLog(env=location.env), Database(location),
                          [p() for p in PROJECTIONS], page=25)
    projector.rebuild(progress=lambda done, total: time.sleep(0.05))
    """
)


def _many_events(store: Socialaftale, offers: int = 40, changes: int = 10) -> None:
    prov = Provenance(date(2019, 1, 1), Source("syntetisk", None, "syntetiske data"))
    store.record(*(
        RegisterTilbud(key=f"aalborg/t{i}", navn=f"Tilbud {i}", driftsherre="Aalborg",
                       pladser=10, effective_on=date(2019, 1, 1), provenance=prov)
        for i in range(offers)
    ))
    for j in range(changes):
        store.record(*(
            ChangePladser(key=f"aalborg/t{i}", effective_on=date(2019, 2, 1 + j),
                          pladser=11 + j, provenance=prov)
            for i in range(offers)
        ))


def _dump(store: Socialaftale) -> dict[str, list[tuple[object, ...]]]:
    tables = [t for p in PROJECTIONS for t in p.tables]
    return {t: sorted(store.db.query(_rows_of(store, t)), key=repr) for t in tables}


def _rows_of(store: Socialaftale, table: str) -> str:
    """A table's rows; an R-tree index (``X_rt``) as the rows of X it indexes with their
    intervals: its ids are X's rowids, which a resumed rebuild numbers differently."""
    if not table.endswith("_rt"):
        return f"SELECT * FROM {table}"
    columns = [str(r[1]) for r in store.db.query(f"PRAGMA table_info({table})")][1:]
    return (f"SELECT b.*, {', '.join('r.' + c for c in columns)} FROM {table} r"
            f" JOIN {table[:-3]} b ON b.rowid = r.id")


def test_sigkill_mid_rebuild_then_resume_equals_a_rebuild_from_scratch(
    store_url_factory: Callable[[str], str], tmp_path: Path
) -> None:
    url = store_url_factory("sqlite")
    with open_store(url) as store:
        _many_events(store)
        head = store.log.last_position()

    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    proc = subprocess.Popen([sys.executable, "-c", SLOW_REBUILD, url], env=env)
    position = 0
    deadline = time.monotonic() + 60
    watcher = Database(parse_store_url(url))
    while time.monotonic() < deadline:
        rows = watcher.query("SELECT MIN(position) FROM projection_position")
        position = int(rows[0][0] or 0)
        if 100 <= position < head:  # the rebuild has started and committed some pages
            break
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    watcher.close()
    assert proc.returncode == -signal.SIGKILL
    assert 0 < position < head, "the kill must land mid-way through the log"

    with open_store(url) as resumed:  # opening catches up from the committed position
        assert set(resumed.projector.positions().values()) == {head}
        after_resume = _dump(resumed)
        resumed.rebuild()
        assert _dump(resumed) == after_resume
        assert resumed.tilbudsvifte(date(2019, 3, 1))[0].pladser == 20
