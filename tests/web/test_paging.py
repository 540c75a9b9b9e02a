"""``?side=``: the decision list is paged (the real records), every decision on exactly one
page, the filters kept in the links, and a page that is not there refused in Danish."""

from __future__ import annotations

import re
from html import unescape

from litestar.testing import TestClient

from socialaftale import Socialaftale
from socialaftale_web import create_app


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
