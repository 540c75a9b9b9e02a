"""The record of two days that the "as known on a date" tests share: the real minutes
loaded on 2 November 2026, corrected and extended on 3 November (issue 19)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from socialaftale import load_records, open_store

EXAMPLES = Path(__file__).parents[2] / "examples" / "nordjylland"
FIRST, SECOND = date(2026, 11, 2), date(2026, 11, 3)


def _file(name: str) -> tuple[str, bytes]:
    return name, (EXAMPLES / name).read_bytes()


def _mistyped_das() -> str:
    """The DAS minutes of 24 October 2019 as first entered, with three typing errors (the
    places of Kirketoften, the decision under item 2, the room), corrected the next day to
    what the minutes say (examples/nordjylland/das-2019-10-24.yaml)."""
    text = (EXAMPLES / "das-2019-10-24.yaml").read_text(encoding="utf-8")
    mistyped = (text.replace("pladser: 27", "pladser: 26")
                .replace("referat: Referatet blev godkendt\n",
                         "referat: Referatet blev godkendt uden bemaerkninger\n")
                .replace("mødelokale 2", "mødelokale 3"))
    assert mistyped.count("pladser: 26") == mistyped.count("uden bemaerkninger") == 1
    return mistyped


def two_days(url: str) -> None:
    """Day one (2 November 2026): DAS 24 October 2019 (mistyped) and SOCDIR 17 January 2013.
    Day two: the DAS record corrected, SOCDIR 18 March 2013 and 10 October 2014 added."""
    with open_store(url, actor="test", clock=lambda: datetime(2026, 11, 2, 9, tzinfo=UTC)) as s:
        load_records(s, [("das-2019-10-24.yaml", _mistyped_das()),
                         _file("socdir-2013-01-17.yaml")])
    with open_store(url, actor="test", clock=lambda: datetime(2026, 11, 3, 9, tzinfo=UTC)) as s:
        results = load_records(s, [_file("das-2019-10-24.yaml"),
                                   _file("socdir-2013-03-18.yaml"),
                                   _file("socdir-2014-10-10.yaml")], grund="tastefejl")
        assert [r.status for r in results] == ["rettet", "ny", "ny"]
