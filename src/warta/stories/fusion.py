"""Event fusion: the events of a story's articles that describe one happening become one
``FusedEvent`` listing every supporting report.

Two events describe the same happening when, in order:

1. their happening types are equal: the base type when modality changed the coded type (a
   planned visit is ``AGREE`` with base type ``CONSULT``) else the type;
2. both are background or both are not: background fuses only with background. An event is
   background when the coder marked it ``historical``, or when its date ends more than
   ``BACKGROUND_DAYS`` before its report was published (the coder missed the marker: "hostilities
   ended on 27 July 1953" in a 2023 report);
3. their actors are compatible, and so are their recipients (or neither names one). One known
   actor (a knowledge-base id: the UN has no country) is compatible with itself; otherwise they
   must share a country. Two known actors (knowledge-base ids) must be the same actor: Moeldoko and
   Jokowi are two. Otherwise actors must share a sector: CAMEO codes where one contains the
   other (``RUSGOV`` and ``RUSGOVMIL``, not ``IDNLEG`` and ``IDNCVL``), unless one side names
   only the country ("Rusia"), which stands for any actor of it: Komnas HAM and "masyarakat"
   asking the DPR the same day are two requests. Recipients that are both role words agree on
   the country alone: their sector is the coder's guess ("masyarakat" is CVL in one report, NGO
   in the next);
   A recipient named by one report only is no disagreement when both reports name one known actor
   (a knowledge-base id: "Polri menetapkan tersangka" and "Polri menetapkan PT SSS sebagai
   tersangka");
4. their dates are compatible: the periods overlap within ``DATE_SLACK_DAYS`` (``2023-W30`` and
   ``2023-07-27`` overlap; ``2019`` and ``2023-07-27`` do not); an undated event is compatible.

One rule reads the reports' words (when ``fuse_events`` has the articles' texts) and comes
before steps 2 and 4, which rest on the coder's judgement of one report at a time:

5. a sentence two reports share (a reprinted or lightly edited paragraph: at least
   ``SHARED_SENTENCE_WORDS`` words, and a Jaccard similarity of their word sets of at least
   ``SHARED_SENTENCE_SIMILARITY``, so "..., ujarnya" and "..., kata Eka" are one sentence) tells
   one happening in both when the two events have one trigger word (a sentence can tell several
   happenings of one type: "X juga ditangkap KPK ... KPK telah menangkap 23 anggota DPR") and
   steps 1 and 3 hold, even when the coder marked it background in
   one report only or dated it differently: the fused event is background when either report's
   is, and the dates are kept in ``disagreements``.

An event joins the first fused event (in the order of articles by date and id, events by
position) whose first report it is compatible with, or one of whose reports shares its sentence
(rule 5), so the result does not depend on input order. Places, dates
and modes the reports give differently are kept in ``disagreements``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from typing import Any

from warta.events.output import place_name
from warta.records import ActorLink, Event, EventReport, FusedEvent

DATE_SLACK_DAYS = 1
SHARED_SENTENCE_WORDS = 8
"""A shared sentence of fewer words ("Polisi masih menyelidiki kasus itu.") can be two reports'
wording of two happenings."""
SHARED_SENTENCE_SIMILARITY = 0.8
"""Reprints change a word or two (the attribution, a name spelt out); two reports' own sentences
on one happening share far fewer of their words."""
_WORDS = re.compile(r"[^\W_]+")
BACKGROUND_DAYS = 30
"""An event dated wholly more than a month before its report is background to the news, whatever
the coder marked: news reports a happening within days, background recalls it."""
_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def period(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a TIMEX3 date value covers (None when it names no period)."""
    if not value:
        return None
    if "/" in value:
        left, right = (period(part) for part in value.split("/", 1))
        return (left[0], right[1]) if left and right else None
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _WEEK.match(value):
            first = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return first, first + dt.timedelta(days=6)
        if m := _MONTH.match(value):
            first = dt.date(int(m[1]), int(m[2]), 1)
            nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None


def dates_compatible(left: str | None, right: str | None) -> bool:
    a, b = period(left), period(right)
    if a is None or b is None:
        return True
    slack = dt.timedelta(days=DATE_SLACK_DAYS)
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def happening_type(event: Event) -> str:
    return event.base_type or event.type


def _countries(links: Sequence[ActorLink]) -> set[str]:
    return {link.country for link in links if link.country}


def _party_keys(links: Sequence[ActorLink]) -> tuple[set[str], set[str], set[str]]:
    """The actors' knowledge-base ids, their CAMEO codes with a sector, and the countries named
    without anything more specific."""
    ids: set[str] = set()
    codes: set[str] = set()
    bare: set[str] = set()
    for link in links:
        specific = False
        if link.actor_id and not link.actor_id.startswith("country:"):
            ids.add(link.actor_id)
            specific = True
        if link.code and link.code != link.country:
            codes.add(link.code)
            specific = True
        if not specific and link.country:
            bare.add(link.country)
    return ids, codes, bare


def _codes_agree(left: set[str], right: set[str]) -> bool:
    """A code agrees with itself and with its narrower codes (``RUSGOV`` and ``RUSGOVMIL``: the
    government and its military; ``IDNGOV`` and ``IDNLEG`` do not)."""
    return any(a.startswith(b) or b.startswith(a) for a in left for b in right)


def parties_agree(
    left: Sequence[ActorLink], right: Sequence[ActorLink], *, recipients: bool = False
) -> bool:
    """Step 3 of the module docstring for one side (actors, or ``recipients``)."""
    left_ids, left_codes, left_bare = _party_keys(left)
    right_ids, right_codes, right_bare = _party_keys(right)
    if left_ids & right_ids:
        return True  # one known actor, with or without a country (the UN: IGOUNO)
    shared = _countries(left) & _countries(right)
    if not shared:
        return False
    if left_ids and right_ids:
        return False  # two different known actors (Moeldoko, Jokowi)
    if recipients and not (left_ids or right_ids):
        return True  # role words: their sector is a guess ("masyarakat": CVL or NGO)
    return bool(_codes_agree(left_codes, right_codes) or (left_bare | right_bare) & shared)


def is_background(event: Event, published: str | None = None) -> bool:
    """Marked historical by the coder, or dated wholly ``BACKGROUND_DAYS`` before ``published``
    (the report's publication date)."""
    if event.historical:
        return True
    span, day = period(event.date), period(published)
    return bool(span and day and span[1] < day[0] - dt.timedelta(days=BACKGROUND_DAYS))


def compatible(
    left: Event,
    right: Event,
    *,
    left_background: bool | None = None,
    right_background: bool | None = None,
) -> bool:
    """Whether two events describe one happening (steps 1-4 of the module docstring); the
    background flags default to the coder's ``historical``."""
    if left_background is None:
        left_background = left.historical
    if right_background is None:
        right_background = right.historical
    if happening_type(left) != happening_type(right) or left_background != right_background:
        return False
    if not parties_agree(left.actors, right.actors):
        return False
    if not recipients_agree(left, right):
        return False
    return dates_compatible(left.date, right.date)


def recipients_agree(left: Event, right: Event) -> bool:
    """Step 3 for the recipients: both name none, they agree, or one names none and both events
    have one known actor."""
    if not left.recipients and not right.recipients:
        return True
    if left.recipients and right.recipients:
        return parties_agree(left.recipients, right.recipients, recipients=True)
    return bool(_party_keys(left.actors)[0] & _party_keys(right.actors)[0])


def sentence_words(event: Event, text: str | None) -> frozenset[str] | None:
    """The words of the event's sentence (casefolded), or None when the text is not known or the
    sentence is shorter than ``SHARED_SENTENCE_WORDS`` words (rule 5)."""
    if text is None or not 0 <= event.start < event.end <= len(text):
        return None
    words = _WORDS.findall(text[event.start : event.end].casefold())
    return frozenset(words) if len(words) >= SHARED_SENTENCE_WORDS else None


def shared_sentence(left: frozenset[str] | None, right: frozenset[str] | None) -> bool:
    """Rule 5: the two sentences are one (reprinted or lightly edited)."""
    if left is None or right is None:
        return False
    return len(left & right) >= SHARED_SENTENCE_SIMILARITY * len(left | right)


def _same_words(left: Event, right: Event) -> bool:
    """Rule 5 without the sentence: the type and the parties of a shared sentence agree."""
    return (
        happening_type(left) == happening_type(right)
        and parties_agree(left.actors, right.actors)
        and recipients_agree(left, right)
    )


def _precision(value: str | None) -> int:
    found = period(value)
    return (found[1] - found[0]).days if found else 10**6


def fuse_events(
    story_id: str,
    events: Mapping[str, Sequence[Event]],
    *,
    outlets: Mapping[str, str | None],
    days: Mapping[str, str | None] | None = None,
    texts: Mapping[str, str] | None = None,
) -> list[FusedEvent]:
    """Fuse the events of one story (``events``: article id → its events in text order;
    ``outlets`` and ``days``: article id → outlet and publication date; ``texts``: article id →
    text, for rules 5 and 6 of the module docstring)."""
    days = days or {}
    texts = texts or {}
    order = sorted(events, key=lambda a: (days.get(a) or "9999", a))
    ordered = [
        event
        for article_id in order
        for event in sorted(events[article_id], key=lambda e: (e.start, e.trigger_start, e.id))
    ]
    words = {e.id: sentence_words(e, texts.get(e.article_id)) for e in ordered}
    background = {e.id: is_background(e, days.get(e.article_id)) for e in ordered}
    shared: dict[str, set[str]] = {e.id: set() for e in ordered}
    by_type: dict[str, list[Event]] = {}
    for event in ordered:
        if words[event.id] is not None:
            by_type.setdefault(happening_type(event), []).append(event)
    for same_type in by_type.values():
        for n, left in enumerate(same_type):
            for right in same_type[n + 1 :]:
                if (
                    left.article_id != right.article_id
                    and left.trigger.casefold() == right.trigger.casefold()
                    and shared_sentence(words[left.id], words[right.id])
                    and _same_words(left, right)
                ):
                    shared[left.id].add(right.id)
                    shared[right.id].add(left.id)
    for event in ordered:  # a shared sentence is background when any report's is
        if background[event.id] and shared[event.id]:
            stack = [event.id]
            while stack:
                for other in shared[stack.pop()]:
                    if not background[other]:
                        background[other] = True
                        stack.append(other)
    groups: list[list[Event]] = []
    for event in ordered:
        for group in groups:
            if _joins(group, event, background, shared):
                group.append(event)
                break
        else:
            groups.append([event])
    return [_fused(story_id, group, outlets, background[group[0].id]) for group in groups]


def _joins(
    group: Sequence[Event],
    event: Event,
    background: Mapping[str, bool],
    shared: Mapping[str, set[str]],
) -> bool:
    """Whether ``event`` belongs to the fused event ``group`` (module docstring, steps 1-5)."""
    first = group[0]
    if compatible(
        first,
        event,
        left_background=background[first.id],
        right_background=background[event.id],
    ):
        return True
    return any(member.id in shared[event.id] for member in group)  # rule 5


def _fused(
    story_id: str, group: list[Event], outlets: Mapping[str, str | None], background: bool
) -> FusedEvent:
    reports = tuple(
        EventReport(
            event_id=e.id,
            article_id=e.article_id,
            outlet=outlets.get(e.article_id),
            sentence=e.sentence,
            start=e.start,
            end=e.end,
            type=e.type,
            mode=e.mode,
            date=e.date,
            place=place_name(e.location) if e.location else None,
            future=e.future,
        )
        for e in group
    )
    articles = sorted({r.article_id for r in reports})
    outlet_keys = {outlets.get(a) or f"unknown:{a}" for a in articles}
    disagreements: list[str] = []
    for name, values in (
        ("date", [(r.date, r.article_id) for r in reports]),
        ("place", [(r.place, r.article_id) for r in reports]),
        ("coded as", [(r.type + ("/future" if r.future else ""), r.article_id) for r in reports]),
    ):
        distinct = sorted({v for v, _ in values if v})
        if len(distinct) > 1:
            parts = [
                f"{v} [{', '.join(sorted({a[:8] for x, a in values if x == v}))}]" for v in distinct
            ]
            disagreements.append(f"{name}: " + " / ".join(parts))
    dates = [e.date for e in group if e.date]
    date = min(dates, key=lambda d: (_precision(d), d)) if dates else None
    places = sorted({r.place for r in reports if r.place})
    ident = hashlib.sha256("|".join(sorted(e.id for e in group)).encode()).hexdigest()[:16]
    return FusedEvent(
        id=f"f{ident}",
        story_id=story_id,
        type=happening_type(group[0]),
        actors=tuple(sorted(set().union(*(_countries(e.actors) for e in group)))),
        recipients=tuple(sorted(set().union(*(_countries(e.recipients) for e in group)))),
        date=date,
        place=places[0] if len(places) == 1 else None,
        historical=background,
        reports=reports,
        articles=len(articles),
        outlets=len(outlet_keys),
        disagreements=tuple(disagreements),
    )


def event_from_store_row(row: Mapping[str, Any]) -> Event:
    """An ``Event`` from its ``events`` table row (migration ``0003_events.sql``). The table keeps
    each actor's text, offsets, id, code, country and sectors: enough for fusion."""

    def link(item: Mapping[str, Any]) -> ActorLink:
        return ActorLink(
            text=item["text"],
            start=item["start"],
            end=item["end"],
            label="",
            actor_id=item.get("id"),
            name=item["text"],
            type="",
            code=item["code"],
            country=item.get("country") or "",
            sectors=tuple(item.get("sectors") or ()),
            confidence=0.0,
            method="store",
            evidence_start=item["start"],
            evidence_end=item["end"],
        )

    location = None
    if row.get("location"):
        location = ActorLink(
            text=row["location"],
            start=0,
            end=0,
            label="LOC",
            actor_id=None,
            name=row["location"],
            type="place",
            code=row.get("location_country") or "",
            country=row.get("location_country") or "",
            sectors=(),
            confidence=0.0,
            method="store",
            evidence_start=0,
            evidence_end=0,
        )
    return Event(
        id=row["id"],
        article_id=row["article_id"],
        sentence=row["sentence"],
        start=row["start"],
        end=row["end"],
        trigger_start=row["trigger_start"],
        trigger_end=row["trigger_end"],
        trigger=row["trigger"],
        type=row["type"],
        mode=row["mode"],
        contexts=tuple(json.loads(row["contexts"])),
        cameo=row["cameo"],
        quad_class=row["quad_class"],
        score=row["score"],
        actors=tuple(link(a) for a in json.loads(row["actors"])),
        recipients=tuple(link(r) for r in json.loads(row["recipients"])),
        location=location,
        date=row["date"],
        date_text=row["date_text"],
        date_source=row["date_source"],
        date_confidence=row["date_confidence"],
        base_type=row["base_type"],
        future=bool(row["future"]),
        negated=bool(row["negated"]),
        hypothetical=bool(row["hypothetical"]),
        historical=bool(row["historical"]),
        reported=bool(row["reported"]),
        confidence=row["confidence"],
    )


def fused_json(fused: FusedEvent) -> dict[str, Any]:
    """The JSON form of a fused event (store column ``record``, ``warta story --json``)."""
    return asdict(fused)
