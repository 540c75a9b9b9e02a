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
from .application import ConcurrencyConflict, Socialaftale, StaleVersion, open_store
from .domain import (
    arbejdsgrupper,
    budget,
    fora,
    forloeb,
    forslag,
    meetings,
    personer,
    sammensaetning,
    strategi,
    tilbudsvifte,
)
from .domain.common import (
    DecisionRef,
    DomainError,
    Meta,
    Provenance,
    Recorded,
    Source,
    danish_date,
)
from .domain.dates import Dato, PartialDate, end_of_week, parse_danish_date, parse_dato
from .domain.money import format_kroner, kroner, parse_kroner
from .domain.names import did_you_mean
from .domain.organisations import KOMMUNER, NORDJYLLAND, REGIONER, driftsherre, kommune
from .drafting import (
    MAX_PDF_BYTES,
    Draft,
    DraftedDocument,
    DraftError,
    ReviewItem,
    SourceDocument,
    SourceLine,
    check_size,
    draft_document,
    draft_record,
    fora_names,
    furniture,
    kilde_of,
    read_pdf,
    read_source,
    read_text,
    without_furniture,
)
from .errors import LogDamaged, StoreError
from .exports import BUDGET_HEADINGS, KRONER_FORMAT, budget_table, xlsx_table
from .feeds import atom_feed, meetings_ical
from .files import MAX_BILAG_BYTES, BilagFil, attach_bilag, bilag_files_of, check_bilag, read_bilag
from .folk1a import Folk1aError, Folk1aImport, read_folk1a
from .persistence import DANISH_TIME
from .prepare import AgendaAtVersion, agenda_amendments, agenda_at, changes_since, record_at
from .projections.kommune import KOMMUNE_IDS, KommuneOversigt
from .projections.search import ARTER as SEARCH_KINDS
from .projections.search import HIT_END as SEARCH_HIT_END
from .projections.search import HIT_START as SEARCH_HIT_START
from .projections.search import ROW_HEADINGS as SEARCH_HEADINGS
from .projections.search import search_rows
from .publish import Letterhead, meeting_document, meeting_pdf
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
from .records.sted import KildeSted, kilde_sted_of, parse_kilde_sted
from .records.verbatim import LazySources, check_verbatim
from .transfer import ReplayPoint, export_events, import_events, replay_events, to_data

__all__ = [
    "BUDGET_HEADINGS",
    "DANISH_TIME",
    "KOMMUNER",
    "KOMMUNE_IDS",
    "KRONER_FORMAT",
    "MAX_BILAG_BYTES",
    "MAX_PDF_BYTES",
    "NORDJYLLAND",
    "REGIONER",
    "SEARCH_HEADINGS",
    "SEARCH_HIT_END",
    "SEARCH_HIT_START",
    "SEARCH_KINDS",
    "AgendaAtVersion",
    "BilagFil",
    "ConcurrencyConflict",
    "Dato",
    "DecisionRef",
    "Difference",
    "DomainError",
    "Draft",
    "DraftError",
    "DraftedDocument",
    "Folk1aError",
    "Folk1aImport",
    "KildeSted",
    "KommuneOversigt",
    "LazySources",
    "Letterhead",
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
    "StaleVersion",
    "StoreError",
    "agenda_amendments",
    "agenda_at",
    "arbejdsgrupper",
    "atom_feed",
    "attach_bilag",
    "audit",
    "bilag_files_of",
    "budget",
    "budget_table",
    "changes_since",
    "check_bilag",
    "check_record",
    "check_size",
    "check_verbatim",
    "danish_date",
    "did_you_mean",
    "draft_document",
    "draft_record",
    "driftsherre",
    "end_of_week",
    "export_events",
    "fora",
    "fora_names",
    "forloeb",
    "format_kroner",
    "forslag",
    "furniture",
    "import_events",
    "kilde_of",
    "kilde_sted_of",
    "kommune",
    "kroner",
    "load_record",
    "load_records",
    "meeting_document",
    "meeting_pdf",
    "meetings",
    "meetings_ical",
    "open_regular_file",
    "open_store",
    "parse_danish_date",
    "parse_dato",
    "parse_kilde_sted",
    "parse_kroner",
    "personer",
    "read_bilag",
    "read_folk1a",
    "read_pdf",
    "read_record_files",
    "read_regular_file",
    "read_source",
    "read_text",
    "read_units",
    "record_at",
    "record_schema",
    "replay_events",
    "sammensaetning",
    "search_rows",
    "strategi",
    "tilbudsvifte",
    "to_data",
    "without_furniture",
    "xlsx_table",
]

__version__ = "0.1.0"
