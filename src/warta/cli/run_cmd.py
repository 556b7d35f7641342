"""``warta run``, ``warta export``, ``warta stats``: the store-backed commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from warta.cli.common import db_option, dumps, input_options, open_store, resolve_config
from warta.config import pipeline_options
from warta.pipeline import RunStats
from warta.pipeline import run as run_pipeline
from warta.store import JSON_COLUMNS, StoreError, StoreSink


@click.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "-j",
    "--workers",
    type=click.IntRange(1, 64),
    default=None,
    help="Worker processes for the per-document stages (default 1).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as JSON.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary.")
@input_options
def run(
    paths: tuple[str, ...],
    db: str,
    workers: int | None,
    as_json: bool,
    quiet: bool,
    config_path: str | None,
    fields: tuple[str, ...],
    max_bytes: int | None,
) -> None:
    """Ingest and process PATHS (files, folders, - for stdin) into the store."""
    from warta.cli import EXIT_NOTHING, EXIT_QUARANTINED, EXIT_STORE

    config = resolve_config(config_path, fields, max_bytes, workers=workers)
    options = pipeline_options(config)
    store = open_store(db)
    bar = None
    if not quiet and stderr_is_terminal():
        from tqdm import tqdm

        bar = tqdm(unit="doc", desc="warta run", file=sys.stderr)
    try:
        run_id = store.start_run(
            "run " + " ".join(paths), {**config, "db": db, "paths": list(paths)}
        )
        sink = StoreSink(store, run_id)
        actor_stage = None
        if options.actors:
            from warta.actors import ActorStage

            actor_stage = ActorStage(store.learned_actors())
        stats = run_pipeline(
            paths,
            sink,
            options=options,
            workers=int(config["workers"]),
            progress=bar.update if bar is not None else None,
            actors=actor_stage,
        )
        if actor_stage is not None:
            store.save_learned_actors(actor_stage.learned)
        store.finish_run(run_id, stats)
    except StoreError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_STORE)
    finally:
        if bar is not None:
            bar.close()
        store.close()
    if as_json:
        click.echo(dumps({"run_id": run_id, "db": db, **stats.as_dict()}))
    elif not quiet:
        click.echo(summary(run_id, db, stats))
    if stats.documents and stats.stored == 0 and stats.filtered == 0:
        sys.exit(EXIT_NOTHING)
    if stats.quarantined:
        sys.exit(EXIT_QUARANTINED)


def stderr_is_terminal() -> bool:
    """Progress bars go to a terminal only, never into a pipe or a log file."""
    return sys.stderr.isatty()


def summary(run_id: str, db: str, stats: RunStats) -> str:
    data = stats.as_dict()
    lines = [
        f"run {run_id} → {db}",
        f"  documents {data['documents']}: stored {data['stored']}, filtered {data['filtered']}, "
        f"quarantined {data['quarantined']} in {data['seconds']:.1f}s",
        "  stage        in     out  filtered  quarantined",
    ]
    for stage in data["stages"]:
        lines.append(
            f"  {stage['stage']:<9}{stage['in']:>6}{stage['out']:>8}{stage['filtered']:>10}"
            f"{stage['quarantined']:>13}"
        )
    return "\n".join(lines)


TABLES = (
    "articles",
    "events",
    "actor_mentions",
    "learned_actors",
    "time_expressions",
    "stories",
    "story_members",
    "fused_events",
    "near_duplicates",
    "quarantine",
    "filtered",
    "runs",
    "raw_documents",
)


@click.command()
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet"]),
    default="jsonl",
    show_default=True,
)
@click.option("--table", type=click.Choice(TABLES), default="articles", show_default=True)
@click.option(
    "--all",
    "include_all",
    is_flag=True,
    help="Articles: include duplicates and other-language documents too.",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False),
    help="Output file ('-' for stdout with jsonl/csv).",
)
def export(db: str, fmt: str, table: str, include_all: bool, output: str) -> None:
    """Export a table of the store as JSON Lines, CSV or Parquet."""
    store = open_store(db, read_only=True)
    where = "status = 'ok'" if table == "articles" and not include_all else "true"
    query = (
        f"SELECT * EXCLUDE (content) FROM {table} WHERE {where}"
        if table in {"quarantine", "raw_documents"}
        else f"SELECT * FROM {table} WHERE {where}"
    )
    try:
        if fmt == "jsonl":
            out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")  # noqa: SIM115
            count = 0
            try:
                cursor = store.con.execute(query)
                names = [d[0] for d in cursor.description]
                while rows := cursor.fetchmany(1000):
                    for row in rows:
                        record: dict[str, Any] = dict(zip(names, row, strict=True))
                        for key in JSON_COLUMNS & record.keys():
                            if isinstance(record[key], str):
                                record[key] = json.loads(record[key])
                        out.write(dumps(record) + "\n")
                        count += 1
            finally:
                if out is not sys.stdout:
                    out.close()
        else:
            if output == "-" and fmt == "parquet":
                raise click.UsageError("parquet needs a file for -o")
            target = "/dev/stdout" if output == "-" else str(Path(output))
            options = "FORMAT PARQUET" if fmt == "parquet" else "FORMAT CSV, HEADER"
            store.con.execute(
                f"COPY ({query}) TO '{target.replace(chr(39), chr(39) * 2)}' ({options})"
            )
            counted = store.con.execute(f"SELECT count(*) FROM ({query})").fetchone()
            count = int(counted[0]) if counted else 0
    finally:
        store.close()
    if output != "-":
        click.echo(f"exported {count} rows of {table} to {output} ({fmt})", err=True)


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True)
def stats(db: str, as_json: bool) -> None:
    """Counts in the store: articles by status, language and outlet; quarantine by code; runs."""
    store = open_store(db, read_only=True)
    try:
        data = {
            "schema_version": store.version(),
            "raw_documents": store.rows("SELECT count(*) AS n FROM raw_documents")[0]["n"],
            "articles_by_status": store.rows(
                "SELECT status, count(*) AS n FROM articles GROUP BY 1 ORDER BY 2 DESC"
            ),
            "articles_by_language": store.rows(
                "SELECT language, count(*) AS n FROM articles GROUP BY 1 ORDER BY 2 DESC"
            ),
            "articles_by_outlet": store.rows(
                "SELECT coalesce(outlet, '?') AS outlet, count(*) AS n FROM articles WHERE status = 'ok' GROUP BY 1 ORDER BY 2 DESC"
            ),
            "quarantine_by_code": store.rows(
                "SELECT code, stage, count(*) AS n FROM quarantine GROUP BY 1, 2 ORDER BY 3 DESC"
            ),
            "filtered_by_code": store.rows(
                "SELECT code, stage, count(*) AS n FROM filtered GROUP BY 1, 2 ORDER BY 3 DESC"
            ),
            "runs": store.rows(
                "SELECT run_id, command, started, finished, stats FROM runs ORDER BY started"
            ),
        }
    finally:
        store.close()
    for run_row in data["runs"]:
        run_row["stats"] = json.loads(run_row["stats"]) if run_row["stats"] else None
    if as_json:
        click.echo(dumps(data))
        return
    click.echo(
        f"store {db} (schema v{data['schema_version']}): {data['raw_documents']} raw documents"
    )
    for title, key, label in (
        ("articles by status", "articles_by_status", "status"),
        ("articles by language", "articles_by_language", "language"),
        ("articles by outlet", "articles_by_outlet", "outlet"),
    ):
        click.echo(f"{title}: " + ", ".join(f"{r[label]} {r['n']}" for r in data[key]))
    click.echo(
        "quarantine: "
        + (
            ", ".join(f"{r['code']}/{r['stage']} {r['n']}" for r in data["quarantine_by_code"])
            or "empty"
        )
    )
    click.echo(
        "filtered: "
        + (
            ", ".join(f"{r['code']}/{r['stage']} {r['n']}" for r in data["filtered_by_code"])
            or "none"
        )
    )
    click.echo(f"runs: {len(data['runs'])}")
    for run_row in data["runs"][-5:]:
        s = run_row["stats"] or {}
        click.echo(
            f"  {run_row['run_id']} {run_row['started']:%Y-%m-%d %H:%M} {run_row['command'][:60]}: "
            f"{s.get('documents', '?')} in, {s.get('stored', '?')} stored, {s.get('filtered', '?')} filtered, "
            f"{s.get('quarantined', '?')} quarantined"
        )


COMMANDS = [run, export, stats]
