"""Print the checked samples of eval/stories/README.md (needs ../shared).

``python -m eval.stories.samples neardup``: a random sample (seed 7) of 30 near-duplicate links
found over all of CLICK-ID, with similarity, outlets, dates and titles.
``python -m eval.stories.samples fusion STORY...``: the fused events of dev stories' gold members
(events coded by ``warta.events``), with their first report's trigger and sentence.
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=("neardup", "fusion"))
    parser.add_argument("stories", nargs="*")
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent.parent / "shared")
    args = parser.parse_args()
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
