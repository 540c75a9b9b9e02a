"""Any text is a valid search (issue 24): FTS syntax in a search or an organisation filter
never reaches the full-text engine as syntax, on every store; an oversized search is refused
with a rule id instead of keeping the server busy."""

from __future__ import annotations

from pathlib import Path

import pytest

from socialaftale import DomainError, Socialaftale, load_records

EXAMPLES = Path(__file__).parents[2] / "examples" / "nordjylland"

HOSTILE = ['%', '<', '"', '"<%', "'", "*", "taleinstituttet\"", 'NEAR(a b)', "a:*", "!", "&|",
           "\\", "^", "-", "(", ")", "a OR", "AND", "NOT b", "{x}", "col:word", "a_b", "%%%",
           "<script>", "ÆØÅ", "x\u200bz", "nul\x00byte", "\ud800",
           "'; DROP TABLE meeting_decision; --"]


@pytest.fixture
def loaded(store: Socialaftale) -> Socialaftale:
    load_records(store, [(p.name, p.read_bytes()) for p in sorted(EXAMPLES.glob("*.yaml"))])
    return store


def test_fts_syntax_is_never_an_error_in_search_filter_or_organisation(
        loaded: Socialaftale) -> None:
    for text in HOSTILE:
        loaded.search_decisions(text)
        loaded.decisions(search=text)
        loaded.decisions(organisation=text)
        loaded.decisions(search=text, organisation=text, body="DAS")
    # Punctuation around a word is not part of it; a filter of no word matches no name.
    plain = {(h.beslutning.meeting_id, h.beslutning.punkt)
             for h in loaded.search_decisions("taleinstituttet")}
    assert {(h.beslutning.meeting_id, h.beslutning.punkt)
            for h in loaded.search_decisions('"taleinstituttet<%')} == plain
    assert loaded.decisions(organisation='"<%') == ()


def test_a_search_too_long_or_of_too_many_words_is_refused_with_a_rule(
        loaded: Socialaftale) -> None:
    with pytest.raises(DomainError) as long:
        loaded.search_decisions("a" * 501)
    assert long.value.rule == "soegning-for-lang" and "højst 500 tegn" in long.value.message
    with pytest.raises(DomainError) as many:
        loaded.decisions(search=" ".join(["ord"] * 33))
    assert many.value.rule == "soegning-for-mange-ord" and "33 ord" in many.value.message
    with pytest.raises(DomainError) as org:
        loaded.decisions(organisation="x " * 40)
    assert org.value.field == "organisation"
    # At the limits it is a search like any other.
    assert loaded.search_decisions(" ".join(["tale"] * 32))
    loaded.search_decisions("a" * 500)
