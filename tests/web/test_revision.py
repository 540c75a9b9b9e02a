"""The signed checkpoints on the web, and each decision's proof, checked by the verifier."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from litestar.testing import TestClient

from socialaftale import Socialaftale, audit
from socialaftale_web import create_app


def test_checkpoints_are_published_and_every_decision_links_its_proof(
        loaded: Socialaftale, tokens: dict[str, str], tmp_path: Path) -> None:
    audit.create_key(tmp_path / "k.pem")
    cp = audit.create_checkpoint(loaded, tmp_path / "k.pem")
    public = audit.load_public_key((tmp_path / "k.pem.pub").read_bytes())
    with TestClient(create_app(loaded)) as web:
        page = web.get("/revision")
        assert page.status_code == 200 and cp.root.hex() in page.text
        assert '<a href="/revision"' in page.text  # in the menu
        listed = web.get("/api/checkpoints").json()
        assert listed == [audit.checkpoint_data(cp)]
        assert audit.verify_document(listed[0], public) is None

        decisions = web.get("/beslutninger?soeg=taleinstituttet").text
        links = sorted({int(p) for p in _proof_links(decisions)})
        assert links
        for position in links:
            proof = web.get(f"/api/bevis/{position}").json()
            assert proof["position"] == position
            assert audit.verify_document(proof, public) is None
            download = web.get(f"/bevis/{position}")
            assert "attachment" in download.headers["content-disposition"]
            assert download.json() == proof
        # the API's decisions carry their positions too
        api = web.get("/api/beslutninger",
                      params={"soeg": "taleinstituttet"}).json()["beslutninger"]
        assert {d["position"] for d in api} <= set(range(1, cp.size + 1))

        # another event's proof shows its content: the secretariat's alone
        other = next(r.position for r in loaded.events()
                     if type(r.event).__name__ != "DecisionRecorded")
        assert web.get(f"/api/bevis/{other}").status_code == 401
        ok = web.get(f"/api/bevis/{other}",
                     headers={"Authorization": f"Bearer {tokens['sekretariat']}"})
        assert ok.status_code == 200 and audit.verify_document(ok.json(), public) is None
        missing = web.get(f"/api/bevis/{cp.size + 100}")
        assert missing.status_code == 404 and "ingen hændelse" in missing.json()["detail"]


def _proof_links(html: str) -> list[str]:
    import re

    return re.findall(r'href="/bevis/(\d+)"', html)


def test_the_revision_page_says_when_there_is_no_checkpoint(client: Any) -> None:
    text = client.get("/revision").text
    assert "Der er endnu intet checkpoint" in text
    assert json.loads(client.get("/api/checkpoints").text) == []
