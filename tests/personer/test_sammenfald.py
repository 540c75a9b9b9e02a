"""Confirming and undoing that two spellings are one person, from code, a record and the CLI.

The people are fictional; the real minutes' spellings are in features/personer.feature.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from socialaftale import (
    DomainError,
    Provenance,
    RecordError,
    Socialaftale,
    Source,
    load_record,
    meetings,
    open_store,
    personer,
)
from socialaftale_cli.main import cli

DAY = date(2019, 10, 24)
PROV = Provenance(DAY, Source("referat-fiktivt.txt"))

RECORD = """\
kilde: referat-fiktivt.txt
moede:
  id: das-2019-10-24
  forum: DAS
  dato: 2019-10-24
  deltagere:
    - {navn: Testa E. Fiktivsen Holm, rolle: ref., referent: true}
    - {navn: Anna Vikar, note: i stedet for Bent Medlem, i_stedet_for: Bent Medlem}
    - {navn: Carl Delvis, note: deltog under punkterne 1-2, punkter: ["1", "2"]}
  afbud:
    - {navn: Dora Fraværende}
  gaester:
    - {navn: Erik Gæst, note: deltog under punkt 2 (kl. 12.45), punkter: [PUNKT], tid: kl. 12.45}
  referent: [Testa E. Fiktivsen Holm]
grundlag:
  - dato: 2019-10-24
    kilde: referat-fiktivt.txt
    fakta:
      - {type: AffiliatePerson, navn: Testa E. Fiktivsen, organisation: Sekretariatet,
         fra: 2019-01-01}
punkter:
  - {nummer: "1", titel: Godkendelse af dagsorden}
  - {nummer: "2", titel: Orientering}
"""


def _record(punkt: str = '"2"') -> str:
    return RECORD.replace("PUNKT", punkt)


@pytest.fixture
def loaded(store: Socialaftale) -> Socialaftale:
    load_record(store, _record(), "das.yaml")
    return store


def _same(a: str, b: str, grund: str = "samme person") -> personer.SammePerson:
    return personer.SammePerson(navn_a=a, navn_b=b, grund=grund, provenance=PROV)


def _not_same(a: str, b: str, grund: str = "to personer") -> personer.IkkeSammePerson:
    return personer.IkkeSammePerson(navn_a=a, navn_b=b, grund=grund, provenance=PROV)


def test_a_merge_is_only_suggested_until_it_is_confirmed(loaded: Socialaftale) -> None:
    pair = ("Testa E. Fiktivsen", "Testa E. Fiktivsen Holm")
    assert pair in [(f.navn_a, f.navn_b) for f in loaded.merge_suggestions()]
    assert [s.navn for s in loaded.person_identity(pair[0]).stavemaader] == [pair[0]]
    loaded.record(_same(*pair), by="sekretariatet")
    found = loaded.person_identity(pair[1])
    assert [s.navn for s in found.stavemaader] == [pair[1], pair[0]]
    assert [t.organisation for t in found.person.tilknytninger] == ["Sekretariatet"]
    assert [(f.meeting_id, f.liste, f.nummer) for f in found.stavemaader[0].forekomster] == [
        ("das-2019-10-24", "deltagere", 1), ("das-2019-10-24", "referent", 1)]
    [verdict] = found.sammenfald
    assert verdict.samme and verdict.registreret_af == "sekretariatet"
    assert verdict.kilde == "referat-fiktivt.txt"
    assert pair not in [(f.navn_a, f.navn_b) for f in loaded.merge_suggestions()]
    assert [n for n, _ in loaded.spellings()].count(pair[0]) == 1


def test_undoing_a_merge_is_a_new_event_and_the_confirmation_stays(
        loaded: Socialaftale) -> None:
    a, b = "Testa E. Fiktivsen", "Testa E. Fiktivsen Holm"
    loaded.record(_same(a, b))
    loaded.record(_not_same(b, a, "kilden siger det ikke"))  # either order names the pair
    assert [s.navn for s in loaded.person_identity(a).stavemaader] == [a]
    assert [(v.samme, v.grund) for v in loaded.person_identity(a).sammenfald] == [
        (True, "samme person"), (False, "kilden siger det ikke")]
    events = [type(r.event).__name__ for r in loaded.events()
              if isinstance(r.event, personer.EVENTS)]
    assert events == ["SammenfaldBekraeftet", "SammenfaldAfkraeftet"]
    loaded.record(_same(a, b, "nu bekræftet af kilden"))  # and confirmed again
    assert len(loaded.person_identity(a).stavemaader) == 2


@pytest.mark.parametrize(("commands", "rule"), [
    ([_same("Testa Fiktivsen", "Testa Fiktivsen")], "sammenfald-samme-stavemaade"),
    ([_same("Testa Fiktivsen", "Testa Fiktivsen Holm", " ")], "sammenfald-tomt"),
    ([_same("Testa Fiktivsen", "Testa Fiktivsen Holm"),
      _same("Testa Fiktivsen Holm", "Testa Fiktivsen")], "sammenfald-dobbelt"),
    ([_not_same("Testa Fiktivsen", "Testa Fiktivsen Holm"),
      _not_same("Testa Fiktivsen", "Testa Fiktivsen Holm")], "sammenfald-dobbelt"),
])
def test_a_verdict_that_says_nothing_new_is_refused_and_nothing_is_stored(
        store: Socialaftale, commands: list[object], rule: str) -> None:
    with pytest.raises(DomainError) as refused:
        store.record(*commands)
    assert refused.value.rule == rule
    assert store.log.last_position() in (None, 0)


def test_setting_a_suggestion_aside_stops_suggesting_it(loaded: Socialaftale) -> None:
    loaded.record(_not_same("Testa E. Fiktivsen", "Testa E. Fiktivsen Holm"))
    assert loaded.merge_suggestions() == ()


def test_a_record_file_confirms_a_merge_with_the_records_source(store: Socialaftale) -> None:
    text = _record().replace("""         fra: 2019-01-01}
""", """         fra: 2019-01-01}
      - {type: SammePerson, navn_a: Testa E. Fiktivsen, navn_b: Testa E. Fiktivsen Holm,
         grund: formand og referent i samme sekretariat}
""")
    load_record(store, text, "das.yaml", by="sekretariatet")
    [verdict] = store.sammenfald()
    assert (verdict.kilde, verdict.dato, verdict.registreret_af) == (
        "referat-fiktivt.txt", DAY, "sekretariatet")
    assert len(store.person_identity("Testa E. Fiktivsen").stavemaader) == 2


def test_the_attendance_of_one_item(loaded: Socialaftale) -> None:
    def at(punkt: str | None) -> list[tuple[str, str]]:
        return [(d.navn, d.tekst) for d in loaded.fremmoede("das-2019-10-24", punkt)]

    assert at("2") == [("Testa E. Fiktivsen Holm", "deltog, referent"),
                       ("Anna Vikar", "deltog, i stedet for Bent Medlem"),
                       ("Carl Delvis", "deltog, under punkterne 1, 2"),
                       ("Bent Medlem", "repræsenteret ved Anna Vikar"),
                       ("Erik Gæst", "gæst, under punkt 2, kl. 12.45")]
    assert ("Erik Gæst", "gæst, under punkt 2, kl. 12.45") not in at("1")
    assert ("Dora Fraværende", "afbud") in at(None)
    with pytest.raises(DomainError, match="har intet punkt 3"):
        loaded.fremmoede("das-2019-10-24", "3")
    with pytest.raises(DomainError, match="mente du das-2019-10-24"):
        loaded.fremmoede("das-2019-10-25")
    represented = loaded.person_identity("Bent Medlem").fremmoede
    assert [d.tekst for d in represented] == ["repræsenteret ved Anna Vikar"]


def test_an_item_no_agenda_has_is_refused_where_it_is_written(store: Socialaftale) -> None:
    with pytest.raises(RecordError) as refused:
        load_record(store, _record('"7"'), "das.yaml")
    err = refused.value
    assert (err.rule, err.line, err.field) == ("ukendt-punkt", 13, "moede.gaester[1].punkter[1]")
    assert "punkt 7 står ikke på dagsordenen" in str(err)
    assert store.log.last_position() in (None, 0)
    with pytest.raises(RecordError) as refused:
        load_record(store, _record().replace("i_stedet_for: Bent Medlem",
                                             "i_stedet_for: Anna Vikar"), "das.yaml")
    assert (refused.value.rule, refused.value.field) == (
        "stedfortraeder-selv", "moede.deltagere[2].i_stedet_for")


def test_a_participant_stored_before_the_structured_fields_loads() -> None:
    from socialaftale.persistence import converter

    old = {"meeting_id": "das-2019-10-24", "body": "DAS", "dato": "2019-10-24", "tid": None,
           "sted": None, "sagsnr": None, "referent": ["Testa Fiktivsen"],
           "deltagere": [{"navn": "Anna Vikar", "organisation": None, "rolle": None,
                          "note": "for Bent Medlem"}], "afbud": [], "gaester": []}
    event = converter.structure(old, meetings.MeetingScheduled)
    assert event.deltagere[0] == meetings.Deltager("Anna Vikar", note="for Bent Medlem")
    assert str(event.deltagere[0]) == "Anna Vikar (for Bent Medlem)"
    assert str(meetings.Deltager("Erik Gæst", punkter=("2",), tid="kl. 12.45")) == \
        "Erik Gæst (deltog under punkt 2; kl. 12.45)"


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.output


def test_the_cli_suggests_confirms_and_finds_every_spelling(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'p.db'}"
    with open_store(url) as s:
        load_record(s, _record(), "das.yaml")
    code, out = _run("personer", "--store", url, "--forslag", "--format", "csv")
    assert code == 0 and "Testa E. Fiktivsen,Testa E. Fiktivsen Holm," in out
    code, out = _run("person", "--store", url, "Testa E. Fiktivsen")
    assert code == 0 and "Foreslået (ikke bekræftet)" in out
    code, out = _run("samme-person", "--store", url, "Testa E. Fiktivsen",
                     "Testa E. Fiktivsen Holm", "--grund", "samme sekretariat", "--kilde",
                     "referat-fiktivt.txt", "--af", "sekretariatet", "--dato", "2019-10-24")
    assert code == 0 and "er samme person" in out
    code, out = _run("person", "--store", url, "Testa E. Fiktivsen", "--format", "json")
    data = json.loads(out)
    assert [s["navn"] for s in data["stavemaader"]] == ["Testa E. Fiktivsen",
                                                        "Testa E. Fiktivsen Holm"]
    assert data["sammenfald"][0]["registreret_af"] == "sekretariatet"
    code, out = _run("samme-person", "--store", url, "Testa E. Fiktivsen Holm",
                     "Testa E. Fiktivsen", "--grund", "igen", "--kilde", "x", "--af", "y")
    assert code == 1 and "allerede bekræftet" in out
    code, out = _run("personer", "--store", url, "--format", "json")
    people = {p["navn"]: [s["navn"] for s in p["stavemaader"]] for p in json.loads(out)}
    assert people["Testa E. Fiktivsen"] == ["Testa E. Fiktivsen", "Testa E. Fiktivsen Holm"]
    code, out = _run("fremmoede", "--store", url, "das-2019-10-24", "--punkt", "1")
    assert code == 0 and "repræsenteret ved Anna Vikar" in out and "Erik Gæst" not in out
    code, out = _run("fremmoede", "--store", url, "das-2019-10-24", "--punkt", "9")
    assert code == 2 and "har intet punkt 9" in out
