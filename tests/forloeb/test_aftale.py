"""The agreement's rules on a made-up agreement in a memory store: its period, its parties,
its parts, and a part's round held to the agreement's parties (all or nothing)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from socialaftale import DomainError, Provenance, Socialaftale, Source, open_store
from socialaftale import forloeb as f

P = Provenance(date(2031, 7, 1), Source("opdigtet-referat.txt"))


@pytest.fixture
def store() -> Iterator[Socialaftale]:
    with open_store("memory:") as s:
        s.record(f.OpretAftale(id="a", navn="Opdigtet aftale", periode="2031-2032",
                               raad=("Aalborg Byråd", "Regionsrådet"), provenance=P),
                 f.RegistrerAftaledel(aftale="a", id="sty", art="styringsaftale", provenance=P),
                 f.OpretAftale(id="ukendt", navn="Aftale uden kendte parter", provenance=P),
                 f.RegistrerAftaledel(aftale="ukendt", id="sty", art="styringsaftale",
                                      provenance=P),
                 f.OpretForloeb(id="sag", titel="Opdigtet sag", provenance=P))
        yield s


def _refused(store: Socialaftale, *commands: Any) -> DomainError:
    before = store.log.last_position()
    with pytest.raises(DomainError) as caught:
        store.record(*commands)
    assert store.log.last_position() == before  # nothing recorded
    return caught.value


def _round(**extra: Any) -> f.AabnGodkendelsesrunde:
    fields: dict[str, Any] = {"forloeb": "sag", "id": "r", "art": "styringsaftale",
                              "frist": date(2031, 10, 31), "aftale": "a", "aftaledel": "sty"}
    fields.update(extra)
    return f.AabnGodkendelsesrunde(provenance=P, **fields)


def test_an_agreement_keeps_its_parties_canonical_and_its_period_as_given(
        store: Socialaftale) -> None:
    found = store.agreement("a")
    assert found is not None
    assert (found.periode, found.raad) == ("2031-2032", ("Aalborg", "Region Nordjylland"))
    assert [d.titel for d in found.dele] == ["styringsaftale"]
    unknown = store.agreement("ukendt")
    assert unknown is not None and (unknown.periode, unknown.raad) == (None, ())


def test_all_councils_only_when_the_record_says_so(store: Socialaftale) -> None:
    store.record(f.OpretAftale(id="alle", navn="Alle", alle_raad=True, provenance=P))
    found = store.agreement("alle")
    assert found is not None and len(found.raad) == 12 and found.raad[-1] == "Region Nordjylland"


def test_a_round_for_a_part_links_case_and_agreement(store: Socialaftale) -> None:
    store.record(_round(raad=("Aalborg",)))
    (part,) = store.agreement("a").dele  # type: ignore[union-attr]
    assert [(r.forloeb, r.runde.id, [x.raad for x in r.runde.raad]) for r in part.runder] == [
        ("sag", "r", ["Aalborg"])]
    assert store.agreement_parts_of("sag") == (("r", "a", "sty", "Opdigtet aftale"),)


@pytest.mark.parametrize(("command", "rule", "field"), [
    (lambda: _round(raad=("Aalborg", "Rebild")), "raad-ikke-i-aftalen", "raad[2]"),
    (lambda: _round(), "raad-ikke-i-aftalen", "raad"),  # left out: all twelve
    (lambda: _round(aftale="ukendt", raad=("Aalborg",)), "aftalens-raad-ukendt", "aftale"),
    (lambda: _round(aftale="findes-ikke"), "ukendt-aftale", "aftale"),
    (lambda: _round(aftaledel="udv"), "ukendt-aftaledel", "aftaledel"),
    (lambda: _round(aftaledel=None), "aftaledel-mangler", "aftaledel"),
    (lambda: _round(aftale=None), "aftaledel-uden-aftale", "aftale"),
    (lambda: _round(art="udviklingsstrategi", raad=("Aalborg",)), "runde-art-ikke-del", "art"),
    (lambda: f.OpretAftale(id="a", navn="Igen", provenance=P), "aftale-dobbelt", "id"),
    (lambda: f.OpretAftale(id="b", navn=" ", provenance=P), "felt-tomt", "navn"),
    (lambda: f.OpretAftale(id="b", navn="B", periode="2021/22", provenance=P),
     "ugyldig-periode", "periode"),
    (lambda: f.OpretAftale(id="b", navn="B", periode="2022-2021", provenance=P),
     "ugyldig-periode", "periode"),
    (lambda: f.OpretAftale(id="b", navn="B", raad=("Aalborg",), alle_raad=True, provenance=P),
     "raad-og-alle-raad", "alle_raad"),
    (lambda: f.OpretAftale(id="b", navn="B", raad=("Aalborg", "Aarhus"), provenance=P),
     "raad-ikke-i-aftalen", "raad[2]"),
    (lambda: f.OpretAftale(id="b", navn="B", raad=("Aalborg", "Aalborg Kommune"),
                           provenance=P), "raad-dobbelt", "raad"),
    (lambda: f.RegistrerAftaledel(aftale="x", id="d", art="styringsaftale", provenance=P),
     "ukendt-aftale", "aftale"),
    (lambda: f.RegistrerAftaledel(aftale="a", id="sty", art="styringsaftale", provenance=P),
     "aftaledel-dobbelt", "id"),
    (lambda: f.RegistrerAftaledel(aftale="a", id="d", art="anden", provenance=P),
     "aftaledel-uden-navn", "navn"),
])
def test_bad_input_is_refused_naming_field_and_rule(store: Socialaftale, command: Any,
                                                    rule: str, field: str) -> None:
    err = _refused(store, command())
    assert (err.rule, err.field) == (rule, field)
    assert err.message  # Danish text, said to the user


def test_a_refused_round_records_nothing_of_its_batch(store: Socialaftale) -> None:
    _refused(store, f.RegistrerAftaledel(aftale="a", id="udv", art="udviklingsstrategi",
                                         provenance=P),
             _round(raad=("Rebild",)))
    found = store.agreement("a")
    assert found is not None and [d.id for d in found.dele] == ["sty"]
    assert store.agreement_parts_of("sag") == ()
