"""Counts and dates read as Danish: "1 beslutning", "1. januar 2020", offers by their names."""

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


def test_one_decision_is_counted_in_the_singular(reader: Any) -> None:
    one = reader.get("/beslutninger?forum=DAS&fra=2019-10-24&til=2019-10-24&soeg=Prader").text
    assert "<p>1 beslutning</p>" in one
    many = reader.get("/beslutninger?forum=DAS").text
    assert "beslutninger</p>" in many and "<p>1 beslutninger</p>" not in many


def test_the_facts_of_a_decision_write_dates_in_danish_and_name_the_offers(
        reader: Any) -> None:
    text = unescape(reader.get("/beslutninger?organisation=Mariagerfjord").text)
    assert "Pladser ændret fra 28 til 27 fra 2020-01-01" not in text
    assert "fra 1. januar 2020" in text
    assert ('Opsplittet i <a href="/tilbud/mariagerfjord/kaervej-bo">Botilbud Kærvej, bodel</a>'
            in text)
    assert "Opsplittet i mariagerfjord/" not in text
    # dates inside identifiers stay as they are
    assert 'href="/moeder/das-2019-10-24' in text
