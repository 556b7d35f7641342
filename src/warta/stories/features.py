"""What a story is recognised by: an article's signature of words, actors, places and dates.

``Signer`` (loads the actor linker once) turns an ``Article`` into a ``Signature``:

1. ``lead``: the title and the first ``LEAD_CHARS`` characters of the text. A report names its
   happening in the headline and the lead; the rest of the body is context and background.
2. ``terms``: words of the lead (lower case, at least ``MIN_WORD`` letters, no stop words from
   ``lang/id/story_stopwords.txt``, no numbers), title words counted ``TITLE_WEIGHT`` times.
3. ``keys``: actors linked by ``warta.actors`` in the lead (people, organisations, places and
   countries by knowledge-base id; the default country, Indonesia, says nothing), the days
   the lead's time expressions name (``d:2019-09-24``). Keys weigh ``KEY_WEIGHT`` times a term.
   With ``Signer(events=True)`` and the article's events known (``Article.events``, or passed
   to the signer), its lead events too: one key per event coded from a sentence that starts
   within the lead and is not historical, ``e:<PLOVER type>:<actor>:<recipient>`` where actor
   and recipient are their country and sectors (``e:PROTEST:IDN-EDU:``; ``event_key``), each
   weighing ``EVENT_WEIGHT``. Off by default: on the dev set they lowered B-cubed F1 at every
   weight that changed the clustering (``eval/stories/README.md``, "Event keys").
4. ``day``: the publication date.

``Weights`` turns signatures into unit TF-IDF vectors with document frequencies that grow with
the corpus (stored with the stories, so a later run weighs words as the first one did).
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from warta.actors import ActorLinker, LearnedStore
from warta.records import ActorLink, Article, Event
from warta.time.tagger import tag

LEAD_CHARS = 600
TITLE_WEIGHT = 4
KEY_WEIGHT = 3.0
EVENT_WEIGHT = 0.5
"""The dev set's best of the weights that change its clustering (README, "Event keys")."""
MIN_WORD = 3
MAX_TERMS = 40
DEFAULT_COUNTRY_ID = "country:IDN"
"""Nearly every article names Indonesia: it tells no story from another."""
WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}$")


@cache
def stopwords(lang: str = "id") -> frozenset[str]:
    """Stop words for story terms (``lang/<lang>/story_stopwords.txt``; ``#`` lines are the
    header)."""
    path = resources.files("warta") / "lang" / lang / "story_stopwords.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


@dataclass(frozen=True, slots=True)
class Signature:
    """An article's story signature: raw counts of terms and keys (weights come later)."""

    id: str
    day: str | None
    outlet: str | None
    title: str
    terms: Mapping[str, float]
    """Term or key → raw weight (count; title words and keys boosted)."""


def lead_text(article: Article) -> str:
    text = article.text[:LEAD_CHARS]
    if len(article.text) > LEAD_CHARS:
        cut = text.rfind(" ")
        text = text[:cut] if cut > 0 else text
    return text


def _party(links: Sequence[ActorLink]) -> str:
    """Country and sectors of an event's first actor or recipient (``IDN-GOV``; ``""``: none)."""
    if not links:
        return ""
    link = links[0]
    return "-".join([link.country or "?", *sorted(link.sectors)])


def event_key(event: Event) -> str:
    """``e:<type>:<actor>:<recipient>``, actor and recipient by country and sectors."""
    return f"e:{event.type}:{_party(event.actors)}:{_party(event.recipients)}"


def event_keys(events: Iterable[Event], lead_chars: int = LEAD_CHARS) -> set[str]:
    """Keys of the lead events: coded from a sentence that starts within the lead, and not
    historical (background tells no story from another)."""
    return {event_key(e) for e in events if e.start < lead_chars and not e.historical}


def terms_of(text: str, weight: float = 1.0) -> dict[str, float]:
    stop = stopwords()
    counts: dict[str, float] = {}
    for word in WORD_RE.findall(text.casefold()):
        if len(word) >= MIN_WORD and word not in stop:
            counts[word] = counts.get(word, 0.0) + weight
    return counts


class Signer:
    """Builds ``Signature``s. ``actors=False`` leaves the actor keys out (a cheaper signature,
    measured in ``eval/stories/README.md``); ``events=True`` adds the lead-event keys."""

    def __init__(
        self,
        *,
        actors: bool = True,
        events: bool = False,
        event_weight: float = EVENT_WEIGHT,
        linker: ActorLinker | None = None,
    ) -> None:
        self.events = events
        self.event_weight = event_weight
        self.linker: ActorLinker | None = None
        if actors:
            self.linker = linker or ActorLinker(learned=LearnedStore(None), learn=False)

    def __call__(self, article: Article, events: Sequence[Event] | None = None) -> Signature:
        """``events``: the article's coded events when ``article.events`` does not hold them."""
        title = (article.title or "").strip()
        lead = lead_text(article)
        day = (article.published or "")[:10] or None
        counts = terms_of(title, TITLE_WEIGHT)
        for term, weight in terms_of(lead).items():
            counts[term] = counts.get(term, 0.0) + weight
        for key in self.keys(f"{title}\n{lead}" if title else lead, day, article):
            counts[key] = counts.get(key, 0.0) + KEY_WEIGHT
        if self.events:
            for key in event_keys(article.events if events is None else events):
                counts[key] = counts.get(key, 0.0) + self.event_weight
        return Signature(article.id, day, article.outlet, title, counts)

    def keys(self, text: str, day: str | None, article: Article) -> set[str]:
        keys: set[str] = set()
        if self.linker is not None:
            for link in self.linker(text, dct=day):
                if link.actor_id and link.actor_id != DEFAULT_COUNTRY_ID:
                    keys.add(f"a:{link.actor_id}")
        if article.time_expressions:
            values = [t.value for t in article.time_expressions if t.end <= LEAD_CHARS]
        else:
            values = [t.value for t in tag(text, day) if t.type == "DATE"]
        keys.update(f"d:{v}" for v in values if DAY_RE.match(v))
        return keys


class Weights:
    """Document frequencies of terms and keys, and the unit TF-IDF vectors they give (the
    ``max_terms`` heaviest terms of each article: the rest is noise, and costs time)."""

    def __init__(
        self, df: Mapping[str, int] | None = None, docs: int = 0, *, max_terms: int = MAX_TERMS
    ) -> None:
        self.df: Counter[str] = Counter(df or {})
        self.docs = docs
        self.max_terms = max_terms

    def add(self, signatures: Iterable[Signature]) -> None:
        for signature in signatures:
            self.df.update(signature.terms.keys())
            self.docs += 1

    def idf(self, term: str) -> float:
        return math.log((self.docs + 1) / (self.df.get(term, 0) + 1)) + 1.0

    def vector(self, signature: Signature) -> dict[str, float]:
        weighted = {t: c * self.idf(t) for t, c in signature.terms.items()}
        if len(weighted) > self.max_terms:
            top = heapq.nlargest(self.max_terms, weighted.items(), key=lambda i: (i[1], i[0]))
            weighted = dict(top)
        norm = math.sqrt(sum(w * w for w in weighted.values())) or 1.0
        return {t: w / norm for t, w in weighted.items()}


def cosine(left: Mapping[str, float], right: Mapping[str, float]) -> float:
    if len(left) > len(right):
        left, right = right, left
    return sum(w * right.get(t, 0.0) for t, w in left.items())
