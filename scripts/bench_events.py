"""Benchmark raw page → events end to end over CLICK-ID (needs ../shared).

Each CLICK-ID record goes through the whole path a ``warta events`` run takes: ingest (the
JSONL reader), decode, clean, language identification, time tagging and event coding (lexicon
pass, and for articles with a predicate: actor linking, arguments, modality). ``--workers 2``
splits the records over two processes (one coder each, loaded once). Reports articles/s (wall
clock, including start-up and loading), the share of articles that needed full analysis, events
found, CPU seconds of the process and its workers (articles per CPU-second is the per-core
rate that load from other jobs does not distort), and peak resident memory of the main process
and of the workers.

Usage: ``OMP_NUM_THREADS=1 .venv/bin/python scripts/bench_events.py --shared ../shared
[--limit N] [--workers 2]``
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from warta.events.coder import EventCoder
from warta.pipeline import clean_paths
from warta.records import Article
from warta.time.stage import tag_article

ROOT = Path(__file__).resolve().parent.parent


def run_chunk(path: str) -> tuple[int, int, int, int, int]:
    """Code every record of one JSONL chunk: (records, articles, analysed, events, peak KB)."""
    coder = EventCoder()
    records = articles = analysed = events = 0
    for outcome in clean_paths([path]):
        records += 1
        if not isinstance(outcome, Article) or outcome.language != "id":
            continue
        articles += 1
        if not coder.hits(outcome.text):
            continue
        analysed += 1
        article = replace(outcome, time_expressions=tuple(tag_article(outcome)))
        events += len(coder(article))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return records, articles, analysed, events, peak


def _cpu_seconds() -> float:
    """User + system time of this process and its finished children (the pool workers)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=0, help="Records (0: all).")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    corpus = args.shared / "data/news/clickid/clickid_articles.jsonl"
    if not corpus.is_file():
        print(
            f"error: CLICK-ID not found at {corpus} (this benchmark needs ../shared)",
            file=sys.stderr,
        )
        return 2
    with corpus.open(encoding="utf-8") as handle:
        lines = handle.readlines()
    if args.limit:
        lines = lines[: args.limit]
    workers = max(1, args.workers)
    with tempfile.TemporaryDirectory() as tmp:
        chunks = []
        for i in range(workers):
            path = Path(tmp) / f"chunk{i}.jsonl"
            path.write_text("".join(lines[i::workers]), encoding="utf-8")
            chunks.append(str(path))
        start = time.perf_counter()
        cpu_start = _cpu_seconds()
        if workers == 1:
            results = [run_chunk(chunks[0])]
        else:
            with multiprocessing.get_context("spawn").Pool(workers) as pool:
                results = pool.map(run_chunk, chunks)
        wall = time.perf_counter() - start
        cpu = _cpu_seconds() - cpu_start
    records = sum(r[0] for r in results)
    articles = sum(r[1] for r in results)
    analysed = sum(r[2] for r in results)
    events = sum(r[3] for r in results)
    worker_peak = max(r[4] for r in results) / 1024
    main_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"records {records}, Indonesian articles {articles}, workers {workers}")
    print(f"wall {wall:.1f} s: {records / wall:.1f} records/s, {articles / wall:.1f} articles/s")
    print(f"CPU {cpu:.1f} s (process + workers): {articles / cpu:.1f} articles per CPU-second")
    print(f"full analysis {analysed} articles ({analysed / max(articles, 1):.1%}); events {events}")
    print(f"peak RSS: main {main_peak:.0f} MB, largest worker {worker_peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
