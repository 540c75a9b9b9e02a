"""The tree's math against RFC 9162: published test vectors, an independent recursive
computation, and proofs that verify for every size and fail for any changed byte."""

from __future__ import annotations

import hashlib

from hypothesis import given, settings
from hypothesis import strategies as st

from socialaftale.merkle import (
    EMPTY_ROOT,
    Frontier,
    consistency_proof,
    inclusion_proof,
    leaf_bytes,
    root,
    verify_consistency,
    verify_inclusion,
)

# The leaves and roots of the Certificate Transparency reference test vectors
# (certificate-transparency-go merkle tests, RFC 6962 §2.1, same hashing as RFC 9162).
CT_LEAVES = [bytes.fromhex(x) for x in (
    "", "00", "10", "2021", "3031", "40414243", "5051525354555657",
    "606162636465666768696a6b6c6d6e6f")]
CT_ROOTS = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]


def h(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def ref_mth(leaves: list[bytes]) -> bytes:
    """RFC 9162 §2.1.1 written recursively, independent of the module under test."""
    n = len(leaves)
    if n == 0:
        return h(b"")
    if n == 1:
        return leaves[0]
    k = 1
    while k * 2 < n:
        k *= 2
    return h(b"\x01" + ref_mth(leaves[:k]) + ref_mth(leaves[k:]))


def ref_path(m: int, leaves: list[bytes]) -> list[bytes]:
    n = len(leaves)
    if n == 1:
        return []
    k = 1
    while k * 2 < n:
        k *= 2
    if m < k:
        return [*ref_path(m, leaves[:k]), ref_mth(leaves[k:])]
    return [*ref_path(m - k, leaves[k:]), ref_mth(leaves[:k])]


def ref_subproof(m: int, leaves: list[bytes], b: bool) -> list[bytes]:
    n = len(leaves)
    if m == n:
        return [] if b else [ref_mth(leaves)]
    k = 1
    while k * 2 < n:
        k *= 2
    if m <= k:
        return [*ref_subproof(m, leaves[:k], b), ref_mth(leaves[k:])]
    return [*ref_subproof(m - k, leaves[k:], False), ref_mth(leaves[:k])]


def hashed(n: int) -> list[bytes]:
    return [h(b"\x00" + i.to_bytes(4, "big")) for i in range(n)]


def test_the_reference_vectors_of_certificate_transparency() -> None:
    leaves = [h(b"\x00" + d) for d in CT_LEAVES]
    for n in range(1, 9):
        assert root(leaves[:n]).hex() == CT_ROOTS[n - 1]
        assert ref_mth(leaves[:n]).hex() == CT_ROOTS[n - 1]
    assert root([]) == EMPTY_ROOT == h(b"")


def test_the_canonical_leaf_encoding_is_length_prefixed() -> None:
    from uuid import UUID

    stream = UUID("12345678-1234-5678-1234-567812345678")
    data = leaf_bytes("m:C", stream, 2, b'{"v":1}')
    assert data == (b"\x00\x00\x00\x03m:C" + b"\x00\x00\x00\x10" + stream.bytes
                    + b"\x00\x00\x00\x08" + (2).to_bytes(8, "big") + b"\x00\x00\x00\x07"
                    + b'{"v":1}')
    # moving a byte between fields changes the encoding
    assert leaf_bytes("m:Ca", stream, 2, b"b") != leaf_bytes("m:C", stream, 2, b"ab")


@settings(max_examples=100, deadline=None)
@given(st.integers(1, 130), st.data())
def test_proofs_match_the_rfc_and_verify(n: int, data: st.DataObject) -> None:
    leaves = hashed(n)
    r = root(leaves)
    assert r == ref_mth(leaves)
    f = Frontier()
    f.extend(leaves)
    assert f.root() == r and Frontier.from_bytes(n, f.to_bytes()).root() == r
    m = data.draw(st.integers(0, n - 1))
    path = inclusion_proof(m, leaves)
    assert path == ref_path(m, leaves)
    assert verify_inclusion(m, n, leaves[m], path, r)
    first = data.draw(st.integers(1, n))
    proof = consistency_proof(first, leaves)
    assert proof == (ref_subproof(first, leaves, True) if first < n else [])
    assert verify_consistency(first, n, root(leaves[:first]), r, proof)


@settings(max_examples=150, deadline=None)
@given(st.integers(2, 130), st.data())
def test_any_changed_byte_fails_the_proofs(n: int, data: st.DataObject) -> None:
    leaves = hashed(n)
    r = root(leaves)
    m = data.draw(st.integers(0, n - 1))
    path = inclusion_proof(m, leaves)
    # a changed byte of the leaf, of any path node, or of the root
    blobs = [leaves[m], *path, r]
    which = data.draw(st.integers(0, len(blobs) - 1))
    byte = data.draw(st.integers(0, 31))
    bit = 1 << data.draw(st.integers(0, 7))
    changed = list(blobs)
    b = bytearray(changed[which])
    b[byte] ^= bit
    changed[which] = bytes(b)
    assert not verify_inclusion(m, n, changed[0], changed[1:-1], changed[-1])
    # another leaf index fails too
    assert not verify_inclusion((m + 1) % n, n, leaves[m], path, r)
    first = data.draw(st.integers(1, n - 1))
    proof = consistency_proof(first, leaves)
    blobs = [root(leaves[:first]), r, *proof]
    which = data.draw(st.integers(0, len(blobs) - 1))
    changed = list(blobs)
    b = bytearray(changed[which])
    b[data.draw(st.integers(0, 31))] ^= bit
    changed[which] = bytes(b)
    assert not verify_consistency(first, n, changed[0], changed[1], changed[2:])


def test_a_rewritten_prefix_is_not_consistent() -> None:
    leaves = hashed(50)
    other = list(leaves)
    other[3] = h(b"changed")
    proof = consistency_proof(20, other)
    assert not verify_consistency(20, 50, root(leaves[:20]), root(other), proof)
