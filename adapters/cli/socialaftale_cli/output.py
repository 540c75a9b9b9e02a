"""Query output as a Danish table, JSON or CSV; shared by every query sub-command."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sys
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


def antal(count: int, singular: str, plural: str) -> str:
    """A count with its noun in the right number: "1 hændelse", "2 hændelser"."""
    return f"{count} {singular if count == 1 else plural}"


def fit(widths: Sequence[int], columns: int, gap: int = 2, least: int = 8) -> list[int]:
    """Column widths that fit ``columns`` characters: the widest column gives way first."""
    result = list(widths)
    while sum(result) + gap * (len(result) - 1) > columns:
        widest = max(range(len(result)), key=lambda i: result[i])
        if result[widest] <= least:
            break
        result[widest] -= 1
    return result


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` characters, marked with an ellipsis when cut."""
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _one_line(text: str) -> str:
    """``text`` on one line, each line break shown as ⏎."""
    lines = text.splitlines()
    return text if lines == [text] or not text else " ⏎ ".join(lines)


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
    # A table row is one line: a record's line break (a title written over two lines) must
    # not start a row of its own that a reader or a program would take for another entry.
    texts = [[_one_line(v) for v in r] for r in texts]
    widths = [max([len(h), *(len(r[i]) for r in texts)]) for i, h in enumerate(headings)]
    if sys.stdout.isatty():  # a terminal gets a table that fits; a pipe gets every character
        widths = fit(widths, shutil.get_terminal_size().columns)
        texts = [[clip(v, w) for v, w in zip(r, widths, strict=True)] for r in texts]
    line: Callable[[Sequence[str]], str] = lambda r: "  ".join(  # noqa: E731
        v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip()
    click.echo(line(headings))
    click.echo("  ".join("-" * w for w in widths))
    for r in texts:
        click.echo(line(r))
    if not texts:
        click.echo("(ingen)")
