"""People as identities: every spelling of a person, suggested merges, confirming or undoing
one (each an event with who, why and source), and a meeting's attendance item by item.

A merge is never made by the program: ``personer --forslag`` only suggests, and
``samme-person`` records that someone confirmed it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import click

from .commands import DATE, format_option, opened, store_option
from .output import emit


@click.command()
@store_option
@click.option("--forslag", is_flag=True,
              help="Vis foreslåede sammenfald (stavemåder, der kan være samme person).")
@format_option
def personer(store: str, forslag: bool, fmt: str) -> None:
    """Personerne med alle deres stavemåder, eller (--forslag) de sammenfald, der foreslås.

    Et forslag er kun et forslag: bekræft det med 'samme-person', afvis det med
    'ikke-samme-person'."""
    with opened(store) as s:
        if forslag:
            found = s.merge_suggestions()
            emit(fmt, ["Stavemåde", "Stavemåde", "Hvorfor foreslået"],
                 [(f.navn_a, f.navn_b, f.grund) for f in found], found)
            return
        people = s.spellings()
        emit(fmt, ["Person", "Stavemåder", "Set i møder"],
             [(navn, "; ".join(x.navn for x in spelled),
               len({f.meeting_id for x in spelled for f in x.forekomster}))
              for navn, spelled in people],
             [{"navn": navn, "stavemaader": spelled} for navn, spelled in people])


def _verdict(store: str, same: bool, navn_a: str, navn_b: str, grund: str, kilde: str,
             af: str, dato: date | None) -> None:
    from socialaftale import Provenance, Source, personer

    cls = personer.SammePerson if same else personer.IkkeSammePerson
    with opened(store) as s:
        command = cls(navn_a=navn_a, navn_b=navn_b, grund=grund,
                      provenance=Provenance(dato or date.today(), Source(kilde)))
        s.record(command, by=af)
        verb = "er samme person" if same else "er ikke samme person"
        click.echo(f"Registreret: {navn_a} og {navn_b} {verb} ({grund}; kilde {kilde}; "
                   f"af {af}).")


def _verdict_options(fn: Any) -> Any:
    for option in reversed((
        store_option,
        click.argument("navn_a"),
        click.argument("navn_b"),
        click.option("--grund", required=True, help="Hvorfor (gemmes med hændelsen)."),
        click.option("--kilde", required=True,
                     help="Hvad det bygger på (fx referatets fil eller Dok.nr.)."),
        click.option("--af", required=True, help="Hvem der bekræfter det."),
        click.option("--dato", type=DATE, default=None,
                     help="Hvornår det blev fastslået (standard: i dag)."),
    )):
        fn = option(fn)
    return fn


@click.command("samme-person")
@_verdict_options
def samme_person(store: str, navn_a: str, navn_b: str, grund: str, kilde: str, af: str,
                 dato: date | None) -> None:
    """Bekræft, at to stavemåder er samme person (registreres som en hændelse; kan
    fortrydes med 'ikke-samme-person')."""
    _verdict(store, True, navn_a, navn_b, grund, kilde, af, dato)


@click.command("ikke-samme-person")
@_verdict_options
def ikke_samme_person(store: str, navn_a: str, navn_b: str, grund: str, kilde: str, af: str,
                      dato: date | None) -> None:
    """Registrér, at to stavemåder er to personer: fortryder en bekræftelse eller afviser et
    forslag (den tidligere bekræftelse bliver stående i loggen)."""
    _verdict(store, False, navn_a, navn_b, grund, kilde, af, dato)


@click.command()
@store_option
@click.argument("meeting_id")
@click.option("--punkt", default=None, help="Kun dem, der var til stede under dette punkt.")
@format_option
def fremmoede(store: str, meeting_id: str, punkt: str | None, fmt: str) -> None:
    """Et mødes fremmøde: deltagere (stedfortrædere og hvem de repræsenterer), gæster med
    punkt og klokkeslæt, afbud og referent; med --punkt hvem der var til stede under det."""
    from socialaftale import DomainError

    with opened(store) as s:
        try:
            found = s.fremmoede(meeting_id, punkt)
        except DomainError as err:
            hint = "--punkt" if err.field == "punkt" else "MEETING_ID"
            raise click.BadParameter(err.message, param_hint=hint) from None
        emit(fmt, ["Navn", "Fremmøde", "Organisation", "Rolle", "Referatets ord"],
             [(d.navn, d.tekst, d.organisation or "", d.rolle or "", d.note or "")
              for d in found], found)
