"""The budget scenarios from the minutes of 18 March 2013 and 10 October 2014, on every store."""

from __future__ import annotations

import pytest
from pytest_bdd import scenarios

from socialaftale import Socialaftale

scenarios("../../features/budget.feature")


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    """Makes the parametrised ``store`` part of every scenario, so each runs on all three."""
    return store
