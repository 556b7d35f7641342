"""Score actor linking and coding on the dev set (``eval/actors/dev.jsonl``).

The gold mentions are given to the linker (as an entity model would give them); each is scored
on its link (``linking accuracy``) and its CAMEO code on the article date (``code accuracy``).
Gold ids: a knowledge-base id (alternatives ``a/b``); ``new:<slug>`` for an actor the knowledge
base does not hold (correct if the linker links it to nothing or to a learned entry); ``-`` for a
role-only mention that names no single actor (correct if linked to nothing).

A *false merge* is one predicted knowledge-base person standing for two different gold people
(or a gold person and an unknown one): it must never happen. Articles run in order through one
linker with an empty learned store, so learning across articles is part of what is measured.

Usage: ``.venv/bin/python -m eval.actors.score [--verbose] [--dev PATH]``; exits 1 below a floor.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from warta.actors import ActorLinker, LearnedStore
from warta.records import Mention

HERE = Path(__file__).resolve().parent
LINK_FLOOR = 0.90
CODE_FLOOR = 0.90


def link_ok(gold_id: str, predicted: str | None) -> bool:
    if gold_id == "-":
        return predicted is None
    if gold_id.startswith("new:"):
        return predicted is None or predicted.startswith("learned:")
    return predicted in gold_id.split("/")


def pronoun_report(rows: list[dict[str, Any]], linker_cls: type[ActorLinker]) -> None:
    """Pronouns: how often the antecedent chosen is the right person (``pronouns.txt``).

    Linking pronouns is worth it only if its precision reaches ``LINK_FLOOR``: below that, a
    pronoun left out costs an event's actor, a pronoun linked wrongly invents one.
    """
    path = HERE / "pronouns.txt"
    if not path.exists():
        return
    gold: dict[tuple[str, int, str], str] = {}
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        article, word, n, gold_id = (p.strip() for p in line.split("|"))
        gold[(article, int(n), word)] = gold_id
    ids = {row["id"] for row in rows}
    gold = {key: value for key, value in gold.items() if key[0] in ids}
    if not gold:
        return
    for mode in ("recent", "speaker"):
        linker = linker_cls(learned=LearnedStore(None))
        right = wrong = 0
        for row in rows:
            text = row["text"]
            mentions = [
                Mention(m["text"], m["start"], m["end"], m["label"]) for m in row["mentions"]
            ]
            links = linker(text, mentions, dct=row["date"])
            by_span = {(m["start"], m["end"]): m["id"] for m in row["mentions"]}
            seen: dict[str, int] = {}
            for link in linker.link_pronouns(text, links, mode=mode):
                seen[link.text] = seen.get(link.text, 0) + 1
                key = (row["id"], seen[link.text], link.text)
                if key not in gold:
                    continue
                antecedent = by_span.get((link.evidence_start, link.evidence_end))
                if antecedent == gold[key]:
                    right += 1
                else:
                    wrong += 1
        total = len(gold)
        linked = right + wrong
        precision = right / linked if linked else 0.0
        print(
            f"pronouns ({mode}): {total} gold, {linked} linked, {right} right, "
            f"precision {precision:.3f}, recall {right / total if total else 0.0:.3f}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dev", type=Path, default=HERE / "dev.jsonl")
    parser.add_argument("-v", "--verbose", action="store_true", help="Print every error.")
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.dev.read_text("utf-8").splitlines() if line]
    linker = ActorLinker(learned=LearnedStore(None))
    total = linked = coded = 0
    by_label: dict[str, Counter[str]] = defaultdict(Counter)
    by_method: Counter[str] = Counter()
    wrong_by_method: Counter[str] = Counter()
    gold_for_pred: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        text = row["text"]
        mentions = [Mention(m["text"], m["start"], m["end"], m["label"]) for m in row["mentions"]]
        for mention in mentions:
            assert text[mention.start : mention.end] == mention.text
        links = linker(text, mentions, dct=row["date"], source=row["id"])
        for link, gold in zip(links, row["mentions"], strict=True):
            total += 1
            ok_link = link_ok(gold["id"], link.actor_id)
            ok_code = link.code == gold["code"]
            linked += ok_link
            coded += ok_code
            stats = by_label[gold["label"]]
            stats["n"] += 1
            stats["link"] += ok_link
            stats["code"] += ok_code
            by_method[link.method] += 1
            if not (ok_link and ok_code):
                wrong_by_method[link.method] += 1
            if link.actor_id and link.type == "person" and not link.actor_id.startswith("learned:"):
                gold_person = gold["id"] if gold["label"] == "PER" else f"non-person:{gold['id']}"
                gold_for_pred[link.actor_id].add(gold_person)
            if args.verbose and not (ok_link and ok_code):
                print(
                    f"  {row['id']} {gold['text']!r}@{gold['start']}: gold {gold['id']} "
                    f"{gold['code'] or '-'} | got {link.actor_id} {link.code or '-'} "
                    f"[{link.method}]"
                )
    merges = {
        pred: golds
        for pred, golds in gold_for_pred.items()
        if len({g for g in golds if g != "-"}) > 1
    }
    link_acc = linked / total if total else 0.0
    code_acc = coded / total if total else 0.0
    print(f"actors dev set: {len(rows)} articles, {total} mentions")
    print(f"linking accuracy  {link_acc:.3f}  (floor {LINK_FLOOR:.2f})")
    print(f"code accuracy     {code_acc:.3f}  (floor {CODE_FLOOR:.2f})")
    for label, stats in sorted(by_label.items()):
        print(
            f"  {label}: n={stats['n']:4d}  link {stats['link'] / stats['n']:.3f}"
            f"  code {stats['code'] / stats['n']:.3f}"
        )
    methods = ", ".join(f"{m} {n} ({wrong_by_method[m]} wrong)" for m, n in by_method.most_common())
    print(f"  by method: {methods}")
    pronoun_report(rows, linker_cls=ActorLinker)
    print(f"false merges of distinct people: {len(merges)}")
    for pred, golds in merges.items():
        print(f"  {pred} <- {sorted(golds)}")
    failed = link_acc < LINK_FLOOR or code_acc < CODE_FLOOR or merges
    if failed:
        print("FAIL: below a floor or a false merge", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
