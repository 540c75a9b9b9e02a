"""``draft``: a draft meeting record from minutes (docs/drafting.md).

The draft is written to a file (``-o``, never over an existing one unless ``--overskriv``)
or to standard output; what the drafter inferred is listed under ``gennemsyn`` in the
draft and summed up on standard error. A PDF is read through its text layer
(socialaftale.drafting.pdf). A file that is not minutes, not UTF-8 text, or a PDF without
readable text (scanned, encrypted, damaged, over 50 MB), is refused with a Danish message
naming it (exit 2); nothing is written.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import NoReturn

import click

from .output import antal

#: Minutes as text are far smaller than this; a larger file is not minutes.
_LIMIT = 50 * 1024 * 1024


def _fail(message: str, rule: str) -> NoReturn:
    click.echo(f"Fejl: {message}", err=True)
    click.echo(f"  (regel: {rule}; intet er skrevet)", err=True)
    sys.exit(2)


def _write(out: Path, text: str, overwrite: bool) -> None:
    """``text`` to ``out`` as a whole (a temporary file renamed into place)."""
    if out.exists() and not overwrite:
        _fail(f"{out} findes allerede; brug --overskriv for at erstatte den", "fil-findes")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        _fail(f"{out}: mappen {folder} findes ikke", "mappe-findes-ikke")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{out.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, out)
    except BaseException:
        os.unlink(tmp)
        raise


def _fora(store: str) -> dict[str, str]:
    """Every name of every forum the store knows, to the name a record writes it by."""
    from socialaftale import fora_names

    from .commands import opened

    with opened(store) as s:
        return fora_names(s)


@click.command()
@click.argument("fil", type=click.Path(path_type=Path))  # checked when read, in Danish
@click.option("-o", "--output", "out", default=None, type=click.Path(path_type=Path),
              metavar="FIL", help="Skriv udkastet til FIL (ellers på standard-output).")
@click.option("--overskriv", is_flag=True, help="Erstat FIL, hvis den findes.")
@click.option("--store", default=None, metavar="URL",
              help="Et lager, hvis fora genkendes under alle deres navne (fx skrives "
                   "'Socialdirektørkredsen' som forummets kortnavn).")
def draft(fil: Path, out: Path | None, overskriv: bool, store: str | None) -> None:
    """Lav et udkast til en mødeoptegnelse fra et referat (PDF eller tekst i UTF-8).

    Udkastet holder referatets egne ord; hvad der er udledt (udfald, opfølgninger,
    ansvarlige, frister, navne), står under 'gennemsyn' og skal gennemses, før
    optegnelsen kan kontrolleres og registreres."""
    from socialaftale import (
        DraftError,
        RecordError,
        check_size,
        draft_document,
        read_regular_file,
    )

    fora = _fora(store) if store is not None else None
    try:
        if fil.is_file():
            check_size(str(fil), fil.stat().st_size)  # before anything reads it
        data = read_regular_file(fil, limit=_LIMIT)
        # a PDF through its text layer (running headers and page numbers left blank)
        result = draft_document(fil.name, data, fora=fora).draft
    except RecordError as err:
        _fail(str(err), err.rule or "fil-kan-ikke-laeses")
    except DraftError as err:
        _fail(f"{fil}: {err.message}" if err.line is None
              else f"{fil}, linje {err.line}: {err.message}", err.rule)
    if out is None:
        click.echo(result.yaml, nl=False)
    else:
        _write(out, result.yaml, overskriv)
    items = len(result.data.get("punkter", []))
    where = f" til {out}" if out is not None else ""
    click.echo(f"{fil.name}: udkast skrevet{where} — {antal(items, 'punkt', 'punkter')}, "
               f"{antal(len(result.review), 'punkt', 'punkter')} til gennemsyn", err=True)
