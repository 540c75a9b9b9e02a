"""Search everything within each kind's newest matches (issue 23), on SQLite and PostgreSQL.

Below the bound the answer must be what the unbounded search gave: ``_unbounded`` is that
search's query (ranking and counting every match, as before the bound), run on the same
store. ``search_candidates`` is lowered on the store so the real records' few hundred
things exceed it (it is SEARCH_CANDIDATES, 1,000, in use)."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from conftest import PG_URL, drop_pg_schema  # tests/ is on sys.path
from socialaftale import Socialaftale, load_records, open_store
from socialaftale.projections.fora import forum_names
from socialaftale.projections.meetings import SEARCH_CANDIDATES, SEARCH_WINDOW, outcome_named
from socialaftale.projections.search import (
    _has,
    _match,
    _query_terms,
    _slug,
    snippet,
)

EXAMPLES = Path(__file__).parents[2] / "examples" / "nordjylland"
BOUND = 2  # every kind of «kommune» but the working groups (2) has more, unfiltered

#: Searches and filters (most find more than one kind).
ASKED: list[tuple[str, dict[str, Any]]] = [
    ("kommunerne", {}), ("kommune", {"orden": "nyeste"}), ("takster", {}),
    ("tilbud", {"pr_side": 7, "side": 2}), ("aftalemodeller", {}),
    ("mandat arbejdsgruppen", {}), ("kommu", {}), ("ind- og udmeldinger", {}),
    ("tilbud", {"body": "DAS"}), ("tilbud", {"year": 2013}), ("tilbud", {"outcome": "drøftet"}),
    ("tilbud", {"kommune": "Aalborg"}), ("kommune", {"arter": ["person", "punkt"]}),
    ("udkast", {"drafts": True}),
    # rare words (PostgreSQL: one GIN query for every kind) and a common one's prefix
    ("hjerneskade", {}), ("hjerneskade", {"orden": "nyeste", "pr_side": 3, "side": 2}),
    ("hjerneskade", {"year": 2019}), ("botilbud", {"body": "DAS"}),
    ("kapacitet styringsaftale", {}), ("kommun", {"orden": "nyeste"}),
]


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Socialaftale]]:
    schema = f"t_{uuid.uuid4().hex[:12]}"
    found = {"sqlite": open_store(f"sqlite:///{tmp_path_factory.mktemp('b') / 'store.db'}",
                                  actor="test"),
             "postgres": open_store(f"{PG_URL}?schema={schema}", actor="test")}
    records = [(p.name, p.read_bytes()) for p in sorted(EXAMPLES.glob("*.yaml"))]
    for store in found.values():
        load_records(store, records)
    yield found
    for s in found.values():
        s.close()
    drop_pg_schema(schema)


def _unbounded(store: Socialaftale, text: str, *, arter: list[str] | None = None,
               body: str | None = None, year: int | None = None, outcome: str | None = None,
               kommune: str | None = None, orden: str = "rang", side: int = 1,
               pr_side: int = 20, drafts: bool = False) -> list[tuple[Any, ...]]:
    """The search before the bound: every match ranked and counted in one query."""
    words = _query_terms(text, "tekst")
    dialect = store.db.dialect
    params: list[Any] = [_match(dialect, words)]
    if dialect == "postgresql":
        title = "(d.tsv @@ to_tsquery('danish', ?))"
        where = ["d.tsv @@ to_tsquery('danish', ?)"]
        source = "search_doc d"
    else:
        title = "(d.rid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?))"
        where = ["search_fts MATCH ?"]
        source = "search_fts JOIN search_doc d ON d.rid = search_fts.rowid"
    if not drafts:
        where += ["NOT EXISTS (SELECT 1 FROM meeting m WHERE m.meeting_id = d.meeting_id AND"
                  " m.udkast <> 0)", "NOT EXISTS (SELECT 1 FROM meeting_kladde k WHERE"
                  " k.meeting_id = d.meeting_id)"]
    if arter:
        where.append(f"d.kind IN ({', '.join('?' for _ in arter)})")
        params += arter
    if body:
        names = forum_names(store.db, body)
        where.append(f"d.body IN ({', '.join('?' for _ in names)})")
        params += list(names)
    if year is not None:
        where.append("d.aar = ?")
        params.append(year)
    if outcome:
        where.append("d.outcome = ?")
        params.append(outcome_named(outcome))
    if kommune:
        named = _query_terms(kommune, "kommune")
        mention = ("d.tsv @@ to_tsquery('danish', ?)" if dialect == "postgresql" else
                   "d.rid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)")
        where.append(f"(d.kommuner LIKE ? OR {mention})")
        params += [f"%|{_slug(kommune)}|%", _match(dialect, named)]
    order = "d.dato DESC, d.doc_id" if orden == "nyeste" else "i_titel DESC, d.dato DESC, d.doc_id"
    order = order.replace("d.dato DESC", "d.dato IS NULL, d.dato DESC" if dialect == "sqlite"
                          else "d.dato DESC NULLS LAST")
    rows = store.db.query(
        f"SELECT * FROM (SELECT d.kind, d.doc_id, d.titel, d.tekst, d.dato, i_titel,"
        f" ROW_NUMBER() OVER (PARTITION BY d.kind ORDER BY {order}) AS n, COUNT(*) OVER"
        f" (PARTITION BY d.kind) AS antal FROM (SELECT d.*, CASE WHEN {title} THEN 1 ELSE 0"
        f" END AS i_titel FROM {source} WHERE {' AND '.join(where)}) d) x WHERE n > ? AND"
        f" n <= ? ORDER BY kind, n",
        [_match(dialect, words, title_only=True), *params, (side - 1) * pr_side,
         side * pr_side])
    found: dict[str, list[Any]] = {}
    for kind, doc_id, titel, tekst, dato, i_titel, _n, antal in rows:
        shown = snippet(tekst, words) if tekst and _has(tekst, words) else snippet(titel, words)
        found.setdefault(kind, [int(antal)]).append(
            (doc_id, titel, shown, bool(i_titel), date.fromisoformat(dato) if dato else None))
    return sorted((k, v[0], v[1:]) for k, v in found.items())


def _answer(store: Socialaftale, text: str, **kw: Any) -> list[tuple[Any, ...]]:
    found = store.search(text, **kw)
    assert not found.begraenset
    return sorted((g.art, g.antal, [(f.noegle, f.titel, f.snippet, f.i_titel, f.dato)
                                    for f in g.fund]) for g in found.grupper)


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
@pytest.mark.parametrize(("text", "kw"), ASKED)
def test_below_the_bound_the_answer_is_the_unbounded_ones(
        stores: dict[str, Socialaftale], kind: str, text: str, kw: dict[str, Any]) -> None:
    store = stores[kind]
    assert SEARCH_CANDIDATES == store.search_candidates == 1000
    expected = _unbounded(store, text, **kw)
    assert expected, (text, kw)
    assert _answer(store, text, **kw) == expected


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
@pytest.mark.parametrize("kw", [{}, {"body": "DAS"}, {"year": 2013}, {"outcome": "drøftet"}],
                         ids=["all", "body", "year", "outcome"])
def test_a_kind_with_more_matches_keeps_its_newest_and_says_older_were_left_out(
        stores: dict[str, Socialaftale], kind: str, kw: dict[str, Any]) -> None:
    store = stores[kind]
    every = {a: (n, hits) for a, n, hits in _unbounded(store, "kommune", pr_side=200,
                                                       orden="nyeste", **kw)}
    assert any(n > BOUND for n, _ in every.values())
    if not kw:
        assert every["arbejdsgruppe"][0] == BOUND  # at the bound: nothing left out
    store.search_candidates, store.search_whole_word_first = BOUND, False
    try:
        found = store.search("kommune", pr_side=200, orden="nyeste", **kw)
        second = store.search("kommune", pr_side=1, side=2, **kw)
    finally:
        store.search_candidates, store.search_whole_word_first = SEARCH_CANDIDATES, True
    assert found.begraenset and second.begraenset
    for g in found.grupper:
        antal, hits = every[g.art]
        assert g.begraenset == (antal > BOUND) and g.antal == min(antal, BOUND), g.art
        kept = [f.noegle for f in g.fund]
        assert len(kept) == g.antal and set(kept) <= {h[0] for h in hits}
        # the newest: no thing left out is of a later day than one kept
        days = [h[4] or date.min for h in hits]
        left = [d for h, d in zip(hits, days, strict=True) if h[0] not in kept]
        assert not left or max(left) <= min(d for h, d in zip(hits, days, strict=True)
                                             if h[0] in kept), g.art
    # the next page goes on within the same candidates: the kinds with a second
    assert [g.art for g in second.grupper] == [g.art for g in found.grupper if g.antal > 1]
    assert all(g.antal == min(every[g.art][0], BOUND) and len(g.fund) == 1
               for g in second.grupper)


def test_both_stores_keep_the_same_newest(stores: dict[str, Socialaftale]) -> None:
    answers = []
    for store in stores.values():
        store.search_candidates = 3
        try:
            found = store.search("kommunerne tilbud", pr_side=200)
        finally:
            store.search_candidates = SEARCH_CANDIDATES
        answers.append([(g.art, g.antal, g.begraenset, sorted(f.noegle for f in g.fund))
                        for g in found.grupper])
    assert answers[0] == answers[1] and any(limited for _, _, limited, _ in answers[0])


def test_every_word_the_index_holds_is_a_search_term(stores: dict[str, Socialaftale],
                                                      tmp_path: Path) -> None:
    """SQLite reads a prefix as the words of ``search_term`` it begins: a word FTS5 holds
    and the table lacks would be a match never found."""
    store = stores["sqlite"]
    copy = tmp_path / "copy.db"
    with sqlite3.connect(str(store.db.location.path)) as source, \
            sqlite3.connect(str(copy)) as target:
        source.backup(target)
    with sqlite3.connect(str(copy)) as conn:
        conn.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, 'search_fts', 'row')")
        held = {r[0] for r in conn.execute("SELECT term FROM temp.v")}
        terms = {r[0] for r in conn.execute("SELECT term FROM search_term")}
    assert len(held) > 1000 and held <= terms


def _kept(store: Socialaftale, text: str, **kw: Any) -> list[tuple[Any, ...]]:
    found = store.search(text, pr_side=200, **kw)
    return [(g.art, g.antal, g.begraenset, [f.noegle for f in g.fund]) for g in found.grupper]


@pytest.mark.parametrize("kind", ["sqlite", "postgres"])
def test_rare_and_common_words_keep_the_same_newest_by_index_or_window(
        stores: dict[str, Socialaftale], kind: str) -> None:
    """Below and above the bound, with the whole word first and not: PostgreSQL's one GIN
    query for every kind (fewer matches than SEARCH_WINDOW × the candidates) and each
    kind's window of newest rows (more) keep the same things, and those are the newest."""
    store = stores[kind]
    paths: set[bool] = set()
    try:
        for analyzed in (False, True) if kind == "postgres" else (False,):
            if analyzed:  # the planner's estimates from statistics, as after a rebuild
                with store.db.transaction() as tx:
                    tx.execute("ANALYZE search_doc")
            _same_newest(store, paths)
    finally:
        store.search_candidates, store.search_whole_word_first = SEARCH_CANDIDATES, True
        store.search_index_first = True
    assert paths == {True, False}  # words with fewer matches than the index's cap and more


def _same_newest(store: Socialaftale, paths: set[bool]) -> None:
    """Each word at each bound: both ways give the same, and prefix only, the newest;
    ``paths`` gets whether the word had fewer matches than the index's cap."""
    for text in ("botilbud", "hjerneskade", "kommune", "kommu"):
        every = {a: (n, hits) for a, n, hits in _unbounded(store, text, pr_side=200,
                                                           orden="nyeste")}
        total = sum(n for n, _ in every.values())
        for bound in (1, 2, 4, 8, 1000):
            store.search_candidates = bound
            paths.add(total < SEARCH_WINDOW * (bound + 1))
            for whole in (False, True):
                store.search_whole_word_first = whole
                answers = []
                for first in (False, True):
                    store.search_index_first = first
                    answers.append(_kept(store, text))
                assert answers[0] == answers[1], (text, bound, whole)
                if whole:
                    continue
                # prefix only: each kind's newest min(n, bound) of the unbounded matches
                for art, antal, limited, kept in answers[1]:
                    n, hits = every[art]
                    assert (antal, limited, len(kept)) == (min(n, bound), n > bound,
                                                           min(n, bound)), (text, art)
                    days = {h[0]: h[4] or date.min for h in hits}
                    assert set(kept) <= set(days)
                    left = [d for k, d in days.items() if k not in kept]
                    assert not left or max(left) <= min(days[k] for k in kept)
