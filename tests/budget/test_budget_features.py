"""The secretariat's 2012 accounts as the real record of 18 March 2013 holds them, and the
rules of budgets and cost sharing on made-up cost centres, on every store."""

from __future__ import annotations

import pytest
from pytest_bdd import scenarios

from socialaftale import Socialaftale

scenarios("../../features/budget.feature", "../../features/budget_regler.feature")


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    """Makes the parametrised ``store`` part of every scenario, so each runs on all three."""
    return store
