"""Drafting meeting records from minutes: read the document, draft the record, list what
a person must review (docs/drafting.md)."""

from __future__ import annotations

from .draft import Draft, ReviewItem, draft_record, kilde_sted
from .source import DraftError, SourceDocument, SourceLine, read_text

__all__ = ["Draft", "DraftError", "ReviewItem", "SourceDocument", "SourceLine",
           "draft_record", "kilde_sted", "read_text"]
