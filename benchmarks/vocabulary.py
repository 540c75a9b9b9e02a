"""A realistic vocabulary for the synthetic history: the real minutes' Danish words, drawn
with a Zipf distribution.

The words are those of the four real sets of minutes in examples/nordjylland/kilder (the
extracted text of the PDFs), lower-cased, of four letters or more; stop words, e-mail and
web addresses, and words only ever written with a capital (names of people and places) are
left out. They are ranked by how often the minutes
use them, and the word of rank r is drawn with weight 1/r (Zipf, s = 1), so a few words are
in most decisions and most words in few: a search then matches as many decisions as it would
in a real record, not a third of all of them as with a 25-word list. The ranking is fixed by
the text, so the same seed gives the same history.
"""

from __future__ import annotations

import bisect
import itertools
import random
import re
from collections import Counter
from functools import cache
from pathlib import Path

from socialaftale.projections.search import STOPWORDS

__all__ = ["COMMON", "RARE", "ranked", "words"]

SOURCES = Path(__file__).parents[1] / "examples" / "nordjylland" / "kilder"
_WORD = re.compile(r"[^\W\d_]{4,}")
_ADDRESSES = re.compile(r"\S+@\S+|\S*www\.\S+|https?://\S+")


@cache
def ranked() -> tuple[str, ...]:
    """The minutes' words, most used first (ties alphabetically)."""
    seen: Counter[str] = Counter()
    lower: set[str] = set()
    for source in sorted(SOURCES.glob("*.txt")):
        for word in _WORD.findall(_ADDRESSES.sub(" ", source.read_text(encoding="utf-8"))):
            low = word.lower()
            seen[low] += 1
            if word == low:
                lower.add(low)
    kept = [w for w in seen if w in lower and w not in STOPWORDS]
    return tuple(sorted(kept, key=lambda w: (-seen[w], w)))


@cache
def _cumulative() -> tuple[float, ...]:
    return tuple(itertools.accumulate(1 / rank for rank in range(1, len(ranked()) + 1)))


def words(rng: random.Random, n: int) -> list[str]:
    """``n`` words drawn with the Zipf weights (one ``rng.random()`` each)."""
    vocabulary, cumulative = ranked(), _cumulative()
    total = cumulative[-1]
    return [vocabulary[bisect.bisect_left(cumulative, rng.random() * total)]
            for _ in range(n)]


COMMON = ranked()[0]
"""A search term that matches many decisions: the minutes' most used word."""
RARE = ranked()[300]
"""A search term that matches few: the word of rank 301."""
