"""Small, dependency-free SVG bar charts for the frontends (Danish labels and numbers)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from html import escape

from ..domain.money import format_kroner

__all__ = ["bar_chart"]

COLOURS = ("#1f5f8b", "#e07b39", "#4c9a2a")


LONGEST = 48
"""Labels longer than this are cut with "…"; the whole label is the tooltip."""
CHAR_W = 7.0
"""A generous width of one character at font-size 12, so no label is clipped."""


def _label(text: str) -> str:
    return text if len(text) <= LONGEST else text[: LONGEST - 1].rstrip() + "…"


def bar_chart(title: str, rows: Sequence[tuple[str, Sequence[Decimal | None]]],
              series: Sequence[str]) -> str:
    """Horizontal grouped bars: one group per row, one bar per series, amounts as labels.

    The label column is as wide as the longest (shown) label. An unknown amount (None)
    gets no bar but the words "ikke angivet", never a bar of 0 kr.
    """
    bar_w, bar_h, gap = 360, 14, 10
    shown = [_label(label) for label, _ in rows]
    label_w = int(max((len(t) for t in shown), default=10) * CHAR_W) + 24
    group_h = bar_h * len(series) + gap
    height = 60 + group_h * len(rows) + 20
    width = max(label_w + bar_w + 140, 10 + 120 * len(series), len(title) * 9 + 20)
    biggest = max((abs(v) for _, vs in rows for v in vs if v is not None),
                  default=Decimal(1)) or Decimal(1)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
        'font-family="sans-serif" font-size="12">',
        f"<title>{escape(title)}</title>",
        f'<text x="10" y="20" font-size="15" font-weight="bold">{escape(title)}</text>',
    ]
    for i, name in enumerate(series):
        x = 10 + i * 120
        parts.append(f'<rect x="{x}" y="32" width="12" height="12" fill="{COLOURS[i % 3]}"/>'
                     f'<text x="{x + 16}" y="42">{escape(name)}</text>')
    for r, ((label, values), text) in enumerate(zip(rows, shown, strict=True)):
        y0 = 60 + r * group_h
        parts.append(f'<text x="{label_w - 8}" y="{y0 + bar_h}" text-anchor="end">'
                     f"<title>{escape(label)}</title>{escape(text)}</text>")
        for i, v in enumerate(values):
            y = y0 + i * bar_h
            if v is None:
                parts.append(
                    f'<text x="{label_w + 4}" y="{y + bar_h - 3}" fill="#666" '
                    f'font-style="italic"><title>{escape(label)}: {escape(series[i])} '
                    f"ikke angivet</title>{escape(series[i])} ikke angivet</text>")
                continue
            w = float(abs(v) / biggest) * bar_w
            parts.append(
                f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h - 2}" '
                f'fill="{COLOURS[i % 3]}"><title>{escape(label)}: '
                f"{escape(format_kroner(v))}</title></rect>"
                f'<text x="{label_w + w + 4:.1f}" y="{y + bar_h - 3}">'
                f"{escape(format_kroner(v))}</text>"
            )
    parts.append("</svg>")
    return "\n".join(parts)
