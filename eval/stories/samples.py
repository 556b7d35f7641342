"""Print the checked samples of eval/stories/README.md (needs ../shared).

``python -m eval.stories.samples neardup``: a random sample (seed 7) of 30 near-duplicate links
found over all of CLICK-ID, with similarity, outlets, dates and titles.
``python -m eval.stories.samples fusion STORY...``: the fused events of dev stories' gold members
(events coded by ``warta.events``), with their first report's trigger and sentence.
``python -m eval.stories.samples fused --db PATH``: a random sample (``--seed``) of ``SAMPLE`` fused
events of the multi-outlet stories of a store that ``warta run`` and ``warta stories`` filled,
each with its reports' sentences and the other fused events of its story that share its type or
a country (where a duplicate would be): the samples checked in ``fused_sample.tsv`` (seed 11)
and ``fused_sample_seed2026.tsv`` (seed 2026, after the fusion changes of d3a30b7).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

from eval.stories.score import HERE, clickid_article, read_dev
from warta.records import Article
from warta.stories.fusion import fuse_events
from warta.stories.neardup import DocInfo, NearDuplicateIndex, near_duplicates


def _corpus(shared: Path) -> list[Article] | None:
    path = shared / "data" / "news" / "clickid" / "clickid_articles.jsonl"
    if not path.is_file():
        print(f"error: CLICK-ID not found at {path} (needs ../shared)", file=sys.stderr)
        return None
    with path.open(encoding="utf-8") as fh:
        return [clickid_article(json.loads(line)) for line in fh]


def neardup(articles: list[Article]) -> None:
    by_id = {a.id: a for a in articles}
    index = NearDuplicateIndex()
    pairs: list[tuple[str, str]] = []
    for article in sorted(articles, key=lambda a: a.id):
        doc = DocInfo(article.id, article.published, len(article.text))
        pairs += [(article.id, other) for other, _ in index.add(doc, text=article.text)]
    links = near_duplicates(index, pairs)
    print(f"{len(links)} near-duplicate links")
    for link in random.Random(7).sample(links, min(30, len(links))):
        a, b = by_id[link.article_id], by_id[link.canonical_id]
        print(
            f"{link.similarity:.2f} | {a.outlet} {a.published} {a.title} "
            f"|| {b.outlet} {b.published} {b.title}"
        )


def fusion(articles: list[Article], stories: set[str]) -> None:
    from warta.events import code_article

    gold = {f"{f}:{r}": s for s, f, r in read_dev() if s in stories}
    members: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        if article.source in gold:
            members[gold[article.source]].append(article)
    for story, group in sorted(members.items()):
        events = {a.id: code_article(a) for a in group}
        fused = fuse_events(
            story,
            events,
            outlets={a.id: a.outlet for a in group},
            days={a.id: a.published for a in group},
            texts={a.id: a.text for a in group},
        )
        count = sum(len(v) for v in events.values())
        print(f"== {story}: {len(group)} articles, {count} events, {len(fused)} fused")
        texts = {a.id: a.text for a in group}
        for item in sorted(fused, key=lambda f: (-f.articles, f.id)):
            report = item.reports[0]
            sentence = texts[report.article_id][report.start : report.end]
            print(
                f"  {item.type:9} {'+'.join(item.actors)}->{'+'.join(item.recipients)} "
                f"{item.date} articles {item.articles} outlets {item.outlets}"
                f"{' background' if item.historical else ''} | {sentence[:110]}"
            )


SAMPLE = 40
FUSED_SEED = 11
"""The first checked sample's seed (``fused_sample.tsv``); samples of seed 7 were read to find
the causes of errors before the fusion changes of that time, and seed 2026 was drawn after those
of d3a30b7 (``fused_sample_seed2026.tsv``; README: "Fused events")."""


def fused_sample(db: Path, size: int = SAMPLE, seed: int = FUSED_SEED) -> None:
    from warta.store import Store

    with Store(str(db)) as store:
        multi = {
            str(r["story_id"]): r
            for r in store.rows(
                "SELECT story_id, label, docs, outlets FROM stories "
                "WHERE json_array_length(outlets) >= 2"
            )
        }
        fused = [
            json.loads(str(r["record"]))
            for r in store.rows("SELECT record FROM fused_events ORDER BY fused_id")
        ]
        fused = [f for f in fused if f["story_id"] in multi]
        ids = {r["article_id"] for f in fused for r in f["reports"]}
        texts = {
            str(r["id"]): str(r["text"])
            for r in store.rows("SELECT id, text FROM articles")
            if r["id"] in ids
        }
    by_story: dict[str, list[dict[str, object]]] = defaultdict(list)
    for item in fused:
        by_story[item["story_id"]].append(item)
    print(f"{len(fused)} fused events in {len(multi)} multi-outlet stories; sample of {size}")

    def line(item: dict[str, object]) -> str:
        return (
            f"{item['id']} {item['type']} {'+'.join(item['actors'])}->"  # type: ignore[arg-type]
            f"{'+'.join(item['recipients'])} {item['date']} "  # type: ignore[arg-type]
            f"articles {item['articles']} outlets {item['outlets']}"
            f"{' background' if item['historical'] else ''}"
        )

    def sentence(report: dict[str, object]) -> str:
        text = texts[str(report["article_id"])][int(report["start"]) : int(report["end"])]  # type: ignore[call-overload]
        return " ".join(text.split())[:220]

    for n, item in enumerate(random.Random(seed).sample(fused, min(size, len(fused)))):
        story = multi[item["story_id"]]
        print(f"\n#{n} {line(item)}")
        print(f"   story {item['story_id']} ({story['docs']} docs): {story['label']}")
        for report in item["reports"][:4]:
            print(f"   - {report['outlet']} [{report['type']} {report['date']}] {sentence(report)}")
        countries = set(item["actors"]) | set(item["recipients"])
        others = [
            o
            for o in by_story[item["story_id"]]
            if o["id"] != item["id"]
            and (o["type"] == item["type"] or countries & (set(o["actors"]) | set(o["recipients"])))
        ]
        for other in others[:8]:
            print(f"     ~ {line(other)} | {sentence(other['reports'][0])[:160]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=("neardup", "fusion", "fused"))
    parser.add_argument("stories", nargs="*")
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent.parent / "shared")
    parser.add_argument("--db", type=Path, help="Store for 'fused'.")
    parser.add_argument("--seed", type=int, default=FUSED_SEED, help="Sample seed for 'fused'.")
    args = parser.parse_args()
    if args.what == "fused":
        if args.db is None or not args.db.is_file():
            print("error: 'fused' needs --db PATH (a store filled by warta run and warta stories)")
            return 2
        fused_sample(args.db, seed=args.seed)
        return 0
    articles = _corpus(args.shared)
    if articles is None:
        return 2
    if args.what == "neardup":
        neardup(articles)
    else:
        fusion(articles, set(args.stories))
    return 0


if __name__ == "__main__":
    sys.exit(main())
