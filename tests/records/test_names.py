"""One identity, one spelling: meeting ids that say their forum and date, names in NFC, and
no invisible or steering characters in names — through records loaded into a SQLite store,
the library's own commands and the CLI."""

from __future__ import annotations

import unicodedata
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
)
from socialaftale_cli.main import cli

HERE = Path(__file__).parent
VALID = (HERE / "valid.yaml").read_text(encoding="utf-8")

NFC_SVEN = "Sven Åge Fog"
NFD_SVEN = unicodedata.normalize("NFD", NFC_SVEN)
NFD_TAARNBY = unicodedata.normalize("NFD", "Tårnby")
assert NFD_SVEN != NFC_SVEN and len(NFD_TAARNBY) == 7


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Socialaftale:
    return open_store(str(tmp_path / "n.db"), actor="test")


def positions(store: Socialaftale) -> int:
    return store.log.last_position() or 0


def another_day(text: str, day: str) -> str:
    """The valid record moved to another meeting day (its id and action id follow)."""
    return text.replace("2019-10-24", day).replace("mariagerfjord/kirketoften",
                                                   f"mariagerfjord/k-{day}")


# -- meeting ids ---------------------------------------------------------------------------


def test_a_meeting_id_that_disagrees_with_its_date_is_refused_and_nothing_recorded(
        sqlite_store: Socialaftale) -> None:
    text = VALID.replace("  dato: 2019-10-24", "  dato: 2019-10-25")
    with pytest.raises(RecordError) as caught:
        load_record(sqlite_store, text, "das.yaml")
    err = caught.value
    assert (err.rule, err.line, err.field) == ("moede-id-passer-ikke", 4, "moede.id")
    assert "'das-2019-10-24' passer ikke til forum DAS og dato 2019-10-25" in err.message
    assert "'das-2019-10-25'" in err.message
    assert positions(sqlite_store) == 0


def test_a_meeting_id_that_names_another_forum_is_refused(sqlite_store: Socialaftale) -> None:
    with pytest.raises(RecordError) as caught:
        load_record(sqlite_store, VALID.replace("forum: DAS", "forum: SOCDIR"), "das.yaml")
    assert caught.value.rule == "moede-id-passer-ikke"
    assert "'socdir-2019-10-24'" in caught.value.message
    assert positions(sqlite_store) == 0


def test_any_forum_forms_its_ids_the_same_way(sqlite_store: Socialaftale) -> None:
    forum = "Børne- og ungeudvalget, Aalborg"
    assert meetings.meeting_id_for(forum, date(2019, 10, 24)) == \
        "boerne-og-ungeudvalget-aalborg-2019-10-24"
    text = VALID.replace("forum: DAS", f"forum: {forum}").replace(
        "id: das-2019-10-24\n", "id: boerne-og-ungeudvalget-aalborg-2019-10-24\n")
    result = load_record(sqlite_store, text, "bu.yaml")
    assert result.record_id == "boerne-og-ungeudvalget-aalborg-2019-10-24"
    assert [m.body for m in sqlite_store.meetings()] == [forum]
    nfd = unicodedata.normalize("NFD", forum)  # asked for in the other spelling
    assert [m.meeting_id for m in sqlite_store.meetings(body=nfd)] == [result.record_id]


def test_the_library_refuses_a_disagreeing_id_and_a_correction_that_would_make_one(
        sqlite_store: Socialaftale) -> None:
    day = date(2019, 10, 24)
    prov = Provenance(day, Source("referat.txt"))
    with pytest.raises(DomainError) as caught:
        sqlite_store.record(meetings.ScheduleMeeting(
            meeting_id="das-2019-10-24", body="DAS", dato=date(2019, 10, 25), provenance=prov))
    assert (caught.value.rule, caught.value.field) == ("moede-id-passer-ikke", "meeting_id")
    sqlite_store.record(meetings.ScheduleMeeting(
        meeting_id="das-2019-10-24", body="DAS", dato=day, provenance=prov))
    before = positions(sqlite_store)
    with pytest.raises(DomainError) as corrected:
        sqlite_store.record(meetings.CorrectMeeting(
            meeting_id="das-2019-10-24", body="DAS", dato=date(2019, 10, 31),
            grund="forkert dato", provenance=prov))
    assert corrected.value.rule == "moede-id-passer-ikke"
    assert positions(sqlite_store) == before


def test_the_cli_refuses_a_disagreeing_meeting_id_with_its_line_and_rule(
        tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    path = tmp_path / "das.yaml"
    path.write_text(VALID.replace("  dato: 2019-10-24", "  dato: 2019-10-25"),
                    encoding="utf-8")
    result = CliRunner().invoke(cli, ["load", "--store", url, str(path)])
    assert result.exit_code == 1, result.output
    assert "das.yaml, linje 4 (felt 'moede.id'): mødets id 'das-2019-10-24' passer ikke" \
        in result.output
    assert "moede-id-passer-ikke" in result.output
    assert "Traceback" not in result.output
    with open_store(url) as store:
        assert positions(store) == 0


# -- one spelling per name -----------------------------------------------------------------


def test_an_nfd_name_is_the_same_person_as_the_nfc_name(sqlite_store: Socialaftale) -> None:
    first = VALID.replace("Testian Opdigtsen", NFC_SVEN)
    second = another_day(VALID, "2019-11-21").replace("Testian Opdigtsen", NFD_SVEN)
    load_record(sqlite_store, first, "first.yaml")
    load_record(sqlite_store, second, "second.yaml")
    person = sqlite_store.person(NFC_SVEN)
    assert [m.meeting_id for m in person.moeder] == ["das-2019-10-24", "das-2019-11-21"]
    assert sqlite_store.person(NFD_SVEN) == person  # asked in either spelling
    stored = [e.event for e in sqlite_store.events()
              if isinstance(e.event, meetings.MeetingScheduled)]
    assert {d.navn for m in stored for d in m.deltagere} == {NFC_SVEN}


def test_an_nfd_operator_is_the_same_operator(sqlite_store: Socialaftale) -> None:
    text = VALID.replace("key: mariagerfjord/kirketoften, navn: Botilbud Kirketoften, "
                         "driftsherre: Mariagerfjord",
                         f"key: taarnby/kirketoften, navn: Botilbud Kirketoften, "
                         f"driftsherre: {NFD_TAARNBY}").replace(
        "key: mariagerfjord/kirketoften", "key: taarnby/kirketoften")
    load_record(sqlite_store, text, "t.yaml")
    [offer] = sqlite_store.tilbudsvifte(date(2019, 6, 1))
    assert offer.driftsherre == "Tårnby"


def test_the_same_record_in_nfd_is_unchanged(sqlite_store: Socialaftale) -> None:
    load_record(sqlite_store, VALID, "das.yaml")
    before = positions(sqlite_store)
    again = load_record(sqlite_store, unicodedata.normalize("NFD", VALID), "das.yaml")
    assert again.status == "uændret" and positions(sqlite_store) == before


@pytest.mark.parametrize(("char", "what"), [
    ("\u200b", "et usynligt tegn, U+200B ZERO WIDTH SPACE"),
    ("\u2060", "et usynligt tegn, U+2060 WORD JOINER"),
    ("\u202e", "et retningstegn (bidi), U+202E RIGHT-TO-LEFT OVERRIDE"),
    ("\u2067", "et retningstegn (bidi), U+2067 RIGHT-TO-LEFT ISOLATE"),
    ("\u200f", "et retningstegn (bidi), U+200F RIGHT-TO-LEFT MARK"),
    ("\\a", "et styretegn, U+0007 (tegn nr. 8)"),
], ids=["zwsp", "word-joiner", "rlo", "rli", "rlm", "bell"])
def test_a_name_with_an_invisible_or_steering_character_is_refused(
        sqlite_store: Socialaftale, char: str, what: str) -> None:
    text = VALID.replace("{navn: Testian Opdigtsen,", f'{{navn: "Testian{char} Opdigtsen",')
    with pytest.raises(RecordError) as caught:
        load_record(sqlite_store, text, "das.yaml")
    err = caught.value
    assert (err.rule, err.line, err.field) == ("ugyldigt-tegn", 10, "moede.deltagere[1].navn")
    assert what in err.message and "tegn nr. 8" in err.message
    assert positions(sqlite_store) == 0


@pytest.mark.parametrize(("old", "new", "line", "field"), [
    ("id: das-2019-10-24\n", 'id: "das-2019-10-24\\u200b"\n', 4, "moede.id"),
    ("forum: DAS", 'forum: "D\\u202eAS"', 5, "moede.forum"),
    ("navn: Botilbud Kirketoften", 'navn: "Botilbud \\u202eKirketoften"', 18,
     "grundlag[1].fakta[1].navn"),
    ("ansvarlig: Sekretariatet", 'ansvarlig: "Sekretariatet\\u2066"', 39,
     "punkter[8].beslutning.opfoelgning[1].ansvarlig"),
], ids=["meeting-id", "forum", "offer", "person"])
def test_ids_forums_offers_and_people_are_held_to_the_same_rule(
        sqlite_store: Socialaftale, old: str, new: str, line: int, field: str) -> None:
    assert old in VALID
    with pytest.raises(RecordError) as caught:
        load_record(sqlite_store, VALID.replace(old, new), "das.yaml")
    assert (caught.value.rule, caught.value.line, caught.value.field) == (
        "ugyldigt-tegn", line, field)
    assert positions(sqlite_store) == 0


def test_free_text_keeps_its_lines_and_is_only_normalised(sqlite_store: Socialaftale) -> None:
    referat = "referat: |\n        Linje ét\n        Linje to\n"
    text = VALID.replace("referat: Dagsordenen blev godkendt.\n",
                         unicodedata.normalize("NFD", referat))
    load_record(sqlite_store, text, "das.yaml")
    [decision] = [d for d in sqlite_store.decisions() if d.punkt == "1"]
    assert decision.referat == "Linje ét\nLinje to\n"


def test_the_library_normalises_and_checks_names_as_records_do(
        sqlite_store: Socialaftale) -> None:
    day = date(2019, 10, 24)
    prov = Provenance(day, Source("referat.txt"))
    sqlite_store.record(meetings.ScheduleMeeting(
        meeting_id="das-2019-10-24", body="DAS", dato=day, provenance=prov,
        deltagere=(meetings.Deltager(NFD_SVEN),)))
    [scheduled] = [e.event for e in sqlite_store.events()]
    assert scheduled.deltagere[0].navn == NFC_SVEN
    with pytest.raises(DomainError) as caught:
        sqlite_store.record(meetings.ScheduleMeeting(
            meeting_id="das-2019-11-21", body="DAS", dato=date(2019, 11, 21), provenance=prov,
            deltagere=(meetings.Deltager("Sven\u202e Fog"),)))
    assert (caught.value.rule, caught.value.field) == ("ugyldigt-tegn", "deltagere.0.navn")
    assert positions(sqlite_store) == 1


def test_the_cli_names_a_refused_character_and_exits_2(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    path = tmp_path / "das.yaml"
    path.write_text(VALID.replace("{navn: Testian Opdigtsen,",
                                  '{navn: "Testian\\u202e Opdigtsen",'), encoding="utf-8")
    result = CliRunner().invoke(cli, ["load", "--store", url, str(path)])
    assert result.exit_code == 2, result.output
    assert "das.yaml, linje 10 (felt 'moede.deltagere[1].navn')" in result.output
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in result.output and "ugyldigt-tegn" in result.output
    assert "Traceback" not in result.output


def test_the_cli_finds_a_person_asked_for_in_nfd(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 's.db'}"
    with open_store(url, actor="test") as store:
        load_record(store, VALID.replace("Testian Opdigtsen", NFC_SVEN), "das.yaml")
    result = CliRunner().invoke(cli, ["person", "--store", url, "--format", "json", NFD_SVEN])
    assert result.exit_code == 0, result.output
    assert '"meeting_id": "das-2019-10-24"' in result.output


def test_one_spelling_and_the_id_rule_on_every_store(store: Socialaftale) -> None:
    """Memory, SQLite and PostgreSQL: the NFD spelling lands on the NFC person and operator,
    and a refused record leaves the store as it was."""
    first = VALID.replace("Testian Opdigtsen", NFC_SVEN)
    second = another_day(VALID, "2019-11-21").replace("Testian Opdigtsen", NFD_SVEN).replace(
        "driftsherre: Mariagerfjord", f"driftsherre: {NFD_TAARNBY}").replace(
        "mariagerfjord/k-2019-11-21", "taarnby/k-2019-11-21")
    load_record(store, first, "first.yaml")
    load_record(store, second, "second.yaml")
    assert [m.meeting_id for m in store.person(NFD_SVEN).moeder] == [
        "das-2019-10-24", "das-2019-11-21"]
    assert {o.driftsherre for o in store.tilbudsvifte(date(2019, 6, 1))} == {
        "Mariagerfjord", "Tårnby"}
    before = positions(store)
    for broken in (another_day(VALID, "2019-12-12").replace("  dato: 2019-12-12",
                                                            "  dato: 2019-12-13"),
                   another_day(VALID, "2019-12-12").replace("Testian Opdigtsen",
                                                            '"Testian\\u200b Opdigtsen"')):
        with pytest.raises(RecordError):
            load_record(store, broken, "broken.yaml")
    assert positions(store) == before
