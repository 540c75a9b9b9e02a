"""The drafting path every adapter takes: document bytes in, the document's lines, its page
furniture and the draft out; and the forum names a store knows, as the drafter takes them.
The CLI (``socialaftale draft``) and the web's upload page call this, so they draft alike."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

import attrs

from .draft import Draft, draft_record
from .pdf import furniture, read_source, without_furniture
from .source import SourceDocument

__all__ = ["DraftedDocument", "draft_document", "fora_names"]


class _Forum(Protocol):
    navn: str
    kortnavn: str | None

    @property
    def alle_navne(self) -> Iterable[str]: ...


@attrs.frozen
class DraftedDocument:
    """A document and its draft: the lines as read (``source``), the numbers of the lines
    that are page furniture (``furniture``: left blank for the drafter) and the draft."""

    source: SourceDocument
    furniture: frozenset[int]
    draft: Draft


def fora_names(store: Any) -> dict[str, str]:
    """Every name of every forum ``store`` knows (``store.fora()``), to the name a record
    writes it by (its short name where it has one): the drafter's ``fora``."""
    known: Iterable[_Forum] = store.fora()
    return {name: f.kortnavn or f.navn for f in known for name in f.alle_navne}


def draft_document(name: str, data: bytes, *, fora: Mapping[str, str] | None = None
                   ) -> DraftedDocument:
    """Read the minutes ``data`` (PDF or UTF-8 text, refused above the size limit) and draft
    them; raises DraftError (a Danish message naming the file) when they cannot be."""
    source = read_source(name, data)
    skip = furniture(source)
    return DraftedDocument(source, skip,
                           draft_record(without_furniture(source, skip), fora=fora))
