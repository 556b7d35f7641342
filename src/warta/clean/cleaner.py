"""The page cleaner: keeps the article body, drops site chrome, and keeps every dropped span.

The source text is cut into segments (lines; comma-joined paragraphs of some corpora are cut at
their separators). Each segment is classified by a numbered cascade; the first rule that fires
names the reason. Before the body starts (``pre-body``):

1. pre-marked chrome (the HTML extractor did not keep it) → ``html_boilerplate``, or
   ``title``/``date_line`` when it is one (its dates are still candidates)
2. a line that is only a date → ``date_line`` (a date candidate: ``page_header`` before the
   title, ``byline`` after it or when labelled as the publication date)
3. chrome markers from ``boilerplate.tsv`` (widgets, ads, share, tags, captions, footer)
4. credit lines (``Penulis: …``, ``Editor: …``, ``(sya)``, ``Foto: …``) → ``credit``/``caption``
5. the title given by metadata, or the first headline-like line → ``title``
6. related-link headers → ``related_link``; section headers → ``section``
7. prose (``rules.is_prose``) starts the body; anything else → ``navigation``

In the body, after inline trims (leading ``- ``, trailing commas, trailing ``(bp)`` initials):

1. inside a trailing block (a section header or footer seen after the body started) → that block
2. credit lines → ``credit``/``caption``; chrome markers → their reason (a footer marker opens a
   trailing ``footer`` block)
3. a section header → ``trailing_section`` for it and everything after
4. related-link headers → ``related_link``; after a bare header, up to five headline lines too
5. date-only lines → ``date_line``
6. a paragraph seen before (normalised) → ``repeat``; the title again → ``title``; later, a
   paragraph found inside a longer one → ``repeat``
7. a short unpunctuated line → ``short_line``; an all-caps label → ``label``
8. otherwise kept.
Finally title-case headline lines left at the very end are teasers → ``trailing_teaser`` (not in
a record's body field, which holds no teasers).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from warta import dates, langdata
from warta.clean import metadata as meta
from warta.clean import rules
from warta.errors import Code, WartaError
from warta.records import Article, DateCandidate, RemovedSpan, Span
from warta.time.dct import choose_publication_date

STAGE = "clean"
MAX_TRAILING_TEASERS = 30
DATE_LINE_MIN_COVER = 0.6
"""A line is a date line when explicit dates cover most of its non-label characters (and it
does not end like a sentence: ``Jamal, Selasa (10/9/2019).`` is a piece of prose)."""
DATE_LINE_MAX_WORDS = 12

JOINT_MIN_LINE = 300
"""Comma joints are looked for only in long lines: a glued body, never a title or a caption."""
SEPARATOR = re.compile(r"""(?<=[.!?"”’]),+(?=[\"“‘'(\[]?[A-Z0-9])|\s*,{2,}\s*""")
"""Paragraph joints of corpora that glued paragraphs with commas (CLICK-ID: ``itu.,Hal``): a
comma with no space after a sentence end, or a run of commas. ``tema "X", lalu`` is prose."""
LEADING_RESIDUE = re.compile(r"(?:[-–—•·*]+\s+|[-–—]\s*(?=[A-Z])|,+\s*)")
TRAILING_COMMAS = re.compile(r"\s*,+\s*$")
_DATE_LABEL_NOISE = re.compile(
    r"\b[\w-]+\.(?:com|co|id|net)\b|\bWI[BT]A?\b|[|,:•·/()-]", re.IGNORECASE
)


@dataclass(slots=True)
class Segment:
    start: int
    end: int
    reason: str | None = None
    trims: list[RemovedSpan] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PageInput:
    """What the cleaner needs from a decoded page."""

    source: str
    raw_id: str
    text: str
    fields: Mapping[str, str] = field(default_factory=dict)
    url: str | None = None
    title_hint: str | None = None
    premarked: Sequence[tuple[int, int, str]] = ()
    """Spans already judged chrome (by the HTML extractor), with their reason."""
    date_candidates: Sequence[DateCandidate] = ()
    body_only: bool = False
    """The text is a body field (a record's ``content``): before the body, lines no rule
    recognises as chrome start the body instead of counting as navigation."""
    encoding: str | None = None
    warnings: tuple[str, ...] = ()


def segments(text: str) -> list[Segment]:
    """Non-blank lines (stripped), cut further at comma paragraph joints."""
    out: list[Segment] = []
    pos = 0
    for line in text.split("\n"):
        start = pos + (len(line) - len(line.lstrip()))
        end = pos + len(line.rstrip())
        pos += len(line) + 1
        if start >= end:
            continue
        piece_start = start
        joints = SEPARATOR.finditer(text, start, end) if end - start >= JOINT_MIN_LINE else ()
        for joint in joints:
            if joint.start() > piece_start:
                out.append(Segment(piece_start, joint.start()))
            piece_start = joint.end()
        if piece_start < end:
            out.append(Segment(piece_start, end))
    return out


def _trim(text: str, seg: Segment) -> str | None:
    """Inline trims: residue before the text, commas and editor initials after it.

    Returns the trimmed editor initials, if any."""
    initials = None
    lead = LEADING_RESIDUE.match(text, seg.start, seg.end)
    if lead and lead.end() < seg.end:
        seg.trims.append(RemovedSpan(seg.start, lead.end(), "residue"))
        seg.start = lead.end()
    piece = text[seg.start : seg.end]
    for pattern, reason in ((TRAILING_COMMAS, "separator"), (rules.TRAILING_INITIALS, "credit")):
        match = pattern.search(piece)
        if match and match.start() > 0:
            seg.trims.append(RemovedSpan(seg.start + match.start(), seg.end, reason))
            seg.end = seg.start + match.start()
            piece = text[seg.start : seg.end]
            if reason == "credit":
                initials = match["value"]
    return initials


@dataclass(slots=True)
class _State:
    title: str | None = None
    title_key: str | None = None
    body_started: bool = False
    trailing: str | None = None
    pending_related: int = 0
    seen: set[str] = field(default_factory=set)
    editors: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    candidates: list[DateCandidate] = field(default_factory=list)


def _date_line(text: str, seg: Segment, state: _State) -> bool:
    """Record a date-only line as a candidate; True if it is one."""
    line = text[seg.start : seg.end]
    if rules.word_count(line) > DATE_LINE_MAX_WORDS or line.rstrip().endswith((".", "?", "!")):
        return False
    found = list(dates.find_dates(line))
    if not found:
        return False
    labels = langdata.date_labels()
    lowered = line.lower()
    label_role = next((role for label, role in labels.items() if lowered.startswith(label)), None)
    rest = _DATE_LABEL_NOISE.sub(" ", line)
    for label in labels:
        rest = re.sub(rf"(?i)\b{re.escape(label)}\b", " ", rest)
    covered = sum(len(d.text) for d in found)
    remaining = len("".join(rest.split()))
    if covered < DATE_LINE_MIN_COVER * max(remaining, 1):
        return False
    first = found[0]
    value = first.iso()
    if value is None:
        return True  # a year-less date line is chrome; it cannot date the page by itself
    if first.time:
        value = f"{value}T{first.time}"
    if label_role == "updated":
        role = "updated"
    elif label_role == "published" or state.title is not None:
        role = "byline" if not state.body_started else "body_date_line"
    else:
        role = "page_header"
    state.candidates.append(
        DateCandidate(first.text, value, role, seg.start + first.start, seg.start + first.end)
    )
    return True


def _credit(text: str, seg: Segment, state: _State) -> str | None:
    found = rules.credits_in(text[seg.start : seg.end])
    if found is None:
        return None
    reason = "credit"
    for credit in found:
        if credit.role == "editor":
            state.editors.append(credit.value)
        elif credit.role == "author":
            state.authors.append(credit.value)
        elif credit.role == "source":
            state.sources.append(credit.value)
        elif credit.role == "outlet":
            state.outlets.append(credit.value)
        else:
            reason = "caption"
    return reason


def _is_title(line: str, state: _State, title_hint: str | None) -> bool:
    key = rules.normalise(line)
    if title_hint is not None:
        hint = rules.normalise(title_hint)
        return bool(key) and (
            key == hint or (len(key) > 20 and (hint.startswith(key) or key.startswith(hint)))
        )
    return (
        state.title is None
        and 3 <= rules.word_count(line) <= rules.TITLE_MAX_WORDS
        and not line.rstrip().endswith((".", ",", ":", ";", '."', ".”"))
        and meta.find_dateline(line) is None
    )


def _pre_body(text: str, seg: Segment, state: _State, page: PageInput) -> str | None:
    """Reason for a segment before the body starts; None when it starts the body."""
    line = text[seg.start : seg.end]
    markers = rules.markers()
    title_hint = page.title_hint
    if _date_line(text, seg, state):
        return "date_line"
    reason = markers.match(line)
    if reason:
        return reason
    credit = _credit(text, seg, state)
    if credit:
        return credit
    if (title_hint is not None or not page.body_only) and _is_title(line, state, title_hint):
        if state.title is None:
            state.title = title_hint or line
            state.title_key = rules.normalise(state.title)
        return "title"
    if markers.related_header(line):
        return "related_link"
    if markers.is_section(line):
        return "section"
    if page.body_only or rules.is_prose(line) or meta.find_dateline(line) is not None:
        return None
    return "navigation"


def _premarked_metadata(text: str, seg: Segment, state: _State, title_hint: str | None) -> None:
    """Chrome before the body still tells the title's place and the page's dates."""
    line = text[seg.start : seg.end]
    if _date_line(text, seg, state):
        seg.reason = "date_line"
    elif _credit(text, seg, state):
        seg.reason = "credit"
    elif title_hint is not None and _is_title(line, state, title_hint):
        seg.reason = "title"
        if state.title is None:
            state.title = title_hint
            state.title_key = rules.normalise(title_hint)


def _body(text: str, seg: Segment, state: _State) -> str | None:
    """Reason for a segment once the body has started; None to keep it."""
    if state.trailing:
        return state.trailing
    line = text[seg.start : seg.end]
    markers = rules.markers()
    credit = _credit(text, seg, state)
    if credit:
        return credit
    reason = markers.match(line)
    if reason:
        if reason == "footer":
            state.trailing = "footer"
        return reason
    if markers.is_section(line):
        state.trailing = "trailing_section"
        return "trailing_section"
    related = markers.related_header(line)
    if related:
        state.pending_related = rules.RELATED_FOLLOWERS if related == "bare" else 0
        return "related_link"
    if state.pending_related:
        if rules.is_teaser(line):
            state.pending_related -= 1
            return "related_link"
        state.pending_related = 0
    if _date_line(text, seg, state):
        return "date_line"
    key = rules.normalise(line)
    if key in state.seen:
        return "repeat"
    if state.title_key is not None and key == state.title_key:
        return "title"
    if rules.word_count(line) <= rules.SHORT_LINE_MAX_WORDS and not rules.ends_like_sentence(line):
        return "short_line"
    if rules.is_caps_label(line):
        return "label"
    state.seen.add(key)
    return None


def body_hash(text: str) -> str:
    """Identity of a body for exact-duplicate detection: case and spacing do not count."""
    key = " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def clean(page: PageInput) -> Article:
    """Clean one decoded page into an ``Article`` (raises ``WartaError`` W111 if no body)."""
    text = page.text
    state = _State()
    premarked = sorted(page.premarked)
    segs = segments(text)
    marked_index = 0
    for seg in segs:
        while marked_index < len(premarked) and premarked[marked_index][1] <= seg.start:
            marked_index += 1
        if marked_index < len(premarked) and premarked[marked_index][0] <= seg.start:
            seg.reason = premarked[marked_index][2]
            if not state.body_started:
                _premarked_metadata(text, seg, state, page.title_hint)
            continue
        initials = _trim(text, seg)
        if not state.body_started:
            seg.reason = _pre_body(text, seg, state, page)
            if seg.reason is None:
                state.body_started = True
                seg.reason = _body(text, seg, state)
        else:
            seg.reason = _body(text, seg, state)
        if seg.reason is None and initials:
            state.editors.append(initials)
    _restore_short_lines(text, segs)
    kept = [seg for seg in segs if seg.reason is None]
    _drop_contained_repeats(text, kept)
    kept = [seg for seg in kept if seg.reason is None]
    if not page.body_only:
        _drop_trailing_teasers(text, kept)
        kept = [seg for seg in kept if seg.reason is None]
    if not kept:
        raise WartaError(Code.W111_NO_ARTICLE_TEXT, f"{len(segs)} lines, all chrome")
    return _build(page, segs, kept, state)


CONTAINED_MIN_WORDS = 8
"""A paragraph this long found again inside another paragraph is a copy (a summary box, a
teaser of the lead, the lead without its dateline), not new text."""


def _drop_contained_repeats(text: str, kept: list[Segment]) -> None:
    keys = [rules.normalise(text[seg.start : seg.end]) for seg in kept]
    for index, key in enumerate(keys):
        if rules.word_count(key) < CONTAINED_MIN_WORDS:
            continue
        if any(
            j != index and len(other) > len(key) and key in other for j, other in enumerate(keys)
        ):
            kept[index].reason = "repeat"


SHORT_RUN_MAX = 12
"""A run of short lines between two paragraphs is a list or subheads; longer runs are menus."""


def _restore_short_lines(text: str, segs: list[Segment]) -> None:
    """Short lines between two kept paragraphs are content (list items, subheadings).

    Inside the body an unpunctuated short line is removed as ``short_line`` when first seen:
    after the body's end it is a tag or menu line. A run of them with kept prose on both sides
    is put back; a run touching any other chrome stays removed.
    """
    run: list[Segment] = []
    seen_kept = False
    for seg in segs:
        if seg.reason is None:
            if seen_kept and 0 < len(run) <= SHORT_RUN_MAX:
                for short in run:
                    short.reason = None
            run = []
            seen_kept = True
        elif seg.reason == "short_line" and seen_kept:
            run.append(seg)
        elif seg.reason not in {"whitespace"}:
            run = []
            seen_kept = seen_kept and seg.reason in {"repeat"}


def _drop_trailing_teasers(text: str, kept: list[Segment]) -> None:
    """Unpunctuated headline lines after the last sentence are teasers of other articles."""
    for dropped, seg in enumerate(reversed(kept[1:])):
        line = text[seg.start : seg.end]
        if (
            dropped >= MAX_TRAILING_TEASERS
            or rules.ends_like_sentence(line)
            or not rules.is_teaser(line)
        ):
            break
        seg.reason = "trailing_teaser"


def _build(page: PageInput, segs: list[Segment], kept: list[Segment], state: _State) -> Article:
    text = page.text
    removed: list[RemovedSpan] = []
    for seg in segs:
        if seg.reason is None:
            removed.extend(seg.trims)
        else:
            start = min([seg.start, *(t.start for t in seg.trims)])
            end = max([seg.end, *(t.end for t in seg.trims)])
            removed.append(RemovedSpan(start, end, seg.reason))
    removed = _fill_gaps(text, kept, removed)
    paragraphs: list[Span] = []
    pieces: list[str] = []
    offset = 0
    for seg in kept:
        piece = text[seg.start : seg.end]
        paragraphs.append(Span(offset, offset + len(piece)))
        pieces.append(piece)
        offset += len(piece) + 1
    body = "\n".join(pieces)
    first = pieces[0]
    dateline = meta.find_dateline(first)
    candidates = [*page.date_candidates, *state.candidates]
    if dateline is not None and dateline.tag:
        for found in dates.find_dates(dateline.tag):
            if found.iso():
                candidates.append(DateCandidate(found.text, found.iso() or "", "dateline"))
    reference = meta.reference_date(candidates)
    lead = [(seg.start, text[seg.start : seg.end]) for seg in kept]
    candidates += meta.lead_candidates(lead, reference)
    published, reason = choose_publication_date(
        candidates, "\n".join(pieces[: meta.LEAD_PARAGRAPHS]), estimate=False
    )
    page_date = next((c.value[:10] for c in candidates if c.role == "page_header"), None)
    outlets = langdata.outlets()
    outlet = (
        outlets.from_url(page.url)
        or outlets.from_url(page.fields.get("outlet"))
        or outlets.from_tag(page.fields.get("outlet"))
        or (outlets.from_tag(dateline.tag) if dateline and dateline.tag else None)
        or (outlets.from_url(dateline.tag) if dateline and dateline.tag else None)
        or (state.outlets[0] if state.outlets else None)
        or (dateline.tag if dateline and dateline.tag and "." in dateline.tag else None)
    )
    authors = list(state.authors)
    if page.fields.get("author"):
        authors.insert(0, page.fields["author"])
    article = Article(
        id="",
        raw_id=page.raw_id,
        source=page.source,
        source_text=text,
        text=body,
        paragraphs=tuple(paragraphs),
        source_spans=tuple(Span(seg.start, seg.end) for seg in kept),
        removed=tuple(removed),
        title=state.title or page.title_hint,
        url=page.url,
        outlet=outlet,
        dateline=dateline,
        authors=tuple(dict.fromkeys(authors)),
        editors=tuple(dict.fromkeys(state.editors)),
        cited_sources=tuple(dict.fromkeys([*meta.cited_sources(pieces), *state.sources])),
        date_candidates=tuple(candidates),
        published=published,
        published_reason=reason if published else None,
        page_date=page_date,
        encoding=page.encoding,
        warnings=page.warnings,
        body_hash=body_hash(body),
    )
    return replace(article, id=article_id(page.raw_id, page.source))


def article_id(raw_id: str, source: str) -> str:
    """Stable id: the raw content hash (same page, same id, wherever it was read)."""
    del source
    return raw_id[:16]


def _fill_gaps(text: str, kept: list[Segment], removed: list[RemovedSpan]) -> list[RemovedSpan]:
    """Removed spans for everything between kept and removed segments (whitespace, joints)."""
    covered = sorted([(s.start, s.end) for s in kept] + [(r.start, r.end) for r in removed])
    out = list(removed)
    pos = 0
    for start, end in covered:
        if start > pos:
            gap = text[pos:start]
            out.append(RemovedSpan(pos, start, "whitespace" if not gap.strip() else "separator"))
        pos = max(pos, end)
    if pos < len(text):
        gap = text[pos:]
        out.append(RemovedSpan(pos, len(text), "whitespace" if not gap.strip() else "separator"))
    out.sort(key=lambda r: (r.start, r.end))
    return out
