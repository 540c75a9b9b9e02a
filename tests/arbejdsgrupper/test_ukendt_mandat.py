"""A group whose mandate the minutes do not state: the mandate is unknown, never guessed.

"Arbejdsgruppens deltager blev præsenteret som følgende:" (a referat presenting a group's
members and chair, not its task): the record leaves ``mandat`` out, the store holds no
mandate for the group, and every output says "ikke angivet".
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from socialaftale import load_record, open_store
from socialaftale_cli.main import cli

VALID = (Path(__file__).parent.parent / "records" / "valid.yaml").read_text(encoding="utf-8")
ANCHOR = "      opfoelgning:\n"


def with_group(*lines: str) -> str:
    """The valid record with a fictional group known under DAS item 8."""
    assert VALID.count(ANCHOR) == 1
    fact = ["        - {type: RegisterForum, key: das, navn: Den Administrative Styregruppe,"
            " kortnavn: DAS}",
            "        - type: FormGroup", "          key: testgruppen",
            "          navn: Testgruppen for fiktive tilbud", "          forum: DAS",
            "          eksisterede: true", "          formand: Kim Testesen",
            *(f"          {x}" for x in lines)]
    return VALID.replace(ANCHOR, "\n".join(fact) + "\n" + ANCHOR)


def test_a_group_without_mandate_has_an_unknown_mandate(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'g.db'}"
    with open_store(url, actor="test") as store:
        load_record(store, with_group(), "das.yaml")
        (group,) = [g for g in store.groups(date(2019, 11, 1)) if g.key == "testgruppen"]
        assert (group.mandat, group.mandater, group.formand) == (None, (), "Kim Testesen")
    table = CliRunner().invoke(cli, ["groups", "--store", url, "--as-of", "2019-11-01",
                                     "--format", "csv"])
    data = CliRunner().invoke(cli, ["groups", "--store", url, "--as-of", "2019-11-01",
                                    "--format", "json"])
    assert table.exit_code == 0 and data.exit_code == 0, table.output + data.output
    (row,) = [x for x in table.output.splitlines() if x.startswith("Testgruppen")]
    assert "ikke angivet" in row
    (found,) = [g for g in json.loads(data.output) if g["key"] == "testgruppen"]
    assert found["mandat"] is None


def test_a_mandate_given_later_is_the_groups_first_version(tmp_path: Path) -> None:
    with open_store(f"sqlite:///{tmp_path / 'g.db'}", actor="test") as store:
        load_record(store, with_group(), "das.yaml")
        load_record(store, with_group().replace(
            ANCHOR, "        - {type: ChangeMandate, key: testgruppen, mandat: at teste}\n"
            + ANCHOR), "das.yaml")
        (group,) = [g for g in store.groups(date(2019, 11, 1)) if g.key == "testgruppen"]
        assert group.mandat == "at teste"
        assert [m.mandat for m in group.mandater] == ["at teste"]


def test_an_appointment_without_whom_it_represents_names_no_body(tmp_path: Path) -> None:
    """"NN fra X kommune, blev udpeget som formand for gruppen …": who is represented is not
    said, so the role names only the place, and the decision's fact no body."""
    record = VALID.replace(ANCHOR, "        - {type: AppointPerson, navn: Kim Testesen, rolle:"
                           " formand, hvor: testgruppen, fra: 2019-10-24}\n" + ANCHOR)
    with open_store(f"sqlite:///{tmp_path / 'g.db'}", actor="test") as store:
        load_record(store, record, "das.yaml")
        assert [(r.rolle, r.hvor, r.fra) for r in store.person_roles("Kim Testesen")] == [
            ("formand", "testgruppen", date(2019, 10, 24))]
        (fact,) = [f for d in store.decisions() for f in d.fakta if f.kind == "PersonAppointed"]
        assert fact.summary == "Kim Testesen udpeget som formand i testgruppen"
