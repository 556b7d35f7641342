"""The publication date (document creation time, DCT) of an article, chosen from its candidates.

Pages print several dates: a page header (often the crawl day or a masthead date), a URL date,
metadata fields, a byline or dateline date, and dates in the lead (``Selasa (25/7/2023)``, or a
year-less ``Kamis (27/7)`` resolved by its weekday). ``choose_publication_date`` picks one and
says why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from warta import dates
from warta.records import DateCandidate

MAX_LEAD_AGE_DAYS = 31
"""A lead date older than this, next to a later page/metadata date, is history, not the news day
(``berakhir pada 27 Juli 1953``)."""

ROLE_ORDER = ("metadata", "url", "byline", "dateline")
"""Roles that state the publication date directly, most reliable first."""


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def page_date(candidates: Sequence[DateCandidate]) -> str | None:
    """The page header date (the masthead or crawl day), kept apart from the publication date."""
    for candidate in candidates:
        if candidate.role == "page_header" and _day(candidate.value):
            return candidate.value
    return None


def _lead_weekday_dates(lead: str, reference: dt.date | None) -> list[tuple[str, str]]:
    """``(value, text)`` of weekday-marked dates in the lead, year-less ones resolved."""
    out = []
    for found in dates.find_dates(lead):
        if found.weekday is None:
            continue
        if found.year is not None:
            if found.weekday_matches():
                out.append((found.iso() or "", found.text))
        elif reference is not None:
            year = dates.resolve_weekday_year(found.day, found.month, found.weekday, reference)
            if year is not None:
                out.append((f"{year:04d}-{found.month:02d}-{found.day:02d}", found.text))
    return out


def choose_publication_date(
    candidates: Sequence[DateCandidate],
    lead: str = "",
    *,
    today: dt.date | None = None,
    estimate: bool = True,
) -> tuple[str | None, str]:
    """Pick the publication date from a page's date candidates; return ``(value, reason)``.

    ``candidates`` are ``DateCandidate`` records (roles ``metadata``, ``url``, ``page_header``,
    ``byline``, ``dateline``, ``lead``, ``lead_weekday_checked`` (a full lead date whose printed
    weekday agrees with the calendar), ``lead_weekday``), in page order; ``lead`` is the first
    paragraphs of the body, scanned for weekday-marked dates when no lead candidate was given.
    ``value`` is the chosen candidate's ISO value (``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``), or
    None when nothing usable was found; ``reason`` names the rule that decided, with the text.

    Cascade, in order (the first rule that yields a date wins):
      1. ``metadata``, then ``url``, ``byline``, ``dateline``: the page states the date.
      2. ``lead_weekday_checked`` dates, and ``lead`` dates printed with a weekday that agrees
         with the calendar (``Selasa (25/7/2023)``): Indonesian news names the news day this
         way; the first one.
      3. ``lead_weekday``: a year-less weekday date resolved by its weekday (``Kamis (27/7)``),
         the first one. Without such candidates, weekday dates found in ``lead`` itself, with
         year-less ones resolved against the page header date (or ``today``).
      4. Other ``lead`` dates, unless older than ``MAX_LEAD_AGE_DAYS`` before a page header date
         (history: ``27 Juli 1953``): the latest.
      5. ``page_header``: only the page's own date line is left (reason says so).
    With ``estimate=False`` only rules 1-3 apply: the date the page states or that its weekday
    fixes, what ``Article.published`` holds; rules 4-5 give an anchor for relative time only.
    Dates after the page header date (plus two days' slack) are never chosen: the page cannot
    predate what it reports. A ``page_header`` date is never the publication date while any
    other rule applies (it is often the crawl or masthead day); keep it with ``page_date``.
    """
    header = page_date(candidates)
    header_day = _day(header) if header else None
    limit = header_day + dt.timedelta(days=2) if header_day else None

    def usable(value: str) -> bool:
        day = _day(value)
        return day is not None and (limit is None or day <= limit)

    for role in ROLE_ORDER:
        for candidate in candidates:
            if candidate.role == role and usable(candidate.value):
                return candidate.value, f"{role}: {candidate.text!r}"
    lead_candidates = [
        c for c in candidates if c.role in {"lead", "lead_weekday_checked"} and usable(c.value)
    ]
    for candidate in lead_candidates:
        found = next(iter(dates.find_dates(candidate.text)), None)
        checked = candidate.role == "lead_weekday_checked"
        if checked or (found is not None and found.weekday is not None and found.weekday_matches()):
            return candidate.value, f"lead date with matching weekday: {candidate.text!r}"
    for candidate in candidates:
        if candidate.role == "lead_weekday" and usable(candidate.value):
            return candidate.value, f"year-less lead date resolved by weekday: {candidate.text!r}"
    if lead:
        reference = header_day or today
        for value, text in _lead_weekday_dates(lead, reference):
            if usable(value):
                return value, f"weekday date in lead: {text!r}"
    if not estimate:
        return None, "no stated date"
    recent = [
        c
        for c in lead_candidates
        if header_day is None
        or ((day := _day(c.value)) is not None and (header_day - day).days <= MAX_LEAD_AGE_DAYS)
    ]
    if recent:
        best = max(recent, key=lambda c: c.value)
        return best.value, f"latest lead date: {best.text!r}"
    if header is not None:
        return header, f"page header date only: {header!r}"
    return None, "no date candidate"
