"""Score story clustering against a committed gold set (B-cubed precision, recall, F1).

A gold set (``eval/stories/dev.tsv``, the tuning set; ``heldout.tsv``, never tuned on) names
CLICK-ID articles by file and row with a story label (``-``: a distractor, a singleton in the
gold). The articles are read from ``../shared/data/news/clickid/clickid_articles.jsonl``; by
default the clusterer sees every CLICK-ID article published in the set's days (``--corpus
dev``: the set's own articles only), and B-cubed is computed over the set's articles.
``--events`` codes every clustered article's events (time tagging, then ``warta.events``, as
the pipeline does) so that signatures carry their lead-event keys, as ``warta stories`` signs
articles whose events are stored; ``--events-cache FILE`` keeps the coded events (a pickle, by
article id) and reads them back on the next run. Exit status 1 when precision, recall or F1 is
below the floor, 2 without ../shared.

Usage: ``python -m eval.stories.score [--shared ../shared] [--set dev|heldout]
[--corpus days|dev] [--events [--events-cache FILE]]``
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import pickle
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

from warta.records import Article, Event, Span
from warta.stories.cluster import JOIN, build
from warta.stories.features import EVENT_WEIGHT, Signer

HERE = Path(__file__).resolve().parent
DEV = HERE / "dev.tsv"
HELDOUT = HERE / "heldout.tsv"
"""Drawn by ``eval/stories/heldout.py`` and never used for tuning (README, "Held-out set")."""
SETS = {"dev": DEV, "heldout": HELDOUT}
FLOOR = 0.85
"""B-cubed precision, recall and F1 floor (only moves up)."""
OUTLETS = {
    "okezone.com": "Okezone",
    "sindonews.com": "Sindonews",
    "tempo.co": "Tempo",
    "Kompas.com": "Kompas",
    "tribunnews.com": "Tribunnews",
    "wowkeren.com": "WowKeren",
    "kapanlagi.com": "KapanLagi",
    "fimela.com": "Fimela",
    "posmetro-medan.com": "Posmetro Medan",
}


def read_dev(path: Path = DEV) -> list[tuple[str, str, int]]:
    """``(story, file, row)`` for every line of the dev set."""
    with path.open(encoding="utf-8") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return [(r["story"], r["file"], int(r["row"])) for r in csv.DictReader(lines, delimiter="\t")]


def clickid_article(record: Mapping[str, object]) -> Article:
    """A CLICK-ID record as an ``Article`` (text as published; no page cleaning needed)."""
    from eval.actors.select import iso_date

    key = f"{record['file']}:{record['row']}"
    text = " ".join(str(record["content"]).split()).strip(" ,-")
    return Article(
        id=hashlib.sha256(key.encode()).hexdigest()[:16],
        raw_id=key,
        source=key,
        source_text=text,
        text=text,
        paragraphs=(Span(0, len(text)),),
        source_spans=(Span(0, len(text)),),
        removed=(),
        title=" ".join(str(record["title"]).split()),
        url=str(record.get("url") or "") or None,
        outlet=OUTLETS.get(str(record["source"]), str(record["source"])),
        published=iso_date(str(record["date"])),
    )


def bcubed(gold: Mapping[str, str], system: Mapping[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 over the items of ``gold`` (item → cluster)."""
    gold_sets: dict[str, set[str]] = defaultdict(set)
    system_sets: dict[str, set[str]] = defaultdict(set)
    for item, cluster in gold.items():
        gold_sets[cluster].add(item)
        system_sets[system[item]].add(item)
    precision = recall = 0.0
    for item in gold:
        same = gold_sets[gold[item]] & system_sets[system[item]]
        precision += len(same) / len(system_sets[system[item]])
        recall += len(same) / len(gold_sets[gold[item]])
    n = len(gold)
    p, r = precision / n, recall / n
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def load(corpus: Path, wanted: set[tuple[str, int]], days: set[str] | None) -> list[Article]:
    articles = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            article = clickid_article(record)
            if (record["file"], record["row"]) in wanted or (
                days is not None and article.published in days
            ):
                articles.append(article)
    return articles


def code_events(
    articles: Iterable[Article], cache: Path | None = None
) -> dict[str, tuple[Event, ...]]:
    """Each article's coded events (article id → events): its time expressions tagged and its
    events coded as the pipeline's ``time`` and ``events`` stages do. With ``cache``, the
    events already in that pickle are read from it and the file is rewritten with all of them."""
    from dataclasses import replace

    from warta.events import code_article
    from warta.time.stage import article_dct, tag_article

    events: dict[str, tuple[Event, ...]] = {}
    if cache is not None and cache.is_file():
        with cache.open("rb") as fh:
            events = pickle.load(fh)
    fresh = 0
    for article in articles:
        if article.id in events:
            continue
        dct, reason = article_dct(article)
        tagged = replace(article, dct=dct, dct_reason=reason)
        tagged = replace(tagged, time_expressions=tuple(tag_article(tagged)))
        events[article.id] = code_article(tagged)
        fresh += 1
    if cache is not None and fresh:
        with cache.open("wb") as fh:
            pickle.dump(events, fh)
    return events


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent.parent / "shared")
    parser.add_argument("--set", choices=sorted(SETS), default="dev", help="Gold story set.")
    parser.add_argument("--corpus", choices=("days", "dev"), default="days")
    parser.add_argument("--threshold", type=float, default=JOIN)
    parser.add_argument("--no-actors", action="store_true", help="Signatures without actors.")
    parser.add_argument(
        "--events", action="store_true", help="Code events; signatures with lead-event keys."
    )
    parser.add_argument(
        "--event-weight", type=float, default=EVENT_WEIGHT, help="Weight of an event key."
    )
    parser.add_argument("--events-cache", type=Path, help="Pickle of coded events (--events).")
    parser.add_argument("--errors", action="store_true", help="Print split and merged stories.")
    args = parser.parse_args(list(argv) if argv is not None else None)
    corpus = args.shared / "data" / "news" / "clickid" / "clickid_articles.jsonl"
    if not corpus.is_file():
        print(
            f"error: CLICK-ID not found at {corpus} (this scorer needs ../shared)", file=sys.stderr
        )
        return 2
    dev = read_dev(SETS[args.set])
    wanted = {(f, r) for _, f, r in dev}
    start = time.perf_counter()
    articles = load(corpus, wanted, None)
    by_key = {a.source: a for a in articles}
    gold: dict[str, str] = {}
    for n, (story, file, row) in enumerate(dev):
        gold[by_key[f"{file}:{row}"].id] = story if story != "-" else f"-{n}"
    if args.corpus == "days":
        days = {a.published for a in articles if a.published}
        articles = load(corpus, wanted, days)
    signer = Signer(actors=not args.no_actors, events=args.events, event_weight=args.event_weight)
    if args.events:
        events = code_events(articles, args.events_cache)
        signatures = [signer(a, events[a.id]) for a in articles]
    else:
        signatures = [signer(a) for a in articles]
    stories, clusterer = build(signatures, threshold=args.threshold)
    seconds = time.perf_counter() - start
    system = {a: s.id for s in stories for a in s.articles}
    p, r, f = bcubed(gold, system)
    print(
        f"stories {args.set}: {len(set(gold.values()))} gold clusters, {len(gold)} articles; "
        f"clustered {len(articles):,} articles into {len(stories):,} stories "
        f"({clusterer.comparisons:,} comparisons) in {seconds:.1f}s"
    )
    print(f"B-cubed precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  (floor {FLOOR})")
    if args.errors:
        _print_errors(gold, system, {a.id: a for a in articles})
    below = [name for name, value in (("precision", p), ("recall", r), ("F1", f)) if value < FLOOR]
    if below:
        print(f"FAIL: B-cubed {', '.join(below)} below the floor {FLOOR}", file=sys.stderr)
        return 1
    return 0


def _print_errors(
    gold: Mapping[str, str], system: Mapping[str, str], articles: Mapping[str, Article]
) -> None:
    by_system: dict[str, list[str]] = defaultdict(list)
    by_gold: dict[str, list[str]] = defaultdict(list)
    for item in gold:
        by_system[system[item]].append(item)
        by_gold[gold[item]].append(item)
    for story, items in sorted(by_gold.items()):
        parts = {system[i] for i in items}
        if len(parts) > 1:
            print(
                f"split {story}: "
                + " | ".join(
                    ", ".join(
                        f"{articles[i].outlet} {articles[i].title}"[:60]
                        for i in items
                        if system[i] == s
                    )
                    for s in sorted(parts)
                )
            )
    for sid, items in sorted(by_system.items()):
        labels = {gold[i] for i in items}
        if len(labels) > 1:
            print(f"merged {sid}: " + " | ".join(sorted(labels)))


if __name__ == "__main__":
    sys.exit(main())
