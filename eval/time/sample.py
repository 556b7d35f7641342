"""Print the CLICK-ID excerpts annotated for the time dev set (needs ../shared).

Deterministic: a seeded sample of news/politics articles across outlets; each excerpt is the
article's first sentences up to ``MAX_CHARS``. This only *chose* the excerpts: the gold in
``dev.txt`` was written by hand (see GUIDELINES.md).

    python -m eval.time.sample --shared ../shared --n 60
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from warta.dates import parse_field_date

CATEGORIES = {
    ("Kompas.com", "News"),
    ("okezone.com", "News"),
    ("tempo.co", "nasional"),
    ("tempo.co", "dunia"),
    ("tempo.co", "bisnis"),
    ("tempo.co", "metro"),
    ("sindonews.com", "Nasional"),
    ("sindonews.com", "International"),
    ("sindonews.com", "Daerah"),
    ("tribunnews.com", "Nasional"),
    ("wowkeren.com", "Nasional"),
}
MAX_CHARS = 700
SEED = 4


def excerpt(content: str) -> str:
    # MacRoman mojibake of a no-break space, CLICK-ID's empty link slots, leading dashes
    text = content.replace("¬†", " ")
    text = re.sub(r"(?:\s*,){2,}", ",", text)
    text = " ".join(text.split()).lstrip(",-– ")
    if len(text) <= MAX_CHARS:
        return text
    cut = max(text.rfind(". ", 0, MAX_CHARS), text.rfind('." ', 0, MAX_CHARS))
    return text[: cut + 1] if cut > 200 else text[:MAX_CHARS]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--offset", type=int, default=0, help="skip this many sampled articles")
    parser.add_argument(
        "--other", action="store_true", help="sample the other categories (sport, economy, ...)"
    )
    args = parser.parse_args(argv)
    path = Path(args.shared) / "data/news/clickid/clickid_articles.jsonl"
    if not path.exists():
        print(f"error: {path} not found (this script needs ../shared)", file=sys.stderr)
        return 2
    pool = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if ((record["source"], record["category"]) in CATEGORIES) != args.other:
                pool.append(record)
    random.Random(SEED).shuffle(pool)
    for record in pool[args.offset : args.offset + args.n]:
        dct = parse_field_date(record["date"]) or record["date"]
        text = excerpt(record["content"])
        if re.search(r"[‚Äô]{2}", text):
            continue
        print(f"## clickid {record['file']}:{record['row']} dct={dct[:10]}")
        print(text)
        print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
