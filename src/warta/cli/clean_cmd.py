"""``warta clean``: clean pages without a store."""

from __future__ import annotations

import sys
from typing import Any

import click

from warta.cli.common import article_json, dumps, input_options, problem_line, resolve_config
from warta.config import pipeline_options
from warta.pipeline import clean_paths
from warta.records import Article


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per document.")
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Write here instead of stdout.",
)
@input_options
def clean(
    paths: tuple[str, ...],
    as_json: bool,
    output: Any,
    config_path: str | None,
    fields: tuple[str, ...],
    max_bytes: int | None,
) -> None:
    """Clean PATHS (files, folders, or - for stdin) and print the article bodies.

    Without --json: one paragraph per line, a blank line between documents. Problems go to
    stderr with their code; the exit code is 1 if anything was quarantined."""
    from warta.cli import EXIT_NOTHING, EXIT_QUARANTINED

    options = pipeline_options(resolve_config(config_path, fields, max_bytes))
    articles = problems = quarantined = 0
    for item in clean_paths(paths, options):
        if isinstance(item, Article):
            if as_json:
                output.write(dumps(article_json(item)) + "\n")
            else:
                if articles:
                    output.write("\n")
                output.write("\n".join(p.replace("\n", " ") for p in item.paragraph_texts()) + "\n")
            articles += 1
        else:
            problems += 1
            quarantined += item.__class__.__name__ == "Quarantined"
            click.echo(problem_line(item), err=True)
    output.flush()
    if articles == 0:
        sys.exit(EXIT_NOTHING)
    if quarantined:
        sys.exit(EXIT_QUARANTINED)


COMMANDS = [clean]
