"""The files ``load``, ``check`` and ``import`` read: only regular files, each once.

A FIFO, a symlink to /dev/zero or /dev/urandom, a directory named like a record: each
is refused with a Danish message naming it and exit 2, in a real process (a FIFO used to
hang it, /dev/zero to read it until MemoryError), and nothing is recorded.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from socialaftale import RecordError, open_store, read_record_files, read_regular_file

RECORDS = Path(__file__).parents[1] / "records"
VALID = RECORDS / "valid.yaml"
EXE = Path(sys.executable).parent / "socialaftale"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The installed command, capped at 1 GB and 60 s so reading forever shows as failing."""

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))

    return subprocess.run([str(EXE), *args], capture_output=True, text=True, check=False,
                          timeout=60, preexec_fn=cap)


def events_in(url: str) -> int:
    with open_store(url) as store:
        return store.log.last_position() or 0


def special(tmp_path: Path, kind: str) -> Path:
    """A path named like a record that is not a regular file."""
    path = tmp_path / f"{kind}.yaml"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dir":
        path.mkdir()
    else:
        path.symlink_to(f"/dev/{kind}")
    return path


KINDS = {"fifo": "en navngiven pipe (FIFO)", "dir": "en mappe", "zero": "en tegnenhed",
         "urandom": "en tegnenhed"}


@pytest.mark.parametrize("command", ["load", "check"])
@pytest.mark.parametrize("kind", ["fifo", "urandom", "zero"])  # a named folder is read as one
def test_a_path_that_is_not_a_regular_file_is_refused_by_name(
        tmp_path: Path, command: str, kind: str) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    path = special(tmp_path, kind)
    done = run(command, "--store", url, str(VALID), str(path))
    assert done.returncode == 2, done.stderr[-2000:]
    assert f"Fejl: {path}: stien peger på {KINDS[kind]}" in done.stderr
    assert "ikke på en almindelig fil" in done.stderr
    assert "regel: fil-ikke-almindelig" in done.stderr and "Traceback" not in done.stderr
    assert events_in(url) == 0


@pytest.mark.parametrize("kind", ["fifo", "dir", "zero"])
def test_a_folder_holding_something_other_than_a_file_is_refused(tmp_path: Path,
                                                                   kind: str) -> None:
    folder = tmp_path / "optegnelser"
    folder.mkdir()
    (folder / "a.yaml").write_bytes(VALID.read_bytes())
    path = special(folder, kind)  # e.g. a directory named sub.yaml/
    url = f"sqlite:///{tmp_path / 's.db'}"
    done = run("load", "--store", url, str(folder))
    assert done.returncode == 2, done.stderr[-2000:]
    assert f"Fejl: {path}: stien peger på {KINDS[kind]}" in done.stderr
    assert "Traceback" not in done.stderr and events_in(url) == 0


@pytest.mark.parametrize("kind", ["fifo", "zero", "dir"])
def test_import_reads_only_a_regular_file(tmp_path: Path, kind: str) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    path = special(tmp_path, kind)
    done = run("import", "--store", url, str(path))
    assert done.returncode == 2, done.stderr[-2000:]
    assert f"Fejl: {path}: stien peger på {KINDS[kind]}" in done.stderr
    assert "Traceback" not in done.stderr and events_in(url) == 0


def test_import_of_a_missing_file_is_named_in_danish(tmp_path: Path) -> None:
    done = run("import", "--store", f"sqlite:///{tmp_path / 's.db'}",
               str(tmp_path / "findes-ikke.jsonl"))
    assert done.returncode == 2 and "findes-ikke.jsonl: filen findes ikke" in done.stderr


def test_import_still_reads_an_export_from_a_file_and_from_standard_input(
        tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'a.db'}"
    assert run("load", "--store", source, str(VALID)).returncode == 0
    dump = tmp_path / "log.jsonl"
    dump.write_text(run("export", "--store", source).stdout, encoding="utf-8")
    from_file = f"sqlite:///{tmp_path / 'b.db'}"
    assert run("import", "--store", from_file, str(dump)).returncode == 0
    from_stdin = f"sqlite:///{tmp_path / 'c.db'}"
    done = subprocess.run([str(EXE), "import", "--store", from_stdin, "-"],
                          input=dump.read_text(encoding="utf-8"), capture_output=True,
                          text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert events_in(from_file) == events_in(from_stdin) == events_in(source) == 8


@pytest.mark.parametrize("second", ["same", "link", "folder"])
def test_the_same_file_twice_in_one_load_is_refused_naming_it(tmp_path: Path,
                                                              second: str) -> None:
    folder = tmp_path / "optegnelser"
    folder.mkdir()
    first = folder / "das.yaml"
    first.write_bytes(VALID.read_bytes())
    again = {"same": first, "link": tmp_path / "genvej.yaml", "folder": folder}[second]
    if second == "link":
        again.symlink_to(first)
    url = f"sqlite:///{tmp_path / 's.db'}"
    done = run("load", "--store", url, str(first), str(again))
    assert done.returncode == 2, done.stderr[-2000:]
    assert "filen er nævnt to gange" in done.stderr and "regel: fil-dobbelt" in done.stderr
    assert str(first) in done.stderr
    assert events_in(url) == 0


def test_a_file_over_the_limit_is_refused_from_its_size_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "stor.yaml"
    with big.open("wb") as f:
        f.truncate(3 * 1024**3)  # 3 GB, sparse: reading it would exceed the process's cap
    done = run("check", "--store", f"sqlite:///{tmp_path / 's.db'}", str(big))
    assert done.returncode == 2, done.stderr[-2000:]
    assert "stor.yaml: filen er 3072 MB; en mødeoptegnelse må højst fylde 5 MB" \
        in done.stderr
    assert "regel: fil-for-stor" in done.stderr


def test_a_file_that_grows_past_the_limit_is_read_only_up_to_it(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(b"x" * 101)
    with pytest.raises(RecordError) as caught:
        read_regular_file(path, limit=100)
    assert caught.value.rule == "fil-for-stor"
    path.write_bytes(b"x" * 100)
    assert read_regular_file(path, limit=100) == b"x" * 100


def test_an_unreadable_file_is_named(tmp_path: Path) -> None:
    path = tmp_path / "hemmelig.yaml"
    path.write_bytes(VALID.read_bytes())
    path.chmod(0)
    if os.access(path, os.R_OK):  # root reads anything: a missing file instead
        path = tmp_path / "mangler.yaml"
    with pytest.raises(RecordError) as caught:
        read_record_files([path])
    assert caught.value.rule in ("fil-ulaeselig", "fil-findes-ikke")
    assert str(caught.value).startswith(str(path))


def test_a_missing_record_file_is_named_in_danish(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    missing = tmp_path / "findes-ikke.yaml"
    done = run("check", "--store", url, str(VALID), str(missing))
    assert done.returncode == 2, done.stderr[-2000:]
    assert f"Fejl: {missing}: filen findes ikke" in done.stderr
    assert "regel: fil-findes-ikke" in done.stderr
