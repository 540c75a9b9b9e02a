"""A meeting's dagsorden or referat as blocks, shown as Markdown or HTML.

The texts in a document come from records people wrote: a referat may well contain
``## 99 Falsk punkt`` or ``**Beslutning:**``. Were they pasted into Markdown as they are,
a reader (or a program reading the output) would see a heading or a decision the meeting
never had. So the layout is built as blocks of plain text, and each output escapes the text
it shows: Markdown with backslashes before every character that could start structure, HTML
from the blocks themselves (never by parsing the Markdown back), every text escaped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import escape

from attrs import frozen

__all__ = ["Block", "html", "markdown", "md_inline", "md_line"]


@frozen
class Block:
    """One piece of the layout. ``kind``: ``title`` (the document's heading), ``field`` (a
    header line: ``label`` and ``text``), ``item`` (an agenda item's heading: ``label`` is
    its number, ``text`` its title), ``label`` (a section's name, in ``text``), ``text`` (a
    paragraph of written text, lines kept) or ``entry`` (one entry of a list)."""

    kind: str
    text: str
    label: str = ""


# Characters that start or shape Markdown anywhere in a line (emphasis, code, links, raw
# HTML, entities, tables, strike-through) and, at a line's start, the block markers
# (heading, quote, list, setext underline, ordered list).
_INLINE = re.compile(r"([\\`*_\[\]<>&|~])")
_LINE_START = re.compile(r"^(\s*)([#>+=\-])")
_ORDERED = re.compile(r"^(\s*\d+)([.)])")


def md_inline(text: str) -> str:
    """Written text inside a line of layout (a heading, a header field), on one line."""
    return _INLINE.sub(r"\\\1", " ".join(text.split()))


def md_line(line: str) -> str:
    """A line of written text as Markdown that shows exactly that text, even at the start
    of a line (where "## ", "- ", "1. " or "===" would be structure)."""
    line = _INLINE.sub(r"\\\1", line)
    line = _LINE_START.sub(r"\1\\\2", line)
    return _ORDERED.sub(r"\1\\\2", line)


def markdown(blocks: Sequence[Block]) -> str:
    """The blocks as Markdown; every written text escaped, so only the layout is structure."""
    lines: list[str] = []
    previous = ""
    for b in blocks:
        if b.kind == "entry":
            if previous != "entry":
                lines.append("")
            lines.append(f"- {md_line(' '.join(b.text.split()))}")
        elif b.kind == "field":
            if previous != "field":
                lines.append("")
            lines.append(f"**{b.label}** {md_inline(b.text)}  ")
        elif b.kind == "title":
            lines.append(f"# {md_inline(b.text)}")
        elif b.kind == "item":
            lines += ["", f"## {md_inline(f'{b.label}. {b.text}')}"]
        elif b.kind == "label":
            lines += ["", f"**{b.text}**"]
        else:
            lines += ["", *(md_line(x) for x in b.text.splitlines())]
        previous = b.kind
    return "\n".join(lines).lstrip("\n") + "\n"


def html(blocks: Sequence[Block], kind: str) -> str:
    """The blocks as an HTML fragment, every text escaped."""
    out = [f'<article class="{kind}" lang="da">']
    in_list = False
    for b in blocks:
        if b.kind == "entry":
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{escape(' '.join(b.text.split()))}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if b.kind == "title":
            out.append(f"<h1>{escape(b.text)}</h1>")
        elif b.kind == "field":
            out.append(f"<p><strong>{escape(b.label)}</strong> {escape(b.text)}</p>")
        elif b.kind == "item":
            number = b.label
            anchor = f' id="punkt-{escape(number)}"' if number and " " not in number else ""
            out.append(f"<h2{anchor}>{escape(f'{number}. {b.text}')}</h2>")
        elif b.kind == "label":
            out.append(f"<h3>{escape(b.text)}</h3>")
        else:
            out += [f"<p>{escape(x)}</p>" for x in b.text.splitlines() if x.strip()]
    if in_list:
        out.append("</ul>")
    out.append("</article>")
    return "\n".join(out)
