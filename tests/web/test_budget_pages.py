"""/budget/{aar} and /fordeling/{aar}: the figures as the minutes print them, charts that
show every label whole and never draw an unknown amount as 0 kr."""

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


@pytest.fixture
def reader(loaded: Socialaftale) -> Any:
    from socialaftale_web import create_app

    with TestClient(create_app(loaded)) as c:
        yield c


def row(html: str, heading: str) -> list[str]:
    found = re.search(r"<tr><t[hd][^>]*>" + re.escape(heading) + r"</t[hd]>(.*?)</tr>", html)
    assert found, heading
    return [unescape(re.sub(r"<[^>]+>", "", c)).strip()
            for c in re.findall(r"<td[^>]*>(.*?)</td>", found.group(1))]


def test_the_totals_and_result_show_what_the_minutes_print_and_what_follows(
        reader: Any) -> None:
    html = reader.get("/budget/2012").text
    # the minutes: "Samlede indtægter i alt 1.551.000 1.510.000 41.000"
    assert row(html, "Samlede indtægter i alt") == ["1.551.000 kr.", "1.510.000 kr.",
                                                    "41.000 kr."]
    # the minutes print the result on the accounts only (-164.000)
    assert row(html, "Resultat") == ["-164.000 kr.", "0 kr. (beregnet)", "ikke angivet"]
    assert "et restbudget for resultatet står ikke i referatet" in unescape(html)
    assert "ukendt" not in html


def svg_of(html: str) -> str:
    return html[html.index("<svg"): html.index("</svg>")]


def test_the_budget_chart_shows_its_longest_label_whole_on_lines_that_fit(reader: Any) -> None:
    svg = svg_of(reader.get("/budget/2012").text)
    label = "Øvrige personaleudgifter (kørsel, telefongodtgørelse o.l.)"
    [spans] = re.findall(r"<text[^>]*><title>" + re.escape(label) + r"</title>(.*?)</text>", svg)
    lines = re.findall(r"<tspan[^>]*>([^<]*)</tspan>", spans)
    assert len(lines) > 1 and " ".join(lines) == label  # wrapped, not cut
    width = int(re.search(r'width="(\d+)"', svg)[1])  # type: ignore[index]
    # from x=10, each line must fit the chart at ~7 px a character
    assert all(10 + len(t) * 7 <= width for t in lines)


def test_an_amount_the_minutes_leave_out_is_not_drawn_as_zero(reader: Any) -> None:
    svg = svg_of(reader.get("/budget/2012").text)
    assert "Overført overskud fra 2011: Regnskab ikke angivet" in svg
    assert "Overført overskud fra 2011: 0 kr." not in svg
    assert "Overført overskud fra 2011: -7.000 kr." in svg  # its budget is drawn


def test_a_share_is_shown_as_a_percentage_beside_the_amount(
        loaded: Socialaftale, reader: Any) -> None:
    p = Provenance(date(2014, 10, 10), Source("illustrative tal"))
    populations = {"Aalborg": 207000, "Brønderslev": 35700, "Hjørring": 65700,
                   "Jammerbugt": 38500}
    loaded.record(*(b.RecordPopulation(year=2015, kommune=k, befolkning=n,
                                       kilde="illustrativ", provenance=p)
                    for k, n in populations.items()),
                  *(b.SetParticipation(cost_centre="NOPII", year=2015, kommune=k,
                                       status="deltager", provenance=p)
                    for k in populations))
    loaded.record(b.SplitCost(cost_centre="NOPII", year=2015, total=Decimal(366000),
                              provenance=p))
    html = reader.get("/fordeling/2015").text
    assert "<th scope=\"col\" class=\"tal\">Andel af befolkningen</th>" in html
    assert "<th scope=\"col\" class=\"tal\">Beløb</th>" in html
    # 207.000 of 346.900 people: 59,67 %, and 218.397,23 kr. of 366.000 kr.
    assert row(html, "Aalborg") == ["207.000", "59,67 %", "218.397,23 kr."]
    assert row(html, "I alt") == ["346.900", "100,00 %", "366.000 kr."]


def test_the_budget_page_shows_the_footnotes_rules_and_rate_decisions_of_the_minutes(
        reader: Any) -> None:
    html = unescape(reader.get("/budget/2012").text)
    assert '<a href="#fodnote-8">8</a>' in html
    assert "<q>Husleje 850 kr. pr. m2 (30m2), Forbrugsudgifter 250 kr. pr. m2" in html
    assert "Enhedstal: Husleje 850 kr. pr. m2 (30 m2) = 25.500 kr." in html
    assert "Overskrift: Indirekte udgifter (overhead):" in html
    assert "finansiering af sekretariatet</a>: efter befolkningstal — afventer" in html
    html_2013 = unescape(reader.get("/budget/2013").text)
    assert "<q>Der var enighed om, at der ikke ændres i taksterne for 2013.</q>" in html_2013
    assert "Forventning 2015: <q>Der forventes alt andet lige et overskud" in html_2013


def test_a_sharing_rule_page_shows_its_state_on_a_date_and_404_before_it(
        reader: Any) -> None:
    page = reader.get("/fordeling/noegle/kdk-2014-09-16-nopii-sekretariat")
    assert page.status_code == 200
    html = unescape(page.text)
    assert "udgifterne fordeles efter befolkningstal." in html
    assert "afventer hvilke kommuner udgiften fordeles blandt" in html
    before = reader.get("/fordeling/noegle/kdk-2014-09-16-nopii-sekretariat?dato=2014-09-15")
    assert before.status_code == 404
    api = reader.get("/api/fordelingsnoegler?dato=2014-01-01").json()
    assert [r["regel"] for r in api] == ["kkr-2013-02-04-sekretariatet"]
