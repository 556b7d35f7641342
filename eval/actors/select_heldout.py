"""Select the excerpts of the actor held-out set (deterministic; needs ../shared).

Different articles and outlets from the dev and check sets: CLICK-ID's posmetro-medan.com and
wowkeren.com news sections (outlets the dev set never used), plus regional and metropolitan
sections of tribunnews.com and okezone.com (sections the dev set never used). No keyword filter
(the dev set required a political keyword): any news article of at least ``MIN_CHARS`` with a
readable date, so crime and local news come in as they occur. Articles whose sentences the unit
tests quote are left out (``USED_IN_TESTS``). Fixed seed, ``PER_OUTLET`` articles per outlet,
each cut like the dev set's excerpts (first ``EXCERPT_CHARS`` characters, at a sentence end).
Writes ``eval/actors/heldout_excerpts.jsonl``; the gold (``gold_heldout.txt``) was written from
the text alone before the linker was run on these excerpts.

A second held-out set (``--second``, seed ``SEED_2``, ``heldout2_excerpts.jsonl``) was drawn
the same way after the first set had been used for fixes, leaving out every excerpt of the
first, and adding Kompas.com's news section (an outlet of the dev set, other articles).

A third (``--third``, seed ``SEED_3``, ``heldout3_excerpts.jsonl``) was drawn after the second
had been used for fixes, leaving out every earlier excerpt (pronoun check set included), with
Sindonews' and Tempo's national sections as well.

A fourth (``--fourth``, seed ``SEED_4``, ``heldout4_excerpts.jsonl``) was drawn after the third
had been used for fixes, from sections no earlier set drew from: Tribunnews' international
section, Sindonews' regional (Daerah), metropolitan (Metro) and business (Ekbis) sections and
Tempo's metropolitan section; every earlier excerpt is left out.

Usage: ``.venv/bin/python -m eval.actors.select_heldout [--shared ../shared]
[--second|--third|--fourth]``
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from eval.actors.select import excerpt, iso_date

HERE = Path(__file__).resolve().parent
SEED = 20261122
SEED_2 = 20261124
SEED_3 = 20261125
SEED_4 = 20261126
EXCERPT_CHARS = 700
MIN_CHARS = 400
SECTIONS = {
    ("posmetro-medan.com", "Berita Utama"): "posmetro-medan.com",
    ("posmetro-medan.com", "nasional"): "posmetro-medan.com",
    ("posmetro-medan.com", "Kriminal"): "posmetro-medan.com",
    ("posmetro-medan.com", "Berita Sumut"): "posmetro-medan.com",
    ("posmetro-medan.com", "Internasional"): "posmetro-medan.com",
    ("wowkeren.com", "Nasional"): "wowkeren.com",
    ("wowkeren.com", "Dunia"): "wowkeren.com",
    ("tribunnews.com", "Regional"): "tribunnews.com regional",
    ("tribunnews.com", "Metropolitan"): "tribunnews.com regional",
    ("okezone.com", "News/Megapolitan"): "okezone.com regional",
    ("okezone.com", "News/Nusantara"): "okezone.com regional",
}
PER_OUTLET = {
    "posmetro-medan.com": 5,
    "wowkeren.com": 5,
    "tribunnews.com regional": 2,
    "okezone.com regional": 2,
}
PER_OUTLET_2 = {
    "posmetro-medan.com": 3,
    "wowkeren.com": 3,
    "tribunnews.com regional": 2,
    "okezone.com regional": 2,
    "Kompas.com": 2,
}
PER_OUTLET_3 = {
    "posmetro-medan.com": 2,
    "wowkeren.com": 2,
    "tribunnews.com regional": 2,
    "okezone.com regional": 1,
    "sindonews.com": 2,
    "tempo.co": 1,
}
SECTIONS_4 = {
    ("tribunnews.com", "Internasional"): "tribunnews.com internasional",
    ("sindonews.com", "Daerah"): "sindonews.com daerah",
    ("sindonews.com", "Metro"): "sindonews.com metro",
    ("sindonews.com", "Ekbis"): "sindonews.com ekbis",
    ("tempo.co", "metro"): "tempo.co metro",
}
PER_OUTLET_4 = {
    "tribunnews.com internasional": 3,
    "sindonews.com daerah": 3,
    "sindonews.com metro": 2,
    "sindonews.com ekbis": 1,
    "tempo.co metro": 2,
}
USED_IN_TESTS = frozenset(
    {
        ("posmetro-medan.com", r)
        for r in (5, 12, 26, 28, 33, 47, 75, 103, 147, 180, 181, 186, 204, 245)
    }
    | {("wowkeren.com", r) for r in (963, 1266)}
    | {("tribunnews.com", r) for r in (67, 364, 525, 829, 1142, 1233)}
    | {("okezone.com", r) for r in (40, 57, 2563, 2832, 2884, 3282)}
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent.parent / "shared")
    parser.add_argument("--second", action="store_true", help="Draw the second held-out set.")
    parser.add_argument("--third", action="store_true", help="Draw the third held-out set.")
    parser.add_argument("--fourth", action="store_true", help="Draw the fourth held-out set.")
    args = parser.parse_args()
    per_outlet = (
        PER_OUTLET_4
        if args.fourth
        else PER_OUTLET_3
        if args.third
        else PER_OUTLET_2
        if args.second
        else PER_OUTLET
    )
    sections = dict(SECTIONS_4 if args.fourth else SECTIONS)
    earlier: tuple[str, ...] = ("excerpts.jsonl",)
    if args.second:
        sections[("Kompas.com", "News")] = "Kompas.com"
        earlier = ("excerpts.jsonl", "heldout_excerpts.jsonl")
    if args.third:
        sections[("sindonews.com", "Nasional")] = "sindonews.com"
        sections[("tempo.co", "nasional")] = "tempo.co"
        earlier = (
            "excerpts.jsonl",
            "heldout_excerpts.jsonl",
            "heldout2_excerpts.jsonl",
            "pronoun_excerpts.jsonl",
        )
    if args.fourth:
        earlier = (
            "excerpts.jsonl",
            "heldout_excerpts.jsonl",
            "heldout2_excerpts.jsonl",
            "heldout3_excerpts.jsonl",
            "pronoun_excerpts.jsonl",
        )
    corpus = args.shared / "data/news/clickid/clickid_articles.jsonl"
    if not corpus.is_file():
        print(f"error: CLICK-ID not found at {corpus} (needs ../shared)", file=sys.stderr)
        return 2
    used = {
        json.loads(line)["id"]
        for name in earlier
        for line in (HERE / name).read_text("utf-8").splitlines()
    }
    by_outlet: dict[str, list[dict[str, str]]] = {}
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            group = sections.get((row["source"], row["category"])) or sections.get(
                (row["source"], f"{row['category']}/{row['sub-category']}")
            )
            if group is None or (row["source"], int(row["row"])) in USED_IN_TESTS:
                continue
            if f"clickid:{row['file']}:{row['row']}" in used:
                continue
            if iso_date(row["date"]) is None or len(row["content"]) < MIN_CHARS:
                continue
            by_outlet.setdefault(group, []).append(row)
    seed = SEED_4 if args.fourth else SEED_3 if args.third else SEED_2 if args.second else SEED
    rng = random.Random(seed)
    out = []
    for group in sorted(per_outlet):
        rows = sorted(by_outlet[group], key=lambda r: (r["file"], int(r["row"])))
        for row in rng.sample(rows, per_outlet[group]):
            text = excerpt(row["content"].strip(" ,-"))
            if len(text) > EXCERPT_CHARS:
                cut = text.find(". ", EXCERPT_CHARS)
                text = text[: cut + 1] if cut > 0 else text[:EXCERPT_CHARS]
            out.append(
                {
                    "id": f"clickid:{row['file']}:{row['row']}",
                    "source": "CLICK-ID (CC BY 4.0)",
                    "outlet": row["source"],
                    "url": row["url"],
                    "date": iso_date(row["date"]),
                    "text": text,
                }
            )
    name = (
        "heldout4_excerpts.jsonl"
        if args.fourth
        else "heldout3_excerpts.jsonl"
        if args.third
        else "heldout2_excerpts.jsonl"
        if args.second
        else "heldout_excerpts.jsonl"
    )
    with (HERE / name).open("w", encoding="utf-8") as fh:
        for item in out:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(out)} excerpts, {sum(len(r['text']) for r in out)} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
