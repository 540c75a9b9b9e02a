"""/tilbud/{key}: an offer's page names it and the offers it became, in the minutes' words."""

from __future__ import annotations

from html import unescape
from typing import Any

import pytest
from litestar.testing import TestClient

from socialaftale import Socialaftale


@pytest.fixture
def reader(loaded: Socialaftale) -> Any:
    from socialaftale_web import create_app

    with TestClient(create_app(loaded)) as c:
        yield c


def test_a_closed_offer_is_headed_by_its_name_not_its_key(reader: Any) -> None:
    text = unescape(reader.get("/tilbud/vesthimmerland/rosenvaenget").text)
    assert "<h1>Botilbuddet Rosenvænget</h1>" in text
    assert "<title>Botilbuddet Rosenvænget" in text
    assert "Ikke i tilbudsviften i dag." in text


def test_a_split_offer_links_to_each_part_by_name(reader: Any) -> None:
    text = unescape(reader.get("/tilbud/mariagerfjord/kaervej").text)
    assert ('Opsplittet i <a href="/tilbud/mariagerfjord/kaervej-bo">Botilbud Kærvej, bodel</a>'
            ', <a href="/tilbud/mariagerfjord/kaervej-aktivitet">Botilbud Kærvej, samværs- og '
            'aktivitetstilbud</a> fra 1. januar 2020') in text
    assert "Opsplittet i mariagerfjord/" not in text


def test_a_part_links_back_to_the_offer_it_came_from(reader: Any) -> None:
    text = unescape(reader.get("/tilbud/mariagerfjord/kaervej-bo").text)
    assert 'opsplitning af <a href="/tilbud/mariagerfjord/kaervej">Botilbud Kærvej</a>' in text


def test_the_timeline_writes_its_dates_in_danish(reader: Any) -> None:
    text = reader.get("/tilbud/vesthimmerland/rosenvaenget").text
    assert "Lukket fra 1. oktober 2019" in text and "2019-10-01<" not in text
    assert "fra 2019-" not in text
