"""A meeting's dagsorden or referat as a printable document: an HTML page and a PDF.

Both come from the same HTML: the letterhead from configuration (the secretariat's name and
address, as the minutes print them), the meeting's body and date in the heading, the
record's texts (:meth:`Socialaftale.referat_html`, every text escaped), the bilag uploaded as
files with links, the record's revision (its latest signed checkpoint, else the log's last
position) and the print date; the PDF adds page numbers ("Side 1 af 3") in the margin. A
dagsorden changed after it was sent lists its amendments, each "Ændret <dato>: <grund>", so a
reader of the printed copy sees what differs from the one the members received.

The PDF is typeset by WeasyPrint (the ``pdf`` extra; docs/publish.md says why not Typst),
with no access to the network or to local files: the document needs neither.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from attrs import frozen

from . import audit
from .application import Socialaftale
from .domain.common import Recorded, danish_date
from .files import bilag_files_of
from .persistence import DANISH_TIME
from .prepare import agenda_amendments

__all__ = ["Letterhead", "amendment_text", "meeting_document", "meeting_pdf"]

COPENHAGEN = DANISH_TIME


@frozen
class Letterhead:
    """Who publishes: the secretariat's name and address lines, from configuration. An
    address that is not configured is left out (never made up)."""

    navn: str = "Nordjysk Socialaftale"
    adresse: tuple[str, ...] = ()

    @classmethod
    def configured(cls, navn: str, adresse: str) -> Letterhead:
        """The letterhead as configured on the command line or in the environment: address
        lines separated by "|", blank lines dropped."""
        return cls(navn, tuple(x.strip() for x in adresse.split("|") if x.strip()))


def revision(store: Socialaftale) -> str:
    """The record's revision the document was printed from, in Danish."""
    found = audit.checkpoints(store)
    if found:
        cp = found[-1]
        return (f"Signeret kontrolpunkt nr. {cp.seq} ({cp.size} hændelser, rod "
                f"{cp.root.hex()[:16]}…, {cp.created_at})")
    last = store.log.last_position()
    return f"Loggens position {last or 0} (intet signeret kontrolpunkt endnu)"


CSS = """
@page { size: A4; margin: 22mm 18mm 20mm 20mm;
  @top-left { content: element(brevhoved); }
  @bottom-left { content: string(udskrevet); font: 8pt "Liberation Sans", sans-serif; }
  @bottom-right { content: "Side " counter(page) " af " counter(pages);
                  font: 8pt "Liberation Sans", sans-serif; } }
body { font: 10.5pt/1.4 "Liberation Sans", "DejaVu Sans", sans-serif; hyphens: auto; }
#brevhoved { position: running(brevhoved); font-size: 8pt; color: #333; }
#udskrevet { string-set: udskrevet content(); font-size: 8pt; }
h1 { font-size: 16pt; margin: 0 0 2mm; } h2 { font-size: 12pt; margin-top: 5mm; }
.meta { font-size: 9pt; color: #333; border-bottom: 0.5pt solid #999; padding-bottom: 2mm; }
.printknap { margin: 1em 0; }
@media print { .printknap { display: none; } }
"""


def amendment_text(recorded: Recorded) -> str:
    """One amendment of a sent agenda in words: "Ændret <dato>: <grund>." and what changed."""
    e = recorded.event
    parts = [f"Ændret {danish_date(recorded.meta.occurred_on)}: {e.grund}."]
    if getattr(e, "tilfoejet", ()):
        parts.append("Tilføjet: " + "; ".join(f"punkt {p.nummer} {p.titel}"
                                             for p in e.tilfoejet) + ".")
    if getattr(e, "udgaaet", ()):
        parts.append(f"Udgået: punkt {', '.join(e.udgaaet)}.")
    if getattr(e, "raekkefoelge", ()):
        parts.append(f"Ny rækkefølge: punkt {', '.join(e.raekkefoelge)}.")
    if hasattr(e, "sha256"):
        parts.append(f"Bilag vedhæftet punkt {e.punkt}: {e.navn}.")
    return " ".join(parts)


def meeting_document(store: Socialaftale, meeting_id: str, *, referat: bool,
                     letterhead: Letterhead | None = None, base_url: str = "",
                     printed: datetime | None = None, print_button: bool = False) -> str:
    """The whole HTML document of a meeting's referat (or dagsorden); ``base_url`` makes the
    bilag links absolute (a PDF is read away from the site). KeyError: no such meeting."""
    m = store.meeting(meeting_id)
    if m is None:
        raise KeyError(f"ukendt møde {meeting_id}")
    head = letterhead or Letterhead()
    kind = "Referat" if referat and not m.udkast else "Dagsorden"
    body_html = store.referat_html(meeting_id) if kind == "Referat" \
        else store.dagsorden_html(meeting_id)
    when = (printed or store.clock()).astimezone(COPENHAGEN)
    files = bilag_files_of(store, meeting_id)
    links = "".join(
        f'<li>Punkt {escape(f.punkt)}: <a href="{escape(base_url)}/moeder/{escape(meeting_id)}'
        f'/bilag/{f.sha256}">{escape(f.navn)}</a> ({f.stoerrelse} byte, SHA-256 '
        f"{f.sha256[:16]}…)</li>" for f in files)
    address = "".join(f"<br>{escape(line)}" for line in head.adresse)
    button = ('<p class="printknap"><button type="button" onclick="window.print()">Udskriv'
              "</button></p>") if print_button else ""
    changes = agenda_amendments(store, meeting_id) if kind == "Dagsorden" else []
    amended = "".join(f"<li>{escape(amendment_text(r))}</li>" for r in changes)
    title = f"{kind} {m.body} {danish_date(m.dato)}"
    return (
        f'<!doctype html><html lang="da"><head><meta charset="utf-8"><title>{escape(title)}'
        f"</title><style>{CSS}</style></head><body>"
        f'<div id="brevhoved">{escape(head.navn)}{address}</div>'
        f"{button}<h1>{escape(kind)}: {escape(m.body)}, {escape(danish_date(m.dato))}</h1>"
        f'<p class="meta">Møde {escape(meeting_id)}'
        f"{', ' + escape(m.tid) if m.tid else ''}{', ' + escape(m.sted) if m.sted else ''}"
        f"<br>Revision: {escape(revision(store))}"
        f'<br><span id="udskrevet">Udskrevet {danish_date(when.date())} kl. {when:%H.%M}</span></p>'
        f'<div class="referat">{body_html}</div>'
        + (f'<h2>Ændringer af dagsordenen efter udsendelsen</h2><ol class="aendringer">'
           f"{amended}</ol>" if changes else "")
        + (f"<h2>Bilag (filer)</h2><ul>{links}</ul>" if files else "")
        + "</body></html>")


def meeting_pdf(store: Socialaftale, meeting_id: str, *, referat: bool,
                letterhead: Letterhead | None = None, base_url: str = "",
                printed: datetime | None = None) -> bytes:
    """The same document as a PDF (needs WeasyPrint: ``pip install socialaftale[pdf]``)."""
    from weasyprint import HTML  # type: ignore[import-untyped]
    from weasyprint.urls import URLFetcher  # type: ignore[import-untyped]

    html = meeting_document(store, meeting_id, referat=referat, letterhead=letterhead,
                            base_url=base_url, printed=printed)
    pdf: bytes = HTML(string=html, url_fetcher=URLFetcher(allowed_protocols={"data"})).write_pdf()
    return pdf
