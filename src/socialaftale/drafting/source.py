"""A minutes document as the drafter reads it: its name, content hash and numbered lines.

Every drafted fact points back into the document by page and line: ``line`` is the line
number in the whole document (1-based, as the minutes' .txt files number them; the PDF
reader numbers the lines of a PDF the same way), ``page`` the page it is on (1-based; a
text file has pages only where it holds form feeds). Pure: the caller reads the bytes.
"""

from __future__ import annotations

import hashlib
import unicodedata

import attrs

__all__ = ["DraftError", "SourceDocument", "SourceLine", "read_text"]


class DraftError(ValueError):
    """The document cannot be drafted: not UTF-8, empty, not minutes. Danish message naming
    the file (and the line where there is one) and a rule id; nothing is written."""

    def __init__(self, message: str, *, file: str, rule: str, line: int | None = None) -> None:
        where = f"{file}, linje {line}" if line is not None else file
        super().__init__(f"{where}: {message}")
        self.message = message
        self.file = file
        self.rule = rule
        self.line = line


@attrs.frozen
class SourceLine:
    """One line of the document: 1-based page and line (line counted in the whole document)."""

    page: int
    line: int
    text: str


@attrs.frozen
class SourceDocument:
    """The document: its file name, the SHA-256 of its bytes as read, and its lines."""

    name: str
    sha256: str
    lines: tuple[SourceLine, ...]

    @property
    def pages(self) -> int:
        return self.lines[-1].page if self.lines else 0

    def at(self, line: int) -> SourceLine:
        """The line numbered ``line`` (1-based)."""
        found = self.lines[line - 1]
        if found.line != line:  # numbered as read, so the index is the number
            found = next(x for x in self.lines if x.line == line)
        return found


def read_text(name: str, data: bytes) -> SourceDocument:
    """The text file ``data`` named ``name``: UTF-8 (a byte-order mark is allowed), read as
    NFC; a form feed starts a new page. Latin-1 or any other text that is not UTF-8, and an
    empty file, raise :class:`DraftError`."""
    sha = hashlib.sha256(data).hexdigest()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        column = err.start - data.rfind(b"\n", 0, err.start)
        raise DraftError(
            f"filen er ikke UTF-8-tekst (tegn {column} på linjen er byte "
            f"0x{data[err.start]:02x}; måske Latin-1 eller Windows-1252). Gem referatet som "
            f"UTF-8 og prøv igen", file=name, rule="ikke-utf8", line=line) from None
    if "\x00" in text:
        raise DraftError("filen er ikke tekst (den indeholder nul-tegn)", file=name,
                         rule="ikke-tekst")
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise DraftError("filen er tom; der er intet referat at lave udkast fra", file=name,
                         rule="tomt-referat")
    lines: list[SourceLine] = []
    page = 1
    for number, raw in enumerate(text.split("\n"), start=1):
        page += raw.count("\f")
        lines.append(SourceLine(page, number, raw.replace("\f", "")))
    if lines and not lines[-1].text and text.endswith("\n"):
        lines.pop()  # the newline ending the last line opens no line of its own
    return SourceDocument(name, sha, tuple(lines))
