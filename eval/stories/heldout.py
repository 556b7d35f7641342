"""Draw the candidates the held-out story set was built from (needs ../shared).

``python -m eval.stories.heldout [--draws N]`` prints, in a fixed random order (seed
``SEED``), CLICK-ID articles of the multi-outlet days (``DAYS``) that are not dev-set articles
and whose title names none of the dev set's topics (``DEV_TOPICS``); under each, the titles of
other outlets' articles within ``SLACK_DAYS`` days that share a rare title word with it (a
word in fewer than ``RARE`` titles of the pool). The annotator reads them in the printed order
and keeps a story when at least two outlets report its happening (``README.md``, "Held-out
set"). The clusterer plays no part: candidates come from title words only, and the annotator
may search titles further by hand.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from eval.stories.score import HERE, clickid_article, read_dev

SEED = 20260722
DAYS = ("2019-09-10", "2019-09-20")
"""The only days several CLICK-ID outlets cover (the dev set's days too)."""
DEV_TOPICS = re.compile(
    r"kpk|rkuhp|r?kuhp|papua|habibie|ainun|nahrawi|bolton|aramco|saudi|iran|hong ?kong|"
    r"netanyahu|tepi barat|boris|johnson|taliban|afghan|karhutla|kabut asap|riau|thailand|"
    r"twin otter|firli|saut|wamena|trump|asap|pekanbaru|kebakaran hutan|kebakaran lahan|"
    r"veronica koman",
    re.IGNORECASE,
)
"""Title words of the dev set's topics: a held-out story shares no topic with the dev set."""
SLACK_DAYS = 2
RARE = 30
WORD = re.compile(r"[^\W\d_]{4,}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent.parent / "shared")
    parser.add_argument("--draws", type=int, default=40)
    parser.add_argument("--skip", type=int, default=0)
    args = parser.parse_args()
    path = args.shared / "data" / "news" / "clickid" / "clickid_articles.jsonl"
    if not path.is_file():
        print(f"error: CLICK-ID not found at {path} (needs ../shared)", file=sys.stderr)
        return 2
    dev = {f"{f}:{r}" for _, f, r in read_dev()}
    pool = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            article = clickid_article(json.loads(line))
            day = (article.published or "")[:10]
            if DAYS[0] <= day <= DAYS[1] and article.source not in dev:
                pool.append(article)
    df: Counter[str] = Counter()
    words = {}
    for article in pool:
        words[article.id] = {w for w in WORD.findall((article.title or "").casefold())}
        df.update(words[article.id])
    drawable = sorted(
        (a for a in pool if not DEV_TOPICS.search(a.title or "")), key=lambda a: a.source
    )
    random.Random(SEED).shuffle(drawable)
    for n, article in enumerate(drawable[args.skip : args.skip + args.draws], args.skip):
        day = (article.published or "")[:10]
        rare = {w for w in words[article.id] if df[w] < RARE}
        print(f"#{n} {article.source} {day} {article.outlet}: {article.title}")
        for other in pool:
            if other.outlet == article.outlet:
                continue
            other_day = (other.published or "")[:10]
            if abs(_ordinal(other_day) - _ordinal(day)) > SLACK_DAYS:
                continue
            shared = rare & words[other.id]
            if shared:
                print(
                    f"    {other.source} {other_day} {other.outlet}: {other.title}"
                    f"  [{' '.join(sorted(shared))}]"
                )
    return 0


def _ordinal(day: str) -> int:
    import datetime as dt

    return dt.date.fromisoformat(day).toordinal()


if __name__ == "__main__":
    sys.exit(main())
