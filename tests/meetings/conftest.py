"""Steps for features/meetings.feature."""

from __future__ import annotations

from datetime import date

import pytest
from pytest_bdd import given, parsers, then, when

from socialaftale import (
    DecisionRef,
    DomainError,
    Provenance,
    Socialaftale,
    Source,
    parse_danish_date,
)
from socialaftale import meetings as m

MINUTES = "003_dac07bbacd9158aa.txt"


class Ctx:
    def __init__(self, store: Socialaftale) -> None:
        self.store = store
        self.meeting_id = ""
        self.dato = date.min
        self.header: dict[str, object] = {}
        self.error: DomainError | None = None
        self.log_before = 0

    def prov(self, item: str | None = None, note: str | None = None,
             on: date | None = None) -> Provenance:
        return Provenance(on or self.dato, Source(MINUTES, item, note),
                          DecisionRef(self.meeting_id, item) if item else None)


@pytest.fixture
def ctx(store: Socialaftale) -> Ctx:
    return Ctx(store)


























@then(parsers.parse('bærer beslutningen "{meeting_id}" punkt "{nr}" faktummet "{kind}"'))
def carries(ctx: Ctx, meeting_id: str, nr: str, kind: str) -> None:
    assert [f.kind for f in ctx.store.facts_of_decision(meeting_id, nr)] == [kind]
    (d,) = ctx.store.decisions(search="taleinstituttet")
    assert [f.kind for f in d.fakta] == [kind]


@then(parsers.parse('indeholder det gengivne referat "{text}"'))
def referat_contains(ctx: Ctx, text: str) -> None:
    assert text in ctx.store.referat_markdown(ctx.meeting_id)












SOCDIR_2014 = "000_939a2e46bbe95266.txt"


def _p14(ctx: Ctx, item: str | None = None, on: date | None = None) -> Provenance:
    return Provenance(on or ctx.dato, Source(SOCDIR_2014, item),
                      DecisionRef(ctx.meeting_id, item) if item else None)


@given(parsers.parse('SOCDIR holder møde "{meeting_id}" den "{dato}" med sagsnr. "{sagsnr}"'))
def socdir_meeting(ctx: Ctx, meeting_id: str, dato: str, sagsnr: str) -> None:
    ctx.meeting_id, ctx.dato = meeting_id, parse_danish_date(dato)
    ctx.header = {"sagsnr": sagsnr}


@given(parsers.parse('på dette møde deltager "{names}" og afbud er meldt af "{away}"'))
def socdir_people(ctx: Ctx, names: str, away: str) -> None:
    notes = {"Hans Chr. Mariegaard": "deltog under punkterne 1-3"} if ctx.dato.year == 2014 else {
        "Ellen Kirk": "i stedet for Jesper Hosbond Jensen"}
    ctx.store.record(m.ScheduleMeeting(
        meeting_id=ctx.meeting_id, body="SOCDIR", dato=ctx.dato, tid="kl. 9.00-12.00",
        sted="Hjerneskadecenter Nordjylland og Taleinstituttet (Tale/sprog)",
        sagsnr=str(ctx.header["sagsnr"]),
        deltagere=tuple(m.Deltager(n.strip(), note=notes.get(n.strip()))
                        for n in names.split(",")),
        afbud=tuple(m.Deltager(n.strip()) for n in away.split(",")),
        referent=("Lone Boelt Møller",), provenance=_p14(ctx)))


@given(parsers.parse('punkterne er "{items}"'))
def socdir_items(ctx: Ctx, items: str) -> None:
    punkter = tuple(m.Punkt(*part.strip().split(" ", 1)) for part in items.split(";"))
    ctx.store.record(m.ProposeAgenda(meeting_id=ctx.meeting_id, punkter=punkter,
                                     provenance=_p14(ctx)))


#: features/meetings_socdir_2014.feature tries the rules the 10 October 2014 minutes need on a
#: made-up meeting: made-up names, places and source, never the minutes' own.
MADE_UP = "testscenarie (ikke fra referaterne)"


def _made_up(ctx: Ctx, item: str | None = None, on: date | None = None) -> Provenance:
    return Provenance(on or ctx.dato, Source(MADE_UP, item),
                      DecisionRef(ctx.meeting_id, item) if item else None)


@given(parsers.parse('et opdigtet SOCDIR-møde "{meeting_id}" den "{dato}" med sagsnr. "{sagsnr}",'
                     ' hvor "{names}" deltager og "{away}" har meldt afbud'))
def made_up_meeting(ctx: Ctx, meeting_id: str, dato: str, sagsnr: str, names: str,
                    away: str) -> None:
    ctx.meeting_id, ctx.dato = meeting_id, parse_danish_date(dato)
    ctx.store.record(m.ScheduleMeeting(
        meeting_id=meeting_id, body="SOCDIR", dato=ctx.dato, tid="kl. 9.00-12.00",
        sted="Prøvehuset, Prøvevej 1, 9999 Prøveby", sagsnr=sagsnr,
        deltagere=tuple(m.Deltager(n.strip()) for n in names.split(",")),
        afbud=tuple(m.Deltager(n.strip()) for n in away.split(",")),
        referent=(names.split(",")[0].strip(),), provenance=_made_up(ctx)))


@given(parsers.parse('det opdigtede mødes punkter er "{items}"'))
def made_up_items(ctx: Ctx, items: str) -> None:
    punkter = tuple(m.Punkt(*part.strip().split(" ", 1)) for part in items.split(";"))
    ctx.store.record(m.ProposeAgenda(meeting_id=ctx.meeting_id, punkter=punkter,
                                     provenance=_made_up(ctx)))


@given(parsers.parse('under det opdigtede mødes punkt "{nr}" skal "{owner}" til næste møde'
                     ' levere "{what}"'))
def made_up_action(ctx: Ctx, nr: str, owner: str, what: str) -> None:
    if not any(d.meeting_id == ctx.meeting_id and d.punkt == nr
               for d in ctx.store.decisions()):
        ctx.store.record(m.RecordDecision(meeting_id=ctx.meeting_id, punkt=nr,
                                          outcome="discussed", referat="Drøftet.",
                                          provenance=_made_up(ctx, nr)))
    ctx.store.record(m.AssignAction(
        meeting_id=ctx.meeting_id, punkt=nr, action_id=owner.split()[0].lower(),
        ansvarlig=owner, leverance=what, til_naeste_moede=True, provenance=_made_up(ctx, nr)))


@then(parsers.parse('har "{owner}" pr. "{dato}" en åben opfølgning med fristen "{text}"'))
def open_action(ctx: Ctx, owner: str, dato: str, text: str) -> None:
    (action,) = ctx.store.actions(parse_danish_date(dato), owner=owner)
    assert action.frist_tekst == text


@when(parsers.parse('det opdigtede næste møde "{meeting_id}" fastsættes til "{dato}"'))
def next_meeting(ctx: Ctx, meeting_id: str, dato: str) -> None:
    ctx.store.record(m.ScheduleMeeting(
        meeting_id=meeting_id, body="SOCDIR", dato=parse_danish_date(dato), tid="kl. 10-12",
        sted="Prøvehuset, Prøvevej 1, 9999 Prøveby", provenance=_made_up(ctx)))


@then(parsers.parse('er {n:d} opfølgninger overskredne den "{dato}"'))
def overdue(ctx: Ctx, n: int, dato: str) -> None:
    found = ctx.store.actions(parse_danish_date(dato))
    assert sum(a.overskredet for a in found) == n
    assert all(a.overskredet for a in found[:n])


@when(parsers.parse('"{owner}"s opfølgning på det opdigtede møde afsluttes den "{dato}"'))
def complete(ctx: Ctx, owner: str, dato: str) -> None:
    ctx.store.record(m.CompleteAction(meeting_id=ctx.meeting_id,
                                      action_id=owner.split()[0].lower(),
                                      dato=parse_danish_date(dato), provenance=_made_up(ctx)))


@then(parsers.parse('har "{navn}" deltaget i SOCDIR den "{dato}"'))
def attended(ctx: Ctx, navn: str, dato: str) -> None:
    (person,) = [p for p in ctx.store.attendance("SOCDIR") if p.navn == navn]
    assert person.moeder == (parse_danish_date(dato),)


@then(parsers.parse('står "{navn}" i deltagerlisten som "{entry}"'))
def listed_as(ctx: Ctx, navn: str, entry: str) -> None:
    (meeting,) = ctx.store.meetings(body="SOCDIR")
    assert [d for d in meeting.deltagere if d.startswith(navn)] == [entry]


@then(parsers.parse('har "{navn}" meldt afbud til SOCDIR den "{dato}"'))
def absent(ctx: Ctx, navn: str, dato: str) -> None:
    (person,) = [p for p in ctx.store.attendance("SOCDIR") if p.navn == navn]
    assert person.afbud == (parse_danish_date(dato),) and person.moeder == ()


@then(parsers.parse('indeholder HTML-referatet "{text}"'))
def html_contains(ctx: Ctx, text: str) -> None:
    """Attribute quotes are left out of the expected text (Gherkin strings hold no quotes)."""
    assert text in ctx.store.referat_html(ctx.meeting_id).replace('"', "")


@when(parsers.parse('"{owner}" får en opfølgning under det opdigtede mødes punkt "{nr}"'
                     ' uden frist'))
def action_without_deadline(ctx: Ctx, owner: str, nr: str) -> None:
    ctx.store.record(m.RecordDecision(meeting_id=ctx.meeting_id, punkt=nr, outcome="discussed",
                                      referat="Drøftet.", provenance=_made_up(ctx, nr)))
    ctx.store.record(m.AssignAction(meeting_id=ctx.meeting_id, punkt=nr, action_id="x",
                                    ansvarlig=owner, leverance="forslag",
                                    provenance=_made_up(ctx, nr)))


MINUTES_2013 = "001_06729882290ccbd8.txt"
FICTION = "testscenarie (ikke fra referaterne)"


@given(parsers.parse('et fiktivt SOCDIR-møde "{meeting_id}" den "{dato}" med punkterne "{items}"'))
def fictional_socdir_meeting(ctx: Ctx, meeting_id: str, dato: str, items: str) -> None:
    """A made-up meeting (made-up people, a test source) for the rules, not the minutes."""
    ctx.meeting_id, ctx.dato = meeting_id, parse_danish_date(dato)
    ctx.header = {"kilde": FICTION}
    prov = Provenance(ctx.dato, Source(FICTION))
    ctx.store.record(m.ScheduleMeeting(
        meeting_id=meeting_id, body="SOCDIR", dato=ctx.dato, tid="kl. 10.00-12.00",
        sted="Testvej 1, 9999 Prøveby", deltagere=(m.Deltager("Anne Testesen"),
                                                   m.Deltager("Bo Prøvesen")),
        afbud=(m.Deltager("Cecilie Eksempel"),), referent=("Bo Prøvesen",), provenance=prov))
    ctx.store.record(m.ProposeAgenda(
        meeting_id=meeting_id, punkter=tuple(m.Punkt(*part.strip().split(" ", 1))
                                             for part in items.split(";")), provenance=prov))


@when(parsers.parse('punkt "{nr}" godkender referatet fra "{earlier}"'))
def approve_minutes(ctx: Ctx, nr: str, earlier: str) -> None:
    ctx.log_before = ctx.store.log.last_position()
    try:
        ctx.store.record(m.RecordDecision(
            meeting_id=ctx.meeting_id, punkt=nr, outcome="approved", referat="Godkendt",
            godkender_referat_af=earlier,
            provenance=Provenance(ctx.dato, Source(str(ctx.header.get("kilde", MINUTES_2013)),
                                                   nr), DecisionRef(ctx.meeting_id, nr))))
        ctx.error = None
    except DomainError as err:
        ctx.error = err


@then(parsers.parse('er punkt "{nr}" "{udfald}" og godkender referatet fra "{earlier}"'))
def minutes_approved(ctx: Ctx, nr: str, udfald: str, earlier: str) -> None:
    (d,) = [d for d in ctx.store.decisions() if d.punkt == nr]
    assert (d.outcome_tekst, d.godkender_referat_af) == (udfald, earlier)


@then(parsers.parse('afvises det med "{wrong}" ikke, men med "{text}"'))
def refused_with(ctx: Ctx, wrong: str, text: str) -> None:
    assert ctx.error is not None
    assert wrong not in ctx.error.message and text in ctx.error.message


@when(parsers.parse('punkt "{nr}" besluttes som "{udfald}" med referatet "{referat}"'))
def decided(ctx: Ctx, nr: str, udfald: str, referat: str) -> None:
    ctx.store.record(m.RecordDecision(
        meeting_id=ctx.meeting_id, punkt=nr, outcome=udfald,  # type: ignore[arg-type]
        referat=referat, provenance=Provenance(
            ctx.dato, Source(str(ctx.header.get("kilde", MINUTES_2013)), nr),
            DecisionRef(ctx.meeting_id, nr))))


@then(parsers.parse('finder en søgning efter "{text}" punkt "{nr}" med udfaldet "{udfald}"'))
def found_with(ctx: Ctx, text: str, nr: str, udfald: str) -> None:
    assert [(d.punkt, d.outcome_tekst) for d in ctx.store.decisions(search=text)] == [
        (nr, udfald)]
