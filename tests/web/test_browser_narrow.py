"""A phone's width (390 px) in Chromium, every page with the real records: nothing makes the
page scroll sideways (wide tables scroll inside their own ``.tabel`` box, long names break,
the menu folds away). Screenshots go to artifacts/narrow-*.png."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from socialaftale import Socialaftale
from socialaftale_web import create_app

from .browser import CHROMIUM, live_server, press, screenshot
from .site_pages import KILDER, PUBLIC_PAGES, SECRETARIAT_PAGES

# The widest elements that reach past the window's right edge (to name them in a failure).
WIDE = """() => {
  const w = document.documentElement.clientWidth;
  const out = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.right > w + 1 && !el.closest('.tabel')) {
      out.push(el.tagName.toLowerCase() + (el.className ? '.' + el.className : '') +
               ' ' + Math.round(r.right));
    }
  }
  return {scroll: document.documentElement.scrollWidth, width: w, wide: out.slice(0, 5)};
}"""


def overflow(page: Any, url: str) -> str | None:
    """Why ``url`` scrolls sideways at this width, or None when it does not."""
    page.goto(url)
    found = page.evaluate(WIDE)
    screenshot(page, "narrow-" + (re.sub(r"[^a-z0-9]+", "-", url.split("//")[1].split("/", 1)[1]
                                         .lower()).strip("-") or "forside"))
    if found["scroll"] <= found["width"]:
        return None
    return f"{url}: {found['scroll']} px > {found['width']} px, {found['wide']}"


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")
def test_no_page_scrolls_sideways_at_390_px(
        chromium: Any, loaded: Socialaftale, tokens: dict[str, str]) -> None:
    context = chromium.new_context(locale="da-DK", viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        with live_server(create_app(loaded, kilder=KILDER)) as site:
            found = [why for path in PUBLIC_PAGES if (why := overflow(page, site + path))]
            page.goto(site + "/log-ind")
            page.get_by_label("Adgangsnøgle").fill(tokens["sekretariat"])
            press(page, "Brug nøglen")
            found += [why for path in SECRETARIAT_PAGES if (why := overflow(page, site + path))]
    finally:
        context.close()
    assert not found, "\n".join(found)


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")
@pytest.mark.parametrize("width", [390, 1200])
def test_the_menu_folds_away_on_a_phone_and_opens_with_a_tap(
        chromium: Any, loaded: Socialaftale, width: int) -> None:
    context = chromium.new_context(locale="da-DK", viewport={"width": width, "height": 844})
    page = context.new_page()
    try:
        with live_server(create_app(loaded)) as site:
            page.goto(site + "/moeder")
            menu = page.get_by_role("navigation", name="Hovedmenu")
            link = menu.get_by_role("link", name="Tilbudsviften")
            if width == 390:
                assert not link.is_visible()
                menu.get_by_text("Menu", exact=True).click()
            assert link.is_visible()
            screenshot(page, f"menu-{width}")
            with page.expect_navigation():
                link.click()
            assert page.url.endswith("/tilbudsvifte")
    finally:
        context.close()
