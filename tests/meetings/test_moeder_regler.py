"""features/moeder_regler.feature: the rules of meetings, shown on a made-up meeting of a
made-up body (never the minutes' people or items), on memory, SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from socialaftale import (
    DecisionRef,
    DomainError,
    Provenance,
    Socialaftale,
    Source,
    parse_danish_date,
)
from socialaftale import meetings as m

scenarios("../../features/moeder_regler.feature")

DOCUMENT = "opdigtet-referat.txt"


class Made:
    def __init__(self, store: Socialaftale) -> None:
        self.store = store
        self.meeting_id = ""
        self.dato = date.min
        self.error: DomainError | None = None
        self.log_before: int | None = None

    def prov(self, item: str | None = None, on: date | None = None) -> Provenance:
        return Provenance(on or self.dato, Source(DOCUMENT, item),
                          DecisionRef(self.meeting_id, item) if item else None)

    def attempt(self, *commands: object) -> None:
        self.log_before = self.store.log.last_position()
        try:
            self.store.record(*commands)
        except DomainError as err:
            self.error = err


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store


@pytest.fixture
def made(store: Socialaftale) -> Made:
    return Made(store)


@given(parsers.parse('"{body}" holder møde "{meeting_id}" den "{dato}" med punkterne:'))
def meeting(made: Made, body: str, meeting_id: str, dato: str,
            datatable: list[list[str]]) -> None:
    made.meeting_id, made.dato = meeting_id, parse_danish_date(dato)
    made.store.record(
        m.ScheduleMeeting(meeting_id=meeting_id, body=body, dato=made.dato, tid="kl. 9.00",
                          sted="Opdigtet mødelokale", provenance=made.prov()),
        m.ProposeAgenda(meeting_id=meeting_id, provenance=made.prov(), punkter=tuple(
            m.Punkt(nr, titel, art) for nr, titel, art in datatable[1:])))  # type: ignore[arg-type]


@given("mødet træffer disse beslutninger:")
def decisions(made: Made, datatable: list[list[str]]) -> None:
    made.store.record(*(
        m.RecordDecision(meeting_id=made.meeting_id, punkt=nr, outcome=udfald,  # type: ignore[arg-type]
                         referat=referat, provenance=made.prov(nr))
        for nr, udfald, referat in datatable[1:]))


@when(parsers.parse('der registreres en beslutning om punkt "{nr}" på det opdigtede møde den '
                    '"{dato}"'))
def decide_item(made: Made, nr: str, dato: str) -> None:
    made.attempt(m.RecordDecision(
        meeting_id=made.meeting_id, punkt=nr, outcome="discussed", referat="Drøftet",
        provenance=made.prov(nr, on=parse_danish_date(dato))))


@when(parsers.parse('en ny dagsorden til det opdigtede møde foreslås med punktet "{titel}"'))
def propose_again(made: Made, titel: str) -> None:
    made.attempt(m.ProposeAgenda(meeting_id=made.meeting_id, provenance=made.prov(),
                                 punkter=(m.Punkt("1", titel),)))


@when(parsers.parse('det opdigtede mødes dagsorden ændres med punktet "{nr}" "{titel}" fordi '
                    '"{grund}"'))
def amend(made: Made, nr: str, titel: str, grund: str) -> None:
    made.store.record(m.AmendAgenda(meeting_id=made.meeting_id, grund=grund,
                                    tilfoejet=(m.Punkt(nr, titel),), provenance=made.prov()))


@then(parsers.parse('afvises beslutningen med "{said}"'))
def refused(made: Made, said: str) -> None:
    assert made.error is not None and said in made.error.message, made.error


@then("er det opdigtede mødes log uændret")
def log_unchanged(made: Made) -> None:
    assert made.store.log.last_position() == made.log_before


@then(parsers.parse('står punkt "{nr}" "{titel}" sidst på det opdigtede mødes dagsorden'))
def last_item(made: Made, nr: str, titel: str) -> None:
    assert made.store.dagsorden_markdown(made.meeting_id).rstrip().endswith(f"## {nr}. {titel}")


@then(parsers.parse('finder filteret på udfaldet "{udfald}" kun det opdigtede mødes punkt "{nr}"'))
def outcome_filter(made: Made, udfald: str, nr: str) -> None:
    assert [d.punkt for d in made.store.decisions(outcome=udfald)] == [nr]


@then(parsers.parse('finder filteret på udfaldet "{udfald}" intet af det opdigtede mødes punkter'))
def outcome_filter_none(made: Made, udfald: str) -> None:
    assert made.store.decisions(outcome=udfald) == ()


@then(parsers.parse('afvises filteret på udfaldet "{udfald}" for det opdigtede møde med "{said}"'))
def outcome_filter_refused(made: Made, udfald: str, said: str) -> None:
    with pytest.raises(DomainError, match=said.replace("?", r"\?")) as err:
        made.store.decisions(outcome=udfald)
    assert err.value.rule == "udfald-ukendt" and "ikke_angivet" in err.value.message


@when(parsers.parse('det opdigtede mødes dagsorden forsøges ændret med punktet "{nr}" "{titel}" '
                    'uden grund'))
def amend_without_reason(made: Made, nr: str, titel: str) -> None:
    made.attempt(m.AmendAgenda(meeting_id=made.meeting_id, grund=" ",
                               tilfoejet=(m.Punkt(nr, titel),), provenance=made.prov()))
