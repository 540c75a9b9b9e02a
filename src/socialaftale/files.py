"""Bilag as files: checked at upload, stored content-addressed by SHA-256, refused when changed.

The bytes live in the table ``bilag_indhold`` of the store's own database (the SQLite file or
the PostgreSQL schema of the log), keyed by their SHA-256: a file uploaded twice is stored
once, and the event that attaches it (:class:`meetings.BilagFileAttached`) carries only the
hash, name, size and media type, so the log stays small and a changed byte is detectable. A
download recomputes the hash and refuses bytes that no longer match it.

What may be a bilag is checked from the bytes, not from what the browser claims: a known
file type by name, content that is that type (a ``.pdf`` must be a PDF that can be opened),
never an executable, and at most :data:`MAX_BILAG_BYTES`.
"""

from __future__ import annotations

import hashlib
import io
import weakref
import zipfile
from datetime import datetime
from typing import Any

from .application import Socialaftale
from .domain.common import DomainError, Provenance, Recorded, Source
from .domain.meetings import BILAG_TYPES, AttachBilagFile
from .persistence import DANISH_TIME
from .projections.bilagfiler import BilagFil, bilag_files

__all__ = ["MAX_BILAG_BYTES", "BilagFil", "attach_bilag", "bilag_files_of", "check_bilag",
           "read_bilag"]

MAX_BILAG_BYTES = 10 * 1024 * 1024
"""The largest bilag accepted (a scanned report of some 100 pages)."""

TYPES: dict[str, str] = BILAG_TYPES
"""The file types a bilag may have, by name, with the media type it is served as."""

EXECUTABLE_NAMES = (".exe", ".dll", ".com", ".bat", ".cmd", ".msi", ".scr", ".ps1", ".vbs",
                    ".js", ".jar", ".sh", ".bin", ".app", ".apk", ".elf", ".so", ".dylib")
EXECUTABLE_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"MZ", "et Windows-program"), (b"\x7fELF", "et Linux-program"),
    (b"\xcf\xfa\xed\xfe", "et macOS-program"), (b"\xfe\xed\xfa\xce", "et macOS-program"),
    (b"\xfe\xed\xfa\xcf", "et macOS-program"), (b"\xca\xfe\xba\xbe", "et program"),
    (b"#!", "et skript"),
)
_ZIP_PART = {".docx": "word/", ".xlsx": "xl/", ".pptx": "ppt/"}


def _refuse(navn: str, message: str, rule: str) -> DomainError:
    return DomainError(f"bilaget '{navn}' {message}", rule=rule, field="fil")


def _suffix(navn: str) -> str:
    dot = navn.rfind(".")
    return navn[dot:].lower() if dot > 0 else ""


def check_bilag(navn: str, indhold: bytes) -> str:
    """The media type of a file that may be a bilag; else a :class:`DomainError` saying why."""
    if len(indhold) > MAX_BILAG_BYTES:
        raise _refuse(navn, f"er for stort: {len(indhold):,} byte; højst "
                      f"{MAX_BILAG_BYTES // (1024 * 1024)} MiB".replace(",", "."),
                      "bilag-for-stort")
    if not indhold:
        raise _refuse(navn, "er tomt (0 byte)", "bilag-tomt")
    suffix = _suffix(navn)
    for magic, what in EXECUTABLE_MAGIC:
        if indhold.startswith(magic):
            raise _refuse(navn, f"er {what} (en eksekverbar fil); den kan ikke være bilag",
                          "bilag-eksekverbar")
    if suffix in EXECUTABLE_NAMES:
        raise _refuse(navn, f"har et programs filtype ({suffix}); den kan ikke være bilag",
                      "bilag-eksekverbar")
    if suffix not in TYPES:
        raise _refuse(navn, f"har filtypen '{suffix or '(ingen)'}', som ikke kan være bilag; "
                      f"tilladt: {', '.join(TYPES)}", "bilag-filtype")
    if not _matches(suffix, indhold):
        raise _refuse(navn, f"hedder {suffix}, men indholdet er ikke en {suffix}-fil",
                      "bilag-indhold-passer-ikke")
    if suffix == ".pdf":
        _check_pdf(navn, indhold)
    return TYPES[suffix]


def _matches(suffix: str, data: bytes) -> bool:
    if suffix == ".pdf":
        return data[:1024].lstrip().startswith(b"%PDF-")
    if suffix == ".png":
        return data.startswith(b"\x89PNG\r\n\x1a\n")
    if suffix in (".jpg", ".jpeg"):
        return data.startswith(b"\xff\xd8\xff")
    if suffix in (".txt", ".csv"):
        try:
            return "\x00" not in data.decode("utf-8")
        except UnicodeDecodeError:
            return False
    try:  # the office formats are zip files with the parts of their kind
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = z.namelist()
            if suffix in _ZIP_PART:
                return "[Content_Types].xml" in names and any(
                    n.startswith(_ZIP_PART[suffix]) for n in names)
            with z.open("mimetype") as part:  # only its start: a huge part is not inflated
                return part.read(64).decode("ascii", "replace") == TYPES[suffix]
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return False


def _check_pdf(navn: str, data: bytes) -> None:
    """A ``.pdf`` that starts like one must also open as one, with at least one page."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
        pages = sum(1 for _ in PDFPage.create_pages(document))
    except Exception as err:  # pdfminer raises many kinds on a broken file
        raise _refuse(navn, "er ikke en PDF, der kan åbnes (den er beskadiget eller kun "
                      f"begyndelsen af en PDF: {type(err).__name__})", "bilag-ikke-pdf") from None
    if pages == 0:
        raise _refuse(navn, "er en PDF uden sider", "bilag-ikke-pdf")


_READY: weakref.WeakSet[Any] = weakref.WeakSet()
"""The databases whose ``bilag_indhold`` table is known to exist (made once per store, not
in a write transaction at every download)."""


class _Contents:
    """The bytes of every file, by SHA-256, in the store's database."""

    def __init__(self, store: Socialaftale) -> None:
        self.db: Any = store.db
        if self.db in _READY or self.db.has_table("bilag_indhold"):  # both read-only
            _READY.add(self.db)
            return
        blob = "BYTEA" if self.db.dialect == "postgresql" else "BLOB"
        with self.db.transaction() as tx:
            tx.execute(f"CREATE TABLE IF NOT EXISTS bilag_indhold (sha256 TEXT PRIMARY KEY,"
                       f" indhold {blob} NOT NULL, stoerrelse BIGINT NOT NULL,"
                       f" gemt TEXT NOT NULL)")
        _READY.add(self.db)

    def put(self, sha: str, data: bytes, when: datetime) -> None:
        """Keep the bytes; one statement, so two uploads of the same file at once cannot
        both try to insert it (a select-then-insert let the second fail on the key)."""
        with self.db.transaction() as tx:
            tx.execute("INSERT INTO bilag_indhold VALUES (?, ?, ?, ?)"
                       " ON CONFLICT (sha256) DO NOTHING",
                       (sha, data, len(data), when.isoformat()))

    def get(self, sha: str) -> bytes | None:
        rows = self.db.query("SELECT indhold FROM bilag_indhold WHERE sha256 = ?", (sha,))
        return bytes(rows[0][0]) if rows else None


COPENHAGEN = DANISH_TIME


def attach_bilag(store: Socialaftale, meeting_id: str, punkt: str, navn: str, indhold: bytes,
                 *, by: str | None = None, grund: str | None = None) -> list[Recorded]:
    """Check a file, keep its bytes and record it as a bilag of the item; all or nothing.

    The meeting's rules are asked first (the item must be on the agenda, the same file not
    attached twice, a reason once the agenda is sent), so a refused file leaves neither
    bytes nor an event behind."""
    contents = _Contents(store)
    navn = navn.strip().replace("\\", "/").rsplit("/", 1)[-1]  # a browser may send a path
    medietype = check_bilag(navn, indhold)
    sha = hashlib.sha256(indhold).hexdigest()
    now = store.clock()
    command = AttachBilagFile(
        meeting_id=meeting_id, punkt=punkt, sha256=sha, navn=navn, stoerrelse=len(indhold),
        medietype=medietype, grund=grund,
        provenance=Provenance(now.astimezone(COPENHAGEN).date(), Source(f"bilag {navn}")))
    store.decide(command, by=by)
    # Bytes first, then the event. If the event is then refused, the bytes stay: they are
    # deleted by nobody, because another upload of the same file may be recording an event
    # that needs them at this moment. An unreferenced row is harmless (content-addressed,
    # never listed or served without an event naming its hash, reused by a later upload).
    contents.put(sha, indhold, now)
    return store.record(command, by=by)


def bilag_files_of(store: Socialaftale, meeting_id: str) -> tuple[BilagFil, ...]:
    """The files attached to a meeting's items, in the order they were attached."""
    return bilag_files(store.db, meeting_id)


def read_bilag(store: Socialaftale, sha256: str) -> bytes:
    """The bytes stored under ``sha256``, only if they still hash to it."""
    data = _Contents(store).get(sha256)
    if data is None:
        raise DomainError(f"bilaget med SHA-256 {sha256} findes ikke i lageret",
                          rule="bilag-mangler", field="sha256")
    now = hashlib.sha256(data).hexdigest()
    if now != sha256:
        raise DomainError(
            f"bilagets indhold passer ikke længere til den SHA-256, registret har for det "
            f"(registreret {sha256}, nu {now}): filen er ændret eller beskadiget i lageret "
            "efter den blev uploadet. Den udleveres ikke; genskab den fra en "
            "sikkerhedskopi", rule="bilag-aendret", field="sha256")
    return data
