"""Score the GPE rule (warta.nlp.places) on hand-checked samples of LOC entities.

* ``eval/nlp/gpe_sample.tsv``: every gold LOC entity of idner-news-2k dev (seen while the rule
  was written: the dev sample);
* ``eval/nlp/gpe_heldout.tsv``: 100 LOC mentions drawn at random from NER-UI, labelled after
  the rule was written (the held-out check).

Each row is labelled GPE or LOC by hand. The rule is given each entity text (as the NER gives a
LOC entity) and scored per mention: precision and recall of GPE. Exits 1 if precision falls
under its floor on either sample (the rule must be reliable before it is complete).

Usage: ``.venv/bin/python -m eval.nlp.score_gpe [--verbose] [--sample PATH ...]``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from warta.nlp.evaluate import Counts
from warta.nlp.places import GPE_LABEL, gazetteer

HERE = Path(__file__).resolve().parent
SAMPLES = (HERE / "gpe_sample.tsv", HERE / "gpe_heldout.tsv")
PRECISION_FLOOR = 95.0
"""Measured 100.0 on both samples on 2026-11-22 (docs/models.md); floors only rise."""
LABELS = frozenset({"GPE", "LOC"})


def read_sample(path: Path) -> list[tuple[str, str, int]]:
    """(entity text, GPE|LOC, mentions) rows; comment lines start with ``#``."""
    rows = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        text, label, mentions = line.split("\t")
        if label not in LABELS or not mentions.isdigit():
            raise ValueError(f"{path}:{lineno}: expected text, GPE|LOC, a count")
        rows.append((text, label, int(mentions)))
    return rows


def score(rows: list[tuple[str, str, int]]) -> tuple[Counts, list[str]]:
    counts = Counts()
    errors = []
    rule = gazetteer()
    for text, label, mentions in rows:
        predicted = GPE_LABEL if rule.is_gpe(text) else "LOC"
        if label == GPE_LABEL:
            counts.gold += mentions
        if predicted == GPE_LABEL:
            counts.predicted += mentions
        if predicted == label == GPE_LABEL:
            counts.correct += mentions
        if predicted != label:
            errors.append(f"{text}\tgold {label}\trule {predicted}\t{mentions}")
    return counts, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=Path, nargs="+", default=list(SAMPLES))
    parser.add_argument("--verbose", action="store_true", help="list the disagreements")
    args = parser.parse_args(argv)
    status = 0
    for sample in args.sample:
        counts, errors = score(read_sample(sample))
        print(
            f"GPE on {sample.name}: P {counts.precision:.1f} R {counts.recall:.1f} "
            f"F1 {counts.f1:.1f} (gold GPE mentions {counts.gold}, predicted {counts.predicted})"
        )
        if args.verbose and errors:
            print("\n".join(errors))
        if counts.precision < PRECISION_FLOOR:
            print(f"FLOOR MISSED: GPE precision {counts.precision:.1f} < {PRECISION_FLOOR}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
