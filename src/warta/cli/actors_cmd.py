"""``warta actors``: link and code the actors of a text, look names up, review learned actors."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from warta.actors import (
    ActorLinker,
    LearnedStore,
    default_learned_path,
    mentions_from_entities,
    merge_mentions,
)
from warta.records import ActorLink, Mention

EXIT_USAGE = 2
EXIT_NOT_FOUND = 3


def link_json(link: ActorLink) -> dict[str, Any]:
    """The machine form of one linked mention."""
    return {
        "text": link.text,
        "start": link.start,
        "end": link.end,
        "entity": link.label,
        "id": link.actor_id,
        "name": link.name,
        "type": link.type,
        "code": link.code,
        "country": link.country,
        "sector": list(link.sectors),
        "confidence": link.confidence,
        "method": link.method,
        "learned": link.learned,
    }


def _clean(text: str, source: str) -> tuple[str, str | None]:
    """The cleaned article text and its publication date (ISO day), or the text as given."""
    from warta.pipeline import clean_text
    from warta.records import Article

    outcome = clean_text(text, source=source)
    if isinstance(outcome, Article):
        return outcome.text, (outcome.published or "")[:10] or None
    click.echo(
        f"note: cleaning gave no article ({outcome.code}); linking the text as given", err=True
    )
    return text, None


def _model_mentions(text: str, linker: ActorLinker) -> list[Mention] | None:
    """The entity model's mentions plus the finder's that overlap none; None (the finder
    alone) when the model is not installed."""
    try:
        from warta.nlp.api import ModelNotFoundError, annotate
    except ImportError as exc:
        click.echo(f"note: no entity model ({exc}); using the gazetteer finder", err=True)
        return None
    try:
        entities = annotate(text).entities
    except ModelNotFoundError as exc:
        click.echo(f"note: no entity model ({exc}); using the gazetteer finder", err=True)
        return None
    return merge_mentions(mentions_from_entities(entities), linker.find_mentions(text))


def _is_file(source: str) -> bool:
    """Whether ``source`` names an existing file. A text given on the command line is not a
    path: one longer than the system's file-name limit (or holding a NUL byte) makes
    ``Path.is_file`` raise ``OSError``/``ValueError``, which means "not a file" here."""
    if source == "-" or "\n" in source or len(source) >= 4096:
        return False
    try:
        return Path(source).is_file()
    except (OSError, ValueError):
        return False


def _read_input(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    if _is_file(source):
        return Path(source).read_text(encoding="utf-8", errors="replace")
    return source


@click.command()
@click.argument("source", required=False)
@click.option(
    "--dct", default=None, metavar="YYYY-MM-DD", help="Date of the events (article date)."
)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per mention.")
@click.option("--lookup", metavar="NAME", help="Show the knowledge-base entries for a name.")
@click.option("--learned", "list_learned", is_flag=True, help="List learned actors.")
@click.option("--accept", metavar="ID", multiple=True, help="Accept a learned actor.")
@click.option("--remove", metavar="ID", multiple=True, help="Remove a learned actor.")
@click.option(
    "--learned-file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Learned actors file (default $WARTA_LEARNED_ACTORS or ~/.local/share/warta/).",
)
@click.option(
    "--db",
    default=None,
    type=click.Path(dir_okay=False),
    help="Use the learned actors of this store (what `warta run` learned) instead of the file.",
)
@click.option("--no-learn", is_flag=True, help="Use learned actors but do not add new ones.")
@click.option("--raw", is_flag=True, help="Link the text as given (default: clean the page first).")
@click.option(
    "--ner",
    is_flag=True,
    help="Take mentions from the warta.nlp entity model (plus the finder's titles).",
)
def actors(
    source: str | None,
    dct: str | None,
    as_json: bool,
    lookup: str | None,
    list_learned: bool,
    accept: tuple[str, ...],
    remove: tuple[str, ...],
    learned_file: Path | None,
    db: str | None,
    no_learn: bool,
    raw: bool,
    ner: bool,
) -> None:
    """Link the people, organisations and places of SOURCE (a file, '-' or the text itself).

    The page is cleaned first (offsets are into the clean text; --raw to skip) and coded for
    --dct, else the publication date the cleaner found. Prints each mention with its
    knowledge-base entry and CAMEO/PLOVER codes.
    """
    if db is not None and learned_file is not None:
        click.echo("error: give --db or --learned-file, not both", err=True)
        sys.exit(EXIT_USAGE)
    database = None
    if db is not None:
        from warta.cli.common import open_store

        database = open_store(db)
        store = database.learned_actors()
    else:
        store = LearnedStore(learned_file or default_learned_path())
    try:
        _actors(
            store, source, dct, as_json, lookup, list_learned, accept, remove, no_learn, raw, ner
        )
    finally:
        if database is not None:
            database.save_learned_actors(store)
            database.close()


def _actors(
    store: LearnedStore,
    source: str | None,
    dct: str | None,
    as_json: bool,
    lookup: str | None,
    list_learned: bool,
    accept: tuple[str, ...],
    remove: tuple[str, ...],
    no_learn: bool,
    raw: bool,
    ner: bool,
) -> None:
    if accept or remove:
        missing = [i for i in accept if not store.accept(i)]
        missing += [i for i in remove if not store.remove(i)]
        store.save()
        if missing:
            click.echo(f"error: no learned actor {', '.join(missing)}", err=True)
            sys.exit(EXIT_NOT_FOUND)
        if not (list_learned or lookup or source):
            return
    if list_learned:
        entries = sorted(store.entries.values(), key=lambda e: e.id)
        for entry in entries:
            if as_json:
                click.echo(json.dumps(asdict(entry), ensure_ascii=False))
            else:
                click.echo(
                    f"{entry.id}\t{entry.status}\t{entry.code}\tfrom {entry.start or '?'}"
                    f"\tseen {entry.seen}\t{entry.sentence}"
                )
        if not (lookup or source):
            return
    linker = ActorLinker(learned=store, learn=not no_learn)
    if lookup:
        found = linker.lookup(lookup, dct)
        if not found:
            click.echo(f"no actor named {lookup!r}", err=True)
            sys.exit(EXIT_NOT_FOUND)
        for actor, code in found:
            if as_json:
                click.echo(
                    json.dumps(
                        {
                            "id": actor.id,
                            "name": actor.name,
                            "type": actor.type,
                            "code": code,
                            "aliases": list(actor.aliases),
                            "roles": [
                                {"code": r.code, "start": r.start, "end": r.end, "office": r.office}
                                for r in actor.roles
                            ],
                            "source": actor.source,
                        },
                        ensure_ascii=False,
                    )
                )
            else:
                roles = "; ".join(f"{r.code} {r.start or '…'}–{r.end or '…'}" for r in actor.roles)
                click.echo(f"{actor.id}\t{actor.name}\t{actor.type}\t{code}\t{roles}")
        if not source:
            return
    if not source:
        if list_learned or accept or remove or lookup:
            return
        click.echo("error: give a file, '-' or text (or --lookup / --learned)", err=True)
        sys.exit(EXIT_USAGE)
    text = _read_input(source)
    name = source if _is_file(source) else "<text>"
    if not raw:
        text, published = _clean(text, name)
        dct = dct or published
    mentions = _model_mentions(text, linker) if ner else None
    links = linker(text, mentions, dct=dct, source=name)
    store.save()
    for link in links:
        if as_json:
            click.echo(json.dumps(link_json(link), ensure_ascii=False))
        else:
            click.echo(
                f"{link.start}-{link.end}\t{link.text}\t{link.label}\t{link.name}\t"
                f"{link.code or '-'}\t{link.method}"
            )


COMMANDS = [actors]
