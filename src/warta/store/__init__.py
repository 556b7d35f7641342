"""The embedded store: one DuckDB file, versioned schema, raw documents beside derived records."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, replace
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from warta import __version__
from warta.actors.learned import LEARNED_FIELDS, LearnedStore
from warta.errors import Code
from warta.events.output import store_row
from warta.pipeline import Outcome, RunStats, already_stored, duplicate_of
from warta.records import (
    Article,
    DateCandidate,
    Dateline,
    Filtered,
    Page,
    Quarantined,
    RemovedSpan,
    Span,
    TimeExpression,
)

log = logging.getLogger(__name__)

DEFAULT_DB = "warta.duckdb"
MEMORY_LIMIT = "256MB"
"""DuckDB's buffer pool, by default 80 % of RAM, would grow with the corpus; a run streams, so a
modest pool keeps memory flat and DuckDB spills to disk when it needs more."""


class StoreError(RuntimeError):
    """The database cannot be opened, migrated or written."""


def migrations() -> list[tuple[int, str]]:
    """``(version, sql)`` for every migration shipped with the package, in order."""
    folder = resources.files("warta") / "store" / "migrations"
    found = []
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(".sql"):
            found.append((int(name.split("_", 1)[0]), entry.read_text(encoding="utf-8")))
    return sorted(found)


class Store:
    """A Warta DuckDB file. Opening it applies any pending migration."""

    def __init__(self, path: str | Path = DEFAULT_DB, *, read_only: bool = False) -> None:
        self.path = str(path)
        try:
            if not read_only and self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.con = duckdb.connect(self.path, read_only=read_only)
            self.con.execute(f"SET memory_limit = '{MEMORY_LIMIT}'")
            self.con.execute("SET preserve_insertion_order = false")
        except (duckdb.Error, OSError) as exc:
            raise StoreError(f"cannot open {self.path}: {exc}") from exc
        if not read_only:
            self.migrate()
        elif self.version() == 0:
            raise StoreError(f"{self.path} is not a Warta store (no schema)")

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def version(self) -> int:
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
        ).fetchone()
        if not exists or not exists[0]:
            return 0
        row = self.con.execute("SELECT max(version) FROM schema_version").fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    def migrate(self) -> None:
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TIMESTAMP NOT NULL)"
        )
        current = self.version()
        for version, sql in migrations():
            if version <= current:
                continue
            log.info("applying store migration %d", version)
            try:
                self.con.execute("BEGIN")
                self.con.execute(sql)
                self.con.execute("INSERT INTO schema_version VALUES (?, ?)", [version, _now()])
                self.con.execute("COMMIT")
            except duckdb.Error as exc:
                self.con.execute("ROLLBACK")
                raise StoreError(f"migration {version} failed: {exc}") from exc

    # -- runs -------------------------------------------------------------------------------
    def start_run(self, command: str, config: Mapping[str, Any]) -> str:
        run_id = uuid.uuid4().hex[:16]
        self.con.execute(
            "INSERT INTO runs (run_id, command, started, warta_version, config) VALUES (?, ?, ?, ?, ?)",
            [run_id, command, _now(), __version__, json.dumps(config, default=str, sort_keys=True)],
        )
        return run_id

    def finish_run(self, run_id: str, stats: RunStats) -> None:
        self.con.execute(
            "UPDATE runs SET finished = ?, stats = ? WHERE run_id = ?",
            [_now(), json.dumps(stats.as_dict()), run_id],
        )

    # -- reading ----------------------------------------------------------------------------
    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.con.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def article(self, article_id: str) -> Article | None:
        rows = self.rows(
            "SELECT * FROM articles WHERE id = ? OR id LIKE ? ORDER BY id LIMIT 2",
            [article_id, f"{article_id}%"],
        )
        if len(rows) != 1:
            return None
        article = article_from_row(rows[0])
        return replace(article, time_expressions=self.time_expressions(article.id))

    def iter_articles(self, where: str = "status = 'ok'", batch: int = 1000) -> Iterator[Article]:
        cursor = self.con.cursor()
        cursor.execute(f"SELECT * FROM articles WHERE {where} ORDER BY id")
        names = [d[0] for d in cursor.description]
        while chunk := cursor.fetchmany(batch):
            for row in chunk:
                yield article_from_row(dict(zip(names, row, strict=True)))

    def time_expressions(self, article_id: str) -> tuple[TimeExpression, ...]:
        rows = self.rows(
            'SELECT text, start, "end", type, value, anchor, mod FROM time_expressions '
            "WHERE article_id = ? ORDER BY n",
            [article_id],
        )
        return tuple(TimeExpression(**row) for row in rows)

    def actor_mentions(self, article_id: str) -> list[dict[str, Any]]:
        """The stored actor mentions of an article, in order."""
        return self.rows(
            "SELECT * EXCLUDE (article_id, run_id) FROM actor_mentions WHERE article_id = ? "
            "ORDER BY n",
            [article_id],
        )

    # -- learned actors ---------------------------------------------------------------------
    def learned_actors(self) -> LearnedStore:
        """The actors learned from text so far (``learned_actors``), as an in-memory store."""
        return LearnedStore.from_rows(self.rows("SELECT * FROM learned_actors ORDER BY id"))

    def save_learned_actors(self, learned: LearnedStore) -> None:
        """Replace the ``learned_actors`` table with ``learned``'s entries."""
        rows = learned.rows()
        names = ", ".join(f'"{c}"' for c in LEARNED_FIELDS)
        marks = ", ".join("?" for _ in LEARNED_FIELDS)
        try:
            self.con.execute("BEGIN")
            self.con.execute("DELETE FROM learned_actors")
            if rows:
                self.con.executemany(
                    f"INSERT INTO learned_actors ({names}) VALUES ({marks})",
                    [[row[c] for c in LEARNED_FIELDS] for row in rows],
                )
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"cannot save learned actors: {exc}") from exc

    def raw_document(self, raw_id: str) -> bytes | None:
        row = self.con.execute(
            "SELECT content FROM raw_documents WHERE raw_id = ?", [raw_id]
        ).fetchone()
        return bytes(row[0]) if row else None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _spans(spans: Sequence[Span]) -> str:
    return json.dumps([[s.start, s.end] for s in spans])


def article_row(article: Article, *, status: str, run_id: str) -> dict[str, Any]:
    return {
        "id": article.id,
        "raw_id": article.raw_id,
        "source": article.source,
        "status": status,
        "duplicate_of": article.duplicate_of,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "published": article.published,
        "published_reason": article.published_reason,
        "page_date": article.page_date,
        "dct": article.dct,
        "dct_reason": article.dct_reason,
        "language": article.language,
        "language_confidence": article.language_confidence,
        "encoding": article.encoding,
        "body_hash": article.body_hash,
        "text": article.text,
        "paragraphs": _spans(article.paragraphs),
        "source_text": article.source_text,
        "source_spans": _spans(article.source_spans),
        "removed": json.dumps(
            [{"start": r.start, "end": r.end, "reason": r.reason} for r in article.removed]
        ),
        "dateline": json.dumps(asdict(article.dateline)) if article.dateline else None,
        "authors": json.dumps(list(article.authors)),
        "editors": json.dumps(list(article.editors)),
        "cited_sources": json.dumps(list(article.cited_sources)),
        "date_candidates": json.dumps([asdict(c) for c in article.date_candidates]),
        "warnings": json.dumps(list(article.warnings)),
        "run_id": run_id,
    }


ARTICLE_COLUMNS = (
    "id",
    "raw_id",
    "source",
    "status",
    "duplicate_of",
    "url",
    "outlet",
    "title",
    "published",
    "published_reason",
    "page_date",
    "dct",
    "dct_reason",
    "language",
    "language_confidence",
    "encoding",
    "body_hash",
    "text",
    "paragraphs",
    "source_text",
    "source_spans",
    "removed",
    "dateline",
    "authors",
    "editors",
    "cited_sources",
    "date_candidates",
    "warnings",
    "run_id",
)


JSON_COLUMNS = frozenset(
    {
        "paragraphs",
        "source_spans",
        "removed",
        "dateline",
        "authors",
        "editors",
        "cited_sources",
        "date_candidates",
        "warnings",
        "config",
        "stats",
        "fields",
        "sectors",
    }
)
"""Columns of the store that hold JSON text."""


def article_from_row(row: Mapping[str, Any]) -> Article:
    dateline = json.loads(row["dateline"]) if row.get("dateline") else None
    return Article(
        id=row["id"],
        raw_id=row["raw_id"],
        source=row["source"],
        source_text=row["source_text"],
        text=row["text"],
        paragraphs=tuple(Span(s, e) for s, e in json.loads(row["paragraphs"])),
        source_spans=tuple(Span(s, e) for s, e in json.loads(row["source_spans"])),
        removed=tuple(RemovedSpan(**r) for r in json.loads(row["removed"])),
        title=row["title"],
        url=row["url"],
        outlet=row["outlet"],
        dateline=Dateline(**dateline) if dateline else None,
        authors=tuple(json.loads(row["authors"])),
        editors=tuple(json.loads(row["editors"])),
        cited_sources=tuple(json.loads(row["cited_sources"])),
        date_candidates=tuple(DateCandidate(**c) for c in json.loads(row["date_candidates"])),
        published=row["published"],
        published_reason=row["published_reason"],
        page_date=row["page_date"],
        dct=row["dct"],
        dct_reason=row["dct_reason"],
        language=row["language"],
        language_confidence=row["language_confidence"],
        encoding=row["encoding"],
        warnings=tuple(json.loads(row["warnings"])),
        body_hash=row["body_hash"],
        duplicate_of=row["duplicate_of"],
    )


def _hash(*parts: str | bytes | None) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode("utf-8") if isinstance(part, str) else (part or b""))
        digest.update(b"\x00")
    return digest.hexdigest()[:32]


class StoreSink:
    """The ``dedup`` and ``store`` stages: filters repeats, buffers outcomes, writes in batches.

    ``dedup``: a raw document already in the store (or earlier in this run) is filtered
    (``W122``; nothing is written, so a re-run changes nothing); an article whose normalised body
    is already stored (or earlier in this run) is filtered as a duplicate of the first (``W121``)
    and stored with status ``duplicate``, unanalysed.
    """

    def __init__(self, store: Store, run_id: str, batch: int = 512) -> None:
        self.store = store
        self.run_id = run_id
        self.batch = batch
        self.buffer: list[tuple[Outcome, Page | None]] = []
        self.pending_raw: set[str] = set()
        self.pending_bodies: dict[str, str] = {}
        self.schemas: dict[str, Any] = {}
        """Raw ids and body hashes accepted but not yet written (the store cannot see them)."""
        self.written = 0

    def dedup(self, outcomes: list[Outcome]) -> list[Outcome]:
        articles = [o for o in outcomes if isinstance(o, Article)]
        stored_raw = {
            row[0]
            for row in self._lookup(
                "SELECT raw_id FROM raw_documents WHERE raw_id IN (SELECT key FROM keys)",
                sorted({a.raw_id for a in articles}),
            )
        }
        first_by_hash: dict[str, str] = dict(
            self._lookup(
                "SELECT body_hash, min(id) FROM articles WHERE status = 'ok' "
                "AND body_hash IN (SELECT key FROM keys) GROUP BY body_hash",
                sorted({a.body_hash for a in articles}),
            )
        )
        out: list[Outcome] = []
        for outcome in outcomes:
            verdict: Outcome = outcome
            if isinstance(outcome, Article):
                first = first_by_hash.get(outcome.body_hash) or self.pending_bodies.get(
                    outcome.body_hash
                )
                if outcome.raw_id in stored_raw or outcome.raw_id in self.pending_raw:
                    verdict = already_stored(outcome)
                elif first is not None:
                    verdict = duplicate_of(outcome, first)
                else:
                    self.pending_bodies[outcome.body_hash] = outcome.id
                self.pending_raw.add(outcome.raw_id)
            out.append(verdict)
        return out

    def accept(self, outcome: Outcome, stats: RunStats, page: Page | None = None) -> None:
        stats.count(outcome)
        self.buffer.append((outcome, page))
        if len(self.buffer) >= self.batch:
            self.flush()

    def close(self) -> None:
        self.flush()

    def flush(self) -> None:
        if not self.buffer:
            return
        buffer, self.buffer = self.buffer, []
        raw_rows: list[tuple[Any, ...]] = []
        article_rows: list[dict[str, Any]] = []
        time_rows: list[tuple[Any, ...]] = []
        event_rows: list[dict[str, Any]] = []
        actor_rows: list[tuple[Any, ...]] = []
        quarantine_rows: list[tuple[Any, ...]] = []
        filtered_rows: list[tuple[Any, ...]] = []
        for outcome, page in buffer:
            if isinstance(outcome, Quarantined):
                quarantine_rows.append(
                    (
                        _hash(outcome.source, outcome.code, outcome.raw),
                        outcome.source,
                        outcome.stage,
                        outcome.code,
                        outcome.message,
                        outcome.raw,
                        self.run_id,
                    )
                )
                continue
            if isinstance(outcome, Filtered) and outcome.article is None:
                if outcome.code != Code.W122_ALREADY_STORED.value:
                    filtered_rows.append(
                        (
                            _hash(outcome.source, outcome.code, outcome.raw_id),
                            outcome.source,
                            outcome.stage,
                            outcome.code,
                            outcome.reason,
                            outcome.raw_id,
                            self.run_id,
                        )
                    )
                continue
            article = outcome.article if isinstance(outcome, Filtered) else outcome
            assert article is not None
            status = "ok"
            if isinstance(outcome, Filtered):
                status = (
                    "duplicate" if outcome.code == Code.W121_DUPLICATE.value else "other_language"
                )
            raw_rows.append(_raw_row(article, page, self.run_id))
            article_rows.append(article_row(article, status=status, run_id=self.run_id))
            event_rows.extend(store_row(e, n, self.run_id) for n, e in enumerate(article.events))
            actor_rows.extend(
                (
                    article.id,
                    n,
                    a.start,
                    a.end,
                    a.text,
                    a.label,
                    a.actor_id,
                    a.name,
                    a.type,
                    a.code,
                    a.country,
                    json.dumps(list(a.sectors)),
                    a.confidence,
                    a.method,
                    a.evidence_start,
                    a.evidence_end,
                    a.learned,
                    self.run_id,
                )
                for n, a in enumerate(article.actors)
            )
            time_rows.extend(
                (
                    article.id,
                    n,
                    t.start,
                    t.end,
                    t.text,
                    t.type,
                    t.value,
                    t.anchor,
                    t.mod,
                    self.run_id,
                )
                for n, t in enumerate(article.time_expressions)
            )
        self._write(
            raw_rows,
            article_rows,
            time_rows,
            event_rows,
            actor_rows,
            quarantine_rows,
            filtered_rows,
        )
        self.pending_raw.clear()
        self.pending_bodies.clear()

    def _lookup(self, sql: str, keys: list[str]) -> list[tuple[Any, ...]]:
        """Run ``sql`` against a one-column Arrow table ``keys`` (DuckDB's parameter lists are
        slow for many values)."""
        if not keys:
            return []
        import pyarrow as pa

        con = self.store.con
        con.register("keys", pa.table({"key": pa.array(keys, type=pa.string())}))
        try:
            return con.execute(sql).fetchall()
        finally:
            con.unregister("keys")

    def _insert(self, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        import pyarrow as pa

        con = self.store.con
        schema = self.schemas.get(table)
        if schema is None:
            schema = self.schemas[table] = _arrow_schema(con, table, columns)
        batch = pa.Table.from_pylist(
            [dict(zip(columns, row, strict=True)) for row in rows], schema=schema
        )
        con.register("batch", batch)
        try:
            names = ", ".join(f'"{column}"' for column in columns)
            con.execute(f"INSERT OR IGNORE INTO {table} ({names}) SELECT {names} FROM batch")
        finally:
            con.unregister("batch")

    def _write(
        self,
        raw_rows: list[tuple[Any, ...]],
        article_rows: list[dict[str, Any]],
        time_rows: list[tuple[Any, ...]],
        event_rows: list[dict[str, Any]],
        actor_rows: list[tuple[Any, ...]],
        quarantine_rows: list[tuple[Any, ...]],
        filtered_rows: list[tuple[Any, ...]],
    ) -> None:
        con = self.store.con
        try:
            con.execute("BEGIN")
            self._insert("raw_documents", RAW_COLUMNS, raw_rows)
            self._insert(
                "articles",
                ARTICLE_COLUMNS,
                [tuple(r[c] for c in ARTICLE_COLUMNS) for r in article_rows],
            )
            self._insert("time_expressions", TIME_COLUMNS, time_rows)
            if event_rows:
                columns = tuple(event_rows[0])
                self._insert("events", columns, [tuple(r[c] for c in columns) for r in event_rows])
            self._insert("actor_mentions", ACTOR_COLUMNS, actor_rows)
            self._insert("quarantine", QUARANTINE_COLUMNS, quarantine_rows)
            self._insert("filtered", FILTERED_COLUMNS, filtered_rows)
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"write failed: {exc}") from exc
        self.written += len(article_rows)


RAW_COLUMNS = ("raw_id", "source", "kind", "url", "fields", "size", "content", "run_id")
QUARANTINE_COLUMNS = ("id", "source", "stage", "code", "message", "content", "run_id")
FILTERED_COLUMNS = ("id", "source", "stage", "code", "reason", "raw_id", "run_id")
ACTOR_COLUMNS = (
    "article_id",
    "n",
    "start",
    "end",
    "text",
    "label",
    "actor_id",
    "name",
    "type",
    "code",
    "country",
    "sectors",
    "confidence",
    "method",
    "evidence_start",
    "evidence_end",
    "learned",
    "run_id",
)
TIME_COLUMNS = (
    "article_id",
    "n",
    "start",
    "end",
    "text",
    "type",
    "value",
    "anchor",
    "mod",
    "run_id",
)


_ARROW_TYPES = {
    "VARCHAR": "string",
    "BLOB": "binary",
    "BIGINT": "int64",
    "INTEGER": "int64",
    "DOUBLE": "float64",
    "BOOLEAN": "bool_",
}


def _arrow_schema(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str]) -> Any:
    """The Arrow schema of ``columns`` of ``table``, read from the table's own definition."""
    import pyarrow as pa

    types = dict(
        con.execute(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = ?",
            [table],
        ).fetchall()
    )
    return pa.schema([(c, getattr(pa, _ARROW_TYPES[types[c]])()) for c in columns])


def _raw_row(article: Article, page: Page | None, run_id: str) -> tuple[Any, ...]:
    if page is None:
        raise StoreError(f"raw document of {article.source} was not kept for storing")
    return (
        page.raw_id,
        page.source,
        page.kind,
        page.url,
        json.dumps(dict(page.fields), ensure_ascii=False),
        len(page.raw),
        page.raw,
        run_id,
    )


__all__ = ["DEFAULT_DB", "JSON_COLUMNS", "Store", "StoreError", "StoreSink"]
