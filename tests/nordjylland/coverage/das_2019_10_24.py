"""The inventory's rows for das-2019-10-24, each answered through the public API or explained.

Minute lines refer to the minutes file this record cites (examples/nordjylland/kilder/).
"""

from __future__ import annotations

from . import Facts

facts = Facts("das-2019-10-24")
