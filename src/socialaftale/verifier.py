#!/usr/bin/env python3
"""Check a socialaftale proof or checkpoint without the store: stdlib and ``cryptography``.

This file stands alone (copy it anywhere; it imports nothing of socialaftale)::

    python verifier.py PROOF.json --key offentlig.pem

checks a checkpoint (``socialaftale checkpoint --out``), an inclusion proof or a
consistency proof (``socialaftale prove``): the Ed25519 signature of every checkpoint in it
against the public key, then the RFC 9162 proof against the signed tree heads. Exit 0 when
valid, 1 when not, 2 when the file cannot be read. The leaf encoding and the algorithms are
described in docs/audit.md.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sys
from collections.abc import Sequence
from typing import Any
from uuid import UUID

CHECKPOINT_FORMAT = "socialaftale-checkpoint/1"
INCLUSION_FORMAT = "socialaftale-inclusion/1"
CONSISTENCY_FORMAT = "socialaftale-consistency/1"


def checkpoint_message(store_id: str, size: int, last_position: int, root: bytes,
                       created_at: str) -> bytes:
    """The exact bytes an Ed25519 checkpoint signature covers."""
    return (f"{CHECKPOINT_FORMAT}\nstore {store_id}\nsize {size}\n"
            f"last_position {last_position}\nroot {root.hex()}\ntime {created_at}\n"
            ).encode()


def leaf_hash(topic: str, stream: str, version: int, state: bytes) -> bytes:
    """SHA-256(0x00 ‖ len‖topic ‖ len‖stream uuid bytes ‖ len‖version int64 ‖ len‖state)."""
    t = topic.encode("utf-8")
    return hashlib.sha256(b"".join((
        b"\x00", len(t).to_bytes(4, "big"), t,
        b"\x00\x00\x00\x10", UUID(stream).bytes,
        b"\x00\x00\x00\x08", version.to_bytes(8, "big", signed=True),
        len(state).to_bytes(4, "big"), state,
    ))).digest()


def _node(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def verify_inclusion(index: int, size: int, leaf: bytes, path: Sequence[bytes],
                     root: bytes) -> bool:
    """RFC 9162 §2.1.3.2."""
    if not 0 <= index < size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in path:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = _node(p, r)
            while fn and not fn & 1:
                fn >>= 1
                sn >>= 1
        else:
            r = _node(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == root


def verify_consistency(first: int, second: int, first_root: bytes, second_root: bytes,
                       proof: Sequence[bytes]) -> bool:
    """RFC 9162 §2.1.4.2 (first == second: an empty proof and equal roots)."""
    if not 0 < first <= second:
        return False
    if first == second:
        return not proof and first_root == second_root
    if not proof:
        return False
    path = list(proof)
    if first & (first - 1) == 0:
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
            fr = _node(c, fr)
            sr = _node(c, sr)
            while fn and not fn & 1:
                fn >>= 1
                sn >>= 1
        else:
            sr = _node(sr, c)
        fn >>= 1
        sn >>= 1
    return fr == first_root and sr == second_root and sn == 0


def check_checkpoint(cp: dict[str, Any], public_key: bytes | None) -> str | None:
    """None when the checkpoint's signature holds (by ``public_key`` when given: raw
    32 bytes), else why not."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if cp.get("format") != CHECKPOINT_FORMAT:
        return "ikke et checkpoint"
    key = bytes.fromhex(cp["public_key"])
    if public_key is not None and key != public_key:
        return f"checkpoint {cp.get('seq')} er underskrevet med en anden nøgle"
    message = checkpoint_message(cp["store_id"], int(cp["size"]), int(cp["last_position"]),
                                 bytes.fromhex(cp["root"]), cp["created_at"])
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(bytes.fromhex(cp["signature"]),
                                                       message)
    except (InvalidSignature, ValueError):
        return f"checkpoint {cp.get('seq')}: underskriften passer ikke"
    return None


def check(doc: dict[str, Any], public_key: bytes | None) -> str | None:
    """None when the document (checkpoint or proof) is valid, else why not."""
    kind = doc.get("format")
    if kind == CHECKPOINT_FORMAT:
        return check_checkpoint(doc, public_key)
    if kind == INCLUSION_FORMAT:
        cp = doc["checkpoint"]
        problem = check_checkpoint(cp, public_key)
        if problem:
            return problem
        ev = doc["event"]
        leaf = leaf_hash(ev["topic"], ev["stream"], int(ev["version"]),
                         base64.b64decode(ev["state"]))
        if leaf.hex() != doc["leaf_hash"]:
            return "hændelsen passer ikke til bladets hash"
        if int(doc["tree_size"]) != int(cp["size"]):
            return "beviset gælder en anden træstørrelse end checkpointet"
        if not verify_inclusion(int(doc["leaf_index"]), int(cp["size"]), leaf,
                                [bytes.fromhex(p) for p in doc["path"]],
                                bytes.fromhex(cp["root"])):
            return "inklusionsbeviset passer ikke til checkpointets rodhash"
        return None
    if kind == CONSISTENCY_FORMAT:
        first, second = doc["first"], doc["second"]
        for cp in (first, second):
            problem = check_checkpoint(cp, public_key)
            if problem:
                return problem
        if first["store_id"] != second["store_id"]:
            return "de to checkpoints er fra forskellige lagre"
        if not verify_consistency(int(first["size"]), int(second["size"]),
                                  bytes.fromhex(first["root"]), bytes.fromhex(second["root"]),
                                  [bytes.fromhex(p) for p in doc["proof"]]):
            return "det senere checkpoint udvider ikke det første: loggen er omskrevet"
        return None
    return f"ukendt format {kind!r}"


def load_public_key(pem: bytes) -> bytes:
    """The raw 32 bytes of an Ed25519 public key in PEM (or of a private key's public half)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey,
        Ed25519PublicKey,
    )

    try:
        key: Any = serialization.load_pem_public_key(pem)
    except ValueError:
        key = serialization.load_pem_private_key(pem, password=None)
        if isinstance(key, Ed25519PrivateKey):
            key = key.public_key()
    if not isinstance(key, Ed25519PublicKey):
        raise ValueError("ikke en Ed25519-nøgle")
    return key.public_bytes_raw()


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Kontrollér et socialaftale-bevis.")
    parser.add_argument("proof", help="bevis eller checkpoint (JSON)")
    parser.add_argument("--key", help="den offentlige nøgle (PEM), som skal have underskrevet")
    args = parser.parse_args(argv)
    try:
        with open(args.proof, encoding="utf-8") as f:
            doc = json.load(f)
        key = None
        if args.key:
            with open(args.key, "rb") as f:
                key = load_public_key(f.read())
        problem = check(doc, key)
    except (OSError, ValueError, KeyError, TypeError) as err:
        print(f"{args.proof}: kan ikke læses ({err})", file=sys.stderr)
        return 2
    if problem:
        print(f"UGYLDIG: {problem}")
        return 1
    print("GYLDIG" + ("" if key else " (underskriften er ikke holdt op mod en given nøgle)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
