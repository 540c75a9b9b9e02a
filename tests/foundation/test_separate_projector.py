"""Read models kept by a separate process: writers record only the log, `catch-up` projects."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from socialaftale import open_store

from .scripted import registrations


def test_a_writer_without_projection_and_a_catch_up_process(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    with open_store(url) as reader:
        reader.catch_up()
    with open_store(url, project=False) as writer:
        writer.record(*registrations())
        assert writer.log.last_position() == len(registrations())
    with open_store(url, project=False) as stale:
        assert stale.tilbudsvifte(registrations()[0].effective_on) == ()
    exe = Path(sys.executable).parent / "socialaftale"
    done = subprocess.run([str(exe), "catch-up", "--store", url], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr
    with open_store(url, project=False) as fresh:
        assert len(fresh.tilbudsvifte(registrations()[0].effective_on)) == len(registrations())
