"""Bilag uploaded as files: which files each agenda item has, with name, size and media type.

The bytes themselves are not a read model: they are kept content-addressed by
:mod:`socialaftale.files`; this table only says which hash belongs under which item."""

from __future__ import annotations

from typing import ClassVar

from attrs import frozen

from ..domain.common import Recorded
from ..domain.meetings import BilagFileAttached
from ..readstore import Database, Projection, Tx

__all__ = ["BilagFil", "BilagFilerProjection", "bilag_files"]


class BilagFilerProjection(Projection):
    name = "bilag_filer"
    version = 1
    events = (BilagFileAttached,)
    tables: ClassVar[tuple[str, ...]] = ("bilag_fil",)

    def create(self, tx: Tx) -> None:
        tx.execute("CREATE TABLE IF NOT EXISTS bilag_fil (position BIGINT PRIMARY KEY,"
                   " meeting_id TEXT NOT NULL, punkt TEXT NOT NULL, sha256 TEXT NOT NULL,"
                   " navn TEXT NOT NULL, stoerrelse BIGINT NOT NULL, medietype TEXT NOT NULL,"
                   " recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL)")
        tx.execute("CREATE INDEX IF NOT EXISTS bilag_fil_meeting ON bilag_fil (meeting_id)")

    def apply(self, tx: Tx, recorded: Recorded) -> None:
        e = recorded.event
        if isinstance(e, BilagFileAttached):
            tx.execute("INSERT INTO bilag_fil VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       (recorded.position, e.meeting_id, e.punkt, e.sha256, e.navn,
                        e.stoerrelse, e.medietype, recorded.meta.recorded_at.isoformat(),
                        recorded.meta.recorded_by))


@frozen
class BilagFil:
    """A file attached as a bilag to an item of a meeting."""

    meeting_id: str
    punkt: str
    sha256: str
    navn: str
    stoerrelse: int
    medietype: str
    recorded_at: str
    recorded_by: str


def bilag_files(db: Database, meeting_id: str) -> tuple[BilagFil, ...]:
    """The files attached to a meeting's items, in the order they were attached."""
    rows = db.query("SELECT meeting_id, punkt, sha256, navn, stoerrelse, medietype,"
                    " recorded_at, recorded_by FROM bilag_fil WHERE meeting_id = ?"
                    " ORDER BY position", (meeting_id,))
    return tuple(BilagFil(r[0], r[1], r[2], r[3], int(r[4]), r[5], r[6], r[7]) for r in rows)
