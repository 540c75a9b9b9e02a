"""Search everything (issue 21) on the real records, on SQLite and PostgreSQL alike.

The records of examples/nordjylland are loaded once per store kind; every test asks both
stores and, where the answer must not depend on the store, compares them."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from conftest import PG_URL, drop_pg_schema  # tests/ is on sys.path
from socialaftale import (
    DomainError,
    Provenance,
    Socialaftale,
    Source,
    load_records,
    meetings,
    open_store,
    personer,
    tilbudsvifte,
)
from socialaftale.projections.search import HIT_END, HIT_START, STOPWORDS, _stem, _words

EXAMPLES = Path(__file__).parents[2] / "examples" / "nordjylland"

#: The test queries: inflected forms of words the minutes use in other forms.
QUERIES = ("aftalemodeller", "kommunerne", "takster", "Taleinstituttet", "udmeldingen",
           "tilbuddene", "sekretariatsbetjening", "ind- og udmeldinger",
           "Aalborg Kommune", "mandat arbejdsgruppen")


def _loaded(url: str) -> Socialaftale:
    store = open_store(url, actor="test")
    load_records(store, [(p.name, p.read_bytes()) for p in sorted(EXAMPLES.glob("*.yaml"))])
    return store


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Socialaftale]]:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    found = {"sqlite": _loaded(f"sqlite:///{tmp_path_factory.mktemp('s') / 'store.db'}"),
             "postgres": _loaded(f"{PG_URL}?schema={schema}")}
    yield found
    for s in found.values():
        s.close()
    drop_pg_schema(schema)


def _marked_words(snippet: str) -> list[str]:
    return re.findall(f"{HIT_START}([^{HIT_END}]+){HIT_END}", snippet)


def _all(store: Socialaftale, text: str, **kw: object) -> dict[str, list[tuple[str, str, bool]]]:
    """Every hit of a search (one page of 200 per kind), as (key, snippet, title match)."""
    result = store.search(text, pr_side=200, **kw)  # type: ignore[arg-type]
    return {g.art: [(f.noegle, f.snippet, f.i_titel) for f in g.fund] for g in result.grupper}


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_an_inflected_word_finds_its_other_forms(stores: dict[str, Socialaftale],
                                                 kind: str) -> None:
    store = stores[kind]
    found = _all(store, "aftalemodeller")["opfoelgning"]
    # "et konkret forslag til aftalemodel" (socdir-2014-10-10 item 4): the singular
    keys = [k for k, _, _ in found]
    assert "opfoelgning:socdir-2014-10-10:socdir-2014-10-10-4e" in keys
    snippets = dict((k, s) for k, s, _ in found)
    shown = snippets["opfoelgning:socdir-2014-10-10:socdir-2014-10-10-4e"]
    assert f"{HIT_START}aftalemodel{HIT_END}" in shown
    # and the other way round: the singular finds the plural
    plural = [k for k, _, _ in _all(store, "aftalemodel")["opfoelgning"]]
    assert "opfoelgning:socdir-2014-10-10:socdir-2014-10-10-4a" in plural


def test_both_stores_give_the_same_answers(stores: dict[str, Socialaftale]) -> None:
    for text in QUERIES:
        newest = [_all(s, text, orden="nyeste") for s in stores.values()]
        assert newest[0] == newest[1], text
        assert newest[0], f"{text!r} finds nothing: the comparison would prove nothing"
        ranked = [_all(s, text) for s in stores.values()]
        assert ranked[0] == ranked[1], text  # title matches first, then newest: on both


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_a_title_match_ranks_above_a_passing_mention(stores: dict[str, Socialaftale],
                                                     kind: str) -> None:
    mixed = 0
    for text in QUERIES:
        for group in stores[kind].search(text, pr_side=200).grupper:
            tiers = [f.i_titel for f in group.fund]
            assert tiers == sorted(tiers, reverse=True), (text, group.art)
            mixed += len(set(tiers)) == 2
    assert mixed > 5  # groups with both title matches and mentions, so the order is tested
    result = stores[kind].search("takstanalysen", pr_side=200)
    (decisions,) = [g.fund for g in result.grupper if g.art == "beslutning"]
    # socdir-2014-10-10 item 3 is titled "Takstanalyse"; others only mention the analysis
    assert decisions[0].noegle == "beslutning:socdir-2014-10-10:3" and decisions[0].i_titel
    assert all(f.i_titel == ("takstanalys" in f.titel.lower()) for f in decisions)


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_snippets_mark_the_match_and_every_kind_is_searched(
        stores: dict[str, Socialaftale], kind: str) -> None:
    store = stores[kind]
    seen: set[str] = set()
    for text in QUERIES:
        for art, hits in _all(store, text).items():
            seen.add(art)
            stems = [_stem(w) for w in _words(text) if w not in STOPWORDS]
            for key, shown, _ in hits:
                marked = _marked_words(shown)
                assert marked, (text, key, shown)
                # each marked word is a match of the query's words (a «» the text itself
                # has is no mark)
                assert all(any(_stem(m.lower()).startswith(s) for s in stems)
                           for m in marked), (text, key, shown)
    assert seen >= {"beslutning", "sag", "punkt", "bilag", "opfoelgning", "tilbud",
                    "arbejdsgruppe", "person"}


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_pages_cover_every_hit_once(stores: dict[str, Socialaftale], kind: str) -> None:
    store = stores[kind]
    every = _all(store, "kommunerne", orden="nyeste")
    paged: dict[str, list[str]] = {}
    for side in range(1, 20):
        page = store.search("kommunerne", orden="nyeste", side=side, pr_side=3)
        for g in page.grupper:
            assert g.antal == len(every[g.art])
            paged.setdefault(g.art, []).extend(f.noegle for f in g.fund)
    assert paged == {art: [k for k, _, _ in hits] for art, hits in every.items()}
    dates = [f.dato for f in store.search("kommunerne", orden="nyeste", pr_side=200,
                                          arter=["beslutning"]).grupper[0].fund]
    assert dates == sorted(dates, reverse=True)  # type: ignore[type-var]


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_filters_by_body_year_outcome_kommune_and_kind(stores: dict[str, Socialaftale],
                                                      kind: str) -> None:
    store = stores[kind]
    everything = store.search("kommunerne", pr_side=200)
    das = store.search("kommunerne", body="DAS", pr_side=200)
    assert 0 < das.antal < everything.antal
    assert all(f.body == "DAS" for g in das.grupper for f in g.fund)
    year = store.search("kommunerne", year=2014, pr_side=200)
    assert 0 < year.antal < everything.antal
    assert all(f.dato and f.dato.year == 2014 for g in year.grupper for f in g.fund)
    taken = store.search("kommunerne", outcome="drøftet", pr_side=200)
    assert taken.antal and all(f.outcome == "discussed"
                               for g in taken.grupper for f in g.fund)
    aalborg = store.search("kommunerne", kommune="Aalborg Kommune", pr_side=200)
    assert 0 < aalborg.antal < everything.antal
    offers = store.search("Taleinstituttet", kommune="Aalborg", arter=["tilbud"])
    assert [f.noegle for f in offers.grupper[0].fund] == ["tilbud:aalborg/ti-hcn"]
    assert store.search("Taleinstituttet", kommune="Brønderslev", arter=["tilbud"]).antal == 0
    only = store.search("kommunerne", arter=["bilag", "person"], pr_side=200)
    assert {g.art for g in only.grupper} == {"bilag", "person"}


def test_refusals_name_the_field_and_rule(stores: dict[str, Socialaftale]) -> None:
    store = stores["sqlite"]
    for kw, rule in (({"arter": ["referat"]}, "soegning-art"),
                     ({"orden": "bedst"}, "soegning-orden"),
                     ({"side": 0}, "soegning-side")):
        with pytest.raises(DomainError) as err:
            store.search("takster", **kw)  # type: ignore[arg-type]
        assert err.value.rule == rule
    with pytest.raises(DomainError) as err:
        store.search("ord " * 40)
    assert err.value.rule == "soegning-for-mange-ord"
    assert store.search("og i på").antal == 0  # only stop words: nothing to look for


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_a_person_is_found_under_every_spelling_once_confirmed(
        store_url_factory: Callable[[str], str], kind: str) -> None:
    store = _loaded(store_url_factory(kind))
    try:
        before = store.search("Thun", arter=["person"]).grupper[0].fund
        assert sorted(f.titel for f in before) == ["Hilde E. Thun", "Hilde E. Thun Holst"]
        store.record(personer.SammePerson(
            navn_a="Hilde E. Thun", navn_b="Hilde E. Thun Holst", grund="samme sekretariat",
            provenance=Provenance(date(2013, 1, 17), Source("001_06729882290ccbd8.txt"))),
            by="sekretariatet")
        for text in ("Thun Holst", "Hilde Thun"):
            (person,) = store.search(text, arter=["person"]).grupper[0].fund
            assert person.titel == "Hilde E. Thun / Hilde E. Thun Holst", text
        store.rebuild(["search"])
        (person,) = store.search("Thun", arter=["person"]).grupper[0].fund
        assert person.titel == "Hilde E. Thun / Hilde E. Thun Holst"
    finally:
        store.close()


def test_the_stemmer_and_stop_words_agree_with_postgresql(
        stores: dict[str, Socialaftale]) -> None:
    """Every word of the real records stems in Python as PostgreSQL's danish configuration
    stems it, and the stop words are the same: otherwise the stores would answer apart."""
    words = sorted({w for (t,) in stores["sqlite"].db.query(
        "SELECT titel || ' ' || tekst FROM search_doc") for w in _words(t)})
    assert len(words) > 1000
    rows = stores["postgres"].db.query(
        "SELECT w, array_to_string(ts_lexize('danish_stem', w), ' ') FROM unnest(?::text[]) w",
        [words])
    theirs = {w: (lexeme or "") for w, lexeme in rows}
    ours = {w: ("" if w in STOPWORDS else _stem(w)) for w in words}
    digits = {w for w in words if any(c.isdigit() for c in w)}  # PostgreSQL: not stemmed
    differ = {w: (ours[w], theirs[w]) for w in words if w not in digits
              and ours[w] != theirs[w]}
    assert not differ


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_an_offer_renamed_is_found_under_both_names(
        store_url_factory: Callable[[str], str], kind: str) -> None:
    """A later event of an offer's stream (which does not repeat its name) indexes it again:
    the new name is its title, the old one is still found in its text."""
    prov = Provenance(date(2019, 1, 1), Source("syntetisk", None, "syntetiske data"))
    with open_store(store_url_factory(kind), actor="test") as store:
        store.record(tilbudsvifte.RegisterTilbud(
            key="aalborg/kaervej", navn="Botilbuddet Kærvej", driftsherre="Aalborg",
            pladser=10, effective_on=date(2019, 1, 1), provenance=prov))
        store.record(tilbudsvifte.ConvertTilbud(
            key="aalborg/kaervej", navn="Specialbotilbuddet Nørholm",
            effective_on=date(2020, 1, 1), provenance=prov))
        (hit,) = store.search("Nørholm", arter=["tilbud"]).grupper[0].fund
        assert hit.titel == "Specialbotilbuddet Nørholm" and hit.i_titel
        assert hit.dato == date(2020, 1, 1)
        (old,) = store.search("Kærvej", arter=["tilbud"]).grupper[0].fund
        assert old.noegle == hit.noegle and not old.i_titel


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_a_draft_agenda_is_found_only_when_drafts_are_asked_for(
        store_url_factory: Callable[[str], str], kind: str) -> None:
    """A draft agenda (not sent out) is the secretariat's: a search leaves it out unless
    ``drafts``, and finds it once the agenda is sent out."""
    day = date(2027, 1, 20)
    p = Provenance(day, Source("udkast"))
    with open_store(store_url_factory(kind), actor="test") as store:
        store.record(
            meetings.ScheduleMeeting(meeting_id="das-2027-01-20", body="DAS", dato=day,
                                     provenance=p),
            meetings.ProposeAgenda(meeting_id="das-2027-01-20", udkast=True, provenance=p,
                                   punkter=(meetings.Punkt("1", "Fortroligt punkt"),)))
        assert store.search("Fortroligt").grupper == ()
        (group,) = store.search("Fortroligt", drafts=True).grupper
        assert [f.noegle for f in group.fund] == ["punkt:das-2027-01-20:1"]
        store.record(meetings.SendAgenda(meeting_id="das-2027-01-20", dato=day, provenance=p))
        (sent,) = store.search("Fortroligt").grupper
        assert [f.noegle for f in sent.fund] == ["punkt:das-2027-01-20:1"]


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_guillemets_in_the_text_are_not_taken_for_hit_marks(
        store_url_factory: Callable[[str], str], kind: str) -> None:
    """Danish quotes «…» in a record's text stay text: only the matched word is marked."""
    day = date(2027, 2, 3)
    p = Provenance(day, Source("syntetisk"))
    with open_store(store_url_factory(kind), actor="test") as store:
        store.record(
            meetings.ScheduleMeeting(meeting_id="das-2027-02-03", body="DAS", dato=day,
                                     provenance=p),
            meetings.ProposeAgenda(meeting_id="das-2027-02-03", provenance=p, punkter=(
                meetings.Punkt("1", "Projektet «Fælles Botilbud» og takster"),)))
        (group,) = store.search("taksterne").grupper
        (hit,) = group.fund
        assert _marked_words(hit.snippet) == ["takster"]
        assert hit.uddrag() == "Projektet «Fælles Botilbud» og «takster»"
