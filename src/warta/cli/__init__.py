"""The ``warta`` command line. Each command lives in its own module and is registered here.

Exit codes (documented in the README):
  0  success
  1  finished, but some input was quarantined (see ``warta stats`` / the quarantine table)
  2  usage error (bad option or argument)
  3  no input document could be processed at all
  4  store error (the database cannot be opened or written)
"""

from __future__ import annotations

import logging

import click

from warta import __version__

EXIT_OK = 0
EXIT_QUARANTINED = 1
EXIT_USAGE = 2
EXIT_NOTHING = 3
EXIT_STORE = 4


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="warta")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def main(verbose: int) -> None:
    """Warta: Indonesian news pages in, clean articles and coded events out."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


def _register() -> None:
    from warta.cli import (
        actors_cmd,
        articles_cmd,
        clean_cmd,
        events_cmd,
        nlp_cmd,
        run_cmd,
        stories_cmd,
        time_cmd,
    )

    for module in (
        clean_cmd,
        run_cmd,
        articles_cmd,
        time_cmd,
        actors_cmd,
        nlp_cmd,
        events_cmd,
        stories_cmd,
    ):
        for command in module.COMMANDS:
            main.add_command(command)


_register()
