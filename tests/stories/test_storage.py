"""Stories in the store and on the command line: build, add later, show."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.stories.conftest import CLICKID_SAMPLE, SEEDS
from warta.cli import main
from warta.store import Store
from warta.stories.storage import member_map, read_stories, update_stories


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_stories_command_puts_the_seed_pages_in_one_story(db_path: str) -> None:
    assert _invoke("run", "--db", db_path, *map(str, SEEDS))[0] == 0
    code, out, _ = _invoke("stories", "--db", db_path, "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) == 1
    assert set(rows[0]) >= {"story", "label", "docs", "outlets", "events"}
    assert rows[0]["docs"] == 2
    # labelled by its key event: the visit both reports carry
    assert rows[0]["label"] == "Pertemuan Rusia dengan Korea Utara (CONSULT)"
    code, out, _ = _invoke("story", rows[0]["story"][:8], "--db", db_path)
    assert code == 0
    assert "Menhan Rusia Berkunjung ke Korea Utara" in out
    assert "Menteri Pertahanan Rusia Kunjungi Korea Utara Pekan Ini" in out
    assert "fused events:" in out
    assert _invoke("story", "nothing-like-this", "--db", db_path)[0] == 2
    code, out, _ = _invoke("fused-events", "--db", db_path)
    fused = [json.loads(line) for line in out.splitlines()]
    assert rows[0]["events"] == len(fused) > 0
    visits = [f for f in fused if f["type"] == "CONSULT" and not f["historical"]]
    assert len(visits) == 1 and visits[0]["articles"] == 2 and visits[0]["outlets"] == 2
    assert len({r["article_id"] for r in visits[0]["reports"]}) == 2
    background = [f for f in fused if f["historical"] and f["type"] == "CONSULT"]
    assert [f["date"] for f in background] == ["2019"]


def test_a_later_article_joins_the_stored_story_and_ids_follow_the_earliest(
    db_path: str, tmp_path: Path
) -> None:
    later = tmp_path / "later"
    later.mkdir()
    shutil.copy(SEEDS[1], later)
    assert _invoke("run", "--db", db_path, str(later))[0] == 0
    with Store(db_path) as store:
        assert update_stories(store).new_articles == 1
        (only,) = read_stories(store)
    assert _invoke("run", "--db", db_path, str(SEEDS[0]))[0] == 0
    with Store(db_path) as store:
        report = update_stories(store)
        assert report.new_articles == 1 and report.stories_touched == 1
        stories = read_stories(store)
        assert len(stories) == 1 and stories[0]["docs"] == 2
        # the Sindonews report (25 July) is earlier: the story is now named after it
        earliest = store.rows("SELECT id FROM articles ORDER BY published LIMIT 1")[0]["id"]
        assert stories[0]["story"] == f"s{earliest}" != only["story"]
        assert list(member_map(store)) == [stories[0]["story"]]
        assert update_stories(store).new_articles == 0  # nothing new: nothing changes


def test_stored_stories_keep_one_outlets_happenings_apart(db_path: str) -> None:
    assert _invoke("run", "--db", db_path, str(CLICKID_SAMPLE))[0] == 0
    with Store(db_path) as store:
        update_stories(store)
        stories = read_stories(store)
        titles = dict(store.con.execute("SELECT id, trim(title) FROM articles").fetchall())
        members = member_map(store)
    assert sum(int(s["docs"]) for s in stories) == 24  # type: ignore[call-overload]
    grouped = [{titles[a] for a in ids} for ids in members.values()]
    assert any(
        {
            "KPK Tetapkan Menpora Imam Nahrawi sebagai Tersangka",
            "PKB Hormati KPK Tetapkan Menpora Imam Nahrawi Tersangka Suap",
        }
        <= g
        for g in grouped
    )
    assert 5 < len(stories) < 24


def test_a_second_batch_never_moves_stored_articles(db_path: str, tmp_path: Path) -> None:
    lines = CLICKID_SAMPLE.read_text(encoding="utf-8").splitlines()
    early = [line for line in lines if json.loads(line)["date"] < "2019-09-18"]
    late = [line for line in lines if json.loads(line)["date"] >= "2019-09-18"]
    assert early and late
    (tmp_path / "early.jsonl").write_text("\n".join(early) + "\n", encoding="utf-8")
    (tmp_path / "late.jsonl").write_text("\n".join(late) + "\n", encoding="utf-8")
    assert _invoke("run", "--db", db_path, str(tmp_path / "early.jsonl"))[0] == 0
    with Store(db_path) as store:
        update_stories(store)
        before = {a: s for s, ids in member_map(store).items() for a in ids}
    assert _invoke("run", "--db", db_path, str(tmp_path / "late.jsonl"))[0] == 0
    with Store(db_path) as store:
        report = update_stories(store)
        after = {a: s for s, ids in member_map(store).items() for a in ids}
        stories = {str(s["story"]): s for s in read_stories(store)}
    assert report.new_articles == len(late)
    assert all(after[a] == s for a, s in before.items())  # nothing moved or split
    assert set(stories) == set(after.values())
    assert sum(int(s["docs"]) for s in stories.values()) == len(lines)  # type: ignore[call-overload]


def test_fusion_reads_stored_events_or_codes_the_missing_ones(db_path: str, tmp_path: Path) -> None:
    assert _invoke("run", "--db", db_path, *map(str, SEEDS))[0] == 0
    other = str(tmp_path / "other.duckdb")
    assert _invoke("run", "--db", other, *map(str, SEEDS))[0] == 0
    with Store(db_path) as store:
        assert store.con.execute("SELECT count(*) FROM events").fetchone()[0] > 0  # type: ignore[index]
        update_stories(store, code_events=False)
        from_store = read_stories(store)[0]["events"]
    with Store(other) as store:
        store.con.execute("DELETE FROM events")
        update_stories(store, code_events=False)
        assert read_stories(store)[0]["events"] == 0  # nothing stored, nothing coded
    third = str(tmp_path / "third.duckdb")
    assert _invoke("run", "--db", third, *map(str, SEEDS))[0] == 0
    with Store(third) as store:
        store.con.execute("DELETE FROM events")
        update_stories(store)  # codes the events with warta.events
        assert read_stories(store)[0]["events"] == from_store > 0


def test_a_new_report_merges_two_stored_stories_of_one_happening(
    db_path: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the two seed pages stored as two stories (joining and merging switched off for the first
    # batches)
    import warta.stories.cluster as cluster

    monkeypatch.setattr(cluster, "JOIN", 1.01)
    monkeypatch.setattr(cluster, "LATE_JOIN", 1.01)
    monkeypatch.setattr(cluster, "MERGE", 1.01)
    for seed in SEEDS:
        assert _invoke("run", "--db", db_path, str(seed))[0] == 0
        with Store(db_path) as store:
            update_stories(store, code_events=False)
    with Store(db_path) as store:
        assert len(read_stories(store)) == 2
    # a rewrite of the IDM report joins it and links to the Sindonews one: the stories merge
    monkeypatch.setattr(cluster, "JOIN", 0.3)
    monkeypatch.setattr(cluster, "MERGE", 0.3)
    page = SEEDS[1].read_text(encoding="utf-8")
    assert "Pertemuan itu merupakan wujud" in page
    rewrite = tmp_path / "rewrite.txt"
    rewrite.write_text(
        page.replace("Pertemuan itu merupakan wujud", "Pertemuan tersebut menjadi bentuk"),
        encoding="utf-8",
    )
    assert _invoke("run", "--db", db_path, str(rewrite))[0] == 0
    with Store(db_path) as store:
        report = update_stories(store, code_events=False)
        stories = read_stories(store)
        members = member_map(store)
        earliest = store.rows("SELECT id FROM articles ORDER BY published, id LIMIT 1")[0]["id"]
    assert report.new_articles == 1
    assert len(stories) == 1 and stories[0]["docs"] == 3
    assert stories[0]["story"] == f"s{earliest}"
    assert list(members) == [stories[0]["story"]] and len(members[stories[0]["story"]]) == 3
