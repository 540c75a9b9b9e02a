"""The actions page and API on the real meetings (issue 16 point 7): an owner the minutes
do not name is "ikke angivet" on the page and null in JSON; "snarest" and a partial deadline
are shown as the minutes give them; a later decision's postponement shows in the history."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from litestar.testing import TestClient

from socialaftale import DecisionRef, PartialDate, Provenance, Socialaftale, Source
from socialaftale import meetings as m


@pytest.fixture
def reader(loaded: Socialaftale) -> Iterator[Any]:
    from socialaftale_web import create_app

    with TestClient(create_app(loaded)) as c:
        yield c


def test_an_unknown_owner_is_ikke_angivet_on_the_page_and_null_in_the_api(reader: Any) -> None:
    page = reader.get("/opfoelgninger?dato=2014-10-11").text
    assert "<em>ikke angivet</em>" in page and "ikke angivet i referatet" not in page
    assert "snarest" in page
    found = {a["action_id"]: a for a in reader.get("/api/opfoelgninger?dato=2014-10-11").json()}
    assert found["socdir-2014-10-10-8b"]["ansvarlig"] is None
    assert found["socdir-2014-10-10-4d"]["frist_tekst"] == "snarest"
    assert found["socdir-2014-10-10-4d"]["overskredet"] is False


def test_a_partial_deadline_is_shown_in_words_and_overdue_only_after_it(
        reader: Any, loaded: Socialaftale) -> None:
    # The four minutes give no action a partial deadline (Hjørring's meeting with KL
    # "ultimo januar", 001 l. 212, is a condition, not a task): an illustration.
    on = date(2013, 1, 17)
    loaded.record(m.AssignAction(
        meeting_id="socdir-2013-01-17", punkt="5", action_id="socdir-2013-01-17-x1",
        ansvarlig="Sekretariatet", leverance="eksempel med delvis frist",
        frist=PartialDate(2013, 1, "ultimo"),
        provenance=Provenance(on, Source("001_06729882290ccbd8.txt", "5"),
                              DecisionRef("socdir-2013-01-17", "5"))))

    def ultimo(day: str) -> dict[str, Any]:
        rows = reader.get(f"/api/opfoelgninger?dato={day}").json()
        found: dict[str, Any] = next(a for a in rows
                                     if a["action_id"] == "socdir-2013-01-17-x1")
        return found

    assert ultimo("2013-01-31")["frist_tekst"] == "ultimo januar 2013"
    assert not ultimo("2013-01-31")["overskredet"] and ultimo("2013-02-01")["overskredet"]
    assert "ultimo januar 2013" in reader.get("/opfoelgninger?dato=2013-01-31").text


def test_a_postponement_shows_the_old_deadline_on_the_page(
        reader: Any, loaded: Socialaftale) -> None:
    on = date(2013, 3, 18)
    loaded.record(m.PostponeAction(
        meeting_id="socdir-2013-01-17", action_id="socdir-2013-01-17-5a",
        frist=PartialDate(2013, 6), grund="afventer KL",
        provenance=Provenance(on, Source("002_19692c500b0e1c7c.txt", "4"),
                              DecisionRef("socdir-2013-03-18", "4"))))
    page = reader.get("/opfoelgninger?dato=2013-03-20").text
    assert "udsat 18. marts 2013 (socdir-2013-03-18 pkt. 4): juni 2013" in page
    assert "(før: 18. marts 2013)" in page and "afventer KL" in page
    [api] = [a for a in reader.get("/api/opfoelgninger?dato=2013-03-20").json()
             if a["action_id"] == "socdir-2013-01-17-5a"]
    assert api["historik"][0]["foer"] == "2013-03-18" and api["frist_tekst"] == "juni 2013"


def test_a_delivery_at_a_later_meeting_is_among_that_decisions_facts_on_the_page(
        reader: Any, loaded: Socialaftale) -> None:
    on = date(2013, 3, 18)
    loaded.record(m.CompleteAction(
        meeting_id="socdir-2013-01-17", action_id="socdir-2013-01-17-5a", dato=on,
        provenance=Provenance(on, Source("002_19692c500b0e1c7c.txt", "4"),
                              DecisionRef("socdir-2013-03-18", "4"))))
    page = reader.get("/beslutninger?forum=SOCDIR&fra=2013-03-18&til=2013-03-18").text
    assert ("Opfølgning socdir-2013-01-17-5a afsluttet 18. marts 2013 — forslag til "
            "kommissorium for et politisk udvalgsforum (socdir-2013-01-17)") in page
    done = [a for a in reader.get("/api/opfoelgninger?dato=2013-03-20&alle=true").json()
            if a["action_id"] == "socdir-2013-01-17-5a"]
    assert done[0]["afsluttet_ved"] == "socdir-2013-03-18 pkt. 4"
