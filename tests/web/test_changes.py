"""/aendringer: what came in, left and changed between two dates, as the CLI says it."""

from __future__ import annotations

import re
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


def changed_rows(html: str) -> list[str]:
    """The rows of "Ændret" without the decision each links (test_changes_decisions.py)."""
    section = html.split("<h2>Ændret</h2>", 1)[1].split("</ul>", 1)[0]
    return [unescape(re.sub(r"<[^>]+>", "", re.sub(r'<span class="beslutning">.*?</span>',
                                                    "", li))).strip()
            for li in re.findall(r"<li>(.*?)</li>", section, re.S)]


def test_a_changed_offer_shows_each_field_before_and_after(reader: Any) -> None:
    rows = changed_rows(reader.get("/aendringer?fra=2019-01-01&til=2020-01-01").text)
    assert ("Taleinstituttet/Hjerneskadecenter Nordjylland (Aalborg): "
            "forstærket samarbejde ja → nej") in rows
    assert ("Aktivitetshuset Hobro (Mariagerfjord): navn Aktivitetstilbud Kernen → "
            "Aktivitetshuset Hobro; pladser ukendt → 31") in rows
    assert not [r for r in rows if r.endswith(";") or r.endswith(":")]


@pytest.mark.parametrize("url", ["/aendringer?fra=2020-01-01&til=2019-01-01",
                                 "/api/aendringer?fra=2020-01-01&til=2019-01-01"])
def test_dates_in_the_wrong_order_are_refused_in_danish(reader: Any, url: str) -> None:
    r = reader.get(url)
    assert r.status_code == 400
    assert ("'fra' (1. januar 2020) ligger efter 'til' (1. januar 2019). Byt om på datoerne."
            in unescape(r.text))
    assert "Kom ind" not in r.text
