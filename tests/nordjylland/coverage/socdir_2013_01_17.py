"""The inventory's rows for socdir-2013-01-17, each answered through the public API or explained.

Minute lines refer to the minutes file this record cites (examples/nordjylland/kilder/).
"""

from __future__ import annotations

from . import Facts

facts = Facts("socdir-2013-01-17")
