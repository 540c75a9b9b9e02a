"""Preparing a meeting (issue 20): its agenda as the decider sees it, at a stream version.

A form in the browser is opened at one version of the meeting's stream and saved against
it: :func:`record_at` stores the commands only if the stream is still at that version, so
two people editing the same agenda never overwrite each other unseen (the later save gets
:class:`~socialaftale.application.StaleVersion`, and :func:`changes_since` the other's
events to show). Before the agenda is sent ("udsendt") an edit replaces the draft; after,
every change is an :class:`~socialaftale.domain.meetings.AgendaAmended` with its reason.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Sequence
from typing import Any

from attrs import frozen

from .application import Socialaftale
from .domain import meetings
from .domain.common import Recorded

__all__ = ["AgendaAtVersion", "agenda_amendments", "agenda_at", "changes_since", "record_at"]


@frozen
class AgendaAtVersion:
    """A meeting's agenda as its stream held it at ``version``: the items in their order,
    whether it is still a draft (``udkast``: not yet sent), and the files per item."""

    meeting_id: str
    body: str
    version: int
    udkast: bool
    punkter: tuple[meetings.Punkt, ...]
    filer: frozenset[tuple[str, str]]
    """(item, SHA-256) of each attached file."""


def agenda_at(store: Socialaftale, meeting_id: str) -> AgendaAtVersion | None:
    """The meeting's agenda now, with the stream version a form opened on it must carry;
    None when no such meeting is recorded."""
    sid = meetings.meeting_stream(meeting_id)
    # From the decider's cached state: a page view folds only what is new, not the stream.
    version, state = store.states.get(sid) or (0, None)
    for recorded in store.log.stream(sid, after=version):
        state = meetings.evolve_state(state, recorded.event)
        version = recorded.version
    if state is None:
        return None
    store.states.put(sid, version, state)
    return AgendaAtVersion(meeting_id, state.body, version, state.udkast,
                           tuple(state.punkter.values()), state.filer)


def changes_since(store: Socialaftale, meeting_id: str, version: int) -> list[Recorded]:
    """The meeting's events after ``version``: what someone else saved meanwhile."""
    return [r for r in store.stream(meetings.meeting_stream(meeting_id)) if r.version > version]


_AMENDMENTS: weakref.WeakKeyDictionary[Socialaftale, dict[str, tuple[int, list[Recorded]]]] = (
    weakref.WeakKeyDictionary())
"""Per store and meeting: the amendments up to a stream version (the meeting page asks at
every view; a meeting of 20,000 items would otherwise be read whole each time)."""
_LOCK = threading.Lock()


def agenda_amendments(store: Socialaftale, meeting_id: str) -> list[Recorded]:
    """The amendments of the meeting's agenda, oldest first (each with its reason): items
    added, withdrawn or moved, and bilag attached after it was sent."""
    with _LOCK:
        known = _AMENDMENTS.setdefault(store, {})
        version, found = known.get(meeting_id, (0, []))
    new = store.log.stream(meetings.meeting_stream(meeting_id), after=version)
    if new:
        found = found + [r for r in new if isinstance(r.event, meetings.AgendaAmended)
                         or (isinstance(r.event, meetings.BilagFileAttached)
                             and r.event.grund is not None)]
        with _LOCK:
            known[meeting_id] = (new[-1].version, found)
    return list(found)


def record_at(store: Socialaftale, meeting_id: str, version: int, commands: Sequence[Any],
              *, by: str | None = None) -> list[Recorded]:
    """Record ``commands`` only if the meeting's stream is still at ``version`` (else
    :class:`~socialaftale.application.StaleVersion`, and nothing is stored)."""
    return store.record(*commands, by=by,
                        expected={meetings.meeting_stream(meeting_id): version})
