"""``socialaftale serve``, ``token …`` and ``user …``: plug-in sub-commands of the CLI.

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
from .users import UserStore

__all__ = ["serve", "token", "user"]

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
@click.option("--sekretariat", "navn", envvar="SOCIALAFTALE_SEKRETARIAT",
              default="Nordjysk Socialaftale", show_default=True,
              help="Brevhovedets navn på dagsorden og referat (også SOCIALAFTALE_SEKRETARIAT).")
@click.option("--adresse", envvar="SOCIALAFTALE_ADRESSE", default="",
              help="Brevhovedets adresse, linjer adskilt af '|' (også SOCIALAFTALE_ADRESSE).")
@click.option("--forwarded-allow-ips", "forwarded", envvar="SOCIALAFTALE_FORWARDED_ALLOW_IPS",
              default="",
              help="Kun bag en omvendt proxy: proxyens adresser (kommasepareret), hvis "
                   "X-Forwarded-For skal bruges som klientens adresse. Proxyen skal overskrive "
                   "headeren. Tom (standard): headeren ignoreres.")
@click.option("--base-url", envvar="SOCIALAFTALE_BASE_URL", default="",
              help="Den offentlige adresse (fx https://socialaftale.example/) til links i "
                   "feeds og PDF'er; tom: forespørgslens egen (også SOCIALAFTALE_BASE_URL).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Antal arbejdsprocesser; de deler logins og sikkerhedsnøgle via lageret.")
@click.option("--kilder", envvar="SOCIALAFTALE_KILDER", default=None,
              type=click.Path(exists=True, file_okay=False),
              help="Mappen med kildedokumenterne (referaternes tekst), som 'Kilde' linker til "
                   "på /kilder/… (også SOCIALAFTALE_KILDER).")
def serve(store: str, port: int, navn: str, adresse: str, forwarded: str,
          base_url: str, workers: int = 1, kilder: str | None = None) -> None:
    """Start webudgaven på 127.0.0.1 (kun denne maskine)."""
    import uvicorn

    if kilder:  # the worker processes read it from the environment, as create_app does
        import os

        os.environ["SOCIALAFTALE_KILDER"] = kilder
    if workers > 1:
        _serve_workers(store, port, navn, adresse, forwarded, base_url, workers)
        return

    from socialaftale import Letterhead

    from .app import create_app

    opened = _open(store)
    head = Letterhead.configured(navn, adresse)
    app = create_app(opened, letterhead=head, base_url=base_url, kilder=kilder)
    # A heavy request (checking a large record) runs Python in a worker thread; every other
    # request gives up the GIL at each database row and socket write and must win it back.
    # At CPython's default 5 ms that wait dominates a cheap answer; 1 ms keeps it short at a
    # small cost in switching (measured: tests/web/test_off_the_loop.py).
    sys.setswitchinterval(0.001)
    click.echo(f"Nordjysk Socialaftale kører på http://{HOST}:{port}/ (Ctrl-C stopper)")
    try:
        # X-Forwarded-For is trusted only from the proxies named: uvicorn's default trusts
        # it from 127.0.0.1, where any local client could forge it and so dodge the
        # per-address login limit.
        uvicorn.run(app, host=HOST, port=port, log_level="warning",
                    proxy_headers=bool(forwarded.strip()),
                    forwarded_allow_ips=forwarded.strip() or None)
    finally:
        opened.close()


def _serve_workers(store: str, port: int, navn: str, adresse: str, forwarded: str,
                   base_url: str, workers: int) -> None:
    """``workers`` processes, each building its app from the environment (the import string
    uvicorn needs to start them); sessions and the CSRF secret live in the store."""
    import os

    import uvicorn

    if store.strip().lower().startswith("memory"):
        click.echo("Fejl: --workers kræver et delt lager (en SQLite-fil eller postgresql://…): "
                   "hver arbejdsproces ville få sit eget tomme lager i hukommelsen.\n"
                   "  (regel: serve-workers-lager)", err=True)
        sys.exit(2)
    _open(store).close()  # a store that cannot be used is refused here, once, with exit 2
    os.environ.update({"SOCIALAFTALE_STORE": store, "SOCIALAFTALE_SEKRETARIAT": navn,
                       "SOCIALAFTALE_ADRESSE": adresse, "SOCIALAFTALE_BASE_URL": base_url})
    click.echo(f"Nordjysk Socialaftale kører på http://{HOST}:{port}/ med {workers} "
               "arbejdsprocesser (Ctrl-C stopper)")
    uvicorn.run("socialaftale_web.serving:app_from_environment", factory=True,
                workers=workers, host=HOST, port=port, log_level="warning",
                proxy_headers=bool(forwarded.strip()),
                forwarded_allow_ips=forwarded.strip() or None)


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


@click.group()
def user() -> None:
    """Brugere, der logger ind i webudgaven med brugernavn og adgangskode."""


def _users(opened: Socialaftale) -> UserStore:
    return UserStore(opened)


role_option = click.option("--role", type=click.Choice(["sekretariat", "kommune"]), required=True,
                           help="sekretariat skriver; kommune indmelder for egne tilbud.")
kommune_option = click.option("--kommune", "kommune_name", default=None,
                              help="Kommunen (kun for rollen kommune).")
admin_option = click.option("--admin/--ikke-admin", default=False,
                            help="Må administrere brugere i webudgaven (kun sekretariat).")


def _refused(err: Exception) -> click.ClickException:
    message = err.message if isinstance(err, DomainError) else str(err)
    return click.ClickException(f"{message}. Intet er gemt.")


@user.command("create")
@store_option
@click.argument("username")
@role_option
@kommune_option
@admin_option
@click.option("--name", default="", help="Personens navn (vises i listen).")
@click.password_option("--password", prompt="Adgangskode", confirmation_prompt="Gentag",
                       help="Spørges om, hvis den ikke gives (skjult).")
def user_create(store: str, username: str, role: str, kommune_name: str | None, admin: bool,
                name: str, password: str) -> None:
    """Opret brugeren USERNAME; kun en argon2id-hash af adgangskoden gemmes."""
    with _open(store) as opened:
        try:
            made = _users(opened).create(username, password, role=role, name=name,
                                         kommune_name=kommune_name, admin=admin)
        except (ValueError, DomainError) as err:
            raise _refused(err) from None
    click.echo(f"Bruger {made.username} er oprettet ({made.role}"
               f"{', ' + made.kommune if made.kommune else ''}"
               f"{', administrator' if made.admin else ''}).")


@user.command("disable")
@store_option
@click.argument("username")
def user_disable(store: str, username: str) -> None:
    """Deaktivér brugeren USERNAME; dens sessioner holder op med at virke straks."""
    with _open(store) as opened:
        try:
            done = _users(opened).disable(username)
        except ValueError as err:
            raise _refused(err) from None
    if not done:
        raise click.ClickException(f"Ingen aktiv bruger hedder '{username}'. Intet er gemt.")
    click.echo(f"Bruger {username.strip().lower()} er deaktiveret.")


@user.command("password")
@store_option
@click.argument("username")
@click.password_option("--password", prompt="Ny adgangskode", confirmation_prompt="Gentag",
                       help="Spørges om, hvis den ikke gives (skjult).")
def user_password(store: str, username: str, password: str) -> None:
    """Giv brugeren USERNAME en ny adgangskode; brugerens sessioner slutter straks."""
    with _open(store) as opened:
        try:
            _users(opened).set_password(username, password)
        except ValueError as err:
            raise _refused(err) from None
    click.echo(f"Bruger {username.strip().lower()} har fået en ny adgangskode; "
               "brugerens sessioner er afsluttet.")


@user.command("role")
@store_option
@click.argument("username")
@role_option
@kommune_option
@admin_option
def user_role(store: str, username: str, role: str, kommune_name: str | None,
              admin: bool) -> None:
    """Giv brugeren USERNAME en anden rolle; den gælder fra brugerens næste forespørgsel."""
    with _open(store) as opened:
        try:
            changed = _users(opened).set_role(username, role, kommune_name=kommune_name,
                                              admin=admin)
        except (ValueError, DomainError) as err:
            raise _refused(err) from None
    click.echo(f"Bruger {changed.username} har nu rollen {changed.role}"
               f"{' (' + changed.kommune + ')' if changed.kommune else ''}"
               f"{', administrator' if changed.admin else ''}.")


@user.command("list")
@store_option
def user_list(store: str) -> None:
    """Vis brugerne (brugernavn, rolle, kommune, administrator, navn, oprettet, status)."""
    with _open(store) as opened:
        infos = _users(opened).list()
    if not infos:
        click.echo("Ingen brugere.")
    for u in infos:
        status = f"deaktiveret {u.disabled_at}" if u.disabled_at else "aktiv"
        click.echo(f"{u.username:<16}  {u.role:<11}  {u.kommune or '-':<14}  "
                   f"{'admin' if u.admin else '-':<5}  {u.name}  oprettet {u.created_at}  {status}")
