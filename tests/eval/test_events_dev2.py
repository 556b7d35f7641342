"""The second events dev set: the detik adapter of its selection and its committed files."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from eval.events.score import read_gold
from eval.events_dev2.select import DETIK_CSV, STRATA, iso_date, restore, text_hash

HERE = Path(__file__).resolve().parents[2] / "eval" / "events_dev2"
TEXT = (
    "Polisi menangkap dua orang pelaku pencurian di Bogor, Senin (20/10/2025). "
    "Keduanya ditahan di Mapolres Bogor untuk diperiksa lebih lanjut oleh penyidik. "
    "Kapolres meminta warga melapor jika melihat kejadian serupa di lingkungan mereka."
)


def _rows() -> list[dict[str, object]]:
    lines = (HERE / "excerpts.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


def _csv(shared: Path, rows: list[dict[str, str]]) -> None:
    path = shared / DETIK_CSV
    path.parent.mkdir(parents=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(
            handle, fieldnames=["id", "judul", "tautan", "tanggal", "isi_berita"]
        )
        writer.writeheader()
        writer.writerows(rows)


def test_iso_date_reads_the_csv_month_first() -> None:
    assert iso_date("6/5/2025 6:02") == "2025-06-05T06:02"
    assert iso_date("10/21/2025 20:43") == "2025-10-21T20:43"
    assert iso_date("2025-10-21") == "2025-10-21"


def test_committed_set_is_well_formed() -> None:
    rows = _rows()
    assert len(rows) == 60
    counts = {name: sum(row["stratum"] == name for row in rows) for name in STRATA}
    assert counts == {"random": 12, "keyword": 18, "detik_random": 15, "detik_keyword": 15}
    for row in rows:
        if str(row["stratum"]).startswith("detik"):
            assert row["text"] is None and row["title"] is None
            assert len(str(row["text_sha256"])) == 16 and str(row["row"]).isdigit()
        else:
            assert isinstance(row["text"], str) and row["text"]
    earlier = {
        json.loads(line)["url"]
        for name in ("events", "events_heldout")
        for line in (HERE.parent / name / "excerpts.jsonl").read_text().splitlines()
        if line
    }
    assert not earlier & {row["url"] for row in rows}
    gold = read_gold(HERE / "gold.tsv")
    assert set(gold) <= {str(i) for i in range(60)}
    assert sum(len(events) for events in gold.values()) >= 60


def test_restore_without_the_csv_keeps_the_clickid_half(tmp_path: Path) -> None:
    rows = _rows()
    kept, message = restore(rows, tmp_path)
    assert len(kept) == 30 and all(row["text"] for row in kept)
    assert "detik part skipped" in message


def test_restore_rebuilds_checks_and_drops(tmp_path: Path) -> None:
    source = {"judul": "Polisi Tangkap Dua Pencuri", "tanggal": "10/20/2025 9:00"}
    _csv(
        tmp_path,
        [
            {"id": "1", "tautan": "https://news.detik.com/a", "isi_berita": TEXT, **source},
            {"id": "2", "tautan": "https://news.detik.com/b", "isi_berita": TEXT, **source},
        ],
    )
    ref = {"stratum": "detik_random", "title": None, "text": None, "published": "2025-10-20"}
    rows: list[dict[str, object]] = [
        {**ref, "row": "1", "text_sha256": text_hash(TEXT)},
        {**ref, "row": "2", "text_sha256": "0" * 16},
        {**ref, "row": "3", "text_sha256": text_hash(TEXT)},
    ]
    kept, message = restore(rows, tmp_path)
    assert [(row["row"], row["text"], row["title"]) for row in kept] == [
        ("1", TEXT, "Polisi Tangkap Dua Pencuri")
    ]
    assert message == "detik rows not scored: row 2 changed, row 3 missing"
