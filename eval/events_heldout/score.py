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

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

from eval.events.score import (
    PRECISION_FLOOR,
    RECALL_FLOOR,
    GoldEvent,
    Tally,
    Triple,
    date_ok,
    excerpt_article,
    location_ok,
    predicted,
    read_gold,
)
from warta.events import EventCoder
from warta.records import Article

HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true", help="Print every error.")
    parser.add_argument(
        "--explain",
        action="store_true",
        help="With --verbose: for articles with a miss, why each uncoded predicate was dropped.",
    )
    parser.add_argument(
        "--model",
        choices=("entities", "parse", "both"),
        default=None,
        help="Give the coder the warta.nlp model's entities, dependency parse, or both.",
    )
    args = parser.parse_args(argv)
    rows = [json.loads(x) for x in (HERE / "excerpts.jsonl").read_text().splitlines() if x]
    gold = read_gold(HERE / "gold.tsv")
    unknown = set(gold) - {str(i) for i in range(len(rows))}
    if unknown:
        raise ValueError(f"gold keys without an excerpt: {sorted(unknown)}")
    coder = EventCoder()
    articles: list[tuple[str, Article, list[GoldEvent]]] = [
        (row["stratum"], excerpt_article(row), gold.get(str(index), []))
        for index, row in enumerate(rows)
    ]
    tallies: dict[str, Tally] = defaultdict(Tally)
    by_type: dict[str, Tally] = defaultdict(Tally)
    for stratum, article, gold_events in articles:
        if args.model:
            from warta.actors import mentions_from_entities, merge_mentions
            from warta.nlp import annotate

            analysis = annotate(article.text)
            mentions = None
            if args.model in ("entities", "both"):
                found = coder.linker.find_mentions(article.text)
                mentions = merge_mentions(mentions_from_entities(analysis.entities), found)
            parse = analysis.tokens if args.model in ("parse", "both") else None
            pred = predicted(coder(article, mentions=mentions, parse=parse))
        else:
            pred = predicted(coder(article))
        gold_triples: dict[Triple, GoldEvent] = {}
        for gold_line in gold_events:
            for triple in gold_line.triples():
                gold_triples.setdefault(triple, gold_line)
        for name in (stratum, "all"):
            tallies[name].gold += len(gold_triples)
            tallies[name].predicted += len(pred)
        for triple in set(gold_triples) | set(pred):
            t = by_type[triple[1]]
            t.gold += triple in gold_triples
            t.predicted += triple in pred
            t.matched += triple in gold_triples and triple in pred
        for triple, gold_event in gold_triples.items():
            event = pred.get(triple)
            if event is None:
                if args.verbose:
                    print(f"MISS {article.id} {triple} | {gold_event.evidence}")
                continue
            for name in (stratum, "all"):
                tally = tallies[name]
                tally.matched += 1
                tally.mode_ok += (gold_event.mode or None) == (event.mode or None)
                if gold_event.date is not None:
                    tally.dates += 1
                    tally.date_ok += date_ok(gold_event.date, event)
                if gold_event.location is not None:
                    tally.locations += 1
                    tally.location_ok += location_ok(gold_event.location, event)
            if args.verbose and (gold_event.mode or None) != (event.mode or None):
                print(f"MODE {article.id} {triple} gold {gold_event.mode} got {event.mode}")
            if args.verbose and gold_event.location and not location_ok(gold_event.location, event):
                got = event.location.text if event.location else None
                print(f"LOC {article.id} {triple} gold {gold_event.location} got {got}")
            if args.verbose and gold_event.date and not date_ok(gold_event.date, event):
                print(f"DATE {article.id} {triple} gold {gold_event.date} got {event.date}")
        if args.verbose and args.explain and any(t not in pred for t in gold_triples):
            for start, _end, trigger, reason in coder.explain(article):
                context = article.text[max(0, start - 60) : start + 60].replace("\n", " ")
                print(f"  WHY {article.id} {trigger!r}: {reason} | …{context}…")
        if args.verbose:
            for triple, false_event in pred.items():
                if triple not in gold_triples:
                    sentence = article.text[false_event.start : false_event.end]
                    print(f"FALSE {article.id} {triple} {false_event.trigger!r} | {sentence[:160]}")
    print(
        f"held-out articles {len(articles)} ({len(rows)} excerpts), "
        f"gold events {sum(len(g) for *_, g in articles)}"
    )
    for name in ("random", "keyword", "all"):
        if name in tallies:
            print(tallies[name].line(name))
    if args.verbose:
        for name, tally in sorted(by_type.items()):
            print(tally.line(name))
    total = tallies["all"]
    precision = total.matched / total.predicted if total.predicted else 0.0
    recall = total.matched / total.gold if total.gold else 0.0
    failed = []
    if precision < PRECISION_FLOOR:
        failed.append(f"precision {precision:.3f} < {PRECISION_FLOOR}")
    if recall < RECALL_FLOOR:
        failed.append(f"recall {recall:.3f} < {RECALL_FLOOR}")
    if failed:
        print("BELOW FLOOR: " + "; ".join(failed))
        return 1
    print(f"floors met: precision >= {PRECISION_FLOOR}, recall >= {RECALL_FLOOR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
