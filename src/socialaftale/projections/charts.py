"""Small, dependency-free SVG bar charts for the frontends (Danish labels and numbers)."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from decimal import Decimal
from html import escape

from ..domain.money import format_kroner

__all__ = ["bar_chart"]

COLOURS = ("#1f5f8b", "#e07b39", "#4c9a2a")

WIDTH = 340
"""The chart's width in CSS px: it fits a 390 px phone beside the page's margins, so the
browser never scales it down and its 12 px text stays 12 px (a wider chart shrunk to a phone
would leave its labels unreadable)."""
CHAR_W = 7.0
"""A generous width of one character at font-size 12, so no label is clipped."""
TITLE_CHAR_W = 9.5
"""The same for the bold 15 px title."""
LINE_H = 15
"""One line of 12 px text."""
MAX_LINES = 3
"""A label wraps onto at most this many lines; the rest is cut with "…" (the tooltip keeps
the whole label)."""


def _lines(text: str, char_w: float, max_lines: int) -> list[str]:
    """``text`` wrapped at word boundaries to fit the chart's width."""
    width = int((WIDTH - 20) / char_w)
    lines = textwrap.wrap(text, width, break_long_words=True) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: width - 1].rstrip() + "…"
    return lines


def _tspans(lines: Sequence[str], x: int, dy: int) -> str:
    return "".join(f'<tspan x="{x}" dy="{0 if i == 0 else dy}">{escape(t)}</tspan>'
                   for i, t in enumerate(lines))


def bar_chart(title: str, rows: Sequence[tuple[str, Sequence[Decimal | None]]],
              series: Sequence[str]) -> str:
    """Horizontal grouped bars: one group per row, its label on its own line(s) above its
    bars, one bar per series, the amount after each bar.

    Labels above the bars rather than beside them keep the chart narrow enough for a phone
    without cutting the labels short. An unknown amount (None) gets no bar but the words
    "ikke angivet", never a bar of 0 kr.
    """
    bar_h, gap = 14, 10
    amounts = [format_kroner(v) for _, vs in rows for v in vs if v is not None]
    value_w = int(max((len(a) for a in amounts), default=6) * CHAR_W) + 8
    bar_w = WIDTH - 10 - value_w
    title_lines = _lines(title, TITLE_CHAR_W, 3)
    y = 20 + 20 * (len(title_lines) - 1)
    parts = [f'<text x="10" y="20" font-size="15" font-weight="bold">'
             f"{_tspans(title_lines, 10, 20)}</text>"]
    # the legend: one entry per line when they do not fit side by side
    x, legend_y = 10, y + 12
    for i, name in enumerate(series):
        entry_w = 16 + int(len(name) * CHAR_W) + 16
        if x > 10 and x + entry_w > WIDTH:
            x, legend_y = 10, legend_y + LINE_H + 3
        parts.append(f'<rect x="{x}" y="{legend_y}" width="12" height="12" '
                     f'fill="{COLOURS[i % 3]}"/>'
                     f'<text x="{x + 16}" y="{legend_y + 10}">{escape(name)}</text>')
        x += entry_w
    y = legend_y + 12 + 16
    biggest = max((abs(v) for _, vs in rows for v in vs if v is not None),
                  default=Decimal(1)) or Decimal(1)
    for label, values in rows:
        lines = _lines(label, CHAR_W, MAX_LINES)
        parts.append(f'<text x="10" y="{y + 11}"><title>{escape(label)}</title>'
                     f"{_tspans(lines, 10, LINE_H)}</text>")
        y += LINE_H * len(lines) + 2
        for i, v in enumerate(values):
            if v is None:
                parts.append(
                    f'<text x="10" y="{y + bar_h - 3}" fill="#595959" '
                    f'font-style="italic"><title>{escape(label)}: {escape(series[i])} '
                    f"ikke angivet</title>{escape(series[i])} ikke angivet</text>")
            else:
                w = float(abs(v) / biggest) * bar_w
                parts.append(
                    f'<rect x="10" y="{y}" width="{w:.1f}" height="{bar_h - 2}" '
                    f'fill="{COLOURS[i % 3]}"><title>{escape(label)}: '
                    f"{escape(format_kroner(v))}</title></rect>"
                    f'<text x="{10 + w + 4:.1f}" y="{y + bar_h - 3}">'
                    f"{escape(format_kroner(v))}</text>")
            y += bar_h
        y += gap
    height = y + 10
    return "\n".join([
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{escape(title)}" '
        'font-family="sans-serif" font-size="12">',
        f"<title>{escape(title)}</title>",
        *parts,
        "</svg>",
    ])
