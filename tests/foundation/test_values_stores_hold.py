"""Every value the domain accepts is one every store holds, and nothing else reaches the log.

A number that passed the command checks but did not fit a read model's column (an INTEGER is
32 bits on PostgreSQL, 64 on SQLite), or a text with NUL (which PostgreSQL's text cannot
hold), used to be committed to the log; the read models then failed on it, at once and at
every later open, so no command (export and rebuild included) worked again. Now each field
has a domain range checked before deciding, and the largest values it allows are read back
from the read models of every store.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from socialaftale import DomainError, Socialaftale, kroner, open_store, parse_kroner
from socialaftale import meetings as m
from socialaftale.domain.budget import RecordPopulation, RegisterBudgetLine
from socialaftale.domain.common import NAME_LIMIT, TEXT_LIMIT
from socialaftale.domain.tilbudsvifte import (
    ChangePladser,
    CorrectFact,
    PladsDel,
    RegisterTilbud,
    RequestUdmelding,
    SetTakst,
)

from .scripted import ITEM8, JAN_2019, TAKSTBILAG, registrations

KEY = "mariagerfjord/kirketoften"


def _tilbud(**fields: Any) -> RegisterTilbud:
    values: dict[str, Any] = {"key": "aalborg/ny", "navn": "Nyt tilbud", "driftsherre": "Aalborg",
                              "pladser": 10, "effective_on": JAN_2019, "provenance": TAKSTBILAG}
    return RegisterTilbud(**(values | fields))


def _takst(beloeb: Decimal, aar: int = 2020) -> SetTakst:
    return SetTakst(key=KEY, aar=aar, ydelse="døgnophold", beloeb=beloeb, enhed="døgn",
                    provenance=ITEM8)


OUT_OF_BOUNDS = {
    "places beyond SQLite's INTEGER": (_tilbud(pladser=9223372036854775808), "pladser",
                                        "uden-for-graense"),
    "places beyond PostgreSQL's INTEGER": (_tilbud(pladser=2147483648), "pladser",
                                            "uden-for-graense"),
    "28 billion places": (ChangePladser(key=KEY, effective_on=date(2020, 1, 1),
                                        pladser=28_000_000_000, provenance=ITEM8),
                          "pladser", "uden-for-graense"),
    "a part of the places": (_tilbud(pladsdele=(PladsDel(2**40, "eksterne pladser"),)),
                             "pladsdele[0].antal", "uden-for-graense"),
    "a year beyond any integer column": (
        RequestUdmelding(key=KEY, request_id="r", aar=9223372036854775808,
                         modtaget=date(2019, 3, 1), provenance=ITEM8),
        "aar", "uden-for-graense"),
    "a year before the record": (_takst(Decimal("100.00"), aar=1066), "aar",
                                 "uden-for-graense"),
    "a population": (RecordPopulation(year=2020, kommune="Aalborg", befolkning=2**31,
                                      kilde="Danmarks Statistik", provenance=TAKSTBILAG),
                     "befolkning", "uden-for-graense"),
    "a third decimal": (_takst(Decimal("1231000.125")), "beloeb", "beloeb-decimaler"),
    "a tiny fraction": (_takst(Decimal("1e-30")), "beloeb", "beloeb-decimaler"),
    "27 digits": (_takst(Decimal("1" * 27)), "beloeb", "beloeb-for-stort"),
    "NUL in a name": (_tilbud(navn="Bo\0tilbud"), "navn", "ulaeseligt-tegn"),
    "a lone surrogate": (_tilbud(navn="Bo\ud800tilbud"), "navn", "ulaeseligt-tegn"),
    "NUL in a source": (ChangePladser(key=KEY, effective_on=date(2020, 1, 1), pladser=27,
                                      provenance=ITEM8.__class__(
                                          ITEM8.occurred_on,
                                          ITEM8.source.__class__("referat\0", None))),
                        "provenance.source.document", "ulaeseligt-tegn"),
    "a key past what an index holds": (_tilbud(key="aalborg/" + "k" * 3000), "key",
                                        "tekst-for-lang"),
    "a name past what an index holds": (_tilbud(navn="Å" * 301), "navn", "tekst-for-lang"),
    "a referat past what full-text search holds": (
        m.RecordDecision(meeting_id="das-2019-10-24", punkt="8", outcome="approved",
                         referat="ord " * 25_001, provenance=ITEM8),
        "referat", "tekst-for-lang"),
    "a correction's replacement": (
        CorrectFact(key=KEY, supersedes=1, grund="tastefejl",
                    erstatning=ChangePladser(key=KEY, effective_on=date(2020, 1, 1),
                                             pladser=2**31, provenance=ITEM8),
                    provenance=ITEM8),
        "erstatning.pladser", "uden-for-graense"),
}


@pytest.mark.parametrize(("command", "field", "rule"), list(OUT_OF_BOUNDS.values()),
                         ids=list(OUT_OF_BOUNDS))
def test_a_value_no_store_can_hold_is_refused_and_the_store_goes_on(
        store_url: str, command: Any, field: str, rule: str) -> None:
    with open_store(store_url, actor="test") as store:
        store.record(*registrations())
        before = store.log.last_position()
        with pytest.raises(DomainError) as refused:
            store.record(command)
        assert (refused.value.rule, refused.value.field) == (rule, field)
        assert str(refused.value).startswith(f"{type(command).__name__}.{field}: ")
        assert store.log.last_position() == before
        assert store.projection_failures() == []
        store.record(ChangePladser(key=KEY, effective_on=date(2020, 1, 1), pladser=27,
                                   provenance=ITEM8))
        assert _places(store) == 27
    if store_url != "memory:":
        with open_store(store_url, actor="test") as again:  # and it opens as always
            assert again.projection_failures() == [] and _places(again) == 27


def _places(store: Socialaftale) -> int | None:
    [kirketoften] = [t for t in store.tilbudsvifte(date(2020, 6, 1)) if t.key == KEY]
    return kirketoften.pladser


def test_the_largest_values_allowed_are_held_and_read_back_by_every_store(
        store: Socialaftale) -> None:
    store.record(*registrations())
    longest_key = "aalborg/" + "k" * (NAME_LIMIT - len("aalborg/"))
    store.record(
        _tilbud(pladser=1_000_000, pladsdele=(PladsDel(1_000_000, "eksterne pladser"),)),
        _tilbud(key=longest_key, navn="🏠" * NAME_LIMIT),  # 4 bytes a character
        _takst(Decimal("9999999999999.99"), aar=2200),
        RegisterBudgetLine(cost_centre="NOPII", year=1900, line="Indtægter", gruppe="indtaegt",
                           position=1_000_000, budget=Decimal("-9999999999999.99"),
                           provenance=TAKSTBILAG),
        RequestUdmelding(key=KEY, request_id="r-2200", aar=2200, modtaget=date(2019, 3, 1),
                         provenance=ITEM8),
        RecordPopulation(year=2200, kommune="Aalborg", befolkning=10_000_000,
                         kilde="Danmarks Statistik", provenance=TAKSTBILAG),
    )
    assert store.projection_failures() == []
    offers = {t.key: t for t in store.tilbudsvifte(date(2019, 6, 1))}
    assert offers["aalborg/ny"].pladser == 1_000_000
    assert offers[longest_key].navn == "🏠" * NAME_LIMIT
    # The longest free text, every word different, is held by the full-text search too.
    words = " ".join(f"ord{i:05d}x" for i in range(TEXT_LIMIT // 10))
    assert len(words) < TEXT_LIMIT
    day = date(2019, 10, 24)
    store.record(m.ScheduleMeeting(meeting_id="das-2019-10-24", body="DAS", dato=day,
                                   provenance=ITEM8),
                 m.ProposeAgenda(meeting_id="das-2019-10-24", punkter=(
                     m.Punkt("8", "Ind- og udmelding", sagsfremstilling=words),),
                     provenance=ITEM8),
                 m.RecordDecision(meeting_id="das-2019-10-24", punkt="8", outcome="approved",
                                  referat=words, provenance=ITEM8))
    assert store.projection_failures() == []
    assert [d.punkt for d in store.decisions(search="ord09999x")] == ["8"]
    assert [t.beloeb for t in store.takstbilag(2200).takster] == [Decimal("9999999999999.99")]
    assert [x.budget for x in store.budget(1900, "NOPII").lines] == [
        Decimal("-9999999999999.99")]
    store.rebuild()
    assert store.projection_failures() == []
    assert [t.beloeb for t in store.takstbilag(2200).takster] == [Decimal("9999999999999.99")]


@pytest.mark.parametrize(("text", "rule"), [
    ("1.231.000,125 kr.", "beloeb-decimaler"),
    ("1231000,125", "beloeb-decimaler"),
    ("0,001", "beloeb-decimaler"),
    ("1" * 27, "beloeb-for-stort"),
    ("1" * 14, "beloeb-for-stort"),
    ("12.345.678,9 mio. kr.", "beloeb-for-stort"),
])
def test_an_amount_as_written_is_refused_rather_than_rounded(text: str, rule: str) -> None:
    with pytest.raises(DomainError) as refused:
        parse_kroner(text)
    assert refused.value.rule == rule
    assert f"beløbet '{text}'" in refused.value.message


@pytest.mark.parametrize(("value", "rule"), [
    (Decimal("1231000.125"), "beloeb-decimaler"), (Decimal("1e-30"), "beloeb-decimaler"),
    ("1" * 27, "beloeb-for-stort"), (10**13, "beloeb-for-stort"),
])
def test_kroner_refuses_what_it_used_to_round(value: Any, rule: str) -> None:
    with pytest.raises(DomainError) as refused:
        kroner(value)
    assert refused.value.rule == rule


def test_amounts_within_the_bounds_keep_their_ore() -> None:
    assert parse_kroner("1.231.000,12 kr.") == Decimal("1231000.12")
    assert parse_kroner("1,77 mio. kr.") == Decimal("1770000.00")
    assert kroner(Decimal("12.500")) == Decimal("12.50")  # a trailing zero is no decimal
    assert kroner("9999999999999.99") == Decimal("9999999999999.99")
