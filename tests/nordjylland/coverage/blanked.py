"""What the store answers when every text the records present as words is taken away."""

from __future__ import annotations

from typing import Any

import yaml

from socialaftale.records.verbatim import ANY, FIELDS

#: Titles identify an item or a sub-matter; a check may find its item by title.
KEPT = {"titel"}
GONE = "[tekst fjernet]"


def _blank(value: Any, pattern: tuple[str, ...]) -> None:
    head, rest = pattern[0], pattern[1:]
    if head == ANY:
        keys: list[Any] = list(range(len(value))) if isinstance(value, list) else []
    else:
        keys = [head] if isinstance(value, dict) and head in value else []
    for key in keys:
        if rest:
            _blank(value[key], rest)
        elif isinstance(value[key], str) and value[key].strip():
            value[key] = GONE


def _summaries(value: Any) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "sammenfatning" and isinstance(item, str):
                value[key] = GONE
            else:
                _summaries(item)
    elif isinstance(value, list):
        for item in value:
            _summaries(item)


def blanked(data: bytes) -> bytes:
    record = yaml.safe_load(data)
    for felt in FIELDS:
        if felt.path[-1] not in KEPT:
            _blank(record, felt.path)
    _summaries(record)
    return yaml.safe_dump(record, allow_unicode=True, sort_keys=False).encode()
