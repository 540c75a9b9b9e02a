"""/aendringer: every tilbudsvifte change of the period names its offer and links the
decision behind it (and its source), on the real records (examples/nordjylland), in a
SQLite file and on the PostgreSQL server."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from html import unescape
from typing import Any

import pytest
from litestar.testing import TestClient

from socialaftale import Socialaftale, load_records, open_store
from socialaftale_web import create_app

from .conftest import EXAMPLES

PERIOD = "/aendringer?fra=2019-01-01&til=2020-01-01"


@pytest.fixture(params=["sqlite", "postgres"])
def loaded(request: pytest.FixtureRequest, store_url_factory: Any) -> Iterator[Socialaftale]:
    """The four real meetings in the store of the kind given (this module's, not conftest's
    SQLite-only one)."""
    store = open_store(store_url_factory(request.param), actor="test")
    load_records(store, [(p.name, p.read_bytes()) for p in sorted(EXAMPLES.glob("*.yaml"))])
    yield store
    store.close()


@pytest.fixture
def reader(loaded: Socialaftale) -> Iterator[TestClient[Any]]:
    with TestClient(create_app(loaded, kilder=EXAMPLES / "kilder")) as c:
        yield c


def section(html: str, heading: str) -> str:
    start = html.index(f"<h2>{heading}</h2>")
    end = html.find("<h2>", start + 4)
    return html[start: end if end > 0 else None]


def test_each_change_of_the_period_names_its_offer_and_links_its_decision(
        reader: TestClient[Any], loaded: Socialaftale) -> None:
    html = reader.get(PERIOD).text
    facts = loaded.tilbud_changes(date(2019, 1, 1), date(2020, 1, 1)).fakta
    assert len(facts) >= 8
    items = re.findall(r"<li>\s*<time.*?</li>", section(html, "Hvad registret har for perioden"),
                       re.S)
    assert len(items) == len(facts)
    for post, item in zip(facts, items, strict=True):
        name = loaded.tilbud_last_known(post.key).navn
        assert f'<a href="/tilbud/{post.key}">{name}</a>' in unescape(item), item
        if post.decision is not None:
            assert (f'<a href="/moeder/{post.decision.meeting}#punkt-{post.decision.item}">'
                    in item), item
        else:
            assert "Ingen beslutning i registret" in item
        assert '<a class="kilde" href="/kilder/003_dac07bbacd9158aa.txt">' in item


def test_an_offer_that_changed_links_the_decision_that_changed_it(
        reader: TestClient[Any]) -> None:
    html = unescape(reader.get(PERIOD).text)
    changed = section(html, "Ændret") + section(html, "Kom ind") + section(html, "Gik ud")
    # the 2020 changes (in force 1 January 2020) were decided at DAS 24 October 2019, item 8
    assert "Bostedet Aars" in html
    row = next(li for li in re.findall(r"<li>.*?</li>", changed) if "bostedet-aars" in li)
    assert 'beslutning: <a href="/moeder/das-2019-10-24#punkt-8">das-2019-10-24, punkt 8</a>' \
        in row


def test_a_change_another_body_decided_names_it_and_links_the_meeting_that_mentions_it(
        reader: TestClient[Any]) -> None:
    html = unescape(reader.get(PERIOD).text)
    row = next(li for li in re.findall(r"<li>.*?</li>", section(html, "Ændret"))
               if "aalborg/ti-hcn" in li)
    assert re.search(r'besluttet af [^,<]+, omtalt ved <a href="/moeder/das-2019-10-24#punkt-8">',
                     row), row
