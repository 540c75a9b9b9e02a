"""The budget and shares charts at a phone's width (390 px) in Chromium, with the real
records (and, for the shares chart, which the four meetings give no figures for, an
illustrative split among all eleven municipalities): every piece of the chart's text is
inside the window, at its full 12 px (the chart is not shrunk to fit), and no two pieces of
text overlap. Screenshots in artifacts/."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from socialaftale import Provenance, Socialaftale, Source
from socialaftale import budget as b
from socialaftale_web import create_app

from .browser import CHROMIUM, live_server, screenshot

# The box of every line of text in the page's charts (a <tspan> when the text wraps).
BOXES = """() => {
  const out = [];
  for (const svg of document.querySelectorAll('figure svg')) {
    for (const t of svg.querySelectorAll('text')) {
      const spans = t.querySelectorAll('tspan');
      for (const el of (spans.length ? spans : [t])) {
        const r = el.getBoundingClientRect();
        out.push({text: el.textContent.trim(), left: r.left, right: r.right, top: r.top,
                  bottom: r.bottom, size: parseFloat(getComputedStyle(el).fontSize)
                  * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width});
      }
    }
  }
  return {width: document.documentElement.clientWidth, boxes: out};
}"""


def problems(found: dict[str, Any]) -> list[str]:
    """What is wrong with the text boxes a page's charts draw (empty when nothing is)."""
    width, boxes = found["width"], found["boxes"]
    bad = [f"{x['text']!r} outside the window ({x['left']:.0f}–{x['right']:.0f} px of {width})"
           for x in boxes if x["left"] < 0 or x["right"] > width]
    bad += [f"{x['text']!r} drawn at {x['size']:.1f} px" for x in boxes if x["size"] < 11.5]
    for i, x in enumerate(boxes):
        for y in boxes[i + 1:]:
            # a pixel of anti-aliasing either way is not an overlap
            if (x["left"] < y["right"] - 1 and y["left"] < x["right"] - 1
                    and x["top"] < y["bottom"] - 1 and y["top"] < x["bottom"] - 1):
                bad.append(f"{x['text']!r} overlaps {y['text']!r}")
    return bad


# Illustrative populations (not from the minutes): the longest names and 7-digit amounts.
POPULATIONS = {"Aalborg Kommune": 207000, "Brønderslev Kommune": 35700,
               "Frederikshavn Kommune": 60100, "Hjørring Kommune": 65700,
               "Jammerbugt Kommune": 38500, "Læsø Kommune": 1800, "Mariagerfjord Kommune": 42000,
               "Morsø Kommune": 21000, "Rebild Kommune": 29000, "Thisted Kommune": 43800,
               "Vesthimmerland Kommune": 37200}


def split_shares(store: Socialaftale) -> None:
    p = Provenance(date(2014, 10, 10), Source("illustrative tal"))
    store.record(*(b.RecordPopulation(year=2015, kommune=k, befolkning=n,
                                      kilde="illustrativ", provenance=p)
                   for k, n in POPULATIONS.items()),
                 *(b.SetParticipation(cost_centre="Sekretariatet for Rammeaftaler", year=2015,
                                      kommune=k, status="deltager", provenance=p)
                   for k in POPULATIONS))
    store.record(b.SplitCost(cost_centre="Sekretariatet for Rammeaftaler", year=2015,
                             total=Decimal(3660000), provenance=p))


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")
@pytest.mark.parametrize("path", ["/budget/2012", "/fordeling/2015"])
def test_a_chart_is_readable_at_390_px(chromium: Any, loaded: Socialaftale, path: str) -> None:
    if path.startswith("/fordeling"):
        split_shares(loaded)
    context = chromium.new_context(locale="da-DK", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        with live_server(create_app(loaded)) as site:
            page.goto(site + path)
            found = page.evaluate(BOXES)
            screenshot(page, "chart-" + path.strip("/").replace("/", "-"))
    finally:
        context.close()
    assert len(found["boxes"]) > 4, f"{path} draws no chart"
    assert not problems(found), "\n".join(problems(found))
