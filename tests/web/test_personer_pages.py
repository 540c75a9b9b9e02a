"""The person pages and the attendance API on the real meeting records."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from click.testing import CliRunner
from litestar.testing import TestClient

from socialaftale import Provenance, Socialaftale, Source, personer
from socialaftale_cli.main import cli


@pytest.fixture
def reader(loaded: Socialaftale) -> Any:
    from socialaftale_web import create_app

    with TestClient(create_app(loaded)) as c:
        yield c


def test_the_person_page_shows_every_spelling_and_suggests_without_merging(
        reader: Any, loaded: Socialaftale) -> None:
    page = reader.get("/personer/Hilde E. Thun").text
    assert "Foreslåede sammenfald" in page and "Hilde E. Thun Holst" in page
    api = reader.get("/api/personer/Hilde E. Thun").json()
    assert [s["navn"] for s in api["stavemaader"]] == ["Hilde E. Thun"]
    loaded.record(personer.SammePerson(
        navn_a="Hilde E. Thun", navn_b="Hilde E. Thun Holst", grund="samme sekretariat",
        provenance=Provenance(date(2013, 1, 17), Source("001_06729882290ccbd8.txt"))),
        by="sekretariatet")
    api = reader.get("/api/personer/Hilde E. Thun Holst").json()
    assert [s["navn"] for s in api["stavemaader"]] == ["Hilde E. Thun Holst", "Hilde E. Thun"]
    assert [r["rolle"] for r in api["roller"]] == ["formand"]
    page = reader.get("/personer/Hilde E. Thun Holst").text
    assert "er samme person (samme sekretariat; kilde 001_06729882290ccbd8.txt" in page
    assert "socdir-2013-01-17</a> (deltagere nr. 10)" in page
    title, body = page.split("</title>", 1)
    assert "Fremmøde" not in title  # the attendance is on the page, not in its title
    assert "<h2>Fremmøde</h2>" in body and 'href="/moeder/socdir-2013-01-17"' in body
    listed = reader.get("/personer").text
    assert "Hilde E. Thun Holst; Hilde E. Thun" not in listed
    assert "Hilde E. Thun; Hilde E. Thun Holst" in listed


def test_the_meeting_page_and_api_show_attendance_by_item(reader: Any,
                                                          loaded: Socialaftale) -> None:
    page = reader.get("/moeder/socdir-2013-03-18").text
    assert "repræsenteret ved Ellen Kirk" in page
    item = reader.get("/api/moeder/das-2019-10-24/fremmoede?punkt=4").json()
    names = [d["navn"] for d in item]
    assert "Nicolai B. Sørensen" in names and "Mette Brandt Pedersen" not in names
    assert reader.get("/api/moeder/das-2019-10-24/fremmoede?punkt=99").status_code == 404
    assert reader.get("/api/moeder/das-1999-01-01/fremmoede").status_code == 404
    url = str(loaded.db.location.path)
    for api, args in (("/api/moeder/das-2019-10-24/fremmoede?punkt=3",
                       ["fremmoede", "das-2019-10-24", "--punkt", "3"]),
                      ("/api/personer-forslag", ["personer", "--forslag"])):
        out = CliRunner().invoke(cli, [*args, "--store", url, "--format", "json"])
        assert out.exit_code == 0, out.output
        assert reader.get(api).json() == json.loads(out.output), api
    out = CliRunner().invoke(cli, ["personer", "--store", url, "--format", "json"])
    everyone = json.loads(out.output)
    first = reader.get("/api/personer", params={"pr_side": 10}).json()
    assert first["antal"] == len(everyone) > 20 and first["sider"] == -(-len(everyone) // 10)
    pages = [reader.get("/api/personer", params={"pr_side": 10, "side": n}).json()
             for n in range(1, first["sider"] + 1)]
    assert [p for page in pages for p in page["personer"]] == everyone  # the CLI's items
    assert [page["side"] for page in pages] == list(range(1, first["sider"] + 1))


def test_a_role_whose_start_the_minutes_do_not_give_shows_it_as_not_given(reader: Any) -> None:
    """002_19692c500b0e1c7c.txt L59-60: Jens Nørgaard joins FU "efter Jan Nielsen"; when Jan
    Nielsen joined the minutes do not say."""
    page = reader.get("/personer/Jan Nielsen").text
    (row,) = [r for r in page.split("<tr>") if "FU (for SOCDIR)" in r and "<td>medlem</td>" in r]
    assert row.startswith("<td>ikke oplyst</td>")
    roles = reader.get("/api/personer/Jan Nielsen").json()["roller"]
    assert sorted((r["fra"], r["til"], r["rolle"]) for r in roles) == [
        (None, "2013-03-18", "formand"), (None, "2013-03-18", "medlem")]


def test_the_person_index_searches_every_spelling(reader: Any, loaded: Socialaftale) -> None:
    """A search finds a person by any spelling confirmed as theirs, ignoring case, hyphens
    and full stops, and lists them under their name with all spellings."""
    def found(q: str) -> list[str]:
        return [p["navn"] for p in reader.get("/api/personer",
                                              params={"q": q, "pr_side": 200}).json()["personer"]]

    assert found("hilde e thun") == ["Hilde E. Thun", "Hilde E. Thun Holst"]
    assert found("Hagemann") == ["Alice Aagaard-Hagemann"]  # not yet the same person
    loaded.record(personer.SammePerson(
        navn_a="Alice Aagaard Hageman", navn_b="Alice Aagaard-Hagemann", grund="stavefejl",
        provenance=Provenance(date(2013, 1, 17), Source("001_06729882290ccbd8.txt"))),
        by="sekretariatet")
    [person] = reader.get("/api/personer", params={"q": "aagaard hagemann"}).json()["personer"]
    assert {s["navn"] for s in person["stavemaader"]} == {"Alice Aagaard Hageman",
                                                          "Alice Aagaard-Hagemann"}
    assert found("AAGAARD HAGEMAN") == [person["navn"]]  # either spelling finds the one
    page = reader.get("/personer", params={"q": "aagaard hageman"}).text
    assert "1 person med <q>aagaard hageman</q> i et navn." in page
    assert "Lone Becker" not in page and 'value="aagaard hageman"' in page
    none = reader.get("/personer", params={"q": "Zyx"}).text
    assert "Ingen person har <q>Zyx</q> i et navn." in none
    assert len(found("")) == reader.get("/api/personer").json()["antal"] > 50
