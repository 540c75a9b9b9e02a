"""Every query sub-command answers in every format on the real meeting records."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from socialaftale_cli.main import cli
from socialaftale_cli.output import clip, fit

EXAMPLES = Path(__file__).parents[2] / "examples" / "nordjylland"

QUERIES = {
    "tilbudsvifte": ["--as-of", "2020-01-01"],
    "tilbud": ["Aktivitetshuset Hobro"],
    "changes": ["--from", "2019-01-01", "--to", "2020-01-01"],
    "takstbilag": ["2020"],
    "decisions": ["--search", "taleinstituttet"],
    "meetings": ["--body", "SOCDIR"],
    "actions": ["--owner", "Aalborg", "--today", "2014-10-11"],
    "groups": ["--as-of", "2014-12-01"],
    "person": ["Henrik Aarup-Kristensen"],
    "budget": ["2012", "--cost-centre", "Sekretariatet for Rammeaftaler"],
    "shares": ["2015", "--cost-centre", "NOPII"],
    "cases": [],
    "case": ["takstanalyse-2014"],
    "approvals": ["--pending", "--council", "Aalborg Kommune"],
    "kommune": ["Aalborg", "--on", "2020-01-01"],
    "agreements": [],
    "agreement": ["socialaftale-2021-2022"],
}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('formats') / 'n.db'}"
    result = CliRunner().invoke(cli, ["load", "--store", url, str(EXAMPLES)])
    assert result.exit_code == 0, result.output
    return url


@pytest.mark.parametrize("command", sorted(QUERIES))
@pytest.mark.parametrize("fmt", ["table", "json", "csv"])
def test_every_query_in_every_format(store: str, command: str, fmt: str) -> None:
    result = CliRunner().invoke(cli, [command, "--store", store, "--format", fmt,
                                      *QUERIES[command]])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        json.loads(result.output)
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(result.output)))
        assert rows and all(len(r) == len(rows[0]) for r in rows)
    else:
        assert result.output.strip()


def test_the_real_records_answer_the_demo_questions(store: str) -> None:
    found = CliRunner().invoke(cli, ["decisions", "--store", store, "--search",
                                     "taleinstituttet", "--format", "json"])
    punkter = {(d["meeting_id"], d["punkt"]) for d in json.loads(found.output)}
    assert ("das-2019-10-24", "8") in punkter and ("socdir-2014-10-10", "4") in punkter
    actions = CliRunner().invoke(cli, ["actions", "--store", store, "--format", "json",
                                       "--today", "2014-10-11", "--owner", "Aalborg"])
    # Item 9 of the minutes announces the next meeting: "til næste møde" is its date at once.
    # (000_939a2e46bbe95266.txt L185-186, L190; L199 gives Aalborg a task with no deadline.)
    found_actions = json.loads(actions.output)
    frister = {a["action_id"]: a["frist_tekst"] for a in found_actions}
    assert frister["socdir-2014-10-10-4a"] == frister["socdir-2014-10-10-4b"] == (
        "næste møde (2014-11-13)")
    assert frister["socdir-2014-10-10-4f"] == "frist ukendt"
    # Aalborg Kommune's two tasks from the efterskrift of 21.03.2013 (no deadline) are open
    assert {(a["action_id"], a["frist_tekst"]) for a in found_actions
            if a["meeting_id"] == "socdir-2013-03-18"} == {
        ("socdir-2013-03-18-e1", "frist ukendt"), ("socdir-2013-03-18-e2", "frist ukendt")}


def test_a_table_is_cut_to_the_terminal_width_widest_column_first() -> None:
    assert fit([10, 90, 20], 80) == [10, 46, 20]
    assert sum(fit([10, 90, 20], 80)) + 4 <= 80
    assert fit([5, 5], 80) == [5, 5]
    assert clip("Ind- og udmelding af tilbud", 10) == "Ind- og u…"


def test_the_cases_across_bodies_answer_from_the_real_records(store: str) -> None:
    """003_dac07bbacd9158aa.txt L670 ("Juli-oktober Byråd og regionsråd Politisk godkendelse"),
    L1003-1004 ("KKR og de nordjyske byråd har henholdsvis anbefalet og godkendt");
    000_939a2e46bbe95266.txt L51 ("KKR godkendte forslaget med bemærkning om, at:")."""
    run = CliRunner().invoke
    cases = json.loads(run(cli, ["cases", "--store", store, "--format", "json"]).output)
    assert [c["id"] for c in cases] == ["takstanalyse-2014", "socialaftale-2021-2022-fokus",
                                        "ti-hcn-forstaerket-samarbejde"]
    one = json.loads(run(cli, ["case", "takstanalyse-2014", "--store", store, "--format",
                               "json"]).output)
    (kkr,) = [b for b in one["behandlinger"] if b["id"] == "kkr"]
    assert (kkr["organ"], kkr["dato"], kkr["udfald"]) == ("KKR", "2014-09-12",
                                                          "godkendt_med_bemaerkninger")
    table = run(cli, ["case", "ti-hcn-forstaerket-samarbejde", "--store", store]).output
    assert "de nordjyske byråd" in table and "das-2019-10-24 pkt. 8, sag ti-hcn" in table
    # 003 l. 670's "Juli-oktober" is a planned period, no deadline: after it nobody is late
    after = list(csv.reader(io.StringIO(run(cli, [
        "approvals", "--store", store, "--format", "csv", "--on", "2020-11-01",
        "--council", "Region Nordjylland"]).output)))
    assert after[1][:4] == ["socialaftale-2021-2022-fokus", "socialaftale-2021-2022",
                            "Region Nordjylland", "ingen beslutning registreret"]
    assert len(after) == 2  # TI/HCN has no round council by council (003 l. 1003-1004)
    before = json.loads(run(cli, ["approvals", "--store", store, "--format", "json",
                                  "--pending", "--on", "2020-09-01"]).output)
    assert {g["raad"]["status"] for g in before} == {"mangler"} and len(before) == 12
    # As the record knew it before the 2019 minutes: only the takstanalyse
    then = run(cli, ["cases", "--store", store, "--format", "json", "--occurred-by",
                     "2014-12-31"])
    assert [c["id"] for c in json.loads(then.stdout)] == ["takstanalyse-2014"]


def test_a_council_not_of_the_agreement_or_an_unknown_case_is_bad_usage(store: str) -> None:
    wrong = CliRunner().invoke(cli, ["approvals", "--store", store, "--council", "Aarhus"])
    assert wrong.exit_code == 2 and "raad-ikke-i-aftalen" in wrong.output
    assert "ikke et af socialaftalens tolv råd" in wrong.output
    unknown = CliRunner().invoke(cli, ["case", "takstanalyse", "--store", store])
    assert unknown.exit_code == 2 and "ukendt sag 'takstanalyse'" in unknown.output
    assert "mente du takstanalyse-2014?" in unknown.output


def test_min_kommune_from_the_cli_answers_as_the_library(store: str) -> None:
    """``socialaftale kommune``: the JSON is the library's ``kommune``; the table names the
    offer, the request and the rounds awaited; an unknown name is bad usage with a hint."""
    out = json.loads(CliRunner().invoke(cli, ["kommune", "hjoerring", "--store", store,
                                              "--format", "json", "--on", "2020-01-01"]).output)
    assert (out["id"], out["navn"], out["tilbud"]) == ("hjoerring", "Hjørring", [])
    assert [g["runde"] for g in out["godkendelser"]] == ["socialaftale-2021-2022"]
    table = CliRunner().invoke(cli, ["kommune", "Aalborg Kommune", "--store", store,
                                     "--on", "2020-01-01"]).output
    assert "Aalborg (aalborg) pr. 2020-01-01" in table
    assert "aalborg/ti-hcn" in table and "udmelding 2020" in table
    assert "socialaftale-2021-2022-fokus / socialaftale-2021-2022" in table
    wrong = CliRunner().invoke(cli, ["kommune", "Hjørrin", "--store", store])
    assert wrong.exit_code == 2 and "kommune-ukendt" in wrong.output
    assert "mente du Hjørring?" in wrong.output


def test_the_agreements_answer_from_the_real_records(store: str) -> None:
    """003_dac07bbacd9158aa.txt L614 ("Der fremlægges forslag til vision og fokusområder for
    Nordjysk Socialaftale 2021-2022"), L666 ("Administrativ godkendelse af Socialaftalen"),
    L855-857 ("underlagt Styringsaftalen"); 001_06729882290ccbd8.txt L167 ("årshjul for
    rammeaftale 2014"), L200 ("Styringsaftalen 2014")."""
    run = CliRunner().invoke
    found = json.loads(run(cli, ["agreements", "--store", store, "--format", "json"]).output)
    assert [(a["id"], a["periode"], len(a["raad"])) for a in found] == [
        ("socialaftale-2021-2022", "2021-2022", 12), ("socialaftale-2018-2020", "2018-2020", 0),
        ("rammeaftale-2014", "2014", 0)]
    assert [[d["art"] for d in a["dele"]] for a in found] == [
        ["socialaftale"], ["styringsaftale"], ["styringsaftale", "udviklingsstrategi"]]
    table = run(cli, ["agreement", "socialaftale-2021-2022", "--store", store]).output
    assert "Parter: alle tolv" in table and "Vision: Egenmestring" in table
    case = run(cli, ["case", "socialaftale-2021-2022-fokus", "--store", store]).output
    assert ("Runden socialaftale-2021-2022 godkender en del af aftalen: Nordjysk Socialaftale "
            "2021-2022 (socialaftale-2021-2022), del socialaftale") in case
    assert "godkendelsesrunde socialaftale-2021-2022 (sag socialaftale-2021-2022-fokus)" in table
    rows = list(csv.reader(io.StringIO(run(cli, ["agreement", "rammeaftale-2014", "--store",
                                                 store, "--format", "csv"]).output)))
    assert [r[:3] for r in rows[1:]] == [["styringsaftale", "Styringsaftalen 2014",
                                          "styringsaftale"],
                                         ["udviklingsstrategi", "Udviklingsstrategi",
                                          "udviklingsstrategi"]]
    listed = run(cli, ["agreements", "--store", store]).output
    then = run(cli, ["agreements", "--store", store, "--format", "json", "--occurred-by",
                     "2014-12-31"])  # as the world knew it: only the 2013 minutes' agreement
    assert [a["id"] for a in json.loads(then.stdout)] == ["rammeaftale-2014"]
    assert "ikke oplyst" in listed  # the parties the minutes do not name
    unknown = run(cli, ["agreement", "rammeaftale2014", "--store", store])
    assert unknown.exit_code == 2 and "ukendt aftale 'rammeaftale2014'" in unknown.output
    assert "mente du rammeaftale-2014?" in unknown.output and "ukendt-aftale" in unknown.output
