"""Cases across bodies: the cases, one case's timeline and rounds, and the councils'
approvals (``--pending``: those still awaited; ``--council``: one council)."""

from __future__ import annotations

import sys
from datetime import date
from typing import Any

import click

from socialaftale import did_you_mean

from .commands import DATE, format_option, known_option, opened, store_option
from .output import emit


def _date(value: Any) -> str:
    """A day as ISO, a partial date as the source wrote it ("juli-oktober 2020")."""
    if value is None:
        return "ikke oplyst"
    return value.isoformat() if isinstance(value, date) else str(value)


@click.command()
@store_option
@known_option
@format_option
def cases(store: str, fmt: str) -> None:
    """Sager på tværs af organer: hver sag med dens behandlinger og godkendelsesrunder."""
    with opened(store) as s:
        found = s.cases()
        emit(fmt, ["Sag", "Titel", "Periode", "Behandlinger", "Organer", "Runder",
                   "Afventer"],
             [(c.id, c.titel, c.periode or "", len(c.behandlinger),
               ", ".join(dict.fromkeys(b.organ for b in c.behandlinger)), len(c.runder),
               sum(1 for r in c.runder for x in r.raad if x.afventer))
              for c in found], found)


@click.command()
@store_option
@known_option
@click.argument("id")
@click.option("--on", "on", type=DATE, default=None,
              help="Rådenes stade på denne dato (standard: nu, alle indberetninger).")
@format_option
def case(store: str, id: str, on: date | None, fmt: str) -> None:
    """Én sag: dens forløb på tværs af organer (dato, organ, rolle, udfald, kilde) og
    hvert råds beslutning i dens godkendelsesrunder."""
    with opened(store) as s:
        found = s.case(id, on=on)
        if found is None:
            known = [c.id for c in s.cases()]
            click.echo(f"Fejl: ukendt sag '{id}'{did_you_mean(id, known)}", err=True)
            click.echo("  (regel: ukendt-forloeb)", err=True)
            sys.exit(2)
        rows: list[tuple[Any, ...]] = [
            (b.dato_tekst, b.organ, b.rolle_tekst + (" (planlagt)" if b.planlagt else ""),
             b.udfald_tekst, b.beslutning or b.ekstern or "", b.ordlyd or "",
             f"{b.kilde} {b.kilde_sted or ''}".strip())
            for b in found.behandlinger]
        for r in found.runder:
            rows += [(_date(x.dato) if x.dato else "", x.raad, f"godkendelsesrunde {r.id}",
                      x.status_tekst, f"frist {_date(r.frist)}", x.ordlyd or "",
                      f"{x.kilde or ''} {x.kilde_sted or ''}".strip())
                     for x in r.raad]
        if fmt == "table":
            click.echo(f"{found.titel} ({found.id})")
            if found.sammenfatning:
                click.echo(f"Sammenfatning (registrets): {found.sammenfatning}")
            for runde, aftale, del_id, navn in s.agreement_parts_of(found.id):
                click.echo(f"Runden {runde} godkender en del af aftalen: {navn} ({aftale}), "
                           f"del {del_id}")
        emit(fmt, ["Dato", "Organ", "Rolle", "Udfald", "Beslutning", "Ordlyd", "Kilde"],
             rows, found)


@click.command()
@store_option
@known_option
@click.option("--pending", is_flag=True, help="Kun råd, hvis beslutning stadig afventes.")
@click.option("--council", "council", default=None,
              help="Kun ét råd (en af de 11 nordjyske kommuner eller Region Nordjylland).")
@click.option("--on", "on", type=DATE, default=None,
              help="Stadet på denne dato (standard: nu).")
@format_option
def approvals(store: str, pending: bool, council: str | None, on: date | None,
              fmt: str) -> None:
    """Rådenes godkendelser: hvert råd i hver godkendelsesrunde med beslutning, dato og
    frist (overskredet, hvor fristen er gået uden registreret beslutning)."""
    from socialaftale import DomainError

    with opened(store) as s:
        try:
            found = s.approvals(pending=pending, council=council, on=on)
        except DomainError as err:  # a council not of the agreement: bad usage
            click.echo(f"Fejl: --council: {err.message}", err=True)
            click.echo(f"  (regel: {err.rule})", err=True)
            sys.exit(2)
        emit(fmt, ["Sag", "Runde", "Råd", "Status", "Dato", "Frist", "Kilde"],
             [(g.forloeb, g.runde, g.raad.raad, g.raad.status_tekst, _date(g.raad.dato)
               if g.raad.dato else "", _date(g.frist),
               f"{g.raad.kilde or ''} {g.raad.kilde_sted or ''}".strip())
              for g in found], found)
