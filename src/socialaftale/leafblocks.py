"""The Merkle tree's leaves as SQLite keeps them: one row per run of a transaction's leaves.

A row (a *block*) holds up to :data:`BLOCK` leaves whose log positions and tree indexes
follow each other: the position of its last leaf (the row's key, so the tree's end is the
table's end), its first position and first leaf index, the leaf hashes packed 32 bytes
each, the roots its leaves complete from :data:`~socialaftale.ledger.STORED_LEVEL` up
(RFC 9162 §2.1: kept so a proof reads O(log n) nodes) and, on a transaction's last block,
the tree's right edge after it (the head).

Why not a row per leaf: inserting a row is SQLite's own work per row (binding, B-tree
cell, page space), and a transaction stores tens of events; a row per transaction made
recording with the tree at least 0.9 of recording without it, where a row per leaf stayed
at 0.88 (docs/performance.md, "One block row per transaction"). PostgreSQL keeps a row
per leaf (there the tree costs nothing measurable: its insert is one statement).

Pure functions only: the SQL is in :mod:`socialaftale.ledger`.
"""

from __future__ import annotations

import hashlib
import struct
from collections.abc import Sequence
from typing import Any
from uuid import UUID

from eventsourcing.persistence import StoredEvent

from .merkle import Frontier, leaf_prefix

__all__ = ["BLOCK", "Block", "block_leaves", "block_rows", "blocks_of", "kept_roots",
           "leaf_hashes", "leaf_triples"]

BLOCK = 256
"""The most leaves one block row holds: a transaction of a million events (an import)
writes many rows of a few kilobytes, not one of 32 MB."""

Block = tuple[int, int, int, bytes, "bytes | None", "bytes | None"]
"""A block as written: (last position, first position, first leaf index, hashes, kept
roots or None, head or None)."""

_LENGTHS = struct.Struct(">IqI")  # the version's length (8), the version, the state's length


def kept_roots(index: int, level: int) -> int:
    """How many subtree roots leaf ``index`` completes from ``level`` up: its append closes
    one perfect subtree per trailing 1 bit of its index (levels 1 to v)."""
    ones = ((index + 1) & -(index + 1)).bit_length() - 1
    return max(0, ones - level + 1)


def leaf_hashes(stored: Sequence[StoredEvent]) -> list[bytes]:
    """The leaf hashes of stored events (as :func:`~socialaftale.merkle.leaf_hash`), in one
    loop with each topic's fixed part made once: recording runs this on every insert."""
    sha256, join, pack = hashlib.sha256, b"".join, _LENGTHS.pack
    prefixes: dict[str, bytes] = {}
    out = []
    for s in stored:
        topic, uid, state = s.topic, s.originator_id, s.state
        prefix = prefixes.get(topic)
        if prefix is None:
            prefix = prefixes[topic] = leaf_prefix(topic)
        uid = uid if isinstance(uid, UUID) else UUID(str(uid))
        state = state if type(state) is bytes else bytes(state)
        out.append(sha256(join((prefix, uid.bytes, pack(8, s.originator_version, len(state)),
                                state))).digest())
    return out


def block_rows(frontier: Frontier, hashes: Sequence[bytes], positions: Sequence[int],
               level: int) -> list[Block]:
    """The block rows of one transaction's leaves, ``frontier`` advanced past them: a new
    block where positions skip or a block is full, the kept roots of each leaf from
    ``level`` up in leaf order (``level`` as the first byte), the head on the last block.
    Each leaf is merged into the edge where it is read, with no call per leaf or node."""
    sha256, join = hashlib.sha256, b"".join
    edge, size = frontier.hashes, frontier.size
    blocks: list[Block] = []
    first = 0
    block: list[bytes] = []
    roots: list[bytes] = []
    for k, (h, position) in enumerate(zip(hashes, positions, strict=True)):
        if block and (position != positions[k - 1] + 1 or len(block) == BLOCK):
            blocks.append((positions[k - 1], positions[first], size - len(block),
                           join(block), join(roots) if roots else None, None))
            first, block, roots = k, [], []
        node, n, depth = h, size, 0
        while n & 1:  # the perfect subtrees this leaf completes, level by level
            node = sha256(b"\x01" + edge.pop() + node).digest()
            n >>= 1
            depth += 1
            if depth >= level:
                if not roots:
                    roots.append(bytes((level,)))
                roots.append(node)
        edge.append(node)
        block.append(h)
        size += 1
    frontier.size = size
    if block:
        blocks.append((positions[-1], positions[first], size - len(block), join(block),
                       join(roots) if roots else None, frontier.to_bytes()))
    return blocks


def blocks_of(leaves: Sequence[tuple[int, int, bytes]], frontier: Frontier,
              level: int) -> list[Block]:
    """The block rows of leaves ``(leaf index, position, hash)`` kept one per row (a store
    written before the blocks), ``frontier`` advanced past them. Runs of leaves whose
    indexes follow each other make blocks; a leaf index that skips (a tree edited by hand)
    starts a block of its own, so the blocks keep the indexes as they were."""
    out: list[Block] = []
    start = 0
    for k in range(1, len(leaves) + 1):
        if k == len(leaves) or leaves[k][0] != leaves[k - 1][0] + 1:
            run = leaves[start:k]
            shift = run[0][0] - frontier.size  # nonzero only where the indexes skip
            for b in block_rows(frontier, [bytes(r[2]) for r in run], [r[1] for r in run],
                                level):
                # indexes kept as they were; roots that no longer match them are dropped
                out.append((b[0], b[1], b[2] + shift, b[3], None if shift else b[4], b[5]))
            start = k
    return out


def block_leaves(block: Sequence[object]) -> list[tuple[int, int, bytes, bytes | None]]:
    """The leaves of a block row ``(last position, first position, first leaf index,
    hashes, roots)`` as ``(leaf index, position, hash, kept roots or None)``, the roots in
    a leaf row's own form (their level's byte, then the hashes), read leaf by leaf. A
    block edited by hand yields what its bytes hold: a hash cut short is no leaf, kept
    roots cut short are short (and then refused where a proof reads them)."""
    _last, first_position, first_index, hashes, roots = block[:5]
    data = bytes(hashes)  # type: ignore[call-overload]
    kept = None if roots is None else bytes(roots)  # type: ignore[call-overload]
    level = kept[0] if kept else 0
    at = 1
    out: list[tuple[int, int, bytes, bytes | None]] = []
    for k in range(len(data) // 32):
        index = int(first_index) + k  # type: ignore[call-overload]
        mine = None
        if kept:
            n = kept_roots(index, level)
            if n:
                mine = bytes((level,)) + kept[at:at + 32 * n]
                at += 32 * n
        out.append((index, int(first_position) + k,  # type: ignore[call-overload]
                    data[32 * k:32 * k + 32], mine))
    return out


def leaf_triples(blocks: Sequence[Sequence[Any]]) -> list[tuple[int, int, bytes]]:
    """(leaf index, position, hash) of every leaf of block rows (last position, first
    position, first index, hashes): verify reads every leaf through this, so it skips the
    kept roots that :func:`block_leaves` unpacks."""
    out: list[tuple[int, int, bytes]] = []
    for _last, position, index, hashes, *_ in blocks:
        data = bytes(hashes)
        out += [(index + k, position + k, data[32 * k:32 * k + 32])
                for k in range(len(data) // 32)]
    return out
