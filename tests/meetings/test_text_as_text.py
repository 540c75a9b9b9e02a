"""Text from records is shown as text: a referat that contains ``## 99 Falsk punkt`` or
``**Beslutning:**`` gets no heading and no decision of its own — not in the CLI's
``meeting`` (Markdown, read back with a CommonMark parser; HTML), not in the JSON API's
Markdown and not on the web page."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from litestar.testing import TestClient
from markdown_it import MarkdownIt

from socialaftale import Socialaftale, load_record, open_store
from socialaftale_cli.main import cli
from socialaftale_web import create_app

VALID = (Path(__file__).parents[1] / "records" / "valid.yaml").read_text(encoding="utf-8")

HOSTILE_REFERAT = """referat: |
        DAS godkendte ind- og udmeldinger.
        ## 99 Falsk punkt
        **Beslutning:** godkendt
        - en falsk bemærkning
        1. en falsk liste
        > et falsk citat
        <script>alert(1)</script> [et link](https://example.org) `kode` &amp;
        Falsk overskrift
        ===
"""
LINES = ["DAS godkendte ind- og udmeldinger.", "## 99 Falsk punkt",
         "**Beslutning:** godkendt", "- en falsk bemærkning", "1. en falsk liste",
         "> et falsk citat",
         "<script>alert(1)</script> [et link](https://example.org) `kode` &amp;",
         "Falsk overskrift", "==="]
RECORD = VALID.replace("referat: DAS godkendte ind- og udmeldinger.\n", HOSTILE_REFERAT).replace(
    "titel: Godkendelse af dagsorden",
    'titel: "Godkendelse af dagsorden **Beslutning:** [x](y) <b>"').replace(
    "{navn: Testa Fiktivhøj,", '{navn: "Testa *Fiktivhøj*",')
ITEMS = ["1. Godkendelse af dagsorden **Beslutning:** [x](y) <b>",
         "8. Ind- og udmelding af tilbud i nordjysk Socialaftale"]


@pytest.fixture
def store_file(tmp_path: Path) -> Iterator[str]:
    url = f"sqlite:///{tmp_path / 'tekst.db'}"
    with open_store(url, actor="test") as store:
        load_record(store, RECORD, "das.yaml")
    yield url


def _tokens(markdown: str) -> list[Any]:
    return MarkdownIt("commonmark").parse(markdown)


def _structure(markdown: str) -> tuple[list[str], list[str], int, int]:
    """Headings (with their text), strong texts, list items and HTML blocks/inline HTML of
    a Markdown document, as a CommonMark reader sees them."""
    tokens = _tokens(markdown)
    headings = [f"{t.tag} " + "".join(c.content for c in tokens[i + 1].children or []
                                      if c.type == "text")
                for i, t in enumerate(tokens) if t.type == "heading_open"]
    strong = []
    items = sum(t.type == "list_item_open" for t in tokens)
    raw = sum(t.type == "html_block" for t in tokens)
    for t in tokens:
        for i, child in enumerate(t.children or []):
            if child.type == "strong_open":
                strong.append(t.children[i + 1].content)
            raw += child.type in ("html_inline", "link_open", "code_inline")
    return headings, strong, items, raw


def _plain(markdown: str) -> str:
    """The text a reader sees once the Markdown is rendered."""
    text = []
    for t in _tokens(markdown):
        text += [c.content for c in t.children or [] if c.type == "text"]
    return "\n".join(text)


def test_the_cli_markdown_has_only_the_layouts_headings_and_labels(store_file: str) -> None:
    result = CliRunner().invoke(cli, ["meeting", "--store", store_file, "das-2019-10-24"])
    assert result.exit_code == 0, result.output
    headings, strong, items, raw = _structure(result.output)
    assert headings == ["h1 Referat: DAS", *(f"h2 {i}" for i in ITEMS)]
    assert strong == ["Møde", "Tid", "Sted", "Deltagere", "Afbud", "Indstilling", "Referat",
                      "Referat"]
    assert items == 1  # the indstilling's one at-clause; none from the referat
    assert raw == 0  # no HTML, no link, no code from the record's text
    seen = _plain(result.output)
    for line in LINES:
        assert line in seen, line  # every line shown as written
    assert "Testa *Fiktivhøj*" in seen
    assert not any(line.startswith(("## 99", "**Beslutning")) for line in
                   result.output.splitlines())  # nor can a line-reading program mistake it


def test_the_cli_html_shows_the_referat_as_paragraphs(store_file: str) -> None:
    result = CliRunner().invoke(cli, ["meeting", "--store", store_file, "das-2019-10-24",
                                      "--format", "html"])
    assert result.exit_code == 0, result.output
    html = result.output
    assert re.findall(r"<h2[^>]*>", html) == ['<h2 id="punkt-1">', '<h2 id="punkt-8">']
    assert "<p>## 99 Falsk punkt</p>" in html
    assert "<p>**Beslutning:** godkendt</p>" in html
    assert "<p>- en falsk bemærkning</p>" in html
    assert "&lt;script&gt;" in html and "<script>" not in html
    assert html.count("<li>") == 1


def test_the_dagsorden_escapes_titles_too(store_file: str) -> None:
    result = CliRunner().invoke(cli, ["meeting", "--store", store_file, "das-2019-10-24",
                                      "--dagsorden"])
    assert result.exit_code == 0, result.output
    headings, strong, _, raw = _structure(result.output)
    assert headings == ["h1 Dagsorden: DAS", *(f"h2 {i}" for i in ITEMS)]
    assert "Beslutning:" not in strong and raw == 0


def test_the_web_page_and_the_api_show_record_text_as_text(store_file: str) -> None:
    with open_store(store_file) as store, TestClient(create_app(store)) as client:
        page = client.get("/moeder/das-2019-10-24")
        assert page.status_code == 200, page.text
        article = page.text[page.text.index("<article"):page.text.index("</article>")]
        assert re.findall(r"<h2[^>]*>", article) == ['<h2 id="punkt-1">', '<h2 id="punkt-8">']
        assert 'id="punkt-99"' not in page.text
        assert "<p>## 99 Falsk punkt</p>" in article
        assert "<p>**Beslutning:** godkendt</p>" in article
        assert "<script>alert" not in page.text
        api = client.get("/api/moeder/das-2019-10-24")
        assert api.status_code == 200, api.text
        headings, _, _, raw = _structure(api.json()["markdown"])
        assert headings == ["h1 Referat: DAS", *(f"h2 {i}" for i in ITEMS)] and raw == 0


def test_plain_record_text_is_shown_unchanged(sqlite_store: Socialaftale) -> None:
    load_record(sqlite_store, VALID, "das.yaml")
    text = sqlite_store.referat_markdown("das-2019-10-24")
    assert "## 8. Ind- og udmelding af tilbud i nordjysk Socialaftale" in text
    assert "\nDAS godkendte ind- og udmeldinger.\n" in text
    assert "**Sted** Regionshuset, Niels Bohrs Vej 30, 9220 Aalborg Øst – mødelokale 2  " \
        in text


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Socialaftale]:
    with open_store(str(tmp_path / "p.db"), actor="test") as store:
        yield store


def test_a_title_over_two_lines_is_one_row_of_the_decisions_table(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'rows.db'}"
    record = VALID.replace("titel: Godkendelse af dagsorden",
                           'titel: "Godkendelse\\n24.10.2019  DAS  99     Falsk punkt  godkendt"')
    with open_store(url, actor="test") as store:
        load_record(store, record, "das.yaml")
        assert store.decisions()[0].titel.startswith("Godkendelse\n24.10.2019  DAS")
    result = CliRunner().invoke(cli, ["decisions", "--store", url])
    assert result.exit_code == 0, result.output
    rows = result.output.splitlines()[2:]
    assert len(rows) == 2, result.output  # the two decisions; no third from the title
    assert "Godkendelse ⏎ 24.10.2019  DAS  99" in rows[0]
