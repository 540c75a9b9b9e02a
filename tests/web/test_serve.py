"""`socialaftale serve` is a plug-in sub-command that serves the store on 127.0.0.1 only."""

from __future__ import annotations

from importlib.metadata import entry_points

from socialaftale_web.cli import HOST, serve, token


def test_serve_and_token_are_registered_as_cli_plugins() -> None:
    found = {ep.name: ep.load() for ep in entry_points(group="socialaftale.commands")}
    assert found["serve"] is serve
    assert found["token"] is token


def test_serve_listens_on_loopback_only_and_takes_the_same_store_option() -> None:
    assert HOST == "127.0.0.1"
    names = {p.name for p in serve.params}
    assert "store" in names and "host" not in names
    store_opt = next(p for p in serve.params if p.name == "store")
    assert store_opt.envvar == "SOCIALAFTALE_STORE"  # type: ignore[attr-defined]
