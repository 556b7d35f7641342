"""``warta nlp``: sentences, tokens (POS, lemma, head, relation) and entities of a text."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from warta.errors import WartaError
from warta.ingest.decode import decode_bytes

if TYPE_CHECKING:
    from warta.nlp import Analysis

EXIT_USAGE = 2
EXIT_NOTHING = 3
MODES = ("full", "fast")
"""Same as ``warta.nlp.MODES``; spelled out so that ``warta --help`` does not import spaCy."""


def _read_input(text: str | None, path: Path | None) -> str:
    if text is not None and path is not None:
        raise click.UsageError("give TEXT or --file, not both")
    if path is not None:
        raw = path.read_bytes()
    elif text is None or text == "-":
        raw = sys.stdin.buffer.read()
    else:
        return text
    try:
        # Offsets index the input: undecorated UTF-8 is used exactly as read.
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        decoded = decode_bytes(raw)
        for warning in decoded.warnings:
            click.echo(f"warning: {warning}; offsets index the decoded text", err=True)
        return decoded.text


def render_text(analysis: Analysis) -> str:
    """Human-readable analysis: one block per sentence, one line per token, then entities."""
    entity_of: dict[int, str] = {}
    for entity in analysis.entities:
        for token in analysis.tokens:
            if entity.start <= token.start < entity.end:
                prefix = "B" if token.start == entity.start else "I"
                entity_of[token.start] = f"{prefix}-{entity.label}"
    lines: list[str] = []
    for number, sentence in enumerate(analysis.sentences):
        lines.append(f"# sentence {number + 1} [{sentence.start}:{sentence.end}]")
        lines.append(f"# text = {analysis.text[sentence.start : sentence.end]}")
        for index, token in enumerate(analysis.tokens):
            if token.sentence != number:
                continue
            lines.append(
                "\t".join(
                    [
                        str(index),
                        token.text,
                        token.lemma or "_",
                        token.pos or "_",
                        token.morph or "_",
                        str(token.head),
                        token.dep or "_",
                        entity_of.get(token.start, "O"),
                        f"{token.start}-{token.end}",
                    ]
                )
            )
        lines.append("")
    if analysis.entities:
        lines.append("# entities")
        for entity in analysis.entities:
            lines.append(f"{entity.label}\t{entity.text}\t{entity.start}-{entity.end}")
    return "\n".join(lines)


@click.command("nlp")
@click.argument("text", required=False)
@click.option(
    "--file",
    "path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Read the text from a file (UTF-8) instead of TEXT; '-' or nothing reads stdin.",
)
@click.option("--json", "as_json", is_flag=True, help="JSON with character offsets.")
@click.option(
    "--mode",
    type=click.Choice(MODES),
    default="full",
    show_default=True,
    help="full: POS, lemmas, dependencies and entities; fast: sentences, tokens, entities.",
)
def nlp(text: str | None, path: Path | None, as_json: bool, mode: str) -> None:
    """Analyse Indonesian TEXT: sentences, tokens (POS, lemma, head, relation), entities."""
    try:
        content = _read_input(text, path)
    except WartaError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_NOTHING)
    from warta.nlp import ModelNotFoundError, annotate

    try:
        analysis = annotate(content, mode=mode)
    except ModelNotFoundError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_NOTHING)
    if as_json:
        click.echo(json.dumps(analysis.to_json(), ensure_ascii=False))
    else:
        click.echo(render_text(analysis))


COMMANDS = [nlp]
