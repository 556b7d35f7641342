"""A story's label: its key event in words, else its best headline.

``story_label(headline, fused, docs)`` picks the key event, in order:

1. candidates: fused events that are news (not background), name an actor country, and are
   reported by at least ``MIN_ARTICLES`` articles and ``MIN_SHARE`` of the story's articles (a
   key event is one the reports share, not one article's aside);
2. an event whose countries are all the default country (Indonesia) says nothing a headline
   does not say better ("Indonesia menuduh Indonesia"): it is no candidate;
3. the key event is the candidate with the most articles, then outlets, then the earliest
   fused id; its label is the type's noun, the actor countries, a preposition and the
   recipient countries in Indonesian (``lang/id/story_event_words.tsv``), with the PLOVER
   type: ``Pertemuan Rusia dengan Korea Utara (CONSULT)``. A noun, not a verb: the coder's
   modality is not always right, and "Amerika Serikat bertemu dengan Korea Utara" for a
   meeting Trump said he was not ready for would state what did not happen;
4. without a candidate, the headline (``cluster.StoryClusterer.label``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources

from warta.records import FusedEvent

MIN_ARTICLES = 2
MIN_SHARE = 0.25
DEFAULT_COUNTRY = "IDN"


class LabelDataError(ValueError):
    """A label data file is malformed."""


def _rows(text: str, columns: int, name: str) -> list[tuple[str, ...]]:
    rows = []
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = tuple(p.strip() for p in line.split("\t"))
        if len(parts) != columns or not all(parts):
            raise LabelDataError(f"{name}:{lineno}: expected {columns} non-empty columns")
        rows.append(parts)
    return rows


@cache
def event_words(lang: str = "id") -> dict[str, tuple[str, str]]:
    """PLOVER type → (noun, preposition before the recipient)."""
    name = "story_event_words.tsv"
    text = (resources.files("warta") / "lang" / lang / name).read_text(encoding="utf-8")
    words: dict[str, tuple[str, str]] = {}
    for type_, noun, preposition in _rows(text, 3, name):
        if type_ in words:
            raise LabelDataError(f"{name}: {type_} twice")
        words[type_] = (noun, preposition)
    return words


@cache
def country_names(lang: str = "id") -> dict[str, str]:
    """ISO-3 → country name (``data/actors/countries.tsv``, CLDR)."""
    text = (resources.files("warta") / "data" / "actors" / "countries.tsv").read_text(
        encoding="utf-8"
    )
    column = {"en": 2, "id": 3}[lang]
    return {row[0]: row[column] for row in _rows(text, 4, "countries.tsv")}


def _names(codes: Iterable[str]) -> str:
    names = country_names()
    return " dan ".join(names.get(code, code) for code in codes)


def event_label(fused: FusedEvent) -> str | None:
    """The fused event in words, or None for a type without words."""
    words = event_words().get(fused.type)
    if words is None or not fused.actors:
        return None
    noun, preposition = words
    head = f"{noun[0].upper()}{noun[1:]} {_names(fused.actors)}"
    if fused.recipients:
        return f"{head} {preposition} {_names(fused.recipients)} ({fused.type})"
    return f"{head} ({fused.type})"


def key_event(fused: Sequence[FusedEvent], docs: int) -> FusedEvent | None:
    """The story's key event (steps 1-3 of the module docstring), or None."""
    candidates = [
        f
        for f in fused
        if not f.historical
        and f.actors
        and f.articles >= MIN_ARTICLES
        and f.articles >= MIN_SHARE * docs
        and set(f.actors) | set(f.recipients) != {DEFAULT_COUNTRY}
        and f.type in event_words()
    ]
    if not candidates:
        return None
    return min(candidates, key=lambda f: (-f.articles, -f.outlets, f.id))


def story_label(headline: str, fused: Sequence[FusedEvent], docs: int) -> str:
    """The key event in words, else ``headline``."""
    key = key_event(fused, docs)
    label = event_label(key) if key is not None else None
    return label or headline
