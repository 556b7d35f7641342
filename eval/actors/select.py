"""Select the article excerpts of the actor dev set (deterministic; needs ../shared).

Articles come from the political sections of five CLICK-ID outlets (CC BY 4.0), chosen with a
fixed seed among articles that contain a general political keyword (``KEYWORDS``, chosen
without looking at the knowledge base), plus the two seed pages. Each excerpt is the article's
first ``EXCERPT_CHARS`` characters, cut at a sentence end. Writes ``eval/actors/excerpts.jsonl``
(id, source, outlet, url, date, text); gold mentions are annotated by hand in ``dev.jsonl``.

Usage: ``.venv/bin/python -m eval.actors.select [--shared ../shared]``
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20191001
PER_OUTLET = 8
EXCERPT_CHARS = 900
SECTIONS = {
    ("Kompas.com", "News"),
    ("okezone.com", "News"),
    ("sindonews.com", "International"),
    ("sindonews.com", "Nasional"),
    ("tempo.co", "nasional"),
    ("tempo.co", "dunia"),
    ("tribunnews.com", "Nasional"),
}
KEYWORDS = re.compile(
    r"\b(presiden|menteri|pemerintah|polisi|militer|DPR|demo|unjuk rasa|perdana menteri)\b",
    re.IGNORECASE,
)
MONTHS = {
    "januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "agustus": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12, "agu": 8, "okt": 10, "des": 12,
}  # fmt: skip


def iso_date(raw: str) -> str | None:
    """CLICK-ID dates: ``31 Juli 2019``, ``Oktober 19, 2019``, ``10-Sep-19``, ``16/09/2019``."""
    raw = raw.strip().lower()
    if m := re.match(r"(\d{4})-(\d{2})-(\d{2})", raw):
        return f"{m[1]}-{m[2]}-{m[3]}"
    if m := re.fullmatch(r"(\d{1,2}) ([a-z]+) (\d{4})", raw):
        day, month, year = int(m[1]), MONTHS.get(m[2]), int(m[3])
    elif m := re.fullmatch(r"([a-z]+) (\d{1,2}), (\d{4})", raw):
        day, month, year = int(m[2]), MONTHS.get(m[1]), int(m[3])
    elif m := re.fullmatch(r"(\d{1,2})-([a-z]+)-(\d{2})", raw):
        day, month, year = int(m[1]), MONTHS.get(m[2]), 2000 + int(m[3])
    elif m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", raw):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    else:
        return None
    if not month:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def excerpt(text: str) -> str:
    if len(text) <= EXCERPT_CHARS:
        return text
    cut = text.find(". ", EXCERPT_CHARS)
    return text[: cut + 1] if cut > 0 else text[:EXCERPT_CHARS]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent.parent / "shared")
    args = parser.parse_args()
    corpus = args.shared / "data/news/clickid/clickid_articles.jsonl"
    seeds = args.shared / "seeds"
    if not corpus.is_file():
        print(f"error: CLICK-ID not found at {corpus} (needs ../shared)", file=sys.stderr)
        return 2
    by_outlet: dict[str, list[dict[str, str]]] = {}
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if (row["source"], row["category"]) not in SECTIONS:
                continue
            if not KEYWORDS.search(row["content"][:EXCERPT_CHARS]):
                continue
            if iso_date(row["date"]) is None or len(row["content"]) < 400:
                continue
            by_outlet.setdefault(row["source"], []).append(row)
    rng = random.Random(SEED)
    out = []
    for outlet in sorted(by_outlet):
        rows = sorted(by_outlet[outlet], key=lambda r: (r["file"], int(r["row"])))
        for row in rng.sample(rows, PER_OUTLET):
            out.append(
                {
                    "id": f"clickid:{row['file']}:{row['row']}",
                    "source": "CLICK-ID (CC BY 4.0)",
                    "outlet": outlet,
                    "url": row["url"],
                    "date": iso_date(row["date"]),
                    "text": excerpt(row["content"].strip(" ,-")),
                }
            )
    seed_dates = {
        "000_e1272380d78be3a7.txt": "2023-07-25",
        "002_9dc5baa1969cf583.txt": "2023-07-27",
    }
    seed_ends = {"000_e1272380d78be3a7.txt": "(sya)", "002_9dc5baa1969cf583.txt": "(bp)"}
    for name, date in seed_dates.items():
        text = (seeds / name).read_text(encoding="utf-8")
        body = text[: text.index(seed_ends[name])]
        if name.startswith("000"):
            # The page prints the body twice: keep the first copy.
            second = body.find(
                "Kementerian Pertahanan di Moskow",
                body.find("Kementerian Pertahanan di Moskow") + 1,
            )
            body = body[:second]
        out.append(
            {
                "id": f"seed:{name}",
                "source": "seed page (project fixture)",
                "outlet": "sindonews.com" if name.startswith("000") else "indonesiadefense.com",
                "url": "",
                "date": date,
                "text": body.strip(),
            }
        )
    with (HERE / "excerpts.jsonl").open("w", encoding="utf-8") as fh:
        for row in out:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(out)} excerpts, {sum(len(r['text']) for r in out)} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
