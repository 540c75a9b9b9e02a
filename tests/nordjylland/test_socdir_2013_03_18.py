"""SOCDIR 18 March 2013, loaded from its meeting record: the figures the minutes print."""

from __future__ import annotations

from decimal import Decimal

from socialaftale import Socialaftale, load_record

from .conftest import EXAMPLES

FILE = "socdir-2013-03-18.yaml"


def test_the_2012_accounts_add_up_to_the_minutes_totals(store: Socialaftale) -> None:
    load_record(store, (EXAMPLES / FILE).read_bytes(), FILE)
    budget = store.budget(2012, "Sekretariatet for Rammeaftaler")
    assert (budget.udgifter_regnskab, budget.udgifter_budget) == (Decimal("1715000"),
                                                                  Decimal("1510000"))
    assert budget.resultat == Decimal("-164000")


def test_the_fu_chair_was_elected_by_acclamation(store: Socialaftale) -> None:
    load_record(store, (EXAMPLES / FILE).read_bytes(), FILE)
    roles = store.person_roles("Henrik Aarup-Kristensen")
    assert [(r.rolle, r.hvor) for r in roles] == [
        ("formand", "FU (for SOCDIR)"),
        ("repræsentant", "KL's arbejdsgruppe om de sikrede institutioner (for SOCDIR)")]
    [decision] = [d for d in store.decisions() if d.meeting_id == "socdir-2013-03-18"
                  and d.punkt == "3"]
    assert any("ved akklamation som formand" in f.summary for f in decision.fakta)
