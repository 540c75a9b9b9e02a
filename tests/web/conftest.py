"""Fixtures for the web tests: a store, the app around it, clients with and without tokens."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from litestar.testing import TestClient

from socialaftale import Socialaftale, load_records, open_store
from socialaftale_web import TokenStore, create_app


@pytest.fixture
def web_store(store_url_factory: Any) -> Iterator[Socialaftale]:
    """A store in a real SQLite file (the web server's usual store)."""
    s = open_store(store_url_factory("sqlite"), actor="test")
    yield s
    s.close()


@pytest.fixture
def tokens(web_store: Socialaftale) -> dict[str, str]:
    """One token per kind of caller that has one."""
    t = TokenStore(web_store)
    return {
        "sekretariat": t.create("sekretariat", label="Sekretariatet"),
        "aalborg": t.create("kommune", kommune_name="Aalborg", label="Aalborg"),
        "mariagerfjord": t.create("kommune", kommune_name="Mariagerfjord Kommune"),
    }


EXAMPLES = Path(__file__).parents[2] / "examples" / "nordjylland"


@pytest.fixture
def loaded(web_store: Socialaftale) -> Socialaftale:
    """The store holding the four real meetings of examples/nordjylland."""
    load_records(web_store, [(p.name, p.read_bytes()) for p in sorted(EXAMPLES.glob("*.yaml"))])
    return web_store


@pytest.fixture
def client(web_store: Socialaftale) -> Iterator[TestClient[Any]]:
    with TestClient(create_app(web_store)) as c:
        yield c


def csrf_of(client: TestClient[Any], page: str = "/log-ind") -> str:
    """The CSRF token a browser gets with a form page."""
    html = client.get(page).text
    found = re.search(r'name="_csrf_token" value="([^"]+)"', html)
    assert found, "the page has no CSRF field"
    return found.group(1)


def log_in(client: TestClient[Any], token: str) -> None:
    r = client.post(
        "/log-ind",
        data={"token": token, "naeste": "/", "_csrf_token": csrf_of(client)},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """One headless Chromium (Debian's) for the whole run."""
    from playwright.sync_api import sync_playwright

    from .browser import CHROMIUM, CHROMIUM_ARGS

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium: Any) -> Iterator[Any]:
    context = chromium.new_context(locale="da-DK", viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    yield pg
    context.close()


@pytest.fixture
def site(web_store: Socialaftale) -> Iterator[str]:
    """The real app on a real server on 127.0.0.1; yields its base URL."""
    from .browser import live_server

    with live_server(create_app(web_store)) as url:
        yield url
