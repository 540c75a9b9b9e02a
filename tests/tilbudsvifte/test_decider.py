"""The tilbudsvifte decider without a store: given events, when a command, then events or error."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from socialaftale import DecisionRef, DomainError, Provenance, Source
from socialaftale.domain.common import StreamId
from socialaftale.domain.tilbudsvifte import (
    CONTEXT,
    AgreeBilateralExemption,
    ApproveUdmelding,
    BilateralExemptionAgreed,
    CarryTakstRegulering,
    ChangePladser,
    CorrectFact,
    FactSuperseded,
    FristerSet,
    Lovgrundlag,
    NytTilbud,
    PladserChanged,
    RegisterTilbud,
    RejectUdmelding,
    RequestUdmelding,
    SetTakst,
    SplitTilbud,
    TakstReguleringCarried,
    TakstSet,
    TilbudClosed,
    TilbudRegistered,
    TilbudSplit,
    UdmeldingApproved,
    UdmeldingRejected,
    UdmeldingRequested,
    frister_stream,
    parse_lovgrundlag,
    tilbud_stream,
    timeline,
)

PROV = Provenance(
    occurred_on=date(2019, 10, 24),
    source=Source("003_dac07bbacd9158aa.txt", "8"),
    decision=DecisionRef("das-2019-10-24", "8"),
)
KEY = "mariagerfjord/specialenheden"
S = tilbud_stream(KEY)


def registered(**kw: Any) -> TilbudRegistered:
    base: dict[str, Any] = {
        "key": KEY, "navn": "Specialenheden", "driftsherre": "Mariagerfjord",
        "lovgrundlag": (Lovgrundlag("SEL", "103"),), "pladser": 23,
        "effective_on": date(2019, 1, 1), "i_tilbudsviften": True,
    }
    base.update(kw)
    return TilbudRegistered(**base)


def given(*events: tuple[StreamId, Any]) -> dict[StreamId, Any]:
    states: dict[StreamId, Any] = {}
    for stream, event in events:
        states[stream] = CONTEXT.evolve(states.get(stream), event)
    return states


def when(states: dict[StreamId, Any], command: Any) -> Sequence[tuple[StreamId, Any]]:
    full = {s: states.get(s) for s in CONTEXT.streams(command)}
    return CONTEXT.decide(command, full)


def refused(states: dict[StreamId, Any], command: Any) -> DomainError:
    with pytest.raises(DomainError) as err:
        when(states, command)
    return err.value


@pytest.mark.parametrize(
    ("text", "bases"),
    [
        ("§105", (Lovgrundlag("ABL", "105"),)),
        ("§105+§104", (Lovgrundlag("ABL", "105"), Lovgrundlag("SEL", "104"))),
        ("§ 105, stk. 1", (Lovgrundlag("ABL", "105", 1),)),
        ("SEL § 108", (Lovgrundlag("SEL", "108"),)),
        ("§ 42", (Lovgrundlag("andet", "42"),)),
    ],
)
def test_legal_bases_are_read_as_the_minutes_write_them(
    text: str, bases: tuple[Lovgrundlag, ...]
) -> None:
    assert parse_lovgrundlag(text) == bases


def test_an_unreadable_legal_basis_names_the_text() -> None:
    with pytest.raises(DomainError, match="'paragraf 105' kan ikke læses"):
        parse_lovgrundlag("paragraf 105")


def test_a_places_change_records_the_old_and_new_count() -> None:
    states = given((S, registered()))
    events = when(states, ChangePladser(key=KEY, effective_on=date(2020, 1, 1), pladser=30,
                                        provenance=PROV))
    assert events == [(S, PladserChanged(date(2020, 1, 1), 23, 30))]
    assert events[0][1].summary() == "Pladser ændret fra 23 til 30 fra 2020-01-01"


def test_places_below_zero_are_refused() -> None:
    err = refused(given((S, registered())),
                  ChangePladser(key=KEY, effective_on=date(2020, 1, 1), pladser=-3,
                                provenance=PROV))
    assert (err.rule, err.field) == ("negative-pladser", "pladser")


def test_an_effective_date_holds_from_that_day_and_not_the_day_before() -> None:
    states = given((S, registered()), (S, PladserChanged(date(2020, 1, 1), 23, 30)))
    segments = timeline(states[S].events)
    assert [(a, b, s.pladser) for a, b, s in segments] == [
        (date(2019, 1, 1), date(2020, 1, 1), 23),
        (date(2020, 1, 1), None, 30),
    ]


def test_a_fact_recorded_late_lands_at_its_effective_date() -> None:
    states = given(
        (S, registered()),
        (S, PladserChanged(date(2020, 1, 1), 23, 30)),
        (S, PladserChanged(date(2019, 6, 1), 30, 25)),
    )
    assert [(a, s.pladser) for a, _, s in timeline(states[S].events)] == [
        (date(2019, 1, 1), 23), (date(2019, 6, 1), 25), (date(2020, 1, 1), 30),
    ]


def test_udmelding_needs_the_offer_in_the_tilbudsvifte() -> None:
    states = given((S, registered(i_tilbudsviften=False)))
    err = refused(states, RequestUdmelding(key=KEY, request_id="u1", aar=2020, provenance=PROV))
    assert err.rule == "ikke-i-tilbudsviften"
    assert err.message == "Specialenheden er ikke i tilbudsviften og kan ikke udmeldes"


def test_a_request_after_the_deadline_is_flagged_late() -> None:
    states = given(
        (S, registered()),
        (frister_stream(2020), FristerSet(2020, date(2019, 10, 9), date(2019, 11, 25))),
    )
    [(_, on_time)] = when(states, RequestUdmelding(key=KEY, request_id="u1", aar=2020,
                                                    modtaget=date(2019, 10, 9),
                                                    provenance=PROV))
    [(_, late)] = when(states, RequestUdmelding(key=KEY, request_id="u1", aar=2020,
                                                 modtaget=date(2019, 10, 10), provenance=PROV))
    [(_, unknown)] = when(states, RequestUdmelding(key=KEY, request_id="u1", aar=2020,
                                                    provenance=PROV))
    assert (on_time.for_sent, late.for_sent, unknown.for_sent) == (False, True, None)
    assert "FOR SENT (frist 2019-10-09)" in late.summary()


def test_a_late_request_is_approved_only_explicitly() -> None:
    states = given(
        (S, registered()),
        (S, UdmeldingRequested("u1", 2020, date(2019, 10, 10), date(2019, 10, 9), True)),
    )
    err = refused(states, ApproveUdmelding(key=KEY, request_id="u1",
                                           effective_on=date(2020, 1, 1), provenance=PROV))
    assert (err.rule, err.field) == ("frist-overskredet", "trods_frist")
    events = when(states, ApproveUdmelding(key=KEY, request_id="u1", trods_frist=True,
                                           effective_on=date(2020, 1, 1), provenance=PROV))
    assert events == [(S, UdmeldingApproved("u1", date(2020, 1, 1), True))]


def test_a_decision_needs_an_open_request_of_that_kind() -> None:
    states = given((S, registered()))
    err = refused(states, RejectUdmelding(key=KEY, request_id="nope", provenance=PROV))
    assert err.rule == "anmodning-ukendt"
    decided = given(
        (S, registered()),
        (S, UdmeldingRequested("u1", 2020, None, None, None)),
        (S, UdmeldingRejected("u1", ("grund",))),
    )
    err = refused(decided, ApproveUdmelding(key=KEY, request_id="u1",
                                            effective_on=date(2020, 1, 1), provenance=PROV))
    assert err.rule == "anmodning-afgjort"
    assert err.message.endswith("er allerede afvist")


def test_a_closed_offer_takes_no_new_facts() -> None:
    states = given((S, registered()), (S, TilbudClosed(date(2019, 10, 1))))
    for command in (
        ChangePladser(key=KEY, effective_on=date(2020, 1, 1), pladser=3, provenance=PROV),
        SetTakst(key=KEY, aar=2020, ydelse="§ 103", beloeb=Decimal("1000"), enhed="døgn",
                 provenance=PROV),
        RequestUdmelding(key=KEY, request_id="u", aar=2020, provenance=PROV),
    ):
        assert refused(states, command).rule == "tilbud-lukket"


def test_a_correction_supersedes_a_fact_and_may_replace_it_on_a_closed_offer() -> None:
    states = given(
        (S, registered()),
        (S, PladserChanged(date(2019, 6, 1), 23, 25)),
        (S, TilbudClosed(date(2019, 10, 1))),
    )
    events = when(states, CorrectFact(
        key=KEY, supersedes=2, grund="tastefejl",
        erstatning=ChangePladser(key=KEY, effective_on=date(2019, 6, 1), pladser=24,
                                 provenance=PROV),
        provenance=PROV))
    assert events == [
        (S, FactSuperseded(2, "tastefejl")),
        (S, PladserChanged(date(2019, 6, 1), 23, 24)),
    ]
    after = given((S, registered()), (S, PladserChanged(date(2019, 6, 1), 23, 25)),
                  (S, TilbudClosed(date(2019, 10, 1))), *events)
    assert [s.pladser for _, _, s in timeline(after[S].events)] == [23, 24, 24]


def test_a_correction_names_a_fact_in_force() -> None:
    states = given((S, registered()), (S, PladserChanged(date(2019, 6, 1), 23, 25)),
                   (S, FactSuperseded(2, "x")))
    for gone in (2, 3, 9):  # already superseded, the correction itself, no such fact
        assert refused(states, CorrectFact(key=KEY, supersedes=gone, grund="x",
                                           provenance=PROV)).rule == "rettelse-ukendt"
    states = given((S, registered()))
    assert refused(states, CorrectFact(key=KEY, supersedes=1, grund="x",
                                       provenance=PROV)).rule == "rettelse-ikke-tilladt"


def test_a_split_ends_the_offer_and_registers_each_part_in_the_tilbudsvifte() -> None:
    kaervej = tilbud_stream("mariagerfjord/kaervej")
    states = given((kaervej, registered(key="mariagerfjord/kaervej", navn="Botilbud Kærvej",
                                        pladser=None)))
    parts = (NytTilbud(key="mariagerfjord/kaervej-bo", navn="Bo", pladser=15),
             NytTilbud(key="mariagerfjord/kaervej-aktivitet", navn="Aktivitet", pladser=17))
    events = when(states, SplitTilbud(key="mariagerfjord/kaervej",
                                      effective_on=date(2020, 1, 1), into=parts,
                                      provenance=PROV))
    assert events[0] == (kaervej, TilbudSplit(date(2020, 1, 1), tuple(p.key for p in parts)))
    born = [e for _, e in events[1:]]
    assert [(e.navn, e.driftsherre, e.pladser, e.opstaaet_af) for e in born] == [
        ("Bo", "Mariagerfjord", 15, ("mariagerfjord/kaervej",)),
        ("Aktivitet", "Mariagerfjord", 17, ("mariagerfjord/kaervej",)),
    ]
    taken = given(*((kaervej, e) for _, e in [(kaervej, states[kaervej].events[0][1])]),
                  (tilbud_stream(parts[0].key), registered(key=parts[0].key)))
    assert refused(taken, SplitTilbud(key="mariagerfjord/kaervej",
                                      effective_on=date(2020, 1, 1), into=parts,
                                      provenance=PROV)).rule == "tilbud-findes"


def test_only_a_category_2_offer_is_exempted_by_bilateral_agreement() -> None:
    cat3 = given((S, registered(kategori=3)))
    command = AgreeBilateralExemption(key=KEY, effective_on=date(2020, 1, 1),
                                      koeberkommuner=("Aalborg Kommune", "Rebild"),
                                      provenance=PROV)
    assert refused(cat3, command).message.endswith("Specialenheden har kategori 3")
    events = when(given((S, registered(kategori=2))), command)
    assert events == [(S, BilateralExemptionAgreed(date(2020, 1, 1), ("Aalborg", "Rebild")))]


def test_rates_are_decimal_kroner_and_late_rates_are_flagged() -> None:
    states = given(
        (S, registered()),
        (frister_stream(2020), FristerSet(2020, date(2019, 10, 9), date(2019, 11, 25))),
    )
    [(_, takst)] = when(states, SetTakst(key=KEY, aar=2020, ydelse="SEL § 103",
                                         beloeb=Decimal("1234.5"), enhed="døgn",
                                         modtaget=date(2019, 11, 26), provenance=PROV))
    assert takst == TakstSet(2020, "SEL § 103", Decimal("1234.50"), "døgn",
                             date(2019, 11, 26), date(2019, 11, 25), True)
    # A third decimal is refused, never rounded to øre (issue 24).
    err = refused(states, SetTakst(key=KEY, aar=2020, ydelse="SEL § 103",
                                   beloeb=Decimal("1234.567"), enhed="døgn",
                                   modtaget=date(2019, 11, 26), provenance=PROV))
    assert err.rule == "beloeb-decimaler"


def test_a_surplus_is_carried_only_into_a_later_year() -> None:
    states = given((S, registered()))
    err = refused(states, CarryTakstRegulering(key=KEY, fra_aar=2019, til_aar=2019,
                                               beloeb=Decimal(5), provenance=PROV))
    assert err.rule == "regulering-senere-aar"
    [(_, ev)] = when(states, CarryTakstRegulering(key=KEY, fra_aar=2018, til_aar=2020,
                                                  beloeb=Decimal("-56300"), provenance=PROV))
    assert ev == TakstReguleringCarried(2018, 2020, Decimal("-56300.00"))
    assert ev.summary() == "Underskud fra 2018 på 56.300 kr. indregnes i taksten for 2020"


def test_registration_refuses_an_unknown_driftsherre_with_a_suggestion() -> None:
    err = refused({}, RegisterTilbud(key="x/y", navn="Y", driftsherre="Mariagerfjor",
                                     effective_on=date(2019, 1, 1), provenance=PROV))
    assert "mente du Mariagerfjord?" in err.message
