"""Sub-matters of an item (issue 16): DAS 24 October 2019 item 8 as the record holds it, on
memory, SQLite and PostgreSQL (features/sager.feature)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from pytest_bdd import parsers, scenarios, then, when

from socialaftale import RecordError, Socialaftale, load_record, open_store

from .conftest import EXAMPLES, Ctx

scenarios("../../features/sager.feature")

DAS = "das-2019-10-24"


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store


def _matters(ctx: Ctx, punkt: str, outcome: str | None = None) -> dict[str, Any]:
    found = [d for d in ctx.store.decisions(outcome=outcome)
             if d.meeting_id == DAS and d.punkt == punkt]
    return {s.id: s for d in found for s in d.sager}


@then(parsers.parse('har punkt "{punkt}" på "{meeting_id}" {antal:d} sager'))
def matter_count(ctx: Ctx, punkt: str, meeting_id: str, antal: int) -> None:
    decision: Any = ctx.decision(meeting_id, punkt)
    assert len(decision.sager) == antal
    assert len({s.id for s in decision.sager}) == antal


@then(parsers.parse('har {antal:d} af sagerne under punkt "{punkt}" udfaldet "{udfald}"'))
def matters_with_outcome(ctx: Ctx, antal: int, punkt: str, udfald: str) -> None:
    assert sum(s.outcome_tekst == udfald for s in _matters(ctx, punkt).values()) == antal


@then(parsers.parse('har sagen "{sag}" under punkt "{punkt}" udfaldet "{udfald}" med '
                    '{antal:d} begrundelser'))
def matter_outcome(ctx: Ctx, sag: str, punkt: str, udfald: str, antal: int) -> None:
    matter = _matters(ctx, punkt)[sag]
    assert matter.outcome_tekst == udfald and len(matter.bemaerkninger) == antal


@then(parsers.parse('siger sagen "{sag}" under punkt "{punkt}" "{tekst}"'))
def matter_says(ctx: Ctx, sag: str, punkt: str, tekst: str) -> None:
    matter = _matters(ctx, punkt)[sag]
    text = " ".join([matter.referat or "", *matter.bemaerkninger])
    assert tekst in " ".join(text.split())


@then(parsers.parse('bærer sagen "{sag}" under punkt "{punkt}" faktummet "{fakta}"'))
def matter_carries(ctx: Ctx, sag: str, punkt: str, fakta: str) -> None:
    matter = _matters(ctx, punkt)[sag]
    assert any(fakta in f.summary for f in matter.fakta), matter.fakta
    # the item's list of facts says which matter carries each one
    carried = [f for f in ctx.store.facts_of_decision(DAS, punkt) if fakta in f.summary]
    assert carried and {f.sag for f in carried} == {sag}


@then(parsers.parse('finder filteret på udfaldet "{udfald}" under punkt "{punkt}" kun '
                    'sagerne "{ids}"'))
def filter_finds_matters(ctx: Ctx, udfald: str, punkt: str, ids: str) -> None:
    [decision] = [d for d in ctx.store.decisions(outcome=udfald)
                  if d.meeting_id == DAS and d.punkt == punkt]
    assert decision.kun_sager  # the item itself is "blandet", not found for its own outcome
    assert [s.id for s in decision.sager] == ids.split(", ")


@then(parsers.parse('viser "decisions --outcome {udfald}" i CSV {antal:d} rækker for punkt '
                    '"{punkt}", hver med sin sag'))
def cli_rows(tmp_path: Path, udfald: str, antal: int, punkt: str) -> None:
    from socialaftale_cli.main import cli

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    with open_store(url, actor="test") as s:
        load_record(s, (EXAMPLES / "das-2019-10-24.yaml").read_bytes(), "das-2019-10-24.yaml")
    result = CliRunner().invoke(cli, ["decisions", "--store", url, "--outcome", udfald,
                                      "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    mine = [r for r in rows if r["Punkt"] == punkt]
    assert len(mine) == antal and all(r["Sag"] and r["Udfald"] == udfald for r in mine)
    assert len({r["Sag"] for r in mine}) == antal


@when(parsers.parse('optegnelsen indlæses igen med et faktum under punkt "{punkt}", der '
                    'nævner sagen "{sag}"'))
def load_with_unknown_matter(ctx: Ctx, punkt: str, sag: str) -> None:
    text = (EXAMPLES / "das-2019-10-24.yaml").read_text(encoding="utf-8")
    anchor = "      sager:\n        - id: kirketoften\n"
    assert punkt == "8" and text.count(anchor) == 1
    edited = text.replace(anchor, (
        "      fakta:\n"
        "        - {type: CloseTilbud, key: vesthimmerland/rosenvaenget,"
        f" effective_on: 2019-10-01, sag: {sag}}}\n") + anchor)
    ctx.log_before = ctx.store.log.last_position() or 0
    try:
        load_record(ctx.store, edited, "das-2019-10-24.yaml")
    except RecordError as err:
        ctx.error = err


@then(parsers.parse('afvises optegnelsen med reglen "{rule}" og "{tekst}"'))
def refused_with(ctx: Ctx, rule: str, tekst: str) -> None:
    err = ctx.error
    assert isinstance(err, RecordError), err
    assert err.rule == rule and tekst in err.message
    assert err.field == "punkter[8].beslutning.fakta[1].sag" and err.line is not None


@then("er intet nyt registreret")
def nothing_new(ctx: Ctx) -> None:
    assert (ctx.store.log.last_position() or 0) == ctx.log_before
