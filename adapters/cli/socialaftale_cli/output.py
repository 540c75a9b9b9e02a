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

FORMATS = click.Choice(["table", "json", "csv", "xlsx"])


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


def _xlsx(headings: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """The table as a workbook, into ``-o FILE`` (or a pipe; never onto a terminal)."""
    from socialaftale import xlsx_table

    ctx = click.get_current_context()
    target = ctx.meta.get("socialaftale.output")
    if target is None and sys.stdout.isatty():
        raise click.UsageError("--format xlsx skriver et regneark: angiv -o FIL"
                               " (regel uddata-xlsx-fil)")
    book = xlsx_table(headings, rows, sheet=ctx.info_name or "Tabel", text=cell)
    if target is None:
        sys.stdout.buffer.write(book)
        return
    with open(target, "wb") as f:
        f.write(book)
    click.echo(f"Skrev {target} ({antal(len(rows), 'række', 'rækker')}).", err=True)


def emit(fmt: str, headings: Sequence[str], rows: Sequence[Sequence[Any]], data: Any) -> None:
    """Print ``rows`` under ``headings`` (table/csv), ``data`` as JSON, or write the rows
    as an XLSX workbook (dates as dates, amounts as numbers in kroner)."""
    if fmt == "xlsx":
        _xlsx(headings, rows)
        return
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
