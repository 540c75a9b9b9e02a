"""The upload form: a trial run by default, the chosen file kept after a trial or an error,
and "Registrér nu" records the kept file without choosing it again."""

from __future__ import annotations

import html
import re
from pathlib import Path

from litestar.testing import TestClient

from socialaftale import Socialaftale
from socialaftale_web import create_app

from .conftest import csrf_of, log_in

RECORDS = Path(__file__).parents[1] / "records"


def _kept(page: str) -> str:
    found = re.search(r'<textarea name="indhold" hidden aria-hidden="true">\n(.*?)</textarea>',
                      page, re.S)
    assert found, "the page keeps no file"
    return html.unescape(found.group(1))


def test_a_clean_trial_offers_registrer_nu_with_the_same_file(
    web_store: Socialaftale, tokens: dict[str, str],
) -> None:
    text = (RECORDS / "valid.yaml").read_text(encoding="utf-8")
    with TestClient(create_app(web_store)) as c:
        log_in(c, tokens["sekretariat"])
        form = c.get("/optegnelser").text
        assert re.search(r'name="proeve" value="true" checked', form)
        csrf = csrf_of(c, "/optegnelser")
        trial = c.post("/optegnelser", files={"fil": ("das.yaml", text.encode())},
                       data={"proeve": "true", "_csrf_token": csrf})
        assert trial.status_code == 200 and "Prøvekørsel – intet er gemt" in trial.text
        assert "Registrér nu" in trial.text and (web_store.log.last_position() or 0) == 0
        assert _kept(trial.text) == text
        done = c.post("/optegnelser", data={"indhold": _kept(trial.text), "filnavn": "das.yaml",
                                            "grund": "", "_csrf_token": csrf})
        assert done.status_code == 200, done.text
        assert "Registrerede" in done.text and "Registrér nu" not in done.text
    assert (web_store.log.last_position() or 0) > 0


def test_after_an_error_the_file_is_kept_for_another_try(
    web_store: Socialaftale, tokens: dict[str, str],
) -> None:
    broken = (RECORDS / "broken" / "impossible_date.yaml").read_text(encoding="utf-8")
    with TestClient(create_app(web_store)) as c:
        log_in(c, tokens["sekretariat"])
        r = c.post("/optegnelser", files={"fil": ("impossible_date.yaml", broken.encode())},
                   data={"proeve": "true", "_csrf_token": csrf_of(c, "/optegnelser")})
        assert r.status_code == 422 and "dato 2019-02-30 findes ikke" in r.text
        assert "<strong>impossible_date.yaml</strong>, er beholdt" in r.text
        assert _kept(r.text) == broken
        assert '<a href="/optegnelser">Tilbage til formularen</a>' in r.text
        again = c.post("/optegnelser", data={"indhold": _kept(r.text),
                                             "filnavn": "impossible_date.yaml",
                                             "_csrf_token": csrf_of(c, "/optegnelser")})
        assert again.status_code == 422 and "linje 6" in again.text  # same lines as the file
        empty = c.post("/optegnelser", data={"_csrf_token": csrf_of(c, "/optegnelser")})
        assert empty.status_code == 400 and "vælg en mødeoptegnelse" in empty.text
    assert (web_store.log.last_position() or 0) == 0
