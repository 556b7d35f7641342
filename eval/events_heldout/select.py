"""Select the held-out articles for the events gold set (needs ../shared/data/news/clickid).

Same sampling frame, cleaning and excerpting as the dev set (``eval/events/select.py``: the
news sections of six CLICK-ID outlets, each article cleaned by the Warta pipeline, its first
five sentences, at most 900 characters), but:

- other seeds (``SEED``, ``KEYWORD_SEED``; the dev set used 6, 66 and 666);
- every article of the dev set (``eval/events/excerpts.jsonl``) is excluded by id, by url and
  by (normalised) title, and so is any article whose title or url repeats one already drawn;
- 5 articles per outlet in stratum ``random`` (whole frame) and 5 in stratum ``keyword`` (the
  title names a political action: the dev ``TITLE_WORDS`` broadened with ``EXTRA_TITLE_WORDS``),
  60 in all: lines 0-29 random (5 per outlet, outlet order of ``FRAME``), 30-59 keyword.

The coder is never run here. CLICK-ID: Data in Brief 32 (2020) 106231, CC BY 4.0
(github.com/andikawilliam/CLICK-ID).

Usage: ``.venv/bin/python -m eval.events_heldout.select --shared ../shared``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from eval.events.select import (
    TITLE_WORDS,
    clickid_corpus,
    frame_lines,
    skip_sets,
    take,
    write_excerpts,
)

HERE = Path(__file__).resolve().parent
DEV = HERE.parent / "events" / "excerpts.jsonl"
SEED = 2026
KEYWORD_SEED = 20261122
EXTRA_TITLE_WORDS = (
    "aksi",
    "protes",
    "kecewa",
    "gugat",
    "laporkan",
    "lapor ",
    "polisikan",
    "ringkus",
    "bekuk",
    "geledah",
    "vonis",
    "dakwa",
    "hukum ",
    "pecat",
    "mundur",
    "undang",
    "janji",
    "imbau",
    "seru",
    "sindir",
    "bantah",
    "apresiasi",
    "puji",
    "kerja sama",
    "kerjasama",
    "perang",
    "bom",
    "blokade",
    "boikot",
    "usul",
)
TITLE_ALL = TITLE_WORDS + EXTRA_TITLE_WORDS


def has_title_word(title: str) -> bool:
    low = title.lower()
    return any(word in low for word in TITLE_ALL)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--per-outlet", type=int, default=5)
    parser.add_argument("--keyword-per-outlet", type=int, default=5)
    parser.add_argument("-o", "--output", default=str(HERE / "excerpts.jsonl"))
    args = parser.parse_args()
    corpus = clickid_corpus(args.shared)
    if corpus is None:
        return 2
    dev = [json.loads(x) for x in DEV.read_text(encoding="utf-8").splitlines() if x.strip()]
    skips = skip_sets(dev)
    by_outlet = frame_lines(corpus)
    out = take(by_outlet, random.Random(SEED), args.per_outlet, "random", *skips)
    keyword = {
        outlet: [line for line in lines if has_title_word(json.loads(line)["title"])]
        for outlet, lines in by_outlet.items()
    }
    out += take(keyword, random.Random(KEYWORD_SEED), args.keyword_per_outlet, "keyword", *skips)
    overlap = [row for row in out if row["url"] in {d["url"] for d in dev}]
    assert not overlap, overlap
    return write_excerpts(out, args.output)


if __name__ == "__main__":
    sys.exit(main())
