"""Score the event coder on the dev gold set (``eval/events/``; no ../shared needed).

Articles: ``excerpts.jsonl`` (CLICK-ID excerpts, CC BY 4.0, with their publication dates) and
the two seed pages (``tests/data/provided``, cleaned by the pipeline). Gold events:
``gold.tsv`` (excerpts, by index) and ``seeds_gold.tsv`` (seeds, by file name); guidelines in
``README.md``.

An event is scored as (actor code, PLOVER type, recipient code) triples, one per actor ×
recipient (``-`` for none); codes are compared on their first six characters (country and first
sector: ``IDNCOP``, ``RUSGOV``), the level the guidelines annotate. Per article the predicted
and gold triples are sets; precision = matched / predicted, recall = matched / gold. On matched
triples: mode accuracy (``-`` = no mode), date accuracy (gold dates only: the predicted TIMEX3
value equals the gold value, or the first day of both is the same day) and location accuracy
(gold locations only: one name contains the other).

``--model entities|parse|both`` gives the coder the ``warta.nlp`` model's entities (merged with
the gazetteer finder's mentions), its dependency parse (a predicate's ``nsubj`` decides the
subject), or both; it needs the trained model in ``warta/models``.

Usage: ``.venv/bin/python -m eval.events.score [--verbose] [--model WHAT]``; exits 1 below a
floor.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

from warta.events import EventCoder
from warta.events.coder import plover_date
from warta.pipeline import clean_paths
from warta.records import Article, Event, Span
from warta.time import tag
from warta.time.stage import tag_article

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parents[1] / "tests" / "data" / "provided"
PRECISION_FLOOR = 0.80
RECALL_FLOOR = 0.60
CODE_CHARS = 6

Triple = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class GoldEvent:
    actors: tuple[str, ...]
    type: str
    recipients: tuple[str, ...]
    mode: str | None
    date: str | None
    location: str | None
    flags: frozenset[str]
    evidence: str

    def triples(self) -> set[Triple]:
        recipients = self.recipients or ("-",)
        return {(_code(a), self.type, _code(r)) for a in self.actors for r in recipients}


def _code(code: str) -> str:
    return code[:CODE_CHARS] if code and code != "-" else "-"


def _opt(value: str) -> str | None:
    return None if value == "-" else value


def read_gold(path: Path) -> dict[str, list[GoldEvent]]:
    out: dict[str, list[GoldEvent]] = defaultdict(list)
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 9:
            raise ValueError(f"{path}:{lineno}: expected 9 columns, got {len(parts)}")
        key, actors, kind, recipients, mode, date, location, flags, evidence = parts
        out[key].append(
            GoldEvent(
                actors=tuple(actors.split("|")),
                type=kind,
                recipients=() if recipients == "-" else tuple(recipients.split("|")),
                mode=_opt(mode),
                date=_opt(date),
                location=_opt(location),
                flags=frozenset() if flags == "-" else frozenset(flags.split(",")),
                evidence=evidence,
            )
        )
    return out


def excerpt_article(row: dict[str, str]) -> Article:
    text = row["text"]
    article = Article(
        id=row["id"],
        raw_id=row["id"],
        source=row["url"],
        source_text=text,
        text=text,
        paragraphs=(Span(0, len(text)),),
        source_spans=(Span(0, len(text)),),
        removed=(),
        title=row["title"],
        url=row["url"],
        outlet=row["outlet"],
        published=row["published"],
        language="id",
    )
    return replace(article, time_expressions=tuple(tag(text, row["published"])))


def seed_article(name: str) -> Article:
    [outcome] = list(clean_paths([str(SEEDS / name)]))
    assert isinstance(outcome, Article), outcome
    return replace(outcome, time_expressions=tuple(tag_article(outcome)))


def predicted(events: tuple[Event, ...]) -> dict[Triple, Event]:
    out: dict[Triple, Event] = {}
    for event in events:
        recipients = [r.code for r in event.recipients] or ["-"]
        for actor in event.actors:
            for recipient in recipients:
                out.setdefault((_code(actor.code), event.type, _code(recipient)), event)
    return out


def date_ok(gold: str, event: Event) -> bool:
    if event.date is None:
        return False
    return gold == event.date or plover_date(gold) == plover_date(event.date)


def location_ok(gold: str, event: Event) -> bool:
    if event.location is None:
        return False
    a = gold.lower()
    # The surface (di Jakarta Selatan) or the place it names (Gedung KPK -> Jakarta).
    return any(a in b or b in a for b in (event.location.text.lower(), event.location.name.lower()))


@dataclass(slots=True)
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    mode_ok: int = 0
    dates: int = 0
    date_ok: int = 0
    locations: int = 0
    location_ok: int = 0
    unlocated: int = 0
    """Matched events whose gold names no place."""
    located_anyway: int = 0
    """... to which the coder gave one all the same."""

    def line(self, name: str) -> str:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        mode = self.mode_ok / self.matched if self.matched else 0.0
        date = self.date_ok / self.dates if self.dates else 0.0
        loc = self.location_ok / self.locations if self.locations else 0.0
        return (
            f"{name:10} gold {self.gold:4} pred {self.predicted:4} match {self.matched:4}  "
            f"P {p:.3f} R {r:.3f} F1 {f:.3f}  mode {mode:.3f}  "
            f"date {date:.3f} ({self.dates})  loc {loc:.3f} ({self.locations})"
            f"  loc-extra {self.located_anyway}/{self.unlocated}"
        )


ScoredArticle = tuple[str, Article, list[GoldEvent]]
"""Stratum, article and its gold events."""


def arg_parser(description: str | None) -> argparse.ArgumentParser:
    """The options both event scorers take."""
    parser = argparse.ArgumentParser(description=description)
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
    return parser


def code(coder: EventCoder, article: Article, model: str | None) -> dict[Triple, Event]:
    """The coder's triples for ``article``, with the ``warta.nlp`` model's entities and/or
    parse when ``model`` asks for them."""
    if not model:
        return predicted(coder(article))
    from warta.actors import mentions_from_entities, merge_mentions
    from warta.nlp import annotate

    analysis = annotate(article.text)
    mentions = None
    if model in ("entities", "both"):
        found = coder.linker.find_mentions(article.text)
        mentions = merge_mentions(mentions_from_entities(analysis.entities), found)
    parse = analysis.tokens if model in ("parse", "both") else None
    return predicted(coder(article, mentions=mentions, parse=parse))


def score(articles: list[ScoredArticle], args: argparse.Namespace, strata: tuple[str, ...]) -> int:
    """Score ``articles`` (printing per stratum and overall, and every error with
    ``--verbose``); 1 below a floor, else 0."""
    coder = EventCoder()
    tallies: dict[str, Tally] = defaultdict(Tally)
    by_type: dict[str, Tally] = defaultdict(Tally)
    for stratum, article, gold_events in articles:
        pred = code(coder, article, args.model)
        gold_triples: dict[Triple, GoldEvent] = {}
        for event in gold_events:
            for triple in event.triples():
                gold_triples.setdefault(triple, event)
        for name in (stratum, "all"):
            tally = tallies[name]
            tally.gold += len(gold_triples)
            tally.predicted += len(pred)
        for triple in set(gold_triples) | set(pred):
            t = by_type[triple[1]]
            t.gold += triple in gold_triples
            t.predicted += triple in pred
            t.matched += triple in gold_triples and triple in pred
        for triple, gold_event in gold_triples.items():
            found = pred.get(triple)
            if found is None:
                if args.verbose:
                    print(f"MISS {article.id} {triple} | {gold_event.evidence}")
                continue
            for name in (stratum, "all"):
                tally = tallies[name]
                tally.matched += 1
                tally.mode_ok += (gold_event.mode or None) == (found.mode or None)
                if gold_event.date is not None:
                    tally.dates += 1
                    tally.date_ok += date_ok(gold_event.date, found)
                if gold_event.location is not None:
                    tally.locations += 1
                    tally.location_ok += location_ok(gold_event.location, found)
                else:
                    tally.unlocated += 1
                    tally.located_anyway += found.location is not None
            if args.verbose and (gold_event.mode or None) != (found.mode or None):
                print(f"MODE {article.id} {triple} gold {gold_event.mode} got {found.mode}")
            if args.verbose and gold_event.location and not location_ok(gold_event.location, found):
                got = found.location.text if found.location else None
                print(f"LOC {article.id} {triple} gold {gold_event.location} got {got}")
            if args.verbose and not gold_event.location and found.location is not None:
                got = f"{found.location.text} ({found.location.name})"
                print(f"LOC {article.id} {triple} gold - got {got}")
            if args.verbose and gold_event.date and not date_ok(gold_event.date, found):
                print(f"DATE {article.id} {triple} gold {gold_event.date} got {found.date}")
        if args.verbose and args.explain and any(t not in pred for t in gold_triples):
            for start, _end, trigger, reason in coder.explain(article):
                context = article.text[max(0, start - 60) : start + 60].replace("\n", " ")
                print(f"  WHY {article.id} {trigger!r}: {reason} | …{context}…")
        if args.verbose:
            for triple, found in pred.items():
                if triple not in gold_triples:
                    sentence = article.text[found.start : found.end]
                    print(f"FALSE {article.id} {triple} {found.trigger!r} | {sentence[:160]}")
    for name in (*strata, "all"):
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


def main() -> int:
    args = arg_parser(__doc__).parse_args()
    rows = [json.loads(x) for x in (HERE / "excerpts.jsonl").read_text().splitlines() if x]
    gold = read_gold(HERE / "gold.tsv")
    seed_gold = read_gold(HERE / "seeds_gold.tsv")
    articles: list[ScoredArticle] = [
        (row["stratum"], excerpt_article(row), gold.get(str(index), []))
        for index, row in enumerate(rows)
    ]
    articles += [("seeds", seed_article(name), seed_gold[name]) for name in sorted(seed_gold)]
    print(
        f"articles {len(articles)} ({len(rows)} excerpts + {len(seed_gold)} seeds), "
        f"gold events {sum(len(g) for *_, g in articles)}"
    )
    return score(articles, args, ("random", "keyword", "seeds"))


if __name__ == "__main__":
    sys.exit(main())
