"""``socialaftale serve`` and ``socialaftale token …``: plug-in sub-commands of the CLI.

They are registered in the entry-point group ``socialaftale.commands`` (see
pyproject.toml), so the ``socialaftale`` command finds them when this package
is installed. Both take the same ``--store`` / ``SOCIALAFTALE_STORE`` as every
other sub-command.
"""

from __future__ import annotations

import sys

import click

from socialaftale import DomainError, Socialaftale, StoreError, open_store

from .access import TokenStore

__all__ = ["serve", "token"]

HOST = "127.0.0.1"

store_option = click.option(
    "--store",
    envvar="SOCIALAFTALE_STORE",
    default="socialaftale.db",
    show_default=True,
    help="Lageret: en SQLite-fil, memory: eller postgresql://… (også SOCIALAFTALE_STORE).",
)


def _open(store: str) -> Socialaftale:
    """The store, or exit 2 with the Danish reason it cannot be used."""
    try:
        return open_store(store, actor="web")
    except StoreError as err:
        click.echo(f"Fejl: {err.message}\n  (regel: {err.rule})", err=True)
        sys.exit(2)


@click.command()
@store_option
@click.option("--port", default=8000, show_default=True, help="Porten på 127.0.0.1.")
def serve(store: str, port: int) -> None:
    """Start webudgaven på 127.0.0.1 (kun denne maskine)."""
    import uvicorn

    from .app import create_app

    opened = _open(store)
    app = create_app(opened)
    # A heavy request (checking a large record) runs Python in a worker thread; every other
    # request gives up the GIL at each database row and socket write and must win it back.
    # At CPython's default 5 ms that wait dominates a cheap answer; 1 ms keeps it short at a
    # small cost in switching (measured: tests/web/test_off_the_loop.py).
    sys.setswitchinterval(0.001)
    click.echo(f"Nordjysk Socialaftale kører på http://{HOST}:{port}/ (Ctrl-C stopper)")
    try:
        uvicorn.run(app, host=HOST, port=port, log_level="warning")
    finally:
        opened.close()


@click.group()
def token() -> None:
    """Adgangsnøgler til webudgaven: opret, tilbagekald, vis."""


@token.command("create")
@store_option
@click.option(
    "--role",
    type=click.Choice(["sekretariat", "kommune"]),
    required=True,
    help="sekretariat skriver; kommune indmelder for egne tilbud.",
)
@click.option("--kommune", "kommune_name", default=None, help="Kommunen (kun for rollen kommune).")
@click.option("--label", default="", help="Hvem nøglen er til (vises i listen).")
def token_create(store: str, role: str, kommune_name: str | None, label: str) -> None:
    """Opret en nøgle; den vises kun denne ene gang (kun dens hash gemmes)."""
    with _open(store) as opened:
        try:
            made = TokenStore(opened).create(role, kommune_name=kommune_name, label=label)
        except DomainError as err:
            raise click.ClickException(err.message) from None
        except ValueError as err:
            raise click.ClickException(str(err)) from None
    click.echo(made)


@token.command("revoke")
@store_option
@click.argument("token_id")
def token_revoke(store: str, token_id: str) -> None:
    """Tilbagekald nøglen med id TOKEN_ID (se 'token list'); virker straks."""
    with _open(store) as opened:
        if not TokenStore(opened).revoke(token_id):
            raise click.ClickException(f"Ingen aktiv nøgle med id '{token_id}'.")
    click.echo(f"Nøgle {token_id} er tilbagekaldt.")


@token.command("list")
@store_option
def token_list(store: str) -> None:
    """Vis nøglerne (id, rolle, kommune, til hvem, oprettet, tilbagekaldt)."""
    with _open(store) as opened:
        infos = TokenStore(opened).list()
    if not infos:
        click.echo("Ingen nøgler.")
    for t in infos:
        status = f"tilbagekaldt {t.revoked_at}" if t.revoked_at else "aktiv"
        click.echo(
            f"{t.id}  {t.role:<11}  {t.kommune or '-':<14}  {t.label}  oprettet {t.created_at}"
            f"  {status}"
        )
