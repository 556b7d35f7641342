"""Benchmark stories on CLICK-ID (needs ../shared): signatures, near-duplicates, clustering.

Times each step over ``--limit`` articles (0: all) and reports articles/s, comparisons made
(blocking: never all pairs) and the process's peak resident memory.

Usage: ``OMP_NUM_THREADS=1 .venv/bin/python scripts/bench_stories.py --shared ../shared``
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.stories.score import clickid_article  # noqa: E402
from warta.stories.cluster import build  # noqa: E402
from warta.stories.features import Signer  # noqa: E402
from warta.stories.neardup import DocInfo, MinHasher, NearDuplicateIndex  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=0, help="Articles (0: all).")
    args = parser.parse_args()
    corpus = args.shared / "data/news/clickid/clickid_articles.jsonl"
    if not corpus.is_file():
        print(
            f"error: CLICK-ID not found at {corpus} (this benchmark needs ../shared)",
            file=sys.stderr,
        )
        return 2
    articles = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            articles.append(clickid_article(json.loads(line)))
            if args.limit and len(articles) >= args.limit:
                break
    n = len(articles)
    signer = Signer()
    start = time.perf_counter()
    signatures = [signer(a) for a in articles]
    t_sign = time.perf_counter() - start
    hasher = MinHasher()
    start = time.perf_counter()
    index = NearDuplicateIndex(hasher=hasher)
    pairs = 0
    for a in articles:
        pairs += len(index.add(DocInfo(a.id, a.published, len(a.text)), text=a.text))
    t_dup = time.perf_counter() - start
    start = time.perf_counter()
    stories, clusterer = build(signatures)
    t_cluster = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles {n:,}")
    print(f"signatures (lead words, actors, dates): {t_sign:.1f}s, {n / t_sign:,.0f} articles/s")
    print(
        f"near-duplicates (MinHash + LSH): {t_dup:.1f}s, {n / t_dup:,.0f} articles/s, {pairs:,} pairs"
    )
    print(
        f"clustering: {t_cluster:.1f}s, {n / t_cluster:,.0f} articles/s, {len(stories):,} stories, "
        f"{clusterer.comparisons:,} comparisons ({clusterer.comparisons / (n * (n - 1) / 2):.4%} of all pairs)"
    )
    print(f"peak RSS {peak:,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
