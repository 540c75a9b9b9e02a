"""The JSON Schema speaks Danish: an editor shows a description for every field and fact type.

The record writer hovers over ``pladsdele`` or ``effective_on`` in VS Code and reads what it
is; the texts come from socialaftale/records/descriptions.py, never from the classes'
English docstrings. A field the table does not know would get only "Feltet …", which the
test below refuses: a new field comes with its Danish text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from socialaftale import record_schema
from socialaftale.records.descriptions import CLASSES, FIELD_FALLBACK
from socialaftale.records.format import FACT_TYPES

#: English words no Danish text uses ("for", "til" and "to" are Danish too).
ENGLISH = re.compile(r"\b(the|and|of|is|are|an|with|which|when|where|not|from|must|should)\b")


def _properties(node: Any, where: str) -> Iterator[tuple[str, str, dict[str, Any]]]:
    if isinstance(node, dict):
        where = node.get("title", where) if isinstance(node.get("title"), str) else where
        for name, prop in node.get("properties", {}).items():
            yield where, name, prop
        for child in node.values():
            yield from _properties(child, where)
    elif isinstance(node, list):
        for child in node:
            yield from _properties(child, where)


def test_every_property_has_a_danish_description() -> None:
    schema = record_schema()
    seen = 0
    without = []
    for where, name, prop in _properties(schema, "Moedeoptegnelse"):
        seen += 1
        text = prop.get("description")
        if not text or text == FIELD_FALLBACK.format(name=name):
            without.append(f"{where}.{name}")
            continue
        assert not ENGLISH.search(text), (where, name, text)
    assert seen > 400  # every fact type's fields, not only the record's own
    assert not without, f"fields without a Danish text in records/descriptions.py: {without}"


def test_every_fact_type_and_part_has_a_danish_description() -> None:
    schema = record_schema()
    facts = schema["$defs"]["Fakt"]["oneOf"]
    assert {f["title"] for f in facts} == set(FACT_TYPES)
    for fact in facts:
        assert fact["description"] == CLASSES[fact["title"]]
        assert not ENGLISH.search(fact["description"]), fact["title"]
    for name, part in schema["$defs"].items():
        assert part.get("description") and not ENGLISH.search(part["description"]), name
    assert schema["description"] == CLASSES["Moedeoptegnelse"]


def test_a_field_keeps_what_its_kind_says_after_its_own_text() -> None:
    schema = record_schema()
    tilbud = next(f for f in schema["$defs"]["Fakt"]["oneOf"] if f["title"] == "SetTakst")
    beloeb = tilbud["properties"]["beloeb"]["description"]
    assert beloeb.startswith("Beløb i kroner")
    lovgrundlag = next(f for f in schema["$defs"]["Fakt"]["oneOf"]
                       if f["title"] == "RegisterTilbud")["properties"]["lovgrundlag"]
    assert lovgrundlag["description"].startswith("Lovgrundlaget, som referatet skriver det")
    moede = schema["$defs"]["Moede"]["properties"]
    assert moede["dato"]["description"] == "Mødets dato (ÅÅÅÅ-MM-DD)"
