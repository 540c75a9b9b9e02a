"""Sub-matters on the web (issue 16): DAS 24 October 2019 item 8 ("DAS godkendte alle
anmodninger om ind- og udmeldinger bortset fra Taleinstituttet/Hjerneskadecenter
Nordjylland.", 003_dac07bbacd9158aa.txt line 988) on the decision page, the meeting page and
/api/beslutninger."""

from __future__ import annotations

from html import unescape
from typing import Any

import pytest
from litestar.testing import TestClient

from socialaftale import Socialaftale
from socialaftale_web import create_app


@pytest.fixture
def reader(loaded: Socialaftale) -> Any:
    with TestClient(create_app(loaded)) as c:
        yield c


def _item_8(decisions: list[dict[str, Any]]) -> dict[str, Any]:
    [item] = [d for d in decisions if d["meeting_id"] == "das-2019-10-24" and d["punkt"] == "8"]
    return item


def test_the_api_gives_each_matter_its_own_outcome_and_the_item_a_derived_one(
        reader: Any) -> None:
    item = _item_8(reader.get("/api/beslutninger?forum=DAS").json()["beslutninger"])
    assert (item["outcome"], item["afledt"], item["kun_sager"]) == ("mixed", True, False)
    outcomes = {s["id"]: s["outcome"] for s in item["sager"]}
    assert len(outcomes) == 9 and outcomes["ti-hcn"] == "rejected_with_reasons"
    assert sum(o == "approved" for o in outcomes.values()) == 8
    [ti] = [s for s in item["sager"] if s["id"] == "ti-hcn"]
    assert len(ti["bemaerkninger"]) == 6
    assert {f["sag"] for f in ti["fakta"]} == {"ti-hcn"}


def test_the_api_filter_godkendt_finds_the_approved_matters(reader: Any) -> None:
    item = _item_8(reader.get("/api/beslutninger?udfald=godkendt").json()["beslutninger"])
    assert item["kun_sager"] and len(item["sager"]) == 8
    assert "ti-hcn" not in {s["id"] for s in item["sager"]}


def test_the_decision_page_lists_the_matters_found(reader: Any) -> None:
    page = unescape(reader.get("/beslutninger?udfald=ikke_godkendt&forum=DAS").text)
    assert "Fundet for 1 sag under punktet" in page
    assert "Taleinstituttet/Hjerneskadecenter Nordjylland</strong> — ikke godkendt, med " \
           "begrundelser" in page
    assert "Tre kommuner har lavet formaliseret bilaterale aftaler" in page
    assert "Aktivitetshuset Hobro (§104)" not in page


def test_the_meeting_page_shows_the_matters_under_the_item(reader: Any) -> None:
    page = unescape(reader.get("/moeder/das-2019-10-24").text)
    assert "punktets udfald afledt af sagerne: blandet" in page
    assert "Aktivitetshuset Hobro (§104) (sag kernen) — godkendt" in page


def test_the_event_log_names_the_matter_that_carries_a_fact(
        reader: Any, tokens: dict[str, str]) -> None:
    from .conftest import bearer

    h = bearer(tokens["sekretariat"])
    rows: list[dict[str, Any]] = []
    while page := reader.get(
            f"/api/haendelser?antal=100&efter={rows[-1]['position'] if rows else 0}",
            headers=h).json():
        rows += page
    [closed] = [r for r in rows if r["type"] == "TilbudClosed"
                and r["data"]["effective_on"] == "2019-10-01"]  # Rosenvænget's closure
    assert closed["decision"] == {"meeting": "das-2019-10-24", "item": "8", "clause": None,
                                  "matter": "rosenvaenget"}
    page = unescape(reader.get(f"/haendelser?antal=100&efter={closed['position'] - 1}",
                               headers=h).text)
    assert "das-2019-10-24 pkt. 8, sag rosenvaenget" in page
