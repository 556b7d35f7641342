"""Benchmark stories on CLICK-ID (needs ../shared): signatures, near-duplicates, clustering.

Times each step over ``--limit`` articles (0: all) and reports articles/s, the comparisons made
(blocking: never all pairs) and the process's peak resident memory after each step.

``--replicate N`` builds a larger corpus from N copies of CLICK-ID: copy r is moved r * 70 days
later and gets its own article ids; its texts have every fourth word replaced by another word
of the corpus (so copies are not near-duplicates of each other) and its signatures lose one
random term. Signatures are computed once for the originals (their cost is per article: see the
first line) and perturbed for the copies, so the replicated figures time near-duplicates and
clustering, the steps whose cost could grow faster than the corpus.

Usage: ``OMP_NUM_THREADS=1 .venv/bin/python scripts/bench_stories.py --shared ../shared
[--replicate 4]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.stories.score import clickid_article  # noqa: E402
from warta.records import Article  # noqa: E402
from warta.stories.cluster import build  # noqa: E402
from warta.stories.features import Signature, Signer  # noqa: E402
from warta.stories.neardup import DocInfo, MinHasher, NearDuplicateIndex  # noqa: E402

SHIFT_DAYS = 70


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def shift(day: str | None, days: int) -> str | None:
    if not day:
        return day
    return (dt.date.fromisoformat(day[:10]) + dt.timedelta(days=days)).isoformat()


def perturb_text(text: str, rng: random.Random, vocabulary: list[str]) -> str:
    words = text.split(" ")
    for i in range(3, len(words), 4):
        words[i] = rng.choice(vocabulary)
    return " ".join(words)


def copies(
    articles: list[Article], signatures: list[Signature], n: int
) -> tuple[list[Article], list[Signature]]:
    rng = random.Random(7)
    vocabulary = [w for a in articles[:2000] for w in (a.title or "").split()] or ["x"]
    all_articles, all_signatures = list(articles), list(signatures)
    for r in range(1, n):
        for article, signature in zip(articles, signatures, strict=True):
            new_id = f"{article.id}r{r}"
            text = perturb_text(article.text, rng, vocabulary)
            all_articles.append(
                replace(
                    article,
                    id=new_id,
                    text=text,
                    published=shift(article.published, r * SHIFT_DAYS),
                )
            )
            terms = dict(signature.terms)
            if terms:
                terms.pop(rng.choice(sorted(terms)))
            all_signatures.append(
                Signature(
                    new_id,
                    shift(signature.day, r * SHIFT_DAYS),
                    signature.outlet,
                    signature.title,
                    terms,
                )
            )
    return all_articles, all_signatures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=0, help="Articles (0: all).")
    parser.add_argument("--replicate", type=int, default=1, help="Copies of the corpus.")
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
    base = len(articles)
    signer = Signer()
    start = time.perf_counter()
    signatures = [signer(a) for a in articles]
    t_sign = time.perf_counter() - start
    print(
        f"signatures (lead words, actors, dates) of {base:,} articles: {t_sign:.1f}s, "
        f"{base / t_sign:,.0f} articles/s; peak RSS {peak_mb():,.0f} MB"
    )
    articles, signatures = copies(articles, signatures, args.replicate)
    n = len(articles)
    print(f"corpus: {n:,} articles ({args.replicate} x {base:,}); peak RSS {peak_mb():,.0f} MB")
    start = time.perf_counter()
    index = NearDuplicateIndex(hasher=MinHasher())
    pairs = 0
    for article in articles:
        doc = DocInfo(article.id, article.published, len(article.text))
        pairs += len(index.add(doc, text=article.text))
    t_dup = time.perf_counter() - start
    print(
        f"near-duplicates (MinHash + LSH): {t_dup:.1f}s, {n / t_dup:,.0f} articles/s, "
        f"{pairs:,} pairs; peak RSS {peak_mb():,.0f} MB"
    )
    del index
    start = time.perf_counter()
    stories, clusterer = build(signatures)
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
