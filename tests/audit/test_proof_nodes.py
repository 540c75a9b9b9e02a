"""Proofs are read from the kept subtree roots, on every store, and the verifier accepts them.

Issue 19: a proof under a checkpoint used to read every leaf under it. The ledger now keeps
the root of each complete perfect subtree (RFC 9162 §2.1) in the transaction that stores
the leaves completing it; a store made before that gets them built when first opened.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from socialaftale import Socialaftale, audit, open_store
from socialaftale.ledger import ledger_of
from socialaftale.merkle import consistency_proof, inclusion_proof
from socialaftale.verifier import check

from .helpers import fill
from .test_ledger import FIXTURE, _conninfo


def _key(tmp_path: Path) -> Path:
    """A private signing key (create_key answers with the public key beside it)."""
    audit.create_key(tmp_path / "noegle")
    return tmp_path / "noegle"


def _all_leaves(store: Socialaftale) -> list[bytes]:
    ledger = ledger_of(store.log.recorder)
    return [leaf.hash for leaf in ledger.leaves(0, ledger.head().last_position, 10**6)]


def _proofs_hold(store: Socialaftale, key: Path) -> None:
    """Checkpoints before and after more writes; every proof equals the one computed from
    all leaves and the standalone verifier accepts it."""
    first = audit.create_checkpoint(store, key)
    fill(store, offers=3, changes=2, prefix="u")
    second = audit.create_checkpoint(store, key)
    leaves = _all_leaves(store)[: second.size]
    for position in (1, 2, first.last_position, second.last_position - 1,
                     second.last_position):
        doc = audit.prove_inclusion(store, position)
        index = doc["leaf_index"]
        assert doc["path"] == [p.hex() for p in inclusion_proof(index, leaves)]
        assert check(doc, None) is None, position
    doc = audit.prove_consistency(store, first.seq, second.seq)
    assert doc["proof"] == [p.hex() for p in consistency_proof(first.size, leaves)]
    assert check(doc, None) is None


def test_proofs_from_kept_subtrees_verify_on_every_store(
        store: Socialaftale, tmp_path: Path) -> None:
    fill(store, offers=9, changes=4)
    _proofs_hold(store, _key(tmp_path))


def test_an_old_sqlite_store_gets_its_subtrees_built_when_opened(tmp_path: Path) -> None:
    copy = tmp_path / "gammel.db"
    shutil.copy(FIXTURE, copy)
    with open_store(f"sqlite:///{copy}") as store:
        fill(store, offers=6, changes=3)
    with sqlite3.connect(copy) as conn:  # as the code before the subtrees left it
        conn.execute("DROP TABLE merkle_nodes")
    with open_store(f"sqlite:///{copy}") as store:
        assert ledger_of(store.log.recorder).subtree(3, 0)  # built on opening
        _proofs_hold(store, _key(tmp_path))


def test_a_proof_under_a_tree_missing_a_subtree_says_the_tree_is_damaged(
        tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'skadet.db'}"
    with open_store(url) as store:
        fill(store, offers=8, changes=0)
        cp = audit.create_checkpoint(store, _key(tmp_path))
    with sqlite3.connect(tmp_path / "skadet.db") as conn:
        conn.execute("DELETE FROM merkle_nodes WHERE level = 2")  # a hand edit
    with open_store(url) as store, pytest.raises(audit.AuditError, match="ikke helt"):
        audit.prove_inclusion(store, cp.last_position)


@pytest.mark.postgres
def test_an_old_postgres_store_gets_its_subtrees_built_when_opened(
        store_url_factory: Callable[[str], str], tmp_path: Path) -> None:
    url = store_url_factory("postgres")
    schema = url.split("schema=")[1]
    with open_store(url) as store:
        fill(store, offers=6, changes=3)
    with psycopg.connect(_conninfo(), autocommit=True) as conn:
        conn.execute(f"DROP TABLE {schema}.socialaftale_merkle_nodes")
    with open_store(url) as store:
        assert ledger_of(store.log.recorder).subtree(3, 0)
        _proofs_hold(store, _key(tmp_path))
