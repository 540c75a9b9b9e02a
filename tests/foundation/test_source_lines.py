"""A Source's ``kilde_sted`` (the lines it stands in) is stored only where the record gives
it: a Source without one is written as before (no key), so stored events and their hashes
say what they said; one with it reads back the same."""

from __future__ import annotations

from socialaftale.domain.common import Source
from socialaftale.persistence import converter


def test_a_source_without_lines_is_written_as_before() -> None:
    assert converter.unstructure(Source("referat.txt", "3", "note")) == {
        "document": "referat.txt", "item": "3", "note": "note"}


def test_a_source_with_lines_reads_back_the_same() -> None:
    source = Source("referat.txt", "3", None, "s. 1, l. 988-990")
    data = converter.unstructure(source)
    assert data["kilde_sted"] == "s. 1, l. 988-990"
    assert converter.structure(data, Source) == source
    assert converter.structure({"document": "referat.txt"}, Source).kilde_sted is None
