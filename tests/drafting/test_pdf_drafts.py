"""A minutes PDF drafts as its text file does: the four shared minutes, typeset by WeasyPrint
(tests/drafting/pdfmaker.py: justified, hyphenated, lines wrapped elsewhere than the text
file's, a running header and "n/N" on every page), give the text file's facts kind by kind
(tests/drafting/quality.py), and each PDF draft is accepted by `socialaftale check` once its
review list is worked through."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from socialaftale import draft_document, draft_record, read_text
from socialaftale_cli.main import cli

from .pdfmaker import minutes_pdf
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
