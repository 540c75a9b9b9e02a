"""A page of the tilbudsvifte reads only that page (``tilbudsvifte_side``) and shows exactly
the offers that sorting and filtering the whole vifte in Python gave before, in the same
order, on SQLite and PostgreSQL: names that differ only in case, æ/ø/å, missing places,
categories and bases (last either way), ties in the vifte's own order, as known on a date."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator, Sequence
from datetime import date
from html import unescape
from typing import Any

import pytest
from litestar.testing import TestClient

from conftest import PG_URL, drop_pg_schema  # tests/ is on sys.path
from socialaftale import Socialaftale, open_store
from socialaftale_web import create_app
from socialaftale_web.views.present import sort_rows
from tilbudsvifte.made_up import record_made_up_vifte

#: The sort of the whole vifte before it was paged in SQL (views/tilbudsvifte.py).
WHOLE_SORT: dict[str, Any] = {
    "navn": lambda o: o.navn,
    "driftsherre": lambda o: o.driftsherre,
    "lovgrundlag": lambda o: o.lovgrundlag_tekst or None,
    "pladser": lambda o: o.pladser,
    "kategori": lambda o: o.kategori,
}

FILTERS: list[dict[str, Any]] = [
    {}, {"driftsherre": "ÆRØ"}, {"driftsherre": "aalborg"}, {"lovgrundlag": "§ 10"},
    {"lovgrundlag": "§105+"}, {"kategori": 2}, {"forstaerket": True}, {"forstaerket": False},
    {"forstaerket": None}, {"driftsherre": "Hjørring", "kategori": 1},
]


def whole(offers: Sequence[Any], f: dict[str, Any]) -> list[Any]:
    """The filters as they were applied to the whole vifte in Python."""
    kept = list(offers)
    if f.get("driftsherre"):
        kept = [o for o in kept if o.driftsherre.casefold() == f["driftsherre"].casefold()]
    if f.get("lovgrundlag"):
        basis = f["lovgrundlag"].replace(" ", "")
        kept = [o for o in kept if basis in o.lovgrundlag_tekst.replace(" ", "")]
    if f.get("kategori") is not None:
        kept = [o for o in kept if o.kategori == f["kategori"]]
    if "forstaerket" in f:
        kept = [o for o in kept if o.forstaerket_samarbejde is f["forstaerket"]]
    return kept


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def vifte(request: pytest.FixtureRequest,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[Socialaftale]:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    url = (f"sqlite:///{tmp_path_factory.mktemp('v') / 'store.db'}"
           if request.param == "sqlite" else f"{PG_URL}?schema={schema}")
    s = open_store(url, actor="test")
    record_made_up_vifte(s, offers=60)
    yield s
    s.close()
    if request.param == "postgres":
        drop_pg_schema(schema)


@pytest.mark.parametrize("known_at", [None, date(2019, 3, 1), date(2020, 3, 1)])
def test_a_page_is_the_slice_of_the_whole_vifte_sorted_and_filtered(
        vifte: Socialaftale, known_at: date | None) -> None:
    pages = 0
    for day in (date(2019, 6, 1), date(2020, 6, 1), date(2021, 6, 1)):
        every = vifte.tilbudsvifte(day, known_at=known_at)
        owners = tuple(sorted({o.driftsherre for o in every}))
        for f in FILTERS:
            kept = whole(every, f)
            for sorter in WHOLE_SORT:
                for down in (False, True):
                    ordered, _, _ = sort_rows(kept, sorter, "ned" if down else "op",
                                              WHOLE_SORT, "driftsherre")
                    for offset in (0, 10, 20, 40):
                        got = vifte.tilbudsvifte_side(
                            day, known_at, sorter=sorter, faldende=down, offset=offset,
                            limit=10, **{k: v for k, v in f.items() if k != "forstaerket"},
                            **({"forstaerket": f["forstaerket"]} if "forstaerket" in f else {}))
                        where = (day, known_at, f, sorter, down, offset)
                        assert got.tilbud == tuple(ordered[offset:offset + 10]), where
                        assert got.antal == len(kept) and got.driftsherrer == owners, where
                        pages += bool(got.tilbud)
    assert pages > 300


def test_the_made_up_vifte_has_what_the_order_must_get_right(vifte: Socialaftale) -> None:
    """Otherwise the test above would prove little: ties, case, missing values, rates."""
    every = vifte.tilbudsvifte(date(2020, 6, 1))
    names = [o.navn for o in every]
    assert len(names) > len(set(names)) and {"alfa", "Alfa", "øen", "Ærøhus"} <= set(names)
    assert any(o.pladser is None for o in every) and any(o.kategori is None for o in every)
    assert any(not o.lovgrundlag for o in every) and any(o.takster for o in every)


def _rows(html: str) -> list[str]:
    body = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r"<tr>(.*?)</tr>", body, re.S)


def test_the_page_shows_the_whole_vifte_s_order_page_by_page(vifte: Socialaftale) -> None:
    """The HTML rows of every page, each sort and direction, against the rows the whole
    vifte sorted in Python makes; the count and the driftsherre choices of all."""
    day = date(2020, 6, 1)
    every = vifte.tilbudsvifte(day)
    with TestClient(create_app(vifte)) as c:
        for sorter in WHOLE_SORT:
            for retning in ("op", "ned"):
                ordered, _, _ = sort_rows(every, sorter, retning, WHOLE_SORT, "driftsherre")
                shown: list[str] = []
                url: str | None = (f"/tilbudsvifte?dato={day}&sorter={sorter}"
                                   f"&retning={retning}&pr_side=10")
                while url:
                    html = unescape(c.get(url).text)
                    assert f"<caption>{len(every)} tilbud (side" in html
                    shown += _rows(html)
                    found = re.search(r'<a rel="next" href="([^"]+)">', html)
                    url = found.group(1) if found else None
                keys = [re.search(r'href="/tilbud/([^"]+)"', r).group(1)  # type: ignore[union-attr]
                        for r in shown]
                assert keys == [o.key for o in ordered], (sorter, retning)
        html = unescape(c.get(f"/tilbudsvifte?dato={day}&driftsherre=Ærø").text)
        choices = re.findall(r"<option(?: selected)?>([^<]+)</option>", html)
        assert [ch for ch in choices if ch not in ("ja", "nej", "ukendt")] == sorted(
            {o.driftsherre for o in every})
        assert f"<caption>{len([o for o in every if o.driftsherre == 'Ærø'])} tilbud" in html
