"""The ``actors`` stage: linked mentions on every analysed article, stored in ``actor_mentions``;
actors learned from text kept in the store's ``learned_actors`` table."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tests.conftest import SEED_000, SEED_002
from warta.actors import ActorStage, LearnedStore
from warta.cli.actors_cmd import actors as actors_command
from warta.cli.run_cmd import export
from warta.cli.run_cmd import run as run_command
from warta.pipeline import PipelineOptions, clean_paths, run
from warta.records import Article
from warta.store import Store, StoreSink


def _seed_article(path: Path) -> Article:
    (outcome,) = list(clean_paths([str(path)]))
    assert isinstance(outcome, Article)
    return outcome


def test_stage_links_the_article_for_its_date_with_spans_into_the_text() -> None:
    article = _seed_article(SEED_002)
    linked = ActorStage()(article)
    assert linked.actors, "the seed names Shoigu, Kang Sun Nam, Russia, North Korea"
    for link in linked.actors:
        assert linked.text[link.start : link.end] == link.text
    codes = {link.text: link.code for link in linked.actors}
    assert codes["Sergei Shoigu"] == "RUSGOVMIL"  # defence minister on the 2023 article date
    assert codes["Kang Sun Nam"] == "PRKGOVMIL"


def test_stage_learns_across_articles_in_order() -> None:
    learned = LearnedStore(None)
    stage = ActorStage(learned)
    stage(_seed_article(SEED_002))
    assert "learned:kang-sun-nam" in learned.entries
    assert learned.entries["learned:kang-sun-nam"].code == "PRKGOVMIL"


def test_run_stores_actor_mentions_and_counts_the_stage(db_path: str) -> None:
    with Store(db_path) as store:
        run_id = store.start_run("test", {})
        stats = run([str(SEED_000), str(SEED_002)], StoreSink(store, run_id))
        store.finish_run(run_id, stats)
        rows = store.rows(
            "SELECT m.*, a.text AS body FROM actor_mentions m JOIN articles a ON a.id = m.article_id"
        )
        assert rows
        for row in rows:
            assert row["body"][row["start"] : row["end"]] == row["text"]
            assert isinstance(json.loads(row["sectors"]), list)
        article_id = rows[0]["article_id"]
        assert [m["n"] for m in store.actor_mentions(article_id)] == sorted(
            m["n"] for m in store.actor_mentions(article_id)
        )
    counts = {s["stage"]: s for s in stats.as_dict()["stages"]}
    assert counts["actors"]["in"] == counts["actors"]["out"] == 2


def test_run_without_the_actors_stage_stores_no_mentions(db_path: str) -> None:
    with Store(db_path) as store:
        run_id = store.start_run("test", {})
        options = PipelineOptions(actors=False)
        run([str(SEED_002)], StoreSink(store, run_id), options=options)
        assert store.rows("SELECT count(*) AS n FROM actor_mentions")[0]["n"] == 0


def test_learned_actors_live_in_the_store_across_runs(db_path: str) -> None:
    with Store(db_path) as store:
        stage = ActorStage(store.learned_actors())
        run_id = store.start_run("test", {})
        run([str(SEED_002)], StoreSink(store, run_id), actors=stage)
        store.save_learned_actors(stage.learned)
    with Store(db_path) as store:
        learned = store.learned_actors()
        assert learned.entries["learned:kang-sun-nam"].status == "pending"
        assert learned.entries["learned:kang-sun-nam"].source


def test_cli_run_export_and_review_learned_actors(db_path: str, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(run_command, [str(SEED_002), "--db", db_path, "-q"])
    assert result.exit_code == 0, result.output
    out = tmp_path / "actors.jsonl"
    result = runner.invoke(export, ["--db", db_path, "--table", "actor_mentions", "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    shoigu = next(r for r in rows if r["text"] == "Sergei Shoigu")
    assert shoigu["code"] == "RUSGOVMIL" and shoigu["sectors"] == ["GOV", "MIL"]
    listed = runner.invoke(actors_command, ["--learned", "--db", db_path])
    assert "learned:kang-sun-nam\tpending" in listed.output
    accepted = runner.invoke(actors_command, ["--accept", "learned:kang-sun-nam", "--db", db_path])
    assert accepted.exit_code == 0, accepted.output
    with Store(db_path) as store:
        assert store.learned_actors().entries["learned:kang-sun-nam"].status == "accepted"
