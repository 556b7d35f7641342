"""Find actor mentions, link them to the knowledge base and code them for a date.

``ActorLinker`` holds the loaded knowledge base and a learned-actor store; calling it on an
article text (with entity mentions from a model, or none to use its own gazetteer finder)
returns one ``ActorLink`` per mention.

Linking a mention, in order (``method`` on the link says which step decided):

1. ``role``: the mention is a title without a name (``Menhan Rusia``, ``pemerintah Korut``):
   a person role resolves to the holder of that office on the date (someone already named in
   the article first, else the knowledge base's dated offices); a collective role
   (``pemerintah``, ``militer``) codes the country or organisation with the role's sector.
2. ``coref``: a short name (``Shoigu``, ``Kim``, ``Nam``) that is a token of a person already
   linked in this article.
3. ``exact``: the name or an alias, after folding case, accents and transliteration variants
   (``Sergey``/``Sergei``, ``Shoygu``/``Shoigu``), possibly after stripping a title inside the
   mention. Several candidates: the one whose country agrees with the title's country, then a
   curated entry, then one holding a role on the date.
4. ``learned``: an entry of the learned store.
5. ``fuzzy``: a typo (``Kim Jon Un``) within ``FUZZY_MAX_EDITS`` of exactly one known person's
   name and clearly closer to it than to any other known person (never merges two people).
6. ``learn``: an unknown person introduced with a role and a country becomes a learned entry.
7. ``role-only``/``nil``: otherwise the mention keeps the code its title gives, or none.

Titles and appositions are read from the text to the left of the mention in its sentence:
``Menteri Pertahanan (Menhan) Rusia Sergey Shoigu``, ``Menhan Korut Kang Sun Nam``, ranks and
honorifics skipped. Pronouns (``ia``, ``dia``, ``beliau``) are not linked: nothing has measured
that linking them helps.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from warta.actors.kb import (
    KnowledgeBase,
    Role,
    code_at,
    country_actor_id,
    lang_file,
    load_kb,
    name_key,
    read_tsv,
    split_code,
    translit_key,
)
from warta.actors.learned import LearnedStore
from warta.records import Actor, ActorLink, Mention

log = logging.getLogger(__name__)

TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+|-(?=[^\W\d_])(?=[a-z])[^\W_]+)*|[()\[\],;:\"“”]")
"""Words (``Jong-un`` and ``Ma'ruf`` are one word; ``Rusia-Korea`` is two) and brackets."""
SENTENCE_END_RE = re.compile(r"[.!?]\s+(?=[A-Z\"“(])|\n")

LEFT_WINDOW = 160
"""Characters of left context read for a title (a long Indonesian title fits in ~100)."""
MAX_ALIAS_TOKENS = 7
MAX_ROLE_TOKENS = 9
MAX_NAME_TOKENS = 5
MIN_NEW_NAME_TOKENS = 2
"""A name the knowledge base does not hold is taken after a title only with two or more words:
one capitalised word after a title is too often an ordinary word in a headline."""
TITLE_CASE_SHARE = 0.6
"""A line where this share of words is capitalised is a headline: titles there introduce no
new names ("Menhan Rusia Berkunjung ke Korea Utara")."""

FUZZY_MAX_EDITS = 2
"""A typo may be at most this many edits from the known name (``Kim Jon Un`` is 1)..."""
FUZZY_MIN_LENGTH = 8
"""...and names shorter than this are never fuzzy-matched (too many near neighbours)."""
FUZZY_MARGIN = 2
"""The second-best known person must be at least this many edits further away."""

CONFIDENCE = {
    "exact": 0.95,
    "coref": 0.85,
    "role": 0.8,
    "learned": 0.75,
    "learn": 0.7,
    "fuzzy": 0.7,
    "role-only": 0.6,
    "nil": 0.2,
}


@cache
def context_words(lang: str = "id") -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for kind, word in read_tsv(lang_file("context_words.tsv", lang), 2):
        out.setdefault(kind, set()).add(name_key(word))
    return {k: frozenset(v) for k, v in out.items()}


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    key: str
    """translit_key of the token ("" for punctuation)."""


def tokenize(text: str, offset: int = 0) -> list[Token]:
    out = []
    for match in TOKEN_RE.finditer(text):
        word = match.group()
        key = translit_key(word) if word[0].isalnum() else ""
        out.append(Token(word, match.start() + offset, match.end() + offset, key))
    return out


def sentence_start(text: str, pos: int) -> int:
    lo = max(0, pos - LEFT_WINDOW)
    start = lo
    for match in SENTENCE_END_RE.finditer(text, lo, pos):
        start = match.end()
    return start


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, giving up (returning limit + 1) once it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        best = i
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            best = min(best, current[j])
        if best > limit:
            return limit + 1
        previous = current
    return previous[-1]


@dataclass(slots=True)
class Title:
    """What the words before (or inside) a mention say about it."""

    role: Role | None = None
    country: str | None = None
    org: Actor | None = None
    start: int = -1
    former: bool = False

    def code(self) -> str:
        """Country (or organisation) code plus the role's sectors."""
        sectors = self.role.sectors if self.role else ""
        if self.org is not None and self.org.default_code:
            base = self.org.default_code
            if sectors and not base.endswith(sectors):
                head, org_sectors = split_code(base)
                if head and not org_sectors:
                    return head + sectors
                return head + sectors if head else base
            return base
        country = self.country or (self.role.country if self.role else None)
        if country is None:
            return ""
        return country + sectors


@dataclass(slots=True)
class _Seen:
    """A person linked earlier in the article."""

    actor_id: str
    name: str
    tokens: frozenset[str]
    code: str
    offices: frozenset[str]


@dataclass(slots=True)
class ArticleState:
    seen: list[_Seen] = field(default_factory=list)


class ActorLinker:
    """Links and codes actor mentions. Load once, call per article.

    ``learned``: a store for learned actors (reused and extended); ``learn=False`` reads it but
    never adds to it.
    """

    requires = ("Article.text",)
    assigns = ("actors",)

    def __init__(
        self,
        kb: KnowledgeBase | None = None,
        learned: LearnedStore | None = None,
        *,
        learn: bool = True,
        lang: str = "id",
    ) -> None:
        self.kb = kb or load_kb(lang)
        self.learned = learned if learned is not None else LearnedStore(None)
        self.learn = learn
        self.words = context_words(lang)
        self._first_words = {k.split(" ")[0] for k in self.kb.by_key}
        self._role_first = {k.split(" ")[0] for k in self.kb.roles}
        self._fuzzy_index: dict[str, list[tuple[str, str]]] | None = None

    # ------------------------------------------------------------------ public API

    def __call__(
        self,
        text: str,
        mentions: Sequence[Mention] | None = None,
        *,
        dct: str | None = None,
        source: str = "",
    ) -> list[ActorLink]:
        """Link ``mentions`` (or the finder's, if None) in ``text`` on date ``dct`` (ISO)."""
        if mentions is None:
            mentions = self.find_mentions(text)
        state = ArticleState()
        links = []
        for mention in sorted(mentions, key=lambda m: (m.start, m.end)):
            links.append(self.link(text, mention, dct=dct, state=state, source=source))
        return links

    def lookup(self, name: str, dct: str | None = None) -> list[tuple[Actor, str]]:
        """Knowledge-base and learned actors for a name, with their code on ``dct``."""
        found = [(a, code_at(a, dct)) for a in self.kb.lookup(name)]
        entry = self.learned.find(name)
        if entry is not None:
            actor = entry.to_actor()
            found.append((actor, code_at(actor, dct)))
        return found

    # ------------------------------------------------------------------ finder

    def find_mentions(self, text: str) -> list[Mention]:
        """Gazetteer and title-based mentions, for use when no entity model is available.

        1. Longest knowledge-base names (capitalised; abbreviations with their exact case).
        2. Role words: ``Menhan Korut Kang Sun Nam`` adds the unknown name after a title;
           ``Menhan Rusia`` with no name after it is one role-only mention.
        3. Short names: later tokens equal to a token of a person found in 1–2.
        """
        tokens = tokenize(text)
        mentions: dict[int, Mention] = {}
        taken = [False] * len(tokens)
        i = 0
        n = len(tokens)
        while i < n:
            match = self._alias_at(tokens, i)
            if match is not None:
                end, actor = match
                label = _label(
                    actor,
                    self.kb.alias_kind.get(
                        (actor.id, " ".join(t.key for t in tokens[i:end])), "name"
                    ),
                )
                mentions[i] = Mention(
                    text[tokens[i].start : tokens[end - 1].end],
                    tokens[i].start,
                    tokens[end - 1].end,
                    label,
                )
                for k in range(i, end):
                    taken[k] = True
                i = end
                continue
            i += 1
        # 2. roles
        role_only: set[int] = set()
        i = 0
        while i < n:
            role_end, role = self._role_at(tokens, i)
            if role is None or (i > 0 and tokens[i - 1].key in self.words.get("former", ())):
                i += 1
                continue
            j = self._skip_paren(tokens, role_end)
            qualifier_end = j
            qualified = False
            if j < n and taken[j] and j in mentions and mentions[j].label in ("LOC", "ORG"):
                qualified = True
                while (
                    qualifier_end < n
                    and taken[qualifier_end]
                    and not (qualifier_end in mentions and qualifier_end != j)
                ):
                    qualifier_end += 1
                qualifier_end = self._skip_paren(tokens, qualifier_end)
            if role.kind == "group":
                name_start = name_end = qualifier_end
            else:
                name_start, name_end = self._name_after(tokens, qualifier_end, taken)
            if (
                name_start < n
                and taken[name_start]
                and name_start in mentions
                and (mentions[name_start].label == "PER")
            ):
                i = name_start  # a known name follows: the title belongs to it
                continue
            if name_end - name_start < MIN_NEW_NAME_TOKENS or _title_case_line(
                text, tokens[i].start
            ):
                name_end = name_start
            if name_end > name_start:
                if name_start not in mentions:
                    mentions[name_start] = Mention(
                        text[tokens[name_start].start : tokens[name_end - 1].end],
                        tokens[name_start].start,
                        tokens[name_end - 1].end,
                        "PER",
                    )
                    for k in range(name_start, name_end):
                        taken[k] = True
                i = name_end
                continue
            if role.kind in ("person", "group") and (qualified or role.country):
                if role.kind == "group" and not qualified:
                    i = role_end
                    continue
                end_tok = qualifier_end if qualified else role_end
                while end_tok > role_end and tokens[end_tok - 1].text in ")]":
                    end_tok -= 1
                for k in range(i, end_tok):
                    mentions.pop(k, None)
                    taken[k] = True
                mentions[i] = Mention(
                    text[tokens[i].start : tokens[end_tok - 1].end],
                    tokens[i].start,
                    tokens[end_tok - 1].end,
                    "PER" if role.kind == "person" else "ORG",
                )
                role_only.add(i)
                i = end_tok
                continue
            i = role_end
        # 3. short names of persons found
        person_tokens: set[str] = set()
        for k, mention in mentions.items():
            if mention.label == "PER" and k not in role_only:
                for tok in tokenize(mention.text):
                    if len(tok.key) >= 3 and tok.text[0].isupper():
                        person_tokens.add(tok.key)
        for k, tok in enumerate(tokens):
            if not taken[k] and tok.key in person_tokens and tok.text[0].isupper():
                mentions[k] = Mention(tok.text, tok.start, tok.end, "PER")
        return [mentions[k] for k in sorted(mentions)]

    def _alias_at(self, tokens: Sequence[Token], i: int) -> tuple[int, Actor] | None:
        first = tokens[i]
        if not first.key or first.key.split(" ")[0] not in self._first_words:
            return None
        if not (first.text[0].isupper() or first.text[0].isdigit()):
            return None
        for end in range(min(len(tokens), i + MAX_ALIAS_TOKENS), i, -1):
            if any(not t.key for t in tokens[i:end]):
                continue
            key = " ".join(t.key for t in tokens[i:end])
            ids = self.kb.by_key.get(key)
            if not ids:
                continue
            surface = " ".join(t.text for t in tokens[i:end])
            if not self._case_ok(key, surface):
                continue
            if not tokens[end - 1].text[0].isupper() and not tokens[end - 1].text[0].isdigit():
                continue
            return end, self.kb.actors[self._prefer(ids)]
        return None

    def _case_ok(self, key: str, surface: str) -> bool:
        exact = self.kb.exact_case.get(key)
        if exact is None:
            return True
        if surface in exact:
            return True
        # Only an abbreviation has this key ("AS", "MA"): "as"/"Ma" are other words.
        return (
            any(
                self.kb.alias_kind.get((i, key)) != "abbr"
                and not _all_exact(self.kb.actors[i], key)
                for i in self.kb.by_key.get(key, [])
            )
            and not surface.isupper()
            and len(surface) > 3
        )

    def _prefer(self, ids: Sequence[str]) -> str:
        rank = {"country": 0, "organisation": 1, "person": 2, "place": 3}
        return min(
            ids,
            key=lambda i: (
                rank.get(self.kb.actors[i].type, 4),
                i not in self.kb.curated_people,
            ),
        )

    def _role_at(self, tokens: Sequence[Token], i: int) -> tuple[int, Role | None]:
        if not tokens[i].key or name_key(tokens[i].text).split(" ")[0] not in self._role_first:
            return i + 1, None
        for end in range(min(len(tokens), i + MAX_ROLE_TOKENS), i, -1):
            phrase = name_key(" ".join(t.text for t in tokens[i:end]))
            role = self.kb.roles.get(phrase)
            if role is not None:
                # Lower-case abbreviations of titles are ordinary words ("pm" in "pm 10.00").
                if len(phrase) <= 3 and not tokens[i].text[0].isupper():
                    return i + 1, None
                return end, role
        return i + 1, None

    def _skip_paren(self, tokens: Sequence[Token], j: int) -> int:
        if j < len(tokens) and tokens[j].text == "(":
            k = j + 1
            while k < len(tokens) and k - j <= 6 and tokens[k].text != ")":
                k += 1
            if k < len(tokens) and tokens[k].text == ")":
                return k + 1
        return j

    def _name_after(
        self, tokens: Sequence[Token], j: int, taken: Sequence[bool]
    ) -> tuple[int, int]:
        titles = self.words.get("title", frozenset())
        particles = self.words.get("particle", frozenset())
        while (
            j < len(tokens) and name_key(tokens[j].text) in titles and tokens[j].text[0].isupper()
        ):
            j += 1
        start = j
        while (
            j < len(tokens)
            and j - start < MAX_NAME_TOKENS
            and tokens[j].key
            and (tokens[j].text[0].isupper() or (j > start and tokens[j].key in particles))
        ):
            if taken[j] and j > start:
                break
            if name_key(tokens[j].text) in self.kb.roles and j == start:
                break
            j += 1
        while j > start and tokens[j - 1].key in particles:
            j -= 1
        if j > start and taken[start]:
            # Already a known name (the gazetteer found it): nothing new to add.
            return start, start
        return start, j

    # ------------------------------------------------------------------ linking

    def link(
        self,
        text: str,
        mention: Mention,
        *,
        dct: str | None = None,
        state: ArticleState | None = None,
        source: str = "",
    ) -> ActorLink:
        """Link one mention (see the module docstring for the order of steps)."""
        state = state or ArticleState()
        inner = tokenize(mention.text, mention.start)
        title = Title()
        k = 0
        # A title inside the mention span ("Menhan Rusia", "Presiden Joko Widodo").
        while k < len(inner):
            end, role = self._role_at(inner, k)
            if role is None:
                break
            title.role, title.start = role, inner[k].start
            k = self._skip_titles(inner, self._skip_paren(inner, end))
        rest = inner[k:]
        if title.role is not None and rest:
            match = self._alias_at(rest, 0)
            if match is not None and self.kb.actors[self._prefer_id(rest, match)].type != "person":
                actor = self.kb.actors[self._prefer_id(rest, match)]
                self._set_qualifier(title, actor)
                after = self._skip_paren(rest, match[0])
                if after >= len(rest):
                    return self._link_role_only(mention, title, dct, state, text)
                rest = rest[after:]
        if not rest:
            return self._link_role_only(mention, title, dct, state, text)
        name = " ".join(t.text for t in rest)
        key = translit_key(name)
        if title.role is None:
            title = self._left_title(text, mention.start)
        else:
            left = self._left_title(text, mention.start)
            if title.country is None and title.org is None:
                title.country, title.org = left.country, left.org
        evidence_start = min(title.start, mention.start) if title.start >= 0 else mention.start

        def make(actor: Actor | None, code: str, method: str, learned: bool = False) -> ActorLink:
            country, sectors = split_code(code, self.kb.countries)
            return ActorLink(
                text=mention.text,
                start=mention.start,
                end=mention.end,
                label=mention.label,
                actor_id=actor.id if actor else None,
                name=actor.name if actor else name,
                type=actor.type if actor else ("person" if mention.label == "PER" else "unknown"),
                code=code,
                country=country,
                sectors=sectors,
                confidence=CONFIDENCE[method],
                method=method,
                evidence_start=evidence_start,
                evidence_end=mention.end,
                learned=learned,
            )

        # 2. coref within the article
        if mention.label in ("PER", "") and len(rest) <= 2:
            seen = self._coref(key, state)
            if seen is not None:
                return make(self._actor(seen.actor_id), seen.code, "coref")
        # 3. exact
        candidates = [self.kb.actors[i] for i in self.kb.by_key.get(key, [])]
        candidates = [a for a in candidates if self._case_ok_actor(a, key, name)]
        if candidates:
            actor = self._choose(candidates, mention.label, title, dct)
            code = self._code(actor, title, dct, text, mention)
            self._remember(state, actor, code, dct)
            return make(actor, code, "exact")
        # 4. learned
        entry = self.learned.find(name)
        if entry is not None:
            actor = entry.to_actor()
            code = code_at(actor, dct) if title.role is None else title.code() or entry.code
            self._remember(state, actor, code, dct)
            return make(actor, code, "learned", learned=True)
        if mention.label in ("PER", ""):
            # 5. fuzzy
            fuzzy = self._fuzzy(key)
            if fuzzy is not None:
                actor = self.kb.actors[fuzzy]
                code = self._code(actor, title, dct, text, mention)
                self._remember(state, actor, code, dct)
                return make(actor, code, "fuzzy")
            # 6. learn
            code = title.code() if title.role and not title.former else ""
            country, _ = split_code(code, self.kb.countries)
            if (
                self.learn
                and code
                and country
                and title.role is not None
                and title.role.kind != "group"
                and len(rest) >= 2
            ):
                office = f"{country}:{title.role.office}" if title.role.office else None
                sentence = text[
                    sentence_start(text, mention.start) : _sentence_end(text, mention.end)
                ]
                entry = self.learned.learn(name, code, dct, sentence.strip(), source, office)
                actor = entry.to_actor()
                self._remember(state, actor, code, dct)
                return make(actor, entry.code, "learn", learned=True)
            if code:
                return make(None, code, "role-only")
        elif mention.label in ("ORG", "LOC") and title.role is not None:
            code = title.code()
            if code:
                return make(None, code, "role-only")
        return make(None, "", "nil")

    def _prefer_id(self, tokens: Sequence[Token], match: tuple[int, Actor]) -> str:
        return match[1].id

    def _set_qualifier(self, title: Title, actor: Actor) -> None:
        if actor.type in ("country", "place"):
            title.country = actor.default_code
        else:
            title.org = actor

    def _skip_titles(self, tokens: Sequence[Token], j: int) -> int:
        titles = self.words.get("title", frozenset())
        while j < len(tokens) and name_key(tokens[j].text) in titles:
            j += 1
        return j

    def _left_title(self, text: str, start: int) -> Title:
        """Read ``<role> [(abbr)] [country|organisation] [(abbr)] [ranks]`` left of a mention."""
        title = Title()
        lo = sentence_start(text, start)
        left = tokenize(text[lo:start], lo)
        titles = self.words.get("title", frozenset())
        j = len(left)
        while j > 0 and name_key(left[j - 1].text) in titles and left[j - 1].text[0].isupper():
            j -= 1
        j = self._skip_paren_back(left, j)
        # a country or organisation just before
        for size in range(min(MAX_ALIAS_TOKENS, j), 0, -1):
            if self._alias_at(left[j - size : j], 0) == (
                size,
                self._alias_actor(left[j - size : j]),
            ):
                actor = self._alias_actor(left[j - size : j])
                if actor is not None and actor.type != "person":
                    self._set_qualifier(title, actor)
                    j -= size
                    break
        j = self._skip_paren_back(left, j)
        for size in range(min(MAX_ROLE_TOKENS, j), 0, -1):
            end, role = self._role_at(left[j - size : j], 0)
            if role is not None and end == size:
                title.role = role
                title.start = left[j - size].start
                if j - size > 0 and left[j - size - 1].key in self.words.get("former", ()):
                    title.former = True
                break
        if title.role is None:
            # A country alone before a name is not a title ("Rusia Sergey" does not occur).
            return Title()
        return title

    def _alias_actor(self, tokens: Sequence[Token]) -> Actor | None:
        match = self._alias_at(tokens, 0)
        return match[1] if match else None

    def _skip_paren_back(self, tokens: Sequence[Token], j: int) -> int:
        if j > 0 and tokens[j - 1].text == ")":
            k = j - 2
            while k >= 0 and j - k <= 7 and tokens[k].text != "(":
                k -= 1
            if k >= 0 and tokens[k].text == "(":
                return k
        return j

    def _case_ok_actor(self, actor: Actor, key: str, surface: str) -> bool:
        exact = self.kb.exact_case.get(key)
        if exact is None or surface in exact:
            return True
        return self.kb.alias_kind.get((actor.id, key)) != "abbr" and not _all_exact(actor, key)

    def _choose(
        self, candidates: Sequence[Actor], label: str, title: Title, dct: str | None
    ) -> Actor:
        wanted = {
            "PER": ("person",),
            "ORG": ("organisation", "country"),
            "LOC": ("place", "country"),
        }
        types = wanted.get(label)
        pool = [a for a in candidates if types is None or a.type in types] or list(candidates)

        def score(actor: Actor) -> tuple[int, int, int, int]:
            code = code_at(actor, dct)
            country, _ = split_code(code, self.kb.countries)
            agrees = int(title.country is not None and country == title.country)
            curated = int(actor.id in self.kb.curated_people or actor.type != "person")
            holds = int(any(_covers(r.start, r.end, dct) for r in actor.roles))
            rank = {"country": 3, "organisation": 2, "place": 1}.get(actor.type, 0)
            return (agrees, curated, holds, rank)

        return max(pool, key=score)

    def _code(
        self, actor: Actor, title: Title, dct: str | None, text: str, mention: Mention
    ) -> str:
        if actor.type == "country":
            kind = self.kb.alias_kind.get((actor.id, translit_key(mention.text)), "name")
            iso3 = actor.default_code or ""
            if kind == "seat" or (kind == "capital" and not self._locative(text, mention.start)):
                return iso3 + "GOV"
            if (
                title.role is not None
                and title.role.kind == "group"
                and not title.former
                and title.country is None
                and title.org is None
            ):
                return iso3 + title.role.sectors
            return iso3
        if actor.type in ("organisation", "place"):
            return actor.default_code or ""
        code = code_at(actor, dct)
        covered = any(_covers(r.start, r.end, dct) for r in actor.roles)
        if not covered and title.role is not None and not title.former:
            from_title = title.code()
            if from_title:
                return from_title
            country, _ = split_code(code, self.kb.countries)
            if country and title.role.sectors:
                return country + title.role.sectors
        return code

    def _locative(self, text: str, start: int) -> bool:
        lo = max(0, start - 20)
        before = tokenize(text[lo:start])
        if not before:
            line_start = text.rfind("\n", 0, start) + 1
            return start == line_start  # a dateline ("MOSKOW - ...")
        last = name_key(before[-1].text)
        two = name_key(" ".join(t.text for t in before[-2:]))
        locative = self.words.get("locative", frozenset())
        return last in locative or two in locative or start == text.rfind("\n", 0, start) + 1

    def _link_role_only(
        self,
        mention: Mention,
        title: Title,
        dct: str | None,
        state: ArticleState,
        text: str = "",
    ) -> ActorLink:
        if title.role is not None and title.country is None and title.org is None and text:
            # "Kementerian Pertahanan di Moskow": the place after the title gives the country.
            after = tokenize(text[mention.end : mention.end + 40], mention.end)
            if len(after) >= 2 and after[0].key in self.words.get("locative", frozenset()):
                place = self._alias_actor(after[1:])
                if place is not None and place.type in ("country", "place"):
                    title.country = place.default_code
        code = title.code()
        country, sectors = split_code(code, self.kb.countries)
        actor: Actor | None = None
        method = "role-only"
        if title.role is not None and title.role.kind == "person" and title.role.office:
            office_country = country or title.role.country
            office = f"{office_country}:{title.role.office}"
            holder = None
            for seen in reversed(state.seen):
                if office in seen.offices:
                    holder = seen.actor_id
                    break
            if holder is None:
                holder = self.kb.office_holder(office, dct)
            if holder is not None:
                actor = self._actor(holder)
                if actor is not None:
                    code = code_at(actor, dct) or code
                    method = "role"
        elif title.role is not None and title.role.kind == "group":
            if title.org is not None:
                actor = title.org
            elif title.country:
                actor = self.kb.actors.get(country_actor_id(title.country))
            method = "role"
        elif title.role is None and title.org is not None:
            actor = title.org
            code = title.org.default_code or ""
            method = "exact"
        country, sectors = split_code(code, self.kb.countries)
        if not code:
            method = "nil"
        return ActorLink(
            text=mention.text,
            start=mention.start,
            end=mention.end,
            label=mention.label,
            actor_id=actor.id if actor else None,
            name=actor.name if actor else mention.text,
            type=actor.type if actor else "role",
            code=code,
            country=country,
            sectors=sectors,
            confidence=CONFIDENCE[method],
            method=method,
            evidence_start=mention.start,
            evidence_end=mention.end,
        )

    def _actor(self, actor_id: str) -> Actor | None:
        actor = self.kb.actors.get(actor_id)
        if actor is None and actor_id in self.learned.entries:
            actor = self.learned.entries[actor_id].to_actor()
        return actor

    def _coref(self, key: str, state: ArticleState) -> _Seen | None:
        parts = set(key.split(" "))
        matches = [s for s in reversed(state.seen) if parts <= s.tokens and key != ""]
        if not matches:
            return None
        first = matches[0]
        # Two different people share this short name: do not guess.
        if any(m.actor_id != first.actor_id for m in matches[1:]):
            return None
        return first

    def _remember(self, state: ArticleState, actor: Actor, code: str, dct: str | None) -> None:
        if actor.type != "person":
            return
        tokens = frozenset(t for t in translit_key(actor.name).split(" ") if len(t) >= 2)
        for alias in actor.aliases:
            alias_tokens = translit_key(alias).split(" ")
            if len(alias_tokens) == 1:
                tokens |= {alias_tokens[0]}
        offices = frozenset(
            r.office for r in actor.roles if r.office and _covers(r.start, r.end, dct)
        )
        state.seen.append(_Seen(actor.id, actor.name, tokens, code, offices))

    def _fuzzy(self, key: str) -> str | None:
        if len(key) < FUZZY_MIN_LENGTH or " " not in key:
            return None
        index = self._fuzzy_people()
        scored: list[tuple[int, str]] = []
        for alias_key, actor_id in index.get(key[0], []):
            if abs(len(alias_key) - len(key)) > FUZZY_MAX_EDITS + FUZZY_MARGIN:
                continue
            distance = edit_distance(key, alias_key, FUZZY_MAX_EDITS + FUZZY_MARGIN)
            if distance <= FUZZY_MAX_EDITS + FUZZY_MARGIN:
                scored.append((distance, actor_id))
        if not scored:
            return None
        scored.sort()
        best_distance, best_id = scored[0]
        if best_distance > FUZZY_MAX_EDITS:
            return None
        for distance, actor_id in scored[1:]:
            if actor_id != best_id and distance < best_distance + FUZZY_MARGIN:
                return None
        return best_id

    def _fuzzy_people(self) -> dict[str, list[tuple[str, str]]]:
        """First letter → (alias key, id) of multi-word person names."""
        if self._fuzzy_index is None:
            index: dict[str, list[tuple[str, str]]] = {}
            for alias_key, ids in self.kb.by_key.items():
                if " " not in alias_key:
                    continue
                for actor_id in ids:
                    if self.kb.actors[actor_id].type == "person":
                        index.setdefault(alias_key[0], []).append((alias_key, actor_id))
            self._fuzzy_index = index
        return self._fuzzy_index


def _covers(start: str | None, end: str | None, date: str | None) -> bool:
    if date is None:
        return end is None
    return (start is None or start <= date) and (end is None or date <= end)


def _title_case_line(text: str, pos: int) -> bool:
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    words = [w for w in text[lo : hi if hi >= 0 else len(text)].split() if w[:1].isalpha()]
    if len(words) < 4:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= TITLE_CASE_SHARE


def _sentence_end(text: str, pos: int) -> int:
    match = SENTENCE_END_RE.search(text, pos)
    return match.start() + 1 if match else len(text)


def _all_exact(actor: Actor, key: str) -> bool:
    """Every alias of ``actor`` with this key is an upper-case abbreviation."""
    spellings = [a for a in (actor.name, *actor.aliases) if translit_key(a) == key]
    return bool(spellings) and all(s.isupper() for s in spellings)


def _label(actor: Actor, kind: str) -> str:
    if actor.type == "person":
        return "PER"
    if actor.type == "organisation" or kind == "seat":
        return "ORG"
    return "LOC"


def link_actors(
    text: str,
    mentions: Iterable[Mention] | None = None,
    *,
    dct: str | None = None,
    learned_path: Path | None = None,
) -> list[ActorLink]:
    """One-call API: link ``mentions`` (or found ones) in ``text`` on ``dct``."""
    store = LearnedStore(learned_path)
    linker = ActorLinker(learned=store)
    links = linker(text, list(mentions) if mentions is not None else None, dct=dct)
    store.save()
    return links
