"""DAS 24 October 2019, loaded from its meeting record, on memory, SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from pytest_bdd import scenarios

from socialaftale import Socialaftale

scenarios("../../features/referat_das_2019_10_24.feature")


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store
