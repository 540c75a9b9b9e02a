"""The agreement itself: the agreements of each period with their parts, and one agreement's
parties, parts, vision and fokusområder and each part's approval rounds council by council."""

from __future__ import annotations

import sys
from datetime import date
from typing import Any

import click

from socialaftale import did_you_mean

from .commands import DATE, format_option, known_option, opened, store_option
from .forloeb import _date
from .output import emit

UNKNOWN = "ikke oplyst"


def _parties(raad: tuple[str, ...]) -> str:
    if not raad:
        return UNKNOWN
    return "alle tolv" if len(raad) == 12 else ", ".join(raad)


@click.command()
@store_option
@known_option
@format_option
def agreements(store: str, fmt: str) -> None:
    """Aftalerne: Nordjysk Socialaftale (eller rammeaftalen) pr. periode med parter og dele."""

    with opened(store) as s:
        found = s.agreements()
        emit(fmt, ["Aftale", "Navn", "Periode", "Parter", "Dele", "Runder", "Kilde"],
             [(a.id, a.navn, a.periode or UNKNOWN, _parties(a.raad),
               ", ".join(d.titel for d in a.dele), sum(len(d.runder) for d in a.dele),
               f"{a.kilde} {a.kilde_sted or ''}".strip()) for a in found], found)


@click.command()
@store_option
@known_option
@click.argument("id")
@click.option("--on", "on", type=DATE, default=None,
              help="Rådenes stade på denne dato (standard: nu, alle indberetninger).")
@format_option
def agreement(store: str, id: str, on: date | None, fmt: str) -> None:
    """Én aftale: dens dele (art, navn, kilde) og hver dels godkendelsesrunder råd for råd;
    i tabellen også parterne, visionen og fokusområderne."""

    with opened(store) as s:
        found = s.agreement(id, on=on)
        if found is None:
            known = [a.id for a in s.agreements()]
            click.echo(f"Fejl: ukendt aftale '{id}'{did_you_mean(id, known)}", err=True)
            click.echo("  (regel: ukendt-aftale)", err=True)
            sys.exit(2)
        rows: list[tuple[Any, ...]] = []
        for d in found.dele:
            rows.append((d.id, d.titel, d.art, "", "", "", d.ordlyd or "",
                         f"{d.kilde} {d.kilde_sted or ''}".strip()))
            for r in d.runder:
                rows += [(d.id, d.titel, f"godkendelsesrunde {r.runde.id} (sag {r.forloeb})",
                          x.raad, x.status_tekst, f"frist {_date(r.runde.frist)}",
                          x.ordlyd or "", f"{x.kilde or ''} {x.kilde_sted or ''}".strip())
                         for x in r.runde.raad]
        if fmt == "table":
            click.echo(f"{found.navn} ({found.id}), periode {found.periode or UNKNOWN}")
            click.echo(f"Parter: {_parties(found.raad)}")
            if found.strategi is not None:
                click.echo(f"Vision: {found.strategi.vision}")
                for f in found.strategi.valgt:
                    click.echo(f"Fokusområde {f.label}: {f.titel}")
            if found.sammenfatning:
                click.echo(f"Sammenfatning (registrets): {found.sammenfatning}")
        emit(fmt, ["Del", "Navn", "Art/runde", "Råd", "Status", "Frist", "Ordlyd", "Kilde"],
             rows, found)
