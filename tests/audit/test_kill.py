"""SIGKILL while recording never leaves the log and its tree apart."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable

import pytest

from socialaftale import audit, open_store
from socialaftale.ledger import ledger_of

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date
    from socialaftale import Provenance, Source, open_store
    from socialaftale.domain.tilbudsvifte import RegisterTilbud

    prov = Provenance(date(2019, 1, 1), Source("syntetisk", None, "syntetiske data"))
    with open_store(sys.argv[1], project=False) as store:
        batch = 0
        while True:
            key = f"aalborg/k{sys.argv[2]}-{batch}"
            store.record(*(RegisterTilbud(key=f"{key}-{i}", navn=f"T {key} {i}",
                                          driftsherre="Aalborg", pladser=5,
                                          effective_on=date(2019, 1, 1), provenance=prov)
                           for i in range(1 + batch % 7)))
            batch += 1
            if batch == 20:
                print("recording", flush=True)
    """
)


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_sigkill_while_recording_leaves_log_and_tree_consistent(
        kind: str, store_url_factory: Callable[[str], str]) -> None:
    url = store_url_factory(kind)
    with open_store(url):
        pass  # created before the writer starts
    for round_ in range(3):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, url, str(round_)],
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "recording"
        time.sleep(0.2 + 0.15 * round_)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        with open_store(url) as store:
            head = ledger_of(store.log.recorder).head()
            events = len(list(store.events()))
            assert events > 0 and head.size == events
            assert head.last_position == store.log.last_position()
            result = audit.verify(store)
            assert result.intact, result.problems[:3]


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_writers_in_parallel_processes_build_one_consistent_tree(
        kind: str, store_url_factory: Callable[[str], str]) -> None:
    """Each transaction extends the tree its predecessor left, whichever process wrote it."""
    url = store_url_factory(kind)
    with open_store(url):
        pass
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, url, f"w{i}"],
                              stdout=subprocess.PIPE, text=True) for i in range(3)]
    for proc in procs:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "recording"
    time.sleep(0.5)
    for proc in procs:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    with open_store(url) as store:
        head = ledger_of(store.log.recorder).head()
        streams = {r.stream for r in store.events()}
        assert head.size == len(list(store.events())) and len(streams) > 60
        result = audit.verify(store)
        assert result.intact, result.problems[:3]
