"""Select pronoun cases for the pronoun check set (deterministic; needs ../shared).

CLICK-ID news articles of the dev set's sections and the held-out set's outlets, none of the
dev, check or held-out excerpts, in which ``ia``/``dia``/``beliau`` occurs within the first
``WINDOW`` characters; fixed seed, ``ARTICLES`` articles, every such pronoun in the excerpt.
Writes ``eval/actors/pronoun_excerpts.jsonl``; the referent of each pronoun is written by hand
in ``pronouns_check.txt`` from the text alone, before any linker output is looked at.

Usage: ``.venv/bin/python -m eval.actors.select_pronouns [--shared ../shared]``
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

from eval.actors.select import iso_date

HERE = Path(__file__).resolve().parent
SEED = 20261123
ARTICLES = 16
WINDOW = 1200
PRONOUN = re.compile(r"\b(?:ia|dia|beliau)\b", re.IGNORECASE)
SECTIONS = {
    ("Kompas.com", "News"),
    ("okezone.com", "News"),
    ("sindonews.com", "International"),
    ("sindonews.com", "Nasional"),
    ("tempo.co", "nasional"),
    ("tempo.co", "dunia"),
    ("tribunnews.com", "Nasional"),
    ("tribunnews.com", "Regional"),
    ("posmetro-medan.com", "Berita Utama"),
    ("posmetro-medan.com", "nasional"),
    ("wowkeren.com", "Nasional"),
    ("wowkeren.com", "Dunia"),
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent.parent / "shared")
    args = parser.parse_args()
    corpus = args.shared / "data/news/clickid/clickid_articles.jsonl"
    if not corpus.is_file():
        print(f"error: CLICK-ID not found at {corpus} (needs ../shared)", file=sys.stderr)
        return 2
    used = set()
    for name in ("excerpts.jsonl", "heldout_excerpts.jsonl"):
        used |= {json.loads(line)["id"] for line in (HERE / name).read_text("utf-8").splitlines()}
    pool = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            row_id = f"clickid:{row['file']}:{row['row']}"
            if (row["source"], row["category"]) not in SECTIONS or row_id in used:
                continue
            text = row["content"].strip(" ,-")
            cut = text.find(". ", WINDOW)
            text = text[: cut + 1] if cut > 0 else text[:WINDOW]
            if iso_date(row["date"]) is None or not PRONOUN.search(text):
                continue
            pool.append({"id": row_id, "outlet": row["source"], "date": iso_date(row["date"]),
                         "text": text})  # fmt: skip
    pool.sort(key=lambda r: r["id"])
    chosen = random.Random(SEED).sample(pool, ARTICLES)
    with (HERE / "pronoun_excerpts.jsonl").open("w", encoding="utf-8") as fh:
        for row in chosen:
            fh.write(
                json.dumps({**row, "source": "CLICK-ID (CC BY 4.0)"}, ensure_ascii=False) + "\n"
            )
    print(f"{len(chosen)} excerpts from {len(pool)} candidates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
