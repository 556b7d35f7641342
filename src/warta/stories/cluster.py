"""Stories: articles about one happening, clustered across outlets and days without comparing
all pairs.

``StoryClusterer.add`` places one article (its ``Signature``):

1. Blocking: the article's ``BLOCK_KEYS`` heaviest terms and keys (TF-IDF) look up an inverted
   index of the articles seen within ``WINDOW_DAYS`` days (the latest ``MAX_POSTINGS`` of each
   key); only articles that share one of them are candidates. The index keeps the window only
   (``prune``), so memory stays flat over time.
2. Scoring: cosine similarity of the two TF-IDF vectors (lead words, title words ``TITLE_WEIGHT``
   times, actor, place and date keys ``KEY_WEIGHT`` times). A story's score mixes its best
   candidate's cosine with the cosine to the story's centroid (``CENTROID_SHARE``).
3. Span: a story with ``SPAN_MIN_DOCS`` reports or more takes no article published more than
   ``MAX_SPAN_DAYS`` after its first report; a smaller story takes such a late article only
   with a score of at least ``LATE_JOIN``.
4. Joining: the article joins the best story scoring at least ``threshold`` (``JOIN``; for a
   late article ``LATE_JOIN``), else it founds a new one.
5. Merging: a story the article linked to (step 2, within the span) and the article's story
   become one when the two centroids' cosine is at least ``MERGE``: reports of one happening that
   founded two stories. A single strong link never merges stories (the centroids must agree),
   which keeps a busy topic (the KPK law, the protests) from chaining its happenings into one.
6. Consolidation (``consolidate``, at the end of each day of a stream and of every run): the
   step-5 test again, for the links of the day's articles (at least ``JOIN``) to stories they did
   not join, with the centroids as they are now: two stories of one happening that grew apart
   the same day merge once their later reports make their centroids agree. A merge that would
   break the span of step 3 is not made.

The constants were tuned on ``eval/stories`` (README: the grid and the scores).

``build`` sorts the articles by publication date, then id, before adding them, so the stories
and their ids do not depend on input order. A story's id is ``s`` + the id of its earliest member
(publication date, then article id). Later runs seed the clusterer with the stored articles of
the window (``seed``) and add only the new ones: existing stories grow, nothing is re-clustered.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from warta.records import Story
from warta.stories.features import Signature, Weights, cosine, terms_of

WINDOW_DAYS = 3
"""Reports of one happening in CLICK-ID come within a few days; a follow-up a week later is a
new development (and a new story)."""
BLOCK_KEYS = 5
MAX_POSTINGS = 50
"""Only the latest articles of a block are read: a word heavy in hundreds of articles of the
window (``habibie`` on 11 September) is a topic, and the story is among the latest reports."""
JOIN = 0.3
"""Score from which an article joins a story."""
MAX_SPAN_DAYS = 1
"""A story takes no article published more than this many days after its first report: a busy
topic goes on for weeks, and its later developments are stories of their own..."""
SPAN_MIN_DOCS = 3
"""...once it has this many reports; a story few outlets carried takes late reports within the
window (a weekly or a slow outlet; the two seed pages are two days apart)."""
LATE_JOIN = 0.45
"""...and only with this score (not ``JOIN``): a small story whose first report is two or three
days old takes a later report only when the two plainly tell one happening; a weaker match
(one word of the topic, one actor) made the small story a bridge that later reports of the
same happening, past its span, could no longer join."""
CENTROID_SHARE = 0.7
"""A story's score mixes its best member link with the cosine to the centroid of its members
in the window: the link finds the story, the centroid keeps one off-topic member from pulling a
different happening in (chaining)."""
MERGE = 0.5
"""Two stories whose centroids have this cosine are one: an article that joins one and links to
the other merges them (reports of one happening that founded two stories the same day)."""
NO_DAY = "9999-12-31"


def day_number(day: str | None) -> int | None:
    if not day:
        return None
    try:
        return dt.date.fromisoformat(day[:10]).toordinal()
    except ValueError:
        return None


def story_id(first_article_id: str) -> str:
    return f"s{first_article_id}"


@dataclass(slots=True)
class _Doc:
    id: str
    day: int | None
    vector: dict[str, float]
    story: str
    blocks: tuple[str, ...]


@dataclass(slots=True)
class _Story:
    key: str
    members: list[tuple[str, str]] = field(default_factory=list)
    """``(day or NO_DAY, article id)``"""
    outlets: set[str] = field(default_factory=set)
    titles: dict[str, str] = field(default_factory=dict)
    title_terms: Counter[str] = field(default_factory=Counter)
    centroid: dict[str, float] = field(default_factory=dict)
    norm: float | None = None
    first_day: int | None = None
    """Cached length of ``centroid`` (None after a change)."""
    """Sum of the members' vectors in the window (``prune`` takes the old ones out)."""


class StoryClusterer:
    """Incremental story clustering over signatures (see the module docstring)."""

    def __init__(
        self,
        weights: Weights,
        *,
        window: int | None = None,
        threshold: float | None = None,
        block_keys: int | None = None,
        max_postings: int | None = None,
        merge: float | None = None,
    ) -> None:
        self.weights = weights
        self.window = WINDOW_DAYS if window is None else window
        self.threshold = JOIN if threshold is None else threshold
        self.block_keys = block_keys or BLOCK_KEYS
        self.max_postings = max_postings or MAX_POSTINGS
        self.merge = MERGE if merge is None else merge
        self.merged: dict[str, str] = {}
        """Keys of stories merged into another → the key they were merged into."""
        self.docs: dict[str, _Doc] = {}
        self.postings: defaultdict[str, list[str]] = defaultdict(list)
        self.stories: dict[str, _Story] = {}
        self.story_of: dict[str, str] = {}
        self.comparisons = 0
        self.pending: set[tuple[str, str]] = set()
        """``(article id, story key)`` links to a story the article did not join, checked again
        by ``consolidate``."""

    # -- placing articles --------------------------------------------------------------------
    def seed(self, signature: Signature, story: str) -> None:
        """Index an article already placed in ``story`` (a stored story's id)."""
        self._place(signature, self.weights.vector(signature), story)

    def add(self, signature: Signature) -> str:
        """Place a new article; return the key of its story."""
        if signature.id in self.story_of:
            return self.story_of[signature.id]
        vector = self.weights.vector(signature)
        day = day_number(signature.day)
        best: dict[str, float] = {}
        seen: set[str] = set()
        for block in self._blocks(vector):
            for other_id in self.postings.get(block, [])[-self.max_postings :]:
                if other_id in seen:
                    continue
                seen.add(other_id)
                other = self.docs[other_id]
                if day is not None and other.day is not None and abs(day - other.day) > self.window:
                    continue
                self.comparisons += 1
                score = cosine(vector, other.vector)
                if score > best.get(other.story, 0.0):
                    best[other.story] = score
        chosen = signature.id
        if day is not None:
            best = {
                story: link
                for story, link in best.items()
                if len(self.stories[story].members) < SPAN_MIN_DOCS
                or (first := self.stories[story].first_day) is None
                or day - first <= MAX_SPAN_DAYS
            }
        scores = {
            story: (1 - CENTROID_SHARE) * link
            + CENTROID_SHARE * self._centroid_cosine(vector, self.stories[story])
            for story, link in best.items()
        }
        joinable = {
            story: score
            for story, score in scores.items()
            if score >= (LATE_JOIN if self._late(story, day) else self.threshold)
        }
        if joinable:
            chosen = min(joinable.items(), key=lambda item: (-item[1], item[0]))[0]
        self._place(signature, vector, chosen)
        self.pending.update(
            (signature.id, linked)
            for linked, link in best.items()
            if linked != chosen and link >= self.threshold
        )
        for linked in sorted(best):
            if (
                linked != chosen
                and linked in self.stories
                and self._stories_cosine(self.stories[chosen], self.stories[linked]) >= self.merge
            ):
                chosen = self._merge(chosen, linked)
        return chosen

    def _late(self, story_key: str, day: int | None) -> bool:
        """Whether an article of ``day`` comes more than ``MAX_SPAN_DAYS`` after the story's
        first report (step 3: only a small story can still take it)."""
        first = self.stories[story_key].first_day
        return day is not None and first is not None and day - first > MAX_SPAN_DAYS

    def consolidate(self) -> int:
        """Step 6: the links of the articles added since the last call to stories they did not
        join are read again in sorted order; the two stories merge when their centroids now
        have a cosine of at least ``merge`` and the merged story keeps the span (step 3).
        Returns the number of merges."""
        merges = 0
        pending, self.pending = sorted(self.pending), set()
        for article_id, linked in pending:
            left_key = self.resolve(self.story_of[article_id])
            right_key = self.resolve(linked)
            if left_key == right_key or left_key not in self.stories:
                continue
            if right_key not in self.stories:
                continue
            left, right = self.stories[left_key], self.stories[right_key]
            if (
                left.first_day is not None
                and right.first_day is not None
                and abs(left.first_day - right.first_day) > MAX_SPAN_DAYS
                and min(len(left.members), len(right.members)) >= SPAN_MIN_DOCS
            ):
                continue
            if self._stories_cosine(left, right) >= self.merge:
                self._merge(left_key, right_key)
                merges += 1
        return merges

    def resolve(self, key: str) -> str:
        """The key a story has now (``key`` itself unless it was merged into another)."""
        while key in self.merged:
            key = self.merged[key]
        return key

    def _stories_cosine(self, left: _Story, right: _Story) -> float:
        for story in (left, right):
            if story.norm is None:
                story.norm = math.sqrt(sum(w * w for w in story.centroid.values())) or 1.0
        return cosine(left.centroid, right.centroid) / (left.norm or 1.0) / (right.norm or 1.0)

    def _merge(self, left_key: str, right_key: str) -> str:
        """Merge two stories into the one with the earlier first member; return its key."""
        left, right = self.stories[left_key], self.stories[right_key]
        if min(right.members) < min(left.members):
            left, right = right, left
        for _, article_id in right.members:
            self.story_of[article_id] = left.key
            if article_id in self.docs:
                self.docs[article_id].story = left.key
        left.members.extend(right.members)
        left.outlets |= right.outlets
        left.titles.update(right.titles)
        left.title_terms.update(right.title_terms)
        for term, weight in right.centroid.items():
            left.centroid[term] = left.centroid.get(term, 0.0) + weight
        left.norm = None
        if right.first_day is not None and (
            left.first_day is None or right.first_day < left.first_day
        ):
            left.first_day = right.first_day
        del self.stories[right.key]
        self.merged[right.key] = left.key
        return left.key

    def _centroid_cosine(self, vector: dict[str, float], story: _Story) -> float:
        if story.norm is None:
            story.norm = math.sqrt(sum(w * w for w in story.centroid.values())) or 1.0
        return cosine(vector, story.centroid) / story.norm

    def _blocks(self, vector: dict[str, float]) -> tuple[str, ...]:
        top = heapq.nlargest(self.block_keys, vector.items(), key=lambda item: (item[1], item[0]))
        return tuple(term for term, _ in top)

    def _place(self, signature: Signature, vector: dict[str, float], story_key: str) -> None:
        blocks = self._blocks(vector)
        doc = _Doc(signature.id, day_number(signature.day), vector, story_key, blocks)
        self.docs[doc.id] = doc
        for block in blocks:
            self.postings[block].append(doc.id)
        story = self.stories.get(story_key)
        if story is None:
            story = self.stories[story_key] = _Story(story_key)
        story.members.append((signature.day or NO_DAY, signature.id))
        number = day_number(signature.day)
        if number is not None and (story.first_day is None or number < story.first_day):
            story.first_day = number
        if signature.outlet:
            story.outlets.add(signature.outlet)
        story.titles[signature.id] = signature.title
        story.title_terms.update(set(terms_of(signature.title)))
        for term, weight in vector.items():
            story.centroid[term] = story.centroid.get(term, 0.0) + weight
        story.norm = None
        self.story_of[signature.id] = story_key

    def prune(self, before_day: str) -> None:
        """Forget the vectors of articles published before ``before_day`` (they can no longer
        be in the window of articles added in date order); their stories stay."""
        limit = day_number(before_day)
        if limit is None:
            return
        old = {i for i, d in self.docs.items() if d.day is not None and d.day < limit}
        if not old:
            return
        touched = {b for i in old for b in self.docs[i].blocks}
        for block in touched:
            kept = [i for i in self.postings[block] if i not in old]
            if kept:
                self.postings[block] = kept
            else:
                del self.postings[block]
        for i in old:
            doc = self.docs.pop(i)
            self.stories[doc.story].norm = None
            centroid = self.stories[doc.story].centroid
            for term, weight in doc.vector.items():
                left = centroid.get(term, 0.0) - weight
                if left > 1e-9:
                    centroid[term] = left
                else:
                    centroid.pop(term, None)

    # -- results -----------------------------------------------------------------------------
    def label(self, story: _Story) -> str:
        """The headline that shares the most (IDF-weighted) title words with the other
        members' headlines."""

        def score(article_id: str) -> tuple[float, str]:
            terms = set(terms_of(story.titles[article_id]))
            if not terms:
                return (0.0, article_id)
            total = sum((story.title_terms[t] - 1) * self.weights.idf(t) for t in terms)
            return (-total / math.sqrt(len(terms)), article_id)

        best = min(story.titles, key=score)
        return story.titles[best] or best

    def results(self) -> list[Story]:
        out = []
        for story in self.stories.values():
            members = sorted(story.members)
            out.append(
                Story(
                    id=story_id(members[0][1]),
                    label=self.label(story),
                    articles=tuple(i for _, i in members),
                    outlets=tuple(sorted(story.outlets)),
                    first_report=members[0][0] if members[0][0] != NO_DAY else None,
                    last_report=max((d for d, _ in members if d != NO_DAY), default=None),
                )
            )
        return sorted(out, key=lambda s: (s.first_report or NO_DAY, s.id))


def canonical_order(signatures: Iterable[Signature]) -> list[Signature]:
    return sorted(signatures, key=lambda s: (s.day or NO_DAY, s.id))


def build(
    signatures: Iterable[Signature],
    *,
    weights: Weights | None = None,
    threshold: float | None = None,
    window: int | None = None,
) -> tuple[list[Story], StoryClusterer]:
    """Cluster ``signatures`` from scratch (in canonical order); return the stories and the
    clusterer (to add more articles later)."""
    ordered = canonical_order(signatures)
    if weights is None:
        weights = Weights()
        weights.add(ordered)
    clusterer = StoryClusterer(weights, threshold=threshold, window=window)
    add_in_order(clusterer, ordered)
    clusterer.consolidate()
    return clusterer.results(), clusterer


def add_in_order(clusterer: StoryClusterer, signatures: Iterable[Signature]) -> None:
    """Add signatures that come in canonical order (a stream: nothing is held but the window),
    forgetting the articles that fall out of the window as the days go by."""
    last_prune: int | None = None
    last_day: int | None = None
    for signature in signatures:
        number = day_number(signature.day)
        if number != last_day:
            clusterer.consolidate()
            last_day = number
        if number is not None and (last_prune is None or number - last_prune > clusterer.window):
            clusterer.prune(dt.date.fromordinal(number - clusterer.window).isoformat())
            last_prune = number
        clusterer.add(signature)
