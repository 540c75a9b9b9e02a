"""Working groups and appointments from the minutes, on memory, SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from pytest_bdd import scenarios

from socialaftale import Socialaftale

scenarios("../../features/arbejdsgrupper.feature")


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    """Makes the parametrised ``store`` part of every scenario, so each runs on all three."""
    return store
