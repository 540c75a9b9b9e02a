"""The agreement itself on the web (issue 22): /aftaler, a page per agreement with its
parties, vision and fokusområder, parts and each part's rounds, the API, and the case page's
link to the agreement part its round approves; from the real records
(examples/nordjylland/tvaers-forloeb.yaml; 003_dac07bbacd9158aa.txt lines 367, 614, 666,
855-857; 001_06729882290ccbd8.txt lines 167, 171, 200)."""

from __future__ import annotations

from html import unescape
from typing import Any

import pytest
from litestar.testing import TestClient

from socialaftale import Socialaftale
from socialaftale_web import create_app


@pytest.fixture
def reader(loaded: Socialaftale) -> Any:
    with TestClient(create_app(loaded)) as c:
        yield c


def test_the_list_names_the_three_agreements_with_their_parts(reader: Any) -> None:
    text = unescape(reader.get("/aftaler").text)
    assert text.index("Nordjysk Socialaftale 2021-2022") < text.index(
        "Nordjysk Socialaftale 2018-2020") < text.index("Rammeaftale 2014")
    assert "Styringsaftalen 2014, Udviklingsstrategi" in text
    assert "12 råd" in text and "ikke oplyst" in text
    assert '<a href="/aftaler" aria-current="page">Aftaler</a>' in text  # in the menu


def test_the_agreement_page_shows_parties_vision_parts_and_the_round(reader: Any) -> None:
    text = unescape(reader.get("/aftaler/socialaftale-2021-2022").text)
    assert "Der fremlægges forslag til vision og fokusområder for Nordjysk Socialaftale " \
           "2021-2022" in text
    assert "<li>Region Nordjylland</li>" in text and "<li>Læsø</li>" in text
    assert "Vision: Egenmestring" in text and "En god alderdom med handicap" in text
    assert "Maj 2020 DAS møde Administrativ godkendelse af Socialaftalen" in text
    assert 'href="/forloeb/socialaftale-2021-2022-fokus#runde-socialaftale-2021-2022"' in text
    assert "mangler: 12 · overskredet: 0" in text  # "Juli-oktober" is no deadline


def test_unknown_parties_and_a_part_without_a_round_are_said_so(reader: Any) -> None:
    text = unescape(reader.get("/aftaler/rammeaftale-2014").text)
    assert "Aftalens parter fremgår ikke af referaterne (ikke oplyst)." in text
    assert "Vedr. pkt. 11 – Status på Styringsgruppens arbejde med Styringsaftalen 2014" in text
    assert text.count("Delen har ingen godkendelsesrunde i registret.") == 2
    assert "Vision og fokusområder" not in text


def test_the_case_page_links_to_the_agreement_part_its_round_approves(reader: Any) -> None:
    text = unescape(reader.get("/forloeb/socialaftale-2021-2022-fokus").text)
    assert ('Runden godkender en del af aftalen: <a href="/aftaler/socialaftale-2021-2022'
            '#del-socialaftale">Nordjysk Socialaftale 2021-2022 (del: socialaftale)</a>') in text
    assert "Runden godkender" not in unescape(reader.get("/forloeb/takstanalyse-2014").text)


def test_the_api_answers_as_the_library(reader: Any, loaded: Socialaftale) -> None:
    listed = reader.get("/api/aftaler").json()
    assert [a["id"] for a in listed] == [a.id for a in loaded.agreements()]
    one = reader.get("/api/aftaler/socialaftale-2018-2020").json()
    assert (one["periode"], one["raad"], [d["art"] for d in one["dele"]]) == (
        "2018-2020", [], ["styringsaftale"])


def test_an_unknown_agreement_or_a_bad_date_is_refused(reader: Any) -> None:
    missing = reader.get("/aftaler/rammeaftale2014")
    assert missing.status_code == 404 and "ukendt-aftale" in missing.text
    assert reader.get("/api/aftaler/x").status_code == 404
    bad = reader.get("/aftaler/socialaftale-2021-2022?paa=2020-13-01")
    assert bad.status_code == 400 and "paa" in bad.text
