"""An event's stored topic survives a context growing into a package.

Stores written before ``meetings`` became a package name its events
``socialaftale.domain.meetings:DecisionRecorded``; the same events written now must carry the
same topic (one store, one name per event), and both must resolve to the class.
"""

from __future__ import annotations

from eventsourcing.utils import resolve_topic

from socialaftale.contexts import CONTEXTS
from socialaftale.domain import meetings
from socialaftale.persistence import topic_of


def test_a_meeting_event_keeps_the_topic_it_had_before_the_package() -> None:
    assert topic_of(meetings.DecisionRecorded) == "socialaftale.domain.meetings:DecisionRecorded"
    assert meetings.DecisionRecorded.__module__ == "socialaftale.domain.meetings.events"


def test_every_event_topic_resolves_to_its_class_through_the_context_module() -> None:
    for context in CONTEXTS:
        for cls in context.events:
            topic = topic_of(cls)
            assert resolve_topic(topic) is cls, topic
            module = topic.partition(":")[0]
            assert module.count(".") == 2, f"{topic}: a context's events are named by it"
