"""The three SOCDIR meetings, loaded from their records, on memory, SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from pytest_bdd import scenarios

from socialaftale import Socialaftale

scenarios("../../features/referat_socdir_2013_01_17.feature",
          "../../features/referat_socdir_2013_03_18.feature",
          "../../features/referat_socdir_2014_10_10.feature")


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    return store
