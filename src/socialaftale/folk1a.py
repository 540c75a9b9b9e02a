"""Population figures from a Statistics Denmark (Danmarks Statistik) FOLK1A CSV export.

StatBank's CSV (the API's ``/v1/data/FOLK1A/CSV`` and the download from
statistikbanken.dk) is semicolon separated, UTF-8 with a byte-order mark or
Latin-1 (Windows-1252), with a header row of the table's variables
(``OMRÅDE;[KØN;ALDER;CIVILSTAND;]TID;INDHOLD``); lines before the header row
are title lines. Each row becomes one ``RecordPopulation`` for a municipality
and year, with the file, the table, the quarter, the download date and the
file's SHA-256 as its source, so every figure says where it comes from. A bad
row refuses the whole file (all or nothing), naming the line and the column.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date

from attrs import frozen

from .domain.budget import RecordPopulation
from .domain.common import DomainError, Provenance, Source
from .domain.organisations import kommune

__all__ = ["Folk1aError", "Folk1aImport", "read_folk1a"]

_TOTALS = frozenset({"i alt", "tot", "ialt", "alder i alt", "køn i alt", "koen i alt"})
"""The values of KØN, ALDER and CIVILSTAND that mean "all" (text or code)."""
_AGGREGATES = ("hele landet", "region ", "landsdel ", "all denmark")
_QUARTER = re.compile(r"^(\d{4})K([1-4])$")
_CODE = re.compile(r"^\d{3}\s+")


class Folk1aError(ValueError):
    """A FOLK1A file that cannot be read; names the file, the line (1-based) and the column."""

    def __init__(self, message: str, *, file: str, line: int | None, column: str | None,
                 rule: str) -> None:
        where = f"{file}, linje {line}" if line is not None else file
        what = f" (kolonne '{column}')" if column else ""
        super().__init__(f"{where}{what}: {message}")
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.rule = rule


@frozen
class Folk1aImport:
    """What a file holds: the commands to record and the rows not about a municipality."""

    commands: tuple[RecordPopulation, ...]
    skipped: tuple[str, ...]
    sha256: str
    titel: tuple[str, ...]


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _cells(line: str) -> list[str]:
    return [c.strip().strip('"').strip() for c in line.split(";")]


def read_folk1a(data: bytes, *, fil: str, hentet: date, tabel: str = "FOLK1A",
                rettelse: bool = False) -> Folk1aImport:
    """The population commands of a FOLK1A export, or a :class:`Folk1aError`."""
    digest = hashlib.sha256(data).hexdigest()
    try:
        text = _decode(data)
    except UnicodeDecodeError:
        raise Folk1aError("filen er hverken UTF-8 eller Latin-1", file=fil, line=None,
                          column=None, rule="folk1a-tegnsaet") from None
    lines = text.splitlines()
    header_at = next((i for i, line in enumerate(lines)
                      if {"OMRÅDE", "TID", "INDHOLD"} <= {c.upper() for c in _cells(line)}),
                     None)
    if header_at is None:
        raise Folk1aError(
            "filen har ingen overskriftslinje med kolonnerne OMRÅDE, TID og INDHOLD "
            "(eksportér tabellen som CSV med semikolon fra Statistikbanken)",
            file=fil, line=1, column=None, rule="folk1a-kolonner")
    header = [c.upper() for c in _cells(lines[header_at])]
    titel = tuple(t for t in (line.strip().strip('"') for line in lines[:header_at]) if t)
    commands: list[RecordPopulation] = []
    skipped: list[str] = []
    seen: dict[tuple[str, int], int] = {}
    for n, line in enumerate(lines[header_at + 1:], start=header_at + 2):
        if not line.strip():
            continue
        cells = _cells(line)
        if len(cells) != len(header):
            raise Folk1aError(f"linjen har {len(cells)} felter; overskriften har "
                              f"{len(header)}", file=fil, line=n, column=None,
                              rule="folk1a-felter")
        row = dict(zip(header, cells, strict=True))
        for column in header:
            if column not in ("OMRÅDE", "TID", "INDHOLD") and row[column].lower() not in _TOTALS:
                raise Folk1aError(
                    f"'{row[column]}' er ikke totalen; eksportér {column} som 'I alt'",
                    file=fil, line=n, column=column, rule="folk1a-ikke-total")
        area = _CODE.sub("", row["OMRÅDE"])
        if area.lower().startswith(_AGGREGATES):
            skipped.append(area)
            continue
        try:
            name = kommune(area)
        except DomainError as err:
            raise Folk1aError(err.message, file=fil, line=n, column="OMRÅDE",
                              rule=err.rule) from None
        m = _QUARTER.match(row["TID"])
        if m is None:
            raise Folk1aError(f"'{row['TID']}' er ikke et kvartal som 2015K1",
                              file=fil, line=n, column="TID", rule="folk1a-tid")
        year, quarter = int(m.group(1)), int(m.group(2))
        if not row["INDHOLD"].isdigit():
            raise Folk1aError(f"'{row['INDHOLD']}' er ikke et befolkningstal",
                              file=fil, line=n, column="INDHOLD", rule="folk1a-tal")
        if (name, year) in seen:
            raise Folk1aError(
                f"{name} {year} står også i linje {seen[name, year]}; eksportér ét kvartal "
                "pr. år", file=fil, line=n, column="TID", rule="folk1a-dobbelt")
        seen[name, year] = n
        kilde = (f"Danmarks Statistik, {tabel} {row['TID']}; fil {fil}, hentet "
                 f"{hentet.isoformat()}, sha256 {digest}")
        commands.append(RecordPopulation(
            year=year, kommune=name, befolkning=int(row["INDHOLD"]), kilde=kilde,
            rettelse=rettelse,
            provenance=Provenance(date(year, 3 * quarter - 2, 1),
                                  Source(fil, None, f"{tabel} {row['TID']}, linje {n}"))))
    if not commands:
        raise Folk1aError("filen har ingen befolkningstal for en kommune", file=fil,
                          line=None, column=None, rule="folk1a-tom")
    return Folk1aImport(tuple(commands), tuple(skipped), digest, titel)
