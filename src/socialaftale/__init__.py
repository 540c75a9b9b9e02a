"""socialaftale: the replayable record of how Nordjysk Socialaftale is governed.

Open a store, record commands, ask the read models::

    from socialaftale import open_store
    with open_store("socialaftale.db", actor="sekretariatet") as store:
        store.record(...)

The public API is what ``__all__`` lists; adapters use nothing else. Each
context's commands are reached through its module (``socialaftale.tilbudsvifte``).
"""

from __future__ import annotations

from . import audit
from .application import ConcurrencyConflict, Socialaftale, open_store
from .domain import (
    arbejdsgrupper,
    budget,
    fora,
    forslag,
    meetings,
    personer,
    strategi,
    tilbudsvifte,
)
from .domain.common import DecisionRef, DomainError, Meta, Provenance, Recorded, Source
from .domain.dates import Dato, PartialDate, end_of_week, parse_danish_date, parse_dato
from .domain.money import format_kroner, kroner, parse_kroner
from .domain.names import did_you_mean
from .domain.organisations import KOMMUNER, NORDJYLLAND, REGIONER, driftsherre, kommune
from .drafting import (
    MAX_PDF_BYTES,
    Draft,
    DraftError,
    ReviewItem,
    SourceDocument,
    SourceLine,
    check_size,
    draft_record,
    furniture,
    kilde_of,
    read_pdf,
    read_source,
    read_text,
    without_furniture,
)
from .errors import LogDamaged, StoreError
from .folk1a import Folk1aError, Folk1aImport, read_folk1a
from .readstore import ProjectionFailed, ProjectionFailure
from .records import (
    Difference,
    LoadResult,
    RecordError,
    check_record,
    load_record,
    load_records,
    open_regular_file,
    read_record_files,
    read_regular_file,
    read_units,
)
from .records.schema import record_schema
from .records.verbatim import check_verbatim
from .transfer import ReplayPoint, export_events, import_events, replay_events, to_data

__all__ = [
    "KOMMUNER",
    "MAX_PDF_BYTES",
    "NORDJYLLAND",
    "REGIONER",
    "ConcurrencyConflict",
    "Dato",
    "DecisionRef",
    "Difference",
    "DomainError",
    "Draft",
    "DraftError",
    "Folk1aError",
    "Folk1aImport",
    "LoadResult",
    "LogDamaged",
    "Meta",
    "PartialDate",
    "ProjectionFailed",
    "ProjectionFailure",
    "Provenance",
    "RecordError",
    "Recorded",
    "ReplayPoint",
    "ReviewItem",
    "Socialaftale",
    "Source",
    "SourceDocument",
    "SourceLine",
    "StoreError",
    "arbejdsgrupper",
    "audit",
    "budget",
    "check_record",
    "check_size",
    "check_verbatim",
    "did_you_mean",
    "draft_record",
    "driftsherre",
    "end_of_week",
    "export_events",
    "fora",
    "format_kroner",
    "forslag",
    "furniture",
    "import_events",
    "kilde_of",
    "kommune",
    "kroner",
    "load_record",
    "load_records",
    "meetings",
    "open_regular_file",
    "open_store",
    "parse_danish_date",
    "parse_dato",
    "parse_kroner",
    "personer",
    "read_folk1a",
    "read_pdf",
    "read_record_files",
    "read_regular_file",
    "read_source",
    "read_text",
    "read_units",
    "record_schema",
    "replay_events",
    "strategi",
    "tilbudsvifte",
    "to_data",
    "without_furniture",
]

__version__ = "0.1.0"
