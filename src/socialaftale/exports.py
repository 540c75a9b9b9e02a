"""Tables as spreadsheets: the rows a query's table shows, as an XLSX workbook.

A spreadsheet is for reckoning, so values keep their kind: a date is a date cell (shown
``d.m.yyyy``), an amount of kroner a number with øre in the kroner format
``#,##0.00 "kr."`` (a Danish spreadsheet shows 1.234.567,89 kr.), a whole number a number;
everything else is text, an unknown value the word "ukendt" as in the tables. XlsxWriter
writes it (pure Python, no dependencies, the most used XLSX writer; docs/exports.md).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import xlsxwriter

__all__ = ["BUDGET_HEADINGS", "KRONER_FORMAT", "budget_table", "xlsx_table"]

KRONER_FORMAT = '#,##0.00 "kr."'
DATE_FORMAT = "d.m.yyyy"
_SHEET_NAME_MAX = 31  # Excel's limit on a sheet's name

BUDGET_HEADINGS = ("Specifikation", "Regnskab", "Budget", "Restbudget", "Fodnote")


def budget_table(t: Any) -> list[tuple[Any, ...]]:
    """A budget's rows as the minutes' budget table sets them out: its lines with their
    footnotes, then the totals and the result. One place, so the CLI's table and the web's
    download show the same rows."""
    rows: list[tuple[Any, ...]] = [(x.line, x.regnskab, x.budget, x.restbudget,
                                    ", ".join(x.fodnoter)) for x in t.lines]
    rows += [("Samlede udgifter i alt", t.udgifter_regnskab, t.udgifter_budget,
              t.udgifter_restbudget, ""),
             ("Samlede indtægter i alt", t.indtaegter_regnskab, t.indtaegter_budget,
              t.indtaegter_restbudget, ""),
             ("Resultat", t.resultat, t.resultat_budget, None, "")]
    return rows


def xlsx_table(headings: Sequence[str], rows: Sequence[Sequence[Any]], *,
               sheet: str = "Tabel", text: Callable[[Any], str] = str) -> bytes:
    """The workbook of one sheet: ``headings`` in bold in row 1, frozen, then ``rows``.
    ``text`` turns a value that is no date, amount or number into its cell's text."""
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_numbers": False,
                                     "strings_to_formulas": False, "strings_to_urls": False})
    bold = book.add_format({"bold": True})
    kroner = book.add_format({"num_format": KRONER_FORMAT})
    day = book.add_format({"num_format": DATE_FORMAT})
    ws = book.add_worksheet(sheet[:_SHEET_NAME_MAX])
    widths = [len(h) for h in headings]
    for col, heading in enumerate(headings):
        ws.write_string(0, col, heading, bold)
    for r, row in enumerate(rows, start=1):
        for col, value in enumerate(row):
            shown = _write(ws, r, col, value, kroner, day, text)
            if col < len(widths):
                widths[col] = max(widths[col], min(len(shown), 60))
    for col, width in enumerate(widths):
        ws.set_column(col, col, width + 2)
    ws.freeze_panes(1, 0)
    book.close()
    return buf.getvalue()


def _write(ws: Any, r: int, col: int, value: Any, kroner: Any, day: Any,
           text: Callable[[Any], str]) -> str:
    """Write one cell by its value's kind; the text a reader sees (for the column width)."""
    if isinstance(value, Decimal):
        ws.write_number(r, col, value, kroner)
        return f"{value:,.2f} kr."
    if isinstance(value, bool) or value is None:
        shown = text(value)
        ws.write_string(r, col, shown)
        return shown
    if isinstance(value, int | float):
        ws.write_number(r, col, value)
        return str(value)
    if isinstance(value, date) and not isinstance(value, datetime):
        ws.write_datetime(r, col, datetime(value.year, value.month, value.day), day)
        return "00.00.0000"
    shown = text(value)
    ws.write_string(r, col, shown)
    return shown
