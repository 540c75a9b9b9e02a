"""Decision search ranks within the newest matches only, so a page's cost does not grow
with how many decisions match; title matches still come first and pages still add up.

``search_candidates`` is lowered on the store so the real records' few decisions exceed it
(it is SEARCH_CANDIDATES, 1,000, in use)."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialaftale import DomainError, Socialaftale, load_records
from socialaftale.projections.meetings import _WORD, SEARCH_CANDIDATES

EXAMPLES = Path(__file__).parents[2] / "examples" / "nordjylland"


@pytest.fixture
def loaded(store: Socialaftale) -> Socialaftale:
    load_records(store, [(p.name, p.read_bytes()) for p in sorted(EXAMPLES.glob("*.yaml"))])
    return store


def _in_title(title: str, text: str) -> bool:
    said = [t.lower() for t in _WORD.findall(title)]
    return all(any(t.startswith(w.lower()) for t in said) for w in _WORD.findall(text))


def test_the_newest_matches_are_ranked_and_the_page_says_older_ones_were_left_out(
        loaded: Socialaftale) -> None:
    assert SEARCH_CANDIDATES == 1000
    every = loaded.decision_search("orientering", pr_side=200)
    assert every.antal == len(every.traef) == 7 and not every.begraenset
    newest = sorted((h.beslutning.position for h in every.traef), reverse=True)[:4]
    loaded.search_candidates = 4
    bounded = loaded.decision_search("orientering", pr_side=200)
    assert bounded.begraenset and bounded.antal == 4
    assert sorted(h.beslutning.position for h in bounded.traef) == sorted(newest)
    loaded.search_candidates = 7  # exactly as many as match: nothing left out
    assert not loaded.decision_search("orientering").begraenset


def test_a_match_in_the_title_comes_before_a_passing_mention(loaded: Socialaftale) -> None:
    for text in ("orientering", "tilbud", "sekretariatet", "orientering fu"):
        hits = loaded.decision_search(text, pr_side=200).traef
        titled = [_in_title(h.beslutning.titel, text) for h in hits]
        assert any(titled), text
        assert titled == sorted(titled, reverse=True), text  # every title match first


def test_pages_follow_each_other_without_gaps_or_repeats(loaded: Socialaftale) -> None:
    whole = [h.beslutning.position for h in loaded.decision_search("tilbud", pr_side=200).traef]
    paged = [h.beslutning.position for side in (1, 2, 3, 4, 5)
             for h in loaded.decision_search("tilbud", side=side, pr_side=3).traef]
    assert paged == whole and len(whole) >= 12  # PostgreSQL's danish stemming: one fewer
    last = loaded.decision_search("tilbud", side=9, pr_side=3)
    assert last.traef == () and last.antal == len(whole) and last.sider == -(-len(whole) // 3)
    assert all("«" in h.snippet for h in loaded.decision_search("tilbud").traef)
    with pytest.raises(DomainError) as refused:
        loaded.decision_search("tilbud", side=0)
    assert refused.value.rule == "soegning-side"


def test_the_same_decisions_are_found_on_every_store(loaded: Socialaftale) -> None:
    """The candidates are the newest matches by log position (here the last record
    loaded) of the whole word or its stem, which here fill the candidates (item 7, newer,
    whose words only begin with it, is left out), on every store; their order is the
    store's rank of the whole word."""
    loaded.search_candidates = 3
    found = loaded.decision_search("tilbud", pr_side=200)
    assert sorted((h.beslutning.meeting_id, h.beslutning.punkt) for h in found.traef) == [
        ("socdir-2014-10-10", "3"), ("socdir-2014-10-10", "4"), ("socdir-2014-10-10", "5")]
    assert found.begraenset


def test_a_word_only_begun_still_finds_what_it_begins(loaded: Socialaftale) -> None:
    """The whole word is read first (no prefix merge on SQLite); a word only begun
    matches no whole word, so the prefix finds the same decisions as the whole word's
    prefix does, ranked, on every store."""
    whole = {h.beslutning.position for h in loaded.decision_search("tilbud", pr_side=200).traef}
    begun = {h.beslutning.position for h in loaded.decision_search("tilbu", pr_side=200).traef}
    assert begun == whole and len(whole) >= 12
    loaded.search_candidates = 3
    bounded = loaded.decision_search("tilbu", pr_side=200)
    assert bounded.begraenset and bounded.antal == 3
    assert {h.beslutning.position for h in bounded.traef} == set(sorted(whole)[-3:])


def test_the_exact_word_filling_the_candidates_gives_the_newest_exact_matches(
        loaded: Socialaftale) -> None:
    """When the whole word or its stem alone fills the candidates, those are the newest
    of the whole word's matches; fewer, and the prefix's newest are taken as before."""
    every = loaded.decision_search("orientering", pr_side=200)
    newest = sorted(h.beslutning.position for h in every.traef)
    for bound in (2, 4, 6):
        loaded.search_candidates = bound
        found = loaded.decision_search("orientering", pr_side=200)
        assert {h.beslutning.position for h in found.traef} == set(newest[-bound:])
        assert found.begraenset and found.antal == bound
