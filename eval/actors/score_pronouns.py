"""Score pronoun linking on the pronoun check set (``pronoun_excerpts.jsonl``,
``pronouns_check.txt``).

Each excerpt is linked as ``warta run`` links it (the gazetteer finder's mentions, the article
date), then ``ActorLinker.link_pronouns`` picks an antecedent for every ``ia``/``dia``/
``beliau``. A pick is right when the antecedent's text or linked name contains one of the
referent's words in the gold (case folded); a pronoun whose gold is ``-`` (no person of the text)
is wrong whenever it is linked. Precision = right / linked; recall = right / pronouns with a
referent. Pronouns are worth linking only when precision reaches ``LINK_FLOOR``.

Usage: ``.venv/bin/python -m eval.actors.score_pronouns [--mode MODE ...]``
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from warta.actors import ActorLinker, LearnedStore
from warta.actors.linker import PRONOUN_MODES

HERE = Path(__file__).resolve().parent
LINK_FLOOR = 0.90


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mode", action="append", choices=PRONOUN_MODES)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    gold: dict[tuple[str, str, int], list[str]] = {}
    for line in (HERE / "pronouns_check.txt").read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        article, word, n, referent = (p.strip() for p in line.split("|"))
        alternatives = [] if referent == "-" else [a.strip().lower() for a in referent.split("/")]
        gold[(article, word, int(n))] = alternatives
    rows = [
        json.loads(line)
        for line in (HERE / "pronoun_excerpts.jsonl").read_text("utf-8").splitlines()
    ]
    with_referent = sum(1 for v in gold.values() if v)
    for mode in args.mode or list(PRONOUN_MODES):
        linker = ActorLinker(learned=LearnedStore(None), learn=False)
        right = linked = 0
        for row in rows:
            text = row["text"]
            links = linker(text, dct=row["date"])
            seen: dict[str, int] = {}
            for link in linker.link_pronouns(text, links, mode=mode):
                seen[link.text] = seen.get(link.text, 0) + 1
                key = (row["id"], link.text, seen[link.text])
                if key not in gold:
                    print(f"  not in gold: {key}", file=sys.stderr)
                    continue
                antecedent = text[link.evidence_start : link.evidence_end].lower()
                name = link.name.lower()
                ok = any(
                    a in antecedent or a in name or (len(antecedent) >= 3 and antecedent in a)
                    for a in gold[key]
                )  # "Hatta" for "Hatta Ali" is right
                linked += 1
                right += ok
                if args.verbose and not ok:
                    print(f"  {key}: gold {gold[key] or '-'} got {antecedent!r} ({link.name})")
        precision = right / linked if linked else 0.0
        print(
            f"pronoun check ({mode}): {len(gold)} pronouns, {with_referent} with a referent, "
            f"{linked} linked, {right} right, precision {precision:.3f}, "
            f"recall {right / with_referent if with_referent else 0.0:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
