"""Select the articles of the second events held-out set (needs ../shared/data/news).

Two sources, 60 excerpts, each article cleaned by the Warta pipeline and cut like the dev set's
(``eval/events/select.py``: first five sentences, at most 900 characters; its ``take``,
``skip_sets``, ``frame_lines`` and ``write_excerpts`` are reused):

- CLICK-ID (Data in Brief 32 (2020) 106231, CC BY 4.0; github.com/andikawilliam/CLICK-ID):
  ``FRAME2``, news sections that the dev ``FRAME`` leaves out: posmetro-medan.com (a Medan
  outlet none of the earlier sets drew from; its articles run from March to October 2019, the
  others' from September to October), regional, metro, defence and foreign sections of
  okezone, sindonews, Kompas and tribunnews. 3 articles per outlet in stratum ``random``
  (lines 0-14) and 3 in stratum ``keyword`` (lines 15-29; the title names a political action:
  the held-out ``TITLE_ALL`` list). Seeds never used before (``SEED``, ``KEYWORD_SEED``).
- detik.com, 2025 (``detik_2025/data_berita.csv``): the rows whose ``aspek_target`` is politics
  or law (the second dev set's ``DETIK_FRAME``), 15 at random (stratum ``detik_random``, lines
  30-44) and 15 with a title word (stratum ``detik_keyword``, lines 45-59). The CSV has no
  licence, so its text is never committed: as in ``eval/events_dev2``, ``excerpts.jsonl``
  keeps the CSV row id, url, date and a hash of the excerpt, and the dev 2 ``restore`` rebuilds
  title and text from ``../shared`` at scoring time.

Every article of the dev, held-out and second dev sets is excluded by id, url and normalised
title (the detik titles of dev 2 are read back from the CSV by row id), and so is any repeat of
an article already drawn. The coder is never run here.

Usage: ``.venv/bin/python -m eval.events_heldout2.select --shared ../shared`` (rewrites
``excerpts.jsonl``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from eval.events.select import frame_lines, norm_title, skip_sets, take, write_excerpts
from eval.events_dev2.select import (
    DETIK_CSV,
    DETIK_FRAME,
    DETIK_OUTLET,
    detik_line,
    detik_rows,
    redact,
)
from eval.events_heldout.select import has_title_word

HERE = Path(__file__).resolve().parent
EARLIER = (
    HERE.parent / "events" / "excerpts.jsonl",
    HERE.parent / "events_heldout" / "excerpts.jsonl",
    HERE.parent / "events_dev2" / "excerpts.jsonl",
)
CLICKID = Path("data/news/clickid/clickid_articles.jsonl")
SEED = 47
KEYWORD_SEED = 4747
DETIK_SEED = 1107
DETIK_KEYWORD_SEED = 11072025
STRATA = ("random", "keyword", "detik_random", "detik_keyword")
# News sections outside the dev FRAME (outlet -> (category, sub-category)); counts in README.
FRAME2: dict[str, set[tuple[str, str]]] = {
    "posmetro-medan.com": {
        ("Berita Utama", "-"),
        ("Berita Sumut", "-"),
        ("Kriminal", "-"),
        ("nasional", "-"),
        ("Internasional", "-"),
        ("Medan Bung", "-"),
    },
    "okezone.com": {
        ("News", "News"),
        ("News", "Nusantara"),
        ("News", "Jabar"),
        ("News", "Jateng"),
        ("News", "Jatim"),
        ("News", "Sumut"),
        ("News", "Sulsel"),
        ("News", "Sumsel"),
        ("News", "Bali"),
        ("News", "Yogya"),
    },
    "sindonews.com": {
        ("Metro", "peristiwa"),
        ("Metro", "perkotaan"),
        ("Daerah", "nusantara"),
        ("Nasional", "hankam"),
        ("International", "amerika"),
        ("International", "eropa"),
        ("International", "timur tengah"),
    },
    "Kompas.com": {("News", "Internasional")},
    "tribunnews.com": {
        ("Internasional", "Internasional"),
        ("Metropolitan", "Metropolitan"),
        ("DPR RI", "DPR RI"),
        ("DPD RI", "DPD RI"),
    },
}


def earlier_rows(shared: Path) -> list[dict[str, str]]:
    """The excerpts of the three earlier sets, detik titles read back from the CSV by row."""
    rows = [
        json.loads(line)
        for path in EARLIER
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    titles = {row["id"]: row["judul"] for row in detik_rows(shared)}
    return [
        {**row, "title": row["title"] if row["title"] is not None else titles[str(row["row"])]}
        for row in rows
    ]


def draw(
    shared: Path, clickid_random: int, clickid_keyword: int, detik_each: int
) -> list[dict[str, object]]:
    earlier = earlier_rows(shared)
    skips = skip_sets(earlier)
    by_outlet = frame_lines(shared / CLICKID, FRAME2)
    out = take(by_outlet, random.Random(SEED), clickid_random, "random", *skips)
    keyword = {
        outlet: [line for line in lines if has_title_word(json.loads(line)["title"])]
        for outlet, lines in by_outlet.items()
    }
    out += take(keyword, random.Random(KEYWORD_SEED), clickid_keyword, "keyword", *skips)

    rows = [row for row in detik_rows(shared) if row["aspek_target"] in DETIK_FRAME]
    row_of: dict[str, str] = {}
    for row in rows:
        row_of.setdefault(row["tautan"], row["id"])
    lines = [detik_line(row) for row in rows]
    detik = take(
        {DETIK_OUTLET: lines}, random.Random(DETIK_SEED), detik_each, "detik_random", *skips
    )
    titled = [line for line, row in zip(lines, rows, strict=True) if has_title_word(row["judul"])]
    detik += take(
        {DETIK_OUTLET: titled},
        random.Random(DETIK_KEYWORD_SEED),
        detik_each,
        "detik_keyword",
        *skips,
    )
    drawn = out + detik
    earlier_urls = {row["url"] for row in earlier}
    earlier_titles = {norm_title(row["title"]) for row in earlier}
    assert not [row for row in drawn if row["url"] in earlier_urls]
    assert not [row for row in drawn if norm_title(str(row["title"])) in earlier_titles]
    return out + [redact(row, row_of[str(row["url"])]) for row in detik]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--per-outlet", type=int, default=3)
    parser.add_argument("--keyword-per-outlet", type=int, default=3)
    parser.add_argument("--detik", type=int, default=15, help="detik excerpts per stratum")
    parser.add_argument("-o", "--output", default=str(HERE / "excerpts.jsonl"))
    args = parser.parse_args()
    shared = Path(args.shared)
    for path in (shared / CLICKID, shared / DETIK_CSV):
        if not path.is_file():
            print(f"error: {path} not found (the selection needs ../shared)", file=sys.stderr)
            return 2
    out = draw(shared, args.per_outlet, args.keyword_per_outlet, args.detik)
    return write_excerpts(out, args.output)


if __name__ == "__main__":
    sys.exit(main())
