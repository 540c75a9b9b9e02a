"""Which PDF library reads the minutes best: pypdf, pdfplumber and pdfminer.six measured on
real PDFs typeset from the four meetings' text (tests/drafting/pdfmaker.py).

    python benchmarks/pdf_extraction.py [--markdown FILE]

For each library and each meeting: the share of the text file's words found in the same
order in the extracted text (difflib over words, hyphenation undone and page furniture left
out on both sides), the share of pages whose running header comes out as the page's first
line and whose "n/N" number as its last, how many words broken at a line end are joined
back, whether Danish letters written decomposed come out composed (NFC), and the seconds for
each meeting (CPU seconds of the process). docs/drafting-pdf.md gives the figures and the choice.
"""

from __future__ import annotations

import argparse
import difflib
import io
import os
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "drafting"))

from pdfmaker import HEADER, KILDER, minutes_pdf  # noqa: E402

from socialaftale.records.verbatim import _source_text  # noqa: E402

Pages = list[list[str]]


def with_pypdf(data: bytes) -> Pages:
    from pypdf import PdfReader

    return [p.extract_text().splitlines() for p in PdfReader(io.BytesIO(data)).pages]


def with_pdfplumber(data: bytes) -> Pages:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [[ln["text"] for ln in page.extract_text_lines()] for page in pdf.pages]


def with_pdfminer(data: bytes) -> Pages:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTTextContainer, LTTextLine

    pages: Pages = []
    for page in extract_pages(io.BytesIO(data)):
        lines: list[tuple[float, float, str]] = []
        for box in page:
            if isinstance(box, LTTextContainer):
                lines += [(-ln.y1, ln.x0, ln.get_text().rstrip("\n")) for ln in box
                          if isinstance(ln, LTTextLine)]
        pages.append([text for _, _, text in sorted(lines)])
    return pages


def with_pdfium_reader(data: bytes) -> Pages:
    """The drafter's reader (socialaftale.drafting.pdf.read_pdf: PDFium, its lines grouped
    as pdfminer.six's are, NFC), blank lines (paragraph gaps) left out."""
    from socialaftale.drafting.pdf import read_pdf

    doc = read_pdf("referat.pdf", data)
    pages: Pages = [[] for _ in range(doc.pages)]
    for line in doc.lines:
        if line.text:
            pages[line.page - 1].append(line.text)
    return pages


LIBRARIES: dict[str, Callable[[bytes], Pages]] = {
    "pypdf 7": with_pypdf, "pdfplumber 0.11": with_pdfplumber, "pdfminer.six": with_pdfminer,
    "PDFium (read_pdf)": with_pdfium_reader}


def words(text: str) -> list[str]:
    """The words of a text as the verbatim check joins it (a word broken at a line end is one
    word again), furniture and header left out."""
    body = "\n".join(ln for ln in text.splitlines() if ln.strip() != HEADER)
    return _source_text(body).replace("\u00ad", "").split()


def similarity(expected: list[str], got: list[str]) -> float:
    return difflib.SequenceMatcher(None, expected, got, autojunk=False).ratio()


def furniture_in_place(pages: Pages) -> float:
    good = sum(1 for n, lines in enumerate(pages, 1)
               if lines and lines[0].strip() == HEADER
               and lines[-1].strip() == f"{n}/{len(pages)}")
    return good / len(pages)


def broken_words(pages: Pages) -> tuple[int, int]:
    """Lines ending in a broken word: all, and those the typesetter broke (U+2010)."""
    ends = [ln.rstrip() for lines in pages for ln in lines]
    return (sum(1 for e in ends if re.search(r"\w[\u2010-]$", e)),
            sum(1 for e in ends if re.search(r"\w\u2010$", e)))


def measure() -> str:
    names = sorted(p.name for p in KILDER.glob("*.txt"))
    pdfs = {n: minutes_pdf(n) for n in names}
    nfd = minutes_pdf(names[0], nfd=True)
    rows = ["| library | meeting | pages | words in order | header first, n/N last | "
            "broken words at line ends (by the typesetter) | NFC as written (NFD in) | CPU s |",
            "|---|---|---:|---:|---:|---:|---|---:|"]
    for lib, read in LIBRARIES.items():
        for name in names:
            began = time.process_time()  # CPU seconds: steady when others share the cores
            pages = read(pdfs[name])
            seconds = time.process_time() - began
            expected = words((KILDER / name).read_text(encoding="utf-8"))
            got = words("\n".join(ln for lines in pages for ln in lines))
            decomposed = "\n".join(ln for lines in read(nfd) for ln in lines)
            nfc = unicodedata.is_normalized("NFC", decomposed) if name == names[0] else None
            rows.append(
                f"| {lib} | {name[:3]} | {len(pages)} | {similarity(expected, got):.4f} | "
                f"{furniture_in_place(pages):.2f} | {'{} ({})'.format(*broken_words(pages))} | "
                f"{'' if nfc is None else ('yes' if nfc else 'no')} | {seconds:.2f} |")
    return "\n".join(rows) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", help="also write the table to this file")
    args = parser.parse_args()
    table = measure()
    print(f"PDF extraction on {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    print(table)
    if args.markdown:
        Path(args.markdown).write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
