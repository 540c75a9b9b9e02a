"""features/optegnelse_fejl.feature: a record with a slip is refused in Danish and records
nothing, on every kind of store."""

from __future__ import annotations

from typing import Any

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from socialaftale import RecordError, Socialaftale, export_events, load_record

scenarios("../../features/optegnelse_fejl.feature")

#: DAS 24 October 2019, item 8, as a record writes the line the feature quotes (offers
#: registered from takstbilag 2019; Rosenvænget closed, line 946; then the change of places).
RECORD = """\
kilde: 003_dac07bbacd9158aa.txt
moede:
  id: das-2019-10-24
  forum: DAS
  dato: 2019-10-24
grundlag:
  - dato: 2019-01-01
    kilde: takstbilag-2019.pdf
    fakta:
      - {type: RegisterTilbud, key: mariagerfjord/specialenheden, navn: Specialenheden,
         driftsherre: Mariagerfjord, lovgrundlag: "§103", pladser: 23, effective_on: 2019-01-01}
      - {type: RegisterTilbud, key: vesthimmerland/rosenvaenget, navn: Botilbuddet Rosenvænget,
         driftsherre: Vesthimmerland, effective_on: 2019-01-01}
punkter:
  - nummer: "8"
    titel: Ind- og udmelding af tilbud i nordjysk Socialaftale
    beslutning:
      udfald: godkendt
      referat: DAS godkendte alle anmodninger om ind- og udmeldinger.
      fakta:
        - {type: CloseTilbud, key: vesthimmerland/rosenvaenget, effective_on: 2019-10-01}
        - type: ChangePladser
          key: mariagerfjord/specialenheden
          effective_on: 2020-01-01
          pladser: 30
          note: datoen fremgår ikke
      opfoelgning:
        - id: das-2019-10-24-8a
          ansvarlig: Sekretariatet
          frist: uge 47
          leverance: Opdateret tilbudsvifte
"""


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store  # known at collection, so each scenario runs on every kind of store


@pytest.fixture
def ctx(store: Socialaftale) -> dict[str, Any]:
    return {"store": store}


@given(parsers.parse('et lager med mødet "{meeting}" indlæst'))
def other_meeting(ctx: dict[str, Any], meeting: str) -> None:
    text = RECORD.replace("das-2019-10-24", meeting).replace(
        "dato: 2019-10-24", f"dato: {meeting[-10:]}").replace("specialenheden", "andet").replace(
        "rosenvaenget", "andet-lukket")
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
