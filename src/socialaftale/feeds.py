"""Calendars and feeds (issue 21): each body's meetings as iCalendar (RFC 5545), and an Atom
feed (RFC 4287) of new dagsordener, referater and tilbudsvifte changes.

The calendar is written by the icalendar library (with its VTIMEZONE for Copenhagen, from
tzdata); the feed with the standard library's XML writer, which escapes every text. A
meeting's time is the minutes' own ("kl. 13.00-15.30"): where no clock time can be read
from it, the event is a whole day, never a made-up hour.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from icalendar import Calendar, Event

from .persistence import DANISH_TIME

__all__ = ["atom_feed", "meetings_ical"]

COPENHAGEN = DANISH_TIME
_CLOCK = re.compile(r"(?<!\d)(\d{1,2})[.:](\d{2})(?!\d)")
ATOM = "http://www.w3.org/2005/Atom"


def _times(tid: str | None) -> tuple[time, time | None] | None:
    """The start (and end) of a meeting from its minutes' time, if they give clock times."""
    found = [(int(h), int(m)) for h, m in _CLOCK.findall(tid or "") if int(h) < 24
             and int(m) < 60]
    if not found:
        return None
    start = time(*found[0])
    end = time(*found[1]) if len(found) > 1 and found[1] > found[0] else None
    return start, end


def meetings_ical(store: Any, body: str | None = None, *, base_url: str = "",
                  now: datetime | None = None) -> bytes:
    """The meetings (held and planned) of ``body`` (every body: None) as an iCalendar file;
    a planned meeting is TENTATIVE and says so; ``base_url`` makes each event's link."""
    cal = Calendar()
    cal.add("prodid", "-//socialaftale//Møder//DA")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"Møder: {body}" if body else "Møder")
    stamp = now or datetime.now(UTC)
    for m in store.meetings(body=body):
        if m.udkast:
            continue  # a draft agenda is not public
        ev = Event()
        ev.add("uid", f"{m.meeting_id}@socialaftale")
        ev.add("dtstamp", stamp)
        clock = _times(m.tid)
        if clock is None:
            ev.add("dtstart", m.dato)
            ev.add("dtend", m.dato + timedelta(days=1))
        else:
            start, end = clock
            ev.add("dtstart", datetime.combine(m.dato, start, COPENHAGEN))
            if end is not None:
                ev.add("dtend", datetime.combine(m.dato, end, COPENHAGEN))
        ev.add("summary", f"{m.body}{' (planlagt)' if m.planlagt else ''}")
        if m.sted:
            ev.add("location", m.sted)
        said = ([f"Planlagt møde, annonceret ved {m.annonceret_ved}; endnu intet referat."]
                if m.planlagt else [f"Møde i {m.body}."])
        if m.tid:
            said.append(f"Tid ifølge referatet: {m.tid}")
        ev.add("description", "\n".join(said))
        ev.add("status", "TENTATIVE" if m.planlagt else "CONFIRMED")
        if base_url:
            ev.add("url", f"{base_url.rstrip('/')}/moeder/{m.meeting_id}")
        cal.add_component(ev)
    cal.add_missing_timezones()
    return bytes(cal.to_ical())


def _entries(store: Any, today: date) -> list[tuple[datetime, str, str, str, str]]:
    """(updated, id, title, path, summary) of every item of the feed, newest first."""
    items: list[tuple[datetime, str, str, str, str]] = []
    # a referat taken in the browser is announced once it is published
    decided = store.decided_meetings() - store.draft_referater()
    published = store.referat_published()  # a browser referat is new the day it is published
    for m in store.meetings():
        if m.udkast or m.planlagt:
            continue
        day = datetime.combine(m.dato, time(0), COPENHAGEN)
        items.append((day, f"dagsorden:{m.meeting_id}", f"Dagsorden: {m.body} {m.dato:%d.%m.%Y}",
                      f"/moeder/{m.meeting_id}", f"Dagsordenen til mødet i {m.body}."))
        if m.meeting_id in decided:
            shown = published.get(m.meeting_id)
            when = day if shown is None else datetime.combine(shown, time(0), COPENHAGEN)
            items.append((when, f"referat:{m.meeting_id}",
                          f"Referat: {m.body} {m.dato:%d.%m.%Y}", f"/moeder/{m.meeting_id}",
                          f"Referatet af mødet i {m.body}."))
    names: dict[str, str] = {}
    for f in store.tilbud_changes(date(1900, 1, 1), today).fakta:
        when = f.recorded_at if f.recorded_at.tzinfo else f.recorded_at.replace(tzinfo=UTC)
        if f.key not in names:  # each change names its offer (a closed one by its last name)
            known = store.tilbud_last_known(f.key)
            names[f.key] = known.navn if known is not None else f.key
        decided = ""
        if f.decision is not None:
            where = f"{f.decision.meeting}, punkt {f.decision.item}"
            decided = (f" Besluttet af {f.besluttet_af}, omtalt ved {where}." if f.besluttet_af
                       else f" Beslutning: {where}.")
        items.append((when, f"tilbud:{f.key}:{f.version}",
                      f"Tilbudsviften: {names[f.key]}: {f.summary}",
                      f"/tilbud/{f.key}", f"{names[f.key]}: {f.summary}.{decided}"))
    items.sort(key=lambda x: (x[0], x[1]), reverse=True)
    return items


def _store_id(store: Any) -> uuid.UUID:
    """A name for the store that stays the same whatever host name it is reached by: from
    its first event (stream and time of recording, kept by export and import)."""
    first = next(iter(store.events()), None)
    seed = f"{first.stream}|{first.meta.recorded_at.isoformat()}" if first else "tom"
    return uuid.uuid5(uuid.NAMESPACE_URL, f"socialaftale:{seed}")


def atom_feed(store: Any, base_url: str, *, today: date | None = None,
              limit: int = 100, author: str = "Nordjysk Socialaftale") -> bytes:
    """An Atom feed of new dagsordener, referater and tilbudsvifte changes (newest first,
    at most ``limit``), each entry linking its page under ``base_url``.

    The feed's and entries' ids are ``urn:uuid:`` names made from the store and the item,
    not from ``base_url``: a reader must see the same entry as the same whatever Host
    header the request came with. ``author`` is the publisher (the letterhead's name)."""
    base = base_url.rstrip("/")
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "da"})
    if today is None:
        today = store.clock().astimezone(DANISH_TIME).date()
    items = _entries(store, today)[:limit]
    space = _store_id(store)
    updated = items[0][0] if items else datetime(1970, 1, 1, tzinfo=UTC)

    def add(parent: ET.Element, tag: str, text: str | None = None,
            **attrs: str) -> ET.Element:
        el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        el.text = text
        return el

    add(feed, "id", f"urn:uuid:{uuid.uuid5(space, 'feed')}")
    add(feed, "title", "Socialaftalen: dagsordener, referater og tilbudsviften")
    add(feed, "updated", updated.isoformat())
    add(add(feed, "author"), "name", author)
    add(feed, "link", rel="self", href=f"{base}/feed.atom")
    add(feed, "link", rel="alternate", href=f"{base}/")
    for when, ident, title, path, summary in items:
        entry = add(feed, "entry")
        add(entry, "id", f"urn:uuid:{uuid.uuid5(space, ident)}")
        add(entry, "title", title)
        add(entry, "updated", when.isoformat())
        add(entry, "link", rel="alternate", href=f"{base}{path}")
        add(entry, "summary", summary)
    return bytes(ET.tostring(feed, encoding="utf-8", xml_declaration=True))
