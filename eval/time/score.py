"""Score the time tagger on the hand-annotated dev set and the negatives.

    python -m eval.time.score [--dev PATH] [--errors]

Prints strict (exact span) and relaxed (overlapping span) extraction P/R/F1, type and value
accuracy over relaxed matches, and false positives on the negatives. Exits 1 when a floor is
missed. Floors only move up.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from eval.time.data import DEV, NEGATIVES, Doc, Gold, load_dev, load_negatives
from warta.records import TimeExpression
from warta.time import tag

FLOOR_STRICT_F1 = 0.90
FLOOR_RELAXED_F1 = 0.90
FLOOR_VALUE_ACCURACY = 0.90
FLOOR_NEGATIVE_FALSE_POSITIVES = 0
NEGATIVES_DCT = "2023-07-25"


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    by_type: dict[str, list[int]] = field(default_factory=dict)
    """Gold type → [gold, found (relaxed), right value]."""


def prf(matched: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = matched / predicted if predicted else 0.0
    r = matched / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _overlap(a: Gold, b: TimeExpression) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def score_doc(doc: Doc, counts: Counts, errors: list[str]) -> None:
    predicted = tag(doc.text, doc.dct)
    counts.gold += len(doc.gold)
    counts.predicted += len(predicted)
    used: set[int] = set()
    for gold in doc.gold:
        row = counts.by_type.setdefault(gold.type, [0, 0, 0])
        row[0] += 1
        best = None
        for i, expression in enumerate(predicted):
            if i in used:
                continue
            overlap = _overlap(gold, expression)
            if overlap and (best is None or overlap > _overlap(gold, predicted[best])):
                best = i
        if best is None:
            errors.append(f"MISS  {doc.source}: {gold.expr!r} {gold.type} {gold.value}")
            continue
        used.add(best)
        expression = predicted[best]
        counts.relaxed += 1
        exact = (expression.start, expression.end) == (gold.start, gold.end)
        counts.strict += exact
        counts.type_ok += expression.type == gold.type
        counts.value_ok += expression.value == gold.value
        row[1] += 1
        row[2] += expression.value == gold.value
        if not exact or expression.value != gold.value or expression.type != gold.type:
            errors.append(
                f"DIFF  {doc.source}: gold {gold.expr!r} {gold.type} {gold.value} | "
                f"got {expression.text!r} {expression.type} {expression.value}"
            )
    for i, expression in enumerate(predicted):
        if i not in used:
            errors.append(
                f"EXTRA {doc.source}: {expression.text!r} {expression.type} {expression.value}"
            )


def negative_false_positives(path: Path = NEGATIVES) -> list[str]:
    out = []
    for negative in load_negatives(path):
        start = negative.text.index(negative.span)
        end = start + len(negative.span)
        for expression in tag(negative.text, NEGATIVES_DCT):
            overlaps = expression.start < end and start < expression.end
            if overlaps and expression.type not in negative.allowed:
                out.append(
                    f"FP    {negative.span!r} ({negative.note}): tagged {expression.text!r} "
                    f"{expression.type} {expression.value}"
                )
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--negatives", type=Path, default=NEGATIVES)
    parser.add_argument("--errors", action="store_true", help="list every miss and mismatch")
    args = parser.parse_args(argv)
    docs = load_dev(args.dev)
    counts = Counts()
    errors: list[str] = []
    for doc in docs:
        score_doc(doc, counts, errors)
    fps = negative_false_positives(args.negatives)
    sp, sr, sf = prf(counts.strict, counts.predicted, counts.gold)
    rp, rr, rf = prf(counts.relaxed, counts.predicted, counts.gold)
    value_accuracy = counts.value_ok / counts.relaxed if counts.relaxed else 0.0
    type_accuracy = counts.type_ok / counts.relaxed if counts.relaxed else 0.0
    print(
        f"dev: {args.dev.name}: {len(docs)} documents, {counts.gold} gold expressions, "
        f"{counts.predicted} predicted"
    )
    print(f"strict   P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}   (floor F1 {FLOOR_STRICT_F1:.2f})")
    print(f"relaxed  P {rp:.3f}  R {rr:.3f}  F1 {rf:.3f}   (floor F1 {FLOOR_RELAXED_F1:.2f})")
    print(f"type accuracy  {type_accuracy:.3f} over {counts.relaxed} relaxed matches")
    print(
        f"value accuracy {value_accuracy:.3f} over {counts.relaxed} relaxed matches "
        f"(floor {FLOOR_VALUE_ACCURACY:.2f})"
    )
    print(f"negatives: {len(fps)} false positives (floor {FLOOR_NEGATIVE_FALSE_POSITIVES})")
    for kind in sorted(counts.by_type):
        total, found, right = counts.by_type[kind]
        print(
            f"  {kind:8} gold {total:3}  recall (relaxed) {found / total:.3f}  "
            f"value accuracy {right / found if found else 0.0:.3f}"
        )
    if args.errors:
        for line in errors + fps:
            print(line)
    failed = []
    if sf < FLOOR_STRICT_F1:
        failed.append(f"strict F1 {sf:.3f} < {FLOOR_STRICT_F1}")
    if rf < FLOOR_RELAXED_F1:
        failed.append(f"relaxed F1 {rf:.3f} < {FLOOR_RELAXED_F1}")
    if value_accuracy < FLOOR_VALUE_ACCURACY:
        failed.append(f"value accuracy {value_accuracy:.3f} < {FLOOR_VALUE_ACCURACY}")
    if len(fps) > FLOOR_NEGATIVE_FALSE_POSITIVES:
        failed.append(f"{len(fps)} false positives on negatives")
        for line in fps:
            print(line, file=sys.stderr)
    if failed:
        print("FAIL: " + "; ".join(failed), file=sys.stderr)
        return 1
    print("OK: all floors met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
