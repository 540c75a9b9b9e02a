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
