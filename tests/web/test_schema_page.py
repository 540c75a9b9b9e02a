"""/schema is a Danish page the server draws from its own OpenAPI document, and every asset
comes from the app (no CDN, no font host): it works offline. The tilgængelighedserklæring
is linked from every page."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from litestar.testing import TestClient

from socialaftale import Socialaftale
from socialaftale_web import create_app

from .browser import CHROMIUM, live_server
from .site_pages import PUBLIC_PAGES


def test_the_schema_page_names_every_operation_of_the_openapi_document(
        client: TestClient[Any]) -> None:
    page = client.get("/schema")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    doc = client.get("/schema/openapi.json").json()
    for path, item in doc["paths"].items():
        for method in item:
            if method in ("get", "post", "put", "patch", "delete"):
                assert f"{method.upper()} {path}" in page.text, (method, path)
    assert "kræver adgangsnøgle" in page.text and "Parametre" in page.text
    assert "Request fulfilled" not in page.text  # the stock English text is in Danish


def test_the_schema_page_and_every_page_load_nothing_from_another_host(
        client: TestClient[Any]) -> None:
    for path in ["/schema", "/", "/tilgaengelighed"]:
        html = client.get(path).text
        for url in re.findall(r'\b(?:src|href)="([^"]*)"', html):
            assert not urlsplit(url).netloc, f"{path} loads {url}"
        assert "cdn" not in html.lower() and "fonts.googleapis" not in html


@pytest.mark.parametrize("viewer", ["/schema/swagger", "/schema/redoc", "/schema/elements",
                                    "/schema/rapidoc"])
def test_no_cdn_viewer_is_served(client: TestClient[Any], viewer: str) -> None:
    assert client.get(viewer).status_code == 404


def test_the_accessibility_statement_is_in_danish_and_linked_from_every_page(
        client: TestClient[Any]) -> None:
    page = client.get("/tilgaengelighed")
    assert page.status_code == 200
    for words in ("Tilgængelighedserklæring", "Overholdelsesstatus", "WCAG", "axe-core",
                  "Digitaliseringsstyrelsen", "Feedback og kontakt"):
        assert words in page.text
    for path in ["/", "/tilbudsvifte", "/moeder", "/schema"]:
        assert 'href="/tilgaengelighed"' in client.get(path).text, path


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")
def test_the_schema_page_shows_offline_in_chromium(
        chromium: Any, loaded: Socialaftale) -> None:
    """Every request to a host other than the server is refused and recorded; the page still
    shows its operations."""
    outside: list[str] = []
    context = chromium.new_context(locale="da-DK")
    try:
        with live_server(create_app(loaded)) as site:
            def route(r: Any) -> None:
                if r.request.url.startswith(site):
                    r.continue_()
                else:
                    outside.append(r.request.url)
                    r.abort()
            context.route("**/*", route)
            page = context.new_page()
            for path in ("/schema", *PUBLIC_PAGES[:3]):
                page.goto(site + path)
                page.wait_for_load_state("networkidle")
            page.goto(site + "/schema")
            assert page.get_by_role("heading", level=1).inner_text().startswith("API:")
            assert page.get_by_text("GET /api/tilbudsvifte", exact=True).count() == 1
    finally:
        context.close()
    assert outside == []
