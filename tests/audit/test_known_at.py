"""Every read model "as known on a date" (issue 19, audit replay): the real minutes loaded
on one day with typing errors, corrected and extended on the next;
``Socialaftale.as_known(day)`` and every read command's ``--known-at`` answer the earlier day
with the old answer, the later with the new, on SQLite and PostgreSQL. ``occurred_by``
(``--occurred-by``) is the other axis: the world as it knew it, by the facts' ``occurred_on``."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest
from click.testing import CliRunner

from socialaftale import (
    DomainError,
    Provenance,
    Socialaftale,
    Source,
    StoreError,
    open_store,
)
from socialaftale.application import KnownView
from socialaftale.domain.tilbudsvifte import RegisterTilbud
from socialaftale_cli.main import cli

from .known import FIRST, SECOND, two_days

BEFORE = date(2026, 11, 1)
KINDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
OFFER = "mariagerfjord/kirketoften"
SECRETARIAT = "Sekretariatet for Rammeaftaler"


def _unknown_is_none(ask: Callable[[], Any]) -> Any:
    """The answer, or None where the view does not know the offer, meeting or person."""
    try:
        return ask()
    except (DomainError, KeyError):
        return None


def answers(s: Socialaftale) -> dict[str, Any]:
    """One answer from each read model, in a form two days can be compared by."""
    [kirketoften] = [o for o in s.tilbudsvifte(date(2020, 1, 2)) if o.key == OFFER] or [None]
    return {
        "tilbudsvifte": kirketoften.pladser if kirketoften else None,
        "tilbud": _unknown_is_none(lambda: len(s.tilbud_history(OFFER))),
        "decisions": [d.titel for d in s.decisions(search="uden bemaerkninger")],
        "meetings": [m.meeting_id for m in s.meetings()],
        "meeting": _unknown_is_none(lambda: "mødelokale 3" in s.referat_markdown(
            "das-2019-10-24")),
        "actions": len(s.actions(date(2015, 1, 1), open_only=False)),
        "groups": sorted(g.navn for g in s.groups(date(2015, 1, 1))),
        "person": _unknown_is_none(
            lambda: len(s.person_overview("Henrik Aarup-Kristensen").roller)),
        "budget": len(s.budget(2012, SECRETARIAT).lines),
        "shares": sorted(r.regel for r in s.sharing_rules()),
        "takstbeslutninger": [d.aar for d in s.rate_decisions()],
    }


def test_a_view_that_keeps_every_event_is_remembered_until_the_next_event(
        store_url_factory: Callable[[str], str]) -> None:
    """Finding that a view keeps every event reads the whole log (seconds at national
    size): it is done once per log head, and a later event that the view leaves out makes a
    real view again. Eviction of the views kept never closes the store itself."""
    url = store_url_factory("sqlite")
    two_days(url)
    with open_store(url) as store:
        head = store.log.last_position()
        world = date(2030, 1, 1)
        assert store.as_known(occurred_by=world) is store
        assert store._views[(KnownView(None, world), head)] is store  # read the log once
        assert store.as_known(SECOND) is store and store.as_known(occurred_by=world) is store
        store.record(RegisterTilbud(
            key="aalborg/fremtidshuset", navn="Fremtidshuset", driftsherre="Aalborg",
            lovgrundlag=(), pladser=10, effective_on=date(2031, 1, 1),
            provenance=Provenance(date(2031, 1, 1), Source("takstbilag-2031.pdf"))))
        later = store.as_known(occurred_by=world)
        assert later is not store and later.known is not None
        assert "aalborg/fremtidshuset" not in {o.key for o in later.tilbudsvifte(
            date(2032, 1, 1))}
        for day in range(5):  # the store itself leaves the kept views without being closed
            store.as_known(occurred_by=date(2040 + day, 1, 1))
        assert store.tilbudsvifte(date(2032, 1, 1))


@pytest.mark.parametrize("kind", KINDS)
def test_every_read_model_answers_as_the_record_held_it_on_each_day(
        kind: str, store_url_factory: Callable[[str], str]) -> None:
    url = store_url_factory(kind)
    two_days(url)
    with open_store(url) as store:
        now = answers(store)
        first = answers(store.as_known(FIRST))
        second = answers(store.as_known(SECOND))
        nothing = answers(store.as_known(BEFORE))
    assert second == now
    changed = {name for name in now if first[name] != now[name]}
    assert changed == set(now), f"unchanged on the first day: {set(now) - changed}"
    assert (first["tilbudsvifte"], now["tilbudsvifte"]) == (26, 27)
    assert now["decisions"] == [] and first["decisions"] == [
        "Godkendelse af referat fra mødet den 26. august"]
    # held meetings and those their "Næste møde" items planned (shown as planned)
    assert first["meetings"] == ["socdir-2013-01-17", "das-2019-10-24", "das-2020-01-13"]
    assert now["meetings"] == ["socdir-2013-01-17", "socdir-2013-03-18", "socdir-2013-06-03",
                               "socdir-2014-10-10", "socdir-2014-11-13", "das-2019-10-24",
                               "das-2020-01-13"]
    assert "Arbejdsgruppe for takstanalysen" in set(now["groups"]) - set(first["groups"])
    assert first["budget"] == 0 < now["budget"]
    assert first["shares"] == [] and now["takstbeslutninger"] == [2013]
    assert nothing["meetings"] == [] and nothing["tilbudsvifte"] is None


def test_a_view_is_read_only_cached_and_follows_new_events(
        store_url_factory: Callable[[str], str]) -> None:
    url = store_url_factory("sqlite")
    two_days(url)
    with open_store(url) as store:
        view = store.as_known(FIRST)
        assert store.as_known(FIRST) is view and view.known is not None
        assert store.as_known(SECOND) is store  # every event was in the record by then
        assert store.as_known() is store
        with pytest.raises(StoreError) as refused:
            view.record()
        assert refused.value.rule == "visning-skrivebeskyttet"
        with pytest.raises(StoreError):
            view.append_recorded(list(store.events())[:1])
        for day in range(4):  # a bounded number of views is kept, the oldest closed
            store.as_known(date(2026, 10, 1 + day))
        assert store.as_known(FIRST) is not view
    late = datetime(2026, 11, 2, 12, tzinfo=UTC)
    with open_store(url, clock=lambda: late) as store:
        before = store.as_known(FIRST)
        # Stamped on the first day by a slow writer, after the second day's events: the
        # record never held it on the first day (the log is cut at the first later event),
        # and the view made before it is not used again.
        store.record(RegisterTilbud(
            key="aalborg/proevehuset", navn="Prøvehuset", driftsherre="Aalborg",
            lovgrundlag=(), pladser=10, effective_on=date(2020, 1, 1),
            provenance=Provenance(date(2020, 1, 1), Source("takstbilag-2020.pdf"))))
        after = store.as_known(FIRST)
        assert after is not before
        assert answers(after) == answers(before)
        assert "aalborg/proevehuset" in {o.key for o in store.tilbudsvifte(date(2020, 6, 1))}


@pytest.mark.parametrize("kind", KINDS)
def test_as_the_world_knew_it_keeps_only_facts_that_had_happened(
        kind: str, store_url_factory: Callable[[str], str]) -> None:
    url = store_url_factory(kind)
    two_days(url)
    with open_store(url) as store:
        in_2013 = store.as_known(occurred_by=date(2013, 12, 31))
        assert [m.meeting_id for m in in_2013.meetings()] == [
            "socdir-2013-01-17", "socdir-2013-03-18", "socdir-2013-06-03"]
        assert in_2013.projection_failures() == []
        assert [d.aar for d in in_2013.rate_decisions()] == [2013]
        assert in_2013.tilbudsvifte(date(2020, 1, 2)) == ()
        for day in (date(2019, 10, 23), date(2019, 10, 24), date(2020, 6, 1)):
            # the tilbudsvifte's own query on the same axis gives the same answer
            world = store.as_known(occurred_by=day)
            assert world.tilbudsvifte(date(2020, 1, 2)) == store.tilbudsvifte(
                date(2020, 1, 2), known_at=day)
        # both axes: the record on the first day, of what had happened by the end of 2013
        both = store.as_known(FIRST, occurred_by=date(2013, 12, 31))
        assert [m.meeting_id for m in both.meetings()] == ["socdir-2013-01-17"]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


COMMANDS: dict[str, tuple[str, ...]] = {
    "tilbudsvifte": ("tilbudsvifte", "--as-of", "2020-01-02"),
    "tilbud": ("tilbud", OFFER),
    "decisions": ("decisions", "--search", "uden bemaerkninger"),
    "meetings": ("meetings",),
    "actions": ("actions", "--all", "--as-of", "2015-01-01"),
    "groups": ("groups", "--as-of", "2015-01-01"),
    "person": ("person", "Henrik Aarup-Kristensen"),
    "budget": ("budget", "2012"),
    "shares": ("shares",),
    "takstbeslutninger": ("takstbeslutninger",),
}


@pytest.mark.parametrize("kind", KINDS)
def test_every_read_command_takes_known_at(
        kind: str, store_url_factory: Callable[[str], str]) -> None:
    url = store_url_factory(kind)
    two_days(url)
    for name, command in COMMANDS.items():
        shown = {}
        for day in ("2. november 2026", "2026-11-03"):
            code, out, err = run(*command, "--store", url, "--known-at", day, "--format",
                                 "json")
            assert code == 0, (name, err)
            assert "Visning: som registret kendte det den" in err, name
            shown[day] = json.loads(out)
        code, out, _err = run(*command, "--store", url, "--format", "json")
        assert code == 0 and json.loads(out) == shown["2026-11-03"], name
        assert shown["2. november 2026"] != shown["2026-11-03"], name
    for day, room in (("2026-11-02", "mødelokale 3"), ("2026-11-03", "mødelokale 2")):
        code, out, err = run("meeting", "das-2019-10-24", "--store", url, "--known-at", day)
        assert code == 0 and room in out, err
    code, out, err = run("meetings", "--store", url, "--occurred-by", "2013-12-31",
                         "--format", "csv")
    assert code == 0 and "som verden kendte det den 31. december 2013" in err
    assert [line.split(",")[0] for line in out.splitlines()[1:]] == [
        "socdir-2013-01-17", "socdir-2013-03-18", "socdir-2013-06-03"]


def test_a_known_at_that_is_no_date_is_named(store_url_factory: Callable[[str], str]) -> None:
    url = store_url_factory("sqlite")
    code, _out, err = run("decisions", "--store", url, "--known-at", "31. februar 2026")
    assert code == 2 and "--known-at" in err and "Traceback" not in err
