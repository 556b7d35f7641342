"""Benchmark stories on CLICK-ID (needs ../shared): signatures, near-duplicates, clustering.

Times each step and reports articles/s, the comparisons made (blocking: never all pairs) and
the process's peak resident memory after each step.

``--replicate N`` streams a larger corpus made of N copies of CLICK-ID. Copy r > 0 gets its own
article ids, has every fourth word of its text replaced by another word of the corpus (so copies
are not near-duplicates of each other) and loses one random term of its signature. ``--spread``
(default) moves copy r by r * 365 days: the same density of news over a longer time.
``--dense`` keeps the copies' dates: N times as many articles a day. Signatures are computed once
for the originals (a per-article cost: the first line) and perturbed for the copies; copies are
made on the fly and never held, so memory is the indexes' own.

Usage: ``OMP_NUM_THREADS=1 .venv/bin/python scripts/bench_stories.py --shared ../shared
[--replicate 8] [--dense]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.stories.score import clickid_article  # noqa: E402
from warta.records import Article  # noqa: E402
from warta.stories.cluster import NO_DAY, StoryClusterer, add_in_order  # noqa: E402
from warta.stories.features import Signature, Signer, Weights  # noqa: E402
from warta.stories.neardup import DocInfo, MinHasher, NearDuplicateIndex  # noqa: E402

SPREAD_DAYS = 365
"""CLICK-ID spans March-December 2019: a copy a year later never shares a day with another."""


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def shift(day: str | None, days: int) -> str | None:
    if not day or not days:
        return day
    return (dt.date.fromisoformat(day[:10]) + dt.timedelta(days=days)).isoformat()


def perturb_text(text: str, rng: random.Random, vocabulary: list[str]) -> str:
    words = text.split(" ")
    for i in range(3, len(words), 4):
        words[i] = rng.choice(vocabulary)
    return " ".join(words)


def order(replicas: int, count: int, dense: bool) -> Iterator[tuple[int, int]]:
    """``(copy, article)`` pairs in date order when the base articles are in date order."""
    if dense:
        return ((r, i) for i in range(count) for r in range(replicas))
    return ((r, i) for r in range(replicas) for i in range(count))


def stream_texts(
    articles: list[Article], replicas: int, dense: bool
) -> Iterator[tuple[DocInfo, str]]:
    rng = random.Random(7)
    vocabulary = [w for a in articles[:2000] for w in (a.title or "").split()] or ["x"]
    shift_by = 0 if dense else SPREAD_DAYS
    for r, i in order(replicas, len(articles), dense):
        article = articles[i]
        text = article.text if r == 0 else perturb_text(article.text, rng, vocabulary)
        day = shift(article.published, r * shift_by)
        yield DocInfo(f"{article.id}r{r}", day, len(text)), text


def stream_signatures(
    signatures: list[Signature], replicas: int, dense: bool
) -> Iterator[Signature]:
    rng = random.Random(11)
    shift_by = 0 if dense else SPREAD_DAYS
    for r, i in order(replicas, len(signatures), dense):
        signature = signatures[i]
        terms = dict(signature.terms)
        if r and terms:
            terms.pop(rng.choice(sorted(terms)))
        yield Signature(
            f"{signature.id}r{r}",
            shift(signature.day, r * shift_by),
            signature.outlet,
            signature.title,
            terms,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=0, help="Articles (0: all).")
    parser.add_argument("--replicate", type=int, default=1, help="Copies of the corpus.")
    parser.add_argument("--dense", action="store_true", help="Copies share the original days.")
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
    articles.sort(key=lambda a: (a.published or NO_DAY, a.id))
    base = len(articles)
    signer = Signer()
    start = time.perf_counter()
    signatures = [signer(a) for a in articles]
    t_sign = time.perf_counter() - start
    print(
        f"signatures (lead words, actors, dates) of {base:,} articles: {t_sign:.1f}s, "
        f"{base / t_sign:,.0f} articles/s; peak RSS {peak_mb():,.0f} MB"
    )
    n = base * args.replicate
    mode = "dense: same days" if args.dense else f"spread: a copy every {SPREAD_DAYS} days"
    print(f"corpus: {n:,} articles ({args.replicate} x {base:,}, {mode})")
    start = time.perf_counter()
    index = NearDuplicateIndex(hasher=MinHasher())
    pairs = 0
    for doc, text in stream_texts(articles, args.replicate, args.dense):
        pairs += len(index.add(doc, text=text))
    t_dup = time.perf_counter() - start
    print(
        f"near-duplicates (MinHash + LSH): {t_dup:.1f}s, {n / t_dup:,.0f} articles/s, "
        f"{pairs:,} pairs; peak RSS {peak_mb():,.0f} MB"
    )
    del index
    del articles
    start = time.perf_counter()
    weights = Weights()
    weights.add(stream_signatures(signatures, args.replicate, args.dense))
    clusterer = StoryClusterer(weights)
    add_in_order(clusterer, stream_signatures(signatures, args.replicate, args.dense))
    stories = clusterer.results()
    t_cluster = time.perf_counter() - start
    share = clusterer.comparisons / (n * (n - 1) / 2)
    print(
        f"stories: {t_cluster:.1f}s, {n / t_cluster:,.0f} articles/s, {len(stories):,} stories, "
        f"{clusterer.comparisons:,} comparisons ({share:.4%} of all pairs); "
        f"peak RSS {peak_mb():,.0f} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
