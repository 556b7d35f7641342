"""Score the event coder on the second held-out gold set (``eval/events_heldout2/``).

Articles: ``excerpts.jsonl``, 60 excerpts drawn by ``select.py``: 30 CLICK-ID (CC BY 4.0, text
committed; strata ``random``, ``keyword``; sections and an outlet outside the dev frame) and 30
detik.com 2025 (strata ``detik_random``, ``detik_keyword``). The detik CSV has no licence, so
only its row ids and excerpt hashes are committed; the texts are rebuilt from ``--shared``
(default ``../shared``) and checked against the hashes by the second dev set's ``restore``.
Without ``../shared`` the detik half is skipped, with a message, and the figures are those of
the CLICK-ID half. Gold: ``gold.tsv`` (by excerpt index), annotated with the dev guidelines
(``eval/events/README.md``) before the coder was run on these excerpts. Do not tune on it.

The scoring is the dev scorer's (``eval/events/score.py``, imported, not copied), as for the
other two held-out sets: (actor, PLOVER type, recipient) triples on the codes' first six
characters, precision and recall per stratum and overall, mode, date and location accuracy on
matched triples; ``--verbose`` lists every miss, false event and wrong attribute, and per-type
figures; ``--explain`` (with ``--verbose``) says why each uncoded predicate was dropped. The dev
floors (precision >= 0.80, recall >= 0.60) apply; the script exits 1 below them.

Usage: ``.venv/bin/python -m eval.events_heldout2.score [--shared ../shared] [--verbose
[--explain]] [--model WHAT]``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import cast

from eval.events.score import ScoredArticle, arg_parser, excerpt_article, read_gold, score
from eval.events_dev2.select import restore
from eval.events_heldout2.select import STRATA

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = arg_parser(__doc__)
    parser.add_argument("--shared", default="../shared", help="For the detik excerpts' text.")
    args = parser.parse_args(argv)
    rows = [json.loads(x) for x in (HERE / "excerpts.jsonl").read_text().splitlines() if x]
    gold = read_gold(HERE / "gold.tsv")
    unknown = set(gold) - {str(i) for i in range(len(rows))}
    if unknown:
        raise ValueError(f"gold keys without an excerpt: {sorted(unknown)}")
    indexed = [{**row, "index": index} for index, row in enumerate(rows)]
    restored, message = restore(indexed, Path(args.shared))
    if message:
        print(message)
    articles: list[ScoredArticle] = [
        (
            str(row["stratum"]),
            excerpt_article(cast("dict[str, str]", row)),  # every field read is a string
            gold.get(str(row["index"]), []),
        )
        for row in restored
    ]
    print(f"articles {len(articles)} excerpts, gold events {sum(len(g) for *_, g in articles)}")
    return score(articles, args, STRATA)


if __name__ == "__main__":
    sys.exit(main())
