"""The benchmark scripts keep working: a tiny run of the generator and of run.py.

No timing is asserted (speed is measured by benchmarks/run.py, never in tests); this checks
that the synthetic history obeys every rule of the model and that the report is complete.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from socialaftale import open_store

BENCH = Path(__file__).parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))

from generate import history  # noqa: E402


def test_the_synthetic_history_is_reproducible_and_valid(tmp_path: Path) -> None:
    first = list(history(5_000, seed=3))
    assert first == list(history(5_000, seed=3))
    with open_store(f"sqlite:///{tmp_path / 'h.db'}") as store:
        for batch in first:
            store.record(*batch)  # every rule of the model holds, or this raises
        events = store.log.last_position()
        # One event per command, but a forum also claims its key and its name (two more).
        fora = sum(1 for b in first for c in b if type(c).__name__ == "RegisterForum")
        assert fora == 5
        assert events == sum(len(b) for b in first) + 2 * fora >= 5_000
        assert len(store.meetings()) > 5 and store.decisions(search="kapacitet")
        assert store.tilbudsvifte(__import__("datetime").date(2007, 1, 1))


def test_run_prints_every_table(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, str(BENCH / "run.py"), "--sizes", "4k,5k",
                          "--stores", "sqlite", "--web", "--markdown", str(tmp_path / "perf.md")],
                         capture_output=True, text=True, check=False, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    text = (tmp_path / "perf.md").read_text(encoding="utf-8")
    assert "| sqlite | 4," in text and "| sqlite | 5," in text
    for query in ("tilbudsvifte as_of", "tilbudsvifte known_at", "an offer's history",
                  "decision search", "open actions", "shares"):
        assert query in text
    assert "rebuild peak RSS" in text and " MB |" in text
    assert "verify ev/s" in text and re.search(  # the tree's cost, and verify's speed
        r"\| sqlite \| 5,\d+ \| [\d,]+ \| [\d,]+ \| [\d.]+ \| [\d,]+ \|\n", text)
    # the printed documents on each store: 4,000 events hold no 20-item meeting (the run
    # records one, marked *), 5,000 do; every offer of the vifte in the workbook
    for size, built in (("4", r"\*"), ("5", "")):
        assert re.search(rf"\| sqlite \| {size},\d+ \| referat PDF, 20 items{built} \(\d+ pages\)"
                         r" \| \d+ \| \d+ \| \d+ \| [\d,]+ \|", text), size
        assert re.search(rf"\| sqlite \| {size},\d+ \| tilbudsvifte XLSX, 3,000 offers \| \d+ \|"
                         r" \d+ \| \d+ \| [\d,]+ \|", text), size
    # the web under 8 clients on the larger store, every kind of page with its target
    assert "`socialaftale serve --workers 2`" in text
    for page, target in (("tilbudsvifte", 250), ("decision search, rare words", 300),
                         ("people", 500), ("tilbudsvifte changes", 500)):
        assert re.search(rf"\| sqlite \| 5,\d+ \| {page} \| \d+ \| \d+ \| [\d.]+ \| "
                         rf"{target} \((met|not met)\) \|", text), page
    assert "| PDF: read, draft, YAML | 20 |" in text and "| text: read, draft, YAML | 20 |" in text


def test_results_replace_only_the_marked_part_of_a_document(tmp_path: Path) -> None:
    from run import BEGIN, END, write_results

    doc = tmp_path / "performance.md"
    doc.write_text(f"# Speed\n\nWhy it is so.\n\n{BEGIN}\nold table\n{END}\n\n## Notes\n",
                   encoding="utf-8")
    write_results(str(doc), "| new | table |\n")
    assert doc.read_text(encoding="utf-8") == (
        f"# Speed\n\nWhy it is so.\n\n{BEGIN}\n| new | table |\n{END}\n\n## Notes\n")


def test_the_drafting_benchmark_prints_its_table() -> None:
    out = subprocess.run([sys.executable, str(BENCH / "draft_speed.py"), "--runs", "1",
                          "--pages", "3"], capture_output=True, text=True, check=False,
                         timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    for what in ("PDF: read, draft, YAML", "text: read, draft, YAML",
                 "PDF: reading alone (PDFium)", "PDF: reading alone (pdfminer.six, baseline)"):
        assert f"| {what} | 3 |" in out.stdout
    assert "PDFium reads the 3 pages in 1/" in out.stdout


def test_the_record_size_benchmark_prints_its_table() -> None:
    out = subprocess.run([sys.executable, str(BENCH / "record_size.py"), "--items", "200"],
                         capture_output=True, text=True, check=False, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "| n = 50 | n = 200 |" in out.stdout
    for step in ("read", "check", "load"):
        assert f"| {step} |" in out.stdout


def test_the_tree_adds_under_two_pages_to_a_commit(tmp_path: Path) -> None:
    """Issue 19's recording cost, counted where the machine's load cannot move it: the
    pages a commit writes to SQLite's write-ahead log with the Merkle tree and without it
    (benchmarks/audit.py --pages). With the head and the kept roots on the leaf rows the
    tree's share is the leaves' last page and the occasional new one (1.6 at 20,000 events;
    3.5 with the head and the roots in tables of their own, before)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_audit", BENCH / "audit.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)  # "audit" is also the tests' package
    spec.loader.exec_module(bench)
    commits, with_tree, without = bench.wal_pages(6_000, str(tmp_path))
    assert commits > 100
    assert 1.0 <= with_tree - without < 2.0, (with_tree, without)


def test_the_rebuild_benchmark_prints_its_tables() -> None:
    """benchmarks/rebuild_speed.py (issue 23): a rebuild by two processes and by one, and
    the known_at figures."""
    out = subprocess.run([sys.executable, str(BENCH / "rebuild_speed.py"), "--sizes", "3k",
                          "--stores", "sqlite"],
                         capture_output=True, text=True, check=False, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "| sqlite | 3," in out.stdout and "| 2 / 1 |" in out.stdout
    assert "B-tree SQL p99 ms" in out.stdout


def test_a_rebuilds_peak_memory_is_its_own_not_its_parents() -> None:
    """A rebuild child's peak RSS (run.peak_rss_kb, which rebuild_speed.py uses too) is its
    own: started by a process that held 300 MB, ``ru_maxrss`` would say 300 MB (Linux keeps
    the parent's peak across fork and exec), which is what every rebuild's figure was until
    7 December."""
    held = bytearray(300 * 1024 * 1024)
    for i in range(0, len(held), 4096):
        held[i] = 1
    out = subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]);"
                          " import run; print(run.peak_rss_kb())", str(BENCH)],
                         capture_output=True, text=True, check=True, timeout=120)
    del held
    assert int(out.stdout) < 200 * 1024, out.stdout


def test_the_rebuild_profile_splits_a_rebuild_per_projection(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'store.db'}"
    with open_store(url, actor="benchmark") as store:
        for batch in history(300):
            store.record(*batch)
    out = subprocess.run([sys.executable, str(BENCH / "profile_rebuild.py"), "--split", url],
                         capture_output=True, text=True, check=False, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "| part | s | CPU s | CPU share |" in out.stdout
    for part in ("| meetings |", "| search |", "| (typed decode) |", "| (reset) |"):
        assert part in out.stdout


def test_the_web_load_measures_the_referat_of_the_meeting_with_most_items(
        tmp_path: Path) -> None:
    import web_load

    url = f"sqlite:///{tmp_path / 'w.db'}"
    assert web_load.store_pages(url) == {}  # an empty store has no meeting to show
    with open_store(url) as store:
        for batch in history(4_000, seed=5):
            store.record(*batch)
        items = store.db.query("SELECT meeting_id, COUNT(*) FROM meeting_item"
                               " GROUP BY meeting_id")
    most = max(n for _, n in items)
    (path,) = web_load.store_pages(url).values()
    meeting_id = path.removeprefix("/moeder/")
    assert dict(items)[meeting_id] == most
    assert meeting_id == min(m for m, n in items if n == most)
