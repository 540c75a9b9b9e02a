"""Meeting-level text (heading, bilag, efterskrift, notes) and the next meeting as an item
announces it (issue 16 points 5 and 6): what the record says reaches the store and is shown.

The records quote the real minutes: SOCDIR 18 March 2013 (002_19692c500b0e1c7c.txt) and
SOCDIR 10 October 2014 (000_939a2e46bbe95266.txt).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from socialaftale import RecordError, Socialaftale, export_events, load_record
from socialaftale_cli.main import cli

OCTOBER = """\
kilde: 000_939a2e46bbe95266.txt
moede: {id: socdir-2014-10-10, forum: SOCDIR, dato: 2014-10-10, tid: kl. 9.00-12.00}
overskrift: Referat
punkter:
  - nummer: "4"
    titel: Temadrøftelse – Hjerneskadecenter Nordjylland/Taleinstituttet (tale/sprog)
    beslutning:
      udfald: droeftet
      referat: Socialdirektørkredsen drøftede perspektiverne.
      note: Referatet nævner bekendtgørelsens nummer
      opfoelgning:
        - {id: socdir-2014-10-10-4a, ansvarlig: Aalborg Kommune,
           leverance: notat med overordnet skitse af forskellige aftalemodeller,
           frist: til næste møde}
  - nummer: "9"
    titel: Næste møde torsdag den 13. november 2014 kl. 10-12
    naeste_moede:
      dato: DATO
      tid: kl. 10-12
      sted: Fremtidens Plejehjem, Carl Klitgaardsvej 5, 9400 Nørresundby
      tekst: Mødet holdes på Fremtidens Plejehjem, Carl Klitgaardsvej 5, 9400 Nørresundby.
bilag:
  - {tekst: Oplægget vedlagt som bilag til referatet, punkt: "4"}
efterskrift:
  dato: 2014-10-14
  underskriver: Lone Boelt Møller
  tekst: Et efterskrift.
noter:
  - NOTE
"""

NOVEMBER = """\
kilde: referat-2014-11-13.txt
moede: {id: socdir-2014-11-13, forum: SOCDIR, dato: 2014-11-13, sted: Nørresundby,
        afbud: [{navn: Hanne Madsen}]}
punkter:
  - {nummer: "1", titel: Godkendelse af dagsorden,
     beslutning: {udfald: godkendt, referat: Godkendt}}
"""


def _october(dato: str = "2014-11-13", note: str = "Punkt 9 er næste møde") -> str:
    return OCTOBER.replace("DATO", dato).replace("NOTE", note)


def _load(store: Socialaftale, text: str, file: str = "socdir-2014-10-10.yaml") -> None:
    load_record(store, text, file)


def test_the_record_level_text_reaches_the_store_and_the_referat(store: Socialaftale) -> None:
    _load(store, _october())
    text = store.meeting_text("socdir-2014-10-10")
    assert text.overskrift == "Referat"
    assert text.noter == ("Punkt 9 er næste møde",)
    assert [(b.tekst, b.punkt) for b in text.bilag] == [
        ("Oplægget vedlagt som bilag til referatet", "4")]
    assert text.efterskrift is not None
    assert (text.efterskrift.dato, text.efterskrift.underskriver) == (
        date(2014, 10, 14), "Lone Boelt Møller")
    shown = store.referat_markdown("socdir-2014-10-10")
    for part in ("**Dokumentets overskrift** Referat", "**Bilag til referatet**",
                 "- Oplægget vedlagt som bilag til referatet (punkt 4)", "**Efterskrift**",
                 "14\\.10.2014, Lone Boelt Møller", "Noter (optegnelsens, ikke referatets ord)",
                 "- Punkt 9 er næste møde",
                 "Note (optegnelsens): Referatet nævner bekendtgørelsens nummer"):
        assert part in shown, part
    # The dagsorden is the agenda before the meeting: no efterskrift, no notes of the record.
    assert "Efterskrift" not in store.dagsorden_markdown("socdir-2014-10-10")
    topics = [json.loads(line)["topic"] for line in export_events(store)]
    assert "socialaftale.domain.meetings:MeetingNoted" in topics


def test_an_announced_day_plans_the_meeting_and_next_meeting_actions_resolve_to_it(
        store: Socialaftale) -> None:
    _load(store, _october())
    planned = [m for m in store.meetings() if m.meeting_id == "socdir-2014-11-13"]
    assert [(m.planlagt, m.annonceret_ved, m.tid, m.sted) for m in planned] == [
        (True, "socdir-2014-10-10 pkt. 9", "kl. 10-12",
         "Fremtidens Plejehjem, Carl Klitgaardsvej 5, 9400 Nørresundby")]
    before = store.actions(date(2014, 11, 12))
    assert [(a.frist, a.frist_tekst, a.overskredet) for a in before] == [
        (date(2014, 11, 13), "næste møde (2014-11-13)", False)]
    after = store.actions(date(2014, 11, 14))
    assert [a.overskredet for a in after] == [True]
    text = store.meeting_text("socdir-2014-10-10").naeste_moede
    assert text is not None and text.planlagt_id == "socdir-2014-11-13"


def test_a_planned_meeting_shows_as_planned_without_referat_or_afbud(
        store: Socialaftale) -> None:
    _load(store, _october())
    for render in (store.referat_markdown, store.dagsorden_markdown):
        shown = render("socdir-2014-11-13")
        assert shown.startswith("# Planlagt møde: SOCDIR")
        assert "Referat" not in shown and "Afbud" not in shown and "Deltagere" not in shown
        assert "**Annonceret ved** socdir-2014-10-10 pkt. 9" in shown
    html = store.referat_html("socdir-2014-11-13")
    assert "Afbud" not in html and "Planlagt møde" in html


def test_the_planned_meeting_is_held_once_it_has_its_own_record(store: Socialaftale) -> None:
    _load(store, _october())
    load_record(store, NOVEMBER, "socdir-2014-11-13.yaml")
    found = [m for m in store.meetings() if m.meeting_id == "socdir-2014-11-13"]
    assert [(m.planlagt, m.afbud) for m in found] == [(False, ("Hanne Madsen",))]
    assert store.referat_markdown("socdir-2014-11-13").startswith("# Referat: SOCDIR")
    assert [a.frist for a in store.actions(date(2014, 11, 12))] == [date(2014, 11, 13)]


def test_a_meeting_held_before_its_announcement_is_loaded_is_not_planned_again(
        store: Socialaftale) -> None:
    load_record(store, NOVEMBER, "socdir-2014-11-13.yaml")
    _load(store, _october())
    assert [m.planlagt for m in store.meetings() if m.meeting_id == "socdir-2014-11-13"] == [
        False]


@pytest.mark.parametrize("dato", ["primo november 2014", None])
def test_without_a_day_the_next_meeting_is_announced_but_not_planned(
        store: Socialaftale, dato: str | None) -> None:
    text = _october(dato or "x")
    if dato is None:  # "udmeldes senere": the date is left out, unknown
        text = text.replace("      dato: x\n", "")
    _load(store, text)
    assert [m.meeting_id for m in store.meetings()] == ["socdir-2014-10-10"]
    assert [a.frist_tekst for a in store.actions(date(2014, 12, 1))] == [
        "næste møde (ikke fastsat)"]
    announced = store.meeting_text("socdir-2014-10-10").naeste_moede
    assert announced is not None and announced.dato == dato and announced.planlagt_id is None
    assert "Næste møde" in store.referat_markdown("socdir-2014-10-10")


def test_an_announced_date_before_the_meeting_is_refused_at_its_line(
        store: Socialaftale) -> None:
    with pytest.raises(RecordError) as err:
        _load(store, _october("2013-11-13"))
    assert err.value.rule == "naeste-moede-foer-moede"
    assert err.value.field is not None and err.value.field.startswith("punkter[9].naeste_moede")
    assert err.value.line == 17
    assert store.log.last_position() in (None, 0)
    assert store.meetings() == ()


def test_an_efterskrift_dated_before_the_meeting_is_refused(store: Socialaftale) -> None:
    with pytest.raises(RecordError) as err:
        _load(store, _october().replace("dato: 2014-10-14", "dato: 2014-10-01"))
    assert err.value.rule == "efterskrift-foer-moede"
    assert "efterskrift" in err.value.message
    assert store.meetings() == ()


def test_a_bilag_under_an_item_not_on_the_agenda_is_refused(store: Socialaftale) -> None:
    with pytest.raises(RecordError) as err:
        _load(store, _october().replace('punkt: "4"}', 'punkt: "44"}'))
    assert err.value.rule == "punkt-ikke-paa-dagsorden"
    assert store.meetings() == ()


def test_an_unknown_field_in_the_efterskrift_names_it(store: Socialaftale) -> None:
    with pytest.raises(RecordError) as err:
        _load(store, _october().replace("underskriver:", "underskrevet:"))
    assert err.value.field == "efterskrift.underskrevet"
    assert err.value.line == 26


def test_an_edited_text_replaces_the_old_as_a_correction(store: Socialaftale) -> None:
    _load(store, _october())
    result = load_record(store, _october(note="Punkt 9 melder næste møde"),
                         "socdir-2014-10-10.yaml", grund="noten præciseret")
    assert result.status == "rettet"
    assert store.meeting_text("socdir-2014-10-10").noter == ("Punkt 9 melder næste møde",)
    shown = store.referat_markdown("socdir-2014-10-10")
    assert "Mødets tekster rettet (noten præciseret)" in shown
    kinds = [json.loads(line)["topic"].rsplit(":", 1)[1] for line in export_events(store)]
    assert kinds.count("MeetingNoted") == 2  # the first text stays in the log


def test_a_moved_next_meeting_moves_the_planned_meeting(store: Socialaftale) -> None:
    _load(store, _october())
    load_record(store, _october("2014-11-20"), "socdir-2014-10-10.yaml", grund="flyttet")
    assert [m.meeting_id for m in store.meetings() if m.planlagt] == ["socdir-2014-11-20"]
    assert [a.frist for a in store.actions(date(2014, 11, 1))] == [date(2014, 11, 20)]


def test_decisions_and_groups_show_their_source_notes(store: Socialaftale,
                                                      register_fora: Any) -> None:
    register_fora(store)  # a group is formed under a registered body only
    record = _october().replace(
        "      opfoelgning:",
        "      fakta:\n"
        "        - {type: FormGroup, key: takstanalyse, navn: Arbejdsgruppe for takstanalysen,"
        " forum: DAS, mandat: analysen, note: datoen er mødets}\n"
        "      opfoelgning:")
    _load(store, record)
    [decision] = store.decisions()
    assert decision.note == "Referatet nævner bekendtgørelsens nummer"
    assert [f.note for f in decision.fakta] == ["datoen er mødets"]
    assert decision.noter == ("Referatet nævner bekendtgørelsens nummer", "datoen er mødets")
    [group] = store.groups(date(2014, 10, 10))
    assert group.noter == ("datoen er mødets",)


def test_the_cli_shows_notes_and_planned_meetings(tmp_path: Path) -> None:
    path = f"sqlite:///{tmp_path / 's.db'}"
    runner = CliRunner()
    record = tmp_path / "socdir-2014-10-10.yaml"
    record.write_text(_october(), encoding="utf-8")
    loaded = runner.invoke(cli, ["load", "--store", path, str(record)])
    assert loaded.exit_code == 0, loaded.output
    meetings = runner.invoke(cli, ["meetings", "--store", path, "--format", "csv"])
    assert "socdir-2014-11-13,SOCDIR,13.11.2014,\"Fremtidens Plejehjem, Carl Klitgaardsvej 5," \
           " 9400 Nørresundby\",planlagt (socdir-2014-10-10 pkt. 9)" in meetings.output
    assert "socdir-2014-10-10,SOCDIR,10.10.2014,ukendt,afholdt" in meetings.output
    decisions = runner.invoke(cli, ["decisions", "--store", path, "--format", "csv"])
    assert decisions.output.splitlines()[0].endswith(",Udfald,Noter,Andre organers beslutninger")
    assert decisions.output.splitlines()[1].endswith(
        ",drøftet,Referatet nævner bekendtgørelsens nummer,")
    shown = runner.invoke(cli, ["meeting", "--store", path, "socdir-2014-11-13"])
    assert shown.output.startswith("# Planlagt møde: SOCDIR") and "Afbud" not in shown.output


# -- an efterskrift that adds to an item: remarks and actions, raised on its own date --------

_ADDING = """\
efterskrift:
  dato: 2014-10-14
  underskriver: Lone Boelt Møller
  tekst: Et efterskrift.
  punkt: "PUNKT"
  bemaerkninger:
    - Finansieringsmodellen er endnu ikke på plads.
  opfoelgning:
    - {id: socdir-2014-10-10-e1, ansvarlig: Aalborg Kommune, leverance: orienterer løbende}
"""


def _adding(punkt: str = "4") -> str:
    text = _october()
    start, end = text.index("efterskrift:"), text.index("noter:")
    return text[:start] + _ADDING.replace("PUNKT", punkt) + text[end:]


def test_an_efterskrift_adds_remarks_and_actions_to_its_item(store: Socialaftale) -> None:
    _load(store, _adding())
    e = store.meeting_text("socdir-2014-10-10").efterskrift
    assert e is not None
    assert (e.punkt, e.bemaerkninger) == ("4", ("Finansieringsmodellen er endnu ikke på plads.",))
    # raised on the efterskrift's day, not the meeting's: not listed the day before
    assert [a.action_id for a in store.actions(date(2014, 10, 13))] == ["socdir-2014-10-10-4a"]
    found = {a.action_id: a for a in store.actions(date(2014, 10, 14))}
    e1, a4 = found["socdir-2014-10-10-e1"], found["socdir-2014-10-10-4a"]
    assert (e1.punkt, e1.ansvarlig, e1.leverance, e1.frist, e1.givet) == (
        "4", "Aalborg Kommune", "orienterer løbende", None, date(2014, 10, 14))
    assert a4.givet == date(2014, 10, 10)
    assert "**Efterskrift (til punkt 4)**" in store.referat_markdown("socdir-2014-10-10")
    # its provenance: the efterskrift's date and signer, under item 4's decision
    events = [json.loads(line) for line in export_events(store)]
    (assigned,) = [ev for ev in events if ev["topic"].endswith(":ActionAssigned")
                   and "socdir-2014-10-10-e1" in json.dumps(ev)]
    assert "2014-10-14" in json.dumps(assigned)
    assert "efterskrift 14.10.2014, Lone Boelt Møller" in json.dumps(assigned,
                                                                       ensure_ascii=False)


def test_an_efterskrift_adding_to_an_item_not_on_the_agenda_is_refused(
        store: Socialaftale) -> None:
    with pytest.raises(RecordError) as err:
        _load(store, _adding("44"))
    assert err.value.rule == "punkt-ikke-paa-dagsorden"
    assert store.meetings() == ()


@pytest.mark.parametrize(("left_out", "rule"), [('  punkt: "4"\n', "efterskrift-uden-punkt"),
                                                ("  dato: 2014-10-14\n",
                                                 "efterskrift-uden-dato")])
def test_an_efterskrift_with_actions_names_its_item_and_day(
        store: Socialaftale, left_out: str, rule: str) -> None:
    with pytest.raises(RecordError) as err:
        _load(store, _adding().replace(left_out, ""))
    assert err.value.rule == rule
    assert err.value.field == f"efterskrift.{rule.rsplit('-', 1)[1]}"
    assert store.meetings() == ()


def test_the_domain_refuses_an_efterskrift_adding_to_an_unknown_item() -> None:
    from socialaftale.domain.common import DomainError, Provenance, Source
    from socialaftale.domain.meetings import Efterskrift, NoteMeeting, Punkt
    from socialaftale.domain.meetings.decide import decide
    from socialaftale.domain.meetings.events import meeting_stream
    from socialaftale.domain.meetings.state import MeetingState

    state = MeetingState("SOCDIR", date(2014, 10, 10), punkter={"4": Punkt("4", "Tema")})
    sid = meeting_stream("socdir-2014-10-10")

    def note(punkt: str) -> NoteMeeting:
        return NoteMeeting(meeting_id="socdir-2014-10-10", efterskrift=Efterskrift(
            "Et efterskrift.", date(2014, 10, 14), None, punkt, ("En bemærkning.",)),
            provenance=Provenance(date(2014, 10, 10), Source("referat.txt", None)))

    ((_, noted),) = decide(note("4"), {sid: state})
    assert (noted.efterskrift.punkt, noted.efterskrift.bemaerkninger) == (
        "4", ("En bemærkning.",))
    with pytest.raises(DomainError) as err:
        decide(note("5"), {sid: state})
    assert (err.value.rule, err.value.field) == ("punkt-ikke-paa-dagsorden", "efterskrift.punkt")
