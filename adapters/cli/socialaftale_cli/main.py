"""The ``socialaftale`` command group; every sub-command is a plug-in.

Sub-commands, this package's own included, are found through the entry-point
group ``socialaftale.commands``, so another adapter (the web's ``serve``) adds
itself by being installed. Nothing heavy is imported before a sub-command
runs, so ``--help`` and ``--version`` answer at once.
"""

from __future__ import annotations

from importlib.metadata import entry_points, version
from typing import Any

import click

GROUP = "socialaftale.commands"


class PluginGroup(click.Group):
    """A click group that loads its sub-commands from entry points when asked."""

    def _points(self) -> dict[str, Any]:
        return {ep.name: ep for ep in entry_points(group=GROUP)}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self._points())

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        point = self._points().get(cmd_name)
        if point is None:
            return None
        command = point.load()
        assert isinstance(command, click.Command)
        return command


@click.group(cls=PluginGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(version("socialaftale"), prog_name="socialaftale",
                      message="%(prog)s %(version)s")
def cli() -> None:
    """Nordjysk Socialaftale: registrér og slå op i rammeaftalens beslutninger, tilbudsvifte
    og budget. Lageret vælges med --store eller SOCIALAFTALE_STORE (standard: socialaftale.db)."""


def main() -> None:
    cli(prog_name="socialaftale")
