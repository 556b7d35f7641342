"""Score the event coder on the held-out gold set (``eval/events_heldout/``; no ../shared needed).

Articles: ``excerpts.jsonl`` (60 CLICK-ID excerpts, CC BY 4.0, drawn by ``select.py``, none in
the dev set). Gold: ``gold.tsv`` (by excerpt index), annotated with the dev guidelines
(``eval/events/README.md``) before the coder was run on these excerpts.

The scoring is the dev scorer's (``eval/events/score.py``, imported, not copied): (actor, PLOVER
type, recipient) triples compared on the codes' first six characters, precision and recall per
stratum (``random``, ``keyword``) and overall, mode, date and location accuracy on matched
triples; ``--verbose`` lists every miss, false event and wrong attribute, and per-type figures;
``--explain`` (with ``--verbose``) says why each uncoded predicate was dropped. The dev floors
(precision >= 0.80, recall >= 0.60) apply; the script exits 1 below them.

Usage: ``.venv/bin/python -m eval.events_heldout.score [--verbose [--explain]] [--model WHAT]``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from eval.events.score import ScoredArticle, arg_parser, excerpt_article, read_gold, score

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    args = arg_parser(__doc__).parse_args(argv)
    rows = [json.loads(x) for x in (HERE / "excerpts.jsonl").read_text().splitlines() if x]
    gold = read_gold(HERE / "gold.tsv")
    unknown = set(gold) - {str(i) for i in range(len(rows))}
    if unknown:
        raise ValueError(f"gold keys without an excerpt: {sorted(unknown)}")
    articles: list[ScoredArticle] = [
        (row["stratum"], excerpt_article(row), gold.get(str(index), []))
        for index, row in enumerate(rows)
    ]
    print(f"articles {len(articles)} excerpts, gold events {sum(len(g) for *_, g in articles)}")
    return score(articles, args, ("random", "keyword"))


if __name__ == "__main__":
    sys.exit(main())
