"""axe-core (vendored from the npm registry, tests/web/vendor/axe-core) run in Chromium on
every page with the real records, on a phone's width and a desktop's: a serious or critical
WCAG 2 A/AA violation fails the test, naming the page, the rule and the elements."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from socialaftale import Socialaftale
from socialaftale_web import create_app

from .browser import CHROMIUM, live_server, press
from .site_pages import KILDER, PUBLIC_PAGES, SECRETARIAT_PAGES

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
RUN = "() => axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']})"


def violations(page: Any, url: str) -> list[str]:
    """The serious and critical violations axe finds on ``url`` (one line each)."""
    response = page.goto(url)
    expected = 404 if url.endswith("/findes-ikke") else 200
    assert response is not None and response.status == expected, f"{url}: {response}"
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.evaluate(AXE.read_text(encoding="utf-8"))  # evaluate, not a script tag: CSP
    found = page.evaluate(RUN)
    return [
        f"{url}: {v['id']} ({v['impact']}) {[n['target'] for n in v['nodes']][:5]}"
        for v in found["violations"]
        if v["impact"] in ("serious", "critical")
    ]


needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                    reason="Debian chromium is not installed")


@needs_chromium
def test_axe_finds_an_unlabelled_field_and_a_nameless_link(page: Any) -> None:
    """The vendored axe is live: it reports what it should (so a clean site means clean)."""
    page.set_content('<html lang="da"><body><main><input type="text">'
                     '<a href="/x"></a></main></body></html>')
    page.evaluate(AXE.read_text(encoding="utf-8"))
    found = {v["id"] for v in page.evaluate(RUN)["violations"]}
    assert {"label", "link-name"} <= found


@needs_chromium
@pytest.mark.parametrize("width", [390, 1200])
def test_no_page_has_a_serious_or_critical_accessibility_violation(
        chromium: Any, loaded: Socialaftale, tokens: dict[str, str], width: int) -> None:
    context = chromium.new_context(locale="da-DK", viewport={"width": width, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        with live_server(create_app(loaded, kilder=KILDER)) as site:
            found = [line for path in PUBLIC_PAGES for line in violations(page, site + path)]
            page.goto(site + "/log-ind")
            page.get_by_label("Adgangsnøgle").fill(tokens["sekretariat"])
            press(page, "Brug nøglen")
            found += [line for path in SECRETARIAT_PAGES
                      for line in violations(page, site + path)]
    finally:
        context.close()
    assert not found, "\n".join(found)
