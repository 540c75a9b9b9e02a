"""Every page can be reached from the menu or a page that links to it, and the upload page's
link to the record format leads to the format."""

from __future__ import annotations

import json
import re
from typing import Any

from click.testing import CliRunner
from litestar.testing import TestClient

from socialaftale_cli.main import cli

from .conftest import log_in


def _menu(client: TestClient[Any], page: str = "/") -> list[str]:
    html = client.get(page).text
    nav = html[html.index('<nav aria-label="Hovedmenu">'):]
    return re.findall(r'href="([^"]+)"', nav[:nav.index("</nav>")])


def test_the_secretariat_finds_record_upload_and_event_log_in_the_menu(
        client: TestClient[Any], tokens: dict[str, str]) -> None:
    assert "/optegnelser" not in _menu(client) and "/haendelser" not in _menu(client)
    log_in(client, tokens["sekretariat"])
    menu = _menu(client)
    assert "/optegnelser" in menu and "/haendelser" in menu
    assert client.get("/optegnelser").status_code == 200


def test_a_municipality_is_not_offered_the_secretariats_pages(
        client: TestClient[Any], tokens: dict[str, str]) -> None:
    log_in(client, tokens["aalborg"])
    assert "/optegnelser" not in _menu(client)


def test_who_pays_what_is_in_the_menu(client: TestClient[Any]) -> None:
    shares = [link for link in _menu(client) if link == "/fordeling"]  # the latest year
    assert shares and client.get(shares[0]).status_code == 200
    assert 'href="/fordeling"' in client.get("/").text  # the front page lists the sections


def test_the_upload_pages_format_link_is_the_record_format(
        client: TestClient[Any], tokens: dict[str, str]) -> None:
    log_in(client, tokens["sekretariat"])
    (link,) = re.findall(r'<a href="([^"]+)">formatet</a>', client.get("/optegnelser").text)
    with TestClient(client.app) as anonymous:  # anyone may read the format
        answer = anonymous.get(link)
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("application/schema+json")
    printed = CliRunner().invoke(cli, ["schema"])
    assert answer.json() == json.loads(printed.output)
