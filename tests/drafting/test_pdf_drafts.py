"""A minutes PDF drafts as its text file does: the four shared minutes, typeset by WeasyPrint
(tests/drafting/pdfmaker.py: justified, hyphenated, lines wrapped elsewhere than the text
file's, a running header and "n/N" on every page), give the text file's facts kind by kind
(tests/drafting/quality.py), as do the PDFs Chromium prints of them (a second writer), and
each PDF draft is accepted by `socialaftale check` once its
review list is worked through."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from socialaftale import draft_document, draft_record, read_text
from socialaftale.drafting.pdf import read_pdf
from socialaftale_cli.main import cli

from .pdfmaker import chromium_pdfs, minutes_pdf
from .quality import KINDS, RECORDS, SOURCES, facts, fora_known

MINUTES = sorted(RECORDS)

#: What a PDF draft differs in from its text file's draft, by meeting and kind, and why (a
#: known limit; each entry must still differ, or the test fails and it is removed).
KNOWN: dict[tuple[str, str], str] = {}


@pytest.fixture(scope="module")
def drafts() -> dict[str, tuple[dict[str, Any], dict[str, Any], Any]]:
    """Each meeting's text draft, PDF draft (as data) and PDF draft (as drafted)."""
    fora = fora_known()
    out = {}
    for name in MINUTES:
        text = draft_record(read_text(name, (SOURCES / name).read_bytes()), fora=fora)
        pdf = draft_document("referat.pdf", minutes_pdf(name), fora=fora).draft
        out[name] = (yaml.safe_load(text.yaml), yaml.safe_load(pdf.yaml), pdf)
    return out


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Each meeting printed to PDF by Chromium: another writer, other line breaks."""
    return chromium_pdfs(MINUTES, tmp_path_factory.mktemp("chromium"))


@pytest.mark.parametrize("name", MINUTES)
def test_a_second_writers_pdf_reads_and_drafts_as_the_text_file(
        printed: dict[str, bytes], name: str) -> None:
    """Chromium's PDF of the minutes: PDFium gives pdfminer.six's lines, and the draft has
    the text file's facts in every kind (the rules were written on WeasyPrint's PDFs)."""
    pdf = printed[name]
    assert read_pdf("referat.pdf", pdf).lines == read_pdf("referat.pdf", pdf,
                                                          reader="pdfminer").lines
    fora = fora_known()
    text = facts(yaml.safe_load(draft_record(read_text(name, (SOURCES / name).read_bytes()),
                                             fora=fora).yaml))
    drafted = facts(yaml.safe_load(draft_document("referat.pdf", pdf, fora=fora).draft.yaml))
    for kind in KINDS:
        assert drafted[kind] == text[kind], (kind, drafted[kind], text[kind])


@pytest.mark.parametrize("name", MINUTES)
@pytest.mark.parametrize("kind", KINDS)
def test_a_pdf_drafts_the_facts_its_text_file_drafts(
        drafts: dict[str, tuple[dict[str, Any], dict[str, Any], Any]], name: str,
        kind: str) -> None:
    text, pdf, _ = drafts[name]
    same = facts(text)[kind] == facts(pdf)[kind]
    assert same != ((name, kind) in KNOWN), (kind, facts(text)[kind], facts(pdf)[kind])


@pytest.mark.parametrize("name", MINUTES)
def test_check_accepts_each_pdf_draft_once_its_review_is_worked_through(
        drafts: dict[str, tuple[dict[str, Any], dict[str, Any], Any]], name: str,
        tmp_path: Path) -> None:
    (tmp_path / "kilder").mkdir()
    (tmp_path / "kilder" / "referat.pdf").write_bytes(minutes_pdf(name))
    draft = drafts[name][2]
    record = tmp_path / "udkast.yaml"
    record.write_text(draft.yaml, encoding="utf-8")
    args = ["check", "--store", f"sqlite:///{tmp_path / 's.db'}", "--against",
            str(tmp_path / "kilder"), str(record)]
    refused = CliRunner().invoke(cli, args)
    assert refused.exit_code == 1 and "gennemsyn-aaben" in refused.output
    assert "udkast.yaml: alt gengivet som referatets ord står ordret i kilden" in \
        refused.output
    for entry in draft.review:  # the review list names every open entry
        assert entry.felt in refused.output
    data = yaml.safe_load(draft.yaml)
    data.pop("gennemsyn")  # the reviewer worked through it (and found the draft right)
    record.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                      encoding="utf-8")
    accepted = CliRunner().invoke(cli, args)
    assert accepted.exit_code == 0, accepted.output
    assert "udkast.yaml: alt gengivet som referatets ord står ordret i kilden" in \
        accepted.output
