"""``socialaftale check --against DIR`` reads a cited PDF through its text layer: a record
that cites the PDF of its minutes is checked against the PDF (a real file, typeset by
WeasyPrint from the minutes' text)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from socialaftale.records.verbatim import sha256_of
from socialaftale_cli.main import cli

from .pdfmaker import KILDER, encrypted, minutes_pdf, scanned

RECORD = KILDER.parent / "socdir-2013-01-17.yaml"
SOURCE = "001_06729882290ccbd8.txt"


def _cite_pdf(tmp_path: Path, pdf: bytes) -> Path:
    """The real record of 17 January 2013, citing its minutes as referat.pdf in kilder/."""
    (tmp_path / "kilder").mkdir(exist_ok=True)
    (tmp_path / "kilder" / "referat.pdf").write_bytes(pdf)
    (tmp_path / "kilder" / "andet.pdf").write_bytes(b"%PDF-1.7\nnot cited, never parsed")
    text = RECORD.read_text(encoding="utf-8").replace(SOURCE, "referat.pdf")
    text = re.sub(r"^kilde_sha256: \S+", f"kilde_sha256: {sha256_of(pdf)}", text, flags=re.M)
    path = tmp_path / "socdir.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _check(tmp_path: Path, record: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", "--store", f"sqlite:///{tmp_path / 's.db'}",
                                      "--against", str(tmp_path / "kilder"), str(record)])
    return result.exit_code, result.output


def test_a_record_citing_a_pdf_is_checked_against_the_pdfs_text(tmp_path: Path) -> None:
    record = _cite_pdf(tmp_path, minutes_pdf(SOURCE))
    code, out = _check(tmp_path, record)
    assert code == 0, out
    assert "socdir.yaml: alt gengivet som referatets ord står ordret i kilden" in out
    # a word the minutes do not say is caught in the PDF as in a text file
    text = record.read_text(encoding="utf-8")
    assert "Jan orienterede om Forretningsudvalgets" in text
    record.write_text(text.replace("Jan orienterede om Forretningsudvalgets",
                                   "Jan fortalte om Forretningsudvalgets"), encoding="utf-8")
    code, out = _check(tmp_path, record)
    assert code == 1
    assert "står ikke ordret i referat.pdf (referatets tekst)" in out
    assert "nærmeste sted i referatet: «Jan orienterede om Forretningsudvalgets" in out


def test_a_cited_scanned_pdf_is_a_danish_error_naming_the_file(tmp_path: Path) -> None:
    record = _cite_pdf(tmp_path, scanned(minutes_pdf(SOURCE)))
    code, out = _check(tmp_path, record)
    assert code == 2 and "Traceback" not in out
    assert f"{tmp_path / 'kilder' / 'referat.pdf'}: PDF'en har ingen tekst at læse" in out
    assert "regel: pdf-uden-tekst" in out


# -- socialaftale draft FILE.pdf -----------------------------------------------------------


def _draft(*args: str) -> Any:
    return CliRunner().invoke(cli, ["draft", *args])


def test_draft_reads_a_pdf_and_the_draft_passes_the_check_against_it(tmp_path: Path) -> None:
    (tmp_path / "kilder").mkdir()
    pdf = tmp_path / "kilder" / "referat.pdf"
    pdf.write_bytes(minutes_pdf("003_dac07bbacd9158aa.txt"))
    out = tmp_path / "udkast.yaml"
    result = _draft(str(pdf), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert "referat.pdf: udkast skrevet til" in result.stderr
    text = out.read_text(encoding="utf-8")
    assert "\nkilde: referat.pdf\n" in text and f"kilde_sha256: {sha256_of(pdf.read_bytes())}" \
        in text
    # the running header between two pages is not taken for the minutes' words
    assert "Sekretariatet for Rammeaftaler" not in text.split("\ngennemsyn:")[0].split(
        "\npunkter:")[1]
    code, out_text = _check(tmp_path, out)
    # every text the draft gives as the minutes' words is in the PDF; only the review is open
    assert "udkast.yaml: alt gengivet som referatets ord står ordret i kilden" in out_text
    assert code == 1 and "gennemsyn-aaben" in out_text, out_text


@pytest.mark.parametrize(("make", "rule"), [
    (lambda pdf: scanned(pdf), "pdf-uden-tekst"),
    (lambda pdf: encrypted(pdf), "pdf-krypteret"),
    (lambda pdf: pdf[: len(pdf) // 3], "pdf-beskadiget"),
    (lambda pdf: b"PK\x03\x04" + bytes(64), "ikke-pdf"),
])
def test_draft_refuses_a_pdf_it_cannot_read_naming_it_and_writes_nothing(
        tmp_path: Path, make: Any, rule: str) -> None:
    pdf = tmp_path / "referat.pdf"
    pdf.write_bytes(make(minutes_pdf(SOURCE)))
    result = _draft(str(pdf), "-o", str(tmp_path / "ud.yaml"))
    assert result.exit_code == 2 and f"Fejl: {pdf}: " in result.stderr
    assert f"(regel: {rule}; intet er skrevet)" in result.stderr
    assert sorted(tmp_path.iterdir()) == [pdf]


def test_draft_refuses_a_200_mb_file_by_its_size(tmp_path: Path) -> None:
    big = tmp_path / "stort.pdf"
    with big.open("wb") as f:  # a sparse file: 200 MB that are never read
        f.write(b"%PDF-1.7\n")
        f.truncate(200 * 1024 * 1024)
    result = _draft(str(big), "-o", str(tmp_path / "ud.yaml"))
    assert result.exit_code == 2 and "fil-for-stor" in result.stderr
    assert f"{big}: filen er 200 MB; et referat må højst fylde 50 MB" in result.stderr
    assert sorted(tmp_path.iterdir()) == [big]


def test_draft_refuses_a_pdf_that_is_not_minutes_naming_it_and_writes_nothing(
        tmp_path: Path) -> None:
    """A real PDF with a text layer but no meeting header (an invoice, a letter) is refused
    as not minutes: a Danish error naming the file, exit 2, nothing written."""
    from .pdfmaker import render

    pdf = tmp_path / "faktura.pdf"
    pdf.write_bytes(render(["Faktura nr. 2041", "Aalborg Kommune, Boulevarden 13",
                            "Til betaling senest 1. marts 2020: 12.500 kr."]))
    result = _draft(str(pdf), "-o", str(tmp_path / "ud.yaml"))
    assert result.exit_code == 2, result.output
    assert f"Fejl: {pdf}: filen ligner ikke et referat" in result.stderr
    assert "(regel: ikke-referat; intet er skrevet)" in result.stderr
    assert sorted(tmp_path.iterdir()) == [pdf]
