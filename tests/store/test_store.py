"""The DuckDB store: migrations, round trips, idempotent runs, exports."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SEED_000, SEED_002
from warta.pipeline import run
from warta.store import Store, StoreError, StoreSink, article_from_row, article_row, migrations


def _run(db: str, *paths: Path) -> dict[str, object]:
    with Store(db) as store:
        run_id = store.start_run("test", {"paths": [str(p) for p in paths]})
        stats = run([str(p) for p in paths], StoreSink(store, run_id))
        store.finish_run(run_id, stats)
        return stats.as_dict()


def test_new_store_is_at_the_latest_schema_version(db_path: str) -> None:
    with Store(db_path) as store:
        assert store.version() == migrations()[-1][0]
    with Store(db_path) as store:  # reopening applies nothing twice
        assert store.version() == migrations()[-1][0]


def test_read_only_open_of_a_foreign_file_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(StoreError):
        Store(str(path), read_only=True)


def test_running_the_same_input_twice_changes_nothing(db_path: str) -> None:
    first = _run(db_path, SEED_000, SEED_002)
    assert first["stored"] == 2
    with Store(db_path) as store:
        before = {
            t: store.rows(f"SELECT count(*) AS n FROM {t}")[0]["n"]
            for t in ("raw_documents", "articles", "quarantine", "filtered")
        }
    second = _run(db_path, SEED_000, SEED_002)
    assert second["stored"] == 0 and second["filtered"] == 2
    with Store(db_path) as store:
        after = {
            t: store.rows(f"SELECT count(*) AS n FROM {t}")[0]["n"]
            for t in ("raw_documents", "articles", "quarantine", "filtered")
        }
        assert store.rows("SELECT count(*) AS n FROM runs")[0]["n"] == 2
    assert before == after


def test_raw_documents_are_kept_unmodified_and_articles_round_trip(db_path: str) -> None:
    _run(db_path, SEED_002)
    with Store(db_path) as store:
        (row,) = store.rows("SELECT * FROM articles")
        assert store.raw_document(row["raw_id"]) == SEED_002.read_bytes()
        article = article_from_row(row)
        assert article_row(article, status="ok", run_id=row["run_id"]) == row
        loaded = store.article(article.id[:6])
        assert loaded is not None and loaded.time_expressions
        assert replace(loaded, time_expressions=()) == article
        assert all(loaded.text[t.start : t.end] == t.text for t in loaded.time_expressions)


def test_bad_input_lands_in_quarantine_with_its_content(db_path: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_bytes(b'{"content": "x"\n')
    stats = _run(db_path, bad)
    assert stats["quarantined"] == 1
    with Store(db_path) as store:
        (row,) = store.rows("SELECT * FROM quarantine")
        assert row["code"] == "E107" and bytes(row["content"]) == b'{"content": "x"\n'
        (run_row,) = store.rows("SELECT stats FROM runs")
        assert json.loads(run_row["stats"])["quarantined"] == 1


def test_time_expressions_are_stored_for_new_articles_only(db_path: str, tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED_002.read_bytes() + b"\n")  # new raw bytes, same body
    stats = _run(db_path, SEED_002, copy)
    assert stats["stored"] == 1 and stats["filtered"] == 1
    with Store(db_path) as store:
        rows = store.rows(
            "SELECT a.status, t.text, t.value, t.start, t.end, a.text AS body "
            "FROM time_expressions t JOIN articles a ON a.id = t.article_id ORDER BY n"
        )
        assert {r["status"] for r in rows} == {"ok"}
        assert all(r["body"][r["start"] : r["end"]] == r["text"] for r in rows)
        assert ("Kamis (27/7)", "2023-07-27") in {(r["text"], r["value"]) for r in rows}


def test_duplicates_across_batches_of_one_run_are_found(
    db_path: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from warta import pipeline

    monkeypatch.setattr(pipeline, "BATCH", 2)
    folder = tmp_path / "in"
    folder.mkdir()
    for index in range(5):
        (folder / f"{index}.txt").write_bytes(SEED_000.read_bytes() + b" " * index)
    stats = _run(db_path, folder)
    assert stats["stored"] == 1 and stats["filtered"] == 4
    with Store(db_path) as store:
        statuses = dict(
            store.con.execute("SELECT status, count(*) FROM articles GROUP BY 1").fetchall()
        )
        assert statuses == {"ok": 1, "duplicate": 4}


def test_a_version_1_store_is_migrated(tmp_path: Path) -> None:
    path = str(tmp_path / "v1.duckdb")
    con = duckdb.connect(path)
    con.execute(
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied TIMESTAMP NOT NULL)"
    )
    con.execute(migrations()[0][1])
    con.execute("INSERT INTO schema_version VALUES (1, now())")
    con.close()
    with Store(path) as store:
        assert store.version() == migrations()[-1][0] >= 2
        assert store.rows("SELECT count(*) AS n FROM time_expressions")[0]["n"] == 0


def test_events_are_coded_and_stored_by_a_run(db_path: str) -> None:
    _run(db_path, SEED_002)
    with Store(db_path) as store:
        rows = store.rows(
            "SELECT e.*, a.text AS body FROM events e JOIN articles a ON a.id = e.article_id"
        )
    assert rows
    for row in rows:
        assert row["body"][row["trigger_start"] : row["trigger_end"]] == row["trigger"]
    visits = [r for r in rows if r["type"] == "CONSULT" and r["mode"] == "visit"]
    assert visits and json.loads(visits[0]["actor_codes"])[0].startswith("RUS")
    assert json.loads(visits[0]["recipient_codes"])[0].startswith("PRK")


def test_the_events_stage_can_be_turned_off(db_path: str) -> None:
    from warta.pipeline import PipelineOptions

    with Store(db_path) as store:
        run_id = store.start_run("test", {})
        run([str(SEED_002)], StoreSink(store, run_id), options=PipelineOptions(events=False))
        assert store.rows("SELECT count(*) AS n FROM events")[0]["n"] == 0
        assert store.rows("SELECT count(*) AS n FROM time_expressions")[0]["n"] > 0


def test_every_analysed_article_has_a_dct(db_path: str, tmp_path: Path) -> None:
    undated = tmp_path / "undated.txt"
    undated.write_text(
        "Minggu, 19 Mei 2024\n\nJudul Berita Tanpa Tanggal Terbit di Halaman Ini\n\n"
        "Presiden Joko Widodo meminta DPR menunda pengesahan RKUHP yang menuai protes dari "
        "mahasiswa di berbagai daerah, pekan lalu.\n",
        encoding="utf-8",
    )
    _run(db_path, SEED_000, undated)
    with Store(db_path) as store:
        rows = {
            r["source"]: r
            for r in store.rows("SELECT source, published, dct, dct_reason FROM articles")
        }
    seed, page = rows[str(SEED_000)], rows[str(undated)]
    assert seed["dct"] == seed["published"] == "2023-07-25"
    assert page["published"] is None and page["dct"] == "2024-05-19"
    assert page["dct_reason"].startswith("estimated: page header date only")
