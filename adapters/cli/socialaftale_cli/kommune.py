""""Min kommune" on the command line: one party's offers, deadlines, requests, actions,
shares, decisions naming it and pending approvals (``socialaftale kommune NAVN``), the same
query the web page /kommuner/{id} shows."""

from __future__ import annotations

import sys
from datetime import date
from typing import Any

import click

from .commands import DATE, format_option, known_option, opened, store_option
from .forloeb import _date
from .output import cell, emit


@click.command()
@store_option
@known_option
@click.argument("navn")
@click.option("--on", "on", type=DATE, default=None,
              help="Stadet på denne dato (standard: i dag).")
@format_option
def kommune(store: str, navn: str, on: date | None, fmt: str) -> None:
    """Min kommune: en af de 11 nordjyske kommuner eller Region Nordjylland (navn eller id,
    fx "Hjørring" eller "hjoerring") med dens tilbud, frister, ind-/udmeldinger,
    opfølgninger, betalinger, beslutninger der nævner den, og afventende godkendelser."""
    from socialaftale import DomainError

    with opened(store) as s:
        try:
            o = s.kommune(navn, on=on)
        except DomainError as err:
            click.echo(f"Fejl: {err.message}", err=True)
            click.echo(f"  (regel: {err.rule})", err=True)
            sys.exit(2)
        rows: list[tuple[Any, ...]] = []
        for t in o.tilbud:
            rates = "; ".join(f"{x.ydelse}: {cell(x.beloeb)} {x.enhed}" for x in t.takster)
            rows.append(("tilbud", t.navn, f"{t.pladser if t.pladser is not None else 'ukendt'}"
                         " pladser", rates or "ingen takst registreret", t.key))
        for f in o.frister:
            rows.append(("frist", f"tilbudsvifte {f.aar}",
                         f"ind-/udmelding {_date(f.ind_udmelding)}",
                         f"takster {_date(f.takster)}", ""))
        for a in o.anmodninger:
            rows.append(("anmodning", f"{a.art} {a.aar}", a.status,
                         f"modtaget {_date(a.modtaget)}" + (" (for sent)" if a.for_sent else ""),
                         a.key))
        for x in o.opfoelgninger:
            rows.append(("opfølgning", x.leverance, x.ansvarlig or "ikke angivet",
                         ("afsluttet " + _date(x.afsluttet)) if x.afsluttet else
                         ("overskredet: " if x.overskredet else "") + x.frist_tekst,
                         f"{x.meeting_id} pkt. {x.punkt}"))
        for p in o.betaler:
            rows.append(("betaler", f"{p.omkostningssted} {p.aar}", p.andel.beloeb,
                         p.andel.metode, ""))
        for n in o.fordelingsnoegler:
            rows.append(("fordelingsnøgle", n.formaal, n.andel.beloeb if n.andel else "ukendt",
                         n.status, n.regel))
        for g in o.beslutninger:
            for fund in g.fund:
                rows.append((g.navn.lower(), fund.titel, _date(fund.dato), fund.outcome_tekst,
                             f"{fund.meeting_id} pkt. {fund.punkt}"))
        for ap in o.godkendelser:
            rows.append(("godkendelse", ap.titel, ap.raad.status_tekst,
                         f"frist {_date(ap.frist)}", f"{ap.forloeb} / {ap.runde}"))
        if fmt == "table":
            click.echo(f"{o.navn} ({o.id}) pr. {o.paa.isoformat()}")
        emit(fmt, ["Del", "Emne", "Stade", "Detalje", "Henvisning"], rows, o)
