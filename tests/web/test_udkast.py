"""Drafting a record from uploaded minutes at /optegnelser (secretariat only): the draft
beside the document's lines, a trial run and a load through the same path as a YAML file,
and a Danish 4xx for a file that cannot be drafted. Real PDF files (WeasyPrint)."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
from litestar.testing import TestClient

from drafting.pdfmaker import KILDER, encrypted, minutes_pdf, scanned
from socialaftale import Socialaftale

from .conftest import csrf_of, log_in

SOURCE = "001_06729882290ccbd8.txt"


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return minutes_pdf(SOURCE)


def _upload(client: TestClient[Any], name: str, data: bytes) -> Any:
    return client.post("/optegnelser/udkast", files={"referat": (name, data)},
                       data={"_csrf_token": csrf_of(client, "/optegnelser")})


def _form(page: str) -> dict[str, str]:
    """The editor form's fields as the page gives them."""
    fields = {m.group(1): html.unescape(m.group(2)) for m in re.finditer(
        r'<input type="hidden" name="(fil|dokument)" value="([^"]*)"', page)}
    found = re.search(r'<textarea id="udkast-tekst" name="indhold"[^>]*>(.*?)</textarea>',
                      page, re.S)
    assert found, "the page has no editor"
    fields["indhold"] = html.unescape(found.group(1))
    return fields


def _send(client: TestClient[Any], form: dict[str, str], handling: str) -> Any:
    return client.post("/optegnelser/udkast/optegnelse",
                       data={**form, "handling": handling,
                             "_csrf_token": csrf_of(client, "/optegnelser")})


def test_a_pdf_is_drafted_beside_its_lines_tried_and_recorded_all_or_nothing(
        client: TestClient[Any], tokens: dict[str, str], web_store: Socialaftale,
        pdf: bytes) -> None:
    log_in(client, tokens["sekretariat"])
    r = _upload(client, "referat 17-01-2013.pdf", pdf)
    assert r.status_code == 200, r.text
    page = r.text
    assert "Udkast til mødeoptegnelse: referat 17-01-2013.yaml" in page
    assert re.search(r'<li id="l-1" data-side="1" class="inventar">.*Sekretariatet for '
                     r"Rammeaftaler</li>", page)
    assert ">Side 6</h3>" in page and 'class="sted" data-fra=' in page
    form = _form(page)
    assert "\nkilde: referat 17-01-2013.pdf\n" in form["indhold"]
    # the draft's review list is open: the trial run refuses it, nothing is written
    r = _send(client, form, "proeve")
    assert r.status_code == 409 and "gennemsyn-aaben" in r.text
    assert "intet er gemt" in r.text and not web_store.meetings()
    # the reviewer has worked through the list and edits the place of the meeting
    reviewed = form["indhold"][:form["indhold"].index("\ngennemsyn:") + 1]
    sted = re.search(r"^  sted: (.+)$", reviewed, re.M)
    assert sted, reviewed[:600]
    edited = f"{sted.group(1)}, mødelokale 2"
    form["indhold"] = reviewed.replace(sted.group(0), f"  sted: {edited}")
    r = _send(client, form, "proeve")
    assert r.status_code == 200, r.text
    assert "Prøvekørsel – intet er gemt" in r.text and not web_store.meetings()
    assert _form(r.text)["indhold"] == form["indhold"]  # the editor keeps the text
    r = _send(client, form, "indlaes")
    assert r.status_code == 200, r.text
    assert "Registrerede" in r.text and '<a href="/moeder/socdir-2013-01-17">' in r.text
    meeting = client.get("/moeder/socdir-2013-01-17")
    assert meeting.status_code == 200 and html.escape(edited) in meeting.text


def test_a_text_file_is_drafted_too(client: TestClient[Any], tokens: dict[str, str]) -> None:
    log_in(client, tokens["sekretariat"])
    r = _upload(client, "referat.txt", (KILDER / SOURCE).read_bytes())
    assert r.status_code == 200, r.text
    assert "\nkilde: referat.txt\n" in _form(r.text)["indhold"]


@pytest.mark.parametrize(("name", "make", "rule", "words"), [
    ("skannet.pdf", lambda pdf: scanned(pdf), "pdf-uden-tekst", "skannet"),
    ("hemmelig.pdf", lambda pdf: encrypted(pdf), "pdf-krypteret", "adgangskode"),
    ("afbrudt.pdf", lambda pdf: pdf[: len(pdf) // 2], "pdf-beskadiget", "beskadiget"),
    ("referat.pdf", lambda pdf: b"PK\x03\x04" + bytes(100), "ikke-pdf", "ikke en PDF"),
    ("latin1.txt", lambda pdf: "Møde Socialdirektørkredsen".encode("latin-1"), "ikke-utf8",
     "ikke UTF-8"),
])
def test_a_file_that_cannot_be_drafted_is_a_danish_4xx_naming_it(
        client: TestClient[Any], tokens: dict[str, str], web_store: Socialaftale, pdf: bytes,
        name: str, make: Any, rule: str, words: str) -> None:
    log_in(client, tokens["sekretariat"])
    r = _upload(client, name, make(pdf))
    assert r.status_code == 422, r.text
    assert f"Der kan ikke laves et udkast: {name}" in html.unescape(r.text)
    assert words in html.unescape(r.text) and "Intet er gemt" in r.text
    assert '<a href="/optegnelser">Tilbage til formularen</a>' in r.text
    assert not web_store.meetings()


def test_only_the_secretariat_drafts(client: TestClient[Any], tokens: dict[str, str],
                                     pdf: bytes) -> None:
    log_in(client, tokens["aalborg"])
    r = client.post("/optegnelser/udkast", files={"referat": ("r.pdf", pdf)},
                    data={"_csrf_token": csrf_of(client, "/log-ind")})
    assert r.status_code == 403 and "kun sekretariatet må indlæse mødeoptegnelser" in r.text


def test_a_form_without_the_csrf_token_is_refused(client: TestClient[Any],
                                                  tokens: dict[str, str], pdf: bytes) -> None:
    log_in(client, tokens["sekretariat"])
    r = client.post("/optegnelser/udkast", files={"referat": ("r.pdf", pdf)})
    assert r.status_code == 403


def test_a_file_over_the_limit_is_refused_in_danish_before_it_is_read(
        client: TestClient[Any], tokens: dict[str, str], web_store: Socialaftale) -> None:
    from socialaftale import MAX_PDF_BYTES

    log_in(client, tokens["sekretariat"])
    big = b"%PDF-1.7\n" + bytes(MAX_PDF_BYTES + 128 * 1024)
    r = _upload(client, "stort.pdf", big)
    assert r.status_code == 413
    assert "Filen er for stor: et referat må højst fylde 50 MB. Intet er læst eller gemt." \
        in html.unescape(r.text)
    assert not web_store.meetings()


def test_an_edited_text_that_is_not_a_record_is_refused_beside_the_editor(
        client: TestClient[Any], tokens: dict[str, str], web_store: Socialaftale,
        pdf: bytes) -> None:
    log_in(client, tokens["sekretariat"])
    form = _form(_upload(client, "referat.pdf", pdf).text)
    for text in ("punkter: fem\ngennemsyn: 3\n", "punkter: [1, [2]]\n", "- en liste\n", ":"):
        r = _send(client, {**form, "indhold": text}, "proeve")
        assert r.status_code == 422, (text, r.status_code)
        assert "Optegnelsen blev afvist: intet er gemt" in r.text
        assert _form(r.text)["indhold"] == text  # the text stays in the editor
    assert not web_store.meetings()
