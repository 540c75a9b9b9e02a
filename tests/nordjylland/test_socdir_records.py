"""The SOCDIR meetings, loaded from their records, on memory, SQLite and PostgreSQL (18 March
2013 has its scenarios and steps in tests/nordjylland/test_socdir_2013_03_18.py)."""

from __future__ import annotations

import pytest
from pytest_bdd import scenarios

from socialaftale import Socialaftale

scenarios("../../features/referat_socdir_2013_01_17.feature",
          "../../features/referat_socdir_2014_10_10.feature")


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store
