"""Drafting meeting records from minutes: read the document, draft the record, list what
a person must review (docs/drafting.md)."""

from __future__ import annotations

from .document import DraftedDocument, draft_document, fora_names
from .draft import Draft, ReviewItem, draft_record, kilde_sted
from .pdf import (
    MAX_PDF_BYTES,
    check_size,
    furniture,
    kilde_of,
    read_pdf,
    read_source,
    without_furniture,
)
from .source import DraftError, SourceDocument, SourceLine, read_text

__all__ = ["MAX_PDF_BYTES", "Draft", "DraftError", "DraftedDocument", "ReviewItem",
           "SourceDocument", "SourceLine", "check_size", "draft_document", "draft_record",
           "fora_names", "furniture", "kilde_of", "kilde_sted", "read_pdf", "read_source",
           "read_text", "without_furniture"]
