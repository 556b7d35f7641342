"""The time scorer on a small committed slice of the dev set, and on broken gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.time import score
from eval.time.data import GoldError, load_dev

SLICE = Path(__file__).parents[1] / "data" / "time" / "dev_slice.txt"


def test_dev_gold_offsets_point_at_their_text() -> None:
    docs = load_dev()
    assert sum(len(doc.gold) for doc in docs) >= 300
    for doc in docs:
        for gold in doc.gold:
            assert doc.text[gold.start : gold.end] == gold.expr


def test_scorer_passes_on_the_slice(capsys: pytest.CaptureFixture[str]) -> None:
    assert score.main(["--dev", str(SLICE)]) == 0
    out = capsys.readouterr().out
    assert "relaxed" in out and "value accuracy" in out and "OK" in out


def test_scorer_fails_below_the_floors(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    text = SLICE.read_text(encoding="utf-8")
    # every gold value wrong: value accuracy falls to zero
    broken.write_text(
        "\n".join(
            line.rsplit(" | ", 1)[0] + " | 1900" if line.startswith("> ") else line
            for line in text.splitlines()
        ),
        encoding="utf-8",
    )
    assert score.main(["--dev", str(broken)]) == 1


def test_gold_that_is_not_in_the_text_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("## test dct=2023-07-25\nKemarin hujan.\n> besok | DATE | 2023-07-26\n", "utf-8")
    with pytest.raises(GoldError):
        load_dev(bad)


def test_gold_can_name_a_later_occurrence(tmp_path: Path) -> None:
    gold = tmp_path / "gold.txt"
    gold.write_text(
        "## test dct=2025-09-20\nPerpres Nomor 79 Tahun 2025 tentang RKP Tahun 2025.\n"
        "> Tahun 2025 #2 | DATE | 2025\n",
        "utf-8",
    )
    (doc,) = load_dev(gold)
    assert doc.gold[0].start == doc.text.rindex("Tahun 2025")
