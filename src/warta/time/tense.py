"""Tense and aspect per clause, and the time expression that governs a span.

Indonesian marks tense with auxiliaries (``akan`` future, ``telah`` past, ``sedang`` ongoing),
listed in ``lang/id/time_tense.tsv``. Sentences are split on line breaks and on ``.!?`` before
a capital or quote; clauses are split inside a sentence on ``;`` ``,`` ``:`` and dashes.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from warta.langdata import read_rows
from warta.records import TimeExpression
from warta.time import lexicon

_SENTENCE_END = re.compile(r"\n+|[.!?][\"”’')]?(?:\s+|,)(?=[A-Z\"“‘(])")
"""Line breaks, and ``.!?`` before a capital or quote after a space or a comma (CLICK-ID joins
paragraphs with commas: ``parah.,Kini``)."""
_CLAUSE_END = re.compile(r"\s*(?:[;:,]|\s[-–—]\s)\s*")

ANCHORING_TYPES = frozenset({"DATE", "TIME"})
"""Expression types that can govern an event (durations and sets say how long or how often)."""


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    tense: str | None
    """``future``, ``past``, ``ongoing`` or None (no marker: news narrative defaults to past)."""
    marker: str | None


@cache
def _marker_pattern() -> re.Pattern[str]:
    alternation = lexicon.trie_regex(lexicon.tense_markers())
    return re.compile(r"(?<!\w)(" + alternation + r")(?!\w)", re.IGNORECASE)


def _split(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = start
    for match in pattern.finditer(text, start, end):
        if match.start() > pos:
            spans.append((pos, match.start()))
        pos = match.end()
    if pos < end:
        spans.append((pos, end))
    return spans


_INITIAL = re.compile(r"(?:^|[^\w.])(?:[A-Z]\.)+$")
"""A name's initials just before a period (``Neta S. Pane``, ``K.H. Ma'ruf``)."""


@cache
def _titles() -> frozenset[str]:
    """Dotted titles written before a name or number (``abbreviations.tsv`` kind ``title``:
    ``Dr.``, ``Jl.``, ``No.``), which never end a sentence."""
    return frozenset(form for form, kind, _ in read_rows("abbreviations.tsv", 3) if kind == "title")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text``; the period of an initial or of a title
    before a name ends none."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in _SENTENCE_END.finditer(text):
        if text[match.start()] == ".":
            head = text[max(pos, match.start() - 12) : match.start() + 1]
            word = head.split()[-1] if head.split() else ""
            if _INITIAL.search(head) or word.lstrip("(") in _titles():
                continue
        if match.start() > pos:
            spans.append((pos, match.start()))
        pos = match.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


class _Analysis:
    """Sentence starts of a text, and the tense markers of each sentence once asked for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = tuple(s for s, _ in sentences(text)) or (0,)
        self._markers: dict[int, list[tuple[int, str, str]]] = {}
        self._all: list[int] | None = None

    def sentence_markers(self, start: int, end: int) -> list[tuple[int, str, str]]:
        found = self._markers.get(start)
        if found is None:
            found = self._markers[start] = markers(self.text, start, end)
        return found

    def marker_offsets(self) -> list[int]:
        if self._all is None:
            self._all = [offset for offset, _, _ in markers(self.text)]
        return self._all


@lru_cache(maxsize=4)
def _analysis(text: str) -> _Analysis:
    """The analysis of ``text``, made once per text (the tagger asks about several spans of the
    same article in a row)."""
    return _Analysis(text)


def sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The sentence containing offset ``pos``."""
    starts = _analysis(text).starts
    index = max(bisect_right(starts, pos) - 1, 0)
    start = starts[index]
    end = starts[index + 1] if index + 1 < len(starts) else len(text)
    return start, end


def markers(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, str, str]]:
    """Tense markers in ``text[start:end]``: ``(offset, marker, tense)``."""
    table = lexicon.tense_markers()
    out = []
    for match in _marker_pattern().finditer(text, start, len(text) if end is None else end):
        word = " ".join(match.group(1).lower().split())
        tense = table[word]
        if tense != "none":
            out.append((match.start(), word, tense))
    return out


def clauses(text: str) -> list[Clause]:
    """Clauses of ``text`` with the tense of their first marker."""
    out = []
    for s_start, s_end in sentences(text):
        for start, end in _split(_CLAUSE_END, text, s_start, s_end):
            found = markers(text, start, end)
            tense, marker = (found[0][2], found[0][1]) if found else (None, None)
            out.append(Clause(start, end, tense, marker))
    return out


def tense_at(text: str, start: int, end: int | None = None) -> str | None:
    """Tense governing ``text[start:end]``.

    Heuristic, in order: 1. the marker nearest to the span within its clause; 2. the marker
    nearest to the span within its sentence; 3. None (no marker).
    """
    end = start if end is None else end
    s_start, s_end = sentence_at(text, start)
    found = _analysis(text).sentence_markers(s_start, s_end)
    if not found:
        return None
    clause_spans = _split(_CLAUSE_END, text, s_start, s_end)
    clause = next(((a, b) for a, b in clause_spans if a <= start <= b), (s_start, s_end))
    in_clause = [m for m in found if clause[0] <= m[0] < clause[1]]
    pool = in_clause or found
    return min(pool, key=lambda m: abs(m[0] - start) if m[0] < start else m[0] - end)[2]


def governing_time(
    expressions: Sequence[TimeExpression], text: str, start: int, end: int
) -> TimeExpression | None:
    """The DATE/TIME expression that governs ``text[start:end]`` (an event trigger, a clause).

    Heuristics, in order:
      1. an expression overlapping the span;
      2. the nearest expression in the same clause (preceding wins a tie);
      3. the nearest preceding expression in the same sentence, else the nearest following one;
    a following expression is skipped in 2 and 3 when a tense marker stands between the span
    and it (``mengatakan delegasi akan berkunjung pada X``: X dates the visit, not the saying);
      4. the nearest preceding expression in the same paragraph (line);
      5. None: the caller falls back to the publication date.
    Durations and sets never govern (they say how long or how often, not when).
    """
    candidates = [e for e in expressions if e.type in ANCHORING_TYPES]
    for expression in candidates:
        if expression.start < end and start < expression.end:
            return expression
    marker_offsets = _analysis(text).marker_offsets()

    def reachable(expression: TimeExpression) -> bool:
        if expression.end <= start:
            return True
        low = bisect_left(marker_offsets, end)
        return low >= len(marker_offsets) or marker_offsets[low] >= expression.start

    candidates = [e for e in candidates if reachable(e)]

    def distance(expression: TimeExpression) -> tuple[int, int]:
        if expression.end <= start:
            return (start - expression.end, 0)
        return (expression.start - end, 1)

    s_start, s_end = sentence_at(text, start)
    in_sentence = [e for e in candidates if s_start <= e.start and e.end <= s_end]
    clause = next(
        ((a, b) for a, b in _split(_CLAUSE_END, text, s_start, s_end) if a <= start <= b),
        (s_start, s_end),
    )
    in_clause = [e for e in in_sentence if clause[0] <= e.start and e.end <= clause[1]]
    if in_clause:
        return min(in_clause, key=distance)
    preceding = [e for e in in_sentence if e.end <= start]
    if preceding:
        return max(preceding, key=lambda e: e.end)
    following = [e for e in in_sentence if e.start >= end]
    if following:
        return min(following, key=lambda e: e.start)
    p_start = text.rfind("\n", 0, start) + 1
    in_paragraph = [e for e in candidates if p_start <= e.start and e.end <= start]
    if in_paragraph:
        return max(in_paragraph, key=lambda e: e.end)
    return None
