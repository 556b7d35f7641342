"""Event records out: PLOVER JSON, flat CSV rows and GDELT-style rows.

PLOVER JSON follows the field table of the PLOVER 2.0 manual (``id``, ``date``, ``enddate``,
``actor``, ``recipient``, ``event``, ``mode``, ``context``, ``event_loc``, ``event_text``,
``quad_code``, ``event_scale``, ``text_info``, ``cite_info``, ``coder``, ``codebook``) plus
Warta's ``cameo``, ``flags`` (``future``, ``negated``, ``hypothetical``, ``historical``,
``reported``), ``speaker``, ``date_value`` (the TIMEX3 value), ``date_source`` and
``confidence``. Offsets in ``text_info`` index ``Article.text``.
"""

from __future__ import annotations

import json
from typing import Any

from warta.events.coder import CODEBOOK, CODER, plover_date, plover_end_date
from warta.records import ActorLink, Article, Event

CSV_FIELDS = (
    "id",
    "article_id",
    "date",
    "date_value",
    "date_source",
    "actor",
    "actor_text",
    "event",
    "mode",
    "context",
    "cameo",
    "quad_code",
    "event_scale",
    "recipient",
    "recipient_text",
    "location",
    "location_country",
    "future",
    "negated",
    "hypothetical",
    "historical",
    "reported",
    "speaker",
    "sentence",
    "start",
    "end",
    "trigger",
    "url",
)
GDELT_FIELDS = (
    "GLOBALEVENTID",
    "SQLDATE",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "PloverScale",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "SOURCEURL",
)
"""A subset of the GDELT 2.0 event columns; ``PloverScale`` replaces ``GoldsteinScale``
(Warta codes PLOVER scores, not Goldstein's)."""


def entity_json(link: ActorLink) -> dict[str, Any]:
    """A PLOVER entity object: country code, sector codes, text, identifier, CAMEO code."""
    return {
        "code": link.country,
        "sector": list(link.sectors),
        "cameo": link.code,
        "entity_text": link.text,
        "identifier_id": link.actor_id,
        "identifier_text": link.name,
        "start": link.start,
        "end": link.end,
    }


def place_name(location: ActorLink) -> str:
    """The place an event location names: the city of a landmark (``Gedung KPK`` → Jakarta),
    else the words of the text."""
    return location.name if location.method == "landmark" else location.text


def to_plover(event: Event, article: Article) -> dict[str, Any]:
    """The PLOVER JSON object of ``event`` (coded from ``article``)."""
    location = event.location
    return {
        "id": event.id,
        "date": plover_date(event.date),
        "enddate": plover_end_date(event.date),
        "date_value": event.date,
        "date_source": event.date_source,
        "actor": [entity_json(a) for a in event.actors],
        "recipient": [entity_json(r) for r in event.recipients],
        "event": [event.type],
        "mode": [event.mode] if event.mode else [],
        "context": list(event.contexts),
        "cameo": event.cameo,
        "quad_code": event.quad_class,
        "event_scale": event.score,
        "event_loc": None
        if location is None
        else {
            "name": place_name(location),
            "text": location.text,
            "country_code": location.country,
            "identifier_id": location.actor_id,
            "start": location.start,
            "end": location.end,
        },
        "event_text": [article.text[event.start : event.end]],
        "text_info": {
            "sequence": event.sentence,
            "start": event.start,
            "end": event.end,
            "trigger": event.trigger,
            "trigger_start": event.trigger_start,
            "trigger_end": event.trigger_end,
        },
        "cite_info": {
            "url": article.url,
            "title": article.title,
            "publication": article.outlet,
            "language": article.language or "id",
            "citation": article.source,
            "article_id": article.id,
        },
        "flags": {
            "future": event.future,
            "negated": event.negated,
            "hypothetical": event.hypothetical,
            "historical": event.historical,
            "reported": event.reported,
        },
        "base_event": event.base_type,
        "speaker": None if event.speaker is None else entity_json(event.speaker),
        "confidence": event.confidence,
        "coder": CODER,
        "codebook": CODEBOOK,
    }


def _codes(links: tuple[ActorLink, ...]) -> str:
    return "|".join(link.code for link in links)


def to_row(event: Event, article: Article) -> dict[str, Any]:
    """A flat row (``CSV_FIELDS``)."""
    return {
        "id": event.id,
        "article_id": event.article_id,
        "date": plover_date(event.date),
        "date_value": event.date,
        "date_source": event.date_source,
        "actor": _codes(event.actors),
        "actor_text": "|".join(a.text for a in event.actors),
        "event": event.type,
        "mode": event.mode or "",
        "context": "|".join(event.contexts),
        "cameo": event.cameo,
        "quad_code": event.quad_class,
        "event_scale": event.score,
        "recipient": _codes(event.recipients),
        "recipient_text": "|".join(r.text for r in event.recipients),
        "location": place_name(event.location) if event.location else "",
        "location_country": event.location.country if event.location else "",
        "future": int(event.future),
        "negated": int(event.negated),
        "hypothetical": int(event.hypothetical),
        "historical": int(event.historical),
        "reported": int(event.reported),
        "speaker": event.speaker.code if event.speaker else "",
        "sentence": event.sentence,
        "start": event.start,
        "end": event.end,
        "trigger": event.trigger,
        "url": article.url or article.source,
    }


def to_gdelt(event: Event, article: Article) -> list[str]:
    """One row per (first actor, first recipient) in the ``GDELT_FIELDS`` order."""
    actor = event.actors[0]
    recipient = event.recipients[0] if event.recipients else None
    date = plover_date(event.date) or ""
    return [
        event.id,
        date.replace("-", ""),
        actor.code,
        actor.name,
        actor.country,
        recipient.code if recipient else "",
        recipient.name if recipient else "",
        recipient.country if recipient else "",
        "1" if event.sentence == 0 else "0",
        event.cameo,
        event.cameo[:3],
        event.cameo[:2],
        str(event.quad_class),
        str(event.score),
        place_name(event.location) if event.location else "",
        event.location.country if event.location else "",
        article.url or article.source,
    ]


def _link_json(link: ActorLink) -> dict[str, Any]:
    return {
        "text": link.text,
        "start": link.start,
        "end": link.end,
        "id": link.actor_id,
        "code": link.code,
        "country": link.country,
        "sectors": list(link.sectors),
    }


def store_row(event: Event, n: int, run_id: str) -> dict[str, Any]:
    """The ``events`` table row of ``event`` (migration ``0003_events.sql``), ``n`` its order
    in the article. Keys are the table's columns."""
    return {
        "id": event.id,
        "article_id": event.article_id,
        "n": n,
        "sentence": event.sentence,
        "start": event.start,
        "end": event.end,
        "trigger_start": event.trigger_start,
        "trigger_end": event.trigger_end,
        "trigger": event.trigger,
        "type": event.type,
        "mode": event.mode,
        "contexts": json.dumps(list(event.contexts)),
        "cameo": event.cameo,
        "quad_class": event.quad_class,
        "score": event.score,
        "actor_codes": json.dumps([a.code for a in event.actors]),
        "actors": json.dumps([_link_json(a) for a in event.actors], ensure_ascii=False),
        "recipient_codes": json.dumps([r.code for r in event.recipients]),
        "recipients": json.dumps([_link_json(r) for r in event.recipients], ensure_ascii=False),
        "location": place_name(event.location) if event.location else None,
        "location_country": event.location.country if event.location else None,
        "date": event.date,
        "date_text": event.date_text,
        "date_source": event.date_source,
        "date_confidence": event.date_confidence,
        "base_type": event.base_type,
        "future": event.future,
        "negated": event.negated,
        "hypothetical": event.hypothetical,
        "historical": event.historical,
        "reported": event.reported,
        "speaker_code": event.speaker.code if event.speaker else None,
        "confidence": event.confidence,
        "run_id": run_id,
    }
