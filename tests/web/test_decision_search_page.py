"""/beslutninger?soeg=: a ranked search page by page, saying when older matches were left out
(``search_candidates`` lowered so the real records' decisions exceed it)."""

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


def test_a_ranked_search_is_paged_and_says_when_it_was_limited(
        loaded: Socialaftale, reader: Any) -> None:
    first = unescape(reader.get("/beslutninger?soeg=tilbud").text)
    assert 'id="begraenset"' not in first and "Side 1" not in first  # one page of 13
    loaded.search_candidates = 12
    limited = unescape(reader.get("/beslutninger?soeg=tilbud").text)
    assert 'id="begraenset"' in limited and "kun de 12 senest registrerede" in limited
    loaded.search_candidates = 1000
    hits = [h.beslutning for h in loaded.decision_search("tilbud", side=2, pr_side=50).traef]
    assert hits == []  # 13 hits: page 2 of 50 a page is empty
    second = reader.get("/beslutninger?soeg=tilbud&side=2")
    assert second.status_code == 200 and "0 beslutninger" in unescape(second.text)


def test_a_page_number_below_one_is_refused_naming_the_field(reader: Any) -> None:
    refused = reader.get("/beslutninger?soeg=tilbud&side=0")
    assert refused.status_code == 400 and "side" in unescape(refused.text)
