"""Tilbudsvifte queries on every kind of store: rates, takstbilag, history, known_at."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from socialaftale import DecisionRef, DomainError, Provenance, Socialaftale, Source
from socialaftale.domain import tilbudsvifte as tv

DAS = DecisionRef("das-2019-10-24", "8")


def prov(on: date, note: str | None = None) -> Provenance:
    return Provenance(occurred_on=on, source=Source("003_dac07bbacd9158aa.txt", "8", note),
                      decision=DAS)


def _setup(store: Socialaftale) -> None:
    p = prov(date(2019, 1, 1))
    store.record(
        tv.SetFrister(aar=2020, ind_udmelding=date(2019, 10, 9), takster=date(2019, 11, 25),
                      provenance=p),
        tv.RegisterTilbud(key="mariagerfjord/specialenheden", navn="Specialenheden",
                          driftsherre="Mariagerfjord Kommune",
                          lovgrundlag=tv.parse_lovgrundlag("§103"), pladser=23, kategori=3,
                          effective_on=date(2019, 1, 1), provenance=p),
    )


def test_the_tilbudsvifte_carries_that_years_rates_and_late_rates_show(
    store: Socialaftale,
) -> None:
    _setup(store)
    key = "mariagerfjord/specialenheden"
    store.record(
        tv.SetTakst(key=key, aar=2020, ydelse="SEL § 103", beloeb=Decimal("812.25"),
                    enhed="døgn", modtaget=date(2019, 11, 20), provenance=prov(date(2019, 11, 20))),
        tv.SetTakst(key=key, aar=2020, ydelse="SEL § 103, halv dag", beloeb=Decimal("400"),
                    enhed="dag", modtaget=date(2019, 11, 28), provenance=prov(date(2019, 11, 28))),
        tv.CarryTakstRegulering(key=key, fra_aar=2018, til_aar=2020, beloeb=Decimal("-7000"),
                                provenance=prov(date(2019, 11, 28))),
    )
    [offer] = store.tilbudsvifte(date(2020, 3, 1))
    assert offer.driftsherre == "Mariagerfjord"
    assert [(t.ydelse, t.beloeb, t.enhed, t.for_sent) for t in offer.takster] == [
        ("SEL § 103", Decimal("812.25"), "døgn", False),
        ("SEL § 103, halv dag", Decimal("400.00"), "dag", True),
    ]
    assert store.tilbudsvifte(date(2019, 3, 1))[0].takster == ()
    bilag = store.takstbilag(2020)
    assert bilag.frist == date(2019, 11, 25)
    assert [r.beloeb for r in bilag.reguleringer] == [Decimal("-7000.00")]
    # What the record said before the late rate arrived:
    assert len(store.takstbilag(2020, known_at=date(2019, 11, 25)).takster) == 1


def test_a_corrected_rate_replaces_the_old_one_and_both_stay_in_the_history(
    store: Socialaftale,
) -> None:
    _setup(store)
    key = "mariagerfjord/specialenheden"
    [first] = store.record(tv.SetTakst(key=key, aar=2020, ydelse="døgn", beloeb=Decimal("100"),
                                       enhed="døgn", provenance=prov(date(2019, 11, 1))))
    store.record(tv.CorrectFact(
        key=key, supersedes=first.version, grund="forkert beløb",
        erstatning=tv.SetTakst(key=key, aar=2020, ydelse="døgn", beloeb=Decimal("110"),
                               enhed="døgn", provenance=prov(date(2019, 11, 5))),
        provenance=prov(date(2019, 11, 5))))
    assert [t.beloeb for t in store.takstbilag(2020).takster] == [Decimal("110.00")]
    assert [t.beloeb for t in store.takstbilag(2020, known_at=date(2019, 11, 2)).takster] == [
        Decimal("100.00")]
    kinds = [h.kind for h in store.tilbud_history("Specialenheden")]
    assert kinds == ["TilbudRegistered", "TakstSet", "FactSuperseded", "TakstSet"]


def test_history_gives_effective_date_decision_and_source_note(store: Socialaftale) -> None:
    _setup(store)
    store.record(tv.ChangePladser(key="mariagerfjord/specialenheden", pladser=30,
                                  effective_on=date(2020, 1, 1),
                                  provenance=prov(date(2019, 10, 24), "datoen fremgår ikke")))
    last = store.tilbud_history("mariagerfjord/specialenheden")[-1]
    assert (last.effective_on, last.occurred_on, last.decision, last.source.note,
            last.summary) == (date(2020, 1, 1), date(2019, 10, 24), DAS, "datoen fremgår ikke",
                              "Pladser ændret fra 23 til 30 fra 2020-01-01")


def test_an_unknown_offer_name_gets_a_suggestion(store: Socialaftale) -> None:
    _setup(store)
    with pytest.raises(DomainError, match="mente du Specialenheden"):
        store.tilbud_history("Specialenhden")


def test_known_at_shows_what_the_record_said_then(store: Socialaftale) -> None:
    _setup(store)
    store.record(tv.CloseTilbud(key="mariagerfjord/specialenheden",
                                effective_on=date(2019, 10, 1),
                                provenance=prov(date(2019, 10, 24))))
    assert store.tilbudsvifte(date(2019, 12, 1)) == ()
    [then] = store.tilbudsvifte(date(2019, 12, 1), known_at=date(2019, 10, 23))
    assert then.navn == "Specialenheden"
    assert store.tilbudsvifte(date(2019, 12, 1), known_at=date(2018, 12, 31)) == ()


def test_an_offer_as_the_vifte_last_held_it_names_a_closed_offer(store: Socialaftale) -> None:
    store.record(
        tv.RegisterTilbud(key="vesthimmerland/rosenvaenget", navn="Botilbuddet Rosenvænget",
                          driftsherre="Vesthimmerland Kommune", lovgrundlag=(), pladser=None,
                          effective_on=date(2019, 1, 1), provenance=prov(date(2019, 1, 1))),
        tv.ChangePladser(key="vesthimmerland/rosenvaenget", effective_on=date(2019, 6, 1),
                         pladser=12, provenance=prov(date(2019, 5, 1))),
        tv.CloseTilbud(key="vesthimmerland/rosenvaenget", effective_on=date(2019, 10, 1),
                       provenance=prov(date(2019, 10, 24))))
    closed = store.tilbud_last_known("vesthimmerland/rosenvaenget")
    assert closed is not None and closed.navn == "Botilbuddet Rosenvænget"
    assert closed.pladser == 12  # its last version in the vifte, not the first
    assert not store.tilbudsvifte(date(2020, 1, 1))
    assert store.tilbud_last_known("aalborg/findes-ikke") is None


def test_an_offer_known_to_exist_has_an_unknown_start_and_can_close(
    store: Socialaftale,
) -> None:
    # The minutes mention an offer only as it closes (a made-up one here): it is known to
    # exist on a day, since when is unknown, and the vifte before that day stays unknown.
    p = prov(date(2019, 10, 24))
    store.record(
        tv.RegisterTilbud(key="region-nordjylland/fyrtaarnet", navn="Bostedet Fyrtårnet",
                          driftsherre="Region Nordjylland", effective_on=date(2019, 6, 1),
                          eksisterede=True, provenance=p),
        tv.ChangePladser(key="region-nordjylland/fyrtaarnet", pladser=8,
                         effective_on=date(2019, 7, 1), provenance=p),
        tv.CloseTilbud(key="region-nordjylland/fyrtaarnet", effective_on=date(2019, 9, 1),
                       provenance=p),
    )
    [offer] = store.tilbudsvifte(date(2019, 6, 1))
    assert (offer.gyldig_fra, offer.start_ukendt) == (date(2019, 6, 1), True)
    [changed] = store.tilbudsvifte(date(2019, 7, 1))  # a change starts a known state
    assert (changed.gyldig_fra, changed.start_ukendt, changed.pladser) == (
        date(2019, 7, 1), False, 8)
    assert store.tilbudsvifte(date(2019, 5, 31)) == ()
    assert store.tilbudsvifte(date(2019, 9, 1)) == ()
    changes = store.tilbud_changes(date(2019, 5, 31), date(2019, 6, 1))
    assert changes.ind == ()  # known from that day, not come in that day
    registered, _, closed = store.tilbud_history("Bostedet Fyrtårnet")
    assert registered.summary == (
        "Bostedet Fyrtårnet (lovgrundlag ikke oplyst, Region Nordjylland) kendt i tilbudsviften"
        " pr. 2019-06-01 med ukendt antal pladser; hvornår tilbuddet kom i viften, vides ikke")
    assert (closed.kind, closed.effective_on) == ("TilbudClosed", date(2019, 9, 1))


def test_an_offer_known_and_closed_the_same_day_is_never_shown_in_the_vifte(
    store: Socialaftale,
) -> None:
    p = prov(date(2019, 10, 24))
    store.record(
        tv.RegisterTilbud(key="region-nordjylland/fyrtaarnet", navn="Bostedet Fyrtårnet",
                          driftsherre="Region Nordjylland", effective_on=date(2018, 12, 31),
                          eksisterede=True, provenance=p),
        tv.CloseTilbud(key="region-nordjylland/fyrtaarnet", effective_on=date(2018, 12, 31),
                       provenance=p),
    )
    assert store.tilbudsvifte(date(2018, 12, 30)) == ()
    assert store.tilbudsvifte(date(2018, 12, 31)) == ()
    assert store.tilbud_last_known("region-nordjylland/fyrtaarnet") is None
    assert [h.kind for h in store.tilbud_history("region-nordjylland/fyrtaarnet")] == [
        "TilbudRegistered", "TilbudClosed"]


def test_a_registration_without_eksisterede_starts_a_known_state(store: Socialaftale) -> None:
    _setup(store)
    [offer] = store.tilbudsvifte(date(2019, 1, 1))
    assert offer.start_ukendt is False
    store.record(tv.ChangePladser(key="mariagerfjord/specialenheden", pladser=30,
                                  effective_on=date(2020, 1, 1),
                                  provenance=prov(date(2019, 10, 24))))
    assert store.tilbudsvifte(date(2020, 1, 1))[0].start_ukendt is False
