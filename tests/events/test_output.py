"""``warta events`` and the output formats: PLOVER JSON, CSV, GDELT rows, store rows."""

from __future__ import annotations

import csv
import io
import json
from importlib import resources
from pathlib import Path

import duckdb
from click.testing import CliRunner

from tests.conftest import SEED_000, SEED_002
from warta.cli.events_cmd import events
from warta.events.output import CSV_FIELDS, GDELT_FIELDS

PLOVER_KEYS = {
    "id",
    "date",
    "actor",
    "recipient",
    "event",
    "mode",
    "context",
    "event_loc",
    "event_text",
    "text_info",
    "cite_info",
    "coder",
    "codebook",
    "cameo",
    "quad_code",
    "event_scale",
    "flags",
}


def test_json_is_one_plover_record_per_line_with_offsets_into_the_text() -> None:
    result = CliRunner().invoke(events, [str(SEED_002), "--json"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.output.splitlines()]
    assert records
    for record in records:
        assert set(record) >= PLOVER_KEYS
        assert set(record["flags"]) == {
            "future",
            "negated",
            "hypothetical",
            "historical",
            "reported",
        }
        assert set(record["cite_info"]) >= {"url", "title", "publication", "language"}
        info = record["text_info"]
        assert record["event_text"][0][info["trigger_start"] - info["start"] :].startswith(
            info["trigger"]
        )
    meeting = next(r for r in records if r["text_info"]["trigger"] == "melakukan pertemuan")
    assert meeting["event"] == ["CONSULT"] and meeting["mode"] == ["visit"]
    assert meeting["actor"][0]["code"] == "RUS" and meeting["recipient"][0]["code"] == "PRK"
    assert meeting["event_loc"]["name"] == "Pyongyang"
    assert meeting["quad_code"] == 1 and meeting["event_scale"] == 4.0


def test_csv_has_a_header_and_one_row_per_event() -> None:
    result = CliRunner().invoke(events, [str(SEED_000), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert rows and list(rows[0]) == list(CSV_FIELDS)
    assert {"AGREE", "SUPPORT", "CONSULT"} <= {row["event"] for row in rows}


def test_gdelt_rows_have_the_documented_columns() -> None:
    result = CliRunner().invoke(events, [str(SEED_000), "--format", "gdelt"])
    assert result.exit_code == 0, result.output
    lines = [line.split("\t") for line in result.output.splitlines()]
    assert lines[0] == list(GDELT_FIELDS)
    assert all(len(line) == len(GDELT_FIELDS) for line in lines[1:])
    assert any(line[9] == "036" and line[10] == "036" and line[11] == "03" for line in lines[1:])


def test_negated_flag_writes_negated_events() -> None:
    plain = CliRunner().invoke(events, [str(SEED_000), "--json"])
    more = CliRunner().invoke(events, [str(SEED_000), "--json", "--negated"])
    negated = [json.loads(x) for x in more.output.splitlines() if '"negated": true' in x]
    assert negated and all(r["text_info"]["trigger"] for r in negated)
    assert '"negated": true' not in plain.output


def test_missing_input_exits_non_zero(tmp_path: Path) -> None:
    result = CliRunner().invoke(events, [str(tmp_path / "none.txt")])
    assert result.exit_code != 0


def test_store_rows_fit_the_events_migration() -> None:
    from dataclasses import replace

    from warta.events import code_article
    from warta.events.output import store_row
    from warta.pipeline import clean_paths
    from warta.records import Article
    from warta.time.stage import tag_article

    sql = (resources.files("warta") / "store" / "migrations" / "0003_events.sql").read_text()
    con = duckdb.connect()
    con.execute(sql)
    [article] = [a for a in clean_paths([str(SEED_002)]) if isinstance(a, Article)]
    article = replace(article, time_expressions=tuple(tag_article(article)))
    rows = [store_row(e, n, "run1") for n, e in enumerate(code_article(article))]
    columns = [c[0] for c in con.execute("DESCRIBE events").fetchall()]
    assert set(rows[0]) == set(columns)
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in columns)
    con.executemany(
        f"INSERT INTO events ({names}) VALUES ({marks})", [[r[c] for c in columns] for r in rows]
    )
    assert con.execute("SELECT count(*) FROM events WHERE type = 'CONSULT'").fetchone()[0] >= 1


def test_ner_flag_falls_back_to_the_gazetteer_without_a_model(monkeypatch) -> None:
    import warta.nlp.api as api

    def missing(text: str, *, mode: str = "full") -> object:
        raise api.ModelNotFoundError("no model")

    monkeypatch.setattr(api, "annotate", missing)
    result = CliRunner().invoke(events, [str(SEED_002), "--ner"])
    assert result.exit_code == 0, result.output
    assert "no entity model" in result.output
    assert "CONSULT/visit" in result.output


def test_explain_says_on_stderr_why_predicates_gave_no_event() -> None:
    plain = CliRunner().invoke(events, [str(SEED_000)])
    explained = CliRunner().invoke(events, [str(SEED_000), "--explain"])
    assert explained.exit_code == 0
    assert explained.stdout == plain.stdout  # the events themselves do not change
    reasons = [line for line in explained.stderr.splitlines() if line.strip()]
    assert reasons and all(": " in line and "'" in line for line in reasons)
    assert any("negated" in line for line in reasons)  # tidak pernah menandatangani
