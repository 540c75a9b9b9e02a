"""Real PDF files made from the minutes' text, for the PDF reader's tests and the benchmark.

WeasyPrint (a real PDF writer, docs/drafting-pdf.md) typesets each line of a minutes text
file as a paragraph (a blank line of the file a gap of half a line before the next),
justified and hyphenated in Danish (``hyphens: auto`` breaks words at line ends with
U+2010), under a running header ("Sekretariatet for Rammeaftaler") and over an "n/N" page
number, as the municipalities' word processors print minutes. Nothing here is read
from the network: the URL fetcher allows only ``data:`` URLs.
"""

from __future__ import annotations

import html
import io
import unicodedata
from pathlib import Path

KILDER = Path(__file__).resolve().parents[2] / "examples" / "nordjylland" / "kilder"
HEADER = "Sekretariatet for Rammeaftaler"
PASSWORD = "hemmelig"

_CSS = f"""
@page {{
  size: A4; margin: 28mm 32mm 24mm 32mm;
  @top-left {{ content: "{HEADER}"; font-family: "Liberation Sans"; font-size: 9pt; }}
  @bottom-right {{ content: counter(page) "/" counter(pages); font-family: "Liberation Sans";
                   font-size: 9pt; }}
}}
body {{ font-family: "Liberation Sans"; font-size: 11pt; line-height: 1.3; }}
p {{ text-align: justify; hyphens: auto; margin: 0; }}
p.gap {{ margin-top: 9pt; }}
"""

def paragraphs(text: str) -> list[str]:
    """The text's lines, each a paragraph of the PDF, and "" where the text has blank lines
    (a gap in the PDF): a line wider than the page wraps, hyphenated where the Danish rules
    break the word, and a word the text file broke at its line end ("Beskæfti-" / "gelse",
    "sprog-" / "området") stays broken there, so the PDF keeps every reading of the text
    file's line ends."""
    out: list[str] = []
    for line in text.replace("\f", "\n").splitlines():
        words = " ".join(line.split())
        if words or (out and out[-1]):
            out.append(words)
    return out[:-1] if out and not out[-1] else out


#: The private-use code points of Word's Symbol font that the text files keep (a bullet, a
#: minus): Liberation Sans has no glyph for them, and WeasyPrint then writes the whole page's
#: text unreadable (measured: every library extracts nothing). Word prints them as these.
_SYMBOL_FONT = str.maketrans({"\uf0b7": "•", "\uf02d": "-"})


def _html(paras: list[str], nfd: bool) -> str:
    gap = ' class="gap"'
    body = "\n".join(f"<p{gap if i and not paras[i - 1] else ''}>"
                     f"{html.escape(p.translate(_SYMBOL_FONT))}</p>"
                     for i, p in enumerate(paras) if p)
    doc = (f'<!doctype html><html lang="da"><head><meta charset="utf-8">'
           f"<style>{_CSS}</style></head><body>{body}</body></html>")
    return unicodedata.normalize("NFD", doc) if nfd else doc


def render(paras: list[str], *, nfd: bool = False, pages: int | None = None) -> bytes:
    """A PDF of the paragraphs (``nfd``: Danish letters written decomposed, as some writers
    store them); ``pages``: only the first so many pages."""
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    document = HTML(string=_html(paras, nfd), url_fetcher=URLFetcher(
        allowed_protocols={"data"})).render()
    if pages is not None:
        if len(document.pages) < pages:
            raise ValueError(f"only {len(document.pages)} pages, not {pages}")
        document = document.copy(document.pages[:pages])
    data = document.write_pdf()
    assert data is not None
    return bytes(data)


def minutes_pdf(name: str, *, nfd: bool = False) -> bytes:
    """The minutes ``examples/nordjylland/kilder/NAME`` (a .txt) as a PDF."""
    return render(paragraphs((KILDER / name).read_text(encoding="utf-8")), nfd=nfd)


def long_minutes(pages: int = 20) -> bytes:
    """A set of minutes of exactly ``pages`` pages: the four meetings' text one after the
    other, the longest (DAS, 22 pages) first, as often as it takes, cut after the last page."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(KILDER.glob("*.txt"), reverse=True)]
    paras = [p for t in texts for p in paragraphs(t)]
    return render(paras * (1 + pages // 25), pages=pages)


def scanned(data: bytes) -> bytes:
    """A PDF whose pages are pictures of ``data``'s pages (a scan without a text layer)."""
    import pypdfium2
    from PIL import Image

    pdf = pypdfium2.PdfDocument(data)
    images: list[Image.Image] = [pdf[i].render(scale=100 / 72).to_pil().convert("RGB")
                                 for i in range(min(len(pdf), 2))]
    pdf.close()
    out = io.BytesIO()
    images[0].save(out, "PDF", resolution=100.0, save_all=True, append_images=images[1:])
    return out.getvalue()


def encrypted(data: bytes, user_password: str = PASSWORD) -> bytes:
    """``data`` encrypted with AES-256 (an empty ``user_password``: opens without one)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="ejer", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


#: Chromium (Skia's PDF writer, another writer than WeasyPrint's), for the readers' and the
#: drafter's tests on a second writer's PDFs.
CHROMIUM = "/usr/bin/chromium"


def chromium_pdfs(names: list[str], out: Path) -> dict[str, bytes]:
    """The minutes ``KILDER/NAME`` as PDFs Chromium prints (the same HTML as :func:`render`'s;
    Chromium's own line breaking and fonts' metrics), by name. Chromium runs in a process of
    its own (``python pdfmaker.py --chromium OUT NAME…``), so the Playwright of a browser
    test in this process is left alone."""
    import subprocess
    import sys

    subprocess.run([sys.executable, __file__, "--chromium", str(out), *names], check=True,
                   timeout=300)
    return {name: (out / f"{name}.pdf").read_bytes() for name in names}


def _print_with_chromium(out: Path, names: list[str]) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True,
                                    args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.route("**/*", lambda route: route.abort())  # nothing from the network
        for name in names:
            text = (KILDER / name).read_text(encoding="utf-8")
            page.set_content(_html(paragraphs(text), False))
            (out / f"{name}.pdf").write_bytes(page.pdf(format="A4", margin={
                "top": "28mm", "bottom": "24mm", "left": "32mm", "right": "32mm"}))
        browser.close()


if __name__ == "__main__":
    import sys

    if sys.argv[1:2] == ["--chromium"]:
        _print_with_chromium(Path(sys.argv[2]), sys.argv[3:])
