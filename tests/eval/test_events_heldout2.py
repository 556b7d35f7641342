"""The second events held-out set: its committed files (no detik text, no overlap, gold keys)."""

from __future__ import annotations

import json
from pathlib import Path

from eval.events.score import read_gold
from eval.events_dev2.select import restore
from eval.events_heldout2.select import FRAME2, STRATA

HERE = Path(__file__).resolve().parents[2] / "eval" / "events_heldout2"


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_committed_set_is_well_formed() -> None:
    rows = _rows(HERE / "excerpts.jsonl")
    assert len(rows) == 60
    counts = {name: sum(row["stratum"] == name for row in rows) for name in STRATA}
    assert counts == {"random": 15, "keyword": 15, "detik_random": 15, "detik_keyword": 15}
    for row in rows:
        if str(row["stratum"]).startswith("detik"):
            assert row["text"] is None and row["title"] is None
            assert len(str(row["text_sha256"])) == 16 and str(row["row"]).isdigit()
        else:
            assert isinstance(row["text"], str) and row["text"]
            assert row["outlet"] in FRAME2
    assert len({row["outlet"] for row in rows if row["text"] is not None}) >= 5
    gold = read_gold(HERE / "gold.tsv")
    assert set(gold) <= {str(i) for i in range(60)}
    assert sum(len(events) for events in gold.values()) >= 60


def test_no_article_of_an_earlier_set() -> None:
    rows = _rows(HERE / "excerpts.jsonl")
    earlier = [
        row
        for name in ("events", "events_heldout", "events_dev2")
        for row in _rows(HERE.parent / name / "excerpts.jsonl")
    ]
    assert not {row["url"] for row in earlier} & {row["url"] for row in rows}
    assert not {row["id"] for row in earlier} & {row["id"] for row in rows}
    detik_rows = {row["row"] for row in earlier if "row" in row}
    assert not detik_rows & {row["row"] for row in rows if "row" in row}


def test_scoring_without_shared_keeps_the_clickid_half(tmp_path: Path) -> None:
    kept, message = restore(_rows(HERE / "excerpts.jsonl"), tmp_path)
    assert len(kept) == 30 and all(row["text"] for row in kept)
    assert "detik part skipped" in message
