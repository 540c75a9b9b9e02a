"""A command whose fields are not of their declared types is refused before anything is
stored: the log would otherwise hold an event no replay can read back.

Programs embedding the library build commands themselves (the YAML records check their own
fields first); these are the mistakes such a program makes.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from socialaftale import DomainError, Provenance, Socialaftale, Source, open_store
from socialaftale import meetings as m
from socialaftale.domain.tilbudsvifte import ChangePladser, SetTakst

from .scripted import ITEM8, registrations

DAY = date(2019, 10, 24)
PROV = Provenance(DAY, Source("003_dac07bbacd9158aa.txt", "8"))
KEY = "mariagerfjord/kirketoften"


@pytest.fixture
def store() -> Any:
    with open_store("memory:", actor="test") as s:
        s.record(*registrations())
        s.record(m.ScheduleMeeting(meeting_id="das-2019-10-24", body="DAS", dato=DAY,
                                   provenance=PROV),
                 m.ProposeAgenda(meeting_id="das-2019-10-24",
                                 punkter=(m.Punkt("8", "Ind- og udmelding af tilbud"),),
                                 provenance=PROV),
                 m.RecordDecision(meeting_id="das-2019-10-24", punkt="8", outcome="approved",
                                  referat="Godkendt.", provenance=PROV))
        yield s


@pytest.mark.parametrize(("command", "field", "says"), [
    (m.RecordDecision(meeting_id="das-2019-10-24", punkt="9", outcome="godkendt",  # type: ignore[arg-type]
                      referat="Godkendt.", provenance=PROV),
     "outcome", "skal være en af: approved, approved_with_remarks"),
    (ChangePladser(key=KEY, effective_on=date(2020, 1, 1), pladser="27",  # type: ignore[arg-type]
                   provenance=ITEM8),
     "pladser", "'27' skal være et heltal"),
    (ChangePladser(key=KEY, effective_on=date(2020, 1, 1), pladser=True,
                   provenance=ITEM8),
     "pladser", "True skal være et heltal"),
    (ChangePladser(key=KEY, effective_on="2020-01-01", pladser=27,  # type: ignore[arg-type]
                   provenance=ITEM8),
     "effective_on", "'2020-01-01' skal være en dato"),
    (ChangePladser(key=KEY, effective_on=datetime(2020, 1, 1, 12), pladser=27,
                   provenance=ITEM8),
     "effective_on", "skal være en dato"),
    (SetTakst(key=KEY, aar=2020, ydelse="døgnophold", beloeb=2100.5,  # type: ignore[arg-type]
              enhed="døgn", provenance=ITEM8),
     "beloeb", "2100.5 skal være et beløb (Decimal)"),
    (SetTakst(key=KEY, aar=2020, ydelse="døgnophold", beloeb=Decimal("NaN"),
              enhed="døgn", provenance=ITEM8),
     "beloeb", "skal være et endeligt beløb"),
    (SetTakst(key=KEY, aar=2020, ydelse="døgnophold", beloeb=Decimal("2100.50"),
              enhed="nat", provenance=ITEM8),  # type: ignore[arg-type]
     "enhed", "'nat' skal være en af: døgn"),
    (ChangePladser(key=KEY, effective_on=date(2020, 1, 1), pladser=27,
                   provenance=Provenance("2019-10-24", Source("referat")),  # type: ignore[arg-type]
                   ),
     "provenance.occurred_on", "skal være en dato"),
    (m.ProposeAgenda(meeting_id="das-2019-11-01", punkter=[m.Punkt("1", "Godkendelse")],  # type: ignore[arg-type]
                     provenance=PROV),
     "punkter", "skal være en tuple"),
    (m.ProposeAgenda(meeting_id="das-2019-11-01", punkter=(m.Punkt(1, "Godkendelse"),),  # type: ignore[arg-type]
                     provenance=PROV),
     "punkter[0].nummer", "1 skal være tekst"),
])
def test_a_field_of_the_wrong_type_is_refused_by_its_path_and_nothing_is_stored(
    store: Socialaftale, command: Any, field: str, says: str
) -> None:
    before = store.log.last_position()
    with pytest.raises(DomainError) as refused:
        store.record(command)
    assert refused.value.rule == "ugyldig-vaerdi"
    assert refused.value.field == field
    assert str(refused.value).startswith(f"{type(command).__name__}.{field}: ")
    assert says in str(refused.value)
    assert store.log.last_position() == before


def test_one_bad_command_in_a_batch_refuses_the_whole_batch(store: Socialaftale) -> None:
    before = store.log.last_position()
    good = ChangePladser(key=KEY, effective_on=date(2020, 1, 1), pladser=27, provenance=ITEM8)
    bad = ChangePladser(key=KEY, effective_on=date(2021, 1, 1), pladser=-1.5,  # type: ignore[arg-type]
                        provenance=ITEM8)
    with pytest.raises(DomainError) as refused:
        store.record(good, bad)
    assert refused.value.command_index == 1
    assert store.log.last_position() == before


def test_optional_fields_may_be_left_unknown(store: Socialaftale) -> None:
    # Registered with places None: the minutes do not give Kernen's places.
    kernen = next(t for t in store.tilbudsvifte(date(2019, 6, 1))
                  if t.key == "mariagerfjord/kernen")
    assert kernen.pladser is None
