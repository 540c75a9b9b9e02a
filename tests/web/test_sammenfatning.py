"""The recorder's own summary (issue 17) is shown as such on every page and output, never as
the minutes' words: socdir-2013-01-17 item 5 has one beside its referat."""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner
from litestar.testing import TestClient

from socialaftale import Socialaftale
from socialaftale_cli.main import cli

LABEL = "Registrators sammenfatning (ikke referatets ord)"
SUMMARY = "SOCDIR gennemgik DAS-dagsordenens punkter 4-17"
# 001_06729882290ccbd8.txt l. 117-119: the referat of item 5 is one sub-point per DAS item;
# the first (DAS pkt. 4) begins so. The item has no text of its own besides its sub-points.
REFERAT = "Jan indledte punktet og redegjorde for"


@pytest.fixture
def reader(loaded: Socialaftale) -> Any:
    from socialaftale_web import create_app

    with TestClient(create_app(loaded)) as c:
        yield c


def test_the_meeting_page_labels_the_summary_as_the_recorders(reader: Any) -> None:
    page = reader.get("/moeder/socdir-2013-01-17").text
    assert REFERAT in page and SUMMARY in page
    assert page.index("Referat") < page.index(LABEL) < page.index(SUMMARY) < page.index(REFERAT)


def test_the_decision_list_labels_the_summary(reader: Any) -> None:
    page = reader.get("/beslutninger?soeg=kompasset").text
    assert SUMMARY in page
    assert page.index(LABEL) < page.index(SUMMARY)


def test_json_and_the_cli_keep_the_summary_apart(reader: Any, loaded: Socialaftale) -> None:
    found = [d for d in reader.get("/api/beslutninger?forum=SOCDIR").json()["beslutninger"]
             if d["meeting_id"] == "socdir-2013-01-17" and d["punkt"] == "5"]
    assert found and found[0]["sammenfatning"].startswith(SUMMARY)
    assert found[0]["referat"] == ""  # the minutes' words stand under the sager
    assert found[0]["sager"][0]["referat"].startswith(REFERAT)
    url = str(loaded.db.location.path)
    out = CliRunner().invoke(cli, ["decisions", "--store", url, "--body", "SOCDIR",
                                   "--format", "json"])
    assert out.exit_code == 0, out.output
    rows = [d for d in json.loads(out.output) if d["punkt"] == "5"
            and d["meeting_id"] == "socdir-2013-01-17"]
    assert rows[0]["sammenfatning"].startswith(SUMMARY)
    shown = CliRunner().invoke(cli, ["meeting", "--store", url, "socdir-2013-01-17"])
    assert shown.exit_code == 0, shown.output
    assert LABEL in shown.output and shown.output.index(LABEL) < shown.output.index(SUMMARY)
