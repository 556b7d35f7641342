"""``warta time``: temporal expressions in a text, with TIMEX3-style values."""

from __future__ import annotations

import datetime as dt
import json
import sys

import click

from warta.time import tag

EXIT_USAGE = 2


def _valid_dct(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


@click.command("time")
@click.argument("text", required=False)
@click.option(
    "--file",
    "path",
    type=click.Path(dir_okay=False, allow_dash=True),
    default=None,
    help="Read the text from a file ('-' for stdin).",
)
@click.option(
    "--dct",
    callback=_valid_dct,
    default=None,
    help="Publication date (YYYY-MM-DD) that relative expressions resolve against.",
)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def time(text: str | None, path: str | None, dct: str | None, as_json: bool) -> None:
    """Find and normalise the time expressions in TEXT (or --file PATH)."""
    if (text is None) == (path is None):
        raise click.UsageError("give either TEXT or --file PATH")
    if path is not None:
        with click.open_file(path, encoding="utf-8") as handle:
            text = handle.read()
    assert text is not None
    expressions = tag(text, dct)
    if as_json:
        payload = {
            "dct": dct,
            "expressions": [
                {"expr": e.text, "start": e.start, "end": e.end, "type": e.type, "value": e.value}
                for e in expressions
            ],
        }
        click.echo(json.dumps(payload, ensure_ascii=False))
        return
    for e in expressions:
        click.echo(f"{e.start}\t{e.end}\t{e.type}\t{e.value}\t{e.text}")
    if not expressions and sys.stdout.isatty():
        click.echo("(no time expressions)", err=True)


COMMANDS = [time]
