"""Every record Warta passes between stages, in one place.

The flow is ``Page`` (raw input, unmodified) → ``Article`` (clean text, frozen) → annotations
that are spans into ``Article.text``. Records are frozen dataclasses; a stage that adds
information returns a new record (``dataclasses.replace``) rather than mutating one.

A document that leaves the flow does so as ``Filtered`` (a deliberate decision with a reason,
e.g. an exact duplicate) or ``Quarantined`` (bad input, with an error code and the full raw
input), so that every run can account for every document it read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field


def sha256_hex(data: bytes) -> str:
    """Content hash used as the identity of raw documents."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True, slots=True)
class Page:
    """One raw document exactly as read: a file, a JSONL line, a CSV row or a WARC response.

    ``raw`` is never modified. ``fields`` holds metadata that came *with* the document from its
    container (a JSONL/CSV field mapping, WARC headers, the file name), not anything derived.
    """

    source: str
    """Where it came from: a path, ``path:line`` for JSONL/CSV, ``path#record`` for WARC."""
    raw: bytes
    kind: str
    """How to read ``raw``: ``text``, ``html`` or ``record`` (a JSON object of fields)."""
    fields: Mapping[str, str] = field(default_factory=dict)
    url: str | None = None

    @property
    def raw_id(self) -> str:
        return sha256_hex(self.raw)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)``."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class RemovedSpan:
    """A range of the source text that the cleaner dropped, and why."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True, slots=True)
class DateCandidate:
    """A date found on the page, with the role it plays there.

    Roles: ``metadata`` (a field of the container or an HTML meta tag), ``url``,
    ``page_header`` (a date line of the site's chrome, often the crawl day), ``dateline``,
    ``lead`` (an explicit date in the first body paragraphs), ``lead_weekday`` (a year-less
    weekday date resolved by its weekday).
    """

    text: str
    value: str
    """ISO date ``YYYY-MM-DD`` (or ``YYYY-MM-DDTHH:MM`` when a time is known)."""
    role: str
    start: int | None = None
    end: int | None = None
    """Offsets into the source text, when the candidate was read from it."""


@dataclass(frozen=True, slots=True)
class Dateline:
    """The dateline that opens a news body: ``JAKARTA, KOMPAS.com -`` → place and outlet tag."""

    place: str | None
    tag: str | None
    start: int
    end: int
    """Offsets into ``Article.text``."""


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article. ``text`` is frozen: all later annotations are spans into it.

    ``text`` is the kept paragraphs joined by a newline. Each paragraph is an exact substring of
    ``source_text`` (the decoded page) at ``source_spans[i]``; together with ``removed`` they
    cover ``source_text`` exactly, so the page can be rebuilt (``rebuild_source``).
    """

    id: str
    raw_id: str
    source: str
    source_text: str
    text: str
    paragraphs: tuple[Span, ...]
    source_spans: tuple[Span, ...]
    removed: tuple[RemovedSpan, ...]
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    dateline: Dateline | None = None
    authors: tuple[str, ...] = ()
    editors: tuple[str, ...] = ()
    cited_sources: tuple[str, ...] = ()
    date_candidates: tuple[DateCandidate, ...] = ()
    published: str | None = None
    published_reason: str | None = None
    page_date: str | None = None
    language: str | None = None
    language_confidence: float | None = None
    encoding: str | None = None
    warnings: tuple[str, ...] = ()
    """Coded notes about repairs made on the way (``W105 ...``); never silent."""
    body_hash: str = ""
    duplicate_of: str | None = None
    dct: str | None = None
    dct_reason: str | None = None
    """Set by the ``time`` stage: the date relative expressions were resolved against
    (``published``, else an estimate from the date candidates), and why."""
    time_expressions: tuple[TimeExpression, ...] = ()
    """Set by the ``time`` stage: spans into ``text`` with TIMEX3 values."""
    events: tuple[Event, ...] = ()
    """Set by the ``events`` stage: coded PLOVER/CAMEO events, spans into ``text``."""
    actors: tuple[ActorLink, ...] = ()
    """Set by the ``actors`` stage: linked and coded actor mentions, spans into ``text``."""

    def paragraph_texts(self) -> list[str]:
        return [self.text[p.start : p.end] for p in self.paragraphs]


def rebuild_source(article: Article) -> str:
    """Rebuild the decoded page from the kept paragraphs and the removed spans."""
    pieces: list[tuple[int, int, str]] = [
        (s.start, s.end, article.text[p.start : p.end])
        for s, p in zip(article.source_spans, article.paragraphs, strict=True)
    ]
    pieces += [(r.start, r.end, article.source_text[r.start : r.end]) for r in article.removed]
    pieces.sort()
    return "".join(piece for _, _, piece in pieces)


@dataclass(frozen=True, slots=True)
class Filtered:
    """A document deliberately not passed on, with the stage and a coded reason.

    ``article`` is set when the document was cleaned before it was filtered (another language):
    the store keeps it, flagged, but the later stages do not see it."""

    source: str
    stage: str
    code: str
    reason: str
    raw_id: str | None = None
    article: Article | None = None


@dataclass(frozen=True, slots=True)
class Quarantined:
    """A document that failed: stage, error code, message and the full raw input."""

    source: str
    stage: str
    code: str
    message: str
    raw: bytes | None = None

    @property
    def raw_id(self) -> str | None:
        return sha256_hex(self.raw) if self.raw is not None else None


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression in ``Article.text`` with a TIMEX3-style value.

    ``type`` is ``DATE``, ``TIME``, ``DURATION`` or ``SET``. ``value`` follows TIMEX3/ISO 8601:
    ``2023-07-27``, ``2023-07``, ``2023``, ``2023-W30``, ``2023-07-25TNI``,
    ``2023-07-25T10:00+07:00``, ranges ``2023-07-25/2023-07-27``, durations ``P3Y``/``PXD``,
    sets ``P1Y``, references ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``, and ``X`` for what
    cannot be known (``XXXX-07-27``). ``anchor`` is the date the value was resolved against
    (the publication date, or another expression's date), None when nothing was resolved.
    """

    text: str
    start: int
    end: int
    type: str
    value: str
    anchor: str | None = None
    mod: str | None = None
    """TIMEX3 modifier: ``START``/``MID``/``END`` (``awal``/``pertengahan``/``akhir``)."""

    @property
    def expr(self) -> str:
        return self.text


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity mention: a span of ``Article.text`` with its label (``PER``, ``ORG``, ``LOC``).

    Produced by a named-entity model or by the actor stage's own gazetteer finder.
    """

    text: str
    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class ActorRole:
    """A CAMEO actor code held over a period (ISO dates, inclusive; None = open)."""

    code: str
    start: str | None = None
    end: str | None = None
    office: str | None = None
    """``ISO3:office`` (``RUS:defence-minister``) when the role is a single-holder office."""


@dataclass(frozen=True, slots=True)
class Actor:
    """An entry of the actor knowledge base: a person, organisation, country or place."""

    id: str
    name: str
    type: str
    """``person``, ``organisation``, ``country``, ``place`` or ``group``."""
    aliases: tuple[str, ...] = ()
    roles: tuple[ActorRole, ...] = ()
    default_code: str | None = None
    """Code used when no dated role covers the date (countries, organisations)."""
    source: str = ""


@dataclass(frozen=True, slots=True)
class ActorLink:
    """A mention linked to an actor, with the codes that hold on the event date.

    ``code`` is the CAMEO actor code (``RUSGOVMIL``); ``country`` (ISO-3) and ``sectors``
    (``("GOV", "MIL")``) are its PLOVER reading. ``actor_id`` is None for a mention coded from
    its role words alone. ``evidence_start``/``evidence_end`` cover the text the code rests on
    (the mention with its title or apposition).
    """

    text: str
    start: int
    end: int
    label: str
    actor_id: str | None
    name: str
    type: str
    code: str
    country: str
    sectors: tuple[str, ...]
    confidence: float
    method: str
    evidence_start: int
    evidence_end: int
    learned: bool = False


@dataclass(frozen=True, slots=True)
class NearDuplicate:
    """An article that nearly duplicates another (a reprint, a syndicated or lightly edited
    copy): ``canonical_id`` is the copy kept as the original of its group (earliest published,
    then longest, then smallest id) and ``similarity`` their estimated Jaccard similarity."""

    article_id: str
    canonical_id: str
    similarity: float


@dataclass(frozen=True, slots=True)
class Story:
    """Articles about one real-world happening, across outlets and days.

    ``id`` is derived from the earliest member (publication date, then article id), so it does
    not depend on the order articles arrived in. ``label`` is the key event in words when events
    are known, else the headline words the members share most. ``articles`` are member ids in
    publication order; ``outlets`` the distinct outlets; ``first_report``/``last_report`` ISO
    publication dates.
    """

    id: str
    label: str
    articles: tuple[str, ...]
    outlets: tuple[str, ...]
    first_report: str | None
    last_report: str | None
    near_duplicates: tuple[NearDuplicate, ...] = ()


@dataclass(frozen=True, slots=True)
class Event:
    """A coded event: who did what to whom, when and where, as spans into ``Article.text``.

    ``type`` is the PLOVER event type (``AGREE`` ... ``ASSAULT``), ``mode`` and ``contexts`` its
    PLOVER mode and contexts, ``cameo`` the CAMEO event code. ``actors``/``recipients`` are the
    linked mentions (several for a compound or reciprocal actor). ``date`` is the TIMEX3 value of
    the governing time expression (``2023-07-25/2023-07-27``, ``2019``) or the publication date
    when ``date_source`` is ``published``; None when nothing dates a historical event.
    ``base_type`` is the type the predicate names when modality changed it (a planned visit is
    coded ``AGREE`` with ``base_type`` ``CONSULT``).
    """

    id: str
    article_id: str
    sentence: int
    start: int
    end: int
    """The sentence the event was coded from (``event_text``)."""
    trigger_start: int
    trigger_end: int
    trigger: str
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    cameo: str
    quad_class: int
    score: float
    actors: tuple[ActorLink, ...]
    recipients: tuple[ActorLink, ...] = ()
    location: ActorLink | None = None
    date: str | None = None
    date_text: str | None = None
    date_source: str = "published"
    """``time`` (a governing expression), ``context`` (the one historical date of the
    paragraph or sentence a background event continues, or the last day-precise date of the
    story before an undated event), ``published`` (the article date) or ``none``."""
    date_confidence: float = 0.5
    base_type: str | None = None
    future: bool = False
    negated: bool = False
    hypothetical: bool = False
    historical: bool = False
    reported: bool = False
    speaker: ActorLink | None = None
    confidence: float = 0.5


@dataclass(frozen=True, slots=True)
class EventReport:
    """One report of a fused event: the coded event, its article, outlet and sentence."""

    event_id: str
    article_id: str
    outlet: str | None
    sentence: int
    start: int
    end: int
    """The sentence, as offsets into the article's text."""
    type: str
    mode: str | None
    date: str | None
    place: str | None
    future: bool = False


@dataclass(frozen=True, slots=True)
class FusedEvent:
    """Events of one story's articles that describe the same happening, fused.

    ``type`` is the happening's PLOVER type (a planned visit, coded ``AGREE`` with base type
    ``CONSULT``, fuses with the visit itself); ``actors``/``recipients`` the country codes of the
    reports; ``date`` the most precise date the reports agree on. ``reports`` lists every
    supporting article, outlet and sentence; ``articles`` and ``outlets`` count them (an article
    with no known outlet counts as an outlet of its own). ``disagreements`` keep visible what the
    reports do not agree on (``date: 2023-W30 [e40efed8] / 2023-07-27 [4e5d3ba9]``).
    ``historical``: background events fuse only with the same background event.
    """

    id: str
    story_id: str
    type: str
    actors: tuple[str, ...]
    recipients: tuple[str, ...]
    date: str | None
    place: str | None
    historical: bool
    reports: tuple[EventReport, ...]
    articles: int
    outlets: int
    disagreements: tuple[str, ...] = ()
