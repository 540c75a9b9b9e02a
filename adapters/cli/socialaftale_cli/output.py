"""Query output as a Danish table, JSON or CSV; shared by every query sub-command."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import click

from socialaftale import format_kroner, to_data

FORMATS = click.Choice(["table", "json", "csv"])


def cell(value: Any) -> str:
    """A value as a Danish reader expects it in a table."""
    if value is None:
        return "ukendt"
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, Decimal):
        return format_kroner(value)
    if isinstance(value, date):
        return f"{value.day}.{value.month}.{value.year}"
    return str(value)


def emit(fmt: str, headings: Sequence[str], rows: Sequence[Sequence[Any]], data: Any) -> None:
    """Print ``rows`` under ``headings`` (table/csv), or ``data`` as JSON."""
    if fmt == "json":
        click.echo(json.dumps(to_data(data), ensure_ascii=False, indent=2, default=str))
        return
    texts = [[cell(v) for v in row] for row in rows]
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(headings)
        writer.writerows(texts)
        click.echo(buf.getvalue(), nl=False)
        return
    widths = [max([len(h), *(len(r[i]) for r in texts)]) for i, h in enumerate(headings)]
    line: Callable[[Sequence[str]], str] = lambda r: "  ".join(  # noqa: E731
        v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip()
    click.echo(line(headings))
    click.echo("  ".join("-" * w for w in widths))
    for r in texts:
        click.echo(line(r))
    if not texts:
        click.echo("(ingen)")
