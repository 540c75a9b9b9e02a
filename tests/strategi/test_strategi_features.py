"""The strategy and årshjul of DAS 24 October 2019 as the real record holds them, and their
rules on a made-up period, on memory, SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from pytest_bdd import scenarios

from socialaftale import Socialaftale

scenarios("../../features/strategi.feature", "../../features/strategi_regler.feature")


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    """Makes the parametrised ``store`` part of every scenario, so each runs on all three."""
    return store
