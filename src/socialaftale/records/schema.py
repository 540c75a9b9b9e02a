"""The JSON Schema of a meeting record, generated from the classes that read it.

Editors (VS Code's YAML extension, IntelliJ) validate and complete a record with
it. It is generated, never hand-written, so it says exactly what
:func:`~socialaftale.records.format.read_record` accepts; tests/records checks
that docs/records.schema.json is up to date.
"""

from __future__ import annotations

import types
import typing
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from ..domain.common import DecisionRef
from ..domain.dates import DATO_FORMS, is_dato_type
from ..domain.meetings import DERIVED_ONLY
from ..domain.tilbudsvifte import Lovgrundlag
from .descriptions import CLASSES, FIELD_FALLBACK, FIELDS, FIELDS_OF
from .forloebsfil import Forloebsoptegnelse
from .format import FACT_TYPES, FRIST_FORMS, OUTCOMES, Fakt, Moedeoptegnelse

__all__ = ["record_schema"]

_FACT_EXTRAS = {
    "dato": {"type": "string", "format": "date",
             "description": "Hvornår det skete (standard: mødets dato)"},
    "note": {"type": "string", "description": "Kildenote: hvad referatet ikke siger klart"},
    "klausul": {"type": "integer", "description": "At-klausulens nummer i indstillingen"},
    "sag": {"type": "string",
            "description": "Id på sagen under punktet, der bærer faktummet (se 'sager')"},
    "ekstern_beslutning": {
        "type": "object", "additionalProperties": False, "required": ["organ"],
        "description": "Et organ uden referat i optegnelsen traf beslutningen (KKR, KDK, FU, "
                       "et byråd), som kilden gengiver den",
        "properties": {
            "organ": {"type": "string", "description": "Organet, der traf beslutningen"},
            "dato": {"type": "string",
                     "description": "Beslutningens dato, også en delvis ('oktober 2019', "
                                    "'2019'); udelades, hvis kilden ikke siger den"},
            "tekst": {"type": "string", "description": "Kildens ord om beslutningen, ordret"},
            "udtryk": {"type": "string",
                       "description": "Kildens verbum, hvor kilden ikke siger, at organet "
                                      "besluttede ('var enige om', 'vurderede'), ordret"},
        },
    },
}


def _type(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    if tp is Any:
        return {}
    if tp == tuple[Lovgrundlag, ...]:
        return {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
                "description": "Lovgrundlag som referatet skriver det, fx '§105+§104'"}
    if tp == Fakt:
        return {"$ref": "#/$defs/Fakt"}
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is date:
        return {"type": "string", "format": "date"}
    if is_dato_type(tp):
        text = {"type": "string", "description": "En dato, også en delvis: "
                + ", ".join(f"'{f}'" for f in DATO_FORMS)}
        return {"anyOf": [text, {"type": "null"}]} if type(None) in typing.get_args(tp) else text
    if tp is Decimal:
        return {"anyOf": [{"type": "number"}, {"type": "string"}],
                "description": "Beløb i kroner: 1287300.50 eller '1.287.300,50 kr.'"}
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Literal:
        return {"enum": list(args)}
    if origin in (typing.Union, types.UnionType):
        options = [_type(a, defs) for a in args if a is not type(None)]
        if type(None) in args:
            options.append({"type": "null"})
        return options[0] if len(options) == 1 else {"anyOf": options}
    if origin is tuple:
        return {"type": "array", "items": _type(args[0], defs)}
    if attrs.has(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}  # placeholder against recursion
            defs[name] = _object(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {tp!r}")


def _object(cls: type, defs: dict[str, Any], *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    required = []
    for a in attrs.fields(cls):
        if a.name in skip:
            continue
        props[a.name] = _described(_type(hints[a.name], defs), _field_text(cls, a.name))
        if a.default is attrs.NOTHING:
            required.append(a.name)
    schema: dict[str, Any] = {"type": "object", "properties": props,
                              "additionalProperties": False}
    if required:
        schema["required"] = required
    schema["description"] = CLASSES.get(cls.__name__, cls.__name__)
    return schema


def _field_text(cls: type, name: str) -> str:
    """The Danish text of a field (see :mod:`.descriptions`): by class, then by name."""
    return FIELDS_OF.get(cls.__name__, {}).get(name) or FIELDS.get(name) \
        or FIELD_FALLBACK.format(name=name)


def _described(schema: dict[str, Any], text: str) -> dict[str, Any]:
    """A property's schema with its Danish text first, then what its kind says (the forms
    of a date or an amount)."""
    kind = schema.get("description")
    if kind and kind != text:
        text = f"{text}. {kind}"
    return {**schema, "description": text}


def record_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a meeting record file."""
    defs: dict[str, Any] = {}
    root = _object(Moedeoptegnelse, defs)
    facts = []
    for name, cls in sorted(FACT_TYPES.items()):
        obj = _object(cls, defs, skip=("provenance",))
        own = set(obj["properties"])
        obj["properties"] = {"type": {"const": name, "description": FIELDS["type"]},
                             **obj["properties"],
                             **{k: v for k, v in _FACT_EXTRAS.items() if k not in own}}
        obj["required"] = ["type", *obj.get("required", [])]
        obj["title"] = name
        obj["description"] = CLASSES.get(name, name)
        facts.append(obj)
    defs["Fakt"] = {"oneOf": facts, "description": "Et faktum, som en beslutning bærer"}
    beslutning = defs["Beslutning"]["properties"]
    stated = [k for k, v in OUTCOMES.items() if v not in DERIVED_ONLY]  # 'blandet' is derived
    beslutning["udfald"] = {"enum": stated,
                            "description": "Udfaldet som i ordlisten; udelades kun, når "
                                           "punktets sager giver det (afledt)"}
    defs["KlausulUdfald"]["properties"]["udfald"] = {"enum": stated,
                                                     "description": FIELDS["udfald"]}
    defs["SagOptegnelse"]["properties"]["udfald"] = {"enum": stated,
                                                     "description": "Sagens eget udfald"}
    defs["Opfoelgning"]["properties"]["frist"]["description"] = (
        "Fristen som i referatet: " + ", ".join(f"'{f}'" for f in FRIST_FORMS))
    defs["Opfoelgning"]["properties"]["ansvarlig"]["description"] = (
        "Udelades, når referatet ikke nævner en ansvarlig (ukendt)")
    _case_record(defs, facts)
    description = root.pop("description")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://socialaftale.example/records.schema.json",
        "title": "Mødeoptegnelse (socialaftale)",
        "description": description,
        # a file with 'forloeb' and no 'moede' is a record of cases across bodies
        "if": {"type": "object", "required": ["forloeb"], "not": {"required": ["moede"]}},
        "then": {"$ref": "#/$defs/Forloebsoptegnelse"},
        "else": root,
        "$defs": defs,
    }


def _case_record(defs: dict[str, Any], facts: list[dict[str, Any]]) -> None:
    """A case record's definitions: its facts may name the decision in the record that
    they are (``beslutning``)."""
    defs["Forloebsoptegnelse"] = _object(Forloebsoptegnelse, defs)
    link = {"$ref": "#/$defs/DecisionRef",
            "description": "Beslutningen i registret, som faktummet er (eller som planlægger "
                           "det): mødets id, punktet og evt. sagen"}
    defs.setdefault("DecisionRef", _object(DecisionRef, defs))
    defs["FaktIForloeb"] = {
        "oneOf": [{**f, "properties": {**f["properties"], "beslutning": link}}
                  if "beslutning" not in f["properties"] else f for f in facts],
        "description": "Et faktum i en optegnelse af sager på tværs af organer"}
    defs["Forloebsgrundlag"]["properties"]["fakta"]["items"] = {"$ref": "#/$defs/FaktIForloeb"}


if __name__ == "__main__":  # socialaftale schema > docs/records.schema.json
    import json

    print(json.dumps(record_schema(), ensure_ascii=False, indent=2))
