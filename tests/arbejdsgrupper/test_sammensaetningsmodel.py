"""A model for composing working groups that do not exist yet (AdoptCompositionModel).

A body approves seats (role, how many, from whom, task) before any group is formed; the
model answers "how many of each?" as a fact, not from a text. Fictional data only.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from socialaftale import RecordError, load_record, open_store

VALID = (Path(__file__).parent.parent / "records" / "valid.yaml").read_text(encoding="utf-8")
ANCHOR = "      opfoelgning:\n"

SEATS = """\
          pladser:
            - {rolle: tovholder, mindst: 1, maks: 1, fra: testsekretariatet,
               tekst: en tovholder fra testsekretariatet}
            - {rolle: skribent, mindst: MINDST, maks: MAKS, opgave: skriver rapporten,
               tekst: nogle skribenter}
            - {rolle: repræsentant, mindst: 1, udpeges_blandt: chefer, tekst: repræsentanter}
"""
TASKS = """\
          udmeldinger:
            - {id: fiktiv-a, emne: Fiktive målgrupper A, fra: Teststyrelsen, dato: 2019-12-01}
            - {id: fiktiv-b, emne: Fiktive målgrupper B, fra: Teststyrelsen, dato: december 2019}
"""
OFFERS = """\
          tilsagn:
            - {fra: Testby Kommune, rolle: ROLLE, udmeldinger: [UDMELDING], tekst: vi stiller en}
"""


def with_model(mindst: str = "1", maks: str = "2", rolle: str = "skribent",
               udmelding: str = "fiktiv-a", tasks: str = TASKS) -> str:
    """The valid record with a fictional composition model carried by DAS item 8."""
    assert VALID.count(ANCHOR) == 1
    fact = ("        - type: AdoptCompositionModel\n          key: testmodellen\n"
            "          navn: modellen for fiktive testgrupper\n"
            + SEATS.replace("MINDST", mindst).replace("MAKS", maks) + tasks
            + OFFERS.replace("ROLLE", rolle).replace("UDMELDING", udmelding))
    return VALID.replace(ANCHOR, fact + ANCHOR, 1)


def test_a_model_answers_its_seats_tasks_and_offers(store_url: str) -> None:
    """On every kind of store (memory, SQLite, the PostgreSQL server)."""
    with open_store(store_url, actor="test") as store:
        load_record(store, with_model(), "das.yaml")
        (model,) = store.composition_models()
        assert (model.key, model.vedtaget, model.beslutning) == (
            "testmodellen", date(2019, 10, 24), "das-2019-10-24 pkt. 8")
        assert [(p.rolle, p.mindst, p.maks, p.antal()) for p in model.pladser] == [
            ("tovholder", 1, 1, "1"), ("skribent", 1, 2, "1-2"),
            ("repræsentant", 1, None, "mindst 1")]
        assert model.plads("repræsentant").udpeges_blandt == "chefer"
        assert model.plads("skribent").fra is None  # not stated: unknown
        assert [(u.id, str(u.dato)) for u in model.udmeldinger] == [
            ("fiktiv-a", "2019-12-01"), ("fiktiv-b", "december 2019")]
        (offer,) = model.tilsagn
        assert (offer.fra, offer.rolle, offer.udmeldinger, offer.antal) == (
            "Testby Kommune", "skribent", ("fiktiv-a",), 1)
        assert store.composition_models(date(2019, 10, 23)) == ()
        (fact,) = [f for f in store.facts_of_decision("das-2019-10-24", "8")
                   if f.kind == "CompositionModelAdopted"]
        assert "skribent (1-2)" in fact.summary and "Fiktive målgrupper A" in fact.summary


@pytest.mark.parametrize(("record", "rule"), [
    (with_model(mindst="3", maks="2"), "plads-antal"),
    (with_model(mindst="-1"), "plads-antal"),
    (with_model(rolle="formand"), "tilsagn-ukendt-rolle"),
    (with_model(udmelding="fiktiv-c"), "tilsagn-ukendt-udmelding"),
    (with_model(tasks=TASKS.replace("fiktiv-b", "fiktiv-a")), "udmelding-dobbelt"),
])
def test_a_broken_model_is_refused_and_nothing_written(tmp_path: Path, record: str,
                                                       rule: str) -> None:
    with open_store(f"sqlite:///{tmp_path / 'm.db'}", actor="test") as store:
        with pytest.raises(RecordError) as err:
            load_record(store, record, "das.yaml")
        assert err.value.rule == rule
        assert "das.yaml" in str(err.value)
        assert store.composition_models() == ()
        assert store.meetings() == ()


def test_a_model_is_adopted_by_a_decision_once_and_has_a_seat(tmp_path: Path) -> None:
    from socialaftale import DecisionRef, DomainError, Provenance, Source
    from socialaftale import sammensaetning as sm

    seen = Provenance(date(2019, 10, 24), Source("003_dac07bbacd9158aa.txt", "8"))
    decided = Provenance(date(2019, 10, 24), Source("003_dac07bbacd9158aa.txt", "8"),
                         DecisionRef("das-2019-10-24", "8"))
    seat = sm.Plads(rolle="tovholder", tekst="en tovholder", mindst=1, maks=1)
    with open_store(f"sqlite:///{tmp_path / 'm.db'}", actor="test") as store:
        load_record(store, VALID, "das.yaml")
        for command, rule in [
            (sm.AdoptCompositionModel(key="m", navn="fiktiv", pladser=(seat,), provenance=seen),
             "model-uden-beslutning"),
            (sm.AdoptCompositionModel(key="m", navn="fiktiv", pladser=(), provenance=decided),
             "model-uden-pladser"),
        ]:
            with pytest.raises(DomainError) as caught:
                store.record(command)
            assert caught.value.rule == rule
        store.record(sm.AdoptCompositionModel(key="m", navn="fiktiv", pladser=(seat,),
                                              provenance=decided))
        with pytest.raises(DomainError) as caught:
            store.record(sm.AdoptCompositionModel(key="m", navn="fiktiv", pladser=(seat,),
                                                  provenance=decided))
        assert caught.value.rule == "model-dobbelt"
        assert [m.key for m in store.composition_models()] == ["m"]
