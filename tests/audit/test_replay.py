"""`socialaftale replay`: the log as it stood at a position or on a date, copied into a store
of its own that every command can query (issue 19, audit replay)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from click.testing import CliRunner

from socialaftale import Provenance, Source, open_store
from socialaftale.domain.tilbudsvifte import ChangePladser, RegisterTilbud
from socialaftale_cli.main import cli

PROV = Provenance(date(2020, 1, 1), Source("takstbilag-2020.pdf"))


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def recorded_on(url: str, when: datetime, *commands: object) -> None:
    with open_store(url, clock=lambda: when) as store:
        store.record(*commands)


def history(url: str) -> None:
    """One offer registered on 10 January 2020 (10 places), changed to 14 places on
    5 March 2020 (recorded at 23:30 Danish time, 22:30 UTC), changed again on 6 March."""
    recorded_on(url, datetime(2020, 1, 10, 9, tzinfo=UTC), RegisterTilbud(
        key="aalborg/proevehuset", navn="Prøvehuset", driftsherre="Aalborg", lovgrundlag=(),
        pladser=10, effective_on=date(2020, 1, 1), provenance=PROV))
    recorded_on(url, datetime(2020, 3, 5, 22, 30, tzinfo=UTC), ChangePladser(
        key="aalborg/proevehuset", effective_on=date(2020, 3, 1), pladser=14, provenance=PROV))
    recorded_on(url, datetime(2020, 3, 6, 8, tzinfo=UTC), ChangePladser(
        key="aalborg/proevehuset", effective_on=date(2020, 3, 2), pladser=16, provenance=PROV))


def places(url: str) -> int:
    with open_store(url) as store:
        [offer] = store.tilbudsvifte(date(2020, 6, 1))
        return int(offer.pladser)


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_replay_until_a_date_answers_as_the_record_held_it_then(
        kind: str, store_url_factory: Callable[[str], str]) -> None:
    source, target = store_url_factory(kind), store_url_factory("sqlite")
    history(source)
    code, _out, err = run("replay", "--store", source, "--until", "5. marts 2020",
                          "--to", target)
    assert code == 0, err
    assert "2 hændelser genafspillet" in err
    assert places(target) == 14  # the change recorded at 23:30 on 5 March, Danish time
    assert places(source) == 16  # the source is untouched


def test_replay_until_a_position_and_the_day_before(
        store_url_factory: Callable[[str], str]) -> None:
    source = store_url_factory("sqlite")
    history(source)
    first, before = store_url_factory("sqlite"), store_url_factory("sqlite")
    assert run("replay", "--store", source, "--until", "1", "--to", first)[0] == 0
    assert places(first) == 10
    assert run("replay", "--store", source, "--until", "2020-03-04", "--to", before)[0] == 0
    assert places(before) == 10
    code, out, err = run("tilbud", "Prøvehuset", "--store", first, "--format", "json")
    assert code == 0, err
    assert "14" not in out


def test_replay_refuses_a_target_that_is_not_empty_and_writes_nothing(
        store_url_factory: Callable[[str], str]) -> None:
    source, target = store_url_factory("sqlite"), store_url_factory("sqlite")
    history(source)
    history(target)
    with open_store(target) as store:
        head = store.log.last_position()
    code, _out, err = run("replay", "--store", source, "--until", "2", "--to", target)
    assert code == 2
    assert "ikke tomt" in err and "regel: maal-ikke-tomt" in err
    with open_store(target) as store:
        assert store.log.last_position() == head


@pytest.mark.parametrize("until", ["31. februar 2020", "i går", "-3"])
def test_replay_names_an_until_it_cannot_read(
        until: str, store_url_factory: Callable[[str], str]) -> None:
    source, target = store_url_factory("sqlite"), store_url_factory("sqlite")
    history(source)
    code, _out, err = run("replay", "--store", source, "--until", until, "--to", target)
    assert code == 2
    assert "--until" in err and "Traceback" not in err
    with open_store(target) as store:
        assert store.log.last_position() == 0
