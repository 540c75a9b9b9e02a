"""/kilder/{dokument}: "Kilde" links to the record's copy of the minutes, with the cited lines
marked and an anchor per line; on the real records (examples/nordjylland and its kilder/)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from pathlib import Path
from typing import Any

import pytest
from litestar.testing import TestClient

from socialaftale import Socialaftale, read_text
from socialaftale_web import create_app

from .browser import CHROMIUM, live_server, screenshot
from .conftest import EXAMPLES
from .test_browser_axe import violations

KILDER = EXAMPLES / "kilder"
DAS = "003_dac07bbacd9158aa.txt"


@pytest.fixture
def reader(loaded: Socialaftale) -> Iterator[TestClient[Any]]:
    with TestClient(create_app(loaded, kilder=KILDER)) as c:
        yield c


def lines_of(name: str) -> list[str]:
    """The document's lines as the tools number them (NFC, a form feed opens a page)."""
    return [x.text for x in read_text(name, (KILDER / name).read_bytes()).lines]


def marked(html: str) -> dict[int, str]:
    """The page's marked lines: number → text."""
    return {int(n): unescape(re.sub(r"<[^>]+>", "", t)) for n, t in re.findall(
        r'<li id="l-(\d+)" class="markeret">.*?<span class="tekst">(.*?)</span></li>', html)}


def test_a_cited_span_is_marked_and_every_line_has_an_anchor(reader: TestClient[Any]) -> None:
    response = reader.get(f"/kilder/{DAS}?linjer=1003-1004")
    assert response.status_code == 200
    html = response.text
    text = lines_of(DAS)
    assert marked(html) == {1003: text[1002], 1004: text[1003]}
    assert "TI/HCN udgår af det" in marked(html)[1003]
    assert len(re.findall(r'<li id="l-\d+"', html)) == len(text)
    assert 'href="#l-1003">linje 1003-1004</a>' in html


def test_a_cases_kilde_links_its_lines_and_they_are_the_cited_ones(
        reader: TestClient[Any]) -> None:
    page = reader.get("/forloeb/ti-hcn-forstaerket-samarbejde").text
    links = set(re.findall(r'<a class="kilde" href="([^"]+)">', page))
    url = f"/kilder/{DAS}?linjer=1003-1004#l-1003"
    assert url in links
    assert f'<a class="kilde" href="{url}">{DAS}, s. 1, l. 1003-1004</a>' in page
    for link in links:  # every link opens a page with the cited lines marked
        path, _, anchor = link.partition("#")
        html = reader.get(path).text
        first = int(anchor.removeprefix("l-"))
        assert first in marked(html), link


def test_each_tilbudsvifte_change_links_its_source_document(reader: TestClient[Any]) -> None:
    page = reader.get("/tilbud/mariagerfjord/kernen").text
    assert f'Kilde: <a class="kilde" href="/kilder/{DAS}">{DAS}</a>' in page
    assert reader.get(f"/kilder/{DAS}").status_code == 200
    assert 'class="markeret"' not in reader.get(f"/kilder/{DAS}").text  # no lines cited


@pytest.mark.parametrize("name", ["findes-ikke.txt", "..%2Fsocdir-2013-01-17.yaml",
                                  "README.md", "%2Fetc%2Fpasswd"])
def test_an_unknown_document_is_a_danish_404(reader: TestClient[Any], name: str) -> None:
    response = reader.get(f"/kilder/{name}")
    assert response.status_code == 404, name
    assert "kilde_sha256" not in response.text and "root:" not in response.text
    if "%2F" not in name:  # a name with a slash is no document name: no route matches
        assert "findes ikke blandt registrets kilder" in unescape(response.text)


@pytest.mark.parametrize(("linjer", "says"), [
    ("abc", "Feltet 'linjer' skal være et linjenummer"),
    ("9000", "ligger uden for dokumentet"),
    ("20-10", "ligger uden for dokumentet")])
def test_lines_that_are_not_a_span_of_the_document_are_refused(
        reader: TestClient[Any], linjer: str, says: str) -> None:
    response = reader.get(f"/kilder/{DAS}?linjer={linjer}")
    assert response.status_code == 400
    assert says in unescape(response.text)


def test_without_the_documents_there_is_no_link_and_no_page(
        loaded: Socialaftale, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOCIALAFTALE_KILDER", raising=False)
    with TestClient(create_app(loaded)) as c:
        page = c.get("/forloeb/ti-hcn-forstaerket-samarbejde").text
        assert 'class="kilde"' not in page and f"{DAS}, s. 1, l. 1003-1004" in page
        assert c.get(f"/kilder/{DAS}").status_code == 404


def test_the_documents_directory_may_come_from_the_environment(
        loaded: Socialaftale, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOCIALAFTALE_KILDER", str(KILDER))
    with TestClient(create_app(loaded)) as c:
        assert c.get(f"/kilder/{DAS}").status_code == 200


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")
@pytest.mark.parametrize("width", [390, 1200])
def test_following_a_kilde_link_scrolls_to_the_cited_lines(
        chromium: Any, loaded: Socialaftale, width: int) -> None:
    context = chromium.new_context(locale="da-DK", viewport={"width": width, "height": 844})
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        with live_server(create_app(loaded, kilder=KILDER)) as site:
            page.goto(site + "/forloeb/ti-hcn-forstaerket-samarbejde")
            with page.expect_navigation():
                page.locator('a.kilde[href$="linjer=1003-1004#l-1003"]').first.click()
            box = page.evaluate("""() => {
              const r = document.getElementById('l-1003').getBoundingClientRect();
              return {top: r.top, bottom: r.bottom, height: innerHeight,
                      scroll: document.documentElement.scrollWidth,
                      width: document.documentElement.clientWidth};
            }""")
            screenshot(page, f"kilde-{width}")
            serious = violations(page, page.url.split("#")[0])  # a fresh load: axe sees it whole
    finally:
        context.close()
    assert box["top"] >= 0 and box["bottom"] <= box["height"], box  # in view
    assert box["scroll"] <= box["width"], box  # no sideways scroll on a phone
    assert not serious, serious  # axe-core: no serious or critical violation


def test_each_decision_links_the_minutes_it_stands_in(reader: TestClient[Any]) -> None:
    page = reader.get("/beslutninger?forum=DAS").text
    assert page.count('<article class="punkt">') > 3
    assert (page.count(f'Kilde: <a class="kilde" href="/kilder/{DAS}">{DAS}</a>')
            == page.count('<article class="punkt">'))


def test_serve_kilder_serves_the_directory_given(tmp_path: Path) -> None:
    """The real command: `serve --kilder DIR` answers /kilder/{dokument} from DIR."""
    import os
    import socket
    import subprocess
    import sys
    import time
    from urllib.request import urlopen

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "SOCIALAFTALE_STORE": str(tmp_path / "serve.db")}
    env.pop("SOCIALAFTALE_KILDER", None)
    proc = subprocess.Popen(
        [sys.executable, "-c", "from socialaftale_web.cli import serve; serve()",
         "--port", str(port), "--kilder", str(KILDER)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        body = ""
        for _ in range(200):
            try:
                with urlopen(f"http://127.0.0.1:{port}/kilder/{DAS}?linjer=1003") as r:
                    body = r.read().decode()
                break
            except OSError:
                if proc.poll() is not None:
                    break
                time.sleep(0.05)
        assert '<li id="l-1003" class="markeret">' in body, (
            proc.stdout.read().decode() if proc.poll() is not None and proc.stdout else "")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_document_name_with_spaces_and_danish_letters_is_linked_and_served(
        loaded: Socialaftale, tmp_path: Path) -> None:
    name = "Referat DAS æøå.txt"
    (tmp_path / name).write_text("Første linje\nAnden linje\n", encoding="utf-8")
    with TestClient(create_app(loaded, kilder=tmp_path)) as c:
        from socialaftale_web.views.kilder import kilde_url

        url = kilde_url({"request": type("R", (), {"app": c.app})()}, name, "s. 1, l. 2")
        assert url == "/kilder/Referat%20DAS%20%C3%A6%C3%B8%C3%A5.txt?linjer=2#l-2"
        assert marked(c.get(url.split("#")[0]).text) == {2: "Anden linje"}


def test_the_meeting_page_links_the_minutes_it_was_recorded_from(
        reader: TestClient[Any]) -> None:
    page = reader.get("/moeder/das-2019-10-24").text
    assert f'Kilde: <a class="kilde" href="/kilder/{DAS}">{DAS}</a>' in page
    assert reader.get(f"/kilder/{DAS}").status_code == 200
    other = reader.get("/moeder/socdir-2013-03-18").text
    assert ('Kilde: <a class="kilde" href="/kilder/002_19692c500b0e1c7c.txt">'
            '002_19692c500b0e1c7c.txt</a>') in other


def test_without_the_documents_the_meeting_page_names_its_source_unlinked(
        loaded: Socialaftale, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOCIALAFTALE_KILDER", raising=False)
    with TestClient(create_app(loaded)) as c:
        page = c.get("/moeder/das-2019-10-24").text
        assert f"Kilde: {DAS}" in page and 'class="kilde"' not in page


@pytest.fixture
def with_lines(store_url_factory: Any, tmp_path: Path) -> Iterator[TestClient[Any]]:
    """The DAS record with a ``kilde_sted`` on its item 8 decision (the lines of its referat),
    loaded beside the other real records: a source that names lines."""
    from socialaftale import load_records, open_store

    text = (EXAMPLES / "das-2019-10-24.yaml").read_text(encoding="utf-8")
    anchor = ("    beslutning:\n      # The minutes state no outcome for the item as a whole:")
    assert text.count(anchor) == 1
    text = text.replace(anchor, anchor.replace(
        "    beslutning:\n", '    beslutning:\n      kilde_sted: "s. 1, l. 988-990"\n'))
    files = [(p.name, p.read_bytes()) for p in sorted(EXAMPLES.glob("*.yaml"))
             if p.name != "das-2019-10-24.yaml"]
    store = open_store(store_url_factory("sqlite"), actor="test")
    try:
        load_records(store, [*files, ("das-2019-10-24.yaml", text.encode())])
        with TestClient(create_app(store, kilder=KILDER)) as c:
            yield c
    finally:
        store.close()


def test_a_decision_whose_source_names_lines_links_them(
        with_lines: TestClient[Any]) -> None:
    url = f"/kilder/{DAS}?linjer=988-990#l-988"
    page = with_lines.get("/beslutninger?forum=DAS").text
    assert f'Kilde: <a class="kilde" href="{url}">{DAS}, s. 1, l. 988-990</a>' in page
    # the other decisions name no lines: their link opens the document
    assert f'Kilde: <a class="kilde" href="/kilder/{DAS}">{DAS}</a>' in page
    html = with_lines.get(url.split("#")[0]).text
    assert "DAS godkendte alle anmodninger" in marked(html)[988]


def test_a_tilbudsvifte_change_whose_decision_names_lines_links_them(
        with_lines: TestClient[Any]) -> None:
    url = f"/kilder/{DAS}?linjer=988-990#l-988"
    page = with_lines.get("/tilbud/mariagerfjord/kernen").text
    assert f'<a class="kilde" href="{url}">{DAS}, s. 1, l. 988-990</a>, punkt 8' in page
    changes = with_lines.get("/aendringer?fra=2019-12-31&til=2020-01-01").text
    assert f'<a class="kilde" href="{url}">' in changes
