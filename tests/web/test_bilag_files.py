"""Bilag as files: content-addressed by SHA-256 in the store's database, checked from the
bytes at upload, refused at download once they no longer match; on every kind of store."""

from __future__ import annotations

import hashlib
import io
import zipfile
from typing import Any

import argon2
import pytest
from litestar.testing import TestClient

from socialaftale import (
    MAX_BILAG_BYTES,
    DomainError,
    Socialaftale,
    attach_bilag,
    bilag_files_of,
    load_records,
    read_bilag,
)
from socialaftale_web import UserStore, create_app

from .conftest import EXAMPLES, csrf_of

MEETING = "socdir-2014-10-10"


def _pdf(text: str) -> bytes:
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    return HTML(string=f"<p>{text}</p>",  # type: ignore[no-any-return]
                url_fetcher=URLFetcher(allowed_protocols={"data"})).write_pdf()


def _docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


@pytest.fixture
def with_meeting(store: Socialaftale) -> Socialaftale:
    path = EXAMPLES / f"{MEETING}.yaml"
    load_records(store, [(path.name, path.read_bytes())])
    return store


def test_a_file_is_stored_once_by_its_hash_and_the_event_carries_hash_name_size_type(
    with_meeting: Socialaftale,
) -> None:
    store, pdf = with_meeting, _pdf("Notat om takster")
    before = store.log.last_position()
    [recorded] = attach_bilag(store, MEETING, "2", "C:\\Mapper\\notat.pdf", pdf, by="test (anna)")
    e = recorded.event
    assert (e.punkt, e.navn, e.stoerrelse, e.medietype) == ("2", "notat.pdf", len(pdf),
                                                          "application/pdf")
    assert e.sha256 == hashlib.sha256(pdf).hexdigest()
    assert recorded.meta.recorded_by == "test (anna)"
    assert read_bilag(store, e.sha256) == pdf
    attach_bilag(store, MEETING, "3", "samme.pdf", pdf)  # same bytes under another item
    assert [(f.punkt, f.navn) for f in bilag_files_of(store, MEETING)] == [
        ("2", "notat.pdf"), ("3", "samme.pdf")]
    assert store.db.query("SELECT COUNT(*) FROM bilag_indhold")[0][0] == 1
    with pytest.raises(DomainError, match="allerede vedhæftet punkt 2"):
        attach_bilag(store, MEETING, "2", "notat.pdf", pdf)
    assert store.log.last_position() == (before or 0) + 2


BAD = [
    ("stort.pdf", b"%PDF-1.7\n" + b"0" * MAX_BILAG_BYTES, "bilag-for-stort", "for stort"),
    ("tom.pdf", b"", "bilag-tomt", "tomt"),
    ("program.pdf", b"MZ\x90\x00" + b"\x00" * 100, "bilag-eksekverbar", "Windows-program"),
    ("start.exe", b"hej", "bilag-eksekverbar", "programs filtype"),
    ("kode.sh", b"#!/bin/sh\nrm -rf /\n", "bilag-eksekverbar", "skript"),
    ("notat.docx", b"bare tekst", "bilag-indhold-passer-ikke", "indholdet er ikke en .docx"),
    ("notat.pdf", b"bare tekst", "bilag-indhold-passer-ikke", "indholdet er ikke en .pdf"),
    ("halv.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "bilag-ikke-pdf", "ikke en PDF"),
    ("billede.gif", b"GIF89a", "bilag-filtype", "filtypen '.gif'"),
]


@pytest.mark.parametrize(("navn", "content", "rule", "message"), BAD,
                         ids=[b[2] + ":" + b[0] for b in BAD])
def test_bad_files_are_refused_in_danish_and_nothing_is_stored(
    with_meeting: Socialaftale, navn: str, content: bytes, rule: str, message: str,
) -> None:
    store = with_meeting
    before = store.log.last_position()
    with pytest.raises(DomainError, match=message) as refused:
        attach_bilag(store, MEETING, "2", navn, content)
    assert refused.value.rule == rule and navn in refused.value.message
    assert store.log.last_position() == before
    assert bilag_files_of(store, MEETING) == ()


def test_a_file_for_an_item_not_on_the_agenda_leaves_no_bytes_behind(
    with_meeting: Socialaftale,
) -> None:
    with pytest.raises(DomainError, match="punkt 99 står ikke på dagsordenen"):
        attach_bilag(with_meeting, MEETING, "99", "notat.docx", _docx())
    rows = with_meeting.db.query("SELECT COUNT(*) FROM bilag_indhold")
    assert rows[0][0] == 0


def test_bytes_changed_in_the_store_are_refused_with_a_clear_message(
    with_meeting: Socialaftale,
) -> None:
    [r] = attach_bilag(with_meeting, MEETING, "2", "notat.docx", _docx())
    with with_meeting.db.transaction() as tx:
        tx.execute("UPDATE bilag_indhold SET indhold = ? WHERE sha256 = ?",
                   (b"PK\x03\x04 noget andet", r.event.sha256))
    with pytest.raises(DomainError, match="passer ikke længere til den SHA-256") as refused:
        read_bilag(with_meeting, r.event.sha256)
    assert refused.value.rule == "bilag-aendret"


CHEAP = argon2.PasswordHasher.from_parameters(argon2.profiles.CHEAPEST)


def _secretariat(client: TestClient[Any], store: Socialaftale) -> None:
    UserStore(store, hasher=CHEAP).create("anna", "hemmelig-kode-1", role="sekretariat")
    r = client.post("/log-ind", follow_redirects=False, data={
        "bruger": "anna", "adgangskode": "hemmelig-kode-1", "naeste": "/",
        "_csrf_token": csrf_of(client)})
    assert r.status_code == 303


def test_the_meeting_page_uploads_lists_and_serves_a_bilag_and_refuses_bad_ones(
    loaded: Socialaftale,
) -> None:
    pdf = _pdf("Bilag til punkt 2")
    with TestClient(create_app(loaded)) as c:
        page = f"/moeder/{MEETING}?dagsorden=true"
        assert "Vedhæft bilag" not in c.get(page).text
        anonymous = c.post(f"/moeder/{MEETING}/bilag", files={"fil": ("a.pdf", pdf)},
                           data={"punkt": "2", "_csrf_token": csrf_of(c)})
        assert anonymous.status_code == 401
        _secretariat(c, loaded)
        before = loaded.log.last_position()
        form = {"punkt": "2", "_csrf_token": csrf_of(c, page)}
        for name, content, status, text in [
            ("x.pdf", b"ikke en pdf", 415, "indholdet er ikke en .pdf"),
            ("x.exe", b"MZ", 415, "eksekverbar"),
            ("stor.pdf", b"%PDF-" + b"0" * MAX_BILAG_BYTES, 413, "for stort"),
        ]:
            bad = c.post(f"/moeder/{MEETING}/bilag", files={"fil": (name, content)}, data=form)
            assert bad.status_code == status, bad.text
            assert text in bad.text and "Intet er gemt" in bad.text
        no_csrf = c.post(f"/moeder/{MEETING}/bilag", files={"fil": ("a.pdf", pdf)},
                         data={"punkt": "2"})
        assert no_csrf.status_code == 403
        assert loaded.log.last_position() == before
        ok = c.post(f"/moeder/{MEETING}/bilag", files={"fil": ("Notat om takster.pdf", pdf)},
                    data=form, follow_redirects=False)
        assert ok.status_code == 303, ok.text
        twice = c.post(f"/moeder/{MEETING}/bilag", files={"fil": ("Notat om takster.pdf", pdf)},
                       data=form)
        assert twice.status_code == 409 and "allerede vedhæftet" in twice.text
        sha = hashlib.sha256(pdf).hexdigest()
        shown = c.get(page).text
        assert f'href="/moeder/{MEETING}/bilag/{sha}">Notat om takster.pdf</a>' in shown
        got = c.get(f"/moeder/{MEETING}/bilag/{sha}")
        assert got.status_code == 200 and got.content == pdf
        assert got.headers["content-type"] == "application/pdf"
        assert "Notat%20om%20takster.pdf" in got.headers["content-disposition"]
        with loaded.db.transaction() as tx:
            tx.execute("UPDATE bilag_indhold SET indhold = ? WHERE sha256 = ?",
                       (pdf[:-10], sha))
        damaged = c.get(f"/moeder/{MEETING}/bilag/{sha}")
        assert damaged.status_code == 409
        assert "passer ikke længere til den SHA-256" in damaged.text
        assert c.get(f"/moeder/{MEETING}/bilag/{'0' * 64}").status_code == 404
    [event] = [e for e in loaded.events() if type(e.event).__name__ == "BilagFileAttached"]
    assert event.meta.recorded_by == "Sekretariatet (anna)"


def test_a_download_needs_no_write_lock(store_url_factory: Any) -> None:
    """Reading a bilag writes nothing: it is served while another process holds the SQLite
    file's write lock (it used to run CREATE TABLE in a write transaction each time, and
    waited for the lock until it gave up)."""
    import sqlite3

    from socialaftale import open_store

    url = store_url_factory("sqlite")
    pdf = _pdf("Notat om takster")
    with open_store(url, actor="test") as store:
        path = EXAMPLES / f"{MEETING}.yaml"
        load_records(store, [(path.name, path.read_bytes())])
        [recorded] = attach_bilag(store, MEETING, "2", "notat.pdf", pdf)
    with open_store(url, actor="test") as reader:
        other = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None,
                                timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            reader.db._conn.execute("PRAGMA busy_timeout=0")  # refuse at once, not in 30 s
            assert read_bilag(reader, recorded.event.sha256) == pdf
        finally:
            other.execute("ROLLBACK")
            other.close()


def test_the_domain_refuses_an_event_with_a_media_type_no_bilag_has(
    with_meeting: Socialaftale,
) -> None:
    """The media type is what a download is served as: the meeting's rules, not only the
    upload check, refuse any other (a command from elsewhere cannot record text/html)."""
    from datetime import date

    from socialaftale.domain.common import Provenance, Source
    from socialaftale.domain.meetings import AttachBilagFile

    before = with_meeting.log.last_position()
    command = AttachBilagFile(
        meeting_id=MEETING, punkt="2", sha256="a" * 64, navn="side.html", stoerrelse=10,
        medietype="text/html", provenance=Provenance(date(2014, 10, 10), Source("test")))
    with pytest.raises(DomainError, match="medietype 'text/html' er ikke en af de tilladte") as e:
        with_meeting.record(command)
    assert e.value.rule == "bilag-medietype" and with_meeting.log.last_position() == before


def test_an_opendocument_is_checked_from_the_start_of_its_mimetype_part() -> None:
    """The mimetype part is read only as far as a media type goes: a part of many megabytes
    that starts right is not inflated whole, and one that starts wrong is refused."""
    from socialaftale import check_bilag

    def odt(mimetype: bytes) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("mimetype", mimetype)
            z.writestr("content.xml", "<office:document-content/>")
        return buf.getvalue()

    assert check_bilag("notat.odt", odt(b"application/vnd.oasis.opendocument.text")) == (
        "application/vnd.oasis.opendocument.text")
    with pytest.raises(DomainError):
        check_bilag("notat.odt", odt(b"application/zip"))
