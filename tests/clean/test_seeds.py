"""Golden tests on the two seed pages: each body paragraph once, none of the chrome."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import DATA, SEED_000, SEED_002
from warta.pipeline import clean_paths
from warta.records import Article, rebuild_source


def _clean(path: Path) -> Article:
    (article,) = list(clean_paths([str(path)]))
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize("path", [SEED_000, SEED_002], ids=["000", "002"])
def test_seed_matches_golden_file(path: Path) -> None:
    article = _clean(path)
    expected = json.loads((DATA / "expected" / f"{path.stem}.json").read_text(encoding="utf-8"))
    assert article.paragraph_texts() == expected["paragraphs"]
    assert article.title == expected["title"]
    assert article.published == expected["published"]
    assert article.page_date == expected["page_date"]
    assert list(article.editors) == expected["editors"]
    assert list(article.cited_sources) == expected["cited_sources"]
    assert article.outlet == expected["outlet"]
    assert sorted({(c.role, c.value) for c in article.date_candidates}) == [
        tuple(pair) for pair in expected["date_candidates"]
    ]


def test_seed_000_keeps_each_paragraph_once_and_drops_widgets() -> None:
    article = _clean(SEED_000)
    paragraphs = article.paragraph_texts()
    assert len(paragraphs) == len(set(paragraphs)) == 10
    assert paragraphs[0].startswith("MOSKOW - Menteri Pertahanan (Menhan) Rusia Sergey Shoigu")
    reasons = [r.reason for r in article.removed]
    assert reasons.count("repeat") == 9
    assert reasons.count("widget") == 4
    assert article.title == "Menteri Pertahanan Rusia Kunjungi Korea Utara Pekan Ini"
    assert article.editors == ("sya",)
    assert article.dateline is not None and article.dateline.place == "MOSKOW"
    assert article.published == "2023-07-25"


def test_seed_002_page_date_is_not_the_publication_date() -> None:
    article = _clean(SEED_002)
    assert article.page_date == "2024-05-19"
    assert article.published == "2023-07-27"  # Kamis (27/7): 27 July 2023 was a Thursday
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.tag) == ("Jakarta", "IDM")
    text = article.text
    for chrome in (
        "BACA JUGA",
        "Baca Juga",
        "BERITA TERBARU",
        "INFRAME",
        "sidebar",
        "ads-custom-5",
        "POPULER",
        "Prabowo",
        "(bp)",
    ):
        assert chrome not in text
    assert text.endswith("karena Pandemi Covid-19.")


@pytest.mark.parametrize("path", [SEED_000, SEED_002], ids=["000", "002"])
def test_seed_rebuilds_exactly_from_kept_and_removed_spans(path: Path) -> None:
    article = _clean(path)
    assert rebuild_source(article) == article.source_text
    assert article.source_text == path.read_text(encoding="utf-8")
    for span, source_span in zip(article.paragraphs, article.source_spans, strict=True):
        assert (
            article.text[span.start : span.end]
            == article.source_text[source_span.start : source_span.end]
        )
