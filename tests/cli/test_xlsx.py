"""``--format xlsx -o FILE``: every query's table as a workbook, read back with openpyxl and
checked cell by cell against the same command's CSV and JSON on the real records."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from click.testing import CliRunner

from socialaftale import KRONER_FORMAT, format_kroner
from socialaftale_cli.main import cli

from .test_every_format import QUERIES

EXAMPLES = Path(__file__).parents[2] / "examples" / "nordjylland"
QUERIES_XLSX = {**QUERIES, "search": ["aftalemodeller"],
                "budget": ["2012", "--cost-centre", "Sekretariatet for Rammeaftaler"]}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('xlsx') / 'n.db'}"
    result = CliRunner().invoke(cli, ["load", "--store", url, str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    return url


def _run(store: str, command: str, *args: str) -> str:
    result = CliRunner().invoke(cli, [command, "--store", store, *QUERIES_XLSX[command], *args])
    assert result.exit_code == 0, result.output
    return result.output


def _sheet(store: str, command: str, tmp_path: Path) -> list[list[Any]]:
    """The workbook's cells (row 1 the headings), with each number cell's format."""
    target = tmp_path / f"{command}.xlsx"
    result = CliRunner().invoke(cli, [command, "--store", store, *QUERIES_XLSX[command],
                                      "--format", "xlsx", "-o", str(target)])
    assert result.exit_code == 0, result.output
    ws = openpyxl.load_workbook(target).active
    assert ws is not None
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            if isinstance(c.value, int | float) and not isinstance(c.value, bool):
                cells.append((c.value, c.number_format))
            else:
                cells.append(c.value)
        rows.append(cells)
    return rows


def _as_text(value: Any) -> str:
    """A cell as the CSV writes it: a date d.m.yyyy, an amount in kroner."""
    if isinstance(value, datetime):
        return f"{value.day}.{value.month}.{value.year}"
    if isinstance(value, tuple):
        number, fmt = value
        if fmt == KRONER_FORMAT:
            return format_kroner(Decimal(str(number)))
        return str(number)
    return "" if value is None else str(value)


@pytest.mark.parametrize("command", sorted(QUERIES_XLSX))
def test_every_query_as_xlsx_matches_its_csv(store: str, command: str,
                                             tmp_path: Path) -> None:
    sheet = _sheet(store, command, tmp_path)
    table = list(csv.reader(io.StringIO(_run(store, command, "--format", "csv"))))
    assert [[_as_text(v) for v in row] for row in sheet] == table


def test_budget_cells_are_the_json_amounts(store: str, tmp_path: Path) -> None:
    data = json.loads(_run(store, "budget", "--format", "json"))
    sheet = _sheet(store, "budget", tmp_path)
    assert sheet[0] == ["Specifikation", "Regnskab", "Budget", "Restbudget", "Fodnote"]
    lines = data["lines"]
    assert len(sheet) == 1 + len(lines) + 3
    for row, line in zip(sheet[1:], lines, strict=False):
        assert row[0] == line["line"]
        for cell, key in ((row[1], "regnskab"), (row[2], "budget")):
            if line[key] is None:
                assert cell == "ukendt"
            else:
                assert cell == (pytest.approx(float(line[key])), KRONER_FORMAT)
                assert Decimal(str(cell[0])) == Decimal(line[key])
    totals = sheet[-3:]
    expected = [("Samlede udgifter i alt", "udgifter_regnskab", "udgifter_budget"),
                ("Samlede indtægter i alt", "indtaegter_regnskab", "indtaegter_budget"),
                ("Resultat", "resultat", "resultat_budget")]
    for row, (label, regnskab, budget) in zip(totals, expected, strict=True):
        assert row[0] == label
        assert Decimal(str(row[1][0])) == Decimal(data[regnskab]), label
        assert Decimal(str(row[2][0])) == Decimal(data[budget]), label
    assert data["noter"]  # the JSON carries the table's notes too


def test_tilbudsvifte_and_search_cells_are_the_json_values(store: str,
                                                          tmp_path: Path) -> None:
    offers = json.loads(_run(store, "tilbudsvifte", "--format", "json"))
    sheet = _sheet(store, "tilbudsvifte", tmp_path)
    assert len(sheet) == 1 + len(offers) and offers
    for row, o in zip(sheet[1:], offers, strict=True):
        assert row[0] == o["navn"] and row[1] == o["driftsherre"]
        assert row[3] == ("ukendt" if o["pladser"] is None else (o["pladser"], "General"))
    found = json.loads(_run(store, "search", "--format", "json"))
    sheet = _sheet(store, "search", tmp_path)
    hits = [(g["navn"], f) for g in found["grupper"] for f in g["fund"]]
    assert len(sheet) == 1 + len(hits) and hits
    for row, (navn, f) in zip(sheet[1:], hits, strict=True):
        shown = f["snippet"].replace("\x02", "«").replace("\x03", "»")  # the JSON's marks
        assert row[0] == navn and row[4] == f["titel"] and row[5] == shown
        assert row[1].date() == date.fromisoformat(f["dato"])
        assert row[6] == ("ja" if f["i_titel"] else "nej")


def test_xlsx_without_a_file_goes_down_the_pipe_as_a_workbook(store: str) -> None:
    result = CliRunner().invoke(cli, ["search", "--store", store, "takster", "--format",
                                      "xlsx"])
    # CliRunner's output is no terminal: the workbook goes to standard output as bytes
    assert result.exit_code == 0 and result.stdout_bytes[:2] == b"PK"
