"""A read model that cannot apply an event stops alone; the store stays usable.

The events here are written to the log directly, past every check, as a damaged store or one
written by an older version would hold them: places beyond the read model's INTEGER column,
a NUL in a text PostgreSQL cannot hold. Before, the read models failed on such an event at
every catch-up, so opening the store, recording, ``export`` and ``rebuild`` all failed with a
traceback. Now the read model that cannot apply it stands before it, the failure is reported
with the event's position and the read model's name, and everything else goes on.
"""

from __future__ import annotations

import random
import string
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from socialaftale import (
    Meta,
    ProjectionFailed,
    Provenance,
    Recorded,
    Source,
    export_events,
    meetings,
    open_store,
)
from socialaftale.domain.meetings import meeting_stream
from socialaftale.domain.tilbudsvifte import ChangePladser, TilbudRegistered, tilbud_stream
from socialaftale.persistence import EventLog, parse_store_url

from .scripted import JAN_2019, JAN_2020, TAKSTBILAG, registrations

DAY = date(2019, 10, 24)
KEY = "mariagerfjord/kirketoften"
PROV = Provenance(DAY, Source("003_dac07bbacd9158aa.txt", "1"))


def _damaged(kind: str, what: str) -> tuple[str, Any]:
    """An event a read model of this store cannot hold, and the read model's name."""
    if what == "key":  # an index entry past PostgreSQL's 2704 bytes
        rnd = random.Random(24)  # letters that do not compress below the limit
        key = "aalborg/" + "".join(rnd.choice(string.ascii_lowercase) for _ in range(3000))
        return "tilbudsvifte", (tilbud_stream(key), TilbudRegistered(
            key=key, navn="For lang", driftsherre="Aalborg", lovgrundlag=(), pladser=1,
            effective_on=JAN_2019, i_tilbudsviften=True))
    if what == "places":
        places = 2**63 if kind == "sqlite" else 2**31  # past SQLite's, PostgreSQL's INTEGER
        return "tilbudsvifte", (tilbud_stream("aalborg/for-stor"), TilbudRegistered(
            key="aalborg/for-stor", navn="For stort", driftsherre="Aalborg", lovgrundlag=(),
            pladser=places, effective_on=JAN_2019, i_tilbudsviften=True))
    return "meetings", (meeting_stream("das-2019-09-01"), meetings.MeetingScheduled(
        meeting_id="das-2019-09-01", body="DAS", dato=date(2019, 9, 1), tid=None,
        sted="Regionshuset\0", sagsnr=None))


def _write_past_the_checks(url: str, stream: Any, event: Any) -> int:
    location = parse_store_url(url)
    log = EventLog(env=location.env)
    try:
        meta = Meta(occurred_on=JAN_2019, recorded_at=datetime.now(UTC),
                    recorded_by="en ældre version", source=Source("gammelt lager"))
        [position] = log.append([Recorded(stream, 1, event, meta)])
        return position
    finally:
        log.close()


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The installed command, in a process of its own."""
    exe = Path(sys.executable).parent / "socialaftale"
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=120,
                          check=False)


@pytest.mark.parametrize(("kind", "what"), [("sqlite", "places"), ("postgres", "places"),
                                            ("postgres", "nul"), ("postgres", "key")])
def test_a_read_model_that_cannot_apply_an_event_stops_alone_and_the_store_stays_usable(
        kind: str, what: str, store_url_factory: Callable[[str], str]) -> None:
    url = store_url_factory(kind)
    with open_store(url, actor="test") as store:
        store.record(*registrations())
    name, (stream, event) = _damaged(kind, what)
    bad = _write_past_the_checks(url, stream, event)

    with open_store(url, actor="test") as store:  # opens; before, it raised here
        [failure] = store.projection_failures()
        assert (failure.projection, failure.position, failure.event) == (
            name, bad, type(event).__name__)
        assert f"læsemodellen '{name}'" in failure.message
        assert f"position {bad} i loggen" in failure.message
        # Recording goes on; the other read model follows it, the stopped one answers as
        # it stood before the damaged event.
        store.record(meetings.ScheduleMeeting(meeting_id="das-2019-10-24", body="DAS",
                                              dato=DAY, provenance=PROV),
                     ChangePladser(key=KEY, effective_on=JAN_2020, pladser=27,
                                   provenance=TAKSTBILAG))
        assert store.log.last_position() == bad + 2
        assert store.projection_failures() == [failure]
        _answers(store, stopped=name)
        # The whole log exports, the damaged event included.
        assert len(list(export_events(store))) == bad + 2
        # A rebuild replays everything else and names the event again.
        with pytest.raises(ProjectionFailed) as stopped:
            store.rebuild()
        assert [(f.projection, f.position) for f in stopped.value.failures] == [(name, bad)]
        _answers(store, stopped=name)

    with open_store(url, actor="test") as store:
        assert store.projection_failures() == [failure]
        _answers(store, stopped=name)

    # The command line: every command answers; what touches the read models exits 3.
    for command, code in (("rebuild", 3), ("catch-up", 3), ("meetings", 3), ("export", 0)):
        done = _cli(command, "--store", url)
        assert done.returncode == code, (command, done.stderr)
        assert "Traceback" not in done.stderr
        assert f"læsemodellen '{name}' kan ikke indarbejde hændelsen på position {bad}" \
            in done.stderr, command
        if command == "export":
            assert len(done.stdout.splitlines()) == bad + 2


def _answers(store: Any, *, stopped: str) -> None:
    """The read model that stopped answers as before the damaged event; the other one is
    current."""
    scheduled = [m.meeting_id for m in store.meetings()]
    [kirketoften] = [t for t in store.tilbudsvifte(JAN_2020) if t.key == KEY]
    assert "aalborg/for-stor" not in {t.key for t in store.tilbudsvifte(JAN_2020)}
    if stopped == "tilbudsvifte":
        assert (scheduled, kirketoften.pladser) == (["das-2019-10-24"], 28)
    else:
        assert (scheduled, kirketoften.pladser) == ([], 27)
