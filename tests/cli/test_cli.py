"""The command line, end to end through click's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from tests.conftest import SEED_000, SEED_002
from warta.cli import EXIT_NOTHING, EXIT_QUARANTINED, main


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_clean_prints_one_paragraph_per_line() -> None:
    code, out, _ = _invoke("clean", str(SEED_002))
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 6 and lines[0].startswith("Jakarta, IDM – Menteri Pertahanan")


def test_clean_json_has_the_documented_fields() -> None:
    code, out, _ = _invoke("clean", "--json", str(SEED_000), str(SEED_002))
    assert code == 0
    docs = [json.loads(line) for line in out.splitlines()]
    assert len(docs) == 2
    for doc in docs:
        assert {
            "source",
            "title",
            "published",
            "page_date",
            "dateline",
            "outlet",
            "language",
            "paragraphs",
            "removed",
        } <= doc.keys()
        assert all({"start", "end", "reason"} == r.keys() for r in doc["removed"])
    assert docs[1]["page_date"] == "2024-05-19" and docs[1]["published"] == "2023-07-27"


def test_clean_reports_quarantined_input_and_exits_1(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, out, err = _invoke("clean", str(SEED_000), str(empty))
    assert code == EXIT_QUARANTINED
    assert "[E102]" in err and out


def test_clean_with_nothing_usable_exits_3(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    assert _invoke("clean", str(empty))[0] == EXIT_NOTHING


def test_unknown_field_mapping_is_a_usage_error() -> None:
    code, _, err = _invoke("clean", "--field", "judul", str(SEED_000))
    assert code == 2 and "--field" in err


def test_run_articles_show_stats_and_exports(tmp_path: Path) -> None:
    db = str(tmp_path / "w.duckdb")
    code, out, _ = _invoke("run", "--db", db, str(SEED_000), str(SEED_002))
    assert code == 0 and "documents 2: stored 2" in out
    code, out, _ = _invoke("articles", "--db", db)
    assert code == 0 and len(out.splitlines()) == 2 and "Pererat Hubungan Pertahanan" in out
    article_id = out.split()[0]
    code, out, _ = _invoke("show", article_id, "--db", db, "--removed")
    assert code == 0 and "removed:" in out
    code, out, _ = _invoke("stats", "--db", db, "--json")
    assert code == 0 and json.loads(out)["articles_by_status"] == [{"status": "ok", "n": 2}]
    for fmt in ("jsonl", "csv", "parquet"):
        target = tmp_path / f"a.{fmt}"
        code, _, _ = _invoke("export", "--db", db, "--format", fmt, "-o", str(target))
        assert code == 0
    rows = [json.loads(line) for line in (tmp_path / "a.jsonl").read_text().splitlines()]
    assert len(rows) == 2 and isinstance(rows[0]["paragraphs"], list)
    assert pq.read_table(tmp_path / "a.parquet").num_rows == 2
    assert len((tmp_path / "a.csv").read_text().splitlines()) >= 3


def test_run_json_summary_accounts_for_every_document(tmp_path: Path) -> None:
    bad = tmp_path / "bin.txt"
    bad.write_bytes(b"\x00\x01" * 50)
    code, out, _ = _invoke(
        "run", "--db", str(tmp_path / "w.duckdb"), "--json", str(SEED_000), str(bad)
    )
    summary = json.loads(out)
    assert code == EXIT_QUARANTINED
    assert (
        summary["documents"]
        == 2
        == summary["stored"] + summary["filtered"] + summary["quarantined"]
    )


def test_run_shows_a_progress_bar_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from warta.cli import run_cmd

    monkeypatch.setattr(run_cmd, "stderr_is_terminal", lambda: True)
    code, out, err = _invoke("run", "--db", str(tmp_path / "w.duckdb"), str(SEED_000))
    assert code == 0 and "documents 1: stored 1" in out
    assert "warta run" in err and "doc" in err  # tqdm's bar, on stderr
    assert "warta run:" not in out
