"""Select the excerpts of the seventh actor held-out set (deterministic; needs ../shared).

Drawn after held-out sets 5 and 6 had been used for fixes (fourth session), from two corpora
and several outlets, leaving out every article of an earlier actor or events eval set (by id,
url and text) and the articles the actor tests quote:

- CLICK-ID (CC BY 4.0, Sept-Oct 2019): news sections of five outlets, ``CLICKID_SECTIONS``
  (national, regional, metropolitan and international news; ``CLICKID_PER_GROUP`` each);
- detik.com 2025 (``../shared/data/news/detik_2025/data_berita.csv``, no licence stated):
  national, regional, business and international news as in ``select_heldout5``
  (``DETIK_PER_SECTION``).

No keyword filter; excerpts cut as in the earlier sets (first ~700 characters at a sentence
end; detik's ``SCROLL TO CONTINUE WITH CONTENT`` lines removed). The CLICK-ID excerpts are
committed (``heldout7_excerpts.jsonl``); all excerpts, detik's included, go to the git-ignored
``local/heldout7_excerpts.jsonl``, from which the set is built. The gold
(``gold_heldout7.txt``) was written from the text alone and committed before the linker was
first run on these excerpts.

    .venv/bin/python -m eval.actors.select_heldout7
    .venv/bin/python -m eval.actors.build --gold gold_heldout7.txt \\
        --excerpts local/heldout7_excerpts.jsonl --out local/heldout7.jsonl
    .venv/bin/python -m eval.actors.score --dev eval/actors/local/heldout7.jsonl

An eighth set (``--eighth``, seed ``SEED_8``, ``heldout8_excerpts.jsonl``, gold
``gold_heldout8.txt``) was drawn the same way after the seventh had been used for fixes, from
other sections (``CLICKID_SECTIONS_8``: metropolitan, national and regional news of Kompas.com,
Tempo, Sindonews, Tribunnews and okezone, Sindonews' Europe desk) and detik.com, leaving out the
seventh set's articles too.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

from eval.actors.select import excerpt, iso_date
from eval.actors.select_heldout import USED_IN_TESTS
from eval.actors.select_heldout5 import SECTION_RE, body, cut
from eval.actors.select_heldout5 import iso_date as detik_date

HERE = Path(__file__).resolve().parent
SEED_7 = 20261129
SEED_8 = 20261130
LATER = {"heldout7": ("heldout7", "heldout8"), "heldout8": ("heldout8",)}
EXCERPT_CHARS = 700
MIN_CHARS = 400
CLICKID_SECTIONS = {
    ("Kompas.com", "News", "Regional"): "kompas regional",
    ("Kompas.com", "News", "Internasional"): "kompas internasional",
    ("okezone.com", "News", "Nasional"): "okezone nasional",
    ("okezone.com", "News", "International"): "okezone international",
    ("sindonews.com", "Nasional", "hukum"): "sindonews nasional",
    ("sindonews.com", "Nasional", "politik"): "sindonews nasional",
    ("sindonews.com", "International", "asia pasifik"): "sindonews international",
    ("sindonews.com", "International", "eropa"): "sindonews international",
    ("sindonews.com", "International", "amerika"): "sindonews international",
    ("sindonews.com", "International", "timur tengah"): "sindonews international",
    ("tempo.co", "dunia", "-"): "tempo dunia",
    ("tribunnews.com", "Nasional", "Nasional"): "tribunnews nasional",
}
CLICKID_PER_GROUP = {
    "kompas regional": 2,
    "kompas internasional": 1,
    "okezone nasional": 2,
    "okezone international": 1,
    "sindonews nasional": 1,
    "sindonews international": 1,
    "tempo dunia": 1,
    "tribunnews nasional": 1,
}
DETIK_PER_SECTION = {"news": 2, "regional": 2, "business": 1, "world": 1}
CLICKID_SECTIONS_8 = {
    ("Kompas.com", "News", "Megapolitan"): "kompas megapolitan",
    ("Kompas.com", "News", "Nasional"): "kompas nasional",
    ("tempo.co", "nasional", "-"): "tempo nasional",
    ("tempo.co", "metro", "-"): "tempo metro",
    ("sindonews.com", "Daerah", "nusantara"): "sindonews daerah",
    ("tribunnews.com", "Regional", "Regional"): "tribunnews regional",
    ("okezone.com", "News", "Megapolitan"): "okezone megapolitan",
    ("sindonews.com", "International", "eropa"): "sindonews international",
}
CLICKID_PER_GROUP_8 = dict.fromkeys(CLICKID_SECTIONS_8.values(), 1)
DETIK_PER_SECTION_8 = {"news": 1, "regional": 2, "business": 1, "world": 1}


def earlier_sets(name: str) -> tuple[set[str], set[str], list[str]]:
    """Ids, urls and text openings of every excerpt of the actor and events eval sets but the
    set being drawn (``name``: ``heldout7``, ``heldout8``)."""
    ids: set[str] = set()
    urls: set[str] = set()
    openings: list[str] = []
    for path in sorted(HERE.parent.glob("**/*.jsonl")):
        if path.name.startswith(LATER.get(name, (name,))):
            continue  # the set being drawn and the later ones (set 7 is rebuilt as it was)
        for line in path.read_text("utf-8").splitlines():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            if not isinstance(row, dict):
                continue
            ids.add(str(row.get("id")))
            if row.get("url"):
                urls.add(str(row["url"]))
            text = str(row.get("text") or "")
            if len(text) > 120:
                openings.append(text[40:120])
    return ids, urls, openings


def seen(text: str, openings: list[str]) -> bool:
    return any(opening in text for opening in openings) or quoted_in_tests(text)


def tests_text() -> str:
    return "\n".join(p.read_text("utf-8") for p in (HERE.parent.parent / "tests").rglob("*.py"))


TESTS = tests_text()


def quoted_in_tests(text: str) -> bool:
    """Whether a test quotes a 50-character stretch of the article's first 1,500."""
    return any(text[k : k + 50] in TESTS for k in range(0, min(len(text), 1500) - 50, 25))


def clickid_rows(
    shared: Path, ids: set[str], urls: set[str], openings: list[str], *, eighth: bool = False
) -> list[dict[str, str]]:
    sections = CLICKID_SECTIONS_8 if eighth else CLICKID_SECTIONS
    per_group = CLICKID_PER_GROUP_8 if eighth else CLICKID_PER_GROUP
    corpus = shared / "data/news/clickid/clickid_articles.jsonl"
    by_group: dict[str, list[dict[str, str]]] = {}
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            key = (row["source"], row["category"], row["sub-category"])
            group = sections.get(key)
            if group is None or (row["source"], int(row["row"])) in USED_IN_TESTS:
                continue
            if f"clickid:{row['file']}:{row['row']}" in ids or row["url"] in urls:
                continue
            if iso_date(row["date"]) is None or len(row["content"]) < MIN_CHARS:
                continue
            by_group.setdefault(group, []).append(row)
    rng = random.Random(SEED_8 if eighth else SEED_7)
    out = []
    for group in sorted(per_group):
        rows = sorted(by_group[group], key=lambda r: (r["file"], int(r["row"])))
        rng.shuffle(rows)
        taken = 0
        for row in rows:
            if taken == per_group[group]:
                break
            text = excerpt(row["content"].strip(" ,-"))
            if len(text) > EXCERPT_CHARS:
                end = text.find(". ", EXCERPT_CHARS)
                text = text[: end + 1] if end > 0 else text[:EXCERPT_CHARS]
            if seen(row["content"], openings):
                continue
            taken += 1
            out.append(
                {
                    "id": f"clickid:{row['file']}:{row['row']}",
                    "source": "CLICK-ID (CC BY 4.0)",
                    "outlet": row["source"],
                    "url": row["url"],
                    "date": iso_date(row["date"]) or "",
                    "text": text,
                }
            )
    return out


def detik_rows(
    shared: Path, ids: set[str], urls: set[str], openings: list[str], *, eighth: bool = False
) -> list[dict[str, str]]:
    per_section = DETIK_PER_SECTION_8 if eighth else DETIK_PER_SECTION
    corpus = shared / "data/news/detik_2025/data_berita.csv"
    by_section: dict[str, list[dict[str, str]]] = {}
    with corpus.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            m = SECTION_RE.match(row["tautan"])
            if m is None or m.lastgroup is None:
                continue
            if detik_date(row["tanggal"]) is None or len(body(row["isi_berita"])) < MIN_CHARS:
                continue
            if f"detik2025:{row['id']}" in ids or row["tautan"] in urls:
                continue
            if seen(body(row["isi_berita"]), openings):
                continue
            by_section.setdefault(m.lastgroup, []).append(row)
    rng = random.Random(SEED_8 if eighth else SEED_7)
    out = []
    for section in sorted(per_section):
        rows = sorted(by_section[section], key=lambda r: int(r["id"]))
        for row in rng.sample(rows, per_section[section]):
            out.append(
                {
                    "id": f"detik2025:{row['id']}",
                    "source": "detik.com 2025 (no licence stated; not committed)",
                    "outlet": "detik.com",
                    "url": row["tautan"],
                    "date": detik_date(row["tanggal"]) or "",
                    "text": cut(body(row["isi_berita"])),
                }
            )
    return out


def write(rows: list[dict[str, str]], path: Path) -> None:
    path.parent.mkdir(exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent.parent / "shared")
    parser.add_argument("--eighth", action="store_true", help="Draw the eighth held-out set.")
    args = parser.parse_args()
    for name in ("clickid/clickid_articles.jsonl", "detik_2025/data_berita.csv"):
        if not (args.shared / "data/news" / name).is_file():
            print(f"error: {name} not found under {args.shared} (needs ../shared)", file=sys.stderr)
            return 2
    name = "heldout8" if args.eighth else "heldout7"
    ids, urls, openings = earlier_sets(name)
    clickid = clickid_rows(args.shared, ids, urls, openings, eighth=args.eighth)
    detik = detik_rows(args.shared, ids, urls, openings, eighth=args.eighth)
    write(clickid, HERE / f"{name}_excerpts.jsonl")
    write(clickid + detik, HERE / "local" / f"{name}_excerpts.jsonl")
    chars = sum(len(r["text"]) for r in clickid + detik)
    print(f"{len(clickid)} CLICK-ID and {len(detik)} detik excerpts, {chars} characters")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
