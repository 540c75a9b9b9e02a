"""Every outcome filter of the web adapter takes the names the record uses (issue 16): the
page and the API agree with the model's name, and an unknown name is a Danish 400."""

from __future__ import annotations

from html import unescape
from typing import Any

import pytest
from litestar.testing import TestClient

from socialaftale import Socialaftale
from socialaftale_web import create_app


@pytest.fixture
def reader(loaded: Socialaftale) -> Any:
    with TestClient(create_app(loaded)) as c:
        yield c


@pytest.mark.parametrize("name", ["ikke_godkendt", "ikke%20godkendt,%20med%20begrundelser"])
def test_the_api_filter_takes_the_danish_name_like_the_models(reader: Any, name: str) -> None:
    model = reader.get("/api/beslutninger?udfald=rejected_with_reasons").json()
    assert model["beslutninger"] and reader.get(f"/api/beslutninger?udfald={name}").json() == model


def test_an_unknown_outcome_is_a_400_in_danish_with_a_suggestion(reader: Any) -> None:
    api = reader.get("/api/beslutninger?udfald=drøftt")
    assert api.status_code == 400
    assert "felt 'udfald': ukendt udfald 'drøftt' — mente du droeftet?" in api.json()["detail"]
    page = reader.get("/beslutninger?udfald=ikke_angivt")
    assert page.status_code == 400 and "mente du ikke_angivet?" in unescape(page.text)
