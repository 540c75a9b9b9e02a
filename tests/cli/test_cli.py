"""The ``socialaftale`` command as the secretariat uses it: every sub-command, format, error."""

from __future__ import annotations

import json
import runpy
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from socialaftale import DecisionRef, Provenance, Source, open_store
from socialaftale import budget as b
from socialaftale import meetings as m
from socialaftale_cli.main import cli

ROOT = Path(__file__).parent.parent.parent


@pytest.fixture(scope="module")
def store_file(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store holding DAS 24 Oct 2019 item 8, the meeting, and a budget line."""
    path = tmp_path_factory.mktemp("cli") / "cli.db"
    url = f"sqlite:///{path}"
    example = runpy.run_path(str(ROOT / "examples" / "das_2019_10_24_item8.py"))
    with open_store(url) as store:
        example["record"](store)
        p = Provenance(date(2019, 10, 24), Source("003_dac07bbacd9158aa.txt"))
        store.record(
            m.ScheduleMeeting(meeting_id="das-2019-10-24", body="DAS", dato=date(2019, 10, 24),
                              provenance=p),
            m.ProposeAgenda(meeting_id="das-2019-10-24", provenance=p, punkter=(
                m.Punkt("8", "Ind- og udmelding af tilbud i nordjysk Socialaftale"),)),
            m.RecordDecision(meeting_id="das-2019-10-24", punkt="8",
                             outcome="rejected_with_reasons", provenance=p,
                             referat="DAS godkendte alle anmodninger om ind- og udmeldinger "
                                     "bortset fra Taleinstituttet/Hjerneskadecenter Nordjylland."),
        )
        p13 = Provenance(date(2013, 3, 18), Source("002_19692c500b0e1c7c.txt", "4"),
                         DecisionRef("socdir-2013-03-18", "4"))
        store.record(
            b.RegisterBudgetLine(cost_centre="Sekretariatet for Rammeaftaler", year=2012,
                                 line="Lønomkostninger", gruppe="direkte", position=1,
                                 budget=Decimal("1231000"), provenance=p13),
            b.BookAccounts(cost_centre="Sekretariatet for Rammeaftaler", year=2012,
                           line="Lønomkostninger", regnskab=Decimal("1287300"),
                           provenance=p13),
        )
    return url


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_version_and_help_list_every_plugin_command() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("socialaftale ")
    code, out, _ = run("--help")
    for name in ("tilbudsvifte", "tilbud", "decisions", "budget", "export", "import", "groups",
                 "person", "meetings", "meeting", "actions", "shares",
                 "rebuild", "serve", "token"):
        assert f"  {name} " in out


def test_tilbudsvifte_as_a_danish_table(store_file: str) -> None:
    code, out, _ = run("tilbudsvifte", "--store", store_file, "--as-of", "1. januar 2020")
    assert code == 0
    assert out.splitlines()[0].split() == ["Tilbud", "Driftsherre", "Lovgrundlag", "Pladser",
                                           "Forstærket", "samarbejde"]
    hobro = next(line for line in out.splitlines() if line.startswith("Aktivitetshuset Hobro"))
    assert "SEL § 104" in hobro and " 31 " in f"{hobro} "
    assert "Rosenvænget" not in out


def test_tilbudsvifte_occurred_by_shows_what_the_world_knew_then(store_file: str) -> None:
    code, out, _ = run("tilbudsvifte", "--store", store_file, "--as-of", "2020-01-01",
                       "--occurred-by", "2019-10-01", "--format", "csv")
    assert code == 0
    rows = [line.split(",") for line in out.splitlines()]
    assert rows[0] == ["Tilbud", "Driftsherre", "Lovgrundlag", "Pladser",
                       "Forstærket samarbejde"]
    assert any(r[0] == "Botilbuddet Rosenvænget" for r in rows)


def test_tilbudsvifte_json_is_data(store_file: str) -> None:
    code, out, _ = run("tilbudsvifte", "--store", store_file, "--as-of", "2020-01-01",
                       "--format", "json")
    assert code == 0
    data = json.loads(out)
    hobro = next(o for o in data if o["navn"] == "Aktivitetshuset Hobro")
    assert hobro["pladser"] == 31 and hobro["driftsherre"] == "Mariagerfjord"


def test_an_impossible_date_is_bad_input_exit_2(store_file: str) -> None:
    code, _, err = run("tilbudsvifte", "--store", store_file, "--as-of", "2019-02-30")
    assert code == 2 and "dato 2019-02-30 findes ikke" in err


def test_an_offers_history_names_its_sources(store_file: str) -> None:
    code, out, _ = run("tilbud", "--store", store_file, "Aktivitetshuset Hobro")
    assert code == 0
    assert "omdannet til Aktivitetshuset Hobro" in out
    assert "003_dac07bbacd9158aa.txt pkt. 8" in out and "das-2019-10-24 pkt. 8" in out


def test_an_unknown_offer_is_bad_input_exit_2_with_a_suggestion(store_file: str) -> None:
    code, _, err = run("tilbud", "--store", store_file, "Aktivitetshuset Hobr")
    assert code == 2 and "ukendt tilbud 'Aktivitetshuset Hobr'" in err
    assert "mente du Aktivitetshuset Hobro?" in err


def test_decision_search(store_file: str) -> None:
    code, out, _ = run("decisions", "--store", store_file, "--search", "Taleinstituttet")
    assert code == 0 and "ikke godkendt, med begrundelser" in out
    code, out, _ = run("decisions", "--store", store_file, "--search", "flextrafik")
    assert code == 0 and "(ingen)" in out


def test_budget_in_the_minutes_layout_with_danish_amounts(store_file: str) -> None:
    code, out, _ = run("budget", "--store", store_file, "2012")
    assert code == 0
    line = next(x for x in out.splitlines() if x.startswith("Lønomkostninger"))
    assert "1.287.300 kr." in line and "1.231.000 kr." in line and "-56.300 kr." in line


def test_the_2012_budget_totals_and_result_read_as_the_minutes_print_them(
        tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    examples = Path(__file__).parents[2] / "examples" / "nordjylland"
    code, out, _ = run("load", "--store", url, str(examples))
    assert code == 0, out
    code, out, _ = run("budget", "--store", url, "2012", "--cost-centre",
                       "Sekretariatet for Rammeaftaler")
    assert code == 0
    # the minutes: "Samlede indtægter i alt 1.551.000 1.510.000 41.000"
    [income] = [x for x in out.splitlines() if x.startswith("Samlede indtægter i alt")]
    assert income.split()[-6:] == ["1.551.000", "kr.", "1.510.000", "kr.", "41.000", "kr."]
    [result] = [x for x in out.splitlines() if x.startswith("Resultat ")]
    assert result.split() == ["Resultat", "-164.000", "kr.", "0", "kr.", "ukendt"]
    assert "Bemærk: Resultat: referatet angiver kun resultatet på regnskabet" in out


def test_export_then_import_gives_identical_answers(
    store_file: str, store_url_factory: Callable[[str], str], tmp_path: Path
) -> None:
    code, exported, _ = run("export", "--store", store_file)
    assert code == 0 and len(exported.splitlines()) > 20
    dump = tmp_path / "log.jsonl"
    dump.write_text(exported, encoding="utf-8")
    target = store_url_factory("postgres")
    code, _, err = run("import", "--store", target, str(dump))
    assert code == 0 and "hændelser importeret" in err
    ask = ("tilbudsvifte", "--as-of", "2020-01-01", "--occurred-by", "2019-10-24", "--format",
           "json")
    assert run(*ask, "--store", target)[1] == run(*ask, "--store", store_file)[1]
    code, _, err = run("import", "--store", target, str(dump))
    assert code == 2 and "ikke tomt" in err


def test_a_single_event_is_counted_in_the_singular(tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'one.db'}"
    with open_store(source) as store:
        store.record(b.RecordPopulation(year=2015, kommune="Aalborg", befolkning=207000,
                                        kilde="illustrativ",
                                        provenance=Provenance(date(2014, 10, 10),
                                                              Source("illustrative tal"))))
    code, exported, _ = run("export", "--store", source)
    assert code == 0 and len(exported.splitlines()) == 1
    dump = tmp_path / "one.jsonl"
    dump.write_text(exported, encoding="utf-8")
    code, _, err = run("import", "--store", f"sqlite:///{tmp_path / 'copy.db'}", str(dump))
    assert code == 0 and "1 hændelse importeret." in err


def test_a_broken_import_line_is_named_and_nothing_is_imported(tmp_path: Path) -> None:
    dump = tmp_path / "broken.jsonl"
    dump.write_text('{"topic": "x"}\n', encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'empty.db'}"
    code, _, err = run("import", "--store", url, str(dump))
    assert code == 2 and "linje 1" in err
    with open_store(url) as store:
        assert store.log.last_position() == 0


def test_rebuild_replays_the_log(store_file: str) -> None:
    code, _, err = run("rebuild", "--store", store_file)
    assert code == 0 and "genafspillet" in err
    assert "Aktivitetshuset Hobro" in run("tilbudsvifte", "--store", store_file, "--as-of",
                                          "2020-01-01")[1]


def test_the_installed_command_runs_as_a_real_process(store_file: str) -> None:
    exe = Path(sys.executable).parent / "socialaftale"
    out = subprocess.run([str(exe), "tilbudsvifte", "--store", store_file, "--as-of",
                          "2019-09-30"], capture_output=True, text=True, check=True).stdout
    assert "Botilbuddet Rosenvænget" in out
    bad = subprocess.run([str(exe), "tilbudsvifte", "--store", "mysql://x/y"],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "ukendt lager-URL" in bad.stderr


def test_meetings_and_a_meetings_referat_in_markdown_and_html(store_file: str) -> None:
    code, out, _ = run("meetings", "--store", store_file, "--format", "csv")
    assert code == 0 and "das-2019-10-24,DAS,24.10.2019" in out
    code, out, _ = run("meeting", "--store", store_file, "das-2019-10-24")
    assert code == 0 and "## 8. Ind- og udmelding af tilbud" in out
    code, out, _ = run("meeting", "--store", store_file, "das-2019-10-24", "--format", "html")
    assert code == 0 and '<h2 id="punkt-8">8. Ind- og udmelding af tilbud' in out
    code, _, err = run("meeting", "--store", store_file, "das-1999-01-01")
    assert code == 2 and "ukendt møde" in err


def test_a_meetings_dagsorden_has_the_items_but_not_the_decisions(store_file: str) -> None:
    code, out, _ = run("meeting", "--store", store_file, "das-2019-10-24", "--dagsorden")
    assert code == 0 and out.startswith("# Dagsorden: DAS")
    assert "## 8. Ind- og udmelding af tilbud" in out and "**Referat**" not in out
    code, out, _ = run("meeting", "--store", store_file, "das-2019-10-24", "--dagsorden",
                       "--format", "html")
    assert code == 0 and '<article class="dagsorden" lang="da">' in out


def test_actions_and_shares_answer_even_when_empty(store_file: str) -> None:
    code, out, _ = run("actions", "--store", store_file, "--today", "2019-11-01")
    assert code == 0 and "(ingen)" in out
    code, out, _ = run("shares", "--store", store_file, "2015", "--cost-centre", "NOPII",
                       "--format", "json")
    assert code == 0 and json.loads(out) == []


def test_groups_and_a_persons_roles(tmp_path: Path, register_fora: Any) -> None:
    from socialaftale import arbejdsgrupper as ag

    url = f"sqlite:///{tmp_path / 'ag.db'}"
    p = Provenance(date(2014, 10, 10), Source("000_939a2e46bbe95266.txt", "3"),
                   DecisionRef("socdir-2014-10-10", "3"))
    with open_store(url) as store:
        register_fora(store)
        store.record(
            ag.FormGroup(key="takstanalyse", navn="Arbejdsgruppe for takstanalysen",
                         forum="DAS", mandat="kommissorium og analyse",
                         formand="Aalborg Kommune", kraever_region=True, provenance=p),
            ag.AppointPerson(navn="Jan Lund-Andersen", rolle="repræsentant",
                             hvor="koordinationsforum", for_forum="SOCDIR",
                             fra=date(2013, 1, 17), provenance=p),
        )
    code, out, _ = run("groups", "--store", url, "--as-of", "2014-12-01")
    assert code == 0 and "Arbejdsgruppe for takstanalysen" in out
    assert "Region Nordjylland er ikke repræsenteret" in out
    code, out, _ = run("person", "--store", url, "Jan Lund-Andersen", "--format", "json")
    assert code == 0 and json.loads(out)["roller"][0]["hvor"] == "koordinationsforum (for SOCDIR)"
    code, _, err = run("person", "--store", url, "jan lund-andersen")
    assert code == 2 and "ukendt person 'jan lund-andersen' — mente du Jan Lund-Andersen?" in err


def test_changes_between_two_dates_and_an_empty_takstbilag(store_file: str) -> None:
    code, out, _ = run("changes", "--store", store_file, "--from", "2019-01-01", "--to",
                       "2020-01-01", "--format", "csv")
    assert code == 0
    rows = out.splitlines()
    assert "ud,Botilbuddet Rosenvænget,Vesthimmerland," in rows
    assert "ind,Bostedet Aars,Region Nordjylland," in rows
    assert any(r.startswith("ændret,Botilbud Kirketoften,") and "28 → 27" in r for r in rows)
    code, out, _ = run("takstbilag", "--store", store_file, "2020")
    assert code == 0 and "(ingen)" in out


def test_changes_refuses_dates_in_the_wrong_order(store_file: str) -> None:
    code, out, err = run("changes", "--store", store_file, "--from", "2020-01-01", "--to",
                         "2019-01-01")
    assert code == 2 and out == ""
    assert "--from 2020-01-01 ligger efter --to 2019-01-01; byt om på datoerne" in err


def test_changes_shows_a_changed_flag_as_before_and_after(store_file: str) -> None:
    code, out, _ = run("changes", "--store", store_file, "--from", "2019-01-01", "--to",
                       "2020-01-01", "--format", "csv")
    assert code == 0
    [row] = [r for r in out.splitlines() if r.startswith("ændret,Taleinstituttet")]
    assert row.endswith("forstærket samarbejde ja → nej")


@pytest.mark.parametrize("name", ["ikke_godkendt", "ikke godkendt, med begrundelser",
                                  "rejected_with_reasons", "Ikke-Godkendt"])
def test_the_outcome_filter_takes_the_records_danish_names_and_the_shown_text(
        store_file: str, name: str) -> None:
    code, out, _ = run("decisions", "--store", store_file, "--outcome", name)
    assert code == 0 and "ikke godkendt, med begrundelser" in out and "(ingen)" not in out


def test_an_unknown_outcome_is_bad_input_exit_2_with_a_suggestion(store_file: str) -> None:
    code, _, err = run("decisions", "--store", store_file, "--outcome", "drøftt")
    assert code == 2 and "ukendt udfald 'drøftt' — mente du droeftet?" in err
    assert "ikke_angivet" in err and "regel udfald-ukendt" in err
