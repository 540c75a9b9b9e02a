"""A store written before issue 16 still opens, verifies and answers as it did then.

tests/fixtures/store_before_16.db was written by the code on main at commit 3acae1e (see
tests/fixtures/make_store_before_16.py); every event type of that code occurs in it. The
expected answers in store_before_16_answers.json were produced by that OLD code, so any
later change to an event or a read model that breaks old stores fails here.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import orjson
import pytest

from socialaftale import audit, open_store
from socialaftale.contexts import CONTEXTS

FIXTURES = Path(__file__).parent.parent / "fixtures"
SCRIPT = FIXTURES / "make_store_before_16.py"


def _old_answers() -> dict[str, Any]:
    loaded: dict[str, Any] = orjson.loads((FIXTURES / "store_before_16_answers.json").read_bytes())
    return loaded


def _answers_of(store: Any) -> dict[str, Any]:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_store_before_16", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # The questions and their JSON form are the script's; the answers are the current code's.
    result: dict[str, Any] = orjson.loads(orjson.dumps(module.answers(store)))
    return result


@pytest.fixture
def old_store(tmp_path: Path) -> Path:
    copy = tmp_path / "foer-16.db"
    shutil.copy(FIXTURES / "store_before_16.db", copy)  # never touch the committed fixture
    return copy


def test_the_fixture_holds_every_event_type_the_old_code_had() -> None:
    old = set(_old_answers()["event_types"])
    assert len(old) >= 56
    today = {cls.__name__ for ctx in CONTEXTS for cls in ctx.events}
    assert old <= today, f"event types removed since issue 16 began: {sorted(old - today)}"


def test_an_old_store_verifies_with_the_current_code(old_store: Path) -> None:
    with open_store(f"sqlite:///{old_store}") as store:
        result = audit.verify(store, record=False)
        assert result.problems == []
        assert result.events == _old_answers()["event_count"]


def test_every_read_model_rebuilt_from_an_old_store_answers_as_the_old_code_did(
    old_store: Path,
) -> None:
    with open_store(f"sqlite:///{old_store}") as store:
        store.rebuild()
        assert store.projection_failures() == []
        new = _answers_of(store)
    old = _old_answers()
    assert sorted(new) == sorted(old)
    for question, answer in old.items():
        problem = _lost(answer, new[question], question)
        assert problem is None, f"{problem}: answers differently from before issue 16"


#: Events a decision's facts show since issue 16 point 7: an earlier action delivered,
#: postponed or changed by that decision (the old code left them out). Only these may be
#: added to an old decision's facts; every fact it had must still be there, in order.
SHOWN_SINCE = frozenset({"ActionCompleted", "ActionPostponed", "ActionReassigned"})


def _lost(old: Any, new: Any, where: str) -> str | None:
    """Where the new answer lost or changed what the old one said (a field the model has
    gained since is no loss: an old store's answer may say more, never less or otherwise)."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key, value in old.items():
            if key not in new:
                return f"{where}.{key} is gone"
            problem = _lost(value, new[key], f"{where}.{key}")
            if problem:
                return problem
        return None
    if isinstance(old, list) and isinstance(new, list):
        if where.endswith(".fakta"):  # a decision's facts: see SHOWN_SINCE
            new = [f for f in new if not (isinstance(f, dict) and f.get("kind") in SHOWN_SINCE
                                          and f not in old)]
        if len(old) != len(new):
            return f"{where}: {len(old)} entries before, {len(new)} now"
        for i, (before, now) in enumerate(zip(old, new, strict=True)):
            problem = _lost(before, now, f"{where}[{i}]")
            if problem:
                return problem
        return None
    return None if old == new else f"{where}: {old!r} before, {new!r} now"


def test_an_old_store_opened_fresh_builds_its_read_models_on_first_open(old_store: Path) -> None:
    with open_store(f"sqlite:///{old_store}") as store:
        meetings = _answers_of(store)["meetings"]
    assert _lost(_old_answers()["meetings"], meetings, "meetings") is None


def test_the_cli_verifies_an_old_store(old_store: Path) -> None:
    from click.testing import CliRunner

    from socialaftale_cli.main import cli

    result = CliRunner().invoke(cli, ["verify", "--store", str(old_store)])
    assert result.exit_code == 0, result.output
    assert f"Intakt: {_old_answers()['event_count']} hændelser" in result.output


def test_a_record_loaded_by_the_old_code_reloads_unchanged(old_store: Path) -> None:
    """Fields added since (sub-matters, the recorder's summary, action notes, …) take their
    defaults when an old unit is compared: an unchanged file is "uændret", not "rettet"."""
    import importlib.util

    from socialaftale import load_records

    spec = importlib.util.spec_from_file_location("make_store_before_16", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = module.EXTRA.read_text(encoding="utf-8")
    for old, new in module.EDITS:
        text = text.replace(old, new)
    with open_store(f"sqlite:///{old_store}") as store:
        before = store.log.last_position()
        [result] = load_records(store, [("tests/fixtures/store_before_16_extra.yaml", text)])
        assert (result.status, result.differences) == ("uændret", ())
        assert store.log.last_position() == before
