"""Budget and shares open on, and offer, only the years and cost centres the record has data
for: no year or cost centre is assumed in the code (the menu once led to fixed years)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from html import unescape
from typing import Any

import pytest
from litestar.testing import TestClient

from socialaftale import Provenance, Socialaftale, Source
from socialaftale import budget as b
from socialaftale_web import create_app
from socialaftale_web.views import NAV

SEKRETARIAT = "Sekretariatet for Rammeaftaler"


@pytest.fixture
def reader(loaded: Socialaftale) -> Any:
    with TestClient(create_app(loaded)) as c:
        yield c


def picker(html: str) -> list[str]:
    found = re.search(r'<nav class="aarvaelger[^"]*"[^>]*>(.*?)</nav>', html, re.S)
    assert found, "the page has no year picker"
    return re.findall(r">(\d{4})</a>", found.group(1))


def split_2015(store: Socialaftale) -> None:
    p = Provenance(date(2014, 10, 10), Source("illustrative tal"))
    store.record(*(b.RecordPopulation(year=2015, kommune=k, befolkning=n, kilde="illustrativ",
                                      provenance=p) for k, n in (("Aalborg", 207000),
                                                                 ("Rebild", 29000))),
                 *(b.SetParticipation(cost_centre="NOPII", year=2015, kommune=k,
                                      status="deltager", provenance=p)
                   for k in ("Aalborg", "Rebild")))
    store.record(b.SplitCost(cost_centre="NOPII", year=2015, total=Decimal(100000),
                             provenance=p))


def test_the_menu_names_no_year(reader: Any) -> None:
    assert ("/budget", "Budget") in NAV and ("/fordeling", "Fordeling") in NAV
    assert not [p for p, _ in NAV if re.search(r"/\d{4}", p)]


def test_budget_opens_on_the_latest_year_with_a_budget(reader: Any) -> None:
    got = reader.get("/budget", follow_redirects=False)
    assert got.status_code == 303
    assert got.headers["location"] == (
        "/budget/2012?omkostningssted=Sekretariatet%20for%20Rammeaftaler")
    page = reader.get("/budget").text
    assert f"{SEKRETARIAT}: budget og regnskab 2012" in page
    assert picker(page) == ["2012"]  # the only year the four meetings have a budget for


def test_a_year_without_a_budget_says_so_and_offers_the_years_that_have_one(
        reader: Any) -> None:
    page = unescape(reader.get("/budget/2013").text)
    assert "Intet budget registreret for 2013." in page and picker(page) == ["2012"]
    api = reader.get("/api/budget/2013")
    assert api.status_code == 404 and "år med budget: 2012" in api.json()["detail"]
    assert reader.get("/api/budget/2012").json() == reader.get(
        "/api/budget/2012", params={"omkostningssted": SEKRETARIAT}).json()


def test_shares_offer_no_year_until_the_record_has_a_split(
        loaded: Socialaftale, reader: Any) -> None:
    page = unescape(reader.get("/fordeling").text)
    assert "Registret har ingen år med data her." in page and "/hent/fordeling" not in page
    assert reader.get("/api/fordeling/2015").json() == []
    split_2015(loaded)
    got = reader.get("/fordeling", follow_redirects=False)
    assert got.headers["location"] == "/fordeling/2015?omkostningssted=NOPII"
    page = unescape(reader.get("/fordeling/2015").text)
    assert "NOPII 2015: hvem betaler hvad" in page and picker(page) == ["2015"]
    assert [s["kommune"] for s in reader.get("/api/fordeling/2015").json()] == [
        "Aalborg", "Rebild"]
