"""A page of events is applied whole or not at all, on every store.

On PostgreSQL the projector's writes are pipelined (sent without waiting for each answer),
so a write that fails is only reported later in the page; the page must still roll back
entirely. It is then applied again one event at a time, so the projection stops right before
the event it cannot apply (reported with its position) and resumes from there.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import ClassVar

import pytest

from socialaftale import Provenance, Source, open_store
from socialaftale.domain.common import Recorded
from socialaftale.domain.tilbudsvifte import ChangePladser, RegisterTilbud
from socialaftale.persistence import EventLog, parse_store_url
from socialaftale.readstore import Database, Projection, ProjectionFailed, Projector, Tx

PROV = Provenance(date(2019, 1, 1), Source("syntetisk", None, "syntetiske data"))


class Seen(Projection):
    """Writes a row per event and reads its own writes back; fails on a chosen position."""

    name = "seen"
    tables: ClassVar[tuple[str, ...]] = ("seen",)
    fail_at: ClassVar[int | None] = None

    def __init__(self) -> None:
        self.counts: list[int] = []

    def create(self, tx: Tx) -> None:
        tx.execute("CREATE TABLE IF NOT EXISTS seen (position BIGINT PRIMARY KEY)")

    def apply(self, tx: Tx, recorded: Recorded) -> None:
        assert recorded.position is not None
        # A duplicate key: refused by the database, reported when the pipeline next waits.
        position = 1 if recorded.position == self.fail_at else recorded.position
        tx.execute("INSERT INTO seen VALUES (?)", (position,))
        row = tx.one("SELECT COUNT(*) FROM seen")
        assert row is not None
        self.counts.append(int(row[0]))


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_a_failed_write_rolls_back_its_whole_page_and_the_projection_resumes(
    kind: str, store_url_factory: Callable[[str], str]
) -> None:
    url = store_url_factory(kind)
    with open_store(url, project=False) as store:
        store.record(*(RegisterTilbud(key=f"aalborg/t{i}", navn=f"Tilbud {i}",
                                      driftsherre="Aalborg", pladser=10,
                                      effective_on=date(2019, 1, 1), provenance=PROV)
                       for i in range(12)))
        store.record(*(ChangePladser(key=f"aalborg/t{i}", effective_on=date(2019, 2, 1),
                                     pladser=11, provenance=PROV) for i in range(12)))
    location = parse_store_url(url)
    log, db = EventLog(env=location.env), Database(location)
    try:
        seen = Seen()
        projector = Projector(log, db, [seen], page=10)
        Seen.fail_at = 15
        with pytest.raises(ProjectionFailed, match=r"duplicate|UNIQUE") as failed:
            projector.catch_up()
        assert [(f.projection, f.position) for f in failed.value.failures] == [("seen", 15)]
        # Pages 1-10 committed; the page of 11-20 failed at 15 and was rolled back whole,
        # then applied again up to the event before 15: nothing of 15 or after, no row twice.
        assert db.query("SELECT MAX(position), COUNT(*) FROM seen") == [(14, 14)]
        assert projector.positions() == {"seen": 14}
        # Each write was visible to the read that followed it in the same transaction.
        assert seen.counts[:10] == list(range(1, 11))

        Seen.fail_at = None
        projector.catch_up()
        assert db.query("SELECT MAX(position), COUNT(*) FROM seen") == [(24, 24)]
        assert projector.positions() == {"seen": 24}
    finally:
        Seen.fail_at = None
        db.close()
        log.close()


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_a_read_of_any_shape_in_a_pipelined_transaction_sees_the_writes_before_it(
    kind: str, store_url_factory: Callable[[str], str]
) -> None:
    db = Database(parse_store_url(store_url_factory(kind)))
    try:
        with db.transaction(pipelined=True) as tx:
            tx.execute("CREATE TABLE t (n INTEGER PRIMARY KEY)")
            tx.executemany("INSERT INTO t VALUES (?)", [(1,), (2,)])
            tx.execute("UPDATE t SET n = 3 WHERE n = 2")
            reads = ["SELECT COUNT(*) FROM t", "-- a comment first\nSELECT COUNT(*) FROM t",
                     "VALUES ((SELECT COUNT(*) FROM t))",
                     "WITH c AS (SELECT n FROM t) SELECT COUNT(*) FROM c",
                     "select count(*) from t where n = 3 or n = 1"]
            assert [tx.one(sql) for sql in reads] == [(2,), (2,), (2,), (2,), (2,)]
    finally:
        db.close()
