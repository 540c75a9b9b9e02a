"""The CLI's tamper-evidence commands: keys, signed checkpoints, verification and proofs.

Exit codes: 0 done (and, for ``verify``, intact), 1 the log is not intact, 2 bad usage or
invalid input. See docs/audit.md.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from .commands import format_option, opened, store_option
from .output import antal, emit


def _fail(message: str) -> None:
    click.echo(f"Fejl: {message}", err=True)
    sys.exit(2)


def _write(doc: dict[str, Any], out: str | None) -> None:
    text = json.dumps(doc, ensure_ascii=False, indent=2)
    if out is None:
        click.echo(text)
        return
    try:
        Path(out).write_text(text + "\n", encoding="utf-8")
    except OSError as err:
        _fail(f"{out}: kan ikke skrives ({err.strerror})")
    click.echo(f"Skrevet til {out}.", err=True)


def _public_key(path: str | None) -> bytes | None:
    if path is None:
        return None
    from socialaftale import audit

    try:
        return audit.load_public_key(Path(path).read_bytes())
    except (OSError, ValueError) as err:
        _fail(f"{path}: kan ikke læses som offentlig nøgle ({err})")
    return None


@click.group()
def key() -> None:
    """Nøgler til at underskrive checkpoints (holdes uden for lageret)."""


@key.command("create")
@click.argument("file", type=click.Path(dir_okay=False))
def key_create(file: str) -> None:
    """Lav en ny Ed25519-nøgle: FILE (privat, kun læsbar for ejeren) og FILE.pub."""
    from socialaftale import audit

    try:
        public = audit.create_key(file)
    except (audit.AuditError, OSError) as err:
        _fail(str(err))
    click.echo(f"Privat nøgle: {file} (opbevar den sikkert; den gemmes aldrig i lageret)")
    click.echo(f"Offentlig nøgle: {public} (giv den til revisor)")


@click.command()
@store_option
@click.option("--key", "key_file", required=True, type=click.Path(dir_okay=False),
              help="Den private nøgle (PEM) fra 'socialaftale key create'.")
@click.option("--out", default=None, type=click.Path(dir_okay=False),
              help="Skriv også checkpointet som JSON til denne fil.")
def checkpoint(store: str, key_file: str, out: str | None) -> None:
    """Underskriv loggens træ, som det står nu (størrelse, rodhash, tid, lager-id)."""
    from socialaftale import audit

    with opened(store, project=False, reads_log_only=True) as s:  # the log alone
        try:
            cp = audit.create_checkpoint(s, key_file)
        except audit.AuditError as err:
            _fail(str(err))
        click.echo(f"Checkpoint {cp.seq}: {cp.size} hændelser, rod {cp.root.hex()}, "
                   f"{cp.created_at}")
        if out:
            _write(audit.checkpoint_data(cp), out)


@click.command()
@store_option
@format_option
def checkpoints(store: str, fmt: str) -> None:
    """De underskrevne checkpoints, ældste først."""
    from socialaftale import audit

    with opened(store, project=False, reads_log_only=True) as s:  # the log alone
        cps = audit.checkpoints(s)
        emit(fmt, ["nr.", "tidspunkt", "hændelser", "sidste position", "rodhash", "nøgle"],
             [[c.seq, c.created_at, c.size, c.last_position, c.root.hex(),
               c.public_key.hex()[:16]] for c in cps],
             [audit.checkpoint_data(c) for c in cps])


@click.command()
@store_option
@click.option("--from", "from_", default=None, metavar="CHECKPOINT|last",
              help="Begynd ved dette checkpoint (eller 'last': det senest verificerede).")
@click.option("--key", "key_file", default=None, type=click.Path(dir_okay=False),
              help="Den offentlige nøgle, som checkpoints skal være underskrevet med.")
@format_option
def verify(store: str, from_: str | None, key_file: str | None, fmt: str) -> None:
    """Genberegn hvert blad fra de gemte hændelser og de underskrevne toppe.

    Afslutter med 0, når loggen er intakt, og 1 med den første position, der afviger."""
    from socialaftale import audit

    public = _public_key(key_file)
    with opened(store, project=False, reads_log_only=True) as s:  # the log alone
        seq: int | None = None
        if from_ == "last":
            seq = audit.last_verified(s)
        elif from_ is not None:
            if not from_.isdigit():
                _fail(f"--from: '{from_}' er hverken et checkpointnummer eller 'last'")
            seq = int(from_)
        try:
            result = audit.verify(s, from_seq=seq, public_key=public)
        except audit.AuditError as err:
            _fail(str(err))
    if fmt != "table":
        emit(fmt, ["position", "art", "detalje"],
             [[p.position, p.kind, p.detail] for p in result.problems],
             {"intact": result.intact, "events": result.events,
              "from_checkpoint": result.from_checkpoint, "checkpoints": result.checkpoints,
              "problems": [p._asdict() for p in result.problems]})
    elif result.intact:
        where = f" fra checkpoint {seq}" if seq else ""
        click.echo(f"Intakt: {antal(result.events, 'hændelse', 'hændelser')} genberegnet"
                   f"{where}, {antal(result.checkpoints, 'underskrevet top', 'underskrevne toppe')}"
                   " kontrolleret.")
    else:
        first = result.first
        assert first is not None
        at = f"position {first.position}" if first.position is not None else "træet"
        click.echo(f"IKKE INTAKT: første afvigelse ved {at}: "
                   f"{audit.KIND_DA[first.kind]} ({first.detail}).")
        for p in result.problems[:50]:
            click.echo(f"  {p.position if p.position is not None else '-'}: "
                       f"{audit.KIND_DA[p.kind]}: {p.detail}")
        if len(result.problems) > 50:
            click.echo(f"  … og {len(result.problems) - 50} flere")
    sys.exit(0 if result.intact else 1)


@click.group()
def prove() -> None:
    """Beviser (RFC 9162), som kan kontrolleres uden lageret med socialaftale/verifier.py."""


@prove.command("inclusion")
@store_option
@click.argument("position", type=click.IntRange(min=1))
@click.option("--checkpoint", "seq", type=int, default=None,
              help="Checkpointets nummer (standard: det nyeste).")
@click.option("--out", default=None, type=click.Path(dir_okay=False))
def prove_inclusion(store: str, position: int, seq: int | None, out: str | None) -> None:
    """Bevis for, at hændelsen på POSITION står i loggen under et underskrevet checkpoint."""
    from socialaftale import audit

    with opened(store, project=False, reads_log_only=True) as s:  # the log alone
        try:
            doc = audit.prove_inclusion(s, position, seq)
        except audit.AuditError as err:
            _fail(str(err))
    _write(doc, out)


@prove.command("consistency")
@store_option
@click.argument("first", type=int)
@click.argument("second", type=int)
@click.option("--out", default=None, type=click.Path(dir_okay=False))
def prove_consistency(store: str, first: int, second: int, out: str | None) -> None:
    """Bevis for, at checkpoint SECOND udvider checkpoint FIRST (intet omskrevet)."""
    from socialaftale import audit

    with opened(store, project=False, reads_log_only=True) as s:  # the log alone
        try:
            doc = audit.prove_consistency(s, first, second)
        except audit.AuditError as err:
            _fail(str(err))
    _write(doc, out)
