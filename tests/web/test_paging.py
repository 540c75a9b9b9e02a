"""``?side=``: the decision list is paged (the real records), every decision on exactly one
page, the filters kept in the links, and a page that is not there refused in Danish."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from html import unescape
from typing import Any
from urllib.parse import quote, unquote

import pytest
from litestar.testing import TestClient

from socialaftale import (
    DecisionRef,
    Provenance,
    Socialaftale,
    Source,
    load_records,
    open_store,
    personer,
)
from socialaftale.domain import tilbudsvifte as tv
from socialaftale_web import create_app

from .conftest import EXAMPLES


def titles(html: str) -> list[str]:
    return re.findall(r'<article class="punkt">\s*<h2><a href="([^"]+)"', html)


def test_the_decision_list_is_paged_and_every_decision_is_on_one_page(
        loaded: Socialaftale) -> None:
    with TestClient(create_app(loaded)) as c:
        whole = titles(c.get("/beslutninger?pr_side=200").text)
        assert len(whole) > 20
        pages, links = [], []
        url: str | None = "/beslutninger?pr_side=10"
        while url:
            html = c.get(url).text
            assert f"{len(whole)} beslutninger" in html
            pages.append(titles(html))
            found = re.search(r'<a rel="next" href="([^"]+)">', html)
            url = unescape(found.group(1)) if found else None
            links.append(url)
        assert all(len(p) == 10 for p in pages[:-1]) and 1 <= len(pages[-1]) <= 10
        assert [t for p in pages for t in p] == whole
        assert len(pages) == -(-len(whole) // 10)
        assert links[0] == "/beslutninger?side=2&pr_side=10"


def test_the_filters_are_kept_on_the_other_pages(loaded: Socialaftale) -> None:
    with TestClient(create_app(loaded)) as c:
        every = titles(c.get("/beslutninger?forum=SOCDIR&pr_side=200").text)
        assert len(every) > 10 and all("/socdir-" in t for t in every)
        html = c.get("/beslutninger?forum=SOCDIR&pr_side=10").text
        assert 'rel="next" href="/beslutninger?forum=SOCDIR&amp;side=2&amp;pr_side=10"' in html
        second = titles(c.get("/beslutninger?forum=SOCDIR&side=2&pr_side=10").text)
        assert second == every[10:20]


def test_a_page_that_is_not_there_is_refused_in_danish(loaded: Socialaftale) -> None:
    with TestClient(create_app(loaded)) as c:
        response = c.get("/beslutninger?side=99")
        assert response.status_code == 400
        assert "Feltet 'side' (99) findes ikke: listen har side 1-" in unescape(response.text)
        response = c.get("/beslutninger?pr_side=5")
        assert response.status_code == 400
        assert "Feltet 'pr_side' skal være et tal fra 10 til 200" in unescape(response.text)


def test_the_first_page_is_the_default_and_holds_at_most_fifty(loaded: Socialaftale) -> None:
    with TestClient(create_app(loaded)) as c:
        assert len(titles(c.get("/beslutninger").text)) <= 50
        assert titles(c.get("/beslutninger").text) == titles(c.get("/beslutninger?side=1").text)


def rows(html: str) -> list[str]:
    """The follow-up table's rows (their text), in order."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [re.sub(r"<[^>]+>", "", r) for r in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)]


def test_the_follow_up_list_is_paged_with_its_filters_kept(loaded: Socialaftale) -> None:
    with TestClient(create_app(loaded)) as c:
        every = rows(c.get("/opfoelgninger?alle=true&dato=2026-01-01&pr_side=200").text)
        assert len(every) > 10
        first = c.get("/opfoelgninger?alle=true&dato=2026-01-01&pr_side=10").text
        assert rows(first) == every[:10]
        assert f"Side 1 af {-(-len(every) // 10)} ({len(every)} i alt)" in first
        found = re.search(r'<a rel="next" href="([^"]+)">', first)
        assert found is not None
        nxt = unescape(found.group(1))
        assert nxt == "/opfoelgninger?alle=true&dato=2026-01-01&side=2&pr_side=10"
        assert rows(c.get(nxt).text) == every[10:20]
        assert c.get("/opfoelgninger?side=0").status_code == 400


def test_the_meeting_list_is_paged(loaded: Socialaftale) -> None:
    """The real records' meetings fit one page: no links to others, page 2 refused."""
    with TestClient(create_app(loaded)) as c:
        every = rows(c.get("/moeder?pr_side=200").text)
        assert 4 <= len(every) <= 10
        html = c.get("/moeder?forum=SOCDIR&pr_side=10").text
        socdir = rows(c.get("/moeder?forum=SOCDIR&pr_side=200").text)
        assert rows(html) == socdir and 3 <= len(socdir) < len(every)
        assert 'rel="next"' not in html and "Side 1 af" not in html
        response = c.get("/moeder?side=2&pr_side=10")
        assert response.status_code == 400
        assert "Feltet 'side' (2) findes ikke: listen har side 1-1" in unescape(response.text)


@pytest.fixture
def wide(loaded: Socialaftale) -> Socialaftale:
    """The real records and 36 more offers in four municipalities: more than a page of ten."""
    p = Provenance(occurred_on=date(2019, 1, 1), source=Source("bilag.txt", "8"),
                   decision=DecisionRef("das-2019-10-24", "8"))
    kommuner = ["Aalborg", "Mariagerfjord", "Vesthimmerland", "Hjørring"]
    loaded.record(*(tv.RegisterTilbud(
        key=f"{kommuner[i % 4].lower().replace('ø', 'oe')}/tilbud-{i}", navn=f"Tilbud {i:02}",
        driftsherre=kommuner[i % 4], lovgrundlag=tv.parse_lovgrundlag("§107"),
        pladser=None if i % 7 == 0 else 5 + i % 9, kategori=1 + i % 3,
        effective_on=date(2019, 1, 1), provenance=p) for i in range(36)))
    return loaded


def vifte_keys(html: str) -> list[str]:
    """The offers on a tilbudsvifte page (their keys), in order."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r'<td><a href="/tilbud/([^"]+)">', body)


def test_the_tilbudsvifte_is_paged_sorted_over_all_of_it_with_the_totals_of_all(
        wide: Socialaftale) -> None:
    """Every offer on exactly one page, in the order sorted over the whole vifte, the sort
    and the date kept in the links, and the count and places of all of them shown."""
    day = "2020-01-01"
    offers = wide.tilbudsvifte(date(2020, 1, 1))
    assert len(offers) > 40
    with TestClient(create_app(wide)) as c:
        whole = vifte_keys(c.get(f"/tilbudsvifte?dato={day}&sorter=pladser&retning=ned").text)
        assert sorted(whole) == sorted(o.key for o in offers)
        pages: list[list[str]] = []
        url: str | None = f"/tilbudsvifte?dato={day}&sorter=pladser&retning=ned&pr_side=10"
        while url:
            html = unescape(c.get(url).text)
            assert f"<caption>{len(offers)} tilbud (side {len(pages) + 1} af" in html
            pages.append(vifte_keys(html))
            found = re.search(r'<a rel="next" href="([^"]+)">', html)
            url = found.group(1) if found else None
            if len(pages) == 1:
                assert url == (f"/tilbudsvifte?dato={day}&sorter=pladser&retning=ned"
                               "&side=2&pr_side=10")
        assert [k for p in pages for k in p] == whole
        assert len(pages) == -(-len(whole) // 10) and all(len(p) == 10 for p in pages[:-1])


def test_a_filtered_tilbudsvifte_counts_what_the_filter_keeps_and_keeps_it_on_other_pages(
        wide: Socialaftale) -> None:
    offers = [o for o in wide.tilbudsvifte(date(2020, 1, 1))
              if o.driftsherre == "Mariagerfjord"]
    assert len(offers) > 10
    with TestClient(create_app(wide)) as c:
        base = "/tilbudsvifte?dato=2020-01-01&driftsherre=Mariagerfjord"
        first, second = (unescape(c.get(f"{base}&pr_side=10{n}").text) for n in ("", "&side=2"))
        assert f"<caption>{len(offers)} tilbud (side 1 af" in first
        assert sorted(vifte_keys(first) + vifte_keys(second)) == sorted(o.key for o in offers)
        assert f'rel="next" href="{base}&side=2&pr_side=10"' in first
        past = unescape(c.get("/tilbudsvifte?dato=2020-01-01&kendt=2030-01-01&pr_side=10").text)
        assert re.search(r'rel="next" href="[^"]*kendt=2030-01-01', past)
        response = c.get("/tilbudsvifte?dato=2020-01-01&side=999")
        assert response.status_code == 400
        assert "Feltet 'side' (999) findes ikke" in unescape(response.text)


def test_the_tilbudsvifte_shows_a_hundred_offers_a_page_unless_asked(
        wide: Socialaftale) -> None:
    with TestClient(create_app(wide)) as c:
        html = c.get("/tilbudsvifte?dato=2020-01-01").text
        assert len(vifte_keys(html)) == len(wide.tilbudsvifte(date(2020, 1, 1))) < 100
        assert 'rel="next"' not in html
        assert c.get("/tilbudsvifte?dato=2020-01-01&pr_side=201").status_code == 400


def people(html: str) -> list[str]:
    return re.findall(r'<td><a href="/personer/([^"]+)">', html)


def test_the_people_list_is_paged_with_the_search_kept(loaded: Socialaftale) -> None:
    with TestClient(create_app(loaded)) as c:
        every = people(c.get("/personer?pr_side=200").text)
        assert len(every) > 20 and every == [quote(n) for n, _ in loaded.spellings()][:200]
        pages: list[list[str]] = []
        url: str | None = "/personer?pr_side=10"
        while url:
            html = c.get(url).text
            pages.append(people(html))
            found = re.search(r'<a rel="next" href="([^"]+)">', html)
            url = unescape(found.group(1)) if found else None
        assert [p for page in pages for p in page] == every
        assert len(people(c.get("/personer").text)) == min(len(every), 50)
        html = c.get("/personer?q=a&pr_side=10").text
        if 'rel="next"' in html:
            assert 'rel="next" href="/personer?q=a&amp;side=2&amp;pr_side=10"' in html
        assert c.get("/personer?side=999").status_code == 400


@pytest.fixture(params=["sqlite", "postgres"])
def people_store(request: pytest.FixtureRequest, store_url_factory: Any) -> Iterator[Socialaftale]:
    """The real records on each store the server runs on, two spellings confirmed as one
    person (so a person has more than one spelling and the other is no row of its own)."""
    s = open_store(store_url_factory(request.param), actor="test")
    load_records(s, [(p.name, p.read_bytes()) for p in sorted(EXAMPLES.glob("*.yaml"))])
    s.record(personer.SammePerson(
        navn_a="Alice Aagaard Hageman", navn_b="Alice Aagaard-Hagemann", grund="stavefejl",
        provenance=Provenance(date(2013, 1, 17), Source("001_06729882290ccbd8.txt"))),
        by="sekretariatet")
    yield s
    s.close()


def every_page(c: TestClient[Any], url: str) -> list[list[str]]:
    """The people of each page of a /personer list, following its «næste» links."""
    pages: list[list[str]] = []
    next_url: str | None = url
    while next_url:
        html = c.get(next_url).text
        pages.append(people(html))
        found = re.search(r'<a rel="next" href="([^"]+)">', html)
        next_url = unescape(found.group(1)) if found else None
    return pages


def test_every_person_is_on_exactly_one_page_in_the_lists_order(
        people_store: Socialaftale) -> None:
    """Each person once, named by their first spelling, in the order of those names; the
    pages of ten hold the whole list's people in its order, and the API's pages the same."""
    known = {str(r[0]) for r in people_store.db.query(
        "SELECT navn FROM person_seen UNION SELECT navn FROM ag_role"
        " UNION SELECT navn FROM person_affiliation")}
    with TestClient(create_app(people_store)) as c:
        whole = [unquote(p) for p in people(c.get("/personer?pr_side=200").text)]
        assert whole == sorted(known - {"Alice Aagaard-Hagemann"}) and len(whole) > 20
        pages = every_page(c, "/personer?pr_side=10")
        assert [unquote(p) for page in pages for p in page] == whole
        assert all(len(p) == 10 for p in pages[:-1]) and len(pages) == -(-len(whole) // 10)
        assert f"Side 2 af {len(pages)} ({len(whole)} i alt)" in c.get(
            "/personer?side=2&pr_side=10").text
        api = [c.get("/api/personer", params={"side": n, "pr_side": 10}).json()
               for n in range(1, len(pages) + 1)]
        assert [p["navn"] for page in api for p in page["personer"]] == whole
        assert {(a["antal"], a["sider"], a["pr_side"]) for a in api} == {
            (len(whole), len(pages), 10)}
        [alice] = [p for page in api for p in page["personer"]
                   if p["navn"] == "Alice Aagaard Hageman"]
        assert [s["navn"] for s in alice["stavemaader"]] == ["Alice Aagaard Hageman",
                                                            "Alice Aagaard-Hagemann"]
        assert all(s["forekomster"] for s in alice["stavemaader"])


def test_the_search_is_kept_on_every_page_and_finds_every_spelling(
        people_store: Socialaftale) -> None:
    with TestClient(create_app(people_store)) as c:
        found = [unquote(p) for p in people(c.get("/personer?q=E&pr_side=200").text)]
        everyone = [unquote(p) for p in people(c.get("/personer?pr_side=200").text)]
        assert 10 < len(found) < len(everyone)
        assert found == [n for n in everyone if "e" in n.casefold()
                         or n == "Alice Aagaard Hageman"]
        first = c.get("/personer?q=E&pr_side=10").text
        assert 'rel="next" href="/personer?q=E&amp;side=2&amp;pr_side=10"' in first
        assert f"{len(found)} personer med <q>E</q> i et navn." in first
        assert [p for page in every_page(c, "/personer?q=E&pr_side=10")
                for p in page] == [quote(n) for n in found]
        api = c.get("/api/personer", params={"q": "AAGAARD-HAGEMANN."}).json()
        assert [p["navn"] for p in api["personer"]] == ["Alice Aagaard Hageman"]
        assert (api["antal"], api["side"], api["sider"]) == (1, 1, 1)


@pytest.mark.parametrize("url", ["/personer", "/api/personer"])
def test_a_people_page_that_is_not_there_is_refused_in_danish(
        people_store: Socialaftale, url: str) -> None:
    with TestClient(create_app(people_store)) as c:
        last = c.get("/api/personer", params={"pr_side": 10}).json()["sider"]
        for side in (last + 1, 0, -1):
            response = c.get(url, params={"side": side, "pr_side": 10})
            assert response.status_code == 400, side
            assert (f"Feltet 'side' ({side}) findes ikke: listen har side 1-{last} "
                    in unescape(response.text))
        response = c.get(url, params={"q": "Zyx", "side": 2})
        assert response.status_code == 400
        assert "listen har side 1-1" in unescape(response.text)
        response = c.get(url, params={"pr_side": 201})
        assert response.status_code == 400
        assert "Feltet 'pr_side' skal være et tal fra 10 til 200" in unescape(response.text)
        assert c.get(url, params={"q": "Zyx"}).status_code == 200  # no one: page 1, empty
