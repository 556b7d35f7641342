"""The committed story gold sets (eval/stories): well formed, disjoint, multi-outlet; B-cubed."""

from __future__ import annotations

import csv
from collections import defaultdict

import pytest

from eval.stories.score import DEV, HELDOUT, bcubed, read_dev


def _rows(path: object) -> list[dict[str, str]]:
    with open(str(path), encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@pytest.mark.parametrize("path", [DEV, HELDOUT])
def test_every_gold_story_is_reported_by_two_outlets_and_rows_are_unique(path: object) -> None:
    rows = _rows(path)
    keys = [(r["file"], r["row"]) for r in rows]
    assert len(keys) == len(set(keys))
    outlets: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        assert row["date"].startswith("2019-09-") and row["title"].strip()
        if row["story"] != "-":
            outlets[row["story"]].add(row["source"])
    assert len(outlets) >= 30
    assert all(len(sources) >= 2 for sources in outlets.values())


def test_the_held_out_set_shares_no_article_and_no_story_with_the_dev_set() -> None:
    dev, heldout = read_dev(DEV), read_dev(HELDOUT)
    assert not {(f, r) for _, f, r in dev} & {(f, r) for _, f, r in heldout}
    assert not ({s for s, _, _ in dev} & {s for s, _, _ in heldout}) - {"-"}
    stories = {s for s, _, _ in heldout if s != "-"}
    assert len(stories) == 35 and sum(s == "-" for s, _, _ in heldout) == 15


def test_bcubed_is_one_for_the_gold_and_lower_for_one_big_cluster() -> None:
    gold = {"a": "x", "b": "x", "c": "y", "d": "-1"}
    assert bcubed(gold, gold) == (1.0, 1.0, 1.0)
    p, r, f = bcubed(gold, {item: "all" for item in gold})
    assert r == 1.0 and p == pytest.approx((2 / 4 * 2 + 1 / 4 + 1 / 4) / 4) and f < 1.0
    p, r, _ = bcubed(gold, {item: item for item in gold})
    assert p == 1.0 and r == pytest.approx((1 / 2 + 1 / 2 + 1 + 1) / 4)


@pytest.mark.parametrize("name", ["fused_sample.tsv", "fused_sample_seed2026.tsv"])
def test_checked_fused_samples_are_40_distinct_fused_events_with_verdicts(name: str) -> None:
    rows = _rows(DEV.parent / name)
    assert len(rows) == 40 and len({r["fused_id"] for r in rows}) == 40
    assert [int(r["n"]) for r in rows] == list(range(40))
    for row in rows:
        assert row["verdict"] in {"ok", "duplicate", "merged", "merged+duplicate"}
        assert row["fused_id"].startswith("f") and row["story_id"].startswith("s")
        # a duplicate names the fused event it repeats; every verdict but ok says why
        assert ("duplicate" in row["verdict"]) == bool(row["same_as"].startswith("f"))
        assert row["note"].strip()
