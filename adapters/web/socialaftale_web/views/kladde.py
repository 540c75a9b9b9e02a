"""What a meeting's stream says about its referat taken in the browser, for every page.

A referat begun in the browser (``ReferatOpened``) is the secretariat's draft until it is
published (``ReferatPublished``): the public sees the dagsorden only. Kept apart from the
pages that write it, so the public pages can ask without importing them.
"""

from __future__ import annotations

from typing import Any

from attrs import frozen

from socialaftale import meetings

__all__ = ["Moedeforloeb", "corrected_items", "hidden_referat", "public_only", "stream_of"]


@frozen
class Moedeforloeb:
    """A meeting's stream folded for the referat pages: the decider's state, the
    stream's version (what a form carries), the latest wording of each item's decision and
    every wording before it (with when, by whom and why it changed), and the actions.

    ``udgaver`` are the public wordings: the first is the one published, then the
    corrections after publishing; ``kladder`` every wording saved while the referat was a
    draft (the secretariat's history, never shown as corrections; issue 20)."""

    state: Any
    version: int
    recorded: tuple[Any, ...]
    moede: Any  # the latest MeetingScheduled or MeetingCorrected
    beslutninger: dict[str, Any]
    udgaver: dict[str, list[Any]]
    opfoelgninger: dict[str, Any]
    kladder: dict[str, list[Any]]


def stream_of(store: Any, meeting_id: str) -> Moedeforloeb | None:
    """The meeting's stream folded; None when no such meeting is recorded."""
    recorded = tuple(store.stream(meetings.meeting_stream(meeting_id)))
    if not recorded:
        return None
    state: Any = None
    moede: Any = None
    decisions: dict[str, Any] = {}
    versions: dict[str, list[Any]] = {}
    actions: dict[str, Any] = {}
    drafts: dict[str, list[Any]] = {}
    for r in recorded:
        e = r.event
        draft = state is not None and state.referat == "kladde"
        state = meetings.evolve_state(state, e)
        if isinstance(e, meetings.MeetingScheduled | meetings.MeetingCorrected):
            moede = e
        elif isinstance(e, meetings.DecisionRecorded | meetings.DecisionCorrected):
            decisions[e.punkt] = e
            if draft:  # the latest draft wording is the first public one
                drafts.setdefault(e.punkt, []).append(r)
                versions[e.punkt] = [r]
            else:
                versions.setdefault(e.punkt, []).append(r)
        elif isinstance(e, meetings.ActionAssigned):
            actions[e.action_id] = e
    return Moedeforloeb(state, recorded[-1].version, recorded, moede, decisions, versions,
                        actions, drafts)


def hidden_referat(store: Any, principal: Any, meeting_id: str) -> bool:
    """Whether this caller must not see the meeting's referat: it is being taken in the
    browser and not yet published, and the caller is not the secretariat."""
    if principal.is_secretariat:
        return False
    found = stream_of(store, meeting_id)
    return found is not None and found.state.referat == "kladde"


def public_only(store: Any, principal: Any, found: Any, meeting_of: Any) -> list[Any]:
    """``found`` without what belongs to a draft referat, unless the caller is the
    secretariat; ``meeting_of`` gives a found thing's meeting id."""
    if principal.is_secretariat:
        return list(found)
    hidden = store.draft_referater()
    return [x for x in found if meeting_of(x) not in hidden]


def corrected_items(store: Any, meeting_id: str) -> list[str]:
    """The items whose decision was corrected: each links to its earlier wordings."""
    found = stream_of(store, meeting_id)
    return [] if found is None else [n for n, v in found.udgaver.items() if len(v) > 1]
