"""``population import``: population figures from a Statistics Denmark FOLK1A CSV export.

Every figure is recorded with its source (file, table, quarter, download date, SHA-256);
a bad row refuses the whole file (exit 2), a figure already recorded without
``--rettelse`` is refused by the domain (exit 1); nothing is recorded then.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from .commands import DATE, opened, store_option


@click.group()
def population() -> None:
    """Befolkningstal til fordeling af fælles udgifter."""


@population.command("import")
@store_option
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--hentet", type=DATE, required=True,
              help="Datoen filen blev hentet fra Statistikbanken (gemmes som kilde).")
@click.option("--tabel", default="FOLK1A", show_default=True, help="Statistikbankens tabel.")
@click.option("--rettelse", is_flag=True,
              help="Tallene retter befolkningstal, der allerede er registreret.")
@click.option("--dry-run", is_flag=True, help="Læs og kontrollér filen uden at registrere.")
def import_(store: str, file: Path, hentet: date, tabel: str, rettelse: bool,
            dry_run: bool) -> None:
    """Registrér befolkningstal pr. kommune og år fra en CSV-eksport af FOLK1A
    (semikolonsepareret, UTF-8 eller Latin-1, som Statistikbanken eksporterer den)."""
    from socialaftale import Folk1aError, RecordError, read_folk1a, read_regular_file

    try:
        data = read_regular_file(file)
        found = read_folk1a(data, fil=file.name, hentet=hentet, tabel=tabel,
                            rettelse=rettelse)
    except (Folk1aError, RecordError) as err:
        click.echo(f"Fejl: {err}", err=True)
        click.echo(f"  (regel: {err.rule}; intet er registreret)", err=True)
        sys.exit(2)
    with opened(store) as s:
        if not dry_run:
            s.record(*found.commands)
    verb = "ville registrere" if dry_run else "registrerede"
    click.echo(f"{file.name}: {verb} {len(found.commands)} befolkningstal"
               f" (sha256 {found.sha256})")
    for c in found.commands:
        click.echo(f"  {c.kommune} {c.year}: {c.befolkning}")
    if found.skipped:
        click.echo(f"Ikke kommuner, ikke registreret: {', '.join(found.skipped)}")
