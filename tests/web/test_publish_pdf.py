"""The dagsorden and referat as PDF and as a print page: letterhead from configuration, the
meeting's date in the heading, page numbers, print date, the record's revision (its signed
checkpoint), bilag with links and corrections "Rettet …"; the PDF's first page is rendered to
PNG with pdftoppm and read back."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pypdf
from click.testing import CliRunner
from litestar.testing import TestClient

from socialaftale import (
    Letterhead,
    Socialaftale,
    attach_bilag,
    audit,
    load_record,
    meeting_document,
    meeting_pdf,
    open_store,
)
from socialaftale_cli.main import cli
from socialaftale_web import create_app

RECORDS = Path(__file__).parents[1] / "records"
VALID = (RECORDS / "valid.yaml").read_bytes()
MEETING = "das-2019-10-24"
HEAD = Letterhead("Sekretariatet for Testaftalen", ("Opdigtet Vej 1", "9999 Prøveby"))
PRINTED = datetime(2027, 5, 12, 10, 30, tzinfo=UTC)


def _corrected(store: Socialaftale) -> Socialaftale:
    load_record(store, VALID, "das.yaml")
    edited = VALID.replace(b"Dagsordenen blev godkendt.",
                           b"Dagsordenen blev godkendt uden bemaerkninger.")
    load_record(store, edited, "das.yaml", grund="afskrevet forkert")
    return store


def _text(pdf: bytes) -> list[str]:
    from io import BytesIO

    pages = pypdf.PdfReader(BytesIO(pdf)).pages
    return [unicodedata.normalize("NFC", p.extract_text()) for p in pages]


def test_the_referat_pdf_has_letterhead_date_pages_revision_bilag_and_corrections(
    store: Socialaftale, tmp_path: Path,
) -> None:
    _corrected(store)
    attach_bilag(store, MEETING, "1", "Takstnotat.pdf",
                 meeting_pdf(store, MEETING, referat=False))  # a real PDF as the bilag
    audit.create_key(tmp_path / "sek.pem")
    cp = audit.create_checkpoint(store, tmp_path / "sek.pem")
    pdf = meeting_pdf(store, MEETING, referat=True, letterhead=HEAD, printed=PRINTED,
                      base_url="https://eksempel.invalid")
    pages = _text(pdf)
    whole = "\n".join(pages).replace("\u2010", "-").replace("\u00ad", "")
    assert "Referat: DAS, 24. oktober 2019" in pages[0]
    assert "Sekretariatet for Testaftalen" in pages[0] and "9999 Prøveby" in pages[0]
    assert f"Side 1 af {len(pages)}" in pages[0]
    assert "Udskrevet 12. maj 2027 kl. 12.30" in pages[0]  # Danish time
    assert f"Signeret kontrolpunkt nr. {cp.seq}" in whole and cp.root.hex()[:16] in whole
    assert "Takstnotat.pdf" in whole
    assert "Rettet " in whole and "beslutningen rettet (afskrevet forkert)" in whole
    links = [a["/A"]["/URI"] for p in pypdf.PdfReader(__import__("io").BytesIO(pdf)).pages
             for a in (x.get_object() for x in p.get("/Annots", []))
             if a.get("/Subtype") == "/Link" and "/A" in a]
    assert any(u.startswith(f"https://eksempel.invalid/moeder/{MEETING}/bilag/") for u in links)


def test_the_pdfs_first_page_rendered_to_png_shows_title_and_date(
    store: Socialaftale, tmp_path: Path,
) -> None:
    _corrected(store)
    pdf = tmp_path / "referat.pdf"
    pdf.write_bytes(meeting_pdf(store, MEETING, referat=True, letterhead=HEAD, printed=PRINTED))
    subprocess.run(["pdftoppm", "-r", "110", "-f", "1", "-l", "1", "-png", "-singlefile",
                    str(pdf), str(tmp_path / "side1")], check=True, capture_output=True)
    png = tmp_path / "side1.png"
    assert png.read_bytes().startswith(b"\x89PNG")
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(pdf))
    page = doc[0]
    text = unicodedata.normalize("NFC", page.get_textpage().get_text_range())
    bitmap = page.render(scale=110 / 72).to_pil()
    assert bitmap.size[0] > 800 and bitmap.getextrema() != ((255, 255),) * 3  # not blank
    assert "Referat: DAS, 24. oktober 2019" in text
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], check=True,
                           capture_output=True, text=True).stdout
    assert "24. oktober 2019" in unicodedata.normalize("NFC", first)


def test_the_dagsorden_has_its_own_heading_and_the_print_page_a_print_button(
    web_store: Socialaftale,
) -> None:
    _corrected(web_store)
    html = meeting_document(web_store, MEETING, referat=False, print_button=True)
    assert "<h1>Dagsorden: DAS, 24. oktober 2019</h1>" in html and "Udskriv" in html
    assert "Rettet" not in html  # corrections belong to the referat
    with TestClient(create_app(web_store, letterhead=HEAD)) as c:
        page = c.get(f"/moeder/{MEETING}/udskrift")
        assert page.status_code == 200 and "window.print()" in page.text
        assert "Sekretariatet for Testaftalen" in page.text
        assert "Loggens position" in page.text  # no checkpoint yet: the log's position
        got = c.get(f"/moeder/{MEETING}/dagsorden.pdf")
        assert got.status_code == 200 and got.headers["content-type"] == "application/pdf"
        assert "Dagsorden: DAS, 24. oktober 2019" in _text(got.content)[0]
        assert f'href="/moeder/{MEETING}/referat.pdf"' in c.get(f"/moeder/{MEETING}").text
        assert c.get("/moeder/ukendt-2019-01-01/referat.pdf").status_code == 404


def test_the_cli_writes_the_referat_as_pdf(tmp_path: Path) -> None:
    path = str(tmp_path / "s.db")
    with open_store(path) as store:
        _corrected(store)
    out = tmp_path / "ref.pdf"
    r = CliRunner().invoke(cli, ["meeting", "--store", path, MEETING, "--pdf", str(out),
                                 "--sekretariat", "Sekretariatet for Testaftalen"])
    assert r.exit_code == 0, r.output
    assert f"Referat for {MEETING} skrevet til" in r.output
    assert "Sekretariatet for Testaftalen" in _text(out.read_bytes())[0]
    bad = CliRunner().invoke(cli, ["meeting", "--store", path, "ingen", "--pdf", str(out)])
    assert bad.exit_code != 0 and "ukendt møde" in bad.output




def test_a_sent_dagsorden_shows_its_amendments_in_the_pdf_and_the_print_page(
    web_store: Socialaftale, tmp_path: Path,
) -> None:
    from datetime import date

    from socialaftale import Provenance, Source, meetings

    mid, day = "opdigtet-udvalg-2031-03-04", date(2031, 3, 4)
    planned, amended = (Provenance(date(2031, 2, d), Source("forberedelse")) for d in (10, 20))
    web_store.record(
        meetings.ScheduleMeeting(meeting_id=mid, body="Opdigtet udvalg", dato=day,
                                 provenance=planned),
        meetings.ProposeAgenda(meeting_id=mid, udkast=True, provenance=planned, punkter=(
            meetings.Punkt("1", "Budget"), meetings.Punkt("2", "Takster"))))
    unsent = meeting_document(web_store, mid, referat=False)
    web_store.record(meetings.SendAgenda(meeting_id=mid, dato=date(2031, 2, 11),
                                         provenance=planned))
    web_store.record(meetings.AmendAgenda(
        meeting_id=mid, grund="rejst af formanden", provenance=amended,
        tilfoejet=(meetings.Punkt("3", "Eventuelt"),)))
    web_store.record(meetings.AmendAgenda(meeting_id=mid, grund="taksterne først",
                                          raekkefoelge=("2", "1", "3"), provenance=amended))
    attach_bilag(web_store, mid, "2", "takstnotat.txt", b"Takster 2032",
                 grund="eftersendt af forvaltningen")
    assert "Ændret" not in unsent  # nothing changed before sending
    pdf = tmp_path / "dagsorden.pdf"
    pdf.write_bytes(meeting_pdf(web_store, mid, referat=False, letterhead=HEAD,
                                printed=PRINTED))
    text = unicodedata.normalize("NFC", subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True).stdout)
    flat = " ".join(text.replace("\u00ad", "").split())
    assert "Ændringer af dagsordenen efter udsendelsen" in flat
    assert "Ændret 20. februar 2031: rejst af formanden. Tilføjet: punkt 3 Eventuelt." in flat
    assert "Ændret 20. februar 2031: taksterne først. Ny rækkefølge: punkt 2, 1, 3." in flat
    assert ": eftersendt af forvaltningen. Bilag vedhæftet punkt 2: takstnotat.txt." in flat
    assert flat.index("Takster") < flat.index("Budget")  # the order as amended
    with TestClient(create_app(web_store, letterhead=HEAD)) as c:
        page = c.get(f"/moeder/{mid}/udskrift?dagsorden=true")
        assert page.status_code == 200 and "window.print()" in page.text
        assert "Ændret 20. februar 2031: taksterne først." in page.text
