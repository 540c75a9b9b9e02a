"""How fast the drafter drafts a 20-page set of minutes (issue 18: under a second).

    python benchmarks/draft_speed.py [--runs 5] [--pages 20]

The minutes are the four shared meetings' text (the DAS meeting's first) typeset one
after the other by WeasyPrint into a real PDF of ``--pages`` pages
(tests/drafting/pdfmaker.py: justified, hyphenated, running header, "n/N"), and the same
lines as a UTF-8 text file with a form feed between pages. Each run is what
``socialaftale draft`` does with the file's bytes: read the document (``read_source``:
PDFium for the PDF), blank its furniture, draft the record and write its YAML. The
median and slowest wall-clock seconds of ``--runs`` runs are printed, and the median CPU
seconds of the process (steady when other work shares the cores), with the PDF reading
alone beside them, through PDFium and through pdfminer.six (the baseline it replaced, same
lines: tests/drafting/test_pdf.py), and the ratio of the two in this run.
benchmarks/run.py prints this table with the rest; nothing is asserted.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "drafting"))

from pdfmaker import long_minutes  # noqa: E402

from socialaftale import draft_document, draft_record, read_pdf, without_furniture  # noqa: E402


def _timed(fn: Any, runs: int) -> tuple[float, float, float]:
    """Median and slowest wall-clock seconds of ``runs`` calls, and the median CPU seconds
    of this process (the figure that does not grow when other work shares the cores)."""
    wall, cpu = [], []
    for _ in range(runs):
        began, began_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - began)
        cpu.append(time.process_time() - began_cpu)
    return statistics.median(wall), max(wall), statistics.median(cpu)


def measure(pages: int = 20, runs: int = 5) -> str:
    """The Markdown table of the drafting figures."""
    pdf = long_minutes(pages)
    doc = read_pdf("referat.pdf", pdf)
    text = "".join(("\f" if a.page != b.page else "") + a.text + "\n"
                   for a, b in zip(doc.lines, (doc.lines[0], *doc.lines[:-1]), strict=True))
    data = text.encode("utf-8")
    draft = draft_record(without_furniture(doc))
    rows = ["| drafting a set of minutes | pages | lines | items drafted | median s | "
            "slowest s | median CPU s | target |", "|---|---:|---:|---:|---:|---:|---:|---|"]
    items = len(draft.data.get("punkter", []))
    for what, name, blob in (("PDF: read, draft, YAML", "referat.pdf", pdf),
                             ("text: read, draft, YAML", "referat.txt", data)):
        median, worst, cpu = _timed(
            lambda n=name, b=blob: draft_document(n, b).draft.yaml,
            runs)
        rows.append(f"| {what} | {doc.pages} | {len(doc.lines)} | {items} | {median:.2f} | "
                    f"{worst:.2f} | {cpu:.2f} | < 1 s |")
    cpus = {}
    for reader, label in (("pdfium", "PDFium"), ("pdfminer", "pdfminer.six, baseline")):
        median, worst, cpu = _timed(lambda r=reader: read_pdf("referat.pdf", pdf, reader=r),
                                    runs)
        cpus[reader] = cpu
        rows.append(f"| PDF: reading alone ({label}) | {doc.pages} | {len(doc.lines)} | | "
                    f"{median:.3f} | {worst:.3f} | {cpu:.3f} | |")
    ratio = cpus["pdfminer"] / max(cpus["pdfium"], 1e-9)
    rows.append(f"\nPDFium reads the {doc.pages} pages in 1/{ratio:.0f} of pdfminer.six's CPU "
                "time (same lines).")
    return "\n".join(rows) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pages", type=int, default=20)
    args = parser.parse_args()
    print(measure(args.pages, args.runs))


if __name__ == "__main__":
    main()
