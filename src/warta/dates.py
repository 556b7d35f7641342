"""Explicit calendar dates as Indonesian pages print them.

This module reads *explicit* dates only (``Minggu, 19 Mei 2024``, ``Selasa (25/7/2023)``,
``Kamis (27/7)``, ``2019-09-25``, ``Oktober 19, 2019``, ``10-Sep-19``) for page metadata; the
time stage (``warta.time``) handles relative and vague expressions in running text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from warta import langdata

MAX_WEEKDAY_YEARS_BACK = 12
"""How far back a year-less weekday date may be placed (the weekday pattern of a given day and
month repeats within 11 years at most, so 12 covers every case)."""


@dataclass(frozen=True, slots=True)
class FoundDate:
    start: int
    end: int
    text: str
    year: int | None
    month: int
    day: int
    weekday: int | None
    """ISO weekday printed next to the date, if any."""
    time: str | None = None

    def iso(self) -> str | None:
        if self.year is None:
            return None
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def weekday_matches(self) -> bool | None:
        """Whether the printed weekday agrees with the calendar (None: nothing to check)."""
        if self.weekday is None or self.year is None:
            return None
        return valid_date(self.year, self.month, self.day) and (
            dt.date(self.year, self.month, self.day).isoweekday() == self.weekday
        )


def valid_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def expand_year(year: int) -> int:
    """Two-digit years as news pages use them: ``19`` → 2019, ``98`` → 1998."""
    if year >= 100:
        return year
    return 2000 + year if year < 70 else 1900 + year


def resolve_weekday_year(day: int, month: int, weekday: int, reference: dt.date) -> int | None:
    """The latest year, not after ``reference``, in which ``day``/``month`` fell on ``weekday``.

    A news page's year-less ``Kamis (27/7)`` is the most recent 27 July that was a Thursday on
    or before the page's reference date (a few days of slack allow for time zones).
    """
    limit = reference + dt.timedelta(days=2)
    for year in range(reference.year, reference.year - MAX_WEEKDAY_YEARS_BACK - 1, -1):
        if not valid_date(year, month, day):
            continue
        candidate = dt.date(year, month, day)
        if candidate <= limit and candidate.isoweekday() == weekday:
            return year
    return None


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    month_names = sorted(langdata.months(), key=len, reverse=True)
    day_names = sorted(langdata.weekdays(), key=len, reverse=True)
    month = "(?P<mname>" + "|".join(re.escape(m) for m in month_names) + r")\.?"
    weekday = "(?:(?P<wday>" + "|".join(re.escape(d) for d in day_names) + r")\s*,?\s*)?"
    time = r"(?:\s*(?:,|-|\|)?\s*(?:pukul\s+)?(?P<time>\d{1,2}[:.]\d{2})(?::\d{2})?(?:\s*(?:WIB|WITA|WIT))?)?"
    b = r"(?<![\w/.-])"
    e = r"(?![\w/-]|\.\d)"
    return tuple(
        re.compile(p, re.IGNORECASE)
        for p in (
            # Selasa (25/7/2023), Kamis (27/7), Senin (16/9/19)
            b + weekday + r"\((?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?\)",
            # 2023-07-25 (ISO, with optional time)
            b + r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T ](?P<time>\d{2}:\d{2}))?" + e,
            # Minggu, 19 Mei 2024 / 19 Mei 2024 10:00 WIB / 27 Juli 1953 / 19 Mei (no year)
            b + weekday + r"(?P<d>\d{1,2})\s+" + month + r"(?:\s+(?P<y>\d{4}))?" + time + e,
            # Oktober 19, 2019 / July 27, 2023
            b + weekday + month + r"\s+(?P<d>\d{1,2}),\s*(?P<y>\d{4})" + time + e,
            # 10-Sep-19
            b + r"(?P<d>\d{1,2})-" + month + r"-(?P<y>\d{2}|\d{4})" + e,
            # 25/07/2023, 25-07-2023, 25.07.2023 (day first, as Indonesian pages write it)
            b
            + weekday
            + r"(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})"
            + time
            + e,
        )
    )


_DIGIT = re.compile(r"\d")


def find_dates(text: str) -> Iterator[FoundDate]:
    """Explicit dates in ``text``, left to right, without overlaps."""
    if not _DIGIT.search(text):
        return
    taken: list[tuple[int, int]] = []
    found: list[FoundDate] = []
    for pattern in _patterns():
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            date = _from_match(match)
            if date is not None:
                taken.append((start, end))
                found.append(date)
    yield from sorted(found, key=lambda d: d.start)


def _from_match(match: re.Match[str]) -> FoundDate | None:
    groups = match.groupdict()
    if groups.get("mname"):
        month = langdata.months().get(groups["mname"].lower().rstrip("."))
        if month is None:
            return None
    else:
        month = int(groups["m"])
    day = int(groups["d"])
    year = expand_year(int(groups["y"])) if groups.get("y") else None
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    if year is not None and not valid_date(year, month, day):
        return None
    weekday = langdata.weekdays().get(groups["wday"].lower()) if groups.get("wday") else None
    time = groups.get("time")
    return FoundDate(
        start=match.start(),
        end=match.end(),
        text=match.group(0),
        year=year,
        month=month,
        day=day,
        weekday=weekday,
        time=time.replace(".", ":") if time else None,
    )


_US_NUMERIC = re.compile(
    r"^\s*(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})(?:\s+(?P<time>\d{1,2}:\d{2}))?"
)


def parse_field_date(value: str) -> str | None:
    """An ISO date (with ``THH:MM`` when known) from a metadata field value, or None.

    Fields come from many systems, so numeric dates are read day-first unless only month-first
    makes sense (``10/21/2025`` is 21 October).
    """
    value = value.strip()
    if not value:
        return None
    numeric = _US_NUMERIC.match(value)
    if numeric:
        a, b = int(numeric["a"]), int(numeric["b"])
        year = expand_year(int(numeric["y"]))
        day, month = (b, a) if b > 12 >= a else (a, b)
        if not valid_date(year, month, day):
            return None
        iso = f"{year:04d}-{month:02d}-{day:02d}"
        if numeric["time"]:
            hour, minute = numeric["time"].split(":")
            iso += f"T{int(hour):02d}:{minute}"
        return iso
    for date in find_dates(value):
        found = date.iso()
        if found is not None:
            return f"{found}T{date.time}" if date.time and len(date.time) == 5 else found
    return None
