"""Recording meeting records: ``load``, ``check`` and ``schema``.

``load`` records every given file in one transaction (all files or none);
``check`` validates them against the store without recording; both print each
file's outcome and, for an edited file, its differences. A record error names
the file, line and field and exits 2; a refusal by a domain rule exits 1.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NoReturn

import click

from .commands import opened, store_option
from .output import antal

_STATUS = {"ny": "ny", "uændret": "uændret (intet registreret)", "rettet": "rettet"}


def _read(paths: tuple[Path, ...]) -> list[tuple[str, bytes]]:
    """The named files' bytes: only regular files within the size limit, each once."""
    from socialaftale import RecordError, read_record_files

    try:
        files = read_record_files(paths)
    except RecordError as err:
        _fail(err)
    if not files:
        raise click.UsageError("ingen mødeoptegnelser (*.yaml) fundet")
    return files


def _report(results: Any, *, dry_run: bool, verbose: bool) -> None:
    for r in results:
        verb = "ville registrere" if dry_run else "registrerede"
        click.echo(f"{r.file}: {r.record_id} {_STATUS[r.status]}"
                   + (f" — {verb} {antal(r.events, 'hændelse', 'hændelser')}" if r.events
                      else ""))
        if r.status == "rettet" or verbose:
            for d in r.differences:
                where = f" (linje {d.line})" if d.line else ""
                click.echo(f"  {d.change}: {d.key} [{d.kind}]{where}")
                if r.status == "rettet" and d.before is not None and d.after is not None:
                    for name, before, after in d.fields():
                        click.echo(f"    {name}: {_show(before)} → {_show(after)}")


def _run(store: str, paths: tuple[Path, ...], *, dry_run: bool, grund: str | None,
         verbose: bool) -> None:
    from socialaftale import RecordError, load_records

    files = _read(paths)
    with opened(store) as s:
        try:
            results = load_records(s, files, dry_run=dry_run, grund=grund,
                                   progress=_progress() if len(files) > 1 else None)
        except RecordError as err:
            _fail(err)
        _report(results, dry_run=dry_run, verbose=verbose)


def _fail(err: Any) -> NoReturn:
    click.echo(f"Fejl: {err}", err=True)
    if err.rule:
        click.echo(f"  (regel: {err.rule}; intet er registreret)", err=True)
    sys.exit(1 if err.refused else 2)


def _progress() -> Any:
    """Progress on a terminal; nothing when stderr is piped."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        click.echo(f"\rLæser mødeoptegnelser: {done}/{total}", err=True, nl=done >= total)

    return show


def _show(value: Any) -> str:
    return "(intet)" if value is None else json.dumps(value, ensure_ascii=False)


PATHS = click.argument("paths", nargs=-1, required=True,
                       type=click.Path(path_type=Path))  # checked when read, in Danish


@click.command()
@store_option
@PATHS
@click.option("--dry-run", is_flag=True, help="Vis hvad der ville blive registreret, uden at "
              "registrere.")
@click.option("--grund", default=None, help="Grunden til en rettelse (standard: 'rettet i FIL').")
@click.option("-v", "--verbose", is_flag=True, help="Vis hver del af optegnelsen.")
def load(store: str, paths: tuple[Path, ...], dry_run: bool, grund: str | None,
         verbose: bool) -> None:
    """Registrér mødeoptegnelser (YAML-filer eller mapper) i én transaktion."""
    _run(store, paths, dry_run=dry_run, grund=grund, verbose=verbose)


@click.command()
@store_option
@PATHS
@click.option("-v", "--verbose", is_flag=True, help="Vis hver del af optegnelsen.")
@click.option("--against", "against", default=None, type=click.Path(path_type=Path),
              metavar="MAPPE",
              help="Kontrollér også, at alt, hvad optegnelserne gengiver som referatets ord, "
                   "står ordret i kildedokumenterne i MAPPE (navn og SHA-256).")
def check(store: str, paths: tuple[Path, ...], verbose: bool, against: Path | None) -> None:
    """Kontrollér mødeoptegnelser mod lageret uden at registrere noget."""
    if against is not None:
        _verbatim(_read(paths), _sources(against))
    _run(store, paths, dry_run=True, grund=None, verbose=verbose)


#: A source document may be far larger than a record (a year's minutes as text).
_SOURCE_LIMIT = 50 * 1024 * 1024


def _sources(folder: Path) -> Mapping[str, Any]:
    """Every regular file directly in ``folder``, by name (the name a record's kilde gives),
    each read only when a record cites it: a PDF through ``kilde_of`` (its text layer)."""
    from socialaftale import LazySources, RecordError

    if not folder.is_dir():
        _fail(RecordError("kildemappen findes ikke eller er ikke en mappe", file=str(folder),
                          line=None, rule="kildemappe-findes-ikke"))
    return LazySources({path.name: path for path in sorted(folder.iterdir())
                        if path.is_file() and not path.name.startswith(".")}, read=_kilde)


def _kilde(name: str, path: Path) -> Any:
    """One source file as the verbatim check reads it; a file that cannot be read is refused
    as a record error naming it."""
    from socialaftale import DraftError, RecordError, kilde_of, read_regular_file

    try:
        return kilde_of(name, read_regular_file(path, limit=_SOURCE_LIMIT))
    except RecordError as err:
        _fail(err)
    except DraftError as err:
        _fail(RecordError(err.message, file=str(path), line=err.line, rule=err.rule))


def _verbatim(files: list[tuple[str, bytes]], sources: Mapping[str, Any]) -> None:
    """The verbatim check of every file; every error is shown, then exit 1 if any."""
    from socialaftale import RecordError, check_verbatim

    failed = 0
    for name, data in files:
        try:
            errors = check_verbatim(data, name, sources)
        except RecordError as err:
            _fail(err)
        for error in errors:
            click.echo(f"Fejl: {error}", err=True)
            click.echo(f"  (regel: {error.rule})", err=True)
        failed += len(errors)
        if not errors:
            click.echo(f"{name}: alt gengivet som referatets ord står ordret i kilden")
    if failed:
        click.echo(f"{antal(failed, 'tekst', 'tekster')} står ikke ordret i kilden; intet er "
                   "registreret", err=True)
        sys.exit(1)


@click.command()
def schema() -> None:
    """Skriv JSON Schema for mødeoptegnelser (til editorens validering)."""
    from socialaftale import record_schema

    click.echo(json.dumps(record_schema(), ensure_ascii=False, indent=2))
