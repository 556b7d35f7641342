"""Fixtures for the stories tests: the seed pages and CLICK-ID excerpts, cleaned."""

from __future__ import annotations

from pathlib import Path

import pytest

from warta.pipeline import clean_paths
from warta.records import Article

ROOT = Path(__file__).resolve().parents[2]
SEEDS = [
    ROOT / "tests" / "data" / "provided" / "000_e1272380d78be3a7.txt",
    ROOT / "tests" / "data" / "provided" / "002_9dc5baa1969cf583.txt",
]
CLICKID_SAMPLE = ROOT / "demo" / "pages" / "clickid-sample.jsonl"
"""24 okezone articles of 14-18 September 2019 (KPK law, RKUHP, Papua), CC BY 4.0."""


def _articles(*paths: Path) -> list[Article]:
    return [a for a in clean_paths([str(p) for p in paths]) if isinstance(a, Article)]


@pytest.fixture(scope="session")
def seeds() -> list[Article]:
    return _articles(*SEEDS)


@pytest.fixture(scope="session")
def clickid_sample() -> list[Article]:
    return _articles(CLICKID_SAMPLE)
