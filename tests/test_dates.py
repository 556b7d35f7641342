"""Explicit calendar dates; weekdays are checked against the calendar, never typed by hand."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warta import dates, langdata


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Minggu, 19 Mei 2024", "2024-05-19"),
        ("Selasa (25/7/2023)", "2023-07-25"),
        ("berakhir pada 27 Juli 1953, setelah", "1953-07-27"),
        ("2019-09-25T10:00:00+07:00", "2019-09-25"),
        ("Oktober 19, 2019", "2019-10-19"),
        ("10-Sep-19", "2019-09-10"),
        ("16/09/2019", "2019-09-16"),
        ("Rabu, 18 Sep 2019 21:50 WIB", "2019-09-18"),
    ],
)
def test_find_dates_reads_explicit_dates(text: str, iso: str) -> None:
    (found,) = list(dates.find_dates(text))
    assert found.iso() == iso
    assert text[found.start : found.end] == found.text


@pytest.mark.parametrize(
    "text", ["Pasal 27 ayat 1", "Rp 27 juta", "3 juta nyawa", "skor 2-1", "versi 1.5.5"]
)
def test_find_dates_ignores_numbers_that_are_not_dates(text: str) -> None:
    assert list(dates.find_dates(text)) == []


def test_year_less_weekday_date_has_no_iso_value() -> None:
    (found,) = list(dates.find_dates("Kamis (27/7)"))
    assert found.iso() is None
    assert (found.day, found.month, found.weekday) == (27, 7, langdata.weekdays()["kamis"])


@given(
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)),
    st.integers(min_value=0, max_value=400),
)
def test_resolve_weekday_year_finds_the_latest_matching_year(day: dt.date, gap: int) -> None:
    reference = day + dt.timedelta(days=gap)
    year = dates.resolve_weekday_year(day.day, day.month, day.isoweekday(), reference)
    assert year is not None
    found = dt.date(year, day.month, day.day)
    assert found.isoweekday() == day.isoweekday()
    assert found <= reference + dt.timedelta(days=2)
    assert year >= day.year  # never earlier than the true date, which also matches


def test_parse_field_date_reads_month_first_only_when_forced() -> None:
    assert dates.parse_field_date("10/21/2025 20:43") == "2025-10-21T20:43"
    assert dates.parse_field_date("05/07/2019") == "2019-07-05"
    assert dates.parse_field_date("31 Juli 2019") == "2019-07-31"
    assert dates.parse_field_date("tidak ada") is None
