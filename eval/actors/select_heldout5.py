"""Select the excerpts of the fifth actor held-out set (deterministic; needs ../shared).

Another outlet and year than every earlier set: detik.com, October 2025 (the 1,000 articles of
``../shared/data/news/detik_2025/data_berita.csv``), drawn after held-out sets 1-4 had been used
for fixes. Sections: national news (``news.detik.com/berita``), international news, the
regional desks (``www.detik.com/<region>``: jabar, bali, sumut, jatim, ...) and business
(``finance.detik.com``); opinion columns, celebrity, travel, health, religion, sport and
technology are left out. No keyword filter. Fixed seed, ``PER_SECTION`` articles per section,
the site's ``SCROLL TO CONTINUE WITH CONTENT`` and ``ADVERTISEMENT`` lines removed, paragraphs
joined with a newline, cut at the first sentence end after ``EXCERPT_CHARS`` characters.

The CSV states no licence (``../shared/data/README.md``: internal tests only, never copy into
the project), so the excerpts are written to ``eval/actors/local/`` (ignored by git) and only
the gold annotation (``gold_heldout5.txt``: mention surfaces, ids and codes) is committed.
A sixth set (``--sixth``, seed ``SEED_6``, ``local/heldout6_excerpts.jsonl``, gold
``gold_heldout6.txt``) was drawn the same way after the fifth had been used for fixes, leaving
out the fifth set's articles.

Rebuild and score::

    .venv/bin/python -m eval.actors.select_heldout5
    .venv/bin/python -m eval.actors.build --gold gold_heldout5.txt \\
        --excerpts local/heldout5_excerpts.jsonl --out local/heldout5.jsonl
    .venv/bin/python -m eval.actors.score --dev eval/actors/local/heldout5.jsonl
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED_5 = 20261127
SEED_6 = 20261128
EXCERPT_CHARS = 700
MIN_CHARS = 400
BOILERPLATE = frozenset({"SCROLL TO CONTINUE WITH CONTENT", "ADVERTISEMENT"})
SECTION_RE = re.compile(
    r"https?://(?:"
    r"(?P<news>news\.detik\.com/berita/)"
    r"|(?P<world>news\.detik\.com/internasional/)"
    r"|(?P<regional>www\.detik\.com/(?:jabar|bali|sumut|jatim|sumbagsel|jateng|kalimantan|"
    r"sulsel|jogja)/)"
    r"|(?P<business>finance\.detik\.com/)"
    r")"
)
PER_SECTION = {"news": 3, "regional": 4, "business": 2, "world": 1}


def iso_date(raw: str) -> str | None:
    """detik's ``10/21/2025 20:43`` (month first)."""
    m = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})", raw.strip())
    return f"{int(m[3]):04d}-{int(m[1]):02d}-{int(m[2]):02d}" if m else None


def body(raw: str) -> str:
    lines = [line.strip() for line in raw.splitlines()]
    return "\n".join(line for line in lines if line and line not in BOILERPLATE)


def cut(text: str) -> str:
    if len(text) <= EXCERPT_CHARS:
        return text
    end = min(
        (i for i in (text.find(". ", EXCERPT_CHARS), text.find(".\n", EXCERPT_CHARS)) if i > 0),
        default=-1,
    )
    return text[: end + 1] if end > 0 else text[:EXCERPT_CHARS]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent.parent / "shared")
    parser.add_argument("--sixth", action="store_true", help="Draw the sixth held-out set.")
    args = parser.parse_args()
    earlier: set[str] = set()
    if args.sixth:
        fifth = HERE / "local" / "heldout5_excerpts.jsonl"
        if not fifth.is_file():
            print(f"error: draw the fifth set first ({fifth})", file=sys.stderr)
            return 2
        earlier = {json.loads(line)["id"] for line in fifth.read_text("utf-8").splitlines()}
    corpus = args.shared / "data/news/detik_2025/data_berita.csv"
    if not corpus.is_file():
        print(f"error: detik 2025 not found at {corpus} (needs ../shared)", file=sys.stderr)
        return 2
    by_section: dict[str, list[dict[str, str]]] = {}
    with corpus.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            m = SECTION_RE.match(row["tautan"])
            if m is None or m.lastgroup is None:
                continue
            if iso_date(row["tanggal"]) is None or len(body(row["isi_berita"])) < MIN_CHARS:
                continue
            if f"detik2025:{row['id']}" in earlier:
                continue
            by_section.setdefault(m.lastgroup, []).append(row)
    rng = random.Random(SEED_6 if args.sixth else SEED_5)
    out = []
    for section in sorted(PER_SECTION):
        rows = sorted(by_section[section], key=lambda r: int(r["id"]))
        for row in rng.sample(rows, PER_SECTION[section]):
            out.append(
                {
                    "id": f"detik2025:{row['id']}",
                    "source": "detik.com 2025 (no licence stated; not committed)",
                    "outlet": "detik.com",
                    "url": row["tautan"],
                    "date": iso_date(row["tanggal"]),
                    "text": cut(body(row["isi_berita"])),
                }
            )
    name = "heldout6_excerpts.jsonl" if args.sixth else "heldout5_excerpts.jsonl"
    target = HERE / "local" / name
    target.parent.mkdir(exist_ok=True)
    with target.open("w", encoding="utf-8") as fh:
        for item in out:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(f"{len(out)} excerpts, {sum(len(r['text']) for r in out)} characters → {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
