"""features/ordret.feature: the verbatim check run through the real CLI on a temporary record."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from pytest_bdd import given, parsers, scenarios, then, when

from socialaftale_cli.main import cli

scenarios("../../features/ordret.feature")

KILDER = Path(__file__).resolve().parents[2] / "examples" / "nordjylland" / "kilder"


class Ctx:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.kilder = folder / "kilder"
        self.record = folder / "optegnelse.yaml"
        self.result: Result | None = None


@pytest.fixture
def ctx(tmp_path: Path) -> Ctx:
    c = Ctx(tmp_path)
    shutil.copytree(KILDER, c.kilder)
    return c


@given(parsers.parse('en midlertidig mødeoptegnelse over "{kilde}", hvor punkt "{punkt}" har '
                     'referatet "{referat}"'))
def temporary_record(ctx: Ctx, kilde: str, punkt: str, referat: str) -> None:
    sha = hashlib.sha256((ctx.kilder / kilde).read_bytes()).hexdigest()
    ctx.record.write_text(
        f"kilde: {kilde}\nkilde_sha256: {sha}\n"
        "moede: {id: das-2019-10-24, forum: DAS, dato: 2019-10-24}\n"
        "punkter:\n"
        f'  - nummer: "{punkt}"\n'
        "    titel: Ind- og udmelding af tilbud i nordjysk Socialaftale\n"
        "    beslutning:\n"
        "      udfald: ikke_godkendt\n"
        f"      referat: >-\n        {referat}\n", encoding="utf-8")


@given(parsers.parse('ordet "{old}" i referatet er ændret til "{new}"'))
def altered_word(ctx: Ctx, old: str, new: str) -> None:
    text = ctx.record.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.startswith("        "))
    ctx.record.write_text(text.replace(line, line.replace(f" {old} ", f" {new} ", 1)),
                          encoding="utf-8")


@given(parsers.parse('optegnelsen har sammenfatningen "{text}"'))
def with_summary(ctx: Ctx, text: str) -> None:
    with ctx.record.open("a", encoding="utf-8") as f:
        f.write(f"      sammenfatning: {text}\n")


@given("kildedokumentet er ændret efter optegnelsen blev skrevet")
def changed_source(ctx: Ctx) -> None:
    path = ctx.kilder / "003_dac07bbacd9158aa.txt"
    path.write_bytes(path.read_bytes().replace("præcedens".encode(), b"praksis", 1))


@when("optegnelsen kontrolleres mod kilderne i examples/nordjylland/kilder")
def run_check(ctx: Ctx) -> None:
    url = f"sqlite:///{ctx.folder / 's.db'}"
    ctx.result = CliRunner().invoke(cli, ["check", "--store", url, "--against",
                                          str(ctx.kilder), str(ctx.record)])


@then("består kontrollen")
def passes(ctx: Ctx) -> None:
    assert ctx.result is not None
    assert ctx.result.exit_code == 0, ctx.result.output
    assert "står ordret i kilden" in ctx.result.output


@then(parsers.parse('fejler kontrollen med reglen "{rule}" i feltet "{field}" på linje {line:d}'))
def fails(ctx: Ctx, rule: str, field: str, line: int) -> None:
    assert ctx.result is not None
    assert ctx.result.exit_code == 1, ctx.result.output
    assert f"optegnelse.yaml, linje {line} (felt '{field}')" in ctx.result.output
    assert f"(regel: {rule})" in ctx.result.output
    assert "Traceback" not in ctx.result.output


@then(parsers.parse('viser fejlen det nærmeste sted i referatet "{passage}"'))
def nearest(ctx: Ctx, passage: str) -> None:
    assert ctx.result is not None
    assert f"nærmeste sted i referatet: «{passage}" in ctx.result.output
