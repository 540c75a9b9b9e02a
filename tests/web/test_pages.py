"""The pages and the API on the real meeting records, as a reader and as programs use them."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from click.testing import CliRunner
from litestar.testing import TestClient

from socialaftale import Socialaftale
from socialaftale_cli.main import cli

PAGES = {
    "/tilbudsvifte?dato=2020-01-01": "Aktivitetshuset Hobro",
    "/tilbudsvifte?dato=2019-09-30&driftsherre=Vesthimmerland": "Botilbuddet Rosenvænget",
    "/tilbudsvifte?dato=2020-01-01&verden=2019-10-01": "Som verden kendte det den 1. oktober",
    "/tilbudsvifte?dato=2020-01-01&kendt=2019-10-01": "Som registret kendte det den 1. oktober",
    "/tilbud/mariagerfjord/kernen": "das-2019-10-24, punkt 8",
    "/aendringer?fra=2019-01-01&til=2020-01-01": "Botilbuddet Rosenvænget",
    "/moeder?forum=SOCDIR": "Hotel Comwell Rebild",
    "/moeder/das-2019-10-24": "Orienteringen blev taget til efterretning.",
    "/moeder/das-2019-10-24?dagsorden=true": "Dagsorden: DAS",
    "/beslutninger?soeg=taleinstituttet": "<mark>",
    "/beslutninger?organisation=Vesthimmerland": "Ind- og udmelding af tilbud",
    "/opfoelgninger?dato=2014-10-11": "notat med overordnet skitse af forskellige aftalemodeller",
    "/arbejdsgrupper?dato=2014-12-01": "Arbejdsgruppe for takstanalysen",
    "/personer/Hans Chr. Mariegaard": "Aalborg Kommune FB",
    "/budget/2012": "1.715.000 kr.",
}


@pytest.fixture
def reader(loaded: Socialaftale) -> Any:
    from socialaftale_web import create_app

    with TestClient(create_app(loaded)) as c:
        yield c


@pytest.mark.parametrize("url", sorted(PAGES))
def test_every_page_is_danish_and_says_what_the_minutes_say(reader: Any, url: str) -> None:
    r = reader.get(url)
    assert r.status_code == 200, r.text[:300]
    assert '<html lang="da">' in r.text and PAGES[url] in r.text


def test_the_tilbudsvifte_sorts_by_a_column_and_keeps_the_filters_in_the_links(
        reader: Any) -> None:
    text = reader.get("/tilbudsvifte?dato=2020-01-01&driftsherre=Mariagerfjord&sorter=pladser"
                      "&retning=ned").text
    order = [name for name in ("Aktivitetshuset Hobro", "Specialenheden", "Botilbud Kirketoften")
             if name in text]
    assert sorted(order, key=text.index) == order  # 31, 30, 27 places
    assert "driftsherre=Mariagerfjord" in text and 'aria-sort="descending"' in text


def test_a_charts_is_drawn_on_the_server_as_svg(reader: Any) -> None:
    text = reader.get("/budget/2012").text
    assert "<svg" in text and 'role="img"' in text


def test_the_api_answers_with_the_shapes_of_the_cli(reader: Any, loaded: Socialaftale) -> None:
    url = loaded.db.location.path
    for api, args in (("/api/tilbudsvifte?dato=2020-01-01",
                       ["tilbudsvifte", "--as-of", "2020-01-01"]),
                      ("/api/beslutninger?soeg=taleinstituttet",
                       ["decisions", "--search", "taleinstituttet"]),
                      ("/api/budget/2012?omkostningssted=Sekretariatet for Rammeaftaler",
                       ["budget", "2012", "--cost-centre", "Sekretariatet for Rammeaftaler"]),
                      ("/api/personer/Hilde E. Thun", ["person", "Hilde E. Thun"]),
                      ("/api/opfoelgninger?dato=2013-02-15", ["actions", "--as-of", "2013-02-15"]),
                      ("/api/personer/Hans Chr. Mariegaard", ["person", "Hans Chr. Mariegaard"])):
        out = CliRunner().invoke(cli, [*args, "--store", str(url), "--format", "json"])
        assert out.exit_code == 0, out.output
        answer = reader.get(api).json()
        if api.startswith("/api/beslutninger"):  # a page: the CLI's items, all on page 1
            assert (answer["antal"], answer["sider"]) == (len(answer["beslutninger"]), 1)
            answer = answer["beslutninger"]
        assert answer == json.loads(out.output), api


def test_an_unknown_offer_or_meeting_is_a_danish_404(reader: Any) -> None:
    r = reader.get("/api/tilbud/aalborg/findes-ikke")
    assert r.status_code == 404 and "ukendt tilbud" in r.json()["detail"]
    assert reader.get("/moeder/das-1999-01-01").status_code == 404


def test_actions_as_of_a_date_leave_out_those_assigned_later(reader: Any) -> None:
    page = reader.get("/opfoelgninger?dato=2013-02-15").text
    assert "Åbne opfølgninger pr. 15. februar 2013" in page
    assert "socdir-2013-01-17 pkt. 4" in page
    assert "31. januar 2013" in page and "2013-01-31" not in page  # deadlines in Danish
    for later in ("socdir-2013-03-18", "socdir-2014-10-10", "das-2019-10-24"):
        assert later not in page, later


@pytest.mark.parametrize(("url", "person"), [
    ("/arbejdsgrupper?dato=2013-02-01", "Hilde E. Thun"),
    ("/arbejdsgrupper?dato=2014-12-01", "Aalborg Kommune"),
    ("/moeder/socdir-2013-01-17", "Jesper Hosbond Jensen"),
    ("/moeder/das-2019-10-24", "Hans Chr. Mariegaard"),
])
def test_members_and_participants_link_to_their_page(reader: Any, url: str,
                                                       person: str) -> None:
    from urllib.parse import quote, unquote

    links = re.findall(r'href="(/personer/[^"]+)"', reader.get(url).text)
    assert f"/personer/{quote(person)}" in links
    for link in links:
        r = reader.get(unquote(link))
        assert r.status_code == 200 and unquote(link.removeprefix("/personer/")) in r.text


def test_a_chair_on_her_groups_member_list_has_the_role_once(reader: Any) -> None:
    roles = reader.get("/api/personer/Hilde E. Thun").json()["roller"]
    assert [(r["rolle"], r["hvor"]) for r in roles] == [
        ("formand", "Arbejdsgruppen under DAS-dagsordenens pkt. 5 (registrators betegnelse)")]
    page = reader.get("/personer/Hilde%20E.%20Thun").text
    assert page.count("<td>formand</td>") == 1


def test_an_unknown_person_is_a_danish_404_that_suggests_the_recorded_name(
        reader: Any) -> None:
    r = reader.get("/api/personer/Nobody")
    assert r.status_code == 404 and r.json()["detail"] == "ukendt person 'Nobody'"
    r = reader.get("/api/personer/hilde e. thun")
    assert r.status_code == 404 and "mente du Hilde E. Thun?" in r.json()["detail"]
    page = reader.get("/personer/Nobody")
    assert page.status_code == 404 and "ukendt person" in page.text
    assert '<html lang="da">' in page.text


def test_the_openapi_document_lists_every_query_of_the_cli(reader: Any) -> None:
    paths = reader.get("/schema/openapi.json").json()["paths"]
    for path in ("/api/tilbudsvifte", "/api/tilbud/{key}", "/api/aendringer", "/api/moeder",
                 "/api/moeder/{meeting_id}", "/api/beslutninger", "/api/soeg",
                 "/api/opfoelgninger", "/api/arbejdsgrupper", "/api/personer/{navn}",
                 "/api/budget/{aar}", "/api/fordeling/{aar}", "/api/optegnelser"):
        assert path in paths, path
