"""``warta events``: code the events of pages in PLOVER and CAMEO, one record per line."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import replace
from typing import TYPE_CHECKING

import click

from warta.records import Article, Event, Mention

if TYPE_CHECKING:
    from warta.events.coder import EventCoder

EXIT_QUARANTINED = 1
EXIT_NOTHING = 3
FORMATS = ("plover", "csv", "gdelt")


@click.command("events")
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="PLOVER JSON, one object per line.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="plover (JSON lines), csv (with a header) or gdelt (tab-separated GDELT-style rows).",
)
@click.option("--negated", is_flag=True, help="Also write negated events (flag negated).")
@click.option(
    "--ner",
    is_flag=True,
    help="Take entity mentions from the warta.nlp model (default: the actor gazetteer).",
)
@click.option(
    "--explain",
    is_flag=True,
    help="Also say on stderr why each predicate found gave no event.",
)
def events(
    paths: tuple[str, ...],
    as_json: bool,
    fmt: str | None,
    negated: bool,
    ner: bool,
    explain: bool,
) -> None:
    """Code the events of PATHS (files, folders, '-' for stdin): who did what to whom, when
    and where. Without --json/--format, one readable line per event."""
    from warta.events.coder import EventCoder
    from warta.events.output import CSV_FIELDS, GDELT_FIELDS, to_gdelt, to_plover, to_row
    from warta.pipeline import clean_paths
    from warta.time.stage import tag_article

    if as_json:
        fmt = fmt or "plover"
    coder = EventCoder(keep_negated=negated)
    writer = None
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(CSV_FIELDS), lineterminator="\n")
        writer.writeheader()
    elif fmt == "gdelt":
        click.echo("\t".join(GDELT_FIELDS))
    articles = problems = 0
    for outcome in clean_paths(paths):
        if not isinstance(outcome, Article):
            problems += 1
            click.echo(f"{outcome.source}: [{outcome.code}] no article", err=True)
            continue
        articles += 1
        article = replace(outcome, time_expressions=tuple(tag_article(outcome)))
        mentions = _model_mentions(article.text, coder) if ner else None
        if explain:
            for start, _end, trigger, reason in coder.explain(article, mentions=mentions):
                click.echo(f"{article.source}:{start}: {trigger!r}: {reason}", err=True)
        for event in coder(article, mentions=mentions):
            if fmt == "plover":
                click.echo(json.dumps(to_plover(event, article), ensure_ascii=False))
            elif writer is not None:
                writer.writerow(to_row(event, article))
            elif fmt == "gdelt":
                click.echo("\t".join(to_gdelt(event, article)))
            else:
                click.echo(_line(event))
    if articles == 0:
        sys.exit(EXIT_NOTHING)
    if problems:
        sys.exit(EXIT_QUARANTINED)


def _line(event: Event) -> str:
    flags = [
        name
        for name in ("future", "negated", "hypothetical", "historical", "reported")
        if getattr(event, name)
    ]
    recipient = "|".join(r.code for r in event.recipients) or "-"
    actor = "|".join(a.code for a in event.actors)
    return "\t".join(
        [
            event.date or "-",
            actor,
            event.type + (f"/{event.mode}" if event.mode else ""),
            recipient,
            event.cameo,
            ",".join(flags) or "-",
            event.trigger,
        ]
    )


def _model_mentions(text: str, coder: EventCoder) -> list[Mention] | None:
    """The entity model's mentions merged with the gazetteer finder's, or None (the finder
    alone) when the model is not installed."""
    from warta.actors import mentions_from_entities, merge_mentions
    from warta.nlp.api import ModelNotFoundError, annotate

    try:
        entities = annotate(text, mode="fast").entities
    except ModelNotFoundError as exc:
        click.echo(f"note: no entity model ({exc}); using the gazetteer finder", err=True)
        return None
    found = coder.linker.find_mentions(text)
    return list(merge_mentions(mentions_from_entities(entities), found))


COMMANDS = [events]
