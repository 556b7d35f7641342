"""Regenerate the golden files in tests/data/expected from tests/data/provided (on purpose only)."""

from __future__ import annotations

import json
from pathlib import Path

from warta.pipeline import clean_paths
from warta.records import Article

HERE = Path(__file__).parent
FIELDS = (
    "title",
    "published",
    "published_reason",
    "page_date",
    "outlet",
    "editors",
    "authors",
    "cited_sources",
    "language",
)


def main() -> None:
    for path in sorted((HERE / "provided").glob("*.txt")):
        (article,) = list(clean_paths([str(path)]))
        assert isinstance(article, Article)
        expected = {name: getattr(article, name) for name in FIELDS}
        expected["dateline"] = (
            {"place": article.dateline.place, "tag": article.dateline.tag}
            if article.dateline
            else None
        )
        expected["paragraphs"] = article.paragraph_texts()
        expected["date_candidates"] = sorted({(c.role, c.value) for c in article.date_candidates})
        out = HERE / "expected" / f"{path.stem}.json"
        out.write_text(
            json.dumps(expected, ensure_ascii=False, indent=2, default=list) + "\n",
            encoding="utf-8",
        )
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
