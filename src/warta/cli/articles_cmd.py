"""``warta articles`` and ``warta show``: read articles from the store."""

from __future__ import annotations

import json
import sys

import click

from warta.cli.common import article_json, db_option, dumps, open_store


@click.command()
@db_option
@click.option(
    "--status",
    type=click.Choice(["ok", "duplicate", "other_language", "all"]),
    default="ok",
    show_default=True,
)
@click.option("--outlet", default=None, help="Only this outlet.")
@click.option("-n", "--limit", type=int, default=20, show_default=True, help="0 for all.")
@click.option("--json", "as_json", is_flag=True)
def articles(db: str, status: str, outlet: str | None, limit: int, as_json: bool) -> None:
    """List stored articles: id, publication date, outlet, language, title."""
    store = open_store(db, read_only=True)
    clauses, params = [], []
    if status != "all":
        clauses.append("status = ?")
        params.append(status)
    if outlet:
        clauses.append("outlet = ?")
        params.append(outlet)
    where = " AND ".join(clauses) or "true"
    sql = (
        f"SELECT id, status, published, outlet, language, title, source, duplicate_of FROM articles "
        f"WHERE {where} ORDER BY published NULLS LAST, id"
        + (f" LIMIT {int(limit)}" if limit > 0 else "")
    )
    try:
        rows = store.rows(sql, params)
    finally:
        store.close()
    for row in rows:
        if as_json:
            click.echo(dumps(row))
        else:
            click.echo(
                f"{row['id']}  {(row['published'] or '?')[:10]:<10}  {(row['outlet'] or '?')[:18]:<18}  "
                f"{row['language'] or '?':<5}  {row['title'] or row['source']}"
            )


@click.command()
@click.argument("article_id")
@db_option
@click.option("--json", "as_json", is_flag=True)
@click.option("--removed", "show_removed", is_flag=True, help="Also list the removed spans.")
def show(article_id: str, db: str, as_json: bool, show_removed: bool) -> None:
    """Show one article (ID or a unique prefix of it)."""
    store = open_store(db, read_only=True)
    try:
        article = store.article(article_id)
        events = (
            store.rows(
                "SELECT type, mode, actor_codes, recipient_codes, date, historical, future, "
                "trigger FROM events WHERE article_id = ? ORDER BY n",
                [article.id],
            )
            if article is not None
            else []
        )
    finally:
        store.close()
    if article is None:
        click.echo(f"error: no single article matches {article_id!r}", err=True)
        sys.exit(2)
    if as_json:
        click.echo(dumps(article_json(article)))
        return
    click.echo(f"{article.title or '(no title)'}")
    click.echo(f"id {article.id}  source {article.source}")
    click.echo(
        f"outlet {article.outlet or '?'}  published {article.published or '?'} "
        f"({article.published_reason or 'unknown'})  page date {article.page_date or '-'}"
    )
    if article.dct and article.published is None:
        click.echo(f"dct {article.dct} ({article.dct_reason})")
    if article.dateline:
        click.echo(f"dateline {article.dateline.place or ''} {article.dateline.tag or ''}".rstrip())
    if article.editors or article.authors:
        click.echo(
            f"authors {', '.join(article.authors) or '-'}  editors {', '.join(article.editors) or '-'}"
        )
    if article.cited_sources:
        click.echo(f"cites {', '.join(article.cited_sources)}")
    click.echo(f"language {article.language} ({article.language_confidence})")
    click.echo("")
    for paragraph in article.paragraph_texts():
        click.echo(paragraph)
    if article.time_expressions:
        click.echo("\ntime expressions:")
        for expression in article.time_expressions:
            click.echo(
                f"  {expression.start:>6}-{expression.end:<6} {expression.type:<9} "
                f"{expression.value:<24} {expression.text}"
            )
    if events:
        click.echo("\nevents:")
        for event in events:
            actors = ",".join(json.loads(event["actor_codes"])) or "?"
            recipients = ",".join(json.loads(event["recipient_codes"])) or "-"
            flags = [name for name in ("historical", "future") if event[name]]
            kind = f"{event['type']}/{event['mode']}" if event["mode"] else event["type"]
            click.echo(
                f"  {kind:<16} {actors} → {recipients}  {event['date'] or '?'}  "
                f"«{event['trigger']}» {' '.join(flags)}".rstrip()
            )
    if show_removed:
        click.echo("\nremoved:")
        for span in article.removed:
            if span.reason != "whitespace":
                snippet = article.source_text[span.start : span.end].replace("\n", " ")[:80]
                click.echo(f"  {span.start:>6}-{span.end:<6} {span.reason:<18} {snippet}")


COMMANDS = [articles, show]
