"""Tamper evidence: signed checkpoints of the log's Merkle tree, verification and proofs.

The tree itself is kept by ``socialaftale.ledger`` in the events' own transactions. This
module signs its head with an Ed25519 key held outside the store (``create_key``,
``create_checkpoint``), recomputes every leaf from the stored events to find the first
position that differs and how (``verify``), and writes RFC 9162 inclusion and consistency
proofs that ``socialaftale.verifier`` checks without the store. See docs/audit.md.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

import orjson
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from .application import Socialaftale
from .ledger import Checkpoint, LeafRow, Ledger, ledger_of
from .merkle import (
    Frontier,
    NodeReader,
    consistency_proof_from,
    inclusion_proof_from,
    leaf_hash,
)
from .verifier import (
    CHECKPOINT_FORMAT,
    CONSISTENCY_FORMAT,
    INCLUSION_FORMAT,
    check,
    check_checkpoint,
    checkpoint_message,
    load_public_key,
)

__all__ = [
    "KIND_DA",
    "AuditError",
    "Problem",
    "Verification",
    "check_export",
    "checkpoint_data",
    "checkpoints",
    "create_checkpoint",
    "create_key",
    "export_checkpoint",
    "last_verified",
    "load_public_key",
    "prove_consistency",
    "prove_inclusion",
    "tree_position",
    "verify",
    "verify_document",
]

PAGE = 20_000


class AuditError(ValueError):
    """A request the audit cannot answer (no checkpoint, no such position, a bad key)."""


class Problem(NamedTuple):
    """One difference between the log and its tree: where (log position) and what."""

    position: int | None
    kind: str  # altered | missing | inserted | reordered | checkpoint | head
    detail: str


class Verification(NamedTuple):
    """What ``verify`` found: intact when ``problems`` is empty."""

    events: int  # events whose leaves were recomputed
    from_checkpoint: int | None
    checkpoints: int  # signed heads checked against the recomputed tree
    problems: list[Problem]

    @property
    def intact(self) -> bool:
        return not self.problems

    @property
    def first(self) -> Problem | None:
        located = [p for p in self.problems if p.position is not None]
        if located:
            return min(located, key=lambda p: p.position or 0)
        return self.problems[0] if self.problems else None


KIND_DA = {"altered": "ændret", "missing": "mangler", "inserted": "indsat",
           "reordered": "flyttet", "checkpoint": "checkpoint", "head": "træets top"}


def _ledger(store: Socialaftale) -> Ledger:
    return ledger_of(store.log.recorder)


# -- keys and checkpoints -------------------------------------------------------------------

def create_key(path: str | Path) -> Path:
    """Write a new Ed25519 private key (PEM, readable by the owner only) to ``path`` and its
    public key to ``path.pub``; returns the public key's path. Never overwrites a key."""
    path = Path(path)
    public = path.with_name(path.name + ".pub")
    for p in (path, public):
        if p.exists():
            raise AuditError(f"{p} findes allerede; en nøgle overskrives aldrig")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    public.write_bytes(key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    return public


def _private_key(path: str | Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as err:
        raise AuditError(f"{path}: kan ikke læses som privat nøgle ({err})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise AuditError(f"{path}: ikke en Ed25519-nøgle (lav en med 'socialaftale key create')")
    return key


def checkpoint_data(cp: Checkpoint) -> dict[str, Any]:
    """A checkpoint as the JSON document the verifier reads."""
    return {
        "format": CHECKPOINT_FORMAT, "seq": cp.seq, "store_id": cp.store_id, "size": cp.size,
        "last_position": cp.last_position, "root": cp.root.hex(),
        "created_at": cp.created_at, "public_key": cp.public_key.hex(),
        "signature": cp.signature.hex(),
    }


def checkpoints(store: Socialaftale) -> list[Checkpoint]:
    """Every stored checkpoint, oldest first."""
    return _ledger(store).checkpoints()


def create_checkpoint(store: Socialaftale, key_path: str | Path,
                      now: datetime | None = None) -> Checkpoint:
    """Sign the tree head as it stands and store the checkpoint.

    The log since the last checkpoint is verified first: a checkpoint never blesses a
    record that was altered behind the tree's back.
    """
    key = _private_key(key_path)
    ledger = _ledger(store)
    previous = ledger.checkpoints()
    check_ = verify(store, from_seq=previous[-1].seq if previous else None)
    if not check_.intact:
        first = check_.first
        assert first is not None
        raise AuditError(f"loggen er ikke intakt ({KIND_DA[first.kind]} ved position "
                         f"{first.position}: {first.detail}); intet checkpoint lavet")
    head = ledger.head()
    created = (now or datetime.now(UTC)).isoformat(timespec="seconds")
    root = head.frontier.root()
    signature = key.sign(checkpoint_message(head.store_id, head.size, head.last_position,
                                            root, created))
    cp = Checkpoint(0, head.store_id, head.size, head.last_position, root, created,
                    key.public_key().public_bytes_raw(), signature,
                    head.frontier.to_bytes())
    return cp._replace(seq=ledger.add_checkpoint(cp))


def _checkpoint(store: Socialaftale, seq: int | None) -> Checkpoint:
    cps = checkpoints(store)
    if not cps:
        raise AuditError("lageret har intet checkpoint; lav et med 'socialaftale checkpoint'")
    if seq is None:
        return cps[-1]
    for cp in cps:
        if cp.seq == seq:
            return cp
    raise AuditError(f"checkpoint {seq} findes ikke (der er 1–{cps[-1].seq})")


# -- verification ---------------------------------------------------------------------------

def _pages_leaves(ledger: Ledger, after: int, stop: int) -> Iterator[LeafRow]:
    """The leaves of the positions after ``after`` up to ``stop``, in log order."""
    while after < stop:
        page = ledger.leaves(after, stop, PAGE)
        if not page:
            return
        yield from page
        after = page[-1].position


def _leaf_tuples(ledger: Ledger, after: int, stop: int) -> Iterator[tuple[int, int, bytes]]:
    while after < stop:
        page = ledger.leaf_tuples(after, stop, PAGE)
        if not page:
            return
        yield from page
        after = page[-1][1]


def _event_leaves(ledger: Ledger, after: int, stop: int | None) -> Iterator[tuple[int, bytes]]:
    while True:
        page = ledger.event_leaves(after, PAGE)
        for row in page:
            if stop is not None and row[0] > stop:
                return
            yield row
        if len(page) < PAGE:
            return
        after = page[-1][0]


def verify(store: Socialaftale, *, from_seq: int | None = None,
           public_key: bytes | None = None, record: bool = True) -> Verification:
    """Recompute every leaf from the stored events (after checkpoint ``from_seq``, when
    given) and every signed head after it; report each difference and its kind.

    Leaves are compared by log position with the stored tree, so a changed row is
    "altered", a deleted one "missing", one without a leaf "inserted", and an event whose
    leaf belongs to another position "reordered"; the roots rebuilt from the recomputed
    leaves must equal every signed root (which catches a tree rewritten along with the log).
    When intact, the newest checkpoint checked is remembered for ``--from last``.
    """
    ledger = _ledger(store)
    head = ledger.head()
    cps = ledger.checkpoints()
    problems: list[Problem] = []
    for cp in cps:
        why = check_checkpoint(checkpoint_data(cp), public_key)
        if why:
            problems.append(Problem(None, "checkpoint", why))
        elif cp.store_id != head.store_id:
            problems.append(Problem(None, "checkpoint",
                                    f"checkpoint {cp.seq} er fra et andet lager"))
    frontier, start_index, after = Frontier(), 0, 0
    if from_seq is not None:
        start = _checkpoint(store, from_seq)
        frontier = Frontier.from_bytes(start.size, start.frontier)
        if frontier.root() != start.root:
            raise AuditError(f"checkpoint {from_seq}: den gemte kant passer ikke til roden; "
                             "verificér hele loggen")
        start_index, after = start.size, start.last_position
    by_size: dict[int, list[Checkpoint]] = {}
    for cp in cps:
        if cp.size > start_index:
            by_size.setdefault(cp.size, []).append(cp)

    mismatched: dict[int, tuple[bytes, bytes]] = {}  # position: (recomputed, stored)
    missing: dict[int, bytes] = {}  # position: stored leaf hash
    inserted: dict[int, bytes] = {}  # position: recomputed hash
    checked = 0
    events = 0
    expected_index = start_index
    last_leaf_position = after

    def appended(h: bytes) -> None:
        nonlocal checked
        frontier.append(h)
        if frontier.size not in by_size:
            return
        for cp in by_size[frontier.size]:
            checked += 1
            if frontier.root() != cp.root:
                problems.append(Problem(None, "checkpoint",
                                        f"checkpoint {cp.seq} (størrelse {cp.size}) passer "
                                        "ikke til loggen, som den er nu"))

    # The usual case first, a page at a time: the page's events and leaves at the same
    # positions, with consecutive leaf indexes and equal hashes, compared as whole lists and
    # hashed into the tree in bulk. The first page that differs anywhere, and everything
    # after it, goes through the row-by-row merge below, which names each difference.
    cuts = sorted(by_size)
    while True:
        page = ledger.event_leaves(after, PAGE)
        stop = min(page[-1][0], head.last_position) if page else after
        if stop <= after:
            break
        if stop < page[-1][0]:
            page = [e for e in page if e[0] <= stop]
        kept = ledger.leaf_tuples(after, stop, len(page) + 1)
        positions = [e[0] for e in page]
        hashes = [e[1] for e in page]
        if ([k[1] for k in kept] != positions or [bytes(k[2]) for k in kept] != hashes
                or [k[0] for k in kept] != list(range(expected_index,
                                                      expected_index + len(page)))):
            break
        done = 0
        for size in cuts:  # the signed heads inside this page: their trees' roots
            if expected_index < size <= expected_index + len(page):
                frontier.extend(hashes[done:size - expected_index - 1])
                appended(hashes[size - expected_index - 1])
                done = size - expected_index
        frontier.extend(hashes[done:])
        events += len(page)
        expected_index += len(page)
        after = last_leaf_position = stop
        if len(page) < PAGE:
            break

    leaves = _leaf_tuples(ledger, after, head.last_position)
    evs = _event_leaves(ledger, after, head.last_position)
    leaf = next(leaves, None)
    ev = next(evs, None)
    while leaf is not None or ev is not None:
        if leaf is not None and leaf[0] != expected_index:
            # leaf rows deleted along with their events: the tree has a hole here
            problems.append(Problem(last_leaf_position + 1, "missing",
                                    f"blad {expected_index}–{leaf[0] - 1} mangler i træet"))
            expected_index = leaf[0]
        if ev is not None and (leaf is None or ev[0] < leaf[1]):
            inserted[ev[0]] = ev[1]
            events += 1
            appended(ev[1])
            ev = next(evs, None)
        elif leaf is not None and (ev is None or leaf[1] < ev[0]):
            missing[leaf[1]] = leaf[2]
            last_leaf_position = leaf[1]
            expected_index += 1
            leaf = next(leaves, None)
        else:
            assert leaf is not None and ev is not None
            h = ev[1]
            if h != leaf[2]:
                mismatched[leaf[1]] = (h, leaf[2])
            events += 1
            appended(h)
            last_leaf_position = leaf[1]
            expected_index += 1
            leaf = next(leaves, None)
            ev = next(evs, None)
    for size, unreached in by_size.items():
        if size > frontier.size:
            for cp in unreached:
                checked += 1
                problems.append(Problem(None, "checkpoint",
                                        f"checkpoint {cp.seq} dækker {cp.size} hændelser, "
                                        f"loggen har nu {frontier.size}"))
    if expected_index < head.size:
        problems.append(Problem(last_leaf_position + 1, "missing",
                                f"blad {expected_index}–{head.size - 1} mangler i træet"))
    # Events stored after the head was read are new only if their leaves are there too.
    for position, h in _event_leaves(ledger, head.last_position, None):
        if ledger.leaf_for_position(position) is None:
            inserted[position] = h
    if frontier.size == head.size and not problems and not mismatched and not missing \
            and not inserted and frontier.root() != head.frontier.root():
        problems.append(Problem(None, "head", "træets gemte top passer ikke til bladene"))

    # Where each leaf hash is stored, and where each event now is: a stored event that
    # moved is found at another position (reordered); a position whose event left and whose
    # new event was stored elsewhere lost its own (missing); one whose old event moved on
    # and whose new event is unknown holds an inserted one; anything else is altered.
    stored_at = {stored: pos for pos, (_, stored) in mismatched.items()}
    stored_at.update({stored: pos for pos, stored in missing.items()})
    now_at = {recomputed: pos for pos, (recomputed, _) in mismatched.items()}
    now_at.update({recomputed: pos for pos, recomputed in inserted.items()})
    for pos, (recomputed, stored) in mismatched.items():
        source = stored_at.get(recomputed)
        moved_on = now_at.get(stored) not in (None, pos)
        if source is not None and source != pos:
            if moved_on:
                problems.append(Problem(pos, "reordered",
                                        f"hændelsen hørte til position {source}"))
            else:
                problems.append(Problem(pos, "missing", "hændelsen, der stod her, er slettet "
                                        f"(denne stod på position {source})"))
        elif moved_on:
            problems.append(Problem(pos, "inserted", "en ny hændelse er sat ind her "
                                    f"(den, der stod her, står nu på {now_at[stored]})"))
        else:
            problems.append(Problem(pos, "altered", "hændelsens indhold er ændret"))
    for pos, recomputed in inserted.items():
        source = stored_at.get(recomputed)
        if source is not None and source != pos:
            problems.append(Problem(pos, "reordered", f"hændelsen hørte til position {source}"))
        else:
            problems.append(Problem(pos, "inserted", "hændelsen har intet blad i træet"))
    for pos, stored in missing.items():
        if now_at.get(stored) is None:
            problems.append(Problem(pos, "missing", "hændelsen er slettet"))
        else:
            problems.append(Problem(pos, "reordered",
                                    f"hændelsen står nu på position {now_at[stored]}"))
    problems.sort(key=lambda p: (p.position is None, p.position or 0))
    if not problems and record and cps:
        ledger.set_verified(cps[-1].seq, datetime.now(UTC).isoformat(timespec="seconds"))
    return Verification(events, from_seq, checked, problems)


def last_verified(store: Socialaftale) -> int | None:
    """The newest checkpoint the last intact verification reached."""
    v = _ledger(store).verified()
    return v[0] if v else None


# -- export and import ---------------------------------------------------------------------

def export_checkpoint(store: Socialaftale) -> dict[str, Any] | None:
    """The newest checkpoint, for an export to carry (None when there is none)."""
    cps = checkpoints(store)
    return checkpoint_data(cps[-1]) if cps else None


def check_export(checkpoint: dict[str, Any], rows: list[dict[str, Any]], *, source: str,
                 public_key: bytes | None = None) -> None:
    """Raise ``AuditError`` unless the exported rows hold the log the checkpoint signed.

    Each row's stored state is rebuilt byte for byte (the export writes it as stored) and
    its leaf recomputed; the root of the first ``size`` leaves must be the signed root.
    """
    why = verify_document(checkpoint, public_key)
    if why:
        raise AuditError(f"{source}: eksportens checkpoint holder ikke: {why}")
    size = int(checkpoint["size"])
    if len(rows) < size:
        raise AuditError(f"{source}: checkpointet dækker {size} hændelser, filen har "
                         f"{len(rows)}; filen er beskåret")
    frontier = Frontier()
    for row in rows[:size]:
        state = orjson.dumps({"v": row["class_version"], "meta": row["meta"],
                              "data": row["data"]})
        frontier.append(leaf_hash(row["topic"], row["stream"], int(row["version"]), state))
    if frontier.root().hex() != checkpoint["root"]:
        raise AuditError(f"{source}: hændelserne passer ikke til eksportens underskrevne "
                         f"checkpoint {checkpoint.get('seq')}; filen er ændret")


# -- proofs ---------------------------------------------------------------------------------

def _proved(cp: Checkpoint, prove: Callable[[NodeReader], list[bytes]],
            ledger: Ledger) -> list[bytes]:
    """A proof under a checkpoint from the stored subtree roots (O(log n) rows, never every
    leaf, read together: which roots a proof needs depends only on the sizes, so a first
    pass names them); a node the tree no longer holds means the tree is damaged."""
    needed: list[tuple[int, int]] = []

    def note(level: int, index: int) -> bytes:  # which roots: the same for any hashes
        needed.append((level, index))
        return bytes(32)

    try:
        prove(note)
        roots = ledger.subtrees(list(dict.fromkeys(needed)))
        return prove(lambda level, index: roots[(level, index)])
    except KeyError:
        raise AuditError(f"træet under checkpoint {cp.seq} er ikke helt; kør 'socialaftale "
                         "verify'") from None


def tree_position(store: Socialaftale, position: int) -> int | None:
    """The tree index of the event at a log position (None when there is none)."""
    leaf = _ledger(store).leaf_for_position(position)
    return None if leaf is None else leaf.tree_index


def prove_inclusion(store: Socialaftale, position: int,
                    checkpoint: int | None = None) -> dict[str, Any]:
    """An RFC 9162 inclusion proof of the event at ``position`` under a signed head."""
    ledger = _ledger(store)
    cp = _checkpoint(store, checkpoint)
    leaf = ledger.leaf_for_position(position)
    if leaf is None:
        raise AuditError(f"position {position}: ingen hændelse i loggen")
    if leaf.tree_index >= cp.size:
        raise AuditError(f"position {position} er nyere end checkpoint {cp.seq}; "
                         "lav et nyt checkpoint først")
    rows = ledger.raw_events(position - 1, 1)
    if not rows or rows[0].position != position:
        raise AuditError(f"position {position}: hændelsen mangler i loggen")
    event = rows[0]
    path = _proved(cp, lambda node: inclusion_proof_from(leaf.tree_index, cp.size, node),
                   ledger)
    return {
        "format": INCLUSION_FORMAT, "position": position, "leaf_index": leaf.tree_index,
        "tree_size": cp.size,
        "event": {"topic": event.topic, "stream": str(event.stream), "version": event.version,
                  "state": base64.b64encode(event.state).decode()},
        "leaf_hash": leaf.hash.hex(),
        "path": [p.hex() for p in path],
        "checkpoint": checkpoint_data(cp),
    }


def prove_consistency(store: Socialaftale, first: int, second: int) -> dict[str, Any]:
    """An RFC 9162 consistency proof that checkpoint ``second`` extends ``first``."""
    a, b = _checkpoint(store, first), _checkpoint(store, second)
    if a.size > b.size:
        raise AuditError(f"checkpoint {first} er større end checkpoint {second}")
    proof = _proved(b, lambda node: consistency_proof_from(a.size, b.size, node), _ledger(store))
    return {
        "format": CONSISTENCY_FORMAT, "first": checkpoint_data(a), "second": checkpoint_data(b),
        "proof": [p.hex() for p in proof],
    }


def verify_document(doc: dict[str, Any], public_key: bytes | None = None) -> str | None:
    """None when a checkpoint or proof document holds, else why not (see the verifier)."""
    try:
        return check(doc, public_key)
    except (KeyError, ValueError, TypeError) as err:
        return f"dokumentet kan ikke læses ({err})"
