"""Cases across bodies on the real records (features/forloeb.feature) and their rules on a
made-up case (features/forloeb_regler.feature), on every store."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from socialaftale import (
    DomainError,
    Provenance,
    RecordError,
    Socialaftale,
    Source,
    load_records,
    parse_danish_date,
    parse_dato,
)
from socialaftale import forloeb as f

from .conftest import Ctx

scenarios("../../features/forloeb.feature", "../../features/forloeb_regler.feature")

MADE_UP = "opdigtet-referat.txt"


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store


def _case(ctx: Ctx, key: str, on: date | None = None) -> Any:
    found = ctx.store.case(key, on=on)
    assert found is not None, key
    return found


def _treatment(ctx: Ctx, key: str, behandling: str) -> Any:
    (found,) = [b for b in _case(ctx, key).behandlinger if b.id == behandling]
    return found


def _round(ctx: Ctx, key: str, runde: str, on: date | None = None) -> Any:
    (found,) = [r for r in _case(ctx, key, on).runder if r.id == runde]
    return found


def _council(ctx: Ctx, raad: str, runde: str, on: date | None = None) -> Any:
    (found,) = [x for x in _round(ctx, "opdigtet-sag", runde, on).raad if x.raad == raad]
    return found


def _prov(day: date) -> Provenance:
    return Provenance(day, Source(MADE_UP))


def _try(ctx: Ctx, *commands: Any) -> None:
    ctx.log_before = ctx.store.log.last_position() or 0
    try:
        ctx.store.record(*commands)
    except DomainError as err:
        ctx.error = err


# -- the real records ----------------------------------------------------------------------


@then(parsers.parse('har sagen "{key}" behandlingen "{behandling}": "{organ}" som "{rolle}" '
                    'med udfaldet "{udfald}" og datoen "{dato}"'))
def treatment(ctx: Ctx, key: str, behandling: str, organ: str, rolle: str, udfald: str,
              dato: str) -> None:
    b = _treatment(ctx, key, behandling)
    assert (b.organ, b.rolle_tekst, b.udfald_tekst, b.dato_tekst) == (organ, rolle, udfald,
                                                                       dato)


@then(parsers.parse('har sagen "{key}" den planlagte behandling "{behandling}": "{organ}" som '
                    '"{rolle}"'))
def planned(ctx: Ctx, key: str, behandling: str, organ: str, rolle: str) -> None:
    b = _treatment(ctx, key, behandling)
    assert (b.organ, b.rolle_tekst, b.planlagt, b.udfald) == (organ, rolle, True, None)


@then(parsers.parse('er behandlingen "{behandling}" i sagen "{key}" beslutningen "{ref}"'))
def is_decision(ctx: Ctx, behandling: str, key: str, ref: str) -> None:
    b = _treatment(ctx, key, behandling)
    assert b.beslutning == ref and b.ekstern is None
    meeting, _, rest = ref.partition(" pkt. ")
    punkt = rest.split(",")[0]
    assert ctx.decision(meeting, punkt) is not None  # the decision is in the record


@then(parsers.parse('siger behandlingen "{behandling}" i sagen "{key}" "{tekst}"'))
def says(ctx: Ctx, behandling: str, key: str, tekst: str) -> None:
    ordlyd = _treatment(ctx, key, behandling).ordlyd
    assert tekst in " ".join(ordlyd.split())


@then(parsers.parse('har behandlingen "{behandling}" i sagen "{key}" {n:d} bemærkninger, den '
                    'første "{tekst}"'))
def remarks(ctx: Ctx, behandling: str, key: str, n: int, tekst: str) -> None:
    b = _treatment(ctx, key, behandling)
    assert len(b.bemaerkninger) == n and b.bemaerkninger[0] == tekst


@then(parsers.re(r'har runden "(?P<runde>[^"]+)" i sagen "(?P<key>[^"]+)"'
                 r'(?: pr\. "(?P<dato>[^"]+)")? (?P<n>\d+) råd, alle med status '
                 r'"(?P<status>[^"]+)"'))
def all_councils(ctx: Ctx, runde: str, key: str, dato: str | None, n: str, status: str
                 ) -> None:
    found = _round(ctx, key, runde, parse_danish_date(dato) if dato else None)
    assert len(found.raad) == int(n) and {x.status for x in found.raad} == {status}


@then(parsers.parse('har runden "{runde}" i sagen "{key}" fristen "{frist}" og {n:d} råd med '
                    '"{raad}"'))
def round_deadline(ctx: Ctx, runde: str, key: str, frist: str, n: int, raad: str) -> None:
    found = _round(ctx, key, runde)
    assert str(found.frist) == frist and len(found.raad) == n
    assert raad in [x.raad for x in found.raad]


@then(parsers.parse('har runden "{runde}" i sagen "{key}" ukendt frist og {n:d} råd med '
                    '"{raad}"'))
def round_unknown_deadline(ctx: Ctx, runde: str, key: str, n: int, raad: str) -> None:
    found = _round(ctx, key, runde)
    assert found.frist is None and len(found.raad) == n
    assert raad in [x.raad for x in found.raad]


@then(parsers.parse('hører sagen "{key}" til perioden "{periode}" med de valgte fokusområder '
                    '"{labels}"'))
def period(ctx: Ctx, key: str, periode: str, labels: str) -> None:
    assert _case(ctx, key).periode == periode
    strategy = ctx.store.strategy(periode)
    assert strategy is not None
    assert ", ".join(x.label for x in strategy.valgt) == labels


@then(parsers.parse('går forløbet i sagen "{key}" i rækkefølgen "{ids}"'))
def order(ctx: Ctx, key: str, ids: str) -> None:
    dated = [b.id for b in _case(ctx, key).behandlinger if b.dato is not None]
    assert dated == ids.split(", ")


@then(parsers.parse('har sagen "{key}" ingen godkendelsesrunde'))
def no_round(ctx: Ctx, key: str) -> None:
    assert _case(ctx, key).runder == ()


@then(parsers.parse('kender registret, som verden kendte det den "{dato}", sagerne "{ids}"'))
def known_then(ctx: Ctx, dato: str, ids: str) -> None:
    view = ctx.store.as_known(occurred_by=parse_danish_date(dato))
    assert [c.id for c in view.cases()] == ids.split(", ")


@then(parsers.parse('kender registret nu sagerne "{ids}"'))
def known_now(ctx: Ctx, ids: str) -> None:
    assert [c.id for c in ctx.store.cases()] == ids.split(", ")


# -- the rules, on a made-up case ----------------------------------------------------------


@given(parsers.parse('den opdigtede sag "{key}" med godkendelsesrunden "{runde}" for '
                     'socialaftalen, sendt "{sendt}" med fristen "{frist}"'))
def made_up_case(ctx: Ctx, key: str, runde: str, sendt: str, frist: str) -> None:
    day = parse_danish_date(sendt)
    ctx.store.record(
        f.OpretForloeb(id=key, titel="Opdigtet sag", provenance=_prov(day)),
        f.AabnGodkendelsesrunde(forloeb=key, id=runde, art="socialaftale", sendt=day,
                                frist=parse_danish_date(frist), provenance=_prov(day)))


def _decision(raad: str, udfald: str, dato: str, runde: str, **extra: Any) -> Any:
    when_ = parse_dato(dato)
    return f.RegistrerRaadsbeslutning(
        forloeb="opdigtet-sag", runde=runde, raad=raad, udfald=udfald, dato=when_,
        provenance=_prov(when_ if isinstance(when_, date) else when_.latest), **extra)


@given(parsers.parse('"{raad}" er registreret med udfaldet "{udfald}" den "{dato}" i runden '
                     '"{runde}"'))
def decided(ctx: Ctx, raad: str, udfald: str, dato: str, runde: str) -> None:
    ctx.store.record(_decision(raad, udfald, dato, runde))


@when(parsers.parse('"{raad}" registreres med udfaldet "{udfald}" den "{dato}" i runden '
                    '"{runde}"'))
def deciding(ctx: Ctx, raad: str, udfald: str, dato: str, runde: str) -> None:
    _try(ctx, _decision(raad, udfald, dato, runde))


@when(parsers.parse('"{raad}" rettes til udfaldet "{udfald}" den "{dato}" fordi "{grund}"'))
def correcting(ctx: Ctx, raad: str, udfald: str, dato: str, grund: str) -> None:
    _try(ctx, _decision(raad, udfald, dato, "opdigtet-runde", retter=True, grund=grund))
    assert ctx.error is None


@when(parsers.parse('sagen "{key}" sendes til rådene i runden "{runde}" for "{art}" uden '
                    'frist'))
def round_without_deadline(ctx: Ctx, key: str, runde: str, art: str) -> None:
    _try(ctx, f.AabnGodkendelsesrunde(forloeb=key, id=runde, art=art,
                                      provenance=_prov(date(2031, 7, 1))))


@when(parsers.parse('sagen "{key}" sendes til rådene i runden "{runde}" for "{art}" med '
                    'ukendt frist'))
def round_unknown(ctx: Ctx, key: str, runde: str, art: str) -> None:
    _try(ctx, f.AabnGodkendelsesrunde(forloeb=key, id=runde, art=art, frist_ukendt=True,
                                      provenance=_prov(date(2031, 7, 1))))
    assert ctx.error is None


@when(parsers.parse('sagen "{key}" sendes til rådene i runden "{runde}" for "{art}" med '
                    'fristen "{frist}" og ukendt frist'))
def round_both(ctx: Ctx, key: str, runde: str, art: str, frist: str) -> None:
    _try(ctx, f.AabnGodkendelsesrunde(forloeb=key, id=runde, art=art, frist=parse_dato(frist),
                                      frist_ukendt=True, provenance=_prov(date(2031, 7, 1))))


@then(parsers.parse('afvises det med reglen "{rule}" i feltet "{field}" og "{text}"'))
def refused_by(ctx: Ctx, rule: str, field: str, text: str) -> None:
    assert isinstance(ctx.error, DomainError), ctx.error
    assert (ctx.error.rule, ctx.error.field) == (rule, field)
    assert text in ctx.error.message


@then(parsers.parse('har "{raad}" i runden "{runde}" status "{status}", rettet'))
def corrected(ctx: Ctx, raad: str, runde: str, status: str) -> None:
    found = _council(ctx, raad, runde)
    assert (found.status, found.rettet) == (status, True)


@then(parsers.parse('har loggen {n:d} beslutninger fra "{raad}"'))
def logged(ctx: Ctx, n: int, raad: str) -> None:
    assert len([r for r in ctx.store.events()
                if isinstance(r.event, f.RaadsbeslutningRegistreret)
                and r.event.raad == raad]) == n


@then(parsers.parse('har "{raad}" i runden "{runde}" pr. "{dato}" status "{status}"'))
def council_on(ctx: Ctx, raad: str, runde: str, dato: str, status: str) -> None:
    assert _council(ctx, raad, runde, parse_danish_date(dato)).status == status


@then(parsers.parse('afventer {n:d} råd pr. "{dato}", blandt dem "{raad}"'))
def pending(ctx: Ctx, n: int, dato: str, raad: str) -> None:
    found = ctx.store.approvals(pending=True, on=parse_danish_date(dato))
    assert len(found) == n and raad in [g.raad.raad for g in found]
    assert [g.raad.raad for g in ctx.store.approvals(
        pending=True, council=raad, on=parse_danish_date(dato))] == [raad]


_MADE_UP_RECORD = """\
forloeb: opdigtet
grundlag:
  - dato: 2031-07-01
    kilde: opdigtet-referat.txt
    fakta:
      - {{type: OpretForloeb, id: opdigtet-fil-sag, titel: Opdigtet sag i en fil}}
      - type: AabnGodkendelsesrunde
        forloeb: opdigtet-fil-sag
        id: runde
        art: anden
        raad:
          - Aalborg
          - {raad}
"""


@when(parsers.parse('optegnelsen "{fil}" med et råd "{raad}" i en runde indlæses'))
def loading(ctx: Ctx, fil: str, raad: str) -> None:
    ctx.log_before = ctx.store.log.last_position() or 0
    try:
        load_records(ctx.store, [(fil, _MADE_UP_RECORD.format(raad=raad))])
    except RecordError as err:
        ctx.error = err  # type: ignore[assignment]


@then(parsers.parse('afvises optegnelsen med "{where}" i feltet "{field}"'))
def record_refused(ctx: Ctx, where: str, field: str) -> None:
    err = ctx.error
    assert isinstance(err, RecordError), err
    assert str(err).startswith(where) and err.field == field, str(err)
    assert err.rule == "raad-ikke-i-aftalen" and err.refused
