"""The /soeg page: everything found per kind, snippets marked, paging, downloads."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from html import unescape
from typing import Any

import openpyxl
import pytest
from litestar.testing import TestClient

from socialaftale import SEARCH_HEADINGS, Provenance, Socialaftale, Source, meetings, search_rows
from socialaftale_web import create_app

from .conftest import bearer


@pytest.fixture
def web(loaded: Socialaftale) -> Iterator[TestClient[Any]]:
    with TestClient(create_app(loaded)) as c:
        yield c


def test_the_page_lists_the_hits_per_kind_with_marked_snippets(
        web: TestClient[Any], loaded: Socialaftale) -> None:
    page = web.get("/soeg", params={"soeg": "aftalemodeller"})
    assert page.status_code == 200
    found = loaded.search("aftalemodeller")
    for g in found.grupper:
        assert f"<h2>{g.navn} ({g.antal})</h2>" in page.text
    assert "<mark>aftalemodel</mark>" in page.text  # the singular, found by the plural
    assert 'href="/moeder/socdir-2014-10-10#punkt-4"' in page.text
    api = web.get("/api/soegning", params={"soeg": "aftalemodeller"}).json()
    assert [(g["art"], g["antal"]) for g in api["grupper"]] == [
        (g.art, g.antal) for g in found.grupper]


def test_paging_and_filters_come_from_the_form(web: TestClient[Any],
                                               loaded: Socialaftale) -> None:
    first = web.get("/soeg", params={"soeg": "kommune"}).text
    second = web.get("/soeg", params={"soeg": "kommune", "side": "2"}).text
    assert 'href="/soeg?soeg=kommune&amp;orden=rang&amp;side=2"' in first  # > 20 people
    expected = loaded.search("kommune", side=2)
    shown = [f.titel for g in expected.grupper for f in g.fund]
    assert shown and all(t in second and t not in first for t in shown)
    das = web.get("/soeg", params={"soeg": "kommune", "forum": "DAS"}).text
    for g in loaded.search("kommune", body="DAS").grupper:
        assert f"<h2>{g.navn} ({g.antal})</h2>" in das
    bad = web.get("/soeg", params={"soeg": "x", "art": "referat"})
    assert bad.status_code == 400 and "regel soegning-art" in bad.text
    assert "felt &#39;art&#39;" in bad.text


def test_the_hits_download_as_csv_and_xlsx(web: TestClient[Any],
                                           loaded: Socialaftale) -> None:
    found = loaded.search("takster", pr_side=200)
    expected = [(g.navn, f.titel, f.uddrag()) for g in found.grupper for f in g.fund]
    got = web.get("/soeg.csv", params={"soeg": "takster"})
    assert got.status_code == 200 and "attachment" in got.headers["content-disposition"]
    table = list(csv.reader(io.StringIO(got.content.decode("utf-8-sig"))))
    assert [(r[0], r[4], r[5]) for r in table[1:]] == expected
    book = web.get("/soeg.xlsx", params={"soeg": "takster"})
    ws = openpyxl.load_workbook(io.BytesIO(book.content)).active
    assert ws is not None
    cells = list(ws.iter_rows(min_row=2, values_only=True))
    assert [(c[0], c[4], c[5]) for c in cells] == expected
    dates = [f.dato for g in found.grupper for f in g.fund]
    assert [c[1].date() if c[1] != "ukendt" else None for c in cells] == dates


@pytest.mark.parametrize(("page", "table", "query"), [
    ("/tilbudsvifte?dato=2020-01-01", "tilbudsvifte", "dato=2020-01-01"),
    ("/aendringer?fra=2019-01-01&til=2020-01-01", "aendringer", "fra=2019-01-01&til=2020-01-01"),
    ("/budget/2012", "budget", "aar=2012&omkostningssted=Sekretariatet%20for%20Rammeaftaler"),
    ("/fordeling/2015?omkostningssted=NOPII", "fordeling", "aar=2015&omkostningssted=NOPII"),
    ("/opfoelgninger?dato=2014-10-11", "opfoelgninger", "dato=2014-10-11"),
])
def test_each_table_page_links_its_csv_and_xlsx(web: TestClient[Any], page: str, table: str,
                                                query: str) -> None:
    html = web.get(page).text
    for fmt in ("csv", "xlsx"):
        href = f"/hent/{table}.{fmt}?{query}"
        assert f'href="{href.replace("&", "&amp;")}"' in html
        got = web.get(href)
        assert got.status_code == 200, got.text
        assert got.headers["content-disposition"] == f'attachment; filename="{table}.{fmt}"'
    sheet = openpyxl.load_workbook(io.BytesIO(web.get(f"/hent/{table}.xlsx?{query}").content))
    ws = sheet.active
    assert ws is not None
    table_csv = list(csv.reader(io.StringIO(
        web.get(f"/hent/{table}.csv?{query}").content.decode("utf-8-sig"))))
    assert ws.max_row == len(table_csv) and [c.value for c in ws[1]] == table_csv[0]


def test_the_budget_download_holds_the_amounts_as_kroner_numbers(
        web: TestClient[Any], loaded: Socialaftale) -> None:
    t = loaded.budget(2012, "Sekretariatet for Rammeaftaler")
    ws = openpyxl.load_workbook(io.BytesIO(web.get(
        "/hent/budget.xlsx?aar=2012&omkostningssted=Sekretariatet for Rammeaftaler"
    ).content)).active
    assert ws is not None
    last = next(iter(ws.iter_rows(min_row=ws.max_row)))
    assert last[0].value == "Resultat" and last[1].number_format == '#,##0.00 "kr."'
    assert Decimal(str(last[1].value)) == t.resultat
    assert web.get("/hent/referat.xlsx").status_code == 404


def test_a_draft_agenda_is_searched_by_the_secretariat_only(
        loaded: Socialaftale, tokens: dict[str, str]) -> None:
    day = date(2027, 1, 20)
    p = Provenance(day, Source("udkast"))
    loaded.record(
        meetings.ScheduleMeeting(meeting_id="das-2027-01-20", body="DAS", dato=day,
                                 provenance=p),
        meetings.ProposeAgenda(meeting_id="das-2027-01-20", udkast=True, provenance=p,
                               punkter=(meetings.Punkt("1", "Fortroligt punkt"),)))
    with TestClient(create_app(loaded)) as client:
        for path in ("/soeg", "/api/soegning", "/soeg.csv"):
            anonymous = client.get(path, params={"soeg": "fortroligt"})
            assert anonymous.status_code == 200 and "Fortroligt" not in anonymous.text, path
            kommune = client.get(path, params={"soeg": "fortroligt"},
                                 headers=bearer(tokens["aalborg"]))
            assert kommune.status_code == 200 and "Fortroligt" not in kommune.text, path
            secretariat = client.get(path, params={"soeg": "fortroligt"},
                                     headers=bearer(tokens["sekretariat"]))
            assert secretariat.status_code == 200, path
            assert "Fortroligt punkt" in secretariat.text, path


def test_guillemets_in_a_snippet_are_text_and_only_the_hit_is_marked(
        loaded: Socialaftale) -> None:
    day = date(2027, 2, 3)
    p = Provenance(day, Source("syntetisk"))
    loaded.record(
        meetings.ScheduleMeeting(meeting_id="das-2027-02-03", body="DAS", dato=day,
                                 provenance=p),
        meetings.ProposeAgenda(meeting_id="das-2027-02-03", provenance=p, punkter=(
            meetings.Punkt("1", "Projektet «Fælles Botilbud» og rammeaftaler"),)))
    with TestClient(create_app(loaded)) as client:
        page = client.get("/soeg", params={"soeg": "rammeaftalerne", "forum": "DAS",
                                           "aar": "2027"})
        assert "Projektet «Fælles Botilbud» og <mark>rammeaftaler</mark>" in page.text
        assert "<mark>Fælles" not in page.text
        csv_ = client.get("/soeg.csv", params={"soeg": "rammeaftalerne", "aar": "2027"})
        assert "Projektet «Fælles Botilbud» og «rammeaftaler»" in csv_.content.decode(
            "utf-8-sig")


def test_the_csv_is_the_librarys_search_rows(web: TestClient[Any], loaded: Socialaftale) -> None:
    """One table of hits for the CLI and the web (search_rows), "Hvor" column included."""
    rows = search_rows(loaded.search("takster", pr_side=200))
    got = web.get("/soeg.csv", params={"soeg": "takster"})
    table = list(csv.reader(io.StringIO(got.content.decode("utf-8-sig"))))
    assert table[0] == list(SEARCH_HEADINGS) and len(table) == 1 + len(rows) > 1
    assert [r[3] for r in table[1:]] == [r[3] for r in rows]
    assert any(" pkt. " in r[3] for r in rows)


def test_downloads_take_today_from_the_stores_clock_and_name_no_cost_centre_themselves(
        loaded: Socialaftale) -> None:
    """Without a date a download is as of the store's today (its clock, in Danish time), not
    the server's; without omkostningssted the budget and shares are a clear 400."""
    from datetime import UTC, datetime

    from socialaftale import open_store

    url = f"sqlite:///{loaded.db.location.path}"
    then = datetime(2014, 1, 1, 12, tzinfo=UTC)
    with open_store(url, actor="test", clock=lambda: then) as past, \
            TestClient(create_app(past)) as c:
        def rows(path: str) -> list[list[str]]:
            got = c.get(path)
            assert got.status_code == 200, got.text
            return list(csv.reader(io.StringIO(got.content.decode("utf-8-sig"))))

        implicit = rows("/hent/tilbudsvifte.csv")
        assert implicit == rows("/hent/tilbudsvifte.csv?dato=2014-01-01")
        assert implicit != rows(f"/hent/tilbudsvifte.csv?dato={datetime.now(UTC).date()}")
        assert rows("/hent/opfoelgninger.csv") == rows("/hent/opfoelgninger.csv?dato=2014-01-01")
        for table in ("budget", "fordeling"):
            refused = c.get(f"/hent/{table}.csv?aar=2012")
            assert refused.status_code == 400 and "angiv omkostningssted" in refused.text


def test_the_page_says_when_a_kinds_older_matches_were_left_out(
        web: TestClient[Any], loaded: Socialaftale) -> None:
    first = unescape(web.get("/soeg", params={"soeg": "kommune"}).text)
    assert 'id="begraenset"' not in first and "kun de nyeste" not in first
    loaded.search_candidates = 3  # 1,000 in use: the four real meetings have fewer
    try:
        found = loaded.search("kommune")
        page = unescape(web.get("/soeg", params={"soeg": "kommune"}).text)
        api = web.get("/api/soegning", params={"soeg": "kommune"}).json()
    finally:
        loaded.search_candidates = 1000
    limited = [g for g in found.grupper if g.begraenset]
    assert limited and 'id="begraenset"' in page and "kun de 3 nyeste med ordene" in page
    assert f"{limited[0].navn.lower()}" in page.split('id="begraenset"')[1].split("</p>")[0]
    for g in found.grupper:
        shown = f"<h2>{g.navn} ({g.antal}, kun de nyeste)</h2>" if g.begraenset \
            else f"<h2>{g.navn} ({g.antal})</h2>"
        assert shown in page
    assert [(g["art"], g["antal"], g["begraenset"]) for g in api["grupper"]] == [
        (g.art, g.antal, g.begraenset) for g in found.grupper]
