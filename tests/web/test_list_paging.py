"""/beslutninger and /moeder counted and paged by the read model (issue 23), on SQLite and
PostgreSQL: every decision and meeting on exactly one page, in the order of the whole list,
with the filters, the drafts kept from the public, the past views and a page that is not
there refused."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta
from html import unescape
from typing import Any

import pytest
from litestar.testing import TestClient

from socialaftale import Provenance, Socialaftale, Source, load_records, open_store
from socialaftale import meetings as m
from socialaftale.domain.names import meeting_id_for
from socialaftale_web import TokenStore, create_app

from .conftest import EXAMPLES, bearer

BODIES = ("Opdigtet udvalg", "Andet udvalg")
OUTCOMES = ("approved", "noted", "postponed")
START = date(2015, 1, 5)
DRAFT_AGENDA = meeting_id_for(BODIES[0], date(2031, 3, 1))
DRAFT_REFERAT = meeting_id_for(BODIES[1], date(2031, 2, 1))


def _made_up(store: Socialaftale) -> None:
    """15 days with a meeting of both made-up bodies (so a day holds two meetings and six
    decisions, ordered by log position), three items each; one announcing a planned
    meeting; one agenda a draft, one referat a draft taken in the browser."""
    commands: list[Any] = []
    for i in range(30):
        body, day = BODIES[i % 2], START + timedelta(days=40 * (i // 2))
        mid = meeting_id_for(body, day)
        p = Provenance(day, Source(f"referat {mid}"))
        commands += [
            m.ScheduleMeeting(meeting_id=mid, body=body, dato=day, sted="Rådhuset",
                              deltagere=(m.Deltager(f"Medlem {i}", "Aalborg Kommune"),),
                              provenance=p),
            m.ProposeAgenda(meeting_id=mid, punkter=tuple(
                m.Punkt(str(n), f"Punkt {n} om kapacitet {i}") for n in (1, 2, 3)),
                provenance=p)]
        commands += [m.RecordDecision(meeting_id=mid, punkt=str(n),
                                      outcome=OUTCOMES[(i + n) % 3],
                                      referat=f"Beslutning {n} på møde {i}"
                                      f"{' med Aalborg Kommune' if n == 2 else ''}.",
                                      provenance=p)
                     for n in (1, 2, 3)]
        if i == 7:
            commands.append(m.AnnounceNextMeeting(
                meeting_id=mid, punkt="3", dato=day + timedelta(days=3), provenance=p))
    store.record(*commands)
    for mid, day, udkast in ((DRAFT_AGENDA, date(2031, 3, 1), True),
                             (DRAFT_REFERAT, date(2031, 2, 1), False)):
        p = Provenance(day, Source(f"dagsorden {mid}"))
        store.record(m.ScheduleMeeting(meeting_id=mid, body=BODIES[mid == DRAFT_REFERAT],
                                       dato=day, provenance=p),
                     m.ProposeAgenda(meeting_id=mid, udkast=udkast, provenance=p,
                                     punkter=(m.Punkt("1", "Et punkt i kladde"),)))
    p = Provenance(date(2031, 2, 1), Source("referat i browseren"))
    store.record(m.OpenReferat(meeting_id=DRAFT_REFERAT, provenance=p),
                 m.RecordDecision(meeting_id=DRAFT_REFERAT, punkt="1", outcome="approved",
                                  referat="Kladde.", provenance=p))


@pytest.fixture(params=["sqlite", "postgres"])
def lists(request: pytest.FixtureRequest, store_url_factory: Any) -> Iterator[Socialaftale]:
    """The real records and the made-up meetings above, on each server store."""
    s = open_store(store_url_factory(request.param), actor="test")
    load_records(s, [(p.name, p.read_bytes()) for p in sorted(EXAMPLES.glob("*.yaml"))])
    _made_up(s)
    yield s
    s.close()


def positions(html: str) -> list[int]:
    """The decisions on a /beslutninger page, by their log position, in order."""
    return [int(p) for p in re.findall(r'<a href="/bevis/(\d+)">bevis</a>', html)]


def meeting_ids(html: str) -> list[str]:
    """The meetings on a /moeder page, in order."""
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return list(dict.fromkeys(re.findall(r'<a href="/moeder/([^"?#]+)', body)))


def walk(c: TestClient[Any], url: str, found: Any,
         headers: dict[str, str] | None = None) -> list[list[Any]]:
    """Every page of a list from ``url`` on, following its «næste» links."""
    pages: list[list[Any]] = []
    next_url: str | None = url
    while next_url:
        response = c.get(next_url, headers=headers)
        assert response.status_code == 200, response.text
        pages.append(found(response.text))
        link = re.search(r'<a rel="next" href="([^"]+)">', response.text)
        next_url = unescape(link.group(1)) if link else None
        assert len(pages) < 100
    return pages


def test_the_store_pages_decisions_as_the_whole_list_is_ordered(
        lists: Socialaftale) -> None:
    """Any offset and size gives that slice of :meth:`decisions` and its whole count."""
    every = [d.position for d in lists.decisions()]
    assert len(every) > 100
    for offset, limit in ((0, 10), (1, 10), (37, 25), (len(every) - 3, 10), (len(every), 10)):
        antal, page = lists.decision_page(offset=offset, limit=limit)
        assert antal == len(every)
        assert [d.position for d in page] == every[offset:offset + limit]
    shown = lists.decision_page(outcome="godkendt", offset=5, limit=10)[1]
    assert shown == lists.decisions(outcome="godkendt")[5:15]


def test_every_decision_is_on_exactly_one_page_in_order(lists: Socialaftale) -> None:
    public = [d.position for d in lists.decisions() if d.meeting_id != DRAFT_REFERAT]
    with TestClient(create_app(lists)) as c:
        pages = walk(c, "/beslutninger?pr_side=10", positions)
        assert [p for page in pages for p in page] == public
        assert all(len(p) == 10 for p in pages[:-1]) and 1 <= len(pages[-1]) <= 10
        assert len(pages) == -(-len(public) // 10)
        html = c.get("/beslutninger?side=3&pr_side=10").text
        assert f"{len(public)} beslutninger" in html and "Side 3 af" in html
        assert positions(c.get("/beslutninger").text) == public[:50]


def test_the_secretariat_sees_the_draft_referats_decisions_on_its_pages(
        lists: Socialaftale) -> None:
    every = [d.position for d in lists.decisions()]
    token = TokenStore(lists).create("sekretariat", label="Sekretariatet")
    with TestClient(create_app(lists)) as c:
        pages = walk(c, "/beslutninger?pr_side=10", positions, bearer(token))
        assert [p for page in pages for p in page] == every
        assert len(pages) == -(-len(every) // 10)


@pytest.mark.parametrize("query, filters", [
    ("forum=Opdigtet+udvalg", {"body": BODIES[0]}),
    ("fra=2015-06-01&til=2016-06-30", {"from_date": date(2015, 6, 1),
                                       "to_date": date(2016, 6, 30)}),
    ("udfald=udsat", {"outcome": "udsat"}),
    ("soeg=kapacitet&forum=Andet+udvalg", {"search": "kapacitet", "body": BODIES[1]}),
    ("organisation=Aalborg", {"organisation": "Aalborg"}),
])
def test_a_filter_pages_what_it_finds_and_keeps_itself_in_the_links(
        lists: Socialaftale, query: str, filters: dict[str, Any]) -> None:
    found = [d.position for d in lists.decisions(**filters) if d.meeting_id != DRAFT_REFERAT]
    assert len(found) > 10
    with TestClient(create_app(lists)) as c:
        pages = walk(c, f"/beslutninger?{query}&pr_side=10", positions)
        assert [p for page in pages for p in page] == found
        first = c.get(f"/beslutninger?{query}&pr_side=10").text
        kept = query.replace("&", "&amp;")
        assert f'rel="next" href="/beslutninger?{kept}&amp;side=2&amp;pr_side=10"' in first


def test_a_past_view_is_paged_as_it_stood(lists: Socialaftale) -> None:
    """?verden= (and ?kendt=) ask the same paged queries of the view built in memory."""
    then = lists.as_known(occurred_by=date(2016, 1, 1))
    known = [d.position for d in then.decisions()]
    assert 10 < len(known) < len(lists.decisions())
    with TestClient(create_app(lists)) as c:
        pages = walk(c, "/beslutninger?verden=2016-01-01&pr_side=10", positions)
        assert [p for page in pages for p in page] == known  # the links keep the view
        first = c.get("/beslutninger?kendt=2030-01-01&pr_side=10").text
        assert re.search(r'rel="next" href="[^"]*kendt=2030-01-01', first)
        held = walk(c, "/moeder?verden=2016-01-01&pr_side=10", meeting_ids)
        assert [i for page in held for i in page] == [x.meeting_id for x in then.meetings()]


def test_a_page_that_is_not_there_is_refused_in_danish(lists: Socialaftale) -> None:
    public = [d for d in lists.decisions() if d.meeting_id != DRAFT_REFERAT]
    last = -(-len(public) // 10)
    with TestClient(create_app(lists)) as c:
        for path in ("/beslutninger", "/moeder"):
            for side in (0, -1, last + 1, 2**70):
                response = c.get(f"{path}?side={side}&pr_side=10")
                if path == "/moeder" and 0 < side <= last:
                    continue
                assert response.status_code == 400, (path, side)
                assert f"Feltet 'side' ({side}) findes ikke: listen har side 1-" \
                    in unescape(response.text)
            assert c.get(f"{path}?pr_side=5").status_code == 400
        assert c.get(f"/beslutninger?side={last}&pr_side=10").status_code == 200
        response = c.get("/beslutninger?forum=Opdigtet+udvalg&side=9&pr_side=10")
        assert "listen har side 1-5" in unescape(response.text)


def test_every_meeting_is_on_exactly_one_page_in_order(lists: Socialaftale) -> None:
    """Held and planned meetings in one order; a draft agenda only to the secretariat."""
    every = [x.meeting_id for x in lists.meetings()]
    assert any(x.planlagt for x in lists.meetings()) and DRAFT_AGENDA in every
    public = [i for i in every if i != DRAFT_AGENDA]
    token = TokenStore(lists).create("sekretariat", label="Sekretariatet")
    with TestClient(create_app(lists)) as c:
        pages = walk(c, "/moeder?pr_side=10", meeting_ids)
        assert [i for page in pages for i in page] == public
        assert len(pages) == -(-len(public) // 10) and all(len(p) == 10 for p in pages[:-1])
        shown = walk(c, "/moeder?pr_side=10", meeting_ids, bearer(token))
        assert [i for page in shown for i in page] == every
        html = c.get("/moeder?pr_side=10").text
        assert f"({len(public)} i alt)" in html
        for name in (*BODIES, "SOCDIR"):
            assert f"<option>{name}</option>" in html
        assert "<option>2031</option>" in html and "<option>2013</option>" in html


@pytest.mark.parametrize("query, keep", [
    ("forum=Andet+udvalg", lambda x: x.body == BODIES[1]),
    ("aar=2015", lambda x: x.dato.year == 2015),
    ("forum=Opdigtet+udvalg&aar=2016", lambda x: x.body == BODIES[0] and x.dato.year == 2016),
])
def test_the_meeting_filters_page_what_they_find(lists: Socialaftale, query: str,
                                                 keep: Any) -> None:
    found = [x.meeting_id for x in lists.meetings() if keep(x) and x.meeting_id != DRAFT_AGENDA]
    assert len(found) >= 4
    with TestClient(create_app(lists)) as c:
        pages = walk(c, f"/moeder?{query}&pr_side=10", meeting_ids)
        assert [i for page in pages for i in page] == found
        if len(found) > 10:
            first = c.get(f"/moeder?{query}&pr_side=10").text
            kept = query.replace("&", "&amp;")
            assert f'rel="next" href="/moeder?{kept}&amp;side=2&amp;pr_side=10"' in first


def api_pages(c: TestClient[Any], url: str, name: str,
              headers: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Every page of an API list (``name`` its items' key), from ``side=1`` to the ``sider``
    the first page gives."""
    first = c.get(url, headers=headers)
    assert first.status_code == 200, first.text
    pages = [first.json()]
    for side in range(2, pages[0]["sider"] + 1):
        response = c.get(f"{url}&side={side}", headers=headers)
        assert response.status_code == 200, response.text
        pages.append(response.json())
    assert [p["side"] for p in pages] == list(range(1, len(pages) + 1))
    assert {(p["antal"], p["sider"]) for p in pages} == {(pages[0]["antal"], len(pages))}
    assert all(set(p) == {name, "antal", "side", "pr_side", "sider"} for p in pages)
    return pages


def _items(pages: list[dict[str, Any]], name: str, key: str) -> list[Any]:
    """The items of every page by ``key``, checked to be on exactly one page: as many as the
    count says, none twice, full pages but the last."""
    found = [x[key] for p in pages for x in p[name]]
    size = pages[0]["pr_side"]
    assert len(found) == pages[0]["antal"] == len(set(found))
    assert all(len(p[name]) == size for p in pages[:-1]) and len(pages[-1][name]) <= size
    return found


def test_the_api_pages_the_decisions_as_the_page_does(lists: Socialaftale) -> None:
    """/api/beslutninger: every public decision on exactly one page, in /beslutninger's
    order, the draft referat's only to the secretariat; 50 a page unless asked."""
    token = TokenStore(lists).create("sekretariat", label="Sekretariatet")
    with TestClient(create_app(lists)) as c:
        shown = [p for page in walk(c, "/beslutninger?pr_side=10", positions) for p in page]
        pages = api_pages(c, "/api/beslutninger?pr_side=10", "beslutninger")
        assert _items(pages, "beslutninger", "position") == shown
        assert len(pages) > 5 and pages[0]["pr_side"] == 10
        assert DRAFT_REFERAT not in {d["meeting_id"] for p in pages for d in p["beslutninger"]}
        secretariat = api_pages(c, "/api/beslutninger?pr_side=10", "beslutninger",
                                bearer(token))
        every = _items(secretariat, "beslutninger", "position")
        assert every == [d.position for d in lists.decisions()] and len(every) > len(shown)
        first = c.get("/api/beslutninger").json()
        assert (first["pr_side"], first["side"]) == (50, 1)
        assert [d["position"] for d in first["beslutninger"]] == shown[:50]
        # the items are the CLI's (socialaftale decisions --format json): to_data of each
        assert pages[1]["beslutninger"][0]["referat"] == lists.decisions()[10].referat


@pytest.mark.parametrize("query, filters", [
    ("forum=Opdigtet+udvalg", {"body": BODIES[0]}),
    ("fra=2015-06-01&til=2016-06-30", {"from_date": date(2015, 6, 1),
                                       "to_date": date(2016, 6, 30)}),
    ("udfald=udsat", {"outcome": "udsat"}),
    ("soeg=kapacitet", {"search": "kapacitet"}),  # a filter here, also alone
    ("soeg=kapacitet&forum=Andet+udvalg", {"search": "kapacitet", "body": BODIES[1]}),
    ("organisation=Aalborg", {"organisation": "Aalborg"}),
])
def test_the_api_pages_what_a_decision_filter_finds(
        lists: Socialaftale, query: str, filters: dict[str, Any]) -> None:
    found = [d.position for d in lists.decisions(**filters) if d.meeting_id != DRAFT_REFERAT]
    assert len(found) > 10
    with TestClient(create_app(lists)) as c:
        pages = api_pages(c, f"/api/beslutninger?{query}&pr_side=10", "beslutninger")
        assert _items(pages, "beslutninger", "position") == found
        if not query.startswith("soeg=kapacitet") or "&" in query:  # the page ranks soeg alone
            shown = walk(c, f"/beslutninger?{query}&pr_side=10", positions)
            assert [p for page in shown for p in page] == found


def test_the_api_pages_the_meetings_as_the_page_does(lists: Socialaftale) -> None:
    """/api/moeder: held and planned meetings in /moeder's order, each once; a draft
    agenda only to the secretariat; the filters as the page's."""
    token = TokenStore(lists).create("sekretariat", label="Sekretariatet")
    with TestClient(create_app(lists)) as c:
        shown = [i for page in walk(c, "/moeder?pr_side=10", meeting_ids) for i in page]
        pages = api_pages(c, "/api/moeder?pr_side=10", "moeder")
        assert _items(pages, "moeder", "meeting_id") == shown and len(pages) > 2
        assert DRAFT_AGENDA not in shown
        assert any(x["planlagt"] for p in pages for x in p["moeder"])
        secretariat = api_pages(c, "/api/moeder?pr_side=10", "moeder", bearer(token))
        assert _items(secretariat, "moeder", "meeting_id") == [
            x.meeting_id for x in lists.meetings()]
        for query in ("forum=Andet+udvalg", "aar=2015", "forum=Opdigtet+udvalg&aar=2016"):
            held = [i for page in walk(c, f"/moeder?{query}&pr_side=10", meeting_ids)
                    for i in page]
            found = _items(api_pages(c, f"/api/moeder?{query}&pr_side=10", "moeder"),
                           "moeder", "meeting_id")
            assert found == held and len(found) >= 4, query


def test_the_api_pages_a_past_view_as_it_stood(lists: Socialaftale) -> None:
    then = lists.as_known(occurred_by=date(2016, 1, 1))
    with TestClient(create_app(lists)) as c:
        decided = api_pages(c, "/api/beslutninger?verden=2016-01-01&pr_side=10",
                            "beslutninger")
        assert _items(decided, "beslutninger", "position") == [
            d.position for d in then.decisions()]
        held = api_pages(c, "/api/moeder?verden=2016-01-01&pr_side=10", "moeder")
        assert _items(held, "moeder", "meeting_id") == [x.meeting_id for x in then.meetings()]
        assert len(decided) > 1 and held[0]["antal"] < len(lists.meetings())


@pytest.mark.parametrize("path", ["/api/beslutninger", "/api/moeder"])
def test_an_api_page_that_is_not_there_is_refused_in_danish(lists: Socialaftale,
                                                            path: str) -> None:
    """The same 400s as /api/personer and the pages: the parameter named, its rule given."""
    head = lists.log.last_position()
    with TestClient(create_app(lists)) as c:
        last = c.get(f"{path}?pr_side=10").json()["sider"]
        assert last > 1
        for side in (0, -1, last + 1, 2**70):
            response = c.get(f"{path}?side={side}&pr_side=10")
            assert response.status_code == 400, (side, response.text)
            assert response.json()["detail"] == (
                f"Feltet 'side' ({side}) findes ikke: listen har side 1-{last} "
                "(regel: side-findes).")
        for size in (5, 201, 0):
            response = c.get(f"{path}?pr_side={size}")
            assert response.status_code == 400, (size, response.text)
            assert response.json()["detail"] == (
                f"Feltet 'pr_side' skal være et tal fra 10 til 200, ikke {size} "
                "(regel: sidestoerrelse).")
        response = c.get(f"{path}?side=to")
        assert response.status_code == 400
        assert "felt 'side'" in response.json()["detail"]
        assert "helt tal" in response.json()["detail"]
        narrow = "forum=Opdigtet+udvalg&aar=2015" if path == "/api/moeder" else "soeg=zyxw"
        response = c.get(f"{path}?{narrow}&side=2")
        assert response.status_code == 400
        assert "listen har side 1-1" in response.json()["detail"]
        empty = c.get(f"{path}?forum=Intet+organ").json()  # none found: page 1, empty
        assert (empty["antal"], empty["sider"], len(empty[path.rsplit("/", 1)[1]])) == (0, 1, 0)
        assert c.get(f"{path}?side={last}&pr_side=10").status_code == 200
    assert lists.log.last_position() == head  # nothing written


def test_the_openapi_document_describes_the_api_pages(lists: Socialaftale) -> None:
    """The paging parameters and the envelope in Danish, the same for every paged list."""
    with TestClient(create_app(lists)) as c:
        doc = c.get("/schema/openapi.json").json()
    schemas = doc["components"]["schemas"]
    for path, name, schema in (("/api/beslutninger", "beslutninger", "BeslutningSide"),
                               ("/api/moeder", "moeder", "MoedeSide"),
                               ("/api/personer", "personer", "PersonSide")):
        op = doc["paths"][path]["get"]
        params = {p["name"]: p for p in op["parameters"]}
        assert "sidenummer fra 1" in params["side"]["description"], path
        assert "10-200 (standard 50)" in params["pr_side"]["description"], path
        assert op["responses"]["200"]["content"]["application/json"]["schema"] == {
            "$ref": f"#/components/schemas/{schema}"}
        fields = schemas[schema]["properties"]
        assert set(fields) == set(schemas[schema]["required"]) == {
            name, "antal", "side", "pr_side", "sider"}
        assert fields[name]["type"] == "array" and fields["antal"]["type"] == "integer"
        assert all(f["description"] for f in fields.values()), schema
        assert "i alt" in fields["antal"]["description"]
