"""Benchmark actor linking and coding, given entity mentions (needs ../shared).

Reads CLICK-ID articles into memory, finds their mentions once with the actor stage's own
gazetteer finder (not timed: an entity model gives mentions in the pipeline), then times
``ActorLinker(text, mentions, dct=...)`` over all articles: linking, in-article resolution,
learning and date-aware coding. Reports articles/s (wall clock) and articles per CPU-second of the
process, best and median of ``--repeat`` runs, and separately the finder's own rate.

Usage: ``OMP_NUM_THREADS=1 .venv/bin/python scripts/bench_actors.py --shared ../shared``
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from warta.actors import ActorLinker, LearnedStore
from warta.records import Mention

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.actors.select import iso_date  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=5000, help="Articles (0: all).")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    corpus = args.shared / "data/news/clickid/clickid_articles.jsonl"
    if not corpus.is_file():
        print(
            f"error: CLICK-ID not found at {corpus} (this benchmark needs ../shared)",
            file=sys.stderr,
        )
        return 2
    articles: list[tuple[str, str | None]] = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            articles.append((row["content"], iso_date(row["date"])))
            if args.limit and len(articles) >= args.limit:
                break
    linker = ActorLinker(learned=LearnedStore(None))
    start = time.perf_counter()
    cpu = time.process_time()
    mentions: list[list[Mention]] = [linker.find_mentions(text) for text, _ in articles]
    find_wall = time.perf_counter() - start
    find_cpu = time.process_time() - cpu
    total_mentions = sum(len(m) for m in mentions)
    walls, cpus = [], []
    for _ in range(args.repeat):
        linker = ActorLinker(learned=LearnedStore(None))
        start = time.perf_counter()
        cpu = time.process_time()
        for (text, dct), found in zip(articles, mentions, strict=True):
            linker(text, found, dct=dct)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    n = len(articles)
    chars = sum(len(text) for text, _ in articles)
    print(f"articles {n:,}  characters/article {chars / n:,.0f}  mentions {total_mentions:,}")
    print(
        f"linking+coding given mentions: {n / min(walls):,.0f} articles/s wall (best), "
        f"{n / statistics.median(walls):,.0f} (median of {args.repeat}); "
        f"{n / min(cpus):,.0f} articles per CPU-second (best)"
    )
    print(
        f"finder (gazetteer + titles, once): {n / find_wall:,.0f} articles/s wall, "
        f"{n / find_cpu:,.0f} articles per CPU-second"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
