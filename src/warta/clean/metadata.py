"""Metadata read from a page: dateline, outlet, cited sources, date candidates, publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from warta import dates, langdata
from warta.records import DateCandidate, Dateline

DATELINE_WINDOW = 90
"""A dateline sits in the first characters of the first paragraph."""
LEAD_PARAGRAPHS = 3
"""Explicit dates in the first paragraphs are publication-date evidence."""

_PLACE = r"[A-Z][A-Za-z.'’]*(?:\s+[A-Z][A-Za-z.'’]*){0,3}"
_DOMAIN_TAG = r"[A-Za-z0-9]+(?:\.[A-Za-z]{2,4}){1,2}|TEMPO\.CO"
_DASH = r"\s*(?:--?|–|—)\s+"
DATELINE_TAG_FIRST = re.compile(rf"^(?P<tag>{_DOMAIN_TAG})\s*,\s*(?P<place>{_PLACE}){_DASH}(?=\S)")
DATELINE_PLACE_FIRST = re.compile(
    rf"^(?P<place>{_PLACE})\s*"
    r"(?:,\s*(?P<tag>[^-–—,()\n]{2,40}?)\s*)?"
    r"(?:\((?P<tag2>[^()\n]{2,30})\)\s*)?"
    rf"{_DASH}(?=\S)"
)
DATELINE_TAG_ONLY = re.compile(rf"^(?P<tag>{_DOMAIN_TAG}){_DASH}(?=\S)")
URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)[/-]?(?P<m>[01]\d)[/-]?(?P<d>[0-3]\d)(?=[/_-]|\d{2,}|$)"
)


def find_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening ``paragraph`` (offsets relative to it), or None."""
    head = paragraph[:DATELINE_WINDOW]
    match = DATELINE_TAG_FIRST.match(head)
    if match:
        return Dateline(place=match["place"], tag=match["tag"], start=0, end=match.end())
    match = DATELINE_TAG_ONLY.match(head)
    if match:
        return Dateline(place=None, tag=match["tag"], start=0, end=match.end())
    match = DATELINE_PLACE_FIRST.match(head)
    if not match:
        return None
    place = match["place"]
    tag = match["tag"] or match["tag2"]
    if tag is not None and len(tag.split()) > 3:
        return None
    # Without a tag only an upper-case place or a single place word counts: "MOSKOW -",
    # "Jakarta -". A capitalised phrase before a dash is otherwise too often a sentence.
    if tag is None and not (place.isupper() or len(place.split()) == 1):
        return None
    return Dateline(place=place, tag=tag.strip() if tag else None, start=0, end=match.end())


@cache
def _citation_pattern() -> re.Pattern[str]:
    cues = "|".join(re.escape(c) for c in langdata.citation_cues())
    name = r"[A-Z][\w.&'’-]*(?:\s+(?:[A-Z][\w.&'’-]*|of|de|dan))*"
    return re.compile(
        rf"\b(?:{cues})\s+(?:laman\s+|situs\s+|media\s+)?(?P<name>{name})", re.IGNORECASE
    )


def cited_sources(paragraphs: Iterable[str]) -> tuple[str, ...]:
    """Outlets or agencies the report says it draws on (``Dilansir dari Tass`` → ``Tass``)."""
    found: list[str] = []
    for paragraph in paragraphs:
        for match in _citation_pattern().finditer(paragraph):
            name = match["name"].rstrip(".,")
            if name[:1].isupper() and name not in found:
                found.append(name)
    return tuple(found)


def field_candidates(fields: Mapping[str, str]) -> list[DateCandidate]:
    """Date candidates from container fields (``date`` [+ ``time``]) and the URL."""
    out: list[DateCandidate] = []
    raw = fields.get("date")
    if raw:
        text = f"{raw} {fields['time']}" if fields.get("time") and ":" not in raw else raw
        value = dates.parse_field_date(text)
        if value:
            out.append(DateCandidate(text=text, value=value, role="metadata"))
    url = fields.get("url")
    if url:
        match = URL_DATE.search(url)
        if match and dates.valid_date(int(match["y"]), int(match["m"]), int(match["d"])):
            value = f"{match['y']}-{match['m']}-{match['d']}"
            out.append(DateCandidate(text=match.group(0), value=value, role="url"))
    return out


def lead_candidates(
    paragraphs: Sequence[tuple[int, str]], reference: dt.date | None
) -> list[DateCandidate]:
    """Explicit dates in the lead paragraphs (``(offset, text)``; offsets into the source).

    A full date keeps its printed value (role ``lead``); a year-less weekday date is placed in
    the latest year, up to ``reference``, whose calendar matches the weekday (``lead_weekday``).
    """
    out: list[DateCandidate] = []
    for offset, text in paragraphs[:LEAD_PARAGRAPHS]:
        for found in dates.find_dates(text):
            start, end = offset + found.start, offset + found.end
            iso = found.iso()
            if iso is not None:
                if found.weekday_matches() is False:
                    continue
                role = "lead" if found.weekday is None else "lead_weekday_checked"
                out.append(DateCandidate(found.text, iso, role, start, end))
            elif found.weekday is not None and reference is not None:
                year = dates.resolve_weekday_year(found.day, found.month, found.weekday, reference)
                if year is not None:
                    value = f"{year:04d}-{found.month:02d}-{found.day:02d}"
                    out.append(DateCandidate(found.text, value, "lead_weekday", start, end))
    return out


def reference_date(candidates: Sequence[DateCandidate]) -> dt.date | None:
    """The latest date the page itself vouches for, to anchor year-less dates."""
    values = [
        c.value[:10] for c in candidates if c.role in {"metadata", "byline", "url", "page_header"}
    ]
    return dt.date.fromisoformat(max(values)) if values else None
