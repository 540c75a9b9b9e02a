"""Issue 16 points 9, 10 and 3: a body's aliases, a group under an unknown body refused, partial
dates on milestones, årshjul events and external decisions, and the external decision shown
for every fact it carries. On the real minutes' words, in every store kind."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from socialaftale import (
    DecisionRef,
    DomainError,
    PartialDate,
    Provenance,
    RecordError,
    Socialaftale,
    Source,
    load_record,
    parse_dato,
)
from socialaftale import arbejdsgrupper as ag
from socialaftale import fora as f
from socialaftale import strategi as st
from socialaftale.domain.common import ExternalDecision
from socialaftale_cli.main import cli

VALID = (Path(__file__).parents[1] / "records" / "valid.yaml").read_text(encoding="utf-8")

SOCDIR_2014 = "000_939a2e46bbe95266.txt"
DAS_2019 = "003_dac07bbacd9158aa.txt"


def _at(on: date, document: str, item: str, meeting: str) -> Provenance:
    return Provenance(on, Source(document, item), DecisionRef(meeting, item))


def _group(forum: str, key: str = "takstanalyse") -> ag.FormGroup:
    # SOCDIR 10 October 2014, line 122: "aftalte at nedsætte en arbejdsgruppe under DAS"
    return ag.FormGroup(key=key, navn="Arbejdsgruppe for takstanalysen", forum=forum,
                        mandat="udarbejde kommissorium og analyse", formand="Aalborg Kommune",
                        provenance=_at(date(2014, 10, 10), SOCDIR_2014, "3",
                                       "socdir-2014-10-10"))


def test_a_group_under_a_body_the_record_does_not_know_is_refused(store: Socialaftale) -> None:
    with pytest.raises(DomainError) as caught:
        store.record(_group("DAS"))
    assert caught.value.rule == "gruppe-ukendt-forum" and caught.value.field == "forum"
    assert "forummet 'DAS'" in caught.value.message
    assert list(store.events()) == []


def test_a_group_finds_its_body_by_any_name_alias_or_key(store: Socialaftale,
                                                          register_fora: Any) -> None:
    register_fora(store)
    store.record(f.AddForumAlias(key="das", alias="DAS Social",
                                 provenance=Provenance(date(2019, 10, 24), Source(DAS_2019))))
    for i, name in enumerate(("DAS", "das social", "Den Administrative Styregruppe", "das")):
        store.record(_group(name, key=f"g{i}"))
    assert sorted(g.forum for g in store.groups(date(2015, 1, 1))) == sorted(
        ["DAS", "das social", "Den Administrative Styregruppe", "das"])


def test_the_same_body_registered_by_two_records_gains_only_the_new_names(
        store: Socialaftale) -> None:
    """Each meeting record registers the bodies it needs, so that it loads alone."""
    seen_2014 = Provenance(date(2014, 10, 10), Source(SOCDIR_2014))
    seen_2019 = Provenance(date(2019, 10, 24), Source(DAS_2019))
    store.record(f.RegisterForum(key="das", navn="DAS", provenance=seen_2014))
    again = store.record(f.RegisterForum(key="das", navn="Den Administrative Styregruppe",
                                         kortnavn="DAS", provenance=seen_2019))
    assert [type(r.event).__name__ for r in again] == ["ForumAliasAdded", "ForumNameClaimed"]
    assert store.record(f.RegisterForum(key="das", navn="DAS", provenance=seen_2019)) == []
    (forum,) = store.fora()
    assert forum.navn == "DAS"
    assert [a.alias for a in forum.aliaser] == ["Den Administrative Styregruppe"]
    assert store.forum_names("Den Administrative Styregruppe") == (
        "DAS", "Den Administrative Styregruppe")


def test_a_name_belongs_to_one_body(store: Socialaftale, register_fora: Any) -> None:
    register_fora(store)
    before = store.log.last_position()
    with pytest.raises(DomainError) as caught:
        store.record(f.RegisterForum(key="kkr", navn="KKR", kortnavn="DAS",
                                     provenance=Provenance(date(2019, 10, 24),
                                                           Source(DAS_2019))))
    assert caught.value.rule == "forum-navn-optaget"
    assert store.log.last_position() == before


def test_a_record_naming_an_unknown_body_for_a_group_is_refused_at_its_line(
        store: Socialaftale) -> None:
    anchor = "      opfoelgning:\n"
    text = VALID.replace(anchor, "        - {type: FormGroup, key: g, navn: Gruppe, forum: DAZ,"
                         " mandat: ukendt}\n" + anchor)
    with pytest.raises(RecordError) as caught:
        load_record(store, text, "das.yaml")
    err = caught.value
    assert err.rule == "gruppe-ukendt-forum" and err.refused
    assert err.field == "punkter[8].beslutning.fakta[2].forum"
    assert err.line == text.splitlines().index(
        "        - {type: FormGroup, key: g, navn: Gruppe, forum: DAZ, mandat: ukendt}") + 1
    assert list(store.events()) == []


def test_a_milestone_may_have_a_partial_date_shown_as_written(store: Socialaftale,
                                                                register_fora: Any) -> None:
    """SOCDIR 18 March 2013, line 263: "Dette arbejdet igangsættes først primo april"."""
    register_fora(store)
    carried = _at(date(2014, 10, 10), SOCDIR_2014, "3", "socdir-2014-10-10")
    store.record(_group("DAS"),
                 ag.PlanMilestone(key="takstanalyse", milestone_id="april",
                                  beskrivelse="arbejdet igangsættes",
                                  dato=parse_dato("primo april 2015"), provenance=carried),
                 ag.PlanMilestone(key="takstanalyse", milestone_id="status",
                                  beskrivelse="statusorientering", dato=date(2015, 1, 16),
                                  forum="DAS", provenance=carried))
    (group,) = store.groups(date(2015, 1, 20))
    assert group.naeste_milepael is not None
    assert group.naeste_milepael.dato == PartialDate(2015, 4, "primo")
    assert [s.beskrivelse for s in group.overskredne] == ["statusorientering"]
    # Overdue only once all of "primo april" has passed.
    (on_the_5th,) = store.groups(date(2015, 4, 5))
    assert on_the_5th.naeste_milepael is not None
    assert on_the_5th.naeste_milepael.beskrivelse == "arbejdet igangsættes"
    (later,) = store.groups(date(2015, 4, 11))
    assert [s.beskrivelse for s in later.overskredne] == ["statusorientering",
                                                           "arbejdet igangsættes"]


def test_an_aarshjul_event_may_have_a_partial_date_sorted_by_its_first_day(
        store: Socialaftale) -> None:
    carried = _at(date(2019, 10, 24), DAS_2019, "11", "das-2019-10-24")
    store.record(
        st.PlanAarshjulEvent(aar=2020, dato=date(2020, 4, 20), titel="Temadag",
                             provenance=carried),
        st.PlanAarshjulEvent(aar=2020, dato=parse_dato("primo april 2020"),
                             titel="Handicapråd temadag", provenance=carried))
    assert [(str(p.dato), p.titel) for p in store.aarshjul(2020)] == [
        ("primo april 2020", "Handicapråd temadag"), ("2020-04-20", "Temadag")]
    with pytest.raises(DomainError) as caught:
        store.record(st.PlanAarshjulEvent(aar=2020, dato=parse_dato("efterår 2021"),
                                          titel="x", provenance=carried))
    assert caught.value.rule == "aarshjul-aar"


def test_an_external_decision_may_have_a_partial_date(store: Socialaftale) -> None:
    told = ExternalDecision("KKR", parse_dato("oktober 2019"), "KKR ... har anbefalet")
    assert told.describe() == "besluttet af KKR oktober 2019 (ifølge kilden)"
    text = VALID.replace("          note: datoen fremgår ikke\n",
                         "          note: datoen fremgår ikke\n          ekstern_beslutning:"
                         " {organ: KKR, dato: oktober 2019}\n")
    load_record(store, text, "das.yaml")
    (fact,) = store.facts_of_decision("das-2019-10-24", "8")
    assert fact.besluttet_af == "besluttet af KKR oktober 2019 (ifølge kilden)"
    stored = next(r for r in store.events() if r.meta.external is not None)
    assert stored.meta.external.dato == PartialDate(2019, 10)


def test_the_external_decision_is_shown_for_every_fact_it_carries(tmp_path: Path) -> None:
    """DAS 24 October 2019, lines 1003-1004: "KKR og de nordjyske byråd har henholdsvis
    anbefalet og godkendt en beslutning om, at TI/HCN udgår af det forstærkede samarbejde"."""
    from socialaftale import load_records, open_store

    examples = Path(__file__).parents[2] / "examples" / "nordjylland"
    store_url = f"sqlite:///{tmp_path / 'ekstern.db'}"  # one file the CLI opens again
    with open_store(store_url) as store:
        load_records(store, [(p.name, p.read_bytes()) for p in sorted(examples.glob("*.yaml"))])
        (post,) = [p for p in store.tilbud_history("aalborg/ti-hcn")
                   if p.kind == "ForstaerketSamarbejdeLeft"]
        assert post.besluttet_af == ("besluttet af KKR og de nordjyske byråd (dato ikke "
                                     "angivet) (ifølge kilden)")
        assert post.ekstern_tekst is not None and post.ekstern_tekst.startswith(
            "KKR og de nordjyske byråd har henholdsvis anbefalet og godkendt")
        assert "Andre organers beslutninger" in store.referat_markdown("das-2019-10-24")
    run = CliRunner()
    shown = run.invoke(cli, ["tilbud", "--store", store_url, "aalborg/ti-hcn"])
    assert "omtalt ved das-2019-10-24 pkt. 8; besluttet af KKR og de nordjyske byråd" in \
        " ".join(shown.output.split())
    data = json.loads(run.invoke(cli, ["decisions", "--store", store_url, "--body",
                                       "DAS Social", "--format", "json"]).output)
    (item8,) = [d for d in data if d["punkt"] == "8"]
    assert [x["besluttet_af"] for x in item8["fakta"] if x["besluttet_af"]] == [
        "besluttet af KKR og de nordjyske byråd (dato ikke angivet) (ifølge kilden)"]
    csv = run.invoke(cli, ["decisions", "--store", store_url, "--format", "csv"]).output
    assert "Andre organers beslutninger" in csv.splitlines()[0]
    fora = run.invoke(cli, ["fora", "--store", store_url, "DAS Social", "--format", "csv"])
    assert fora.exit_code == 0 and "DAS Social" in fora.output
    unknown = run.invoke(cli, ["fora", "--store", store_url, "DAS Socail"])
    assert unknown.exit_code == 2 and "mente du DAS Social?" in unknown.output


def test_an_unknown_body_close_to_a_known_name_gets_a_suggestion(
        store: Socialaftale, register_fora: Any) -> None:
    register_fora(store)
    store.record(f.AddForumAlias(key="das", alias="DAS Social",
                                 provenance=Provenance(date(2019, 10, 24), Source(DAS_2019))))
    anchor = "      opfoelgning:\n"
    text = VALID.replace(anchor, "        - {type: FormGroup, key: g, navn: Gruppe,"
                         " forum: DAS Socail, mandat: ukendt}\n" + anchor)
    with pytest.raises(RecordError) as caught:
        load_record(store, text, "das.yaml")
    assert caught.value.rule == "gruppe-ukendt-forum"
    assert caught.value.message.endswith(" — mente du DAS Social?")


def test_a_forum_registered_under_a_decision_is_one_carried_fact(store: Socialaftale) -> None:
    """The name claims are the registration's bookkeeping, not facts the decision carries."""
    anchor = "      opfoelgning:\n"
    text = VALID.replace(anchor, "        - {type: RegisterForum, key: das, navn: Den"
                         " Administrative Styregruppe, kortnavn: DAS}\n" + anchor)
    load_record(store, text, "das.yaml")
    assert [x.kind for x in store.facts_of_decision("das-2019-10-24", "8")] == [
        "PladserChanged", "ForumRegistered"]
    assert sum(1 for r in store.events() if type(r.event).__name__ == "ForumNameClaimed") == 2
