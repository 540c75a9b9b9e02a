""""Min kommune" (issue 21) on the real records of examples/nordjylland, on every store:
one party's offers, deadlines, requests, actions, decisions naming it and pending approvals,
each checked against the query it comes from and against what the minutes say."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from socialaftale import KOMMUNE_IDS, DomainError, Socialaftale, load_records

NORDJYLLAND = Path(__file__).parents[2] / "examples" / "nordjylland"

DAY = date(2020, 1, 1)


@pytest.fixture
def loaded(store: Socialaftale) -> Socialaftale:
    load_records(store, [(p.name, p.read_bytes()) for p in sorted(NORDJYLLAND.glob("*.yaml"))])
    return store


def test_the_twelve_parties_have_a_page_id() -> None:
    assert len(KOMMUNE_IDS) == 12
    assert KOMMUNE_IDS["hjoerring"] == "Hjørring"
    assert KOMMUNE_IDS["region-nordjylland"] == "Region Nordjylland"


def test_aalborg_runs_ti_hcn_asks_to_leave_and_owns_the_actions_of_socdir_2014(
        loaded: Socialaftale) -> None:
    k = loaded.kommune("Aalborg Kommune", on=DAY)
    assert (k.id, k.navn, k.art) == ("aalborg", "Aalborg", "kommune")
    # DAS 24.10.2019 pkt. 8: Aalborg's Taleinstituttet/Hjerneskadecenter Nordjylland
    assert [o.key for o in k.tilbud] == ["aalborg/ti-hcn"]
    assert [o.key for o in k.tilbud] == [o.key for o in loaded.tilbudsvifte(DAY)
                                         if o.driftsherre == "Aalborg"]
    assert [(a.key, a.art) for a in k.anmodninger] == [("aalborg/ti-hcn", "udmelding")]
    assert [(f.aar, f.ind_udmelding, f.takster) for f in k.frister] == [
        (2020, date(2019, 10, 9), date(2019, 11, 25))]
    owned = {a.action_id for a in k.opfoelgninger}
    assert {"socdir-2014-10-10-4a", "socdir-2014-10-10-4b", "socdir-2013-03-18-e1"} <= owned
    assert all("Aalborg" in (a.ansvarlig or "") for a in k.opfoelgninger)
    decided = {(f.meeting_id, f.punkt) for g in k.beslutninger if g.art == "beslutning"
               for f in g.fund}
    assert ("socdir-2014-10-10", "4") in decided  # Temadrøftelse – HCN/Taleinstituttet
    # the one round the record holds (TI/HCN's byråd approved as a body, no per-council round)
    assert [g.runde for g in k.godkendelser] == ["socialaftale-2021-2022"]
    assert all(g.raad.raad == "Aalborg" and g.raad.afventer for g in k.godkendelser)


def test_hjoerring_runs_nothing_in_the_record_but_is_named_and_awaited(
        loaded: Socialaftale) -> None:
    k = loaded.kommune("hjoerring", on=DAY)
    assert k.navn == "Hjørring" and k.tilbud == () and k.anmodninger == ()
    assert k.beslutninger and all(f.titel for g in k.beslutninger for f in g.fund)
    assert len(k.godkendelser) == 1  # the 2021-2022 round only


def test_the_region_has_its_offers_and_only_the_rounds_it_is_in(loaded: Socialaftale) -> None:
    k = loaded.kommune("region-nordjylland", on=DAY)
    assert k.art == "region"
    assert {o.driftsherre for o in k.tilbud} == {"Region Nordjylland"} and k.tilbud
    # The TI/HCN round is the byråd's; the region is not among them
    assert [g.runde for g in k.godkendelser] == ["socialaftale-2021-2022"]
    assert any("Region Nordjylland" in (a.ansvarlig or "") for a in k.opfoelgninger)


def test_mariagerfjord_runs_offers_with_their_places(loaded: Socialaftale) -> None:
    k = loaded.kommune("Mariagerfjord", on=DAY)
    vifte = [o for o in loaded.tilbudsvifte(DAY) if o.driftsherre == "Mariagerfjord"]
    assert len(k.tilbud) == len(vifte) > 1
    assert [o.pladser for o in k.tilbud] == [o.pladser for o in vifte]
    assert any(o.navn == "Aktivitetshuset Hobro" and o.pladser == 31 for o in k.tilbud)


def test_an_unknown_party_is_refused_with_the_nearest_name(loaded: Socialaftale) -> None:
    with pytest.raises(DomainError) as err:
        loaded.kommune("Aalbrog")
    assert err.value.rule == "kommune-ukendt" and "mente du Aalborg?" in err.value.message
    with pytest.raises(DomainError):
        loaded.kommune("Aarhus")  # a municipality, but not of this agreement
