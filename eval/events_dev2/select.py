"""Select the articles of the second events dev set (needs ../shared/data/news).

Two sources, 60 excerpts, each article cleaned by the Warta pipeline and cut like the dev set's
(``eval/events/select.py``: first five sentences, at most 900 characters; its ``take`` and
``excerpt`` are reused unchanged):

- CLICK-ID (Data in Brief 32 (2020) 106231, CC BY 4.0; github.com/andikawilliam/CLICK-ID):
  the dev ``FRAME`` (news sections of six outlets), seeds never used before (``SEED``,
  ``KEYWORD_SEED``; the dev set used 6, 66, 666, the held-out set 2026, 20261122), every article
  of the dev and held-out sets excluded by id, url and normalised title. 2 articles per outlet
  in stratum ``random`` (lines 0-11) and 3 in stratum ``keyword`` (lines 12-29; the title names
  a political action: the held-out ``TITLE_ALL`` list).
- detik.com, October 2025 (``detik_2025/data_berita.csv``): the rows whose ``aspek_target`` is
  politics or law (``DETIK_FRAME``), 15 at random (stratum ``detik_random``, lines 30-44) and 15
  with a title word (stratum ``detik_keyword``, lines 45-59), repeated urls and titles skipped.
  The CSV has no licence ("internal testing only, do not redistribute"), so its text is never
  committed: ``excerpts.jsonl`` keeps the CSV row id, url, date and a hash of the excerpt, and
  ``restore`` rebuilds title and text from ``../shared`` at scoring time (as ``eval/clean``
  does with its detik rows).

Adapter for detik: the dev ``take`` cleans JSONL lines, so each CSV row becomes a JSONL record
with the field names the pipeline reads (``title``, ``content``, ``url``, ``date``);
``eval/events/select.py`` itself is not changed.

The coder is never run here. Usage: ``.venv/bin/python -m eval.events_dev2.select --shared
../shared`` (rewrites ``excerpts.jsonl``; byte-identical to the committed file).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
import tempfile
from pathlib import Path

from eval.events.select import MAX_CHARS, excerpt, frame_lines, skip_sets, take, write_excerpts
from eval.events_heldout.select import has_title_word
from warta.pipeline import clean_paths
from warta.records import Article

HERE = Path(__file__).resolve().parent
EARLIER = (
    HERE.parent / "events" / "excerpts.jsonl",
    HERE.parent / "events_heldout" / "excerpts.jsonl",
)
CLICKID = Path("data/news/clickid/clickid_articles.jsonl")
DETIK_CSV = Path("data/news/detik_2025/data_berita.csv")
SEED = 31
KEYWORD_SEED = 3131
DETIK_SEED = 2025
DETIK_KEYWORD_SEED = 20251022
DETIK_OUTLET = "detik.com"
DETIK_FRAME = {"Politik & Kebijakan Publik", "Hukum & Kriminalitas"}
STRATA = ("random", "keyword", "detik_random", "detik_keyword")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def detik_rows(shared: Path) -> list[dict[str, str]]:
    """All rows of the detik CSV, in file order."""
    csv.field_size_limit(sys.maxsize)
    with (shared / DETIK_CSV).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def iso_date(value: str) -> str:
    """The CSV's ``M/D/YYYY H:MM`` as ISO 8601 (the pipeline alone reads ``6/5/2025`` day
    first, 6 May, while the file means 5 June)."""
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4}) (\d{1,2}):(\d{2})", value.strip())
    if match is None:
        return value
    month, day, year, hour, minute = (int(x) for x in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}"


def detik_line(row: dict[str, str]) -> str:
    """A detik CSV row as the JSONL record ``take`` cleans (pipeline field names)."""
    record = {
        "source": DETIK_OUTLET,
        "row": row["id"],
        "title": row["judul"],
        "content": row["isi_berita"],
        "url": row["tautan"],
        "date": iso_date(row["tanggal"]),
    }
    return json.dumps(record, ensure_ascii=False) + "\n"


def redact(row: dict[str, object], csv_row: str) -> dict[str, object]:
    """The committed form of a detik excerpt: no title, no text, the row id and a text hash."""
    text = str(row["text"])
    return {**row, "title": None, "text": None, "row": csv_row, "text_sha256": text_hash(text)}


def _matching_prefix(text: str, cut: str, digest: str) -> str | None:
    """The excerpt of a cleaned ``text`` whose hash is ``digest``: ``cut`` (the excerpt as
    drawn today) or, when a later sentence splitter cuts elsewhere, the prefix of ``text`` that
    has that hash; None when the cleaned text itself changed."""
    if text_hash(cut) == digest:
        return cut
    for end in range(1, min(len(text), 2 * MAX_CHARS) + 1):
        if text_hash(text[:end]) == digest:
            return text[:end]
    return None


def restore(rows: list[dict[str, object]], shared: Path) -> tuple[list[dict[str, object]], str]:
    """``rows`` with the detik titles and texts rebuilt from ``shared`` (cleaned and cut as
    when drawn). Returns the rows (detik rows dropped when the CSV is missing or a text no
    longer matches its hash) and a message ('' when every row was restored)."""
    wanted = [row for row in rows if row.get("text") is None]
    if not wanted:
        return rows, ""
    if not (shared / DETIK_CSV).is_file():
        kept = [row for row in rows if row.get("text") is not None]
        return kept, f"detik part skipped: {shared / DETIK_CSV} not found (needs ../shared)"
    by_id = {row["id"]: row for row in detik_rows(shared)}
    out: list[dict[str, object]] = []
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for row in rows:
            if row.get("text") is not None:
                out.append(row)
                continue
            source = by_id.get(str(row["row"]))
            if source is None:
                problems.append(f"row {row['row']} missing")
                continue
            path = Path(tmp) / f"{row['row']}.jsonl"
            path.write_text(detik_line(source), encoding="utf-8")
            [outcome] = list(clean_paths([str(path)]))
            if not isinstance(outcome, Article):
                problems.append(f"row {row['row']} not cleaned")
                continue
            text = _matching_prefix(outcome.text, excerpt(outcome), str(row["text_sha256"]))
            if text is None:
                problems.append(f"row {row['row']} changed")
                continue
            out.append({**row, "title": outcome.title or source["judul"], "text": text})
    message = f"detik rows not scored: {', '.join(problems)}" if problems else ""
    return out, message


def draw(
    shared: Path, clickid_random: int, clickid_keyword: int, detik_each: int
) -> list[dict[str, object]]:
    earlier = [
        json.loads(line)
        for path in EARLIER
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    skips = skip_sets(earlier)
    by_outlet = frame_lines(shared / CLICKID)
    out = take(by_outlet, random.Random(SEED), clickid_random, "random", *skips)
    keyword = {
        outlet: [line for line in lines if has_title_word(json.loads(line)["title"])]
        for outlet, lines in by_outlet.items()
    }
    out += take(keyword, random.Random(KEYWORD_SEED), clickid_keyword, "keyword", *skips)
    earlier_urls = {row["url"] for row in earlier}
    assert not [row for row in out if row["url"] in earlier_urls]

    rows = [row for row in detik_rows(shared) if row["aspek_target"] in DETIK_FRAME]
    row_of = {}
    for row in rows:
        row_of.setdefault(row["tautan"], row["id"])
    lines = [detik_line(row) for row in rows]
    detik_skips: tuple[set[str], set[str], set[str]] = (set(), set(), set())
    detik = take(
        {DETIK_OUTLET: lines}, random.Random(DETIK_SEED), detik_each, "detik_random", *detik_skips
    )
    titled = [line for line, row in zip(lines, rows, strict=True) if has_title_word(row["judul"])]
    detik += take(
        {DETIK_OUTLET: titled},
        random.Random(DETIK_KEYWORD_SEED),
        detik_each,
        "detik_keyword",
        *detik_skips,
    )
    return out + [redact(row, row_of[str(row["url"])]) for row in detik]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--per-outlet", type=int, default=2)
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
