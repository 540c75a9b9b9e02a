"""Reading the files a user names: only regular files, sized from their own descriptor.

A path may be anything: a directory, a FIFO that never ends (or never opens), a
symlink to /dev/zero. Each is opened without blocking, looked at with ``fstat``
on the open descriptor (so what is checked is what is read) and refused unless
it is a regular file within the size limit; at most one byte more than the
limit is ever read. The same file named twice in one load (also through a
directory, a link or another spelling) is refused, naming both.
"""

from __future__ import annotations

import fcntl
import os
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from .format import RecordError
from .load import MAX_BYTES

__all__ = ["open_regular_file", "read_record_files", "read_regular_file"]

_KINDS = (
    (stat.S_ISDIR, "en mappe"),
    (stat.S_ISFIFO, "en navngiven pipe (FIFO)"),
    (stat.S_ISCHR, "en tegnenhed (som /dev/zero)"),
    (stat.S_ISBLK, "en blokenhed"),
    (stat.S_ISSOCK, "en socket"),
)


def _megabytes(size: int) -> str:
    mb = size / (1024 * 1024)
    return f"{mb:.0f}" if mb == int(mb) else f"{mb:.1f}".replace(".", ",")


def _open(name: str) -> tuple[int, os.stat_result]:
    """A descriptor of ``name`` opened for reading, and its fstat; only a regular file."""
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
    try:
        fd = os.open(name, flags)
    except FileNotFoundError:
        raise RecordError("filen findes ikke", file=name, line=None,
                          rule="fil-findes-ikke") from None
    except PermissionError:
        raise RecordError("filen kan ikke læses (ingen adgang)", file=name, line=None,
                          rule="fil-ulaeselig") from None
    except OSError as err:
        raise RecordError(f"filen kan ikke åbnes ({err.strerror})", file=name, line=None,
                          rule="fil-ulaeselig") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = next((k for test, k in _KINDS if test(info.st_mode)), "ikke en fil")
            raise RecordError(f"stien peger på {kind}, ikke på en almindelig fil; kun "
                              "almindelige filer kan læses", file=name, line=None,
                              rule="fil-ikke-almindelig")
        # a regular file never blocks; reading it goes on as usual
        fcntl.fcntl(fd, fcntl.F_SETFL, fcntl.fcntl(fd, fcntl.F_GETFL) & ~os.O_NONBLOCK)
    except BaseException:
        os.close(fd)
        raise
    return fd, info


def _too_big(name: str, size: int, limit: int) -> RecordError:
    return RecordError(f"filen er {_megabytes(size)} MB; en mødeoptegnelse må højst fylde "
                       f"{_megabytes(limit)} MB (del den op pr. møde)", file=name, line=None,
                       rule="fil-for-stor")


def _read(name: str, limit: int) -> tuple[bytes, tuple[int, int]]:
    fd, info = _open(name)
    with os.fdopen(fd, "rb") as f:
        if info.st_size > limit:
            raise _too_big(name, info.st_size, limit)
        try:
            data = f.read(limit + 1)
        except OSError as err:
            raise RecordError(f"filen kan ikke læses ({err.strerror})", file=name, line=None,
                              rule="fil-ulaeselig") from None
    if len(data) > limit:  # it grew after fstat
        raise _too_big(name, len(data), limit)
    return data, (info.st_dev, info.st_ino)


def read_regular_file(path: str | os.PathLike[str], *, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or a RecordError naming it."""
    return _read(os.fspath(path), limit)[0]


def open_regular_file(path: str | os.PathLike[str]) -> BinaryIO:
    """A regular file opened for reading (an exported log has no size limit), or a
    RecordError naming it."""
    fd, _ = _open(os.fspath(path))
    return os.fdopen(fd, "rb")


def read_record_files(paths: Sequence[str | os.PathLike[str]], *,
                      limit: int = MAX_BYTES) -> list[tuple[str, bytes]]:
    """Each named file, and each ``*.yaml`` in a named directory (in name order), read as
    :func:`read_regular_file` does; the same file twice is refused, naming both."""
    files: list[tuple[str, bytes]] = []
    seen: dict[tuple[int, int], str] = {}
    for path in paths:
        name = os.fspath(path)
        folder = Path(name)
        names = ([str(p) for p in sorted(folder.glob("*.yaml"))] if folder.is_dir()
                 else [name])
        for each in names:
            data, identity = _read(each, limit)
            first = seen.get(identity)
            if first is not None:
                same = "" if first == each else f" (som {first})"
                raise RecordError(f"filen er nævnt to gange{same}; hver fil indlæses én gang",
                                  file=each, line=None, rule="fil-dobbelt")
            seen[identity] = each
            files.append((each, data))
    return files
