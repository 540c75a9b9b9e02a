"""SOCDIR meetings as recorded, on memory, SQLite and PostgreSQL (features/meetings.feature
loads the real records in tests/nordjylland/test_meetings_das.py; the rules of meetings,
with made-up meetings, are in test_moeder_regler.py)."""

from __future__ import annotations

import pytest
from pytest_bdd import scenarios

from socialaftale import Socialaftale

scenarios("../../features/meetings_socdir_2014.feature",
          "../../features/meetings_socdir_2013.feature")
# features/meetings_socdir_2013_marts.feature reads its meeting's record: its scenarios run in
# tests/nordjylland/test_socdir_2013_03_18.py; features/meetings.feature in
# tests/nordjylland/test_meetings_das.py.


@pytest.fixture(autouse=True)
def _every_store_kind(store: Socialaftale) -> Socialaftale:
    """Makes the parametrised ``store`` part of every scenario, so each runs on all three."""
    return store
