"""The Merkle tree of RFC 9162 (Certificate Transparency) over the log: pure math, no I/O.

Leaves are the stored events in log order. A leaf's input is the canonical encoding of
the stored event (:func:`leaf_bytes`): four fields, each a 4-byte big-endian length
followed by the bytes:

1. the topic, UTF-8 (``module:QualName``);
2. the stream id, its 16 raw UUID bytes;
3. the version, 8 bytes big-endian (signed);
4. the state, exactly the bytes stored.

leaf hash = SHA-256(0x00 ‖ leaf bytes), node hash = SHA-256(0x01 ‖ left ‖ right), and the
tree head of n leaves is MTH of RFC 9162 §2.1.1 (the largest power of two smaller than n
splits). Inclusion (§2.1.3) and consistency (§2.1.4) proofs and their verification follow
the RFC's algorithms word for word, so any RFC 9162 implementation can check them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from uuid import UUID

__all__ = [
    "EMPTY_ROOT",
    "Frontier",
    "NodeReader",
    "consistency_proof",
    "consistency_proof_from",
    "inclusion_proof",
    "inclusion_proof_from",
    "leaf_bytes",
    "leaf_hash",
    "leaf_hash_raw",
    "leaf_prefix",
    "node_hash",
    "range_hash",
    "root",
    "verify_consistency",
    "verify_inclusion",
]

_sha256 = hashlib.sha256
EMPTY_ROOT = _sha256(b"").digest()


def leaf_bytes(topic: str, stream: UUID | str, version: int, state: bytes) -> bytes:
    """The canonical, length-prefixed encoding of one stored event."""
    uid = stream if isinstance(stream, UUID) else UUID(str(stream))
    t = topic.encode("utf-8")
    s = bytes(state)
    return b"".join((
        len(t).to_bytes(4, "big"), t,
        b"\x00\x00\x00\x10", uid.bytes,
        b"\x00\x00\x00\x08", version.to_bytes(8, "big", signed=True),
        len(s).to_bytes(4, "big"), s,
    ))


def leaf_hash(topic: str, stream: UUID | str, version: int, state: bytes) -> bytes:
    """SHA-256(0x00 ‖ canonical bytes of the stored event)."""
    uid = stream if isinstance(stream, UUID) else UUID(str(stream))
    return leaf_hash_raw(topic, uid.bytes, version, bytes(state))


_PREFIX: dict[str, bytes] = {}  # per topic: 0x00, the topic field and the id's length


def leaf_prefix(topic: str) -> bytes:
    """What a leaf's input starts with for events of ``topic``: 0x00, the topic field and
    the stream id's length."""
    t = topic.encode("utf-8")
    return b"\x00" + len(t).to_bytes(4, "big") + t + b"\x00\x00\x00\x10"


def leaf_hash_raw(topic: str, uid: bytes, version: int, state: bytes) -> bytes:
    """:func:`leaf_hash` of a stream id given as its 16 bytes: verification's hot path
    (the same bytes as :func:`leaf_bytes`, with the topic's part made once per topic)."""
    prefix = _PREFIX.get(topic)
    if prefix is None:
        prefix = _PREFIX[topic] = leaf_prefix(topic)
    return _sha256(b"".join((prefix, uid, b"\x00\x00\x00\x08",
                             version.to_bytes(8, "big", signed=True),
                             len(state).to_bytes(4, "big"), state))).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    """SHA-256(0x01 ‖ left ‖ right)."""
    return _sha256(b"\x01" + left + right).digest()


def _split(n: int) -> int:
    """The largest power of two smaller than n (n > 1)."""
    return 1 << ((n - 1).bit_length() - 1)


def root(leaves: Sequence[bytes]) -> bytes:
    """MTH(D[n]) over leaf hashes, computed level by level (no recursion, O(n))."""
    if not leaves:
        return EMPTY_ROOT
    frontier = Frontier()
    frontier.extend(list(leaves))
    return frontier.root()


def _mth(leaves: Sequence[bytes], lo: int, hi: int) -> bytes:
    if hi - lo == 1:
        return leaves[lo]
    level = list(leaves[lo:hi])
    # Pairing left to right and carrying an odd last node up equals RFC 9162's split at
    # the largest power of two (the right-edge subtree is the remainder).
    while len(level) > 1:
        nxt = [node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            nxt.append(level[-1])
        level = nxt
    return level[0]


NodeReader = Callable[[int, int], bytes]
"""``node(level, index)``: the root of the perfect subtree over leaves
``index * 2**level .. (index + 1) * 2**level - 1`` (level 0: the leaf hash itself)."""


def range_hash(lo: int, hi: int, node: NodeReader) -> bytes:
    """MTH of leaves ``lo..hi-1`` from perfect subtree roots: O(log n) nodes.

    Every range a proof asks for starts at a multiple of its left part's size (RFC 9162
    splits at the largest power of two), so it decomposes into at most one perfect subtree
    per level; no leaf below them is read."""
    size = hi - lo
    if size & (size - 1) == 0 and lo % size == 0:
        return node(size.bit_length() - 1, lo // size)
    k = _split(size)
    return node_hash(range_hash(lo, lo + k, node), range_hash(lo + k, hi, node))


def _leaf_nodes(leaves: Sequence[bytes]) -> Callable[[int, int], bytes]:
    return lambda lo, hi: _mth(leaves, lo, hi)


def _node_ranges(node: NodeReader) -> Callable[[int, int], bytes]:
    return lambda lo, hi: range_hash(lo, hi, node)


def inclusion_proof(index: int, leaves: Sequence[bytes]) -> list[bytes]:
    """PATH(m, D[n]) of RFC 9162 §2.1.3.1 for leaf ``index`` in a tree of ``len(leaves)``."""
    return _inclusion(index, len(leaves), _leaf_nodes(leaves))


def inclusion_proof_from(index: int, size: int, node: NodeReader) -> list[bytes]:
    """:func:`inclusion_proof` from stored subtree roots instead of every leaf."""
    return _inclusion(index, size, _node_ranges(node))


def _inclusion(index: int, n: int, mth: Callable[[int, int], bytes]) -> list[bytes]:
    if not 0 <= index < n:
        raise ValueError(f"leaf {index} is not in a tree of {n}")
    path: list[bytes] = []
    lo, hi, m = 0, n, index
    while hi - lo > 1:
        k = _split(hi - lo)
        if m < k:
            path.append(mth(lo + k, hi))
            hi = lo + k
        else:
            path.append(mth(lo, lo + k))
            lo, m = lo + k, m - k
    path.reverse()
    return path


def consistency_proof(m: int, leaves: Sequence[bytes]) -> list[bytes]:
    """PROOF(m, D[n]) of RFC 9162 §2.1.4.1: the tree of the first m leaves is a prefix."""
    return _consistency(m, len(leaves), _leaf_nodes(leaves))


def consistency_proof_from(m: int, size: int, node: NodeReader) -> list[bytes]:
    """:func:`consistency_proof` from stored subtree roots instead of every leaf."""
    return _consistency(m, size, _node_ranges(node))


def _consistency(m: int, n: int, mth: Callable[[int, int], bytes]) -> list[bytes]:
    if not 0 <= m <= n:
        raise ValueError(f"a tree of {m} cannot be a prefix of a tree of {n}")
    if m in (0, n):
        return []
    proof: list[bytes] = []
    lo, hi, b = 0, n, True
    while True:
        size = hi - lo
        if m == size:
            if not b:
                proof.append(mth(lo, hi))
            break
        k = _split(size)
        if m <= k:
            proof.append(mth(lo + k, hi))
            hi = lo + k
        else:
            proof.append(mth(lo, lo + k))
            lo, m, b = lo + k, m - k, False
    proof.reverse()
    return proof


def verify_inclusion(index: int, size: int, leaf: bytes, path: Sequence[bytes],
                     expected_root: bytes) -> bool:
    """RFC 9162 §2.1.3.2: does ``path`` prove ``leaf`` at ``index`` under ``expected_root``?"""
    if not 0 <= index < size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == expected_root


def verify_consistency(first: int, second: int, first_root: bytes, second_root: bytes,
                       proof: Sequence[bytes]) -> bool:
    """RFC 9162 §2.1.4.2: does ``proof`` show the tree of ``first`` is a prefix of ``second``?"""
    if not 0 <= first <= second:
        return False
    if first == 0:
        return not proof
    if first == second:
        return not proof and first_root == second_root
    if not proof:
        return False
    path = list(proof)
    if first & (first - 1) == 0:  # an exact power of two
        path.insert(0, first_root)
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while fn and not fn & 1:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == first_root and sr == second_root and sn == 0


class Frontier:
    """The right edge of a tree: one perfect subtree hash per set bit of its size.

    Appending a leaf merges equal subtrees (amortised one node hash per leaf); the root is
    the right-to-left fold of the subtrees, which equals MTH. This is what is stored beside
    the log so that each write costs O(log n), never a pass over the log.
    """

    __slots__ = ("hashes", "size")

    def __init__(self, size: int = 0, hashes: Sequence[bytes] = ()) -> None:
        if len(hashes) != size.bit_count():
            raise ValueError("a frontier needs one hash per set bit of its size")
        self.size = size
        self.hashes = list(hashes)  # largest subtree first

    def append(self, leaf: bytes) -> None:
        hashes = self.hashes
        h = leaf
        n = self.size
        while n & 1:
            h = node_hash(hashes.pop(), h)
            n >>= 1
        hashes.append(h)
        self.size += 1

    def append_nodes(self, leaf: bytes) -> list[tuple[int, int, bytes]]:
        """Append a leaf; the perfect subtrees it completes, as ``(level, index, hash)``
        (level ≥ 1), for a store that keeps them so proofs read O(log n) nodes."""
        hashes = self.hashes
        h = leaf
        n = self.size
        level = 0
        done: list[tuple[int, int, bytes]] = []
        while n & 1:
            h = node_hash(hashes.pop(), h)
            n >>= 1
            level += 1
            done.append((level, ((self.size + 1) >> level) - 1, h))
        hashes.append(h)
        self.size += 1
        return done

    def extend(self, leaves: Sequence[bytes]) -> None:
        """Append many leaves: each aligned run of 2**t of them is folded level by level
        into one perfect subtree (one list of hashes per level, no per-leaf bookkeeping),
        then merged into the edge; the same hashes as appending them one by one."""
        i, n = 0, len(leaves)
        while i < n:
            t = (n - i).bit_length() - 1
            if self.size:
                t = min(t, (self.size & -self.size).bit_length() - 1)
            if t < 3:
                self.append(leaves[i])
                i += 1
                continue
            level = leaves[i:i + (1 << t)]
            while len(level) > 1:
                level = [_sha256(b"\x01" + a + b).digest()
                         for a, b in zip(level[0::2], level[1::2], strict=True)]
            h = level[0]
            hashes = self.hashes
            k = self.size >> t
            while k & 1:
                h = node_hash(hashes.pop(), h)
                k >>= 1
            hashes.append(h)
            self.size += 1 << t
            i += 1 << t

    def root(self) -> bytes:
        if not self.hashes:
            return EMPTY_ROOT
        r = self.hashes[-1]
        for h in reversed(self.hashes[:-1]):
            r = node_hash(h, r)
        return r

    def to_bytes(self) -> bytes:
        return b"".join(self.hashes)

    @classmethod
    def from_bytes(cls, size: int, data: bytes) -> Frontier:
        if len(data) != 32 * size.bit_count():
            raise ValueError("a stored frontier of the wrong length")
        return cls(size, [data[i:i + 32] for i in range(0, len(data), 32)])

    def copy(self) -> Frontier:
        return Frontier(self.size, self.hashes)
