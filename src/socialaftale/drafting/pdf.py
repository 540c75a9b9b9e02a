"""A minutes PDF as the drafter reads it: the text layer's lines, numbered through the whole
document, with their pages.

PDFium (pypdfium2) reads the text: it gives exactly pdfminer.six's lines (the measured
choice, docs/drafting-pdf.md: same words as pypdf and pdfplumber, but the page's lines top to
bottom with the running header first) in a tenth of the time or less; pdfminer.six stays as
``read_pdf(..., reader="pdfminer")``, the baseline the tests and the benchmark hold PDFium
to. The lines of a page are its text lines ordered top to bottom; pieces of
text on one baseline (a label and its value in a header table: "Møde" … "Socialdirektør-
kredsen") are one line, left to right, and a run of spaces (a justified line's gaps) is one
space. Each line is NFC (a writer may store "å" as "a" and a
combining ring). A word broken at a line end stays broken in the lines ("Egen‐" / "mestring",
as the page shows it); :func:`kilde_of` joins it for text matching exactly as the verbatim
check joins a text file's lines (records/verbatim.py). A paragraph's gap is a blank line, as
a text file has it (:func:`_with_gaps`). Running headers and "n/N" page numbers are kept as
lines; :func:`furniture` tells which lines they are.

A PDF that cannot give its text (too large, not a PDF, damaged, encrypted, scanned without a
text layer) raises :class:`DraftError` with a Danish message naming the file and a rule id.
Pure: the caller reads the bytes (and can check the size first with :func:`check_size`).
"""

from __future__ import annotations

import hashlib
import io
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise
from typing import Any

import attrs

from ..records.verbatim import Kilde, _source_text
from .source import DraftError, SourceDocument, SourceLine

__all__ = ["MAX_PDF_BYTES", "check_size", "furniture", "is_pdf", "kilde_of", "read_pdf",
           "read_source", "without_furniture"]

#: The largest PDF read: a year's minutes with scanned bilag stay far below it; parsing a
#: larger one would hold the reader (and a web worker) for minutes.
MAX_PDF_BYTES = 50 * 1024 * 1024


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f}".replace(".", ",")


def check_size(name: str, size: int) -> None:
    """Refuse a document larger than :data:`MAX_PDF_BYTES` before anything reads it."""
    if size > MAX_PDF_BYTES:
        raise DraftError(f"filen er {_mb(size)} MB; et referat må højst fylde "
                         f"{_mb(MAX_PDF_BYTES)} MB. Intet er læst eller gemt",
                         file=name, rule="fil-for-stor")


def is_pdf(data: bytes) -> bool:
    """Whether ``data`` starts as a PDF file does (the header within its first kilobyte)."""
    return b"%PDF-" in data[:1024]


#: A piece of a page's text: top, bottom, left, right, text.
_Piece = tuple[float, float, float, float, str]


#: A step between two lines wider than this many times the document's line pitch is a
#: paragraph's gap: a word processor's space between paragraphs is a third to a
#: whole line; a wrapped paragraph's lines and a list's lines are a pitch apart.
_GAP = 1.3


def _rows(pieces: list[_Piece]) -> list[tuple[float, str]]:
    """Pieces of a page's text as its lines, top to bottom: a piece whose middle lies within a
    line's height is on that line, to its right, a space between them unless they touch.
    Each line with its top (:func:`_with_gaps` finds the paragraphs' gaps)."""
    pieces = sorted(pieces, key=lambda p: (-p[0], p[2]))
    rows: list[list[_Piece]] = []
    for piece in pieces:
        if rows:
            top, bottom = rows[-1][0][0], rows[-1][0][1]
            middle = (piece[0] + piece[1]) / 2
            if bottom <= middle <= top:  # on the row's line: a piece to its right
                rows[-1].append(piece)
                continue
        rows.append([piece])
    out: list[tuple[float, str]] = []
    for row in rows:
        row.sort(key=lambda p: p[2])
        text = row[0][4]
        for before, piece in pairwise(row):
            text += piece[4] if piece[2] - before[3] < 0.5 else " " + piece[4]
        out.append((row[0][0], unicodedata.normalize("NFC", " ".join(text.split()))))
    return out


def _with_gaps(pages: list[list[tuple[float, str]]]) -> list[list[str]]:
    """The pages' lines (top, text) as text, a blank line where a paragraph's gap is: a step
    from one line to the next wider than :data:`_GAP` times the document's line pitch (the
    narrow end of its steps, so a page of one-line paragraphs, all gaps, still has its
    blank lines)."""
    steps = sorted(a[0] - b[0] for page in pages for a, b in pairwise(page) if a[0] > b[0])
    pitch = steps[len(steps) // 10] if steps else 0.0
    out: list[list[str]] = []
    for page in pages:
        lines: list[str] = []
        for k, (top, text) in enumerate(page):
            if k and page[k - 1][0] - top > _GAP * pitch:
                lines.append("")  # a paragraph's gap: a blank line, as a text file has it
            lines.append(text)
        out.append(lines)
    return out


def _encrypted(name: str) -> DraftError:
    return DraftError("PDF'en er krypteret og kan ikke åbnes uden adgangskode; gem den "
                      "uden kryptering (eller udskriv den til en ny PDF) og prøv igen",
                      file=name, rule="pdf-krypteret")


def _damaged(name: str, what: str) -> DraftError:
    return DraftError(f"PDF'en er beskadiget eller ufuldstændig og kan ikke læses "
                      f"({what}); hent eller gem den igen", file=name, rule="pdf-beskadiget")


#: PDFium's mark for a hyphen at a line's end (FPDFText writes U+0002 in a page's bounded
#: text, U+FFFE in its running text): the page shows "-" there, as pdfminer.six reads it.
_PDFIUM_HYPHEN = str.maketrans({"\x02": "-", "\ufffe": "-"})
_PDFIUM_LINE_END = re.compile("\r\n|\ufffe")


def _pdfium_pieces(text: Any) -> Iterator[_Piece]:
    """A PDFium text page's lines as it runs them (content order: a line ends at its
    generated line break, or after a hyphen PDFium marks as a line end's), each placed by
    its first and last characters' boxes (font height, so a line of "..." stands as high
    as one of "Dag")."""
    running = text.get_text_range()
    if len(running) != text.count_chars():  # characters beyond 16 bits: place by index
        running = "".join(text.get_text_range(i, 1) or " " for i in range(text.count_chars()))
    start = 0
    for end in [*(m.end() for m in _PDFIUM_LINE_END.finditer(running)), len(running)]:
        piece = running[start:end].translate(_PDFIUM_HYPHEN)
        first, last = start, end - 1
        start = end
        while first <= last and running[first].isspace():
            first += 1
        while last >= first and running[last] in "\r\n\t ":
            last -= 1
        if first > last:
            continue
        left, bottom, _, top = text.get_charbox(first, loose=True)
        right = text.get_charbox(last, loose=True)[2]
        yield (top, bottom, left, right, piece.strip())


#: PDFium is not thread-safe (pypdfium2's documentation): one document at a time, so a web
#: worker's threads can draft side by side.
_PDFIUM_LOCK = threading.Lock()


def _pdfium_pages(name: str, data: bytes) -> tuple[list[list[tuple[float, str]]], int]:
    """The pages' lines through PDFium, and how many pages hold an image.

    PDFium repairs a truncated file where it can, so a file whose end ("%%EOF") is missing
    is refused as incomplete first: its last pages may be gone without a trace."""
    import pypdfium2
    import pypdfium2.raw as pdfium_c

    if b"%%EOF" not in data[-2048:]:
        raise _damaged(name, "filens slutning mangler")
    with _PDFIUM_LOCK:
        return _pdfium_locked(name, data, pypdfium2, pdfium_c)


def _pdfium_locked(name: str, data: bytes, pypdfium2: Any, pdfium_c: Any
                   ) -> tuple[list[list[tuple[float, str]]], int]:
    try:
        pdf = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as err:
        if err.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise _encrypted(name) from None
        raise _damaged(name, str(err)) from None
    pages: list[list[tuple[float, str]]] = []
    images = 0
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            text = page.get_textpage()
            pages.append(_rows(list(_pdfium_pieces(text))))
            images += any(True for _ in page.get_objects(
                filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3))
            text.close()
            page.close()
    except pypdfium2.PdfiumError as err:
        raise _damaged(name, str(err)) from None
    finally:
        pdf.close()
    return pages, images


def _lines_of_page(page: object) -> list[tuple[float, str]]:
    """A page's text lines through pdfminer.six (the baseline PDFium is measured against)."""
    from pdfminer.layout import LTFigure, LTTextContainer, LTTextLine

    pieces: list[_Piece] = []

    def collect(items: object) -> None:
        for item in items:  # type: ignore[attr-defined]
            if isinstance(item, LTTextLine):
                text = item.get_text().rstrip("\n")
                if text.strip():
                    pieces.append((item.y1, item.y0, item.x0, item.x1, text))
            elif isinstance(item, LTTextContainer | LTFigure):
                collect(item)

    collect(page)
    return _rows(pieces)


def _has_images(page: object) -> bool:
    from pdfminer.layout import LTFigure, LTImage

    def walk(items: object) -> Iterator[object]:
        for item in items:  # type: ignore[attr-defined]
            yield item
            if isinstance(item, LTFigure):
                yield from walk(item)

    return any(isinstance(item, LTImage) for item in walk(page))


def _pdfminer_pages(name: str, data: bytes
                    ) -> tuple[list[list[tuple[float, str]]], int]:
    """The pages' lines through pdfminer.six, and how many pages hold an image."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    pages: list[list[tuple[float, str]]] = []
    images = 0
    try:
        for page in extract_pages(io.BytesIO(data), laparams=LAParams()):
            pages.append(_lines_of_page(page))
            images += _has_images(page)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise _encrypted(name) from None
    except Exception as err:  # pdfminer raises many kinds on a damaged file
        raise _damaged(name, type(err).__name__) from None
    return pages, images


#: The PDF readers: PDFium (the drafter's) and pdfminer.six (the baseline it was measured
#: against, docs/drafting-pdf.md); both give the same lines.
READERS = {"pdfium": _pdfium_pages, "pdfminer": _pdfminer_pages}


def read_pdf(name: str, data: bytes, *, reader: str = "pdfium") -> SourceDocument:
    """The minutes PDF ``data`` named ``name`` as numbered lines (see the module's text);
    ``reader``: one of :data:`READERS`.

    Raises :class:`DraftError`: ``fil-for-stor``, ``ikke-pdf``, ``pdf-krypteret``,
    ``pdf-beskadiget``, ``pdf-uden-tekst``."""
    check_size(name, len(data))
    if not is_pdf(data):
        raise DraftError("filen er ikke en PDF (den begynder ikke med '%PDF-'); upload "
                         "referatet som PDF eller som UTF-8-tekst", file=name, rule="ikke-pdf")
    placed, images = READERS[reader](name, data)
    pages = _with_gaps(placed)
    if not pages:
        raise DraftError("PDF'en har ingen sider; hent eller gem den igen", file=name,
                         rule="pdf-beskadiget")
    if not any(pages):
        scan = (" Siderne er billeder: referatet ser ud til at være skannet. Kør "
                "tekstgenkendelse (OCR) på det, eller brug den oprindelige PDF"
                if images else "")
        raise DraftError(f"PDF'en har ingen tekst at læse ({len(pages)} sider uden "
                         f"tekstlag).{scan}", file=name, rule="pdf-uden-tekst")
    lines: list[SourceLine] = []
    for number, texts in enumerate(pages, start=1):
        lines += [SourceLine(number, len(lines) + i, t) for i, t in enumerate(texts, start=1)]
    return SourceDocument(name, hashlib.sha256(data).hexdigest(), tuple(lines))


_PAGE_NUMBER = re.compile(r"(?:Side\s+)?\d+\s*(?:/|af)\s*\d+|Side\s+\d+")


def furniture(doc: SourceDocument) -> frozenset[int]:
    """The numbers of the lines that are page furniture, not the minutes' text: a page number
    ("3/20", "Side 3 af 20") and a running header or footer (the same text, digits aside, as
    the first or last line of at least half the pages, and of two or more)."""
    by_page: dict[int, list[SourceLine]] = {}
    for line in doc.lines:
        if line.text.strip():
            by_page.setdefault(line.page, []).append(line)
    found = {ln.line for ln in doc.lines if _PAGE_NUMBER.fullmatch(ln.text.strip())}
    if len(by_page) < 2:
        return frozenset(found)

    def shape(line: SourceLine) -> str:
        return re.sub(r"\d+", "#", " ".join(line.text.split()))

    for end in (0, -1):
        counts = Counter(shape(lines[end]) for lines in by_page.values())
        repeated = {s for s, n in counts.items() if n >= 2 and 2 * n >= len(by_page)}
        found |= {lines[end].line for lines in by_page.values() if shape(lines[end]) in repeated}
    return frozenset(found)


def read_source(name: str, data: bytes) -> SourceDocument:
    """A minutes document, PDF or UTF-8 text: a PDF by its content, whatever its name; a
    file named .pdf that is not one is refused as not a PDF (``ikke-pdf``)."""
    from .source import read_text

    check_size(name, len(data))
    if is_pdf(data) or name.lower().endswith(".pdf"):
        return read_pdf(name, data)
    return read_text(name, data)


def kilde_of(name: str, data: bytes) -> Kilde:
    """The document as the verbatim check reads it: a PDF's lines through :func:`read_pdf`,
    its furniture left out and its broken words joined as a text file's are (a line broken after
a slash, "tale/" + "sprog", the check reads as either); any other file
    as the check reads text (records/verbatim.py)."""
    if not is_pdf(data):
        return Kilde.of(name, data)
    doc = read_pdf(name, data)
    skip = furniture(doc)
    text = "\n".join(ln.text for ln in doc.lines if ln.line not in skip)
    return Kilde(name, doc.sha256, _source_text(text))


def without_furniture(doc: SourceDocument, skip: frozenset[int] | None = None
                      ) -> SourceDocument:
    """The document with its furniture lines (``skip``, else :func:`furniture`) blank,
    numbered as before: what the drafter reads, so a running header between two pages'
    lines is not taken for the minutes' words (a blank line is what the text files have
    there)."""
    skip = furniture(doc) if skip is None else skip
    if not skip:
        return doc
    return attrs.evolve(doc, lines=tuple(
        attrs.evolve(ln, text="") if ln.line in skip else ln for ln in doc.lines))
