"""Every page and API answer "as the record knew it" on a date (``?kendt=``) and "as the world
knew it" (``?verden=``), saying plainly which view is shown; the date picker in Chromium
(issue 19, audit replay)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from litestar.testing import TestClient

from audit.known import EXAMPLES, two_days
from socialaftale import Socialaftale, open_store
from socialaftale_web import TokenStore, create_app

from .browser import live_server, press, screenshot
from .conftest import bearer

DAY_ONE, DAY_TWO = "2026-11-02", "2026-11-03"


@pytest.fixture
def two_day_store(store_url_factory: Callable[[str], str]) -> Iterator[Socialaftale]:
    url = store_url_factory("sqlite")
    two_days(url)
    with open_store(url, actor="test") as store:
        yield store


@pytest.fixture
def client(two_day_store: Socialaftale) -> Iterator[TestClient[Any]]:
    with TestClient(create_app(two_day_store)) as c:
        yield c


def _places(client: TestClient[Any], query: str) -> Any:
    r = client.get(f"/api/tilbudsvifte?dato=2020-01-02{query}")
    assert r.status_code == 200, r.text
    [offer] = [o for o in r.json() if o["key"] == "mariagerfjord/kirketoften"]
    return offer["pladser"]


def test_the_api_answers_as_the_record_knew_it_on_each_day(client: TestClient[Any]) -> None:
    assert _places(client, f"&kendt={DAY_ONE}") == 26
    assert _places(client, f"&kendt={DAY_TWO}") == 27 == _places(client, "")
    meetings = {day: [m["meeting_id"] for m in client.get(f"/api/moeder?kendt={day}").json()[
        "moeder"]] for day in (DAY_ONE, DAY_TWO)}
    # held meetings and those their "Næste møde" items planned
    assert meetings[DAY_ONE] == ["socdir-2013-01-17", "das-2019-10-24", "das-2020-01-13"]
    assert len(meetings[DAY_TWO]) == 7
    found = client.get("/api/beslutninger?soeg=uden bemaerkninger&kendt=" + DAY_ONE).json()
    assert [d["punkt"] for d in found["beslutninger"]] == ["2"] and found["antal"] == 1
    now = client.get("/api/beslutninger?soeg=uden bemaerkninger").json()
    assert (now["beslutninger"], now["antal"]) == ([], 0)
    world = client.get("/api/moeder?verden=2013-12-31").json()["moeder"]
    # socdir-2013-06-03 is planned by the 18 March meeting's "Næste møde" item
    assert [m["meeting_id"] for m in world] == ["socdir-2013-01-17", "socdir-2013-03-18",
                                                "socdir-2013-06-03"]


def test_every_api_operation_that_reads_the_store_documents_kendt(
        client: TestClient[Any]) -> None:
    paths = client.get("/schema/openapi.json").json()["paths"]
    for path in ("/api/tilbudsvifte", "/api/moeder", "/api/beslutninger", "/api/opfoelgninger",
                 "/api/arbejdsgrupper", "/api/budget/{aar}", "/api/fordelingsnoegler"):
        names = {p["name"] for p in paths[path]["get"].get("parameters", [])}
        assert {"kendt", "verden"} <= names, path


def test_a_page_says_plainly_which_view_it_shows(client: TestClient[Any]) -> None:
    then = client.get(f"/moeder/das-2019-10-24?kendt={DAY_ONE}").text
    assert "Som registret kendte det den 2. november 2026." in then
    assert "senere rettelser og tilføjelser er ikke med" in then
    assert "mødelokale 3" in then and "mødelokale 2" not in then
    assert 'href="/moeder/das-2019-10-24">Vis registret, som det er nu</a>' in then
    now = client.get("/moeder/das-2019-10-24").text
    assert "mødelokale 2" in now and "Som registret kendte det den 2" not in now
    world = client.get("/moeder?verden=2013-12-31").text
    assert "Som verden kendte det den 31. december 2013." in world


def test_a_kendt_that_is_no_date_is_a_danish_400(client: TestClient[Any]) -> None:
    r = client.get("/api/moeder?kendt=2026-02-31")
    assert r.status_code == 400
    assert "felt 'kendt'" in r.json()["detail"] and "ÅÅÅÅ-MM-DD" in r.json()["detail"]
    page = client.get("/moeder?kendt=i-går")
    assert page.status_code == 400 and "felt 'kendt'" in html.unescape(page.text)


def test_nothing_is_recorded_into_a_view(two_day_store: Socialaftale,
                                         client: TestClient[Any]) -> None:
    token = TokenStore(two_day_store).create("sekretariat", label="Sekretariatet")
    head = two_day_store.log.last_position()
    das = (EXAMPLES / "socdir-2013-03-18.yaml").read_text(encoding="utf-8")
    r = client.post(f"/api/optegnelser?kendt={DAY_ONE}", headers=bearer(token),
                    json={"fil": "ny.yaml", "indhold": das.replace("socdir-2013-03-18",
                                                                   "socdir-2013-03-19")})
    assert r.status_code == 400, r.text
    assert "kan ikke registreres" in r.json()["detail"] and "Intet er gemt" in r.json()["detail"]
    assert two_day_store.log.last_position() == head


def test_the_date_picker_shows_the_record_as_it_stood_and_back(
        page: Any, two_day_store: Socialaftale) -> None:
    with live_server(create_app(two_day_store)) as site:
        page.goto(site + "/moeder/das-2019-10-24")
        assert "mødelokale 2" in page.locator("main").inner_text()
        page.get_by_label("Som registret kendte det den").fill(DAY_ONE)
        press(page, "Gå til datoen")
        assert f"kendt={DAY_ONE}" in page.url
        notice = page.get_by_role("status")
        assert notice.inner_text().startswith("Som registret kendte det den 2. november 2026.")
        text = page.locator("main").inner_text()
        assert "mødelokale 3" in text and "mødelokale 2" not in text
        screenshot(page, "moede-som-registret-kendte-det")
        with page.expect_navigation():
            notice.get_by_role("link", name="Vis registret, som det er nu").click()
        assert "kendt=" not in page.url
        assert page.get_by_role("status").count() == 0
        assert "mødelokale 2" in page.locator("main").inner_text()


#: The list pages whose links lead to every detail page of a read model.
_LISTS = ("/moeder", "/personer", "/tilbudsvifte?dato=2020-01-02", "/forloeb", "/kommuner",
          "/fora", "/arbejdsgrupper?dato=2014-12-01", "/beslutninger", "/opfoelgninger",
          "/fordeling/2020", "/budget/2020")
_DETAIL = re.compile(r'href="(/(?:moeder|personer|tilbud|forloeb|kommuner|fora|arbejdsgrupper'
                     r'|fordeling/noegle)/[^"?#]+)"')


def _details(client: TestClient[Any], view: str) -> set[str]:
    """The detail pages the list pages link to, in a view (``kendt=…``) or now ("")."""
    found: set[str] = set()
    for page in _LISTS:
        sep = "&" if "?" in page else "?"
        text = client.get(page + (sep + view if view else "")).text
        found |= {html.unescape(m) for m in _DETAIL.findall(text)}
    return found


@pytest.mark.parametrize(("view", "notice"), [
    (f"kendt={DAY_ONE}", "Som registret kendte det den 2. november 2026."),
    ("verden=2013-12-31", "Som verden kendte det den 31. december 2013."),
])
def test_a_page_of_what_did_not_exist_yet_in_the_view_is_a_404_that_names_the_view(
        client: TestClient[Any], view: str, notice: str) -> None:
    """Every detail page the record links to now but not in the past view answers 404 there,
    saying which view is shown and linking to the page as the record is now."""
    later = sorted(_details(client, "") - _details(client, view))
    kinds = {path.split("/")[1] for path in later}
    assert {"moeder", "personer"} <= kinds, later
    for path in later:
        assert client.get(path).status_code == 200, path
        r = client.get(f"{path}?{view}")
        assert r.status_code == 404, path
        text = html.unescape(r.text)
        assert notice in text, path
        assert "findes ikke i denne visning" in text, path
        assert f'href="{path}">Vis registret, som det er nu</a>' in text, path
    assert "Som registret kendte" not in html.unescape(client.get("/moeder/ukendt").text)
