"""Tamper evidence on the web: the signed checkpoints, and the proof of each decision.

Checkpoints are public: anyone may hold the record to them. A proof of a decision is
public too (decisions are); a proof of any other event shows that event's stored content,
so it is for the secretariat (the log also holds drafts).
"""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Response, get
from litestar.params import FromPath, QueryParameter
from litestar.response import Template

from socialaftale import audit

from .common import FOUND_ERRORS, Caller, Store, ViewError, require_secretariat

__all__ = ["api_checkpoints", "api_proof", "checkpoints_page", "proof_file"]

WHAT = "se bevis for en hændelse, der ikke er en beslutning"
DECISION_TOPIC = ":DecisionRecorded"

Seq = Annotated[int | None, QueryParameter(ge=1, description="checkpointets nummer "
                                                              "(standard: det nyeste)")]


def _checkpoints(store: Any) -> list[dict[str, Any]]:
    return [audit.checkpoint_data(cp) for cp in audit.checkpoints(store)]


@get("/revision", include_in_schema=False, sync_to_thread=True)
def checkpoints_page(store: Store) -> Template:
    return Template("revision.html", context={"checkpoints": _checkpoints(store)[::-1]})


@get("/api/checkpoints", sync_to_thread=True, tags=["revision"],
     summary="De underskrevne checkpoints (socialaftale checkpoints --format json)")
def api_checkpoints(store: Store) -> list[dict[str, Any]]:
    """Every signed tree head, oldest first: size, root hash, time, store id, key, signature."""
    return _checkpoints(store)


def _proof(store: Any, principal: Any, position: int, checkpoint: int | None) -> dict[str, Any]:
    try:
        doc = audit.prove_inclusion(store, position, checkpoint)
    except audit.AuditError as err:
        raise ViewError(f"Intet bevis: {err}.", status_code=404) from None
    if not doc["event"]["topic"].endswith(DECISION_TOPIC):
        require_secretariat(principal, WHAT)
    return doc


@get("/api/bevis/{position:int}", sync_to_thread=True, tags=["revision"],
     summary="Inklusionsbevis (RFC 9162) for hændelsen på en position", responses=FOUND_ERRORS)
def api_proof(store: Store, principal: Caller, position: FromPath[int],
              checkpoint: Seq = None) -> dict[str, Any]:
    """The proof ``socialaftale prove inclusion`` writes; check it with verifier.py."""
    return _proof(store, principal, position, checkpoint)


@get("/bevis/{position:int}", include_in_schema=False, sync_to_thread=True)
def proof_file(store: Store, principal: Caller, position: FromPath[int],
               checkpoint: Seq = None) -> Response[dict[str, Any]]:
    """The same proof as a file to save (for a referat or a letter)."""
    return Response(_proof(store, principal, position, checkpoint), headers={
        "Content-Disposition": f'attachment; filename="bevis-{position}.json"'})
