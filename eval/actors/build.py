"""Build ``eval/actors/dev.jsonl`` from the excerpts and the hand-written gold (``gold.txt``).

Each gold line names a mention by its surface and occurrence; this script turns it into
character offsets and checks that ``text[start:end]`` is the surface. Knowledge-base ids must
exist (``new:`` ids are actors the knowledge base does not hold).

Usage: ``.venv/bin/python -m eval.actors.build``
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from warta.actors.kb import load_kb

HERE = Path(__file__).resolve().parent
LABELS = frozenset({"PER", "ORG", "LOC"})


def occurrence(text: str, surface: str, n: int) -> int:
    start = -1
    for _ in range(n):
        start = text.find(surface, start + 1)
        if start < 0:
            raise ValueError(f"{surface!r} has no occurrence {n}")
    return start


def _word_char(char: str) -> bool:
    # ASCII only: CLICK-ID mojibake ("‚Äú") glues letters like "ú" to words.
    return char.isascii() and char.isalnum()


def parse_gold(path: Path) -> dict[str, list[tuple[str, int, str, str, str]]]:
    out: dict[str, list[tuple[str, int, str, str, str]]] = {}
    current: list[tuple[str, int, str, str, str]] | None = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@ "):
            current = out.setdefault(line[2:].strip(), [])
            continue
        parts = [p.strip() for p in line.split("|")]
        if current is None or len(parts) != 5 or parts[2] not in LABELS:
            raise ValueError(f"{path}:{lineno}: bad gold line {line!r}")
        current.append((parts[0], int(parts[1]), parts[2], parts[3], parts[4]))
    return out


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", default="gold.txt", help="Gold file in eval/actors/.")
    parser.add_argument("--out", default="dev.jsonl", help="Output file in eval/actors/.")
    parser.add_argument(
        "--excerpts", default="excerpts.jsonl", help="Excerpts file in eval/actors/."
    )
    args = parser.parse_args()
    kb = load_kb()
    excerpts = {
        row["id"]: row
        for row in map(json.loads, (HERE / args.excerpts).read_text("utf-8").splitlines())
    }
    gold = parse_gold(HERE / args.gold)
    problems = 0
    rows = []
    for article_id, lines in gold.items():
        excerpt = excerpts[article_id]
        text = excerpt["text"]
        mentions = []
        for surface, n, label, gold_id, code in lines:
            try:
                start = occurrence(text, surface, n)
            except ValueError as exc:
                print(f"{article_id}: {exc}", file=sys.stderr)
                problems += 1
                continue
            end = start + len(surface)
            if (start > 0 and _word_char(text[start - 1])) or (
                end < len(text) and _word_char(text[end])
            ):
                print(f"{article_id}: {surface!r} #{n} is inside a longer word", file=sys.stderr)
                problems += 1
            for alternative in gold_id.split("/"):
                known = alternative != "-" and not alternative.startswith("new:")
                if known and alternative not in kb.actors:
                    print(f"{article_id}: unknown id {alternative}", file=sys.stderr)
                    problems += 1
            mentions.append(
                {
                    "text": surface,
                    "start": start,
                    "end": start + len(surface),
                    "label": label,
                    "id": gold_id,
                    "code": code,
                }
            )
        mentions.sort(key=lambda m: (m["start"], m["end"]))
        spans = [(m["start"], m["end"]) for m in mentions]
        if len(set(spans)) != len(spans):
            print(f"{article_id}: duplicate spans", file=sys.stderr)
            problems += 1
        rows.append({**excerpt, "mentions": mentions})
    with (HERE / args.out).open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    total = sum(len(r["mentions"]) for r in rows)
    print(f"{len(rows)} articles, {total} mentions, {problems} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
