"""The årshjul: entries with a span of months, a purpose and another body's decision."""

from __future__ import annotations

from datetime import date

from socialaftale import Provenance, Socialaftale, Source
from socialaftale import strategi as st
from socialaftale.domain.common import DecisionRef, ExternalDecision
from socialaftale.domain.dates import PartialDate, parse_dato


def _plan(store: Socialaftale, dato: str, titel: str, formaal: str | None,
          external: ExternalDecision | None) -> None:
    store.record(st.PlanAarshjulEvent(
        aar=2020, dato=parse_dato(dato), titel=titel, formaal=formaal,
        provenance=Provenance(occurred_on=date(2019, 10, 24),
                              source=Source("referat.txt", "7", "note om året"),
                              decision=DecisionRef("forum-2019-10-24", "7"), external=external)))


def test_a_plan_another_body_agreed_is_shown_entry_by_entry_with_who_decided(
    store: Socialaftale,
) -> None:
    agreed = ExternalDecision("Styregruppen", date(2019, 8, 26), "Styregruppen aftalte processen")
    _plan(store, "februar-april 2020", "Sekretariatet", "Aftalen udarbejdes", agreed)
    _plan(store, "3. februar 2020", "Temadag", None, None)
    span, day = store.aarshjul(2020)  # sorted by the first possible day
    assert (span.dato, span.titel, span.formaal) == (
        PartialDate(2020, 2, None, 4), "Sekretariatet", "Aftalen udarbejdes")
    assert span.besluttet_af == "besluttet af Styregruppen 26. august 2019 (ifølge kilden)"
    assert (span.ekstern_tekst, span.kildenote) == ("Styregruppen aftalte processen",
                                                     "note om året")
    assert (day.dato, day.formaal, day.besluttet_af) == (date(2020, 2, 3), None, None)
    assert span.beslutning == day.beslutning == "forum-2019-10-24 pkt. 7"
