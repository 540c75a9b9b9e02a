"""The format of a meeting record, as the JSON Schema ``socialaftale schema`` prints, at a
stable URL the upload page links to (docs/records.md explains it in words)."""

from __future__ import annotations

import json

from litestar import Response, get

from socialaftale import record_schema

__all__ = ["RECORD_FORMAT", "record_format"]

RECORD_FORMAT = "/optegnelser/format.json"


@get(RECORD_FORMAT, include_in_schema=False, sync_to_thread=True)
def record_format() -> Response[bytes]:
    """The JSON Schema of a meeting record, for anyone (it is no secret)."""
    text = json.dumps(record_schema(), ensure_ascii=False, indent=2) + "\n"
    return Response(text.encode(), media_type="application/schema+json; charset=utf-8")
