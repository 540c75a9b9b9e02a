"""The forløb rules the scenarios do not spell out, on a made-up case in a memory store: the
councils' names, a round's deadline against its sending, corrections, and all or nothing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest

from socialaftale import DomainError, PartialDate, Provenance, Socialaftale, Source, open_store
from socialaftale import forloeb as f

P = Provenance(date(2031, 7, 1), Source("opdigtet-referat.txt"))


@pytest.fixture
def store() -> Iterator[Socialaftale]:
    with open_store("memory:") as s:
        s.record(f.OpretForloeb(id="sag", titel="Opdigtet sag", provenance=P),
                 f.AabnGodkendelsesrunde(forloeb="sag", id="r", art="anden",
                                         raad=("Aalborg Byråd", "Regionsrådet"),
                                         sendt=date(2031, 7, 1), provenance=P))
        yield s


def _refused(store: Socialaftale, *commands: Any) -> DomainError:
    before = store.log.last_position()
    with pytest.raises(DomainError) as caught:
        store.record(*commands)
    assert store.log.last_position() == before  # nothing recorded
    return caught.value


def _decision(raad: str, udfald: Any = "godkendt", **extra: Any) -> f.RegistrerRaadsbeslutning:
    return f.RegistrerRaadsbeslutning(forloeb="sag", runde="r", raad=raad, udfald=udfald,
                                      dato=extra.pop("dato", date(2031, 8, 1)),
                                      provenance=P, **extra)


def test_a_council_is_named_by_its_organisation() -> None:
    assert f.raad_i_aftalen("Aalborg Kommune") == "Aalborg"
    assert f.raad_i_aftalen("Hjørring Byråd") == "Hjørring"
    assert f.raad_i_aftalen("Regionsrådet") == "Region Nordjylland"
    assert len(f.AFTALENS_RAAD) == 12
    with pytest.raises(DomainError) as caught:
        f.raad_i_aftalen("Aalborgg")
    err = caught.value
    assert err.rule == "raad-ikke-i-aftalen" and "mente du Aalborg?" in err.message


def test_a_round_keeps_the_canonical_names_and_refuses_a_council_outside_it(
        store: Socialaftale) -> None:
    (case,) = store.cases()
    assert [x.raad for x in case.runder[0].raad] == ["Aalborg", "Region Nordjylland"]
    err = _refused(store, _decision("Rebild"))
    assert (err.rule, err.field) == ("raad-ikke-i-runden", "raad")


def test_a_deadline_before_the_sending_and_an_unknown_round_are_refused(
        store: Socialaftale) -> None:
    err = _refused(store, f.AabnGodkendelsesrunde(
        forloeb="sag", id="r2", art="styringsaftale", sendt=date(2031, 7, 1),
        frist=PartialDate(2031, 6), provenance=P))
    assert (err.rule, err.field) == ("frist-foer-udsendelse", "frist")
    err = _refused(store, f.RegistrerRaadsbeslutning(
        forloeb="sag", runde="s", raad="Aalborg", udfald="godkendt", provenance=P))
    assert err.rule == "ukendt-runde"
    err = _refused(store, f.RegistrerBehandling(forloeb="ukendt", id="x", organ="Opdigtet Råd",
                                                rolle="anbefaler", provenance=P))
    assert (err.rule, err.field) == ("ukendt-forloeb", "forloeb")


def test_a_correction_needs_an_earlier_decision_and_a_reason(store: Socialaftale) -> None:
    err = _refused(store, _decision("Aalborg", retter=True, grund="læst forkert"))
    assert err.rule == "intet-at-rette"
    store.record(_decision("Aalborg"))
    err = _refused(store, _decision("Aalborg", "ikke_godkendt", retter=True))
    assert (err.rule, err.field) == ("rettelse-uden-grund", "grund")


def test_not_yet_treated_is_followed_by_a_decision_without_a_correction(
        store: Socialaftale) -> None:
    store.record(_decision("Aalborg", "ikke_behandlet"),
                 _decision("Aalborg", "godkendt", dato=date(2031, 9, 1)))
    (status,) = [x for x in store.case("sag").runder[0].raad if x.raad == "Aalborg"]
    assert (status.status, status.rettet) == ("godkendt", False)


def test_a_batch_with_one_refused_decision_records_none_of_it(store: Socialaftale) -> None:
    err = _refused(store, _decision("Aalborg"), _decision("Aarhus"))
    assert err.rule == "raad-ikke-i-aftalen" and err.command_index == 1
    assert {x.status for x in store.case("sag").runder[0].raad} == {"mangler"}


def test_a_treatment_id_is_once_per_case(store: Socialaftale) -> None:
    treat = f.RegistrerBehandling(forloeb="sag", id="b", organ="Opdigtet Råd",
                                  rolle="forbereder", provenance=P)
    store.record(treat)
    assert _refused(store, treat).rule == "behandling-dobbelt"
