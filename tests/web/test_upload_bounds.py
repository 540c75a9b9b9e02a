"""An upload goes through the same bounded parser as ``load``: a bomb is a 422, not a stall."""

from __future__ import annotations

from pathlib import Path

import pytest
from litestar.testing import TestClient

from socialaftale import Socialaftale
from socialaftale_web import create_app

from .conftest import bearer, csrf_of, log_in

VALID = (Path(__file__).parents[1] / "records" / "valid.yaml").read_text(encoding="utf-8")


def bomb() -> str:
    levels = ['  - &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    levels += [f"  - &{chr(98 + i)} [" + ", ".join([f"*{chr(97 + i)}"] * 9) + "]"
               for i in range(9)]
    return VALID + "noter:\n" + "\n".join(levels) + "\n"


@pytest.mark.parametrize(("text", "rule"), [
    (bomb(), "yaml-for-stor"),
    (VALID.replace("    titel: Godkendelse af dagsorden\n", "    titel: Godkendelse af "
                   "dagsorden\n    bilag: !!python/object/apply:os.system [echo]\n"),
     "yaml-maerke"),
    (VALID + "noter:\n  - " + "[" * 490 + "]" * 490 + "\n", "yaml-for-dyb"),
])
def test_a_hostile_upload_is_refused_with_its_rule_and_records_nothing(
        web_store: Socialaftale, tokens: dict[str, str], text: str, rule: str) -> None:
    with TestClient(create_app(web_store)) as client:
        r = client.post("/api/optegnelser", json={"fil": "bombe.yaml", "indhold": text},
                        headers=bearer(tokens["sekretariat"]))
        assert r.status_code == 422, r.text
        [error] = r.json()["errors"]
        assert error["rule"] == rule and error["line"] is not None
    assert (web_store.log.last_position() or 0) == 0


def test_the_upload_form_refuses_a_bomb_with_its_line(web_store: Socialaftale,
                                                       tokens: dict[str, str]) -> None:
    with TestClient(create_app(web_store)) as client:
        log_in(client, tokens["sekretariat"])
        r = client.post("/optegnelser", files={"fil": ("bombe.yaml", bomb().encode())},
                        data={"_csrf_token": csrf_of(client, "/optegnelser")})
        assert r.status_code == 422, r.text[:500]
        assert "når dets aliaser (*navn) er foldet ud" in r.text
    assert (web_store.log.last_position() or 0) == 0
