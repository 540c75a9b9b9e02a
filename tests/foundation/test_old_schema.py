"""A store written by an older schema still loads: events are upcast on the way in."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from socialaftale import open_store
from socialaftale.domain.tilbudsvifte import UdmeldingRejected

FIXTURE = Path(__file__).parent.parent / "fixtures" / "schema_v1.db"


def test_a_schema_v1_sqlite_store_loads_with_reasons_as_lines(tmp_path: Path) -> None:
    copy = tmp_path / "gammel.db"
    shutil.copy(FIXTURE, copy)  # never touch the committed fixture
    with open_store(f"sqlite:///{copy}") as store:
        events = list(store.events())
        rejected = [r.event for r in events if isinstance(r.event, UdmeldingRejected)]
        assert rejected == [
            UdmeldingRejected(
                request_id="ti-hcn-2020",
                grunde=("DAS følger præcedens for 2018",
                        "Tre kommuner har lavet formaliseret bilaterale aftaler"),
            )
        ]
        assert events[-1].meta.recorded_by == "sekretariatet"
        # The read models were built from the old events on first open.
        offers = store.tilbudsvifte(date(2019, 6, 1))
        assert [o.navn for o in offers] == ["Taleinstituttet/Hjerneskadecenter Nordjylland"]


def test_opening_an_old_store_never_rewrites_its_events(tmp_path: Path) -> None:
    copy = tmp_path / "gammel.db"
    shutil.copy(FIXTURE, copy)
    with open_store(f"sqlite:///{copy}") as store:
        rows = store.log.recorder.select_notifications(start=1, limit=10)
        import orjson

        assert orjson.loads(rows[-1].state)["v"] == 1  # stored as written, never rewritten
        assert UdmeldingRejected.class_version == 2
