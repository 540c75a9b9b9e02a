"""Proofs from stored subtree roots equal the proofs from every leaf, and read O(log n) nodes.

RFC 9162 §2.1: the tree over n leaves decomposes into perfect subtrees of power-of-two
size. A store that keeps each perfect subtree's root when it is completed can answer any
inclusion or consistency proof from a handful of them instead of reading the whole log.
"""

from __future__ import annotations

import hashlib

from socialaftale.merkle import (
    Frontier,
    consistency_proof,
    consistency_proof_from,
    inclusion_proof,
    inclusion_proof_from,
    node_hash,
    verify_consistency,
    verify_inclusion,
)


def _leaves(n: int) -> list[bytes]:
    return [hashlib.sha256(b"\x00" + i.to_bytes(4, "big")).digest() for i in range(n)]


def _kept(leaves: list[bytes]) -> tuple[Frontier, dict[tuple[int, int], bytes]]:
    """What a store keeps: each leaf (level 0) and each subtree root its append completes."""
    frontier = Frontier()
    nodes: dict[tuple[int, int], bytes] = {}
    for i, h in enumerate(leaves):
        nodes[(0, i)] = h
        for level, index, root in frontier.append_nodes(h):
            nodes[(level, index)] = root
    return frontier, nodes


def test_each_completed_subtree_root_is_the_hash_of_its_two_halves() -> None:
    frontier, nodes = _kept(_leaves(37))
    assert frontier.root() == Frontier(37, frontier.hashes).root()
    for (level, index), h in nodes.items():
        if level:
            assert h == node_hash(nodes[(level - 1, 2 * index)], nodes[(level - 1, 2 * index + 1)])
    assert (5, 0) in nodes and (5, 1) not in nodes  # 32 leaves complete, 64 not


def test_inclusion_and_consistency_from_nodes_equal_the_proofs_from_all_leaves() -> None:
    for n in [*range(1, 40), 64, 65, 100, 257]:
        leaves = _leaves(n)
        frontier, nodes = _kept(leaves)
        node = lambda level, index, nodes=nodes: nodes[(level, index)]  # noqa: E731
        for i in range(n):
            path = inclusion_proof_from(i, n, node)
            assert path == inclusion_proof(i, leaves), (n, i)
            assert verify_inclusion(i, n, leaves[i], path, frontier.root())
        for m in range(n + 1):
            proof = consistency_proof_from(m, n, node)
            assert proof == consistency_proof(m, leaves), (n, m)
            first = Frontier()
            first.extend(leaves[:m])
            assert verify_consistency(m, n, first.root(), frontier.root(), proof)


def test_a_proof_reads_a_logarithmic_number_of_nodes() -> None:
    reads: list[tuple[int, int]] = []
    n = 100_003
    leaves = _leaves(n)
    _, nodes = _kept(leaves)

    def node(level: int, index: int) -> bytes:
        reads.append((level, index))
        return nodes[(level, index)]

    for i in (0, 1, 4_096, 65_535, 99_999, n - 1):
        reads.clear()
        inclusion_proof_from(i, n, node)
        assert len(reads) <= 2 * n.bit_length(), (i, len(reads))
    for m in (1, 3, 65_536, 70_001, n - 1):
        reads.clear()
        consistency_proof_from(m, n, node)
        assert len(reads) <= 2 * n.bit_length(), (m, len(reads))


def test_the_blocks_hold_the_leaves_roots_and_head_of_hashing_then_appending() -> None:
    """SQLite's block rows (leafblocks, one loop that hashes and merges per event) hold the
    same leaves, kept roots and head as the leaf rows of hashing every event and appending
    leaf by leaf, from an edge of any size; a block ends where positions skip or at BLOCK
    leaves, and the head is on the last block alone."""
    from uuid import uuid4

    from eventsourcing.persistence import StoredEvent

    from socialaftale.leafblocks import BLOCK, block_leaves, block_rows, leaf_hashes
    from socialaftale.ledger import STORED_LEVEL, _leaves_of, tree_rows

    events = [StoredEvent(uuid4(), v, f"m:T{v % 3}", bytes(v % 7) + b"x")
              for v in range(BLOCK + 70)]
    assert leaf_hashes(events) == _leaves_of(events)
    hashes = _leaves_of(events)
    for start in (0, 1, 15, 31, 33):
        before = Frontier()
        before.extend(_leaves(start))
        a, b = before.copy(), before.copy()
        positions = list(range(start + 5, start + 45)) + list(range(start + 50, start + 50 +
                                                                     BLOCK + 30))
        blocks = block_rows(a, hashes, positions, STORED_LEVEL)
        rows = tree_rows(b, hashes, positions)
        assert [r for block in blocks for r in block_leaves(block)] == [
            (r[1], r[0], r[2], r[3]) for r in rows]
        assert [len(block[3]) // 32 for block in blocks] == [40, BLOCK, 30]
        assert [block[5] for block in blocks] == [None, None, rows[-1][4]]
        assert (a.size, a.hashes) == (b.size, b.hashes)
