"""Options and helpers shared by the commands."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from typing import Any, TypeVar

import click

from warta import config as cfg
from warta.records import Article, Filtered, Quarantined
from warta.store import DEFAULT_DB, Store, StoreError

F = TypeVar("F", bound=Callable[..., Any])


def db_option(func: F) -> F:
    return click.option(
        "--db",
        default=DEFAULT_DB,
        show_default=True,
        type=click.Path(dir_okay=False),
        help="DuckDB store file.",
    )(func)


def input_options(func: F) -> F:
    """Options that shape reading: config file, field mapping, size limit."""
    func = click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False),
        help=f"User config file (TOML; default ./{cfg.USER_FILE} if present).",
    )(func)
    func = click.option(
        "--field",
        "fields",
        multiple=True,
        metavar="PART=NAME[,NAME]",
        help="Record field mapping for JSONL/CSV, e.g. --field text=body.",
    )(func)
    func = click.option(
        "--max-bytes",
        type=int,
        default=None,
        help="Largest document accepted (bytes); larger ones are quarantined.",
    )(func)
    return func


def resolve_config(
    config_path: str | None, fields: tuple[str, ...], max_bytes: int | None, **extra: Any
) -> dict[str, Any]:
    try:
        overrides: dict[str, Any] = {"max_bytes": max_bytes, **extra}
        if fields:
            overrides["fields"] = cfg.parse_field_flags(fields)
        return cfg.load(config_path, overrides)
    except cfg.ConfigError as exc:
        raise click.UsageError(str(exc)) from exc


def open_store(path: str, *, read_only: bool = False) -> Store:
    from warta.cli import EXIT_STORE

    try:
        return Store(path, read_only=read_only)
    except StoreError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_STORE)


def article_json(article: Article) -> dict[str, Any]:
    """The ``--json`` form of an article (``warta clean --json``, ``warta show --json``)."""
    return {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "published": article.published,
        "published_reason": article.published_reason,
        "page_date": article.page_date,
        "dct": article.dct,
        "dct_reason": article.dct_reason,
        "dateline": asdict(article.dateline) if article.dateline else None,
        "outlet": article.outlet,
        "authors": list(article.authors),
        "editors": list(article.editors),
        "cited_sources": list(article.cited_sources),
        "language": article.language,
        "language_confidence": article.language_confidence,
        "date_candidates": [asdict(c) for c in article.date_candidates],
        "paragraphs": article.paragraph_texts(),
        "removed": [asdict(r) for r in article.removed],
        "warnings": list(article.warnings),
        "time_expressions": [asdict(t) for t in article.time_expressions],
        "duplicate_of": article.duplicate_of,
    }


def problem_line(item: Filtered | Quarantined) -> str:
    if isinstance(item, Quarantined):
        return f"quarantined {item.source} ({item.stage}): {item.message}"
    return f"filtered {item.source} ({item.stage}): [{item.code}] {item.reason}"


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)
