"""Publication date (DCT) choice from a page's date candidates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import SEED_000, SEED_002
from warta.pipeline import clean_paths
from warta.records import Article, DateCandidate
from warta.time.dct import choose_publication_date, page_date


def _clean(path: Path) -> Article:
    (article,) = list(clean_paths([str(path)]))
    assert isinstance(article, Article)
    return article


def test_seed_000_published_on_the_weekday_date_of_the_lead() -> None:
    article = _clean(SEED_000)
    lead = "\n".join(article.paragraph_texts()[:3])
    value, reason = choose_publication_date(article.date_candidates, lead)
    assert value == "2023-07-25"
    assert "Selasa (25/7/2023)" in reason


def test_seed_002_page_header_is_kept_as_page_date_not_publication() -> None:
    article = _clean(SEED_002)
    lead = "\n".join(article.paragraph_texts()[:3])
    value, reason = choose_publication_date(article.date_candidates, lead)
    assert value == "2023-07-27"
    assert "Kamis (27/7)" in reason
    assert page_date(article.date_candidates) == "2024-05-19"


def test_lead_text_is_scanned_when_no_lead_candidate_was_given() -> None:
    header = DateCandidate("Minggu, 19 Mei 2024", "2024-05-19", "page_header")
    lead = "Dilansir dari Tass, laman resmi media Rusia, Kamis (27/7), kunjungan Shoigu"
    thursday = 4
    assert dt.date(2023, 7, 27).isoweekday() == thursday
    value, reason = choose_publication_date([header], lead)
    assert value == "2023-07-27"
    assert reason.startswith("weekday date in lead")


def test_metadata_beats_lead_dates() -> None:
    candidates = [
        DateCandidate("Selasa (25/7/2023)", "2023-07-25", "lead"),
        DateCandidate("2023-07-26T08:00", "2023-07-26T08:00", "metadata"),
    ]
    assert choose_publication_date(candidates)[0] == "2023-07-26T08:00"


def test_historical_lead_date_is_not_the_publication_date() -> None:
    candidates = [
        DateCandidate("Minggu, 19 Mei 2024", "2024-05-19", "page_header"),
        DateCandidate("27 Juli 1953", "1953-07-27", "lead"),
    ]
    value, reason = choose_publication_date(candidates)
    assert value == "2024-05-19"
    assert reason.startswith("page header date only")


def test_a_date_after_the_page_header_cannot_be_the_publication_date() -> None:
    candidates = [
        DateCandidate("Minggu, 19 Mei 2024", "2024-05-19", "page_header"),
        DateCandidate("2025-01-01", "2025-01-01", "url"),
    ]
    assert choose_publication_date(candidates)[0] == "2024-05-19"


@pytest.mark.parametrize("candidates", [[], [DateCandidate("x", "not a date", "metadata")]])
def test_no_usable_candidate(candidates: list[DateCandidate]) -> None:
    assert choose_publication_date(candidates) == (None, "no date candidate")


def test_time_stage_on_a_cleaned_seed_anchors_at_the_publication_date() -> None:
    from warta.time import tag_article

    article = _clean(SEED_002)
    expressions = tag_article(article)
    for expression in expressions:
        assert article.text[expression.start : expression.end] == expression.text
    values = {(e.text, e.value) for e in expressions}
    assert ("Kamis (27/7)", "2023-07-27") in values
    assert ("tiga tahun terakhir", "P3Y") in values
