"""The group's secretariat as formed is answered by ``groups`` (issue 17: a fact a query
answers, not only the referat's words). The events come from a made-up test source."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from socialaftale import DecisionRef, Provenance, Socialaftale, Source
from socialaftale import arbejdsgrupper as ag

FORMED = date(2020, 3, 2)


def _prov() -> Provenance:
    return Provenance(FORMED, Source("testscenarie (ikke fra referaterne)"),
                      DecisionRef("socdir-2020-03-02", "4"))


@pytest.fixture(autouse=True)
def _bodies(store: Socialaftale, register_fora: Any) -> None:
    register_fora(store)


@pytest.mark.parametrize("sekretariat", ["Testby Kommune", None])
def test_groups_answer_the_secretariat_the_group_was_formed_with(
        store: Socialaftale, sekretariat: str | None) -> None:
    store.record(ag.FormGroup(key="prøvegruppe", navn="Prøvegruppen", forum="DAS",
                              mandat="prøve noget", sekretariat=sekretariat,
                              provenance=_prov()))
    (group,) = store.groups(FORMED)
    assert group.sekretariat == sekretariat
