"""What a user or a record file asks: confirm or deny that two spellings are one person.

The class names are the record's fact types (``type: SammePerson`` under a decision or
under ``grundlag``), so a merge can be confirmed from a record file too."""

from __future__ import annotations

from attrs import frozen

from ..common import Provenance

__all__ = ["COMMANDS", "IkkeSammePerson", "SammePerson"]


@frozen(kw_only=True)
class SammePerson:
    """Confirm that two spellings, each as a minute writes it, are one person."""

    navn_a: str
    navn_b: str
    grund: str
    provenance: Provenance


@frozen(kw_only=True)
class IkkeSammePerson:
    """State that two spellings are two people (undoing a confirmation, or setting a
    suggestion aside)."""

    navn_a: str
    navn_b: str
    grund: str
    provenance: Provenance


COMMANDS: tuple[type, ...] = (SammePerson, IkkeSammePerson)
