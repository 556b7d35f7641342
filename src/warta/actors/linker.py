"""Find actor mentions, link them to the knowledge base and code them for a date.

``ActorLinker`` holds the loaded knowledge base and a learned-actor store; calling it on an
article text (with entity mentions from a model, or none to use its own gazetteer finder)
returns one ``ActorLink`` per mention.

A *title* is the run of words before a name that says who the person is: a role word, unit and
organisation names, a country, ranks and honorifics, parenthesised abbreviations and at most one
comma (``Menteri Pertahanan (Menhan) Rusia Sergey Shoigu``, ``Kapolda Jambi Irjen Pol Muchlis
AS``, ``Wakil Ketua KPK, Alexander Marwata``). A title with no name after it is a role-only
mention (``Menhan Rusia``, ``pemerintah Iran``).

Linking a mention, in order (``method`` on the link says which step decided):

0. ``exact``: the whole mention names an organisation or place (``Kementerian Luar Negeri RI``,
   ``Polres Metro Jakarta Barat``, a district after ``Kecamatan``), unless a foreign place
   follows (``Kementerian Pertahanan di Moskow`` is not the Indonesian ministry).
1. ``role``: a role-only mention. A single-holder office resolves to its holder on the date
   (someone already named in the article first, else the knowledge base's dated offices), unless
   the role is plural (``para pemimpin Iran``); a collective role (``pemerintah``, ``militer``)
   codes the country or organisation with the role's sector.
2. ``coref``: a short name (``Shoigu``, ``Kim``, ``Nam``, an alias introduced with ``alias`` or
   in brackets, the start of a first name ``Alex``, or a one-letter typo of a surname) of a
   person already linked in this article; never when two people of the article share it.
3. ``exact``: the name or an alias, after folding case, accents and transliteration variants
   (``Sergey``/``Sergei``, ``Shoygu``/``Shoigu``), or an organisation followed by its place
   (``Polda Jambi``). Several candidates: the one whose country agrees with the title, then a
   curated entry, then one holding a role on the date.
4. ``learned``: an entry of the learned store.
5. ``fuzzy``: a typo (``Kim Jon Un``) within ``FUZZY_MAX_EDITS`` of exactly one known person's
   name and at least ``FUZZY_MARGIN`` edits closer to it than to any other known person.
6. ``learn``: an unknown person (two or more words) with a title that gives a role and a
   country becomes a learned entry from the article date.
7. ``role-only``/``nil``: otherwise the code the title gives, or the default country alone.

Capitals and seats (``Pyongyang``, ``Gedung Putih``) are the government when they act or are
acted upon (``atas undangan Pyongyang``, ``Washington menolak``), the country otherwise, and a
place after a locative (``di Pyongyang``). Pronouns (``ia``, ``dia``, ``beliau``) are not linked
by ``__call__``: on the dev set the best rule (``link_pronouns``) picked the right antecedent for
16 of 18 linked, below the 0.90 linking floor (``eval/actors/README.md``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Any

from warta.actors.kb import (
    KnowledgeBase,
    OrgHead,
    Role,
    code_at,
    country_actor_id,
    covers,
    lang_file,
    load_kb,
    name_key,
    numbered_offices,
    org_heads,
    read_tsv,
    split_code,
    story_aliases,
    translit_key,
)
from warta.actors.learned import LearnedStore
from warta.records import Actor, ActorLink, Article, Mention

log = logging.getLogger(__name__)

TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+|-(?=[a-z])[^\W_]+)*|[()\[\],;:\"“”]")
"""Words (``Jong-un`` and ``Ma'ruf`` are one word; ``Rusia-Korea`` is two) and punctuation."""
SENTENCE_END_RE = re.compile(r"[.!?][\"”]?\s+(?=[A-Z\"“(])|\n|\.,(?=\S)")
"""Sentence ends; CLICK-ID joins paragraphs with ``.,``."""

DATELINE_RE = re.compile(r"(?:,\s*[\w.]+)?\s*[-–—]")
"""What follows the place of a dateline: an optional outlet tag and a dash."""
LEFT_WINDOW = 200
RIGHT_WINDOW = 120
"""Characters after a name read for a title in apposition."""
"""Characters of left context read for a title (a long Indonesian title fits in ~120)."""
MAX_ALIAS_TOKENS = 7
MAX_ROLE_TOKENS = 9
MAX_TITLE_TOKENS = 14
MAX_NAME_TOKENS = 5
SHORT_ROLE_MAX = 2
"""A lower-case role abbreviation this short is another word ("pm" in "pm 10.00"); "ibu" is not."""
MAX_ORG_NAME_TOKENS = 10
"""An unknown organisation's name is at most this many words (``Aliansi Mahasiswa dan Pemuda
Peduli KPK`` is 7)."""
MIN_NEW_NAME_TOKENS = 2
"""A name the knowledge base does not hold is taken after a title only with two or more words:
one capitalised word after a title is too often an ordinary word in a headline."""
TITLE_CASE_SHARE = 0.6
"""A line (without a closing full stop) where this share of words is capitalised is a headline:
titles there introduce no new names ("Menhan Rusia Berkunjung ke Korea Utara")."""
NEXT_TITLE_WORDS = 4
"""Lower-case words a demonstrative role phrase opening the next sentence may hold
(``Perajin perak dari London itu``)."""
RELATIVE_MAX_WORDS = 8
"""Words of the relative clause between a sentence-opening role and its name."""
SHORT_HONORIFIC_MAX = 3
"""An honorific or rank of context_words.tsv ``title`` this short may be written in lower case
inside a title (``dr``, ``h``, ``ir``)."""
CLASS_NUMERAL_RE = re.compile(r"[IVX]+[A-C]?")
"""A Roman class number after ``Kelas``/``Klas`` (``I``, ``IIA``, ``IIB``)."""
CITY_CODE_MIN = 71
"""In the wilayah codes of regencies and cities, cities are numbered from 71 (``32.71`` Kota
Bogor, ``32.01`` Kabupaten Bogor)."""
MAX_PLACE_TOKENS = 3
"""A foreign region or city after a regional title has at most this many words (``New South
Wales``)."""
REGIONAL_OFFICE = "@"
"""An office of ``roles.tsv`` ending with this has one holder per Indonesian region: the key is
completed with the region's code (``IDN:governor@31``)."""
NAME_INITIAL_MAX = 3
"""An all-capitals word this short right after a name is part of it (``Muchlis AS``)."""
AGE_AFTER_RE = re.compile(r"\s*\(\d{1,3}\)")
"""An age in brackets right after a word (``MA (20)``): the word names a person."""

FUZZY_MAX_EDITS = 2
"""A typo may be at most this many edits from the known name (``Kim Jon Un`` is 1)..."""
FUZZY_WORD_SHARE = 3
"""In a fuzzy match of two names of as many words, each word may differ by at most one edit
per this many letters (``jon``/``jong``: 1 of 4; ``gavin``/``david``: 2 of 5, refused)."""
FUZZY_MIN_LENGTH = 8
"""...names shorter than this are never fuzzy-matched (too many near neighbours)..."""
FUZZY_MARGIN = 2
"""...and every other known person must be at least this many edits further away."""
COREF_TYPO_MIN_LENGTH = 6
"""A one-word mention this long may differ by one edit from a surname in the article."""
COREF_PREFIX_MIN_LENGTH = 4
"""A one-word mention this long may be the start of a name word in the article (``Alex``)."""

CONFIDENCE = {
    "exact": 0.95,
    "coref": 0.85,
    "role": 0.8,
    "learned": 0.75,
    "learn": 0.7,
    "fuzzy": 0.7,
    "role-only": 0.6,
    "org-name": 0.6,
    "nil": 0.2,
    "pronoun": 0.5,
}
UNKNOWN_PLACE_IN_DEFAULT_COUNTRY = True
"""A place no gazetteer knows is taken to be in the default country (Indonesian news mostly
names small Indonesian places without a qualifier; foreign ones come with their country)."""
UNKNOWN_ORG_IN_DEFAULT_COUNTRY = True
"""Likewise an organisation no gazetteer or head noun codes ("Trigana Air" is a company, but
its country at least is right far more often than not in Indonesian news)."""
STORY_MIN_VOTES = 3
STORY_SHARE = 3
"""An article is about one foreign country when that country has at least ``STORY_MIN_VOTES``
mentions and ``STORY_SHARE`` times as many as the default country (``story_country``)."""
STORY_NON_VOTING = frozenset({"BUS", "MED"})
"""Sectors of organisations that do not make a story foreign (companies and media: ``Google``,
``Instagram`` in Indonesian articles)."""
PRONOUN_WINDOW = 600
"""Characters before a pronoun in which its antecedent is looked for."""
PRONOUN_MODES = ("recent", "speaker")
"""Antecedent rules of ``ActorLinker.link_pronouns``."""


@cache
def context_words(lang: str = "id") -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for kind, word in read_tsv(lang_file("context_words.tsv", lang), 2):
        # Both spellings: tokens carry translit keys, some callers compare name keys.
        out.setdefault(kind, set()).update({name_key(word), translit_key(word)})
    return {k: frozenset(v) for k, v in out.items()}


@cache
def title_words(lang: str = "id") -> frozenset[str]:
    return frozenset(name_key(row[0]) for row in read_tsv(lang_file("title_words.tsv", lang), 1))


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    key: str
    """translit_key of a word; "" for punctuation."""

    @property
    def upper(self) -> bool:
        return self.text[0].isupper() or self.text[0].isdigit()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    out = []
    for match in TOKEN_RE.finditer(text):
        word = match.group()
        key = translit_key(word) if word[0].isalnum() else ""
        out.append(Token(word, match.start() + offset, match.end() + offset, key))
    return out


@cache
def sentence_end_re(lang: str = "id") -> re.Pattern[str]:
    """``SENTENCE_END_RE`` that does not end a sentence after an abbreviated title
    (``context_words.tsv`` ``abbreviation``: ``Prof. Ali Ghufron Mukti``, ``Dr. Terawan``)."""
    variants = sorted(
        {
            form
            for word in context_words(lang).get("abbreviation", frozenset())
            for form in (word, word.capitalize(), word.upper())
        }
    )
    guard = "".join(rf"(?<!\b{re.escape(form)})" for form in variants)
    return re.compile(guard + SENTENCE_END_RE.pattern)


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (at most ``LEFT_WINDOW`` back). The search
    runs one character past ``pos`` so that a sentence end right before it is seen (its
    capital-letter look-ahead needs the character at ``pos``)."""
    lo = max(0, pos - LEFT_WINDOW)
    start = lo
    for match in sentence_end_re().finditer(text, lo, min(len(text), pos + 1)):
        if match.end() <= pos:
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
    plural: bool = False
    relation: bool = False
    """The role word is an adjective of a relation ("hubungan militer Rusia")."""
    comma: bool = False
    """The title ends with a comma: an apposition that introduces a person, not a place."""
    candidate: bool = False
    """The role is not held yet ("calon pimpinan KPK"): the country alone, nothing learned."""
    region: bool = False
    """An Indonesian region (not a country) qualifies the title ("... DKI Jakarta")."""
    foreign_region_end: int = -1
    """Where a foreign region read as the title's country ends (``Gubernur California``): the
    title's mention keeps it."""
    places: tuple[str, ...] = ()
    """The ids of the Indonesian regions the title's place can be (``Bogor``: the regency and
    the city), for offices with one holder per region (``Gubernur DKI Jakarta``)."""
    org_organ: bool = False
    """``org`` was read from a party organ's abbreviation (``DPD``): a party after it replaces
    it (``Ketua DPD Partai Golkar``)."""
    number: int | None = None
    """The holder's number an ordinal title gives (``Presiden ke-3 RI``: 3)."""
    ordinal: bool = False
    """The title counts holders ("Presiden ke-3 RI BJ Habibie"): it names the office, not that
    the person holds it on the date."""

    def code(self, default_country: str | None) -> str:
        """The code the title gives: organisation or country, with the role's sectors."""
        role = self.role
        if self.candidate:
            head = split_code(self.org.default_code or "")[0] if self.org is not None else ""
            return head or self.country or (role.country if role else None) or default_country or ""
        sectors = role.sectors if role is not None and not self.former else ""
        if self.former and role is not None and role.kind in ("person", "head"):
            # "Mantan Ketua KPK Abraham Samad": a former office holder is country + ELI.
            head = split_code(self.org.default_code or "")[0] if self.org is not None else ""
            country = head or self.country or role.country or default_country
            return country + "ELI" if country else ""
        if self.org is not None and self.org.default_code:
            base = self.org.default_code
            if (
                self.country
                and default_country
                and base.startswith(default_country)
                and self.country != default_country
            ):
                # "Juru bicara Kementerian Pertahanan Rusia": the unit of another state.
                base = self.country + base[len(default_country) :]
            if role is None or role.kind == "head" or not sectors or self.former:
                return base
            if role.kind == "unit" and "".join(split_code(base)[1]).startswith(sectors):
                return base  # a ministry's directorate: the ministry's own code (GOVAGR)
            if role.kind == "unit" and sectors == "GOV" and role.country:
                return base  # a state office of a body: "Rutan Polda Metro Jaya" is the police's
            head, _ = split_code(base)
            if not head and not self.country:
                return base  # "Presiden Komisi Uni Eropa": the international body's code
            return (head or self.country or default_country or "") + sectors
        country = self.country or (role.country if role else None) or default_country
        if country is None:
            return ""
        if not sectors and role is not None and role.kind == "head" and self.region:
            # "Kepala Biro Tata Pemerintahan DKI Jakarta": a regional government's official.
            sectors = "GOV"
        return country + sectors


@dataclass(slots=True)
class _Seen:
    """A person linked earlier in the article."""

    actor_id: str
    name: str
    tokens: set[str]
    code: str
    offices: frozenset[str]
    end: int = -1
    """Where this person's latest mention ends."""


@dataclass(slots=True)
class ArticleState:
    seen: list[_Seen] = field(default_factory=list)
    orgs: dict[str, tuple[str, str, Actor | None]] = field(default_factory=dict)
    """Unknown organisations named in this article: translit key of the name and of the
    abbreviation it introduced in brackets → (name, code, actor)."""
    org_names: dict[str, tuple[str, str, Actor | None]] = field(default_factory=dict)
    """Every organisation linked in this article, by the translit key of its mention, for
    shortened names (``BPJS`` after ``BPJS Kesehatan``, ``Mandiri`` after ``Bank Mandiri``)."""
    country: str | None = None
    """The story's country when the article is about one foreign country (``story_country``):
    the country of titles, people and organisations that name none."""


class ActorLinker:
    """Links and codes actor mentions. Load once, call per article.

    ``learned``: a store for learned actors (reused and extended); ``learn=False`` reads it but
    never adds to it. ``default_country``: the country of titles and people that name none
    (Indonesian news: ``IDN``).
    """

    requires = ("Article.text",)
    assigns = ("actors",)

    def __init__(
        self,
        kb: KnowledgeBase | None = None,
        learned: LearnedStore | None = None,
        *,
        learn: bool = True,
        default_country: str | None = "IDN",
        lang: str = "id",
    ) -> None:
        self.kb = kb or load_kb(lang)
        self.learned = learned if learned is not None else LearnedStore(None)
        self.learn = learn
        self.default_country = default_country
        self.words = context_words(lang)
        self.org_heads = org_heads(lang)
        self._story_aliases = story_aliases(lang)
        self._numbered = numbered_offices(lang)
        self._story_keys = frozenset(key for _country, key in self._story_aliases)
        self._first_words = {k.split(" ")[0] for k in self.kb.by_key}
        self._role_first = {k.split(" ")[0] for k in self.kb.roles}
        vocab = set(title_words(lang)) | set(self.words.get("title", ()))
        for phrase in self.kb.roles:
            vocab.update(phrase.split(" "))
        for actor in self.kb.actors.values():
            if actor.type == "organisation":
                for name in (actor.name, *actor.aliases):
                    vocab.update(w for w in name_key(name).split(" ") if len(w) > 3)
        self._title_vocab = frozenset(vocab)
        self._fuzzy_index: dict[str, list[tuple[str, str]]] | None = None
        self._surname_index: dict[str, tuple[str, ...]] | None = None
        self._district_joined: dict[str, list[str]] | None = None

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
        ordered = sorted(mentions, key=lambda m: (m.start, m.end))
        state = ArticleState()
        links = [
            self.link(text, mention, dct=dct, state=state, source=source) for mention in ordered
        ]
        story = self.story_country(links, text)
        if story is None:
            return links
        # A report on one foreign country: link again with it as the country of what names none.
        state = ArticleState(country=story)
        return [
            self.link(text, mention, dct=dct, state=state, source=source) for mention in ordered
        ]

    def _after_currency(self, text: str, links: Sequence[ActorLink]) -> set[int]:
        """Starts of links right after a currency word (``dolar AS``) or glued to a currency
        sign (``US$``)."""
        words = self.words.get("currency", frozenset())
        out = set()
        for link in links:
            if text[link.end : link.end + 1] == "$":
                out.add(link.start)
                continue
            before = tokenize(text[max(0, link.start - 20) : link.start])
            if before and before[-1].key in words:
                out.add(link.start)
        return out

    def _title_home(self, title: Title, home: str | None) -> str | None:
        """The country for a title that names none: the story's, except for the commentators
        Indonesian outlets quote on foreign news (``context_words.tsv`` ``local_voice``:
        ``Pengamat Pasar Keuangan Ariston Tjendra`` in a report on the dollar)."""
        if title.role is not None and name_key(title.role.phrase) in self.words.get(
            "local_voice", frozenset()
        ):
            return self.default_country
        return home

    def story_country(self, links: Sequence[ActorLink], text: str = "") -> str | None:
        """The one foreign country an article is about, or None.

        Each link to a known actor votes for its country: a country, a capital or foreign city,
        an Indonesian region (the default country), a known person or state body; companies and
        media (``BUS``, ``MED``: ``Google`` in an Indonesian article), names another country's
        story gives to another body (``story_aliases.tsv``: ``Partai Demokrat``) and links the
        default country coded (unknown people, bare roles) do not vote. The story is foreign when one
        country has at least ``STORY_MIN_VOTES`` votes, ``STORY_SHARE`` times the default
        country's and twice any other country's: a detik report on US politics (``AS``,
        ``Trump``, ``Partai Republik``) with no Indonesian actor. Its untitled people, bare roles
        and unknown organisations are then that country's (``Elon Musk``, ``Departemen
        Efisiensi Pemerintah``, ``pemerintah``)."""
        if not self.default_country:
            return None
        votes: dict[str, int] = {}
        currency_at = self._after_currency(text, links)
        for link in links:
            if link.actor_id is None or not link.country or link.learned:
                continue
            if link.type == "organisation" and set(link.sectors) & STORY_NON_VOTING:
                continue
            if translit_key(link.text) in self._story_keys:
                continue  # "Partai Demokrat": the name is the question, not the answer
            if link.type == "country" and link.start in currency_at:
                continue  # "dolar AS", "US$": a currency, not the country
            votes[link.country] = votes.get(link.country, 0) + 1
        home = votes.pop(self.default_country, 0)
        if not votes:
            return None
        ranked = sorted(votes.items(), key=lambda item: -item[1])
        country, top = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        # Two foreign countries: the one named most when no Indonesian actor is named at all
        # (British officers in a story set in New York), else twice the other's.
        ahead = top > second if home == 0 else top >= 2 * second
        if top >= STORY_MIN_VOTES and top >= STORY_SHARE * home and ahead:
            return country
        return None

    def link_article(
        self, article: Article, mentions: Sequence[Mention] | None = None
    ) -> list[ActorLink]:
        """Link an article's mentions, coded for its publication date (the events stage can
        pass a governing time expression's date to ``__call__`` instead)."""
        dct = (article.published or "")[:10] or None
        return self(article.text, mentions, dct=dct, source=article.id)

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
        """Gazetteer and title-based mentions, for use when no entity model is available (the
        steps are in ``_find``)."""
        return self._find(text)[0]

    def generic_mentions(self, text: str) -> list[Mention]:
        """Only the generic role words of ``find_mentions`` (``tersangka``, ``korban``,
        ``LSM``, ``hakim``), with its guards (case, ``ibu kota``, headlines, relations): for a
        caller that takes names from an entity model and needs the collective actors too."""
        mentions, generic = self._find(text)
        return [m for m in mentions if m.start in generic]

    def _find(self, text: str) -> tuple[list[Mention], set[int]]:
        """Gazetteer and title-based mentions, for use when no entity model is available.

        1. Longest knowledge-base names (capitalised; abbreviations with their exact case).
           a. A unit with its place, number or name, or the unit of a body before the body
              (``Polres Bogor``, ``Kodim 0501``, ``Satreskrim Polres Bekasi``) is one mention.
           b. An unknown organisation name headed by an organisation noun (``Aliansi Mahasiswa
              dan Pemuda Peduli KPK``, ``Indonesia Police Watch``; ``org_heads.tsv``) is one
              mention, over the places and bodies named inside it.
           c. Abbreviations an unknown organisation introduced in brackets (``Front Revolusi
              Indonesia (FRI)``), where they occur again; titles read past them (``Kepala BMKG
              Dwi Korita Karnawati``).
        2. Titles: the name after a title (``Menhan Korut Kang Sun Nam``) is a person; a title
           with no name after it and a country or organisation in it is one role-only mention;
           a generic role word written as a common noun (``tersangka``, ``korban``, ``LSM``,
           ``hakim``) is a role-only mention of its own (``_bare_role``).
        3. Typos of known names (``Kim Jon Un``), by the guarded fuzzy match.
        4. Short names: later words equal to a word of a person's name found in 1–3.
        """
        tokens = tokenize(text)
        n = len(tokens)
        stops = self._sentence_stops(text, tokens)
        known_at: dict[int, Actor] = {}
        """First token of a knowledge-base mention of step 1 → its actor."""
        mentions: dict[int, Mention] = {}
        owner = [-1] * n
        """Token → the mention (by first token) that covers it."""

        def add(first: int, end: int, label: str) -> None:
            for k in range(first, end):
                if owner[k] >= 0 and owner[k] in mentions:
                    old = owner[k]
                    for m in range(n):
                        if owner[m] == old:
                            owner[m] = -1
                    mentions.pop(old, None)
            span = text[tokens[first].start : tokens[end - 1].end]
            mentions[first] = Mention(span, tokens[first].start, tokens[end - 1].end, label)
            for k in range(first, end):
                owner[k] = first

        initials: set[str] = set()
        """Words found before a country abbreviation that was a name's initials."""
        i = 0
        while i < n:
            match = self._alias_at(tokens, i)
            if match is None:
                i += 1
                continue
            end, actor = match
            kind = self.kb.alias_kind.get((actor.id, " ".join(t.key for t in tokens[i:end])))
            if (
                kind == "abbr" and self._name_initials(text, tokens, i, end, owner, initials)
            ) or self._cued_initials(text, tokens, i, end):
                i = end  # "Muchlis AS ditangkap": initials, not the United States
                continue
            add(i, end, _label(actor, kind or "name"))
            known_at[i] = actor
            i = end
        # 1a. units with their place, number or name; units of one body.
        for first in sorted(known_at):
            if first not in mentions or known_at[first].type != "organisation":
                continue
            unit_end = self._unit_end(tokens, first, owner, known_at, stops[first])
            if unit_end is not None:
                add(first, unit_end, "ORG")
            elif (foreign := self._foreign_unit_end(tokens, first, owner, known_at)) is not None:
                add(first, foreign, "ORG")
        # 1b. unknown organisation names; their bracketed abbreviations.
        abbreviations: dict[str, int] = {}
        i = 0
        while i < n:
            span = self._org_name_span(text, tokens, i, owner, known_at, stops[i])
            if span is None:
                i += 1
                continue
            first, end, abbr_end = span
            add(first, end, "ORG")
            if abbr_end > end:
                for k in range(end, abbr_end):
                    owner[k] = first  # the bracket belongs to the name's mention
                abbr = " ".join(t.text for t in tokens[end + 1 : abbr_end - 1])
                abbreviations.setdefault(abbr, abbr_end)
            i = max(abbr_end, end)
        # 1c. later uses of the abbreviations unknown organisations introduced (before the
        # titles, which read past them: "Kepala BMKG Dwi Korita Karnawati").
        for abbr, after in abbreviations.items():
            size = len(abbr.split(" "))
            for k in range(after, n - size + 1):
                if all(owner[m] < 0 for m in range(k, k + size)) and (
                    " ".join(t.text for t in tokens[k : k + size]) == abbr
                ):
                    add(k, k + size, "ORG")
        role_only: set[int] = set()
        generic: set[int] = set()
        """First tokens of the generic role-word mentions (``_bare_role``)."""
        i = 0
        while i < n:
            role_end, role = self._role_at(tokens, i)
            if role is None or (
                owner[i] >= 0
                and owner[i] in mentions
                and not self._party_organ(i, role_end, role, owner, known_at)
            ):
                # No role here, or the words are an organisation's name ("Partai Golkar").
                i += 1
                continue
            stop = stops[i]
            chunk_end, title = self._title_from(tokens, i, stop, lenient=False)
            if role.kind in ("person", "head"):
                chunk_end = self._past_unknown_org(tokens, i, chunk_end, stop, owner, mentions)
            name_start = chunk_end
            member = (
                role.kind == "group"
                and title.comma
                and bool(role.sectors)
                and ((title.country is not None and not title.region) or title.org is not None)
            )
            if (role.kind in ("group", "unit") and not member) or self._genitive(role):
                name_end = name_start  # "kuasa hukum Ahmad Dhani" is Dhani's lawyer
            else:
                name_end = self._name_run(tokens, name_start, owner, mentions, stop)
            if member and not self._member_name(tokens, name_start, name_end, owner):
                name_end = name_start
            covering = mentions.get(owner[name_start]) if name_start < n else None
            if (
                covering is not None
                and covering.label != "PER"
                and owner[name_start] >= 0
                and name_end > name_start
                and owner[name_end - 1] == owner[name_start]
            ):
                name_end = name_start  # "Kasi Propam , Jawa Timur, Ipda Waheru": a place
            if name_end > name_start:
                head = mentions.get(owner[name_start]) if owner[name_start] >= 0 else None
                known = (
                    head is not None
                    and head.label == "PER"
                    and owner[name_start] == (name_start)
                    and (name_end == name_start + 1 or owner[name_end - 1] == name_start)
                )
                # "Kapolres , AKBP Hartoyo": a comma, then ranks, before the name
                after_comma = title.comma or (name_start > 0 and tokens[name_start - 1].text == ",")
                new_ok = (
                    name_end - name_start >= MIN_NEW_NAME_TOKENS or after_comma
                ) and not _title_case_line(text, tokens[i].start)
                if known or new_ok:
                    if not known:
                        add(name_start, name_end, "PER")
                    i = max(name_end, i + 1)
                    continue
            qualified = title.country is not None or title.org is not None
            if qualified or (role.country and role.kind == "person"):
                end_tok = chunk_end
                while end_tok > max(role_end, title.foreign_region_end):
                    last = tokens[end_tok - 1]
                    if last.text == ")":
                        while end_tok > role_end and tokens[end_tok - 1].text != "(":
                            end_tok -= 1
                        end_tok -= 1
                    elif last.text == "," or (
                        owner[end_tok - 1] < 0 and last.key not in self._title_vocab
                    ):
                        end_tok -= 1
                    else:
                        break
                if not _title_case_line(text, tokens[i].start) or qualified:
                    add(i, end_tok, "PER" if role.kind in ("person", "head") else "ORG")
                    role_only.add(i)
                i = max(end_tok, i + 1)
                continue
            if self._bare_role(text, tokens, i, role_end, role, title, owner):
                add(i, role_end, "PER" if role.kind in ("person", "head") else "ORG")
                role_only.add(i)
                generic.add(i)
            i = role_end
        # 4. typos of known names ("Kim Jon Un"): capitalised runs sharing a known name's first
        # or last word, confirmed by the guarded fuzzy match.
        index = self._fuzzy_people()
        k = 0
        while k < n:
            end = k
            while end < n and end - k < MAX_NAME_TOKENS and owner[end] < 0 and tokens[end].key:
                if not tokens[end].text[0].isupper():
                    break
                end += 1
            if end - k >= MIN_NEW_NAME_TOKENS:
                words = [t.key for t in tokens[k:end]]
                shares = "<" + words[0] in index or ">" + words[-1] in index
                if shares and self._fuzzy(" ".join(words)) is not None:
                    add(k, end, "PER")
            k = max(end, k + 1)
        person_words: set[str] = set()
        by_start = {tok.start: k for k, tok in enumerate(tokens)}
        for idx, other in list(mentions.items()):
            if other.label == "PER" and idx not in role_only:
                for tok in tokenize(other.text):
                    if len(tok.key) >= 3 and tok.upper:
                        person_words.add(tok.key)
                # "Edhie Baskoro atau Ibas": the alias is the person's name for the article.
                introduced = self._introduced_alias(text, other.end)
                at = by_start.get(text.find(" ", other.end) + 1, -1) if introduced else -1
                while 0 <= at < n and at < by_start.get(other.end, at) + 5:
                    if tokens[at].key == introduced and tokens[at].text[0].isupper():
                        if owner[at] < 0:
                            add(at, at + 1, "PER")
                        person_words.add(tokens[at].key)
                        break
                    at += 1
        for k, tok in enumerate(tokens):
            if owner[k] < 0 and tok.key in person_words and tok.upper:
                add(k, k + 1, "PER")
        found = [mentions[k] for k in sorted(mentions)]
        return found, {tokens[k].start for k in generic if k in mentions}

    # ------------------------------------------------------------------ finder helpers

    def _sentence_stops(self, text: str, tokens: Sequence[Token]) -> list[int]:
        """For each token, the index of the first token of the next sentence: a title or name
        never runs across a sentence end ("... bersama mahasiswa. Kapolres Bogor ...")."""
        titles = self.words.get("title", frozenset())
        breaks = []
        for match in sentence_end_re().finditer(text):
            if text[match.start()] == ".":
                word = re.search(r"([^\W_]+)$", text[max(0, match.start() - 20) : match.start()])
                # "H. M. Prasetyo", "Dr. Budi": an initial or a title's abbreviation.
                if word is not None and (
                    len(word.group(1)) == 1 or name_key(word.group(1)) in titles
                ):
                    continue
            breaks.append(match.end())
        out = [len(tokens)] * len(tokens)
        b = 0
        next_break = breaks[0] if breaks else None
        sentence_first = 0
        for k, tok in enumerate(tokens):
            while next_break is not None and tok.start >= next_break:
                for m in range(sentence_first, k):
                    out[m] = k
                sentence_first = k
                b += 1
                next_break = breaks[b] if b < len(breaks) else None
        return out

    def _unit_end(
        self,
        tokens: Sequence[Token],
        first: int,
        owner: Sequence[int],
        known_at: dict[int, Actor],
        stop: int,
    ) -> int | None:
        """Where a unit's mention ends when its place, number or name follows it (``Polres
        Bogor``, ``Kodim 0501``, ``Polda Metro Jaya``) or the body it belongs to (``Satreskrim
        Polres Bekasi``, ``Propam Polri``: same code), else None."""
        actor = known_at[first]
        n = min(len(tokens), stop)
        end = first
        while end < n and owner[end] == first:
            end += 1
        grown = end
        unit_key = " ".join(t.key for t in tokens[first:end])
        while grown < n and owner[grown] == grown and grown in known_at:
            body = known_at[grown]
            if body.type != "organisation" or body.default_code != actor.default_code:
                break
            unit_key = " ".join(t.key for t in tokens[grown : self._owned_end(owner, grown, n)])
            grown = self._owned_end(owner, grown, n)
        place = grown
        wide = place < n and tokens[place].key in self.words.get("unit_place_prefix", frozenset())
        if place < n and (tokens[place].key in self.words.get("place_prefix", frozenset()) or wide):
            place += 1
        if (
            place < n
            and owner[place] == place
            and place in known_at
            and known_at[place].type in (("place", "country") if wide else ("place",))
        ):
            return self._owned_end(owner, place, n)
        if place == grown and unit_key in self.words.get("named_unit", frozenset()):
            k = grown
            while k < n and k - grown < 3 and owner[k] < 0 and tokens[k].key and tokens[k].upper:
                k += 1
            if k > grown:
                return k
        return grown if grown > end else None

    def _foreign_unit_end(
        self,
        tokens: Sequence[Token],
        first: int,
        owner: Sequence[int],
        known_at: dict[int, Actor],
    ) -> int | None:
        """Where a unit of the default country's state ends when a foreign country follows
        its name (``Kementerian Luar Negeri China``, ``Kementerian Pertahanan Rusia``): the unit
        belongs to that country, one mention; else None."""
        actor = known_at[first]
        if not self.default_country or not (actor.default_code or "").startswith(
            self.default_country
        ):
            return None
        _role_end, role = self._role_at(tokens, first)
        if role is None or role.kind != "unit":
            return None
        n = len(tokens)
        end = self._owned_end(owner, first, n)
        if end >= n or owner[end] != end or end not in known_at:
            return None
        country = known_at[end]
        if country.type != "country" or country.default_code == self.default_country:
            return None
        return self._owned_end(owner, end, n)

    @staticmethod
    def _owned_end(owner: Sequence[int], first: int, n: int) -> int:
        end = first
        while end < n and owner[end] == first:
            end += 1
        return end

    def _org_name_span(
        self,
        text: str,
        tokens: Sequence[Token],
        i: int,
        owner: Sequence[int],
        known_at: dict[int, Actor],
        stop: int,
    ) -> tuple[int, int, int] | None:
        """(first, end, end with the bracketed abbreviation) of an organisation name headed by
        an organisation noun at ``i`` (first-word heads) or ending at ``i`` (last-word heads),
        when the knowledge base does not hold the whole name."""
        tok = tokens[i]
        if not tok.key or not tok.upper or (tok.text.isupper() and len(tok.text) > 3):
            return None
        head_end, head = self._org_head_at(tokens, i, stop)
        if head is None or (not head.last and self._role_at(tokens, i)[0] > head_end):
            return None  # a longer role phrase: "Badan Legislasi" is the DPR's unit
        if i > 0 and not head.last and self._role_at(tokens, i - 1)[0] > i:
            return None  # the end of a role phrase: "Kepala Hubungan Masyarakat Polres ..."
        if _title_case_line(text, tok.start):
            return None  # a headline: every word is capitalised
        connectors = self.words.get("org_connector", frozenset())
        if not head.last:
            if owner[i] >= 0 and owner[i] in known_at and owner[i] != i:
                return None
            k = head_end
            end = k
            while k < stop and k - i < MAX_ORG_NAME_TOKENS:
                cur = tokens[k]
                if not cur.key:
                    break
                if cur.upper:
                    _role_end, role = self._role_at(tokens, k)
                    if role is not None and role.kind == "head" and not role.sectors:
                        break  # "... Koordinator Budi": a title starts
                    k += 1
                    end = k
                    continue
                if cur.key in connectors and k + 1 < stop and tokens[k + 1].upper:
                    k += 1
                    continue
                break
            first = i
        else:
            begin = sentence_start(text, tok.start)
            k = i
            while k > 0 and i - k < MAX_ORG_NAME_TOKENS and tokens[k - 1].start >= begin:
                prev = tokens[k - 1]
                if not prev.key or not prev.upper:
                    break
                k -= 1
            first, end = k, head_end
        if end - first < 2:
            return None
        key = " ".join(t.key for t in tokens[first:end])
        if any(self.kb.actors[a].type != "person" for a in self.kb.by_key.get(key, [])):
            return None  # a known name: step 1 has it
        if owner[first] >= 0 and known_at.get(owner[first], _NO_ACTOR).type == "organisation":
            # A known organisation starts the name: only its own abbreviation in brackets makes
            # the longer name the same organisation ("Badan Eksekutif Mahasiswa Seluruh
            # Indonesia (BEM SI)").
            abbr = self._bracket_after(tokens, end)
            if abbr is None:
                return None
            known = self._known_org(tokens[end + 1 : abbr - 1])
            if known is None or known.id != known_at[owner[first]].id:
                return None
        return first, end, self._bracket_after(tokens, end) or end

    def _name_initials(
        self,
        text: str,
        tokens: Sequence[Token],
        i: int,
        end: int,
        owner: Sequence[int],
        initials: set[str],
    ) -> bool:
        """Whether the short all-capitals abbreviation at ``i`` (``AS``) is a name's initials:
        right after a capitalised word that is no title, role or known name (``Muchlis AS``,
        ``Abdul Rahman AS``), not after a title (``Presiden AS``, ``Kedubes AS``), a
        conjunction (``China dan AS``) or a bracket (``Amerika Serikat (AS)``). A word opening
        the sentence (``Sementara AS``, ``Menurut AS``) counts only when the same word was
        already read before initials in the article (``Muchlis AS menambahkan``)."""
        surface = text[tokens[i].start : tokens[end - 1].end]
        if end - i != 1 or len(surface) > NAME_INITIAL_MAX or not surface.isupper() or i == 0:
            return False
        prev = tokens[i - 1]
        if not (prev.key and prev.text[0].isupper()) or owner[i - 1] >= 0:
            return False
        if prev.text.isupper() and prev.key not in self.words.get("police_rank", frozenset()):
            return False
        if text[prev.end : tokens[i].start].strip():
            return False
        ranks = self.words.get("police_rank", frozenset()) | self.words.get(
            "military_rank", frozenset()
        )
        if prev.key in ranks:
            return True  # "Oknum polisi Brigpol AS (28)": a rank before initials
        word = name_key(prev.text)
        if word in self._title_vocab or word in self._role_first:
            return False
        if self._sentence_start_token(text, tokens, i - 1) and prev.key not in initials:
            return False
        initials.add(prev.key)
        return True

    def _cued_initials(self, text: str, tokens: Sequence[Token], i: int, end: int) -> bool:
        """Whether the short all-capitals alias at ``i`` (a country's or a body's: ``AS``,
        ``MA``) is a person's initials because a word introduces them (``berinisial AS``,
        ``Saudara AS``; context_words.tsv ``initial_cue``) or an age in
        brackets follows (``MA (20)``)."""
        surface = text[tokens[i].start : tokens[end - 1].end]
        if end - i != 1 or len(surface) > NAME_INITIAL_MAX or not surface.isupper():
            return False
        cued = i > 0 and tokens[i - 1].key in self.words.get("initial_cue", frozenset())
        return cued or AGE_AFTER_RE.match(text, tokens[i].end) is not None

    def _sentence_start_token(self, text: str, tokens: Sequence[Token], k: int) -> bool:
        return tokens[k].start == sentence_start(text, tokens[k].start)

    def _org_head_at(
        self, tokens: Sequence[Token], i: int, stop: int
    ) -> tuple[int, OrgHead | None]:
        """The organisation head starting at ``i`` (first-word heads) or ending the word at
        ``i`` (last-word heads), and where it ends."""
        for size in (2, 1):
            if i + size > stop or any(not t.key for t in tokens[i : i + size]):
                continue
            head = self.org_heads.get(name_key(" ".join(t.text for t in tokens[i : i + size])))
            if head is not None:
                return i + size, head
        return i + 1, None

    def _bracket_after(self, tokens: Sequence[Token], end: int) -> int | None:
        """The end (after ``)``) of a bracketed abbreviation of capitalised words at ``end``."""
        if end >= len(tokens) or tokens[end].text != "(":
            return None
        k = end + 1
        while k < len(tokens) and k - end <= 3 and tokens[k].key and tokens[k].upper:
            k += 1
        if k == end + 1 or k >= len(tokens) or tokens[k].text != ")":
            return None
        return k + 1

    def _known_org(self, tokens: Sequence[Token]) -> Actor | None:
        key = " ".join(t.key for t in tokens)
        surface = " ".join(t.text for t in tokens)
        for actor_id in self.kb.by_key.get(key, []):
            actor = self.kb.actors[actor_id]
            if actor.type == "organisation" and self._case_ok(actor, key, surface):
                return actor
        return None

    def org_name_code(self, tokens: Sequence[Token]) -> str | None:
        """The code of an organisation name headed by an organisation noun, or None.

        1. The head (``org_heads.tsv``): first word (``Aliansi ...``) or last (``... Watch``).
        2. Sector: the first group or person word inside the name, longest first
           (``Mahasiswa`` EDU, ``Masyarakat Sipil`` NGO), else the head's default.
        3. Country: a country named inside the name, else the default country.
        """
        words = [t for t in tokens if t.key]
        if len(words) < 2 or not words[0].upper:
            return None
        head_end, head = self._org_head_at(words, 0, len(words))
        if head is not None and not head.last and self._role_at(words, 0)[0] > head_end:
            return None  # a longer role phrase: "Badan Legislasi" is the DPR's unit
        inner: Sequence[Token]
        if head is not None and not head.last:
            inner = words[head_end:]
        else:
            last = self.org_heads.get(name_key(words[-1].text))
            if last is None or not last.last:
                return None
            head, inner = last, words[:-1]
        sectors = ""
        country = ""
        k = 0
        while k < len(inner):
            place = self._alias_at(inner, k)
            if place is not None and place[1].type == "country":
                country = country or (place[1].default_code or "")
                k = place[0]
                continue
            role_end, role = self._role_at(inner, k)
            if (
                not sectors
                and role is not None
                and role.kind in ("group", "person")
                and role.sectors
            ):
                sectors = role.sectors
                if not head.last and role.phrase in self.words.get("civil_society", frozenset()):
                    sectors = "NGO"  # "Forum Masyarakat Peduli Parlemen": civil society
                k = role_end
                continue
            k += 1
        advocacy = self.words.get("advocacy", frozenset())
        if not sectors and any(t.key in advocacy for t in inner):
            sectors = "NGO"  # "Masyarakat Anti Korupsi Indonesia": a watchdog, not the public
        return (country or self.default_country or "") + (sectors or head.sectors)

    def _party_organ(
        self, i: int, role_end: int, role: Role, owner: Sequence[int], known_at: dict[int, Actor]
    ) -> bool:
        """``DPD PDI-P Jawa Tengah``: a party organ's title whose word is also an organisation's
        abbreviation (``DPD``, the regional council), read as the title when a party follows."""
        if role.kind != "unit" or owner[i] != i or i not in known_at:
            return False
        if role_end >= len(owner) or owner[role_end] != role_end or role_end not in known_at:
            return False
        if any(owner[k] != i for k in range(i, role_end)):
            return False
        party = known_at[role_end]
        return party.type == "organisation" and (party.default_code or "").endswith("PTY")

    def _party_board(
        self, mention: Mention, tokens: Sequence[Token], state: ArticleState
    ) -> ActorLink | None:
        """A party organ's abbreviation followed only by an Indonesian region (``DPD Jawa
        Timur``, ``DPW Jabar``): the party's board there, coded as the party and linked to the
        party the article named last (none if it named none)."""
        words = [t for t in tokens if t.key]
        organs = self.words.get("party_organ", frozenset())
        size = next((n for n in (3, 1) if " ".join(t.key for t in words[:n]) in organs), 0)
        if not size or size >= len(words):
            return None
        place = self._alias_at(words[size:], 0)
        if place is None or place[0] != len(words) - size:
            return None
        if not (place[1].type == "place" and place[1].id.startswith("region:")):
            return None
        party = next(
            (a for _n, _c, a in reversed(list(state.org_names.values())) if a and _is_party(a)),
            None,
        )
        code = party.default_code if party else (self.default_country or "") + "PTY"
        method = "role" if party is not None else "role-only"
        return self._make(mention, party, code or "", method, mention.text, mention.start)

    def _bare_role(
        self,
        text: str,
        tokens: Sequence[Token],
        i: int,
        role_end: int,
        role: Role,
        title: Title,
        owner: Sequence[int],
    ) -> bool:
        """Whether a role word with no name and no country or organisation after it is a
        mention of its own: a generic actor written as a common noun (``tersangka``,
        ``korban``, ``hakim``, ``petugas``), an acronym (``LSM``) or an Indonesian unit
        (``Pansus``); not an office with one holder (``presiden`` is left to the events
        stage's reading), not a relation (``hubungan militer``), not a former one, not the
        start of a phrase that names no actor (``ibu kota``), not in a headline."""
        if not role.sectors or title.relation or title.former:
            return False
        if any(owner[k] >= 0 for k in range(i, role_end)):
            return False
        if role.kind == "unit":
            generic = role.country is not None
        elif role.kind == "person":
            # Offices of one region ("bupati") stay generic: many holders, none named.
            generic = role.office is None or role.office.endswith(REGIONAL_OFFICE)
        else:
            generic = role.kind in ("group", "head")
        if not generic:
            return False
        words = tokens[i:role_end]
        lower = all(t.text.islower() for t in words)
        acronym = len(words) == 1 and words[0].text.isupper() and len(words[0].text) > 1
        at_start = self._sentence_start_token(text, tokens, i)
        if not (lower or acronym or at_start or role.kind == "unit"):
            return False
        if role.kind != "unit" and not lower and _title_case_line(text, tokens[i].start):
            return False
        keys = [name_key(t.text) for t in tokens[i : i + 4] if t.key]
        for phrase in self.words.get("not_actor", frozenset()):
            size = phrase.count(" ") + 1
            if " ".join(keys[:size]) == phrase:
                return False
        return True

    def _name_run(
        self,
        tokens: Sequence[Token],
        j: int,
        owner: Sequence[int],
        mentions: dict[int, Mention],
        stop: int | None = None,
    ) -> int:
        """End of the capitalised name starting at ``j`` (``j`` if there is none), before
        ``stop`` (the next sentence)."""
        particles = self.words.get("particle", frozenset())
        limit = len(tokens) if stop is None else stop
        k = j
        while k < limit and k - j < MAX_NAME_TOKENS and tokens[k].key:
            tok = tokens[k]
            if not (tok.text[0].isupper() or (k > j and tok.key in particles)):
                break
            if owner[k] >= 0 and k > j:
                covering = mentions.get(owner[k])
                short_caps = tok.text.isupper() and len(tok.text) <= NAME_INITIAL_MAX
                one_word_person = (
                    covering is not None and covering.label == "PER" and (" " not in covering.text)
                )
                if not (short_caps or one_word_person):
                    break
            if k == j and (tok.key in self._title_vocab or self.kb.roles.get(name_key(tok.text))):
                break
            k += 1
        while k > j and tokens[k - 1].key in particles:
            k -= 1
        return k

    def _alias_at(self, tokens: Sequence[Token], i: int) -> tuple[int, Actor] | None:
        first = tokens[i]
        if not first.key or first.key.split(" ")[0] not in self._first_words or not first.upper:
            return None
        for end in range(min(len(tokens), i + MAX_ALIAS_TOKENS), i, -1):
            if not tokens[end - 1].key or not tokens[end - 1].upper:
                continue
            if any(not t.key for t in tokens[i:end]):
                continue
            key = " ".join(t.key for t in tokens[i:end])
            ids = self.kb.by_key.get(key)
            if not ids:
                continue
            surface = " ".join(t.text for t in tokens[i:end])
            usable = [a for a in ids if self._case_ok(self.kb.actors[a], key, surface)]
            if usable:
                return end, self.kb.actors[self._prefer(usable)]
        return None

    def _case_ok(self, actor: Actor, key: str, surface: str) -> bool:
        """Abbreviations match only with their case ("AS" is the US; "as" is not)."""
        exact = self.kb.exact_case.get(key)
        if exact is None or surface in exact:
            return True
        if _CASE_SEPARATORS.sub(" ", surface) in {_CASE_SEPARATORS.sub(" ", e) for e in exact}:
            return True  # "PDI-P" read as the words "PDI P"
        spellings = [a for a in (actor.name, *actor.aliases) if translit_key(a) == key]
        return not all(s.isupper() for s in spellings)

    def _prefer(self, ids: Sequence[str]) -> str:
        rank = {"country": 0, "organisation": 1, "person": 2, "place": 3}
        return min(
            ids,
            key=lambda i: (rank.get(self.kb.actors[i].type, 4), i not in self.kb.curated_people),
        )

    def _role_at(self, tokens: Sequence[Token], i: int) -> tuple[int, Role | None]:
        if not tokens[i].key or name_key(tokens[i].text).split(" ")[0] not in self._role_first:
            return i + 1, None
        if self._not_actor(tokens[i : i + 4]):
            return i + 1, None  # "Ibu Kota Politik Indonesia": the capital, not a mother
        for end in range(min(len(tokens), i + MAX_ROLE_TOKENS), i, -1):
            if not tokens[end - 1].key:
                continue
            phrase = name_key(" ".join(t.text for t in tokens[i:end]))
            role = self.kb.roles.get(phrase)
            if role is not None:
                # Short lower-case title abbreviations are other words ("pm" in "pm 10.00").
                if len(phrase) <= SHORT_ROLE_MAX and not tokens[i].upper:
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

    def _title_from(
        self, tokens: Sequence[Token], p: int, stop: int, *, lenient: bool
    ) -> tuple[int, Title]:
        """Read a title starting with the role at ``p``; return where it ends and what it says.

        ``lenient``: the name's start is known (``stop``), so unknown capitalised words before
        it belong to the title (``Direktorat Jenderal Imigrasi``).
        """
        title = Title()
        end, role = self._role_at(tokens, p)
        if role is None:
            return p, title
        title.role, title.start = role, tokens[p].start
        personal = role.kind in ("person", "head")
        joined = False
        if p > 0:
            before = tokens[p - 1].key
            title.former = before in self.words.get("former", ())
            title.candidate = before in self.words.get("candidate", ())
            title.plural = before in self.words.get("plural", ())
            two = " ".join(t.key for t in tokens[max(0, p - 2) : p])
            relations = self.words.get("relation", frozenset())
            title.relation = before in relations or two in relations
        ranks = self.words.get("title", frozenset())
        collective: tuple[str, str] | None = None  # a body after a head: name, sectors
        k = end
        if not lenient and self._headed_place(tokens, end, stop, role):
            k += 1  # "Kepala Desa Margabakti Nono Mulyono": the village, then the name
        while k < stop and k - p < MAX_TITLE_TOKENS:
            tok = tokens[k]
            if tok.text == "(":
                after = self._skip_paren(tokens, k)
                if after == k:
                    break
                paren = tokens[k + 1 : after - 1]
                named = self._alias_at(paren, 0) if paren else None
                if named is not None and named[0] == len(paren) and named[1].type != "person":
                    self._qualify(title, named[1])  # "Ketua Majelis Rakyat Papua (MRP)"
                k = after
                continue
            if (
                tok.text == ","
                and title.country is not None
                and self._place_apposition(tokens, k + 1, stop)
            ):
                place = self._alias_at(tokens[k + 1 : stop], 0)
                if place is not None and place[1].default_code == title.country:
                    k += 1 + place[0]  # "Walikota Seoul, Korea Selatan, Park Won-soon"
                    continue
            if (
                tok.text == ","
                and lenient
                and k + 1 < stop
                and all(name_key(t.text) in ranks for t in tokens[k + 1 : stop] if t.key)
            ):
                title.comma = True  # "Kapolda Jatim, Irjen Pol Luki", "..., Prof. Ali Ghufron"
                k = stop
                break
            if tok.text == ",":
                if k + 1 == stop or (tokens[k + 1].upper and tokens[k + 1].key):
                    k += 1
                    title.comma = True
                    j = min(k, len(tokens) - 1)
                    while j + 1 < stop and name_key(tokens[j].text) in ranks:
                        j += 1  # ranks and honorifics after the comma: ", Prof. Ali Ghufron"
                    first = tokens[j]
                    if (
                        j > k
                        and first.key
                        and first.text[0].isupper()
                        and name_key(first.text) not in self._title_vocab
                    ):
                        k = j  # only when a name follows (not "Kabid Humas , Kombes Pol ,")
                elif lenient and tokens[k + 1].text in ("(", ","):
                    k += 1  # a name dropped by the scraper: "Ketua  , (MRP) Timotius Murib"
                    continue
                break
            if (
                tok.key in ("dan", "bidang")
                and k + 1 < stop
                and tokens[k + 1].upper
                and name_key(tokens[k + 1].text) in self._title_vocab
                and not (
                    tok.key == "dan"
                    and (title.org is not None or title.country is not None)
                    and self._role_at(tokens, k + 1)[1] is not None
                )  # "DPD PDI-P Jawa Tengah dan DPW PKB Jatim": a second title
                and not (tok.key == "dan" and self._second_person_title(tokens, k + 1, title))
            ):
                k += 1
                continue
            if (
                tok.key == "dan"
                and lenient
                and k + 1 < stop
                and tokens[k + 1].upper
                and title.org is None
                and self._role_at(tokens, k + 1)[1] is None
                and self._alias_at(tokens[k + 1 : stop], 0) is None
            ):
                k += 1  # "Deputi Penindakan dan Eksekusi KPK Asep Guntur Rahayu": one unit's name
                continue
            if not tok.key:
                break
            if (
                k > end
                and tokens[k - 1].key in self.words.get("class_word", frozenset())
                and (tok.text.isdigit() or CLASS_NUMERAL_RE.fullmatch(tok.text))
            ):
                k += 1  # "Kepala Lapas Klas 1 Surabaya", "Kepala Rutan Klas IIB Sumenep"
                continue
            if (
                tok.key in self.words.get("ordinal_prefix", frozenset())
                and k + 1 < stop
                and tokens[k + 1].text.isdigit()
            ):
                title.number = int(tokens[k + 1].text)
                k += 2  # an ordinal: "Presiden ke-7 RI Joko Widodo"
                title.ordinal = True
                continue
            if (
                tok.key in self.words.get("title_connector", frozenset())
                and k + 1 < stop
                and personal
                and self._connects(tokens, k, stop)
            ):
                k += 1  # "Ketua Fraksi Partai Golkar di DPR Melchias Markus Mekeng"
                joined = True  # "Anggota Panja dari Fraksi PAN": the body the person is of
                continue
            body_role = (
                self._role_at(tokens, k)
                if role.kind == "head"
                and not role.sectors
                and title.org is None
                and tok.upper
                and k == end  # right after the head: "Kepala Intelijen Rusia"
                else (k + 1, None)
            )
            if body_role[1] is not None and body_role[1].kind == "group" and body_role[1].sectors:
                # "Kepala Intelijen Rusia": a head of a collective body takes its sectors (the
                # country after it replaces the default one, as for a ministry).
                collective = (
                    " ".join(t.text for t in tokens[k : body_role[0]]),
                    body_role[1].sectors,
                )
                k = body_role[0]
                continue
            match = self._alias_at(tokens[k:stop], 0)
            if (
                match is not None
                and match[1].type == "person"
                and (match[0] >= 2 or match[1].id in self.kb.curated_people)
            ):
                break  # a known person's name ends the title ("... Golkar Airlangga Hartarto")
            if match is not None and match[1].type != "person":
                organs = self.words.get("party_organ", frozenset())
                phrase = " ".join(t.key for t in tokens[k : k + match[0]])
                if _is_party(match[1]) and title.org is not None and title.org_organ:
                    # "Ketua DPD Partai Golkar Jawa Barat": the party's board, not the council
                    title.org = match[1]
                    title.org_organ = False
                    k += match[0]
                    continue
                if phrase in organs and title.org is None:
                    rest = tokens[k + match[0] : stop]
                    next_body = self._alias_at(rest, 0) if rest else None
                    if next_body is not None and _is_party(next_body[1]):
                        title.org_organ = True  # the party after it decides (above)
                    elif (
                        next_body is not None
                        and next_body[1].type == "place"
                        and next_body[1].id.startswith("region:")
                    ):
                        # "Ketua DPD Jawa Timur Deni Wicaksono": a party's provincial board
                        # (the regional council is "DPD RI", its members "anggota DPD dari ...")
                        title.org = Actor(
                            id="",
                            name=" ".join(t.text for t in tokens[k : k + match[0]]),
                            type="organisation",
                            default_code=(self.default_country or "") + "PTY",
                        )
                        k += match[0]
                        continue
                self._qualify(title, match[1])
                k += match[0]
                continue
            role_end, other = self._role_at(tokens, k)
            if other is not None and role_end <= stop:
                if (
                    title.role is not None
                    and title.role.kind == "head"
                    and (other.kind in ("person", "unit") or (other.kind == "group" and joined))
                    and other.sectors
                ):
                    title.role = other
                k = role_end
                continue
            word = name_key(tok.text)
            if tok.upper and (word in self._title_vocab or word in ranks):
                k += 1
                continue
            if lenient and word in ranks and len(word) <= SHORT_HONORIFIC_MAX:
                k += 1  # a lower-case honorific before the name: "Prof dr Arsil Sani"
                continue
            if tok.text.isupper() and len(tok.text) >= 3 and k + 1 < stop:
                body = self._alias_at(tokens[k + 1 : stop], 0)
                if body is not None and body[1].type == "organisation":
                    k += 1  # an acronym before the body it belongs to: "Panja RKUHP DPR"
                    continue
            place_end = self._foreign_region_end(tokens, k, stop, title)
            if place_end > k:
                k = place_end  # "Gubernur California Gavin Newsom": a region of the USA
                continue
            if lenient and tok.upper:
                k += 1
                continue
            if (
                tok.key in self.words.get("unit_place_prefix", frozenset())
                and title.org is not None
                and k + 1 < stop
                and tokens[k + 1].upper
            ):
                k += 1  # "Koordinator BEM se-Bogor Abdul Mukhtar"
                continue
            qualified_end = self._group_qualifier_end(tokens, k, stop, title)
            if qualified_end > k:
                k = qualified_end  # "aktivis demokrasi Hong Kong": the country follows
                continue
            break
        if title.org is None and collective is not None:
            country = title.country or self.default_country or ""
            title.org = Actor(
                id="", name=collective[0], type="organisation", default_code=country + collective[1]
            )
        if title.org is None and k > end:
            title.org = self._unknown_org_in(tokens, end, k)
        return k, title

    def _bracketed_expansion(self, text: str, mention: Mention) -> str | None:
        """The code of an organisation name in brackets right after an unknown abbreviation
        (``Bapepam-LK (Badan Pengawas Pasar Modal dan Lembaga Keuangan)``), else None."""
        if " " in mention.text.strip() or sum(c.isupper() for c in mention.text) < 2:
            return None  # an abbreviation is one word with two or more capitals
        after = tokenize(text[mention.end : mention.end + 160], mention.end)
        if not after or after[0].text != "(":
            return None
        end = next((j for j, t in enumerate(after[: MAX_ORG_NAME_TOKENS + 2]) if t.text == ")"), 0)
        return self.org_name_code(after[1:end]) if end > 2 else None

    def _second_person_title(self, tokens: Sequence[Token], k: int, title: Title) -> bool:
        """Whether ``dan`` before ``k`` joins a second person's title to the first rather than
        two parts of one title: ``Menteri Pendidikan Dasar dan Menengah Abdul Mu'ti dan
        Menteri Lingkungan Hidup Hanif Faisol Nurofiq``."""
        other = self._role_at(tokens, k)[1]
        first = title.role
        return (
            other is not None
            and first is not None
            and other.kind == "person"
            and first.kind == "person"
            and bool(other.sectors)
        )

    def _past_unknown_org(
        self,
        tokens: Sequence[Token],
        start: int,
        k: int,
        stop: int,
        owner: Sequence[int],
        mentions: dict[int, Mention],
    ) -> int:
        """Where the title that starts at ``start`` and was read up to ``k`` continues past an
        organisation the finder named inside it or at ``k`` (step 1b, with its bracketed
        abbreviation) and a comma, when a name follows: ``Ketua Dewan Adat Gayo (DAG), Tagore
        Abubakar``; ``k`` otherwise."""
        first = owner[k] if k < stop else -1
        covering = mentions.get(first) if first > start else None
        if covering is None or covering.label != "ORG":
            return k
        j = k
        while j < stop:
            # the organisation, then other bodies and places the finder named, and commas:
            # "Ketua Badan Kehormatan (BK) DPD, Mervin Sadipun Komber"
            other = mentions.get(owner[j]) if owner[j] >= 0 else None
            if (other is not None and other.label != "PER") or tokens[j].text == ",":
                j += 1
            else:
                break
        if j < stop and self._name_run(tokens, j, owner, mentions, stop) - j >= MIN_NEW_NAME_TOKENS:
            return j
        return k

    def _headed_place(self, tokens: Sequence[Token], k: int, stop: int, role: Role) -> bool:
        """Whether the capitalised word at ``k``, right after a role that heads a place
        (``context_words.tsv`` ``place_title``: ``Kepala Desa``, ``Camat``, ``Kepala
        Bandara``), is that place although the knowledge base does not know it: a name
        follows, after a comma or as two more capitalised words (``Kepala Bandara Timika,
        Ambar Suryoko``, ``Kepala Desa Margabakti Nono Mulyono``)."""
        if name_key(role.phrase) not in self.words.get("place_title", frozenset()):
            return False
        if k + 2 >= stop or not (tokens[k].text[0].isupper() and tokens[k].key):
            return False
        if self._alias_at(tokens[k:stop], 0) is not None or name_key(tokens[k].text) in (
            self._title_vocab
        ):
            return False
        after = tokens[k + 1]
        if after.text == ",":
            return tokens[k + 2].text[0].isupper() and bool(tokens[k + 2].key)
        return (
            after.text[0].isupper()
            and bool(after.key)
            and tokens[k + 2].text[0].isupper()
            and bool(tokens[k + 2].key)
            and self._alias_at(tokens[k + 1 : stop], 0) is None
        )

    @staticmethod
    def _member_name(tokens: Sequence[Token], start: int, end: int, owner: Sequence[int]) -> bool:
        """Whether ``tokens[start:end]`` after ``<collective role> <country>,`` names a member
        (``aktivis demokrasi Hong Kong, Joshua Wong``): two or more words no other mention
        holds, not followed by a bracketed abbreviation (``Intelijen militer Jerman,
        Militärischer Abschirmdienst (MAD)`` is a body)."""
        if end - start < MIN_NEW_NAME_TOKENS or any(owner[k] >= 0 for k in range(start, end)):
            return False
        return not (end < len(tokens) and tokens[end].text == "(")

    def _connects(self, tokens: Sequence[Token], k: int, stop: int) -> bool:
        """Whether the preposition at ``k`` joins a title to the organisation it belongs to
        (``di DPR``, ``dari Fraksi PKS``) or, for ``dari``, to a country (``dari London``)."""
        inside = self._alias_at(tokens[k + 1 : stop], 0)
        if inside is not None:
            if inside[1].type == "organisation":
                return True
            origin = self.words.get("title_origin", frozenset())
            return inside[1].type == "country" and tokens[k].key in origin
        _end, unit = self._role_at(tokens, k + 1)
        return unit is not None and unit.kind in ("unit", "group") and tokens[k + 1].upper

    def _group_qualifier_end(self, tokens: Sequence[Token], k: int, stop: int, title: Title) -> int:
        """Where the country after a collective role and up to two lower-case words starts
        (``aktivis demokrasi Hong Kong``, ``demonstran pro-demokrasi Hong Kong``); ``k`` if
        none: verbs and function words end the role (``warga yang ke Malaysia``)."""
        role = title.role
        if role is None or role.kind != "group" or title.country or title.org is not None:
            return k
        stops = self.words.get("group_qualifier_stop", frozenset())
        j = k
        while j < min(stop, k + 2):
            tok = tokens[j]
            verb = len(tok.key) > 4 and tok.key.startswith(("me", "ber", "di", "ter", "se"))
            if not tok.key or tok.upper or tok.key in stops or verb:
                break
            j += 1
        if j == k or j >= stop:
            return k
        place = self._alias_at(tokens[j:stop], 0)
        if place is None or place[1].type != "country":
            return k
        self._qualify(title, place[1])
        return j + place[0]

    def _foreign_region_end(self, tokens: Sequence[Token], k: int, stop: int, title: Title) -> int:
        """Where a foreign province, state or city that PETRARCH2 places in one country ends,
        after a title of a regional office (``Gubernur California``, ``Senator Texas``,
        ``negara bagian Victoria``; ``context_words.tsv`` ``regional_title``); ``k`` if none.
        The title takes that country. Only after such titles: elsewhere a capitalised word
        that is also a foreign place is more often a name (``Menlu AS Victoria Nuland``)."""
        role = title.role
        if role is None or title.country is not None or title.org is not None:
            return k
        if name_key(role.phrase) not in self.words.get("regional_title", frozenset()):
            return k
        for end in range(min(stop, k + MAX_PLACE_TOKENS), k, -1):
            words = tokens[k:end]
            if not all(t.upper and t.key for t in words):
                continue
            ids = self.kb.world_places.get(" ".join(t.key for t in words), [])
            if len(ids) == 1 and (country := self.kb.actors.get(ids[0])) is not None:
                self._qualify(title, country)
                title.foreign_region_end = end
                return end
        return k

    def _unknown_org_in(self, tokens: Sequence[Token], lo: int, hi: int) -> Actor | None:
        """An organisation the knowledge base does not hold, named inside a title by its head
        noun (``Peneliti Forum Masyarakat Peduli Parlemen (Formappi) Lucius Karus``, ``Direktur
        Operasi Sriwijaya Air Fajar Semiarto``): an entry without id carrying its code."""
        words = [t for t in tokens[lo:hi] if t.key or t.text == "("]
        cut = next((j for j, t in enumerate(words) if t.text == "("), len(words))
        words = words[:cut]
        following = tokens[hi] if hi < len(tokens) else None
        if (
            len(words) == 1
            and words[0].key in self.words.get("legislature_word", frozenset())
            and following is not None
            and following.upper
            and following.key not in self.words.get("council_word", frozenset())
        ):
            # "Ketua Dewan Muhammad Yamin": "Dewan" alone is the (regional) legislature.
            legislature = (self.default_country or "") + "LEG"
            return Actor(id="", name=words[0].text, type="organisation", default_code=legislature)
        for j, tok in enumerate(words):
            if not tok.upper:
                continue
            _end, head = self._org_head_at(words, j, len(words))
            span: Sequence[Token] | None = None
            if head is not None and not head.last:
                span = words[j:]
            elif head is not None:
                first = j
                while first > 0 and words[first - 1].upper:
                    first -= 1
                span = words[first : j + 1]
            if span is not None and (code := self.org_name_code(span)):
                name = " ".join(t.text for t in span)
                return Actor(id="", name=name, type="organisation", default_code=code)
        return None

    def _qualify(self, title: Title, actor: Actor) -> None:
        if actor.type == "place" and title.org is None and actor.id.startswith("region:"):
            title.region = True
        if actor.type == "place" and not title.places and actor.id.startswith("region:"):
            title.places = tuple(
                i
                for key in {translit_key(n) for n in (actor.name, *actor.aliases)}
                for i in self.kb.by_key.get(key, [])
                if i.startswith("region:")
            ) or (actor.id,)
        if actor.type in ("country", "place"):
            if title.country is None or actor.type == "country":
                title.country = actor.default_code
        elif title.org is None:
            title.org = actor

    def _left_title(self, text: str, start: int) -> Title:
        """The title that ends right before ``start``, if any."""
        ranks = self.words.get("title", frozenset())
        lo = sentence_start(text, start)
        left = tokenize(text[lo:start], lo)
        if left and left[-1].key in self.words.get("name_cue", frozenset()):
            left = left[:-1]  # "seorang siswa SD bernama Eba Balubun"
        stop = len(left)
        if not stop:
            return Title()
        k = stop
        while k > 0 and stop - k < MAX_TITLE_TOKENS:
            tok = left[k - 1]
            ordinal = self.words.get("ordinal_prefix", frozenset())
            if (
                tok.text in "()"
                or tok.upper
                or tok.key in ("dan",)
                or tok.key in self.words.get("unit_place_prefix", frozenset())
                or (tok.key and name_key(tok.text) in self._title_vocab)
                or (tok.key in self.words.get("title_connector", frozenset()) and k < stop)
                or (tok.text.isdigit() and k >= 2 and left[k - 2].key in ordinal)
                or (tok.key in ordinal and k < stop and left[k].text.isdigit())
            ):
                k -= 1
                continue
            if (
                tok.text == ","
                and (
                    k == stop
                    or left[k].text in ("(", ",")  # "Wakil Rektor ,, Bambang": a dropped name
                    or all(name_key(t.text) in ranks for t in left[k:stop] if t.key)
                    or self._place_apposition(left, k, stop)
                )
            ):
                k -= 1  # "Kapolda Jatim, Irjen Pol Luki Hermawan": only ranks after the comma
                continue
            break
        # The name's first word after the title's words ("Ketua Dewan Kehormatan ..." is no
        # legislature: ``_unknown_org_in``); the title never reads into it.
        named = left + tokenize(text[start : start + RIGHT_WINDOW], start)[:1]
        for p in range(k, stop):
            if not left[p].key:
                continue
            end, title = self._title_from(named, p, stop, lenient=True)
            if title.role is not None and end == stop:
                dropped = any(left[j].text == left[j + 1].text == "," for j in range(p, stop - 1))
                if dropped and not left[p].upper:
                    # "cucu pertama presiden ,, Jan Ethes": the dropped text was the title's
                    # holder; only a capitalised formal title ("Wakil Rektor ,, Bambang
                    # Wibawarta") reads on past a double comma.
                    return Title()
                return Title() if self._genitive(title.role) else title
        return Title()

    def _place_apposition(self, tokens: Sequence[Token], k: int, stop: int) -> bool:
        """Whether the words from ``k`` to the next comma are one known country, set off by
        commas inside a title after a city of that country: ``Walikota Seoul, Korea Selatan,
        Park Won-soon`` (the caller checks that the title's country is the same)."""
        end = next((j for j in range(k, stop) if tokens[j].text == ","), stop)
        if end == k or end >= stop:
            return False
        match = self._alias_at(tokens[k:end], 0)
        return match is not None and match[0] == end - k and match[1].type == "country"

    def _relative_title(self, text: str, start: int) -> Title:
        """A role that opens the sentence and is followed by a relative clause and a comma
        before the name: ``Saksi mata yang melihat langsung peristiwa itu, Gotman Sinabutar``.
        At most one lower-case word between the role and ``yang``; no name, comma or more than
        ``RELATIVE_MAX_WORDS`` words in the clause."""
        lo = sentence_start(text, start)
        left = tokenize(text[lo:start], lo)
        while left and not left[0].key:
            left = left[1:]
        if len(left) < 4 or left[-1].text != "," or not left[0].upper:
            return Title()
        role_end, role = self._role_at(left, 0)
        if role is None or not role.sectors or role.kind not in ("person", "group"):
            return Title()
        if self._genitive(role):
            return Title()
        relative = self.words.get("relative", frozenset())
        j = role_end
        if j < len(left) and left[j].key not in relative and not left[j].upper:
            j += 1  # "Saksi mata yang ..."
        if j >= len(left) - 1 or left[j].key not in relative:
            return Title()
        clause = left[j + 1 : -1]
        if len(clause) > RELATIVE_MAX_WORDS or any(t.upper or not t.key for t in clause):
            return Title()
        return Title(role=role, start=left[0].start)

    def _not_actor(self, tokens: Sequence[Token]) -> bool:
        """Whether ``tokens`` start with a phrase that names no actor (``ibu kota``)."""
        keys = [name_key(t.text) for t in tokens[:4] if t.key]
        return any(
            " ".join(keys[: phrase.count(" ") + 1]) == phrase
            for phrase in self.words.get("not_actor", frozenset())
        )

    def _genitive(self, role: Role) -> bool:
        """A role word whose following name is someone else's (``kuasa hukum Ahmad Dhani``,
        ``keluarga Habibie``, ``pendukung Prabowo``): it titles no name."""
        return role.phrase in self.words.get("genitive_role", frozenset())

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
        state = state if state is not None else ArticleState()
        home = state.country or self.default_country  # the story's country, else the default
        inner = tokenize(mention.text, mention.start)
        title = Title()
        rest: Sequence[Token] = inner
        whole = self._whole_name(inner, mention.label)
        story_org = self._story_aliases.get((state.country or "", translit_key(mention.text)))
        if story_org is not None and story_org in self.kb.actors:
            whole = [self.kb.actors[story_org]]  # "Partai Demokrat" in a report on US politics
        if whole and self.default_country:
            abroad = self._place_after(text, mention.end)
            if abroad is not None and abroad != self.default_country:
                # "Kementerian Pertahanan di Moskow" is not the Indonesian ministry.
                whole = [a for a in whole if not (a.default_code or "").startswith(abroad)]
                whole = [
                    a
                    for a in whole
                    if a.type != "organisation"
                    or not (a.default_code or "").startswith(self.default_country)
                ] or None
        if (
            mention.label != "PER"
            and (organ := self._party_board(mention, inner, state)) is not None
        ):
            return organ  # "DPD Jawa Timur" in an article on PDI Perjuangan: the party's board
        if mention.label != "PER" and inner:
            local = state.orgs.get(translit_key(mention.text))
            if local is not None:  # "FRI" after "Front Revolusi Indonesia (FRI)"
                return self._make(mention, local[2], local[1], "coref", local[0], mention.start)
            short = self._org_short_name(translit_key(mention.text), state) if not whole else None
            if (
                short is not None
                and short[2] is not None
                and len(inner) > 1
                and mention.label == "ORG"
            ):
                # "Badan Gizi" after "Badan Gizi Nasional (BGN)": the known body again, before
                # its head noun makes it a new one.
                return self._make(mention, short[2], short[1], "coref", short[0], mention.start)
            if whole is None:
                named = self._link_org_name(text, mention, inner, state)
                if named is not None:
                    state.org_names.setdefault(
                        translit_key(mention.text), (named.name, named.code, None)
                    )
                    return named
        if inner and whole is None:
            _end, role = self._role_at(inner, 0)
            if role is not None and self._not_actor(inner):
                role = None  # "Ibu Kota" is the capital, not a mother
            if role is not None:
                # The mention starts with a title ("Menhan Rusia", "Presiden Joko Widodo").
                title_end, title = self._title_from(inner, 0, len(inner), lenient=False)
                if mention.start > 0:
                    before = tokenize(text[max(0, mention.start - 20) : mention.start])
                    if before:
                        title.former = before[-1].key in self.words.get("former", ())
                        title.candidate = before[-1].key in self.words.get("candidate", ())
                        title.plural = before[-1].key in self.words.get("plural", ())
                rest = inner[title_end:]
                local = state.orgs.get(translit_key(" ".join(t.text for t in rest)))
                if rest and local is not None and title.org is None and local[1]:
                    # "Kepala BMKG" after "Badan Meteorologi ... (BMKG)": the title's body
                    title.org = local[2] or Actor(
                        id="", name=local[0], type="organisation", default_code=local[1]
                    )
                    rest = []
                if not rest:
                    return self._link_role_only(text, mention, title, dct, state)
        if not rest:
            return self._make(mention, None, "", "nil", mention.text, mention.start)
        rest = self._strip_qualifier(rest, title)
        name = " ".join(t.text for t in rest)
        key = translit_key(name)
        if title.role is None:
            title = self._left_title(text, mention.start)
        if title.role is None and mention.label in ("PER", ""):
            title = self._relative_title(text, mention.start)
        if 0 <= title.start < mention.start:
            self._article_org(text, title.start, mention.start, title, state)
        evidence_start = title.start if 0 <= title.start < mention.start else mention.start

        def make(actor: Actor | None, code: str, method: str, learned: bool = False) -> ActorLink:
            return self._make(mention, actor, code, method, name, evidence_start, learned)

        # 2. coref within the article
        if mention.label in ("PER", ""):
            seen = self._coref(key, state)
            if seen is not None and len(rest) > 2 and seen.actor_id:
                seen = None  # a long name of a known person: linked by name below
            if seen is not None:
                known = self.kb.actors.get(seen.actor_id) if seen.actor_id else None
                if known is not None and title.role is not None and known.type == "person":
                    # A known person titled again ("Menperin Airlangga" after "Ketua Umum
                    # Partai Golkar Airlangga Hartarto"): the new title decides.
                    seen.code = self._code(known, title, dct, text, mention)
                if not seen.actor_id and not split_code(seen.code, self.kb.countries)[1]:
                    # An unknown person whose role a later mention gives ("Syamsul yang juga
                    # Anggota DPRD Jawa Timur").
                    later = (
                        title if title.role is not None else self._right_title(text, mention.end)
                    )
                    if later.role is not None and not later.former:
                        seen.code = later.code(self._title_home(later, home)) or seen.code
                return make(self._actor(seen.actor_id), seen.code, "coref")
        # 3. exact (or an organisation followed by its place)
        if mention.label == "LOC" and not whole and self._after_district_word(text, mention):
            whole = self._district(rest) or None  # "Kecamatan Buleleng", "Camat Buleleng"
        candidates = whole or [
            self.kb.actors[i]
            for i in self.kb.by_key.get(key, [])
            if self._case_ok(self.kb.actors[i], key, name)
        ]
        if not candidates and mention.label != "PER" and len(rest) > 1:
            candidates = self._org_with_place(rest)
        if not candidates and mention.label == "LOC":
            candidates = self._district(rest)
        if not candidates and mention.label == "LOC":
            # A foreign city or province: the country it is in ("Chiba" → Japan).
            place_key = " ".join(t.key for t in rest if t.key)
            candidates = [self.kb.actors[i] for i in self.kb.world_places.get(place_key, [])]
        if mention.label == "PER":
            candidates = [a for a in candidates if a.type == "person"]
        candidates = [
            a for a in candidates if not self._namesake(a, title, text, mention.start, dct)
        ]  # "Kapolsek Tebet Kompol Zainal Abidin" is not PETRARCH2's Malaysian minister
        if candidates:
            actor = self._choose(candidates, mention.label, title, dct, text, home)
            code = self._code(actor, title, dct, text, mention)
            self._remember(state, actor, code, dct, text, mention)
            if actor.type == "organisation":
                state.org_names.setdefault(key, (actor.name, code, actor))
            if actor.type != "person":
                # "Kabupaten Kotawaringin Barat (Kobar)": the abbreviation names it again.
                after = tokenize(text[mention.end : mention.end + 40], mention.end)
                abbr_end = self._bracket_after(after, 0)
                if abbr_end is not None:
                    abbr = " ".join(t.text for t in after[1 : abbr_end - 1])
                    if not self._names_a_place(after[1 : abbr_end - 1]):
                        state.orgs.setdefault(translit_key(abbr), (actor.name, code, actor))
            return make(actor, code, "exact")
        # 4. learned
        entry = self.learned.find(name)
        if entry is not None:
            actor = entry.to_actor()
            code = entry.code
            self._remember(state, actor, code, dct, text, mention)
            return make(actor, code, "learned", learned=True)
        if mention.label not in ("PER", ""):
            titled = title.role is not None and not (
                mention.label == "LOC"
                and (title.comma or title.role.kind in ("person", "head", "unit"))
            )  # "Kepala Dusun Krajan, Paimin", "Negara Bagian Sinaloa": the place is a place
            if titled:
                self._owning_body(text, mention.end, title)
            code = title.code(home) if titled else ""
            if code and mention.label == "ORG":
                # "Direktorat Jenderal ... (PDSPKP)": the abbreviation names it again.
                after = tokenize(text[mention.end : mention.end + 40], mention.end)
                abbr_end = self._bracket_after(after, 0)
                if abbr_end is not None and not self._names_a_place(after[1 : abbr_end - 1]):
                    abbr = " ".join(t.text for t in after[1 : abbr_end - 1])
                    state.orgs.setdefault(translit_key(abbr), (name, code, None))
            if not code and rest[0].key in self.words.get("place_prefix", frozenset()):
                # "Desa Cipambuan", "Kecamatan Bagor": an Indonesian place below the regencies.
                code = self.default_country or ""
            prefixes = tuple(self.words.get("ministry_prefix", ()))
            if not code and len(rest) == 1 and prefixes and rest[0].key.startswith(prefixes):
                # "Kemenpora", "Kemenkumham": an Indonesian ministry's acronym.
                code = (self.default_country or "") + "GOV"
            if not code and mention.label == "LOC" and UNKNOWN_PLACE_IN_DEFAULT_COUNTRY:
                return make(None, home or "", "nil")  # a guess: low confidence
            if mention.label == "ORG" and (expanded := self._bracketed_expansion(text, mention)):
                # "Bapepam-LK (Badan Pengawas Pasar Modal dan Lembaga Keuangan)": the
                # abbreviation is the organisation its expansion names.
                state.org_names.setdefault(key, (name, expanded, None))
                return make(None, expanded, "org-name")
            if not code and mention.label == "ORG":
                short = self._org_short_name(key, state)
                if short is not None:
                    return self._make(mention, short[2], short[1], "coref", short[0], mention.start)
                sector = self._inner_sector(rest)
                if sector or UNKNOWN_ORG_IN_DEFAULT_COUNTRY:
                    # "Sentra Pelayanan Kepolisian Terpadu": a police body; else a guess.
                    code = (home or "") + sector
                    after = tokenize(text[mention.end : mention.end + 40], mention.end)
                    abbr_end = self._bracket_after(after, 0)
                    if abbr_end is not None and not self._names_a_place(after[1 : abbr_end - 1]):
                        abbr = " ".join(t.text for t in after[1 : abbr_end - 1])
                        state.orgs.setdefault(translit_key(abbr), (name, code, None))
                    state.org_names.setdefault(key, (name, code, None))
                    return make(None, code, "role-only" if sector else "nil")
            return make(None, code, "role-only" if code else "nil")
        # 5. fuzzy, unless the title says another sector ("AKBP Muhammad Nasir" is not the
        # minister Mohamad Nasir)
        fuzzy = self._fuzzy(key)
        if fuzzy is not None and self._title_conflicts(
            self.kb.actors[fuzzy], title, text, mention.start, dct
        ):
            fuzzy = None
        if fuzzy is not None:
            actor = self.kb.actors[fuzzy]
            code = self._code(actor, title, dct, text, mention)
            self._remember(state, actor, code, dct, text, mention)
            return make(actor, code, "fuzzy")
        # 6. learn, 7. role-only / nil
        if title.role is not None and len(rest) == 1 and mention.label == "PER":
            holder = self._titled_surname(key, title, dct)
            if holder is not None:
                # "Gubernur DKI Jakarta , Baswedan": the surname of the one person the
                # knowledge base has in that role on the date.
                code = self._code(holder, title, dct, text, mention)
                self._remember(state, holder, code, dct, text, mention)
                return make(holder, code, "exact")
        if title.role is None:
            title = self._right_title(text, mention.end)
        if title.role is None:
            title = self._next_sentence_title(text, mention.end)
        code = title.code(self._title_home(title, home)) if title.role is not None else ""
        country, sectors = split_code(code, self.kb.countries)
        if (
            title.ordinal
            and title.role is not None
            and title.role.office
            and country
            and self.kb.office_holder(f"{country}:{title.role.office}", dct) is not None
        ):
            # "Presiden ke-3 RI <a name the base lacks>": the office has a known holder on the
            # date, so this one held it before.
            code, sectors = country + "ELI", ("ELI",)
        if not sectors and self._defendant_cue(text, mention.start):
            # "Sidang dakwaan Isa Rachmatarwata", "sidang perdana Jefri Nichol": the trial
            # names its defendant.
            code = (country or home or "") + "CRM"
            unknown = Actor(id="", name=name, type="person")
            self._remember(state, unknown, code, dct, text, mention)
            return make(None, code, "role-only")
        if not sectors and (shared := self._coordinated_code(text, mention.start, state)):
            # "bernama Randy (21) dan Muh Yusuf Kardawi (19)": one title for both.
            unknown = Actor(id="", name=name, type="person")
            self._remember(state, unknown, shared, dct, text, mention)
            return make(None, shared, "role-only")
        if not sectors and (rank := self._rank_sector(text, mention.start)):
            # "... Lease Ipda Julkoisno Kaisupy": the rank says the police.
            code = (country or self.default_country or "") + rank
            unknown = Actor(id="", name=name, type="person")
            self._remember(state, unknown, code, dct, text, mention)
            return make(None, code, "role-only")
        stated = title.country is not None or title.org is not None
        if title.role is not None and title.role.country:
            stated = True  # "Kapolda": the role itself is Indonesian
        if (
            self.learn
            and stated
            and not title.former
            and not title.candidate
            and not title.ordinal  # "Presiden ke-3 RI ...": the office, not held on the date
            and sectors
            and len(rest) >= MIN_NEW_NAME_TOKENS
        ):
            # Learn only when the text gives the country (a country, an organisation or a
            # national role), never from the default country alone: "presiden Marvel Studios",
            # "kaisar Lee Hyuk" (a drama) must not become Indonesian officials.
            assert title.role is not None
            offices = self._offices(title, country)
            office = offices[0] if len(offices) == 1 else None
            lo = sentence_start(text, mention.start)
            sentence = text[lo : _sentence_end(text, mention.end)].strip()
            entry = self.learned.learn(name, code, dct, sentence, source, office)
            actor = entry.to_actor()
            self._remember(state, actor, code, dct, text, mention)
            return make(actor, code, "learn", learned=True)
        unknown = Actor(id="", name=name, type="person")
        if code:
            self._remember(state, unknown, code, dct, text, mention)
            return make(None, code, "role-only")
        code = home or ""
        self._remember(state, unknown, code, dct, text, mention)
        return make(None, code, "nil")

    def _link_org_name(
        self, text: str, mention: Mention, inner: Sequence[Token], state: ArticleState
    ) -> ActorLink | None:
        """An organisation name headed by an organisation noun (``org_name_code``): coded by
        its words; its bracketed abbreviation is remembered for the article, or, when the
        abbreviation is a known organisation's (``... Seluruh Indonesia (BEM SI)``), the name is
        that organisation. A head followed only by a place may name a known body (``PT DKI``)."""
        code = self.org_name_code(inner)
        if code is None:
            return None
        words = [t for t in inner if t.key]
        head_end, head = self._org_head_at(words, 0, len(words))
        if head is not None and head.place_org and head_end < len(words):
            place = self._alias_at(words, head_end)
            body = self.kb.actors.get(head.place_org)
            if (
                place is not None
                and place[0] == len(words)
                and place[1].type == "place"
                and body is not None
            ):
                return self._make(
                    mention, body, body.default_code or "", "exact", body.name, mention.start
                )
        name = " ".join(t.text for t in words)
        actor: Actor | None = None
        method = "org-name"
        after = tokenize(text[mention.end : mention.end + 40], mention.end)
        abbr_end = self._bracket_after(after, 0)
        if abbr_end is not None:
            abbr = after[1 : abbr_end - 1]
            actor = self._known_org(abbr)
            if actor is not None:
                code, method, name = actor.default_code or code, "exact", actor.name
            elif not self._names_a_place(abbr):
                state.orgs[translit_key(" ".join(t.text for t in abbr))] = (name, code, None)
        state.orgs.setdefault(translit_key(name), (name, code, actor))
        return self._make(mention, actor, code, method, name, mention.start)

    def _names_a_place(self, tokens: Sequence[Token]) -> bool:
        """Whether ``tokens`` are a known name of a place, country or other organisation: such
        a bracket never becomes an article alias (``Sultra`` in ``Mapolda Sulawesi Tenggara
        (Sultra)`` abbreviates the province; ``Ditlantas`` is a known unit)."""
        match = self._alias_at(tokens, 0) if tokens else None
        return match is not None and match[0] == len(tokens) and match[1].type != "person"

    def _org_short_name(
        self, key: str, state: ArticleState
    ) -> tuple[str, str, Actor | None] | None:
        """An organisation of this article whose name starts or ends with the words ``key``
        (``BPJS`` for ``BPJS Kesehatan``, ``Mandiri`` for ``Bank Mandiri``), if exactly one;
        never a head noun or role word alone (``Bank``, ``Partai``)."""
        if len(key) < 3 or key in self.org_heads or self.kb.roles.get(key) is not None:
            return None
        found = {
            value[0]: value
            for full, value in state.org_names.items()
            if full != key and (full.startswith(key + " ") or full.endswith(" " + key))
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _inner_sector(self, tokens: Sequence[Token]) -> str:
        """The sector of the first collective role word inside an organisation's name."""
        for k in range(len(tokens)):
            _end, role = self._role_at(tokens, k)
            if role is not None and role.kind in ("group", "unit") and role.sectors:
                return role.sectors
        return ""

    def _defendant_cue(self, text: str, start: int) -> bool:
        """Whether the words right before ``start`` name a trial of the person who follows
        (``context_words.tsv`` ``defendant_cue``: ``sidang dakwaan``, ``sidang perdana``,
        ``vonis terhadap``)."""
        before = [t.key for t in tokenize(text[max(0, start - 50) : start]) if t.key]
        cues = self.words.get("defendant_cue", frozenset())
        return any(" ".join(before[-size:]) in cues for size in (4, 3, 2) if len(before) >= size)

    def _coordinated_code(self, text: str, start: int, state: ArticleState) -> str:
        """The code of the unknown person joined to this one by ``dan``/``serta`` (``Randy (21)
        dan Muh Yusuf Kardawi``) or, in a list a cue opens (``context_words.tsv``
        ``list_cue``: ``yakni Hendrisman Rahim selaku Direktur Utama, Harry Prasetyo ...``), by
        a comma, when a title coded that person; else "". An age in brackets and an apposition
        with ``selaku`` between the two are skipped."""
        lo = sentence_start(text, start)
        before = tokenize(text[lo:start], lo)
        joiners = self.words.get("list_joiner", frozenset())
        k = len(before)
        while k > 0 and (before[k - 1].key in joiners or before[k - 1].text == ","):
            k -= 1
        if k == len(before):
            return ""
        comma_only = all(t.text == "," for t in before[k:])
        cues = self.words.get("list_cue", frozenset())
        keys = [t.key for t in before if t.key]
        cued = any(w in cues for w in keys) or any(f"{a} {b}" in cues for a, b in pairwise(keys))
        if comma_only and not cued:
            return ""
        apposition = self.words.get("apposition_role", frozenset())
        j = next((i for i in range(k - 1, max(-1, k - 8), -1) if before[i].key in apposition), -1)
        if j > 0:
            k = j  # "Hendrisman Rahim selaku Direktur Utama, Harry Prasetyo"
        if k >= 3 and before[k - 1].text == ")" and before[k - 3].text == "(":
            k -= 3  # an age in brackets: "Randy (21) dan"
        if k == 0:
            return ""
        end = before[k - 1].end
        for seen in state.seen:
            if not seen.actor_id and seen.end == end:
                return seen.code if split_code(seen.code, self.kb.countries)[1] else ""
        return ""

    def _title_conflicts(
        self, actor: Actor, title: Title, text: str, start: int, dct: str | None
    ) -> bool:
        """Whether the title or rank before a mention gives sectors the actor never had."""
        wanted = ""
        if title.role is not None and not title.former:
            wanted = "".join(split_code(title.code(self.default_country), self.kb.countries)[1])
        wanted = wanted or self._rank_sector(text, start)
        if not wanted:
            return False
        held = {code_at(actor, dct)} | {role.code for role in actor.roles}
        blocks = {wanted[i : i + 3] for i in range(0, len(wanted), 3)}
        return not any(blocks & set(split_code(code, self.kb.countries)[1]) for code in held)

    def _namesake(self, actor: Actor, title: Title, text: str, start: int, dct: str | None) -> bool:
        """Whether a known person of this name is another person than the one the text titles:
        the title's country (or a police rank's, which is the default country's) is none of
        the person's countries, or a rank gives a sector the person never had
        (``Kapolsek Tebet Kompol Zainal Abidin``, ``Iptu Zainal Abidin``: not the Malaysian
        minister of PETRARCH2)."""
        if actor.type != "person":
            return False
        codes = {code_at(actor, dct)} | {role.code for role in actor.roles}
        countries = {split_code(c, self.kb.countries)[0] for c in codes if c} - {""}
        rank = self._rank_sector(text, start)
        stated = title.country
        if stated is None and title.role is not None and not title.former:
            stated = title.role.country
        if stated is None and rank == "COP":
            stated = self.default_country
        if stated and countries and stated not in countries:
            return True
        held = {s for c in codes for s in split_code(c, self.kb.countries)[1]}
        return bool(rank) and rank not in held

    def _rank_sector(self, text: str, start: int) -> str:
        """``COP`` or ``MIL`` when a police or military rank stands right before ``start``."""
        before = tokenize(text[max(0, start - 30) : start])
        titles = self.words.get("title", frozenset())
        for end in range(len(before), max(0, len(before) - 3), -1):
            for size in (2, 1):
                if end >= size:
                    words = " ".join(t.key for t in before[end - size : end])
                    if words in self.words.get("police_rank", frozenset()):
                        return "COP"
                    if words in self.words.get("military_rank", frozenset()):
                        return "MIL"
            if not before[end - 1].key or before[end - 1].key not in titles:
                break  # only honorifics and "Pol" between a rank and the name
        return ""

    def _right_title(self, text: str, end: int) -> Title:
        """A title in apposition after a name: ``Dian Triansyah Djani, Wakil Tetap RI untuk
        PBB``, ``Syamsul yang juga Anggota DPRD Jawa Timur``. Not when another name follows the
        title (``Lodewijk Freidrich, Bendahara Umum Robert Kardinal``: the title is Robert's)."""
        hi = _sentence_end(text, end)
        after = tokenize(text[end : min(hi, end + RIGHT_WINDOW)], end)
        cues = self.words.get("apposition", frozenset())
        if (
            len(after) >= 3
            and (after[0].text, after[2].text) == ("(", ")")
            and after[1].text.isdigit()
        ):
            after = after[3:]  # an age: "Zulfa Naufia (28) menjadi tersangka"
        if after and after[0].text == "(":
            # A role in brackets: "Nawawi Pomolango (Hakim)", "Nurul Ghufron (Dosen Universitas
            # Jember)"; the bracket holds the title and nothing else.
            close = next((j for j, t in enumerate(after[:MAX_TITLE_TOKENS]) if t.text == ")"), None)
            if close is not None and close > 1:
                chunk_end, title = self._title_from(after, 1, close, lenient=True)
                if title.role is not None and not title.former and chunk_end == close:
                    return title
            return Title()
        i = 0
        if after and after[0].text == ",":
            i = 1
        else:
            for size in (2, 1):
                if len(after) > size and " ".join(t.key for t in after[:size]) in cues:
                    i = size
                    break
            else:
                return Title()
        if i >= len(after):
            return Title()
        chunk_end, title = self._title_from(after, i, len(after), lenient=False)
        if title.role is None or title.former:
            return Title()
        if chunk_end < len(after) and after[chunk_end].text[0].isupper():
            return Title()
        return title

    def _next_sentence_title(self, text: str, end: int) -> Title:
        """A role given in the next sentence by a demonstrative noun phrase that opens it:
        ``Grant Macdonald melangkah keluar ... ,Perajin perak dari London itu baru saja ...``
        (the silversmith from London is the man just named). The phrase is a role word, at
        most ``NEXT_TITLE_WORDS`` lower-case words or a country, and ``itu``/``tersebut``;
        nothing in between may be another name."""
        hi = _sentence_end(text, end)
        if hi >= len(text):
            return Title()
        after = tokenize(text[hi : hi + RIGHT_WINDOW], hi)
        while after and not after[0].key:
            after = after[1:]  # the paragraph comma of ".,", a quote
        if not after or not after[0].upper:
            return Title()
        role_end, role = self._role_at(after, 0)
        if role is None or not role.sectors or role.kind not in ("person", "group"):
            return Title()
        title = Title(role=role, start=after[0].start)
        demonstratives = self.words.get("demonstrative", frozenset())
        k = role_end
        while k < len(after) and k - role_end <= NEXT_TITLE_WORDS:
            tok = after[k]
            if tok.key in demonstratives:
                return title if title.country or k > role_end else Title()
            place = self._alias_at(after, k) if tok.upper else None
            if place is not None and place[1].type == "country" and title.country is None:
                title.country = place[1].default_code
                k = place[0]
                continue
            if not tok.key or tok.upper:
                break
            k += 1
        return Title()

    def _titled_surname(self, key: str, title: Title, dct: str | None) -> Actor | None:
        """The one curated person whose name ends with the word ``key`` and who holds, on
        ``dct``, a role with the code the title gives; else None."""
        wanted = title.code(self.default_country)
        if not wanted or title.former or title.candidate or title.plural:
            return None
        found = [
            actor
            for actor_id in self._surnames().get(key, ())
            if (actor := self.kb.actors.get(actor_id)) is not None
            and any(r.code == wanted and covers(r, dct) for r in actor.roles)
        ]
        return found[0] if len(found) == 1 else None

    def _surnames(self) -> dict[str, tuple[str, ...]]:
        if self._surname_index is None:
            index: dict[str, list[str]] = {}
            for actor_id in self.kb.curated_people:
                actor = self.kb.actors.get(actor_id)
                if actor is not None and " " in actor.name:
                    index.setdefault(translit_key(actor.name).split(" ")[-1], []).append(actor_id)
            self._surname_index = {k: tuple(v) for k, v in index.items()}
        return self._surname_index

    def _strip_qualifier(self, rest: Sequence[Token], title: Title) -> Sequence[Token]:
        """A country or organisation glued before a known person's name by an entity model's
        span (``Rusia Sergey Shoigu``) is the title's qualifier, not part of the name."""
        if len(rest) < 2:
            return rest
        match = self._alias_at(rest, 0)
        if match is None or match[1].type not in ("country", "organisation"):
            return rest
        tail = rest[match[0] :]
        if not tail:
            return rest
        key = " ".join(t.key for t in tail)
        if any(self.kb.actors[i].type == "person" for i in self.kb.by_key.get(key, [])):
            self._qualify(title, match[1])
            return tail
        return rest

    def _place_after(self, text: str, end: int) -> str | None:
        """The country of a ``di <place>`` right after ``end``, if any."""
        after = tokenize(text[end : end + 40])
        if len(after) >= 2 and after[0].key in self.words.get("locative", frozenset()):
            place = self._alias_at(after[1:], 0)
            if place is not None and place[1].type in ("country", "place"):
                return place[1].default_code
        return None

    def _whole_name(self, tokens: Sequence[Token], label: str) -> list[Actor] | None:
        """Non-person actors the whole mention names (``Kementerian Luar Negeri RI``,
        ``Kepolisian Resor Ponorogo``), before any title is read out of it."""
        if not tokens or label == "PER":
            return None
        key = " ".join(t.key for t in tokens if t.key)
        surface = " ".join(t.text for t in tokens if t.key)
        found = [
            self.kb.actors[i]
            for i in self.kb.by_key.get(key, [])
            if self.kb.actors[i].type != "person" and self._case_ok(self.kb.actors[i], key, surface)
        ]
        if not found and len(tokens) > 1:
            found = self._org_with_place(tokens)
        if found and self.default_country and len(tokens) > 1:
            # "Kementerian Luar Negeri China" is not the Indonesian ministry: a unit of another
            # state, coded by its role and that country.
            last = self._alias_at(tokens, len(tokens) - 1)
            if (
                last is not None
                and last[1].type == "country"
                and last[1].default_code != self.default_country
            ):
                found = [
                    a for a in found if not (a.default_code or "").startswith(self.default_country)
                ]
        return found or None

    def link_pronouns(
        self, text: str, links: Sequence[ActorLink], *, mode: str = "speaker"
    ) -> list[ActorLink]:
        """Link ``ia``/``dia``/``beliau`` to a person linked before them (experimental, off in
        the default stage: see ``eval/actors/README.md`` for why).

        ``mode="recent"``: the nearest person mention before the pronoun. ``mode="speaker"``:
        the nearest person in a speech attribution (``kata Alexander``, ``Shoigu mengatakan``),
        else the nearest person. The link's evidence span is the antecedent mention.
        """
        people = [
            link
            for link in links
            if link.label == "PER" and link.type in ("person", "role") and link.text[:1].isupper()
        ]  # named people and capitalised titles, not generic role words ("guru", "petugas")
        pronouns = self.words.get("pronoun", frozenset())
        out = []
        for tok in tokenize(text):
            if name_key(tok.text) not in pronouns or (tok.text.isupper() and len(tok.text) <= 2):
                continue  # not "ya" (yes; its translit key is "ia"), not "IA" (Iowa)
            before = [
                p for p in people if p.end <= tok.start and tok.start - p.end <= PRONOUN_WINDOW
            ]
            if not before:
                continue
            chosen = before[-1]
            if mode == "speaker":
                speakers = [p for p in before if self._is_speaker(text, p)]
                if speakers:
                    chosen = speakers[-1]
            out.append(
                ActorLink(
                    text=tok.text,
                    start=tok.start,
                    end=tok.end,
                    label="PER",
                    actor_id=chosen.actor_id,
                    name=chosen.name,
                    type=chosen.type,
                    code=chosen.code,
                    country=chosen.country,
                    sectors=chosen.sectors,
                    confidence=CONFIDENCE["pronoun"],
                    method="pronoun",
                    evidence_start=chosen.start,
                    evidence_end=chosen.end,
                    learned=chosen.learned,
                )
            )
        return out

    def _is_speaker(self, text: str, link: ActorLink) -> bool:
        before = tokenize(text[max(0, link.start - 20) : link.start])
        after = tokenize(text[link.end : link.end + 30])
        said_before = bool(before) and before[-1].key in self.words.get("speech_before", ())
        words = [t.key for t in after[:3] if t.key]
        said_after = any(w in self.words.get("speech_after", ()) for w in words)
        return said_before or said_after

    def _make(
        self,
        mention: Mention,
        actor: Actor | None,
        code: str,
        method: str,
        name: str,
        evidence_start: int,
        learned: bool = False,
    ) -> ActorLink:
        country, sectors = split_code(code, self.kb.countries)
        return ActorLink(
            text=mention.text,
            start=mention.start,
            end=mention.end,
            label=mention.label,
            actor_id=actor.id if actor is not None and actor.id else None,
            name=actor.name if actor is not None else name,
            type=actor.type if actor is not None else _unknown_type(mention.label),
            code=code,
            country=country,
            sectors=sectors,
            confidence=CONFIDENCE[method],
            method=method,
            evidence_start=evidence_start,
            evidence_end=mention.end,
            learned=learned,
        )

    def _after_district_word(self, text: str, mention: Mention) -> bool:
        before = tokenize(text[max(0, mention.start - 20) : mention.start])
        return bool(before) and before[-1].key in self.words.get("district_prefix", frozenset())

    def _district(self, tokens: Sequence[Token]) -> list[Actor]:
        """An Indonesian district (kecamatan), with or without ``Kecamatan`` before it; a
        village (``Desa Merbau``) is not the district of the same name."""
        if tokens and tokens[0].key in self.words.get("place_prefix", frozenset()):
            if tokens[0].key not in self.words.get("district_prefix", frozenset()):
                return []
            tokens = tokens[1:]
        key = " ".join(t.key for t in tokens if t.key)
        if self._district_joined is None:
            joined: dict[str, list[str]] = {}
            for name, ids in self.kb.districts.items():
                joined.setdefault(name.replace(" ", ""), []).extend(ids)
            self._district_joined = joined
        # "Setia Budi" is Setiabudi, "Tamansari" also Taman Sari: spacing varies.
        found = dict.fromkeys(
            [*self.kb.districts.get(key, []), *self._district_joined.get(key.replace(" ", ""), [])]
        )
        return [self.kb.actors[i] for i in found]

    def _org_with_place(self, tokens: Sequence[Token]) -> list[Actor]:
        """``Polda Jambi``, ``DPRD Jawa Barat``: an organisation name followed by a place."""
        for end in range(len(tokens) - 1, 0, -1):
            key = " ".join(t.key for t in tokens[:end])
            orgs = [
                self.kb.actors[i]
                for i in self.kb.by_key.get(key, [])
                if self.kb.actors[i].type == "organisation"
            ]
            if not orgs:
                continue
            if self._unit_rest(orgs[0], key, tokens[end:]):
                return orgs
        return []

    def _unit_rest(self, org: Actor, key: str, rest: Sequence[Token]) -> bool:
        """Whether ``rest``, after the name ``key`` of ``org``, names its place (``Polda
        Jambi``, ``Polres Metro Jakarta Barat``), its number or name (``Kodim 0501``, ``Kodam
        Jaya``: ``named_unit`` words), or the body it belongs to, with the same code, and that
        body's place (``Satreskrim Polres Bekasi``)."""
        after = 0
        prefixes = self.words.get("place_prefix", frozenset()) | self.words.get(
            "unit_place_prefix", frozenset()
        )
        if rest[0].key in prefixes:
            after = 1  # "Polres Metro Jakarta Barat", "DPRD Provinsi Jambi", "BEM se-Bogor"
        if after < len(rest):
            place = self._alias_at(rest[after:], 0)
            if place is not None and place[1].type != "person":
                if place[0] == len(rest) - after and (
                    place[1].type != "organisation" or place[1].default_code == org.default_code
                ):
                    return True
                if place[1].type == "organisation" and place[1].default_code == org.default_code:
                    inner_key = " ".join(t.key for t in rest[after : place[0]])
                    return self._unit_rest(place[1], inner_key, rest[place[0] :])
            if (
                after == 0
                and key in self.words.get("named_unit", frozenset())
                and len(rest) <= 3
                and all(t.key and t.upper for t in rest)
            ):
                return True
        return False

    def _choose(
        self,
        candidates: Sequence[Actor],
        label: str,
        title: Title,
        dct: str | None,
        text: str = "",
        home: str | None = None,
    ) -> Actor:
        wanted = {
            "PER": ("person",),
            "ORG": ("organisation", "country"),
            "LOC": ("place", "country"),
        }
        types = wanted.get(label)
        pool = [a for a in candidates if types is None or a.type in types] or list(candidates)

        level = self._region_level(title)

        def score(actor: Actor) -> tuple[int, int, int, int, int, int, int]:
            country, _ = split_code(code_at(actor, dct), self.kb.countries)
            agrees = int(title.country is not None and country == title.country)
            curated = int(actor.id in self.kb.curated_people or actor.type != "person")
            holds = int(any(covers(r, dct) for r in actor.roles))
            rank = {"country": 3, "organisation": 2, "place": 1}.get(actor.type, 0)
            fits = int(level is not None and _region_kind(actor.id) == level)
            # The story's (else the default) country: "Partai Demokrat" in a report on US
            # politics is the US party, in Indonesian news the Indonesian one.
            story = int(home is not None and country == home)
            return (agrees, story, fits, curated, holds, rank, self._parent_named(actor, text))

        return max(pool, key=score)

    def _region_level(self, title: Title) -> str | None:
        """``kota`` or ``kabupaten`` when the title before a place names a city's or a
        regency's office (``Wakil Wali Kota Bogor``, ``Bupati Bogor``; ``context_words.tsv``
        ``city_title``/``regency_title``), else None."""
        if title.role is None:
            return None
        phrase = name_key(title.role.phrase)
        if phrase in self.words.get("city_title", frozenset()):
            return "kota"
        if phrase in self.words.get("regency_title", frozenset()):
            return "kabupaten"
        return None

    def _parent_named(self, actor: Actor, text: str) -> int:
        """How many of an Indonesian region's parents (regency, province) the article names:
        ``Taman Sari, Jakarta Barat`` is the district of Jakarta Barat, not of Pangkalpinang."""
        if not text or not actor.id.startswith("region:"):
            return 0
        code = actor.id.removeprefix("region:")
        named = 0
        while "." in code:
            code = code.rsplit(".", 1)[0]
            parent = self.kb.actors.get(f"region:{code}")
            if (
                parent is not None
                and parent.name != actor.name  # the city of Jambi in the province of Jambi
                and any(name in text for name in (parent.name, *parent.aliases) if len(name) > 3)
            ):
                named += 1
        return named

    def _code(
        self, actor: Actor, title: Title, dct: str | None, text: str, mention: Mention
    ) -> str:
        if actor.type == "country":
            iso3 = actor.default_code or ""
            kind = self.kb.alias_kind.get((actor.id, translit_key(mention.text)), "name")
            if kind in ("capital", "seat"):
                return iso3 + "GOV" if self._acts(text, mention, kind) else iso3
            role = title.role
            if (
                role is not None
                and role.kind in ("group", "unit")
                and not title.former
                and not title.relation
                and title.country is None
                and title.org is None
            ):
                return iso3 + role.sectors
            return iso3
        if actor.type in ("organisation", "place"):
            return actor.default_code or ""
        code = code_at(actor, dct)
        role = title.role
        if title.former and role is not None and role.kind in ("person", "head"):
            # "mantan Menpora Imam Nahrawi" on the day he resigned: the text knows the office
            # is over though the knowledge base's dates (days) still cover the date.
            # Only for the office the person holds ("mantan Gubernur DKI Jakarta Joko Widodo"
            # in 2019 is the president).
            country, _held = split_code(code, self.kb.countries)
            offices = set(self._offices(title, country)) if country else set()
            if offices and any(r.office in offices and covers(r, dct) for r in actor.roles):
                return country + "ELI"
        if role is None or role.kind == "group" or title.former or title.ordinal:
            return code
        country, held = split_code(code, self.kb.countries)
        from_title = title.code(country or None)
        title_country, sectors = split_code(from_title, self.kb.countries)
        if not from_title or not sectors:
            return code
        if not any(covers(r, dct) for r in actor.roles):
            return from_title
        if (
            title.candidate
            or title.relation
            or title.plural
            or not country
            or title_country != country
        ):
            return code
        if {s[:3] for s in sectors} & {s[:3] for s in held}:
            return code
        for office in self._offices(title, title_country or role.country or ""):
            holder = self.kb.office_holder(office, dct)
            if holder is not None and holder != actor.id:
                return code  # "Wakil Presiden KH Ma'ruf Amin" before he took office
        # The text titles the person by another role they hold on the date ("Ketua Umum Partai
        # Golkar Airlangga Hartarto" while also a minister): the title's code.
        return from_title

    def _acts(self, text: str, mention: Mention, kind: str) -> bool:
        """Whether a capital or seat stands for its government here (see the module doc)."""
        before = tokenize(text[max(0, mention.start - 30) : mention.start])
        line_start = text.rfind("\n", 0, mention.start) + 1
        if mention.start == line_start and DATELINE_RE.match(text, mention.end) is not None:
            return False  # a dateline ("MOSKOW - ...", "Jakarta, IDM –")
        last = before[-1].key if before else ""
        two = " ".join(t.key for t in before[-2:])
        if last in self.words.get("locative", ()) or two in self.words.get("locative", ()):
            return False
        if last in self.words.get("agent_before", ()):
            return True
        if len(last) > 4 and last.startswith("di") and before and before[-1].text.islower():
            return True  # agent of a passive verb: "yang dimaksud Washington"
        if (
            len(last) > 5
            and last.startswith(("mem", "men", "meng", "meny"))
            and before[-1].text.islower()
            and last not in self.words.get("place_verb", frozenset())
        ):
            return True  # acted upon: "mengecam Washington", "memperingatkan Pyongyang"
        after = tokenize(text[mention.end : mention.end + 60])
        if len(after) >= 2 and after[0].key == "dan" and after[1].upper:
            rest = after[2:]
            while rest and rest[0].upper:
                rest = rest[1:]
            after = rest
        adverbs = self.words.get("adverb", frozenset())
        relative = self.words.get("relative", frozenset())
        if len(after) >= 3 and after[0].text == "," and after[1].key in relative:
            after = after[2:]  # "Teheran, yang menyangkal tuduhan itu, ...": its subject
        while after and after[0].key in adverbs:
            after = after[1:]
        if after and after[0].key and after[0].text.islower():
            word = after[0].key
            if word in self.words.get("agent_after", ()):
                return True
            if word.startswith(("me", "ber", "di", "ter")) and len(word) > 4:
                return True  # the subject of a verb ("Washington menolak", "... itu diungkap")
        return kind == "seat" and not (after and after[0].text == ",")

    def _link_role_only(
        self, text: str, mention: Mention, title: Title, dct: str | None, state: ArticleState
    ) -> ActorLink:
        role = title.role
        if role is not None and title.country is None and title.org is None:
            # "Kementerian Pertahanan di Moskow": the place after the title gives the country.
            after = tokenize(text[mention.end : mention.end + 40], mention.end)
            if len(after) >= 2 and after[0].key in self.words.get("locative", frozenset()):
                place = self._alias_at(after[1:], 0)
                if place is not None and place[1].type in ("country", "place"):
                    title.country = place[1].default_code
        self._owning_body(text, mention.end, title)
        self._article_org(text, mention.start, mention.end, title, state)
        code = title.code(state.country or self.default_country)
        actor: Actor | None = None
        method = "role-only"
        if (
            role is not None
            and role.kind == "person"
            and role.office
            and not title.plural
            and not title.ordinal  # "Wakil Presiden ke-7 RI": a past holder, not today's
        ):
            country, _ = split_code(code, self.kb.countries)
            holder = None
            for office in self._offices(title, country or role.country or ""):
                holder = next(
                    (s.actor_id for s in reversed(state.seen) if office in s.offices), None
                )
                if holder is None and not title.former:
                    holder = self.kb.office_holder(office, dct)
                if holder is not None:
                    break
            if holder is not None and (actor := self._actor(holder)) is not None:
                code = code_at(actor, dct) or code
                method = "role"
        elif role is not None and role.kind == "group" and not title.relation:
            if title.org is not None:
                actor = title.org
            elif title.country:
                actor = self.kb.actors.get(country_actor_id(title.country))
            method = "role"
        elif role is not None and role.kind == "person" and role.office and title.ordinal:
            # "Presiden ke-3 RI" standing alone: its numbered holder (numbered_offices.tsv),
            # else a past holder when the office has one today.
            country, _ = split_code(code, self.kb.countries)
            office = f"{country}:{role.office}"
            numbered = self._numbered.get((office, title.number or 0))
            if numbered is not None and (actor := self._actor(numbered)) is not None:
                code = code_at(actor, dct) or code
                method = "role"
            elif country and self.kb.office_holder(office, dct) is not None:
                code = country + "ELI"
        if not code:
            method = "nil"
        return self._make(mention, actor, code, method, mention.text, mention.start)

    def _article_org(self, text: str, lo: int, hi: int, title: Title, state: ArticleState) -> None:
        """A title whose organisation the knowledge base lacks but the article introduced
        earlier, by name or bracketed abbreviation (``Kepala Badan Gizi Nasional (BGN) ...``,
        then ``Pak Kepala BGN``): the title takes that organisation's code."""
        role = title.role
        if role is None or role.kind not in ("head", "person") or title.org is not None:
            return
        if title.country is not None and title.country != self.default_country:
            return
        tokens = [t for t in tokenize(text[lo:hi], lo) if t.key]
        for i, tok in enumerate(tokens):
            if not tok.upper:
                continue
            for end in range(min(len(tokens), i + MAX_ORG_NAME_TOKENS), i, -1):
                key = translit_key(" ".join(t.text for t in tokens[i:end]))
                local = state.orgs.get(key) or state.org_names.get(key)
                if local is not None and local[1]:
                    name, code, actor = local
                    title.org = actor or Actor(
                        id="", name=name, type="organisation", default_code=code
                    )
                    return

    def _offices(self, title: Title, country: str) -> tuple[str, ...]:
        """The office keys a title names: ``IDN:defence-minister``; for an office with one
        holder per region (``governor@region`` in ``roles.tsv``), one key per region the
        title's place can be (``IDN:mayor@32.71`` for ``Wali Kota Bogor``), none without a
        region."""
        role = title.role
        if role is None or not role.office or not country:
            return ()
        if not role.office.endswith(REGIONAL_OFFICE):
            return (f"{country}:{role.office}",)
        return tuple(
            f"{country}:{role.office}{place.removeprefix('region:')}" for place in title.places
        )

    def _owning_body(self, text: str, end: int, title: Title) -> None:
        """A unit named without its body takes the organisation right after it (and after its
        bracketed abbreviation): ``Direktorat Jenderal Penguatan Daya Saing ... (PDSPKP) KKP``
        is the fisheries ministry's directorate."""
        role = title.role
        if role is None or role.kind != "unit" or title.org is not None:
            return
        after = tokenize(text[end : end + 60], end)
        k = self._bracket_after(after, 0) or 0
        body = self._alias_at(after[k:], 0) if k < len(after) else None
        if body is not None and body[1].type == "organisation":
            self._qualify(title, body[1])

    def _actor(self, actor_id: str) -> Actor | None:
        actor = self.kb.actors.get(actor_id)
        if actor is None and actor_id in self.learned.entries:
            actor = self.learned.entries[actor_id].to_actor()
        return actor

    def _coref(self, key: str, state: ArticleState) -> _Seen | None:
        parts = set(key.split(" "))
        if not key:
            return None
        matches = [s for s in reversed(state.seen) if parts <= s.tokens]
        if not matches and " " not in key and len(key) >= COREF_PREFIX_MIN_LENGTH:
            # A shortened first name: "Alex" for Alexander Marwata.
            matches = [s for s in reversed(state.seen) if any(t.startswith(key) for t in s.tokens)]
        if not matches and " " not in key and len(key) >= COREF_TYPO_MIN_LENGTH:
            matches = [
                s
                for s in reversed(state.seen)
                if any(
                    len(t) >= COREF_TYPO_MIN_LENGTH and edit_distance(key, t, 1) <= 1
                    for t in s.tokens
                )
            ]
        if not matches:
            return None
        first = matches[0]
        if any((m.actor_id or m.name) != (first.actor_id or first.name) for m in matches[1:]):
            return None  # two people of this article share the short name: do not guess
        return first

    def _remember(
        self,
        state: ArticleState,
        actor: Actor,
        code: str,
        dct: str | None,
        text: str,
        mention: Mention,
    ) -> None:
        if actor.type != "person":
            return
        tokens = {t for t in translit_key(mention.text).split(" ") if len(t) >= 2}
        tokens |= {t for t in translit_key(actor.name).split(" ") if len(t) >= 2}
        for alias in actor.aliases:
            words = translit_key(alias).split(" ")
            if len(words) == 1:
                tokens.add(words[0])
        introduced = self._introduced_alias(text, mention.end)
        if introduced:
            tokens.add(introduced)
        tokens |= self._bracketed_alias(text, mention.end)
        offices = frozenset(r.office for r in actor.roles if r.office and covers(r, dct))
        for seen in state.seen:
            if seen.actor_id and seen.actor_id == actor.id:
                seen.tokens |= tokens
                seen.code = code
                seen.end = mention.end
                return
        state.seen.append(_Seen(actor.id, actor.name, tokens, code, offices, mention.end))

    def _introduced_alias(self, text: str, end: int) -> str | None:
        """``FX Hadi Rudyatmo alias Rudy``, ``Edhie Baskoro Yudhoyono atau Ibas``, ``(Jokowi)``."""
        after = tokenize(text[end : end + 40])
        if (
            len(after) >= 3
            and after[0].text == "("
            and after[2].text == ")"
            and after[1].text[0].isupper()  # not an age: "Juwanti (51)"
        ):
            return after[1].key
        cues = self.words.get("alias_cue", frozenset())
        for size in (3, 2, 1):
            if len(after) > size and " ".join(t.key for t in after[:size]) in cues:
                nxt = after[size]
                if nxt.upper and nxt.key and not self._names_someone(nxt.key):
                    return nxt.key
        return None

    def _bracketed_alias(self, text: str, end: int) -> set[str]:
        """The words of a name of two or three capitalised words in brackets right after a
        person's name (``Saifullah Yusuf (Gus Ipul)``): later ``Gus Ipul`` is that person. Not a
        role, a known name or an organisation (``Nawawi Pomolango (Hakim)``)."""
        after = tokenize(text[end : end + 40])
        close = next((j for j, t in enumerate(after[:5]) if t.text == ")"), None)
        if not after or after[0].text != "(" or close is None or not 3 <= close <= 4:
            return set()
        words = after[1:close]
        if not all(t.key and t.text[0].isupper() for t in words):
            return set()
        key = " ".join(t.key for t in words)
        if self.kb.by_key.get(key) or self._role_at(words, 0)[1] is not None:
            return set()
        return {t.key for t in words}

    def _names_someone(self, key: str) -> bool:
        """Whether ``key`` is a known name of a person, place or body (``Prabowo atau Jokowi``
        joins two people; ``atau`` introduces no alias there)."""
        return bool(self.kb.by_key.get(key))

    def _fuzzy(self, key: str) -> str | None:
        if len(key) < FUZZY_MIN_LENGTH or " " not in key:
            return None
        words = key.split(" ")
        index = self._fuzzy_people()
        pool = {*index.get("<" + words[0], ()), *index.get(">" + words[-1], ())}
        scored: list[tuple[int, str]] = []
        limit = FUZZY_MAX_EDITS + FUZZY_MARGIN
        for alias_key, actor_id in pool:
            if abs(len(alias_key) - len(key)) > limit:
                continue
            distance = edit_distance(key, alias_key, limit)
            if distance <= limit:
                scored.append((distance, actor_id))
        if not scored:
            return None
        scored.sort()
        best_distance, best_id = scored[0]
        if best_distance > FUZZY_MAX_EDITS or not self._words_close(key, best_id):
            return None
        for distance, actor_id in scored[1:]:
            if actor_id != best_id and distance < best_distance + FUZZY_MARGIN:
                return None
        return best_id

    def _words_close(self, key: str, actor_id: str) -> bool:
        """Whether some name of ``actor_id`` with as many words as ``key`` differs from it in
        each word by a typo (``_typo_of``), not by another word: ``Kim Jon Un`` is ``Kim Jong
        Un`` and ``Supratman Andi Atgas`` is ``Supratman Andi Agtas``, but ``Gavin Newsom`` is
        not ``David Newsom``."""
        words = key.split(" ")
        actor = self.kb.actors[actor_id]
        for name in (actor.name, *actor.aliases):
            other = translit_key(name).split(" ")
            if len(other) != len(words):
                continue
            if all(_typo_of(a, b) for a, b in zip(words, other, strict=True)):
                return True
        return not any(
            len(translit_key(name).split(" ")) == len(words)
            for name in (actor.name, *actor.aliases)
        )

    def _fuzzy_people(self) -> dict[str, list[tuple[str, str]]]:
        """``<first word`` and ``>last word`` → (alias key, id) of multi-word person names.

        A typo rarely hits both the first and the last word of a name, so comparing a mention
        with the names that share one of them finds the near misses without scanning all.
        """
        if self._fuzzy_index is None:
            index: dict[str, list[tuple[str, str]]] = {}
            for alias_key, ids in self.kb.by_key.items():
                if " " not in alias_key:
                    continue
                words = alias_key.split(" ")
                for actor_id in ids:
                    if self.kb.actors[actor_id].type == "person":
                        index.setdefault("<" + words[0], []).append((alias_key, actor_id))
                        index.setdefault(">" + words[-1], []).append((alias_key, actor_id))
            self._fuzzy_index = index
        return self._fuzzy_index


_NO_ACTOR = Actor(id="", name="", type="")
_CASE_SEPARATORS = re.compile(r"[\s\-‐‑–—./]+")


def _region_kind(actor_id: str) -> str | None:
    """``kota`` or ``kabupaten`` for a regency-level region id (wilayah codes: a city's second
    part is ``CITY_CODE_MIN`` or more, ``region:32.71`` is Kota Bogor), else None."""
    parts = actor_id.removeprefix("region:").split(".")
    if not actor_id.startswith("region:") or len(parts) != 2 or not parts[1].isdigit():
        return None
    return "kota" if int(parts[1]) >= CITY_CODE_MIN else "kabupaten"


def _typo_of(a: str, b: str) -> bool:
    """Whether word ``a`` is a typo of word ``b``: at most one edit per ``FUZZY_WORD_SHARE``
    letters, or the same letters swapped (``atgas``/``agtas``); ``gavin``/``david`` is
    another word."""
    distance = edit_distance(a, b, FUZZY_MAX_EDITS)
    if distance > FUZZY_MAX_EDITS:
        return False
    return distance * FUZZY_WORD_SHARE <= max(len(a), len(b)) or sorted(a) == sorted(b)


def _is_party(actor: Actor) -> bool:
    return actor.type == "organisation" and (actor.default_code or "").endswith("PTY")


def _unknown_type(label: str) -> str:
    return {"PER": "person", "ORG": "organisation", "LOC": "place"}.get(label, "unknown")


def _title_case_line(text: str, pos: int) -> bool:
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    line = text[lo : hi if hi >= 0 else len(text)].strip()
    if line.endswith((".", '"', "”")):
        return False  # a sentence, not a headline
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 4:
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= TITLE_CASE_SHARE


def _sentence_end(text: str, pos: int) -> int:
    match = sentence_end_re().search(text, pos)
    return match.start() + 1 if match else len(text)


def _label(actor: Actor, kind: str) -> str:
    if actor.type == "person":
        return "PER"
    if actor.type == "organisation" or kind == "seat":
        return "ORG"
    return "LOC"


MODEL_LABELS = {
    "PER": "PER",
    "PERSON": "PER",
    "PPL": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "IND": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "PLACE": "LOC",
    "PLC": "LOC",
    "GPE": "LOC",
}
"""Entity labels of the tag sets in ../shared/data/ner → the actor stage's three labels."""


def mentions_from_entities(entities: Iterable[Any]) -> list[Mention]:
    """Mentions from a named-entity model's records (anything with ``text``, ``start``, ``end``
    and ``label``, e.g. ``warta.nlp`` entities); labels outside PER/ORG/LOC are left out."""
    out = []
    for entity in entities:
        label = MODEL_LABELS.get(str(entity.label).upper())
        if label is not None:
            out.append(Mention(entity.text, entity.start, entity.end, label))
    return out


def merge_mentions(primary: Sequence[Mention], extra: Sequence[Mention]) -> list[Mention]:
    """``primary`` (a model's mentions) plus those of ``extra`` (the finder's role-only
    mentions, say) that overlap none of them."""
    merged = list(primary)
    for mention in extra:
        if all(mention.end <= m.start or mention.start >= m.end for m in primary):
            merged.append(mention)
    return sorted(merged, key=lambda m: (m.start, m.end))


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
