"""Shared fixtures: paths to the provided pages, a temporary store."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SEED_000 = DATA / "provided" / "000_e1272380d78be3a7.txt"
SEED_002 = DATA / "provided" / "002_9dc5baa1969cf583.txt"


@pytest.fixture
def db_path(tmp_path: Path) -> str:
    return str(tmp_path / "test.duckdb")
