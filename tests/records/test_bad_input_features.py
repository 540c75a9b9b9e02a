"""features/optegnelse_fejl.feature: a record with a slip is refused in Danish and records
nothing, on every kind of store."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from socialaftale import RecordError, Socialaftale, export_events, load_record

scenarios("../../features/optegnelse_fejl.feature")

#: A made-up record (made-up source, meeting, offers and follow-up; never the minutes' words):
#: offers registered from a made-up takstbilag, one closed, then a change of places.
RECORD = """\
kilde: opdigtet-referat.txt
moede:
  id: das-2031-10-24
  forum: DAS
  dato: 2031-10-24
grundlag:
  - dato: 2031-01-01
    kilde: opdigtet-takstbilag.pdf
    fakta:
      - {type: RegisterTilbud, key: laesoe/fiktivhjemmet, navn: Fiktivhjemmet,
         driftsherre: Læsø, lovgrundlag: "§103", pladser: 23, effective_on: 2031-01-01}
      - {type: RegisterTilbud, key: morsoe/proevehuset, navn: Prøvehuset,
         driftsherre: Morsø, effective_on: 2031-01-01}
punkter:
  - nummer: "8"
    titel: Opdigtet ind- og udmelding af tilbud
    beslutning:
      udfald: godkendt
      referat: Det opdigtede råd godkendte alle anmodninger.
      fakta:
        - {type: CloseTilbud, key: morsoe/proevehuset, effective_on: 2031-10-01}
        - type: ChangePladser
          key: laesoe/fiktivhjemmet
          effective_on: 2032-01-01
          pladser: 30
          note: opdigtet
      opfoelgning:
        - id: das-2031-10-24-8a
          ansvarlig: Opdigtet Sekretariat
          frist: uge 47
          leverance: Opdigtet leverance
"""


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store  # known at collection, so each scenario runs on every kind of store


@pytest.fixture
def ctx(store: Socialaftale) -> dict[str, Any]:
    return {"store": store}


@given(parsers.parse('et lager med mødet "{meeting}" indlæst'))
def other_meeting(ctx: dict[str, Any], meeting: str) -> None:
    text = RECORD.replace("das-2031-10-24", meeting).replace(
        "dato: 2031-10-24", f"dato: {meeting[-10:]}").replace("fiktivhjemmet", "andet").replace(
        "proevehuset", "andet-lukket")
    load_record(ctx["store"], text, "andet.yaml")
    ctx["before"] = list(export_events(ctx["store"]))


@when(parsers.parse('optegnelsen "{file}" indlæses med "{written}" skrevet som "{slip}"'))
def load_with_slip(ctx: dict[str, Any], file: str, written: str, slip: str) -> None:
    assert RECORD.count(written) == 1
    with pytest.raises(RecordError) as caught:
        load_record(ctx["store"], RECORD.replace(written, slip), file)
    ctx["error"] = caught.value


@then(parsers.parse('afvises optegnelsen i linje {line:d} med reglen "{rule}"'))
def refused_at(ctx: dict[str, Any], line: int, rule: str) -> None:
    err = ctx["error"]
    assert (err.file, err.line, err.rule) == ("das.yaml", line, rule)
    assert str(err).startswith(f"das.yaml, linje {line}")


@then(parsers.parse('fejlen står i feltet "{field}"'))
def in_field(ctx: dict[str, Any], field: str) -> None:
    assert ctx["error"].field == field


@then(parsers.parse('beskeden siger "{text}"'))
def says(ctx: dict[str, Any], text: str) -> None:
    assert text in ctx["error"].message


@then("lageret er som før")
def unchanged(ctx: dict[str, Any]) -> None:
    assert list(export_events(ctx["store"])) == ctx["before"]
