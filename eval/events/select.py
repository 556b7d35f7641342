"""Select the dev articles for the events gold set (needs ../shared/data/news/clickid).

Sampling frame: the news sections of six CLICK-ID outlets (politics, national, regional,
international, law); per outlet, articles are drawn at random with a fixed seed, whatever they
contain (the coder is never run here). Each article is cleaned by the Warta pipeline and its
first ``SENTENCES`` sentences (at most ``MAX_CHARS`` characters) become the excerpt that is
annotated; ``excerpts.jsonl`` keeps the excerpt, title, outlet, url and publication date.

CLICK-ID: Data in Brief 32 (2020) 106231, CC BY 4.0 (github.com/andikawilliam/CLICK-ID).

Stratum ``random`` (``--per-outlet``, default 12) draws from the whole frame. Stratum
``keyword`` (``--keyword-per-outlet``, default 8) draws, with another seed, only articles whose
*title* names a political action (``TITLE_WORDS``): random news is sparse in events, so this
stratum makes the set denser (a second draw, ``--extra-per-outlet``, appends more). It favours predicates a title would use, so the scorer reports
both strata separately.

Usage: ``.venv/bin/python -m eval.events.select --shared ../shared``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from pathlib import Path

from warta.pipeline import clean_paths
from warta.records import Article
from warta.time.tense import sentences

HERE = Path(__file__).resolve().parent
SEED = 6
KEYWORD_SEED = 66
EXTRA_SEED = 666
TITLE_WORDS = (
    "demo",
    "unjuk rasa",
    "tangkap",
    "tahan",
    "temui",
    "bertemu",
    "kunjung",
    "kecam",
    "tolak",
    "tuntut",
    "desak",
    "serang",
    "tembak",
    "bentrok",
    "tuding",
    "tuduh",
    "kritik",
    "dukung",
    "sepakat",
    "sanksi",
    "usir",
    "ancam",
    "minta",
    "bantu",
    "periksa",
    "tersangka",
    "rusuh",
)
SENTENCES = 5
MAX_CHARS = 900
FRAME = {
    "okezone.com": {("News", "Nasional"), ("News", "International"), ("News", "Megapolitan")},
    "tempo.co": {("nasional", "-"), ("dunia", "-"), ("metro", "-")},
    "Kompas.com": {("News", "Nasional"), ("News", "Regional"), ("News", "Megapolitan")},
    "sindonews.com": {
        ("Nasional", "politik"),
        ("Nasional", "hukum"),
        ("International", "asia pasifik"),
    },
    "tribunnews.com": {("Nasional", "Nasional"), ("Regional", "Regional")},
    "wowkeren.com": {("Nasional", "-")},
}


def excerpt(article: Article) -> str:
    spans = sentences(article.text)[:SENTENCES]
    end = spans[-1][1] if spans else len(article.text)
    while end > MAX_CHARS and len(spans) > 1:
        spans = spans[:-1]
        end = spans[-1][1]
    return article.text[:end]


def _has_title_word(title: str) -> bool:
    low = title.lower()
    return any(word in low for word in TITLE_WORDS)


def norm_title(title: str) -> str:
    """A title folded for comparison: lower case, runs of non-word characters as one space."""
    return re.sub(r"\W+", " ", title.lower()).strip()


def clickid_corpus(shared: str | Path) -> Path | None:
    """The CLICK-ID articles under ``shared``; None (with an error on stderr) when missing."""
    corpus = Path(shared) / "data" / "news" / "clickid" / "clickid_articles.jsonl"
    if not corpus.is_file():
        print(f"error: {corpus} not found (the selection needs ../shared)", file=sys.stderr)
        return None
    return corpus


def frame_lines(
    corpus: Path, frame_of: dict[str, set[tuple[str, str]]] | None = None
) -> dict[str, list[str]]:
    """The CLICK-ID lines of a sampling frame (outlet -> its (category, sub-category) sections;
    default ``FRAME``, the news sections of the six dev outlets), by outlet."""
    sections = FRAME if frame_of is None else frame_of
    by_outlet: dict[str, list[str]] = {name: [] for name in sections}
    with corpus.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            frame = sections.get(record["source"])
            if frame and (record["category"], record["sub-category"]) in frame:
                by_outlet[record["source"]].append(line)
    return by_outlet


def skip_sets(rows: list[dict[str, str]]) -> tuple[set[str], set[str], set[str]]:
    """Ids, urls and normalised titles of excerpts already drawn (never drawn again)."""
    return (
        {row["id"] for row in rows},
        {row["url"] for row in rows},
        {norm_title(row["title"]) for row in rows},
    )


def write_excerpts(rows: list[dict[str, object]], output: str | Path) -> int:
    """Write the drawn excerpts as JSON lines (the selectors' shared last step); exit status 0."""
    with open(output, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} excerpts → {output}")
    return 0


def take(
    by_outlet: dict[str, list[str]],
    rng: random.Random,
    per_outlet: int,
    stratum: str,
    skip: set[str],
    skip_urls: set[str] | None = None,
    skip_titles: set[str] | None = None,
) -> list[dict[str, object]]:
    """``per_outlet`` cleaned excerpts per outlet, in a random order, skipping ids in ``skip``
    (and, when given, urls in ``skip_urls`` and folded titles in ``skip_titles``); what is
    taken is added to the skip sets."""
    out: list[dict[str, object]] = []
    for outlet, lines in by_outlet.items():
        order = list(lines)
        rng.shuffle(order)
        taken = 0
        with tempfile.TemporaryDirectory() as tmp:
            for i, line in enumerate(order):
                if taken >= per_outlet:
                    break
                record = json.loads(line)
                if skip_urls is not None and record["url"] in skip_urls:
                    continue
                if skip_titles is not None and norm_title(record["title"]) in skip_titles:
                    continue
                path = Path(tmp) / f"{i}.jsonl"
                path.write_text(line, encoding="utf-8")
                [outcome] = list(clean_paths([str(path)]))
                if not isinstance(outcome, Article) or len(outcome.text) < 200:
                    continue
                title = outcome.title or record["title"]
                if outcome.id in skip:
                    continue
                if skip_titles is not None and norm_title(title) in skip_titles:
                    continue
                out.append(
                    {
                        "id": outcome.id,
                        "stratum": stratum,
                        "outlet": outlet,
                        "url": record["url"],
                        "title": title,
                        "published": (outcome.published or "")[:10] or None,
                        "text": excerpt(outcome),
                    }
                )
                skip.add(outcome.id)
                if skip_urls is not None:
                    skip_urls.add(record["url"])
                if skip_titles is not None:
                    skip_titles.update({norm_title(title), norm_title(record["title"])})
                taken += 1
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", default="../shared")
    parser.add_argument("--per-outlet", type=int, default=12)
    parser.add_argument("--keyword-per-outlet", type=int, default=8)
    parser.add_argument(
        "--extra-per-outlet",
        type=int,
        default=6,
        help="A second keyword draw (another seed), appended so earlier indices stay put.",
    )
    parser.add_argument("-o", "--output", default=str(HERE / "excerpts.jsonl"))
    args = parser.parse_args()
    corpus = clickid_corpus(args.shared)
    if corpus is None:
        return 2
    by_outlet = frame_lines(corpus)
    out = take(by_outlet, random.Random(SEED), args.per_outlet, "random", set())
    chosen = {row["id"] for row in out}
    keyword = {
        outlet: [line for line in lines if _has_title_word(json.loads(line)["title"])]
        for outlet, lines in by_outlet.items()
    }
    out += take(keyword, random.Random(KEYWORD_SEED), args.keyword_per_outlet, "keyword", chosen)
    out += take(keyword, random.Random(EXTRA_SEED), args.extra_per_outlet, "keyword", chosen)
    return write_excerpts(out, args.output)


if __name__ == "__main__":
    sys.exit(main())
