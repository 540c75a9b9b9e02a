"""The auditor's commands end to end: keys, checkpoints, verify, proofs checked by the
standalone verifier in a process of its own, and an export that an import checks."""

from __future__ import annotations

import ast
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from socialaftale import open_store
from socialaftale_cli.main import cli

from .helpers import fill

VERIFIER = Path(__file__).parents[2] / "src" / "socialaftale" / "verifier.py"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def verifier(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The verifier as an auditor runs it: the single file copied elsewhere, isolated mode
    (no user site, no current directory on the path), without the store."""
    copy = tmp / "verify_proof.py"
    if not copy.exists():
        shutil.copy(VERIFIER, copy)
    return subprocess.run([sys.executable, "-I", str(copy), *args], capture_output=True,
                          text=True, check=False, cwd=tmp, timeout=60)


@pytest.fixture
def audited(tmp_path: Path) -> tuple[str, Path]:
    url = f"sqlite:///{tmp_path / 'r.db'}"
    with open_store(url) as store:
        fill(store, offers=10, changes=3)
    code, out, err = run("key", "create", str(tmp_path / "sek.pem"))
    assert code == 0 and "sek.pem.pub" in out, err
    return url, tmp_path


def test_the_verifier_imports_only_the_stdlib_and_cryptography() -> None:
    tree = ast.parse(VERIFIER.read_text(encoding="utf-8"))
    modules = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import)
               for a in n.names}
    modules |= {(n.module or "").split(".")[0] for n in ast.walk(tree)
                if isinstance(n, ast.ImportFrom)}
    assert modules - set(sys.stdlib_module_names) == {"cryptography"}


def test_a_key_is_never_overwritten(audited: tuple[str, Path]) -> None:
    _, tmp = audited
    before = (tmp / "sek.pem").read_bytes()
    code, _, err = run("key", "create", str(tmp / "sek.pem"))
    assert code == 2 and "overskrives aldrig" in err
    assert (tmp / "sek.pem").read_bytes() == before
    assert (tmp / "sek.pem").stat().st_mode & 0o077 == 0  # the owner's alone


def test_checkpoint_list_verify_and_prove(audited: tuple[str, Path]) -> None:
    url, tmp = audited
    code, out, err = run("checkpoint", "--store", url, "--key", str(tmp / "sek.pem"),
                         "--out", str(tmp / "cp1.json"))
    assert code == 0 and out.startswith("Checkpoint 1: 40 hændelser"), err
    assert verifier(tmp, "cp1.json", "--key", "sek.pem.pub").returncode == 0
    with open_store(url) as store:
        fill(store, offers=4, changes=0, prefix="x")
    assert run("checkpoint", "--store", url, "--key", str(tmp / "sek.pem"))[0] == 0
    code, out, _ = run("checkpoints", "--store", url, "--format", "json")
    cps = json.loads(out)
    assert [(c["seq"], c["size"]) for c in cps] == [(1, 40), (2, 44)]
    code, out, _ = run("checkpoints", "--store", url, "--format", "csv")
    assert out.splitlines()[0].startswith("nr.,tidspunkt,hændelser")
    code, out, _ = run("verify", "--store", url)
    assert code == 0 and out.startswith("Intakt: 44 hændelser genberegnet")
    code, out, _ = run("verify", "--store", url, "--from", "1", "--key", str(tmp / "sek.pem.pub"))
    assert code == 0 and "4 hændelser genberegnet fra checkpoint 1" in out
    code, out, _ = run("verify", "--store", url, "--from", "last")
    assert code == 0 and "0 hændelser genberegnet fra checkpoint 2" in out

    code, _, err = run("prove", "inclusion", "7", "--store", url, "--checkpoint", "1",
                       "--out", str(tmp / "inc.json"))
    assert code == 0, err
    assert verifier(tmp, "inc.json", "--key", "sek.pem.pub").stdout.startswith("GYLDIG")
    code, out, _ = run("prove", "consistency", "1", "2", "--store", url)
    (tmp / "cons.json").write_text(out, encoding="utf-8")
    assert verifier(tmp, "cons.json", "--key", "sek.pem.pub").returncode == 0

    # a changed byte anywhere fails, and so does another signer's key
    proof = json.loads((tmp / "inc.json").read_text(encoding="utf-8"))
    proof["path"][0] = ("0" if proof["path"][0][0] != "0" else "1") + proof["path"][0][1:]
    (tmp / "bad.json").write_text(json.dumps(proof), encoding="utf-8")
    bad = verifier(tmp, "bad.json", "--key", "sek.pem.pub")
    assert bad.returncode == 1 and bad.stdout.startswith("UGYLDIG")
    assert run("key", "create", str(tmp / "anden.pem"))[0] == 0
    other = verifier(tmp, "inc.json", "--key", "anden.pem.pub")
    assert other.returncode == 1 and "anden nøgle" in other.stdout
    assert run("verify", "--store", url, "--key", str(tmp / "anden.pem.pub"))[0] == 1

    # position 41 is newer than checkpoint 1; position 99 does not exist
    code, _, err = run("prove", "inclusion", "41", "--store", url, "--checkpoint", "1")
    assert code == 2 and "nyere end checkpoint 1" in err
    code, _, err = run("prove", "inclusion", "99", "--store", url)
    assert code == 2 and "ingen hændelse" in err


def test_verify_names_the_first_changed_position_and_exits_1(audited: tuple[str, Path]) -> None:
    url, tmp = audited
    assert run("checkpoint", "--store", url, "--key", str(tmp / "sek.pem"))[0] == 0
    with sqlite3.connect(tmp / "r.db") as conn:
        conn.execute("UPDATE stored_events SET state = CAST(REPLACE(CAST(state AS TEXT), "
                     "'Tilbud t3', 'Tilbud t9') AS BLOB) WHERE rowid = 4")
        conn.execute("DELETE FROM stored_events WHERE rowid = 20")
    code, out, _ = run("verify", "--store", url)
    assert code == 1
    assert out.splitlines()[0] == ("IKKE INTAKT: første afvigelse ved position 4: ændret "
                                   "(hændelsens indhold er ændret).")
    assert "  20: mangler: hændelsen er slettet" in out
    code, out, _ = run("verify", "--store", url, "--format", "json")
    data = json.loads(out)
    assert code == 1 and data["intact"] is False
    assert [(p["position"], p["kind"]) for p in data["problems"][:2]] == [
        (4, "altered"), (20, "missing")]
    # A new checkpoint signs the tree as it was recorded (its leaves), never the changed
    # rows: an event changed before it is not yet signed is refused.
    with open_store(url) as store:
        fill(store, offers=3, changes=0, prefix="y")
    with sqlite3.connect(tmp / "r.db") as conn:
        conn.execute("UPDATE stored_events SET state = CAST(REPLACE(CAST(state AS TEXT), "
                     "'Tilbud y1', 'Tilbud y7') AS BLOB) WHERE rowid = 42")
    code, _, err = run("checkpoint", "--store", url, "--key", str(tmp / "sek.pem"))
    assert code == 2 and "ikke intakt" in err and "position 42" in err


def test_verify_refuses_a_bad_from(audited: tuple[str, Path]) -> None:
    url, _ = audited
    code, _, err = run("verify", "--store", url, "--from", "første")
    assert code == 2 and "--from" in err
    code, _, err = run("verify", "--store", url, "--from", "3")
    assert code == 2 and "intet checkpoint" in err


def test_an_export_carries_its_checkpoint_and_a_tampered_one_is_refused(
        audited: tuple[str, Path]) -> None:
    url, tmp = audited
    assert run("checkpoint", "--store", url, "--key", str(tmp / "sek.pem"))[0] == 0
    code, exported, _ = run("export", "--store", url)
    lines = exported.splitlines()
    assert code == 0 and len(lines) == 41 and json.loads(lines[0])["checkpoint"]["size"] == 40
    (tmp / "log.jsonl").write_text(exported, encoding="utf-8")
    code, _, err = run("import", "--store", f"sqlite:///{tmp / 'copy.db'}", str(tmp / "log.jsonl"),
                       "--key", str(tmp / "sek.pem.pub"))
    assert code == 0 and "40 hændelser importeret" in err
    assert run("verify", "--store", f"sqlite:///{tmp / 'copy.db'}")[0] == 0

    tampered = exported.replace('"til":13', '"til":31', 1)
    assert tampered != exported
    (tmp / "bad.jsonl").write_text(tampered, encoding="utf-8")
    target = f"sqlite:///{tmp / 'bad.db'}"
    code, _, err = run("import", "--store", target, str(tmp / "bad.jsonl"))
    assert code == 2 and "bad.jsonl" in err and "filen er ændret" in err
    dropped = "\n".join(lines[:5] + lines[6:]) + "\n"
    (tmp / "short.jsonl").write_text(dropped, encoding="utf-8")
    code, _, err = run("import", "--store", target, str(tmp / "short.jsonl"))
    assert code == 2 and "beskåret" in err
    with open_store(target) as store:
        assert store.log.last_position() == 0  # nothing written
    assert run("key", "create", str(tmp / "anden.pem"))[0] == 0
    code, _, err = run("import", "--store", target, str(tmp / "log.jsonl"), "--key",
                       str(tmp / "anden.pem.pub"))
    assert code == 2 and "anden nøgle" in err


def test_verify_checkpoint_and_prove_work_beside_a_stopped_read_model(
        audited: tuple[str, Path]) -> None:
    """Issue 24: a read model that cannot apply an event never blocks verify. The audit
    commands read the log alone, so they answer as on an intact store (exit 0), not with
    the read model's exit 3."""
    from datetime import UTC, date, datetime

    from socialaftale import Meta, Recorded, Source
    from socialaftale.domain.tilbudsvifte import TilbudRegistered, tilbud_stream
    from socialaftale.persistence import EventLog, parse_store_url

    url, tmp = audited
    key_ = "aalborg/for-stor"  # places past SQLite's INTEGER, written past the checks
    event = TilbudRegistered(key=key_, navn="For stort", driftsherre="Aalborg",
                             lovgrundlag=(), pladser=2**63, effective_on=date(2019, 1, 1),
                             i_tilbudsviften=True)
    log = EventLog(env=parse_store_url(url).env)
    try:
        meta = Meta(occurred_on=date(2019, 1, 1), recorded_at=datetime.now(UTC),
                    recorded_by="en ældre version", source=Source("gammelt lager"))
        [position] = log.append([Recorded(tilbud_stream(key_), 1, event, meta)])
    finally:
        log.close()
    code, _out, err = run("meetings", "--store", url)
    assert code == 3 and "tilbudsvifte" in err  # the read model has stopped at the event
    key = str(tmp / "sek.pem")
    for args in (("checkpoint", "--key", key), ("checkpoints",), ("verify",),
                 ("prove", "inclusion", str(position))):
        code, out, err = run(*args, "--store", url)
        assert code == 0, (args, out, err)


def test_an_edit_that_changes_a_columns_type_is_found_not_crashed_on(
        audited: tuple[str, Path]) -> None:
    """SQLite's replace() turns the stored BLOB state into TEXT; verify reads the columns as
    the leaf encodes them, so the edit is reported (exit 1) instead of a TypeError."""
    url, _tmp = audited
    path = url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE stored_events SET state = replace(state, 'a', 'e') WHERE rowid = 3")
    code, out, err = run("verify", "--store", url)
    assert code == 1, (out, err)
    assert "position 3" in out + err and "Traceback" not in out + err


def _delete_head(url: str) -> None:
    """The tree's head deleted by hand: the edge kept on the leaf rows (on SQLite the
    blocks) and the store id."""
    from socialaftale.persistence import parse_store_url

    location = parse_store_url(url)
    if location.kind == "sqlite":
        with sqlite3.connect(location.path or "") as conn:
            conn.execute("UPDATE merkle_blocks SET head = NULL")
            conn.execute("DELETE FROM merkle_store")
        return
    import psycopg

    with psycopg.connect(location.conninfo or "") as conn:
        conn.execute(f"UPDATE {location.schema}.socialaftale_merkle_leaves SET head = NULL")
        conn.execute(f"DELETE FROM {location.schema}.socialaftale_merkle_store")


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_a_lost_tree_head_is_rebuilt_from_the_leaves_never_from_the_events(
        kind: str, store_url_factory: Any, tmp_path: Path) -> None:
    """The head deleted by hand: the store opens (before: a database error, reported as
    "not a SQLite database"), the head is rebuilt from the leaves kept, so an intact log
    verifies against its signed checkpoint and an event changed as well still fails."""
    url = store_url_factory(kind)
    with open_store(url) as store:
        fill(store, offers=3, changes=2)
    key = str(tmp_path / "k.pem")
    assert run("key", "create", key)[0] == 0
    assert run("checkpoint", "--key", key, "--store", url)[0] == 0
    _delete_head(url)
    code, out, err = run("verify", "--store", url, "--key", key + ".pub")
    assert code == 0, (out, err)
    with open_store(url) as store:  # recording goes on, extending the same tree
        fill(store, offers=1, changes=1, prefix="u")
    assert run("verify", "--store", url, "--key", key + ".pub")[0] == 0
    _delete_head(url)
    location_path = url.removeprefix("sqlite:///")
    if kind == "sqlite":
        with sqlite3.connect(location_path) as conn:
            conn.execute("UPDATE stored_events SET state = CAST(replace(CAST(state AS TEXT),"
                         " 'a', 'e') AS BLOB) WHERE rowid = 2")
    else:
        import psycopg

        from socialaftale.persistence import parse_store_url

        location = parse_store_url(url)
        with psycopg.connect(location.conninfo or "") as conn:
            conn.execute(f"UPDATE {location.schema}.socialaftale_events SET state ="
                         " convert_to(replace(convert_from(state, 'UTF8'), 'a', 'e'), 'UTF8')"
                         " WHERE notification_id = 2")
    code, out, err = run("verify", "--store", url)
    assert code == 1, (out, err)
    assert "position 2" in out + err
