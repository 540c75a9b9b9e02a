"""A group formed by a body whose minutes are not in the record, and the new group kinds.

"KKR og de nordjyske byråd har henholdsvis anbefalet og godkendt ..." — the minutes report
such decisions; a group formed so shows who decided it (as the source says) and the item
that reports it, never "nedsat ved" that item.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from socialaftale import RecordError, load_record, open_store
from socialaftale_cli.main import cli

VALID = (Path(__file__).parent.parent / "records" / "valid.yaml").read_text(encoding="utf-8")
ANCHOR = "      opfoelgning:\n"


def with_group(*lines: str) -> str:
    """The valid record with a fictional group formed under DAS item 8."""
    assert VALID.count(ANCHOR) == 1
    fact = ["        - {type: RegisterForum, key: das, navn: Den Administrative Styregruppe,"
            " kortnavn: DAS}",
            "        - type: FormGroup", "          key: testgruppen",
            "          navn: Testgruppen for fiktive tilbud", "          forum: DAS",
            "          mandat: at afprøve fiktive tilbud", *(f"          {x}" for x in lines)]
    return VALID.replace(ANCHOR, "\n".join(fact) + "\n" + ANCHOR)


def groups(url: str) -> tuple[str, list[dict[str, object]]]:
    table = CliRunner().invoke(cli, ["groups", "--store", url, "--as-of", "2019-11-01",
                                     "--format", "csv"])
    data = CliRunner().invoke(cli, ["groups", "--store", url, "--as-of", "2019-11-01",
                                    "--format", "json"])
    assert table.exit_code == 0 and data.exit_code == 0, table.output + data.output
    return table.output, json.loads(data.output)


def test_a_group_decided_by_kkr_shows_kkr_and_the_reporting_item(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'g.db'}"
    with open_store(url, actor="test") as store:
        load_record(store, with_group(
            "art: styregruppe", "ekstern_beslutning:", "  organ: KKR", "  dato: 2013-02-04",
            "  tekst: KKR og de nordjyske byråd har henholdsvis anbefalet og godkendt"),
            "das.yaml")
    table, found = groups(url)
    group = next(g for g in found if g["key"] == "testgruppen")
    assert group["art"] == "styregruppe"
    assert group["besluttet_af"] == "besluttet af KKR 4. februar 2013 (ifølge kilden)"
    assert group["nedsat_ved"] == "das-2019-10-24 pkt. 8"
    assert "omtalt ved das-2019-10-24 pkt. 8; besluttet af KKR 4. februar 2013" in table
    assert "nedsat ved das-2019-10-24 pkt. 8" not in table


def test_a_group_formed_at_the_meeting_is_shown_as_formed_there(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'g.db'}"
    with open_store(url, actor="test") as store:
        load_record(store, with_group(), "das.yaml")
    table, found = groups(url)
    group = next(g for g in found if g["key"] == "testgruppen")
    assert group["besluttet_af"] is None
    assert "nedsat ved das-2019-10-24 pkt. 8" in table


def test_an_unknown_group_kind_is_refused_in_danish(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'g.db'}", actor="test") as store:
        with pytest.raises(RecordError) as caught:
            load_record(store, with_group("art: styrregruppe"), "das.yaml")
        assert "mente du styregruppe?" in caught.value.message
        assert "Literal" not in caught.value.message
        assert list(store.events()) == []


def test_a_group_the_minutes_mention_as_existing_is_known_from_then_not_formed(
        tmp_path: Path) -> None:
    """misses.md: "arbejdsgruppen 'strategisk samarbejde' (præsenteret, ikke nedsat)"."""
    url = f"sqlite:///{tmp_path / 'g.db'}"
    with open_store(url, actor="test") as store:
        load_record(store, with_group("eksisterede: true"), "das.yaml")
        formed = next(r.event for r in store.events() if type(r.event).__name__ == "GroupFormed")
        assert formed.eksisterede and "kendt under DAS" in formed.summary()
    table, found = groups(url)
    group = next(g for g in found if g["key"] == "testgruppen")
    assert group["kendt_fra"] == "kendt fra 2019-10-24 (003_dac07bbacd9158aa.txt pkt. 8)"
    assert "kendt fra 2019-10-24" in table and "nedsat ved" not in table.split("testgruppen")[-1]


def test_an_existing_group_needs_no_decision_but_a_formed_one_does(
        tmp_path: Path, register_fora: Any) -> None:
    from socialaftale import DomainError, Provenance, Source
    from socialaftale import arbejdsgrupper as ag

    seen = Provenance(date(2019, 10, 24), Source("003_dac07bbacd9158aa.txt", "6"))
    with open_store(f"sqlite:///{tmp_path / 'g.db'}", actor="test") as store:
        register_fora(store)
        with pytest.raises(DomainError) as caught:
            store.record(ag.FormGroup(key="a", navn="Testa Fiktivsens gruppe", forum="DAS",
                                      mandat="ukendt", provenance=seen))
        assert caught.value.rule == "gruppe-uden-beslutning"
        store.record(ag.FormGroup(key="a", navn="Testa Fiktivsens gruppe", forum="DAS",
                                  mandat="ukendt", eksisterede=True, provenance=seen))
        assert [g.kendt_fra for g in store.groups(date(2019, 11, 1))] == [
            "kendt fra 2019-10-24 (003_dac07bbacd9158aa.txt pkt. 6)"]


def _with_task(opgave: str, key: str = "testgruppen") -> str:
    task = ("        - {type: ReportGroupTask, key: " + key + ", opgave: " + opgave + "}\n")
    record = with_group("art: arbejdsgruppe")
    return record.replace(ANCHOR, task + ANCHOR)


def test_a_task_the_source_reports_is_the_groups_from_that_day_and_no_action(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'g.db'}"
    with open_store(url, actor="test") as store:
        load_record(store, _with_task("udarbejder gruppen en folder om fiktive tilbud"), "das.yaml")
        (group,) = [g for g in store.groups(date(2019, 11, 1)) if g.key == "testgruppen"]
        assert group.opgaver == ("udarbejder gruppen en folder om fiktive tilbud",)
        (before,) = [g for g in store.groups(date(2019, 10, 24)) if g.key == "testgruppen"]
        assert before.opgaver == group.opgaver
        assert not [a for a in store.actions(date(2019, 11, 1)) if "folder" in a.leverance]


@pytest.mark.parametrize(("opgave", "key", "rule"), [
    ('""', "testgruppen", "opgave-uden-tekst"),
    ("en folder", "ukendt-gruppe-noegle", "ukendt-gruppe"),
])
def test_a_task_needs_a_text_and_a_known_group(tmp_path: Path, opgave: str, key: str,
                                               rule: str) -> None:
    with open_store(f"sqlite:///{tmp_path / 'g.db'}", actor="test") as store:
        with pytest.raises(RecordError) as err:
            load_record(store, _with_task(opgave, key), "das.yaml")
        assert err.value.rule == rule
        assert "das.yaml, linje" in str(err.value)
        assert not [g for g in store.groups(date(2019, 11, 1)) if g.key == "testgruppen"]
