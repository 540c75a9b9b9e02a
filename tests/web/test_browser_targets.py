"""The front page's targets in Chromium, on a phone (390 px) and a desktop (1200 px), for
and without a logged-in caller: the links to the sections, the menu and the log-in link are
at least 44 × 44 CSS px (WCAG 2.5.5); every other link, button and field is at least
24 × 24 px or spaced so that a 24 px circle on it touches no other target (WCAG 2.5.8, a
link inside a sentence excepted as the criterion does); and axe-core's own target-size rule
agrees."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from socialaftale import Socialaftale
from socialaftale_web import create_app

from .browser import CHROMIUM, live_server, press, screenshot

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"

# Every visible target's box, whether it is one the front page must make large, and whether
# it is a link inside running text (a sentence of a <p>, the 2.5.8 "inline" exception).
TARGETS = """() => {
  const large = 'ul.sections a, nav a, nav summary, .who a, .who button';
  const out = [];
  for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || r.right < 0 || r.bottom < 0) continue;  // hidden
    const p = el.parentElement;
    const inline = el.tagName === 'A' && getComputedStyle(el).display === 'inline'
      && p.tagName === 'P' && p.textContent.trim().length > el.textContent.trim().length + 20;
    out.push({name: (el.textContent || el.name || el.type).trim().slice(0, 40),
              tag: el.tagName.toLowerCase(), large: el.matches(large), inline,
              left: r.left, top: r.top, width: r.width, height: r.height});
  }
  return out;
}"""


def small_targets(targets: list[dict[str, Any]]) -> list[str]:
    """The targets that fail the sizes above (one line each; empty when none does)."""
    bad = []
    for t in targets:
        if t["large"]:
            if t["width"] < 44 or t["height"] < 44:
                bad.append(f"{t['tag']} {t['name']!r}: {t['width']:.0f} × {t['height']:.0f} px,"
                           " under 44 × 44")
            continue
        if t["inline"] or (t["width"] >= 24 and t["height"] >= 24):
            continue
        # 2.5.8's spacing: a 24 px circle on the undersized target's centre may not
        # intersect another target's box (nor, for an undersized one, its circle)
        cx, cy = t["left"] + t["width"] / 2, t["top"] + t["height"] / 2
        for o in targets:
            if o is t:
                continue
            nx = min(max(cx, o["left"]), o["left"] + o["width"])
            ny = min(max(cy, o["top"]), o["top"] + o["height"])
            small = o["width"] < 24 or o["height"] < 24
            ox, oy = o["left"] + o["width"] / 2, o["top"] + o["height"] / 2
            if ((cx - nx) ** 2 + (cy - ny) ** 2 < 12 ** 2
                    or (small and (cx - ox) ** 2 + (cy - oy) ** 2 < 24 ** 2)):
                bad.append(f"{t['tag']} {t['name']!r}: {t['width']:.0f} × {t['height']:.0f} px,"
                           f" too close to {o['tag']} {o['name']!r}")
                break
    return bad


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")
@pytest.mark.parametrize("width", [390, 1200])
@pytest.mark.parametrize("caller", ["offentlig", "sekretariat"])
def test_the_front_pages_targets_are_large_or_spaced(
        chromium: Any, loaded: Socialaftale, tokens: dict[str, str], width: int,
        caller: str) -> None:
    context = chromium.new_context(locale="da-DK", viewport={"width": width, "height": 844})
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        with live_server(create_app(loaded)) as site:
            if caller != "offentlig":
                page.goto(site + "/log-ind")
                page.get_by_label("Adgangsnøgle").fill(tokens[caller])
                press(page, "Brug nøglen")
            page.goto(site + "/")
            if width == 390:
                page.get_by_text("Menu", exact=True).click()  # the menu's links, open
            targets = page.evaluate(TARGETS)
            page.evaluate(AXE.read_text(encoding="utf-8"))
            axe = page.evaluate("() => axe.run(document, {runOnly: ['target-size']})")
            screenshot(page, f"targets-{caller}-{width}")
    finally:
        context.close()
    assert sum(t["large"] for t in targets) >= 10, "no section links measured"
    found = small_targets(targets)
    found += [f"axe: {n['target']}" for v in axe["violations"] for n in v["nodes"]]
    assert not found, "\n".join(found)
