"""``warta stories`` and ``warta story``: cross-outlet stories from the stored articles."""

from __future__ import annotations

import sys

import click

from warta.cli.common import db_option, dumps, open_store


@click.command("stories")
@db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per story.")
def stories(db: str, as_json: bool) -> None:
    """Build or update stories from the stored articles, then list them (one per line)."""
    from warta.stories.storage import read_stories, update_stories

    with open_store(db) as store:
        report = update_stories(store)
        if sys.stderr.isatty() or report.new_articles:
            click.echo(
                f"stories: {report.new_articles} new articles, {report.stories_touched} stories "
                f"updated, {report.near_duplicates} near-duplicates",
                err=True,
            )
        for row in read_stories(store):
            if as_json:
                click.echo(
                    dumps(
                        {
                            "story": row["story"],
                            "label": row["label"],
                            "docs": row["docs"],
                            "outlets": row["outlets"],
                            "events": row["events"],
                            "first_report": row["first_report"],
                            "last_report": row["last_report"],
                        }
                    )
                )
            else:
                outlets = ", ".join(str(o) for o in row["outlets"])  # type: ignore[attr-defined]
                click.echo(
                    f"{row['story']}  {row['first_report'] or '-':10}  {row['docs']:>4} docs  "
                    f"{row['events']:>3} events  {row['label']}  [{outlets}]"
                )


@click.command("story")
@click.argument("ident")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def story(ident: str, db: str, as_json: bool) -> None:
    """Show one story (id or unique prefix): its reports, outlets and near-duplicates."""
    from warta.cli import EXIT_USAGE
    from warta.stories.storage import read_story

    with open_store(db, read_only=True) as store:
        found = read_story(store, ident)
    if found is None:
        click.echo(
            f"error: no single story matches {ident!r} (run `warta stories` first)", err=True
        )
        sys.exit(EXIT_USAGE)
    if as_json:
        click.echo(dumps(found))
        return
    click.echo(found["label"])
    click.echo(
        f"story {found['story']}  {found['first_report']} – {found['last_report']}  "
        f"{found['docs']} reports, {found['events']} fused events"
    )
    click.echo("outlets " + ", ".join(str(o) for o in found["outlets"]))  # type: ignore[attr-defined]
    click.echo("reports:")
    for row in found["articles"]:  # type: ignore[attr-defined]
        copy = ""
        if row["canonical_id"]:
            copy = f"  (copy of {row['canonical_id']}, similarity {row['similarity']:.2f})"
        click.echo(
            f"  {row['id']}  {row['published'] or '-':10}  {row['outlet'] or '-':20}  "
            f"{row['title'] or ''}{copy}"
        )
    fused = found["fused_events"]
    if fused:
        click.echo("fused events:")
    for item in fused:  # type: ignore[attr-defined]
        background = "  background" if item["historical"] else ""
        click.echo(
            f"  {item['type']:10} {'+'.join(item['actors']) or '-'} -> "
            f"{'+'.join(item['recipients']) or '-'}  {item['date'] or '-'}  "
            f"{item['place'] or '-'}  {item['articles']} articles, {item['outlets']} outlets"
            f"{background}"
        )
        for disagreement in item["disagreements"]:
            click.echo(f"      disagree {disagreement}")


@click.command("fused-events")
@db_option
@click.option("--story", "ident", default=None, help="Only this story (id or unique prefix).")
def fused_events(db: str, ident: str | None) -> None:
    """Export fused events as JSON Lines: every supporting article, outlet and sentence."""
    from warta.cli import EXIT_USAGE
    from warta.stories.storage import read_fused, read_story

    with open_store(db, read_only=True) as store:
        sid = None
        if ident is not None:
            found = read_story(store, ident)
            if found is None:
                click.echo(f"error: no single story matches {ident!r}", err=True)
                sys.exit(EXIT_USAGE)
            sid = str(found["story"])
        for item in read_fused(store, sid):
            click.echo(dumps(item))


COMMANDS = [stories, story, fused_events]
