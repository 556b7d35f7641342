"""Code the events of an article: predicate, actor, recipient, date, place and modality.

``EventCoder`` holds the loaded lexicon and an actor linker; ``coder(article)`` returns a tuple
of ``Event`` records. The steps, in order:

1. **Lexicon pass.** One regular expression over the article text finds every predicate surface
   (``lang/id/events/predicates.tsv``, longest match first). An article with no hit costs only
   this pass: no linking, no time tagging. ``NONE`` entries (``menahan diri``) block a shorter
   predicate and are never coded.
2. **Actors.** The article's mentions are linked once (``warta.actors.ActorLinker``), from a
   named-entity model's entities when the caller passes them (``mentions=``), else from the
   linker's gazetteer finder, plus collective role words (``mahasiswa``, ``polisi``,
   ``massa``) and bare office words (``Presiden``) the finder does not propose. A mention inside another mention's title or
   apposition (``Rusia`` in ``Menhan Rusia Sergey Shoigu``), an abbreviation in brackets after a
   name (``Korea Utara (Korut)``) and a country that is part of an unknown capitalised name
   (``Himpunan Aktivis Indonesia``, ``Indonesia Police Watch``) are dropped.
3. **Arguments** by the predicate's frame, within the sentence (``. ,``-joined paragraphs of
   scraped pages are split):
   - subject: the mention right before ``yang`` when the predicate opens a relative clause;
     else the nearest mention before the predicate that follows neither a preposition
     (``subject_stop`` cues) nor a verb (it is that verb's object), with mentions joined to it by
     ``dan``/``serta`` (compound actor); a pronoun subject (``mereka``, ``ia``) takes the actor
     of the last event within two sentences;
   - ``obj``: active voice, actor = subject, recipient = the first mention after the predicate
     (at most ``OBJECT_GAP`` words in between, or after one of the frame's prepositions, never
     across a clause break, a quotation mark, a speech verb or another predicate);
     passive ``di-``: recipient = subject, actor = the mention right after the verb or ``oleh``;
   - ``prep``: recipient only after one of the frame's prepositions (``bertemu dengan X``,
     ``berkunjung ke X``);
   - ``gen``: a nominalisation's actor is the mention right after it (``kunjungan Shoigu``),
     else the subject; ``pertemuan antara X dengan Y`` → X, Y; ``inv``: ``atas undangan X`` →
     actor X, recipient the subject; ``host``: ``Y menerima kunjungan X`` → actor X (visitor),
     recipient Y; ``recog``: ``mengakui A sebagai wilayah milik B`` → recipient B;
   - recipients joined by ``dan``/``serta`` are all kept; a PROTEST without a recipient takes
     the organisation in front of whose building it happens (``di depan Gedung KPK``);
   - inside a quotation, a first-person subject (``saya``, ``kami``) is the speaker.
   No actor, or no recipient where the frame requires one (unless a compound actor makes an
   AGREE/CONSULT/COOPERATE/ASSAULT reciprocal): no event.
4. **Date**: the governing time expression (``warta.time.governing_time``) with its own value,
   if it is in the event's sentence or within the news window (a background date of another
   sentence does not carry over); otherwise the publication date (``date_source``
   ``published``, lower confidence). Actors held in the knowledge base are re-coded for the
   event's own date (a 2014 meeting with Obama codes him as president).
5. **Modality**, from cues in ``lang/id/events/cues.tsv``:
   - negation (``tidak``, ``belum``, ``tidak pernah``, ``batal``, ``gagal``) at most
     ``NEG_WINDOW`` words before the predicate in its clause, not closed by ``tetapi``/``namun``
     → ``negated``; negated events are **not emitted** unless the caller asks for them
     (``keep_negated=True``), and then they carry ``negated=True``;
   - an obligation or opinion (``harus``, ``perlu``, ``sebaiknya``) before the predicate: not
     an event, not emitted;
   - the content of another event (``meminta agar DPR menunda``, ``berjanji untuk``,
     ``mengancam akan``) is not an event of its own;
   - a plan cue (``akan``, ``berencana``, ``dijadwalkan``), a purpose clause (``untuk``,
     ``guna``) or a date after the publication date → ``future``; a planned cooperative event
     (CONSULT, SUPPORT, COOPERATE, AID, CONCEDE, RETREAT) is coded ``AGREE`` (PLOVER: announced
     and planned events are AGREE) with ``base_type`` kept; a planned ASSAULT/COERCE/SANCTION
     is ``THREATEN``; an announced PROTEST stays PROTEST;
   - a conditional (``jika``, ``apabila``) earlier in the sentence → ``hypothetical``;
   - speech cues (``kata``, ``ujar``, ``menurut``, ``mengatakan``) or quotation marks →
     ``reported``, with the speaker's mention kept;
   - ``historical``: the event's date ends more than ``NEWS_WINDOW_DAYS`` before the
     publication date; an undated past-tense (``telah``, ``pernah``) event in a paragraph whose
     dates are all historical is historical with no date.
6. **Place**: a place or country mention after ``di`` in the sentence. A CONSULT in the
   recipient's country by a foreign actor gets mode ``visit``; a MOBILIZE without a mode takes
   ``troops``/``police`` from the actor's sector; contexts come from the predicate and from
   keywords in the sentence (``pertahanan`` → military), and refine 030/031 to 0311/0312.
7. Duplicates within the article (same type, actor and recipient codes, date) are kept once.

Discourse and inference, each documented where it is implemented: bare office words
(``kepada Presiden``) are mentions of the office holder (``office_mentions``); pronoun subjects
find their antecedent (``antecedent``), a bare crowd the crowd the article named
(``_crowd_alias``); what is said in a talk goes to the partner (``dialogue_partner``), police
force during a protest to the protesters and protesters' demands to the protest's target
(``last_protest``); agentless legal passives take the article's law enforcer
(``law_enforcer``) and counted or named patients (``passive_patient``, ``counted_object``);
groups coded with the default country take the foreign country of their sentence's place
(``_foreign_groups``); undated events take the story's date (``_narrative_date``) or a
background context's one date (``_background``). ``EventCoder.explain`` says why each predicate
hit gave no event.

The coder uses entities from a model when given; it does not yet read the dependency parse
(word order and prepositions decide the arguments), so it runs the same with or without the
trained ``warta.nlp`` pipeline.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property
from itertools import pairwise
from typing import Protocol

from warta.actors import ActorLinker, code_at, merge_mentions, split_code
from warta.actors.kb import region_aliases as region_alias_table
from warta.actors.kb import regions as region_table
from warta.events import lexicon
from warta.events.lexicon import Predicate, Trigger
from warta.records import ActorLink, Article, Event, Mention, TimeExpression
from warta.time import governing_time, tense_at
from warta.time.stage import tag_article
from warta.time.tense import sentences

log = logging.getLogger(__name__)

OBJECT_GAP = 3
"""Words allowed between a verb and its object mention (``mengakui Semenanjung Crimea``)."""
PREP_GAP = 4
"""Words allowed between the predicate and the preposition that introduces the recipient
(``melakukan kunjungan kerja selama tiga hari ke X``)."""
SUBJECT_GAP = 12
"""Words allowed between the subject mention and the predicate (auxiliaries, adverbs, a date)."""
NAME_ATTACH_CHARS = 25
"""Characters between a mention and an unknown name after it within which the name belongs to
that mention (a title and its holder, an organisation and its abbreviation)."""
PATIENT_WORDS = 4
"""Words before a legal passive in which its counted or named patient is looked for."""
PASSIVE_SUBJECT_GAP = 5
"""Words allowed between the subject of a passive and its verb (the patient stands close:
``Ferry mengatakan tidak ada barang bukti yang diamankan`` has no linked patient)."""
ZERO_SUBJECT_WORDS = 2
"""A sentence with at most this many words before its predicate and no mention there
(``Sekaligus, menyerukan ...``) continues the previous event's actor."""
SITE_WINDOW = 6
"""A protest site phrase (``di depan Gedung``) may stand this many words before the
organisation (``di depan Gedung Merah Putih KPK``)."""
TITLE_REACH = 25
"""Characters between an office word and a name after which it is that name's title."""
AGENT_REACH = 60
"""Characters after a passive verb within which its ``oleh`` agent is looked for."""
LAW_ENFORCEMENT = frozenset({"COP", "JUD"})
"""Sectors that arrest, question and name suspects: the implied agent of a legal passive."""
LAW_NAME_REACH = 60
"""Characters before a mention in which the law word of a law's name is looked for."""
LAW_NAME_WORDS = frozenset({"nomor", "no", "tahun", "tentang", "revisi"})
"""Words between a law word and the organisation the law is about (``UU Nomor 30 Tahun 2002
tentang KPK``)."""
PROTESTERS = frozenset({"EDU", "OPP", "CVL", "LAB", "REL", "NGO", "HRI", "AGR", "MED", "BUS"})
"""Sectors whose members demonstrate: the subject of a nominal protest must have one."""
SECURITY = frozenset({"COP", "MIL"})
"""Security forces: the police a riot throws stones at are not the protest's target."""
INVESTIGATORS = frozenset({"COP", "JUD", "LEG", "HRI", "SPY"})
"""Sectors that investigate (``memeriksa``, ``memanggil``): a minister calling rectors in is
not an investigation."""
DIALOGUE_TYPES = frozenset({"SUPPORT", "AGREE", "REQUEST", "REJECT", "ACCUSE", "COOPERATE"})
"""Types whose missing recipient is the partner of a meeting just coded."""
DIALOGUE_SENTENCES = 4
"""How many sentences after a meeting its partner is still the addressee."""
PROTEST_SENTENCES = 3
"""How many sentences after a protest the force police use is used against its protesters."""
CROWD_SENTENCES = 3
"""How far (in sentences) the naming of a crowd carries to a bare ``massa``."""
SCENE_SENTENCES = 3
"""How many sentences back the place an article last put its story in still locates an event
whose own sentence names none."""
DEMAND_GAP = 4
"""Words between a protest noun and the demand its clause makes (``Aksi mahasiswa menuntut``)."""
CONTROL_GAP = 6
"""Words between a request and the verb of what it asks for (``mendesak KPK segera
menetapkan``)."""
SEQUENCE_WORDS = frozenset({"dan", "lalu", "kemudian", "serta", "namun", "tetapi", "tapi"})
"""Words that start a new event after a request rather than its content."""
COUNTED_OBJECT_TYPES = frozenset({"COERCE", "ASSAULT", "ACCUSE", "SANCTION"})
"""Types whose object may be a number of people with no entry (``menangkap tiga orang``)."""
COUNTED_ACCUSE_MODES = frozenset({"allege", "investigate"})
"""An accusation counts people only as suspects or the investigated (``menetapkan tiga orang
sebagai tersangka``; not ``menyesalkan kematian seorang warga``)."""
CONTENT_GAP = 10
"""Words after ``agar`` within which the addressee of a request is looked for."""
PRIVATE_TYPES = frozenset({"ASSAULT", "PROTEST"})
"""Event types whose parties may be private people the text only counts or calls by kinship
(``EventCoder.private_links``)."""
PRIVATE_METHOD = "events-private"
NAME_AGE_RE = re.compile(r"\b((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*){0,3})\s+\((\d{1,3})\)")
"""A name followed by an age in brackets (``Kamal Mopangga (33)``)."""
MAX_AGE = 110
AGE_RE = re.compile(r"\s*\(\d{1,3}\)")
SUSPECT_MODES = frozenset({"arrest", "allege"})
"""Modes whose recipient, when the text gives no role, is a criminal suspect (CRM)."""
ATTRIB_WORDS = 4
"""Words between a copula and the praise or blame it says of its subject (``adalah seorang
negarawan sejati``, ``merupakan sosok yang luar biasa``)."""
COPULAS = frozenset({"merupakan", "menjadi"})
"""Verbs that link a subject to a noun phrase: what follows them is no object of an act."""
WISH_WORDS = 10
"""Words before a predicate in which an ``agar``/``supaya`` makes it the content of a wish."""
ANAPHOR_WORDS = 4
"""Words from a descriptive anaphor's head noun to its ``itu``/``tersebut``."""
ANTECEDENT_SENTENCES = 2
"""How many sentences back a pronoun subject (``mereka``, ``ia``) looks for what it refers to."""
NEG_WINDOW = 4
"""A negation cue counts when it is at most this many words before the predicate."""
TAIL_NEGATION_WORDS = 2
"""Words before a judgement or approval cue read for its negation (``tidak terlalu tepat``)."""
LOCATIVE_REACH = 80
"""Characters before a place in which the ``di`` of its locative phrase is looked for."""
NARRATIVE_DAYS = 7
"""An undated event takes the last day-precise date before it when that date is at most this
many days before the article (the story being told), else the publication date."""
NEWS_WINDOW_DAYS = 90
"""An event whose date ends more than this before the publication date is historical."""
CODER = "warta-events 0.1"
CODEBOOK = "PLOVER 2.0 / CAMEO 1.1b3"

EMBEDDING = frozenset({"REQUEST", "THREATEN", "AGREE", "REJECT"})
"""Types whose predicate takes another predicate as its content (``meminta agar``,
``mengancam akan``, ``berjanji untuk``, ``menolak untuk``)."""
RECIPROCAL = frozenset({"AGREE", "CONSULT", "COOPERATE", "ASSAULT"})
"""Types where a compound actor with no recipient is a reciprocal event (``kedua negara
sepakat``, ``X dan Y bertemu``): PLOVER codes all parties as actor."""
RECIPROCAL_CAMEO = frozenset({"057"})
"""CAMEO codes whose compound actor with no recipient is reciprocal too (both sign a treaty)."""
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
PLANNED_CAMEO = {
    "CONSULT": "036",
    "SUPPORT": "032",
    "COOPERATE": "031",
    "AID": "033",
    "CONCEDE": "035",
    "RETREAT": "035",
}
"""CAMEO 03x (express intent to ...) of a planned cooperative event."""
PROTEST_CAMEO = {"demo": "141", "riot": "145"}
"""CAMEO codes of a protest whose mode the sentence decides (a crowd visit, a riot)."""
THREAT_OF = {
    "ASSAULT": ("violence", "138"),
    "COERCE": (None, "130"),
    "SANCTION": ("restrict", "1312"),
}
"""A planned use of force or sanction is a threat: mode and CAMEO code. An announced protest
stays PROTEST with the ``future`` flag (what protesters announce is the protest itself)."""
CONTEXT_CAMEO = {
    ("030", "military"): "0312",
    ("030", "economic"): "0311",
    ("031", "military"): "0312",
    ("031", "economic"): "0311",
}

VERB_RE = re.compile(r"^(?:me(?:m|n|ng|ny)?|ber|di|ter|memper)[a-z]{4,}$")
"""An active, passive or ber- verb form: a mention right after one is not a subject."""
WORD_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
ADDRESSED = frozenset({"REQUEST", "SUPPORT", "ACCUSE", "AGREE", "REJECT"})
"""Types whose recipient may be an addressee put before the clause (``Kepada X, ...``)."""
COURT_MODES = frozenset({"convict"})
"""Modes only a court does: their implied agent is never the police."""
JUDGING = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
"""Types whose object may be an event, judged by who did it."""
ENUMERATION_GAP = 5
"""Words between a predicate and the cue that spells out its generic object."""
PURPOSE_REACH = 4
"""How far back (in words) a purpose conjunction still opens the predicate's clause."""
SITE_RE = re.compile(
    r"(?<![\w-])(?:di|ke|mendatangi|menyambangi|menggeruduk)\s+"
    r"(?:(?:depan|kantor|gedung|markas|halaman|dalam|luar)\s+)*[A-Z]"
)
"""A sentence that names a site of its own (``mendatangi kantor Komnas HAM``)."""
FIRST_PERSON_BODY_RE = re.compile(r"(?<![\w-])(?:kami|kita)\s+(?:di|dari)\s+", re.I)
"""A first-person pronoun followed by the body it speaks for (``kami di Komisi III``)."""
CLAUSE_BREAK_RE = re.compile(r"[;:]|,\s|\s[-–—]\s")
NAME_RE = re.compile(r"[A-Z][a-z]{2,}")
"""A capitalised word: a name the knowledge base does not hold (``Mingming``)."""
NAME_AFTER_RE = re.compile(r"\s+[A-Z][a-z]")
NAME_RUN_RE = re.compile(r"\s+[A-Z][a-z]+(?:\s+(?:[A-Z][a-z]+|alias))*(?=[\s,.])")
"""Capitalised words right after a predicate: a name (``menangkap Adi Susanto``)."""
"""A capitalised word right after a nominal predicate: its (unlinked) genitive."""
TITLE_END_RE = re.compile(r"[,.;:()\"“”]")
PROPOSER_RE = re.compile(r"\byang\s+di(?:ajukan|usulkan|sampaikan|mohonkan)\s+(?:oleh\s+)?")
"""``yang diajukan oleh X`` after a rejected or granted request: X asked for it."""
QUOTE_END_RE = re.compile(r"[”\"’]")
"""A closing quotation mark: what is judged or asked ends there (``... dikenal," ujar X``)."""
OPPONENT_RE = re.compile(r",\s+melawan\s+")
"""The other side of a two-sided nominal (``permusuhan antara X ..., melawan Y``)."""
OLEH_RE = re.compile(r"\boleh\s+")
PASSIVE_OLEH_RE = re.compile(r"\bdi[a-z]{3,}((?:\s+[a-z]+){0,2}?)\s+oleh\s+")
"""A passive verb and its ``oleh``, perhaps with adverbs between (``disampaikan langsung
oleh``; the adverbs are cues of kind ``passive_adverb``)."""
QUOTE_OPEN = '“"‘'
QUOTE_CLOSE = '”"’'


class ParsedToken(Protocol):
    """What the coder reads of a parsed token (``warta.nlp.Token`` has it)."""

    @property
    def start(self) -> int: ...
    @property
    def head(self) -> int: ...
    @property
    def dep(self) -> str: ...


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    text: str
    trigger: Trigger


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD_RE.findall(text)]


def _ends_with_phrase(words: Sequence[str], phrases: Sequence[str]) -> bool:
    for phrase in phrases:
        parts = phrase.split()
        if len(words) >= len(parts) and list(words[-len(parts) :]) == parts:
            return True
    return False


def _contains_phrase(words: Sequence[str], phrase: str) -> int:
    """Index of the last occurrence of ``phrase`` in ``words``, or -1."""
    parts = phrase.split()
    n = len(parts)
    for i in range(len(words) - n, -1, -1):
        if list(words[i : i + n]) == parts:
            return i
    return -1


def _period_end(value: str) -> dt.date | None:
    """Last day covered by a TIMEX3 date value (``2019`` → 2019-12-31); None if not a date."""
    value = value.rsplit("/", maxsplit=1)[-1]
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    week = re.match(r"^(\d{4})-W(\d{2})", value)
    if week is not None:
        return dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 7)
    if m is None:
        return None
    year = int(m.group(1))
    if m.group(3):
        return dt.date(year, int(m.group(2)), int(m.group(3)))
    if m.group(2):
        month = int(m.group(2))
        first_next = dt.date(year + month // 12, month % 12 + 1, 1)
        return first_next - dt.timedelta(days=1)
    return dt.date(year, 12, 31)


def plover_date(value: str | None) -> str | None:
    """A TIMEX3 value as PLOVER's ``YYYY-MM-DD`` (start of the period): ``2019`` → 2019-01-01."""
    if not value:
        return None
    first = value.split("/")[0]
    week = re.match(r"^(\d{4})-W(\d{2})", first)
    if week is not None:
        return dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1).isoformat()
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", first)
    if m is None:
        return None
    return f"{m.group(1)}-{m.group(2) or '01'}-{m.group(3) or '01'}"


def plover_end_date(value: str | None) -> str | None:
    if not value or "/" not in value:
        return None
    end = _period_end(value)
    return end.isoformat() if end else None


@cache
def _cue_sets() -> dict[str, tuple[str, ...]]:
    return lexicon.cues()


class EventCoder:
    """Codes an article's events. Load once (lexicon, actor knowledge base), call per article.

    ``keep_negated``: also return negated events (flag ``negated``); by default they are left
    out, so a negated predicate never yields a positive event record.
    """

    requires = ("Article.text", "Article.published", "Article.time_expressions")
    assigns = ("events",)

    def __init__(
        self,
        linker: ActorLinker | None = None,
        *,
        keep_negated: bool = False,
        lang: str = "id",
    ) -> None:
        self.linker = linker or ActorLinker(learn=False)
        self.keep_negated = keep_negated
        self.pattern = lexicon.trigger_pattern(lang)
        self.triggers = lexicon.triggers(lang)
        self.cues = lexicon.cues(lang)
        self.context_words = lexicon.context_keywords(lang)
        self.types = lexicon.plover_types()
        self._group_pattern: re.Pattern[str] | None = None
        self._group_words: frozenset[str] | None = None
        self._office_pattern: re.Pattern[str] | None = None
        self._cue_patterns: dict[str, re.Pattern[str]] = {}
        self._trace: list[tuple[_Hit, str]] | None = None

    @cached_property
    def landmark_pattern(self) -> re.Pattern[str]:
        """The landmarks of ``places.tsv``, longest first."""
        phrases = sorted(lexicon.places().landmarks, key=len, reverse=True)
        body = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
        return re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])", re.I)

    @cached_property
    def locative_opener(self) -> re.Pattern[str]:
        """``di`` or a verb of approach (``mendatangi``) opening a chain of places."""
        words = sorted(("di", *self.cues.get("approach", ())), key=len, reverse=True)
        return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, words)) + r")\s", re.I)

    @cached_property
    def region_codes(self) -> dict[str, str]:
        """Indonesian province names and short names (lower-cased) → Kemendagri code; city and
        regency names written with ``Kota``/``Kabupaten`` → their own code (``kota jambi``)."""
        out: dict[str, str] = {}
        for kode, kind, name in region_table():
            if kind == "provinsi":
                out.setdefault(name.lower(), kode)
            elif kind in ("kota", "kabupaten"):
                out.setdefault(f"{kind} {name}".lower(), kode)
        for kode, aliases in region_alias_table().items():
            if len(kode) == 2:
                for alias in aliases:
                    out.setdefault(alias.lower(), kode)
        return out

    @cached_property
    def region_pattern(self) -> re.Pattern[str]:
        names = sorted(self.region_codes, key=len, reverse=True)
        body = "|".join(re.escape(n) for n in names)
        return re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])", re.I)

    @property
    def group_words(self) -> frozenset[str]:
        """Collective role words of the knowledge base (``mahasiswa``, ``buruh``) and
        ``orang``: what a crowd quantifier (``ratusan``) counts."""
        if self._group_words is None:
            roles = self.linker.kb.roles
            words = {p.split()[0] for p, r in roles.items() if r.kind == "group"}
            self._group_words = frozenset(words | {"orang"})
        return self._group_words

    @property
    def group_pattern(self) -> re.Pattern[str]:
        """Collective role phrases of the actor knowledge base, longest first."""
        if self._group_pattern is None:
            roles = self.linker.kb.roles
            groups = sorted((p for p, r in roles.items() if r.kind == "group"), key=len)
            body = "|".join(re.escape(g) for g in reversed(groups))
            self._group_pattern = re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])", re.I)
        return self._group_pattern

    # ------------------------------------------------------------------ entry points

    def explain(self, article: Article, **kwargs: object) -> list[tuple[int, int, str, str]]:
        """Why each predicate hit of ``article`` gave no event: ``(start, end, trigger,
        reason)``, for ``warta events --explain`` and the scorer's ``--verbose``."""
        self._trace = []
        try:
            self(article, **kwargs)  # type: ignore[arg-type]
            return [(h.start, h.end, h.text, reason) for h, reason in self._trace]
        finally:
            self._trace = None

    @property
    def office_pattern(self) -> re.Pattern[str]:
        """Role words that name one office holder (``Presiden``, ``Kapolri``, ``Menhan``)."""
        if self._office_pattern is None:
            roles = self.linker.kb.roles
            offices = sorted(
                (p for p, r in roles.items() if r.kind == "person" and r.office), key=len
            )
            body = "|".join(re.escape(o) for o in reversed(offices))
            self._office_pattern = re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])", re.I)
        return self._office_pattern

    def office_mentions(self, text: str) -> list[Mention]:
        """A bare office word (``menyerahkan mandat kepada Presiden``) as a mention: the
        linker resolves it to the office holder on the article date; the finder proposes role
        words only before a name."""
        return [
            Mention(m.group(0), m.start(), m.end(), "PER")
            for m in self.office_pattern.finditer(text)
        ]

    def group_mentions(self, text: str) -> list[Mention]:
        """Collective role words (``mahasiswa``, ``polisi``, ``massa``, ``buruh``) as mentions:
        the actor gazetteer codes them (``IDNEDU``, ``IDNCOP``) but its finder only proposes
        titled or capitalised names."""
        out = []
        for match in self.group_pattern.finditer(text):
            out.append(Mention(match.group(0), match.start(), match.end(), "ORG"))
        return out

    def offender_links(self, text: str) -> list[ActorLink]:
        """Suspects and perpetrators (``pelaku``, ``tersangka``, ``terdakwa``) coded
        ``<default country>CRM``, and security forces (``aparat keamanan``) coded
        ``<default country>COP``: the actor knowledge base has no role for them yet."""
        country = self.linker.default_country or ""
        out = []
        for kind, sector in (("offender", "CRM"), ("security", "COP")):
            for match in self._cue_pattern(kind).finditer(text):
                out.append(
                    _group_link(
                        text, match.start(), match.end(), country, sector, 0.5, f"events-{kind}"
                    )
                )
        return sorted(out, key=lambda link: (link.start, -link.end))

    def private_links(self, text: str) -> list[ActorLink]:
        """Private people of crime news that no knowledge base holds, coded ``<default
        country>CVL`` and used only by violent events (``PRIVATE_TYPES``): a relative named
        by kinship with its possessive (``istrinya``, ``ayah tirinya``, ``suami sirinya``;
        cues.tsv ``kin``), or one person counted (``seorang pria``, ``bocah itu``; cues.tsv
        ``private_person``)."""
        country = self.linker.default_country or ""
        out = [
            _group_link(text, m.start(1), m.end(1), country, "CVL", 0.4, PRIVATE_METHOD)
            for m in NAME_AGE_RE.finditer(text)
            if 0 < int(m.group(2)) <= MAX_AGE
        ]
        for kind in ("kin", "private_person"):
            for match in self._cue_pattern(kind).finditer(text):
                out.append(
                    _group_link(
                        text, match.start(), match.end(), country, "CVL", 0.4, PRIVATE_METHOD
                    )
                )
        return sorted(out, key=lambda link: (link.start, -link.end))

    def _foreign_groups(self, text: str, links: list[ActorLink]) -> list[ActorLink]:
        """Groups coded with the default country only because the text names none for them
        (``korban``, ``aktivis demokrasi``, ``serikat pekerja``) take the foreign country of
        their sentence's place: right after them (``aktivis demokrasi Hong Kong``) or after
        ``di`` (``unjuk rasa ... di Peru``)."""
        default = self.linker.default_country
        if not default:
            return links
        places = [
            link
            for link in links
            if link.type in ("country", "place") and link.country and link.country != default
        ]
        if not places:
            return links
        out = []
        for link in links:
            generic = link.actor_id is None and link.type in ("group", "organisation")
            if (
                not generic
                or link.country != default
                or link.code != default + "".join(link.sectors)
            ):
                out.append(link)
                continue
            end = text.find(". ", link.end)
            end = len(text) if end < 0 else end
            start = text.rfind(". ", 0, link.start) + 1
            foreign = None
            for place in places:
                if not start <= place.start < end:
                    continue
                gap = _words(text[link.end : place.start])
                before = _words(text[max(start, place.start - 20) : place.start])
                if before[-2:-1] and before[-2] in self.cues.get("whereabouts", ()):
                    continue  # yang berada di Australia: where they are, not who they are
                if (place.start >= link.end and len(gap) <= 2) or "di" in before[-3:]:
                    foreign = place
                    break
            if foreign is None:
                out.append(link)
                continue
            sectors = "".join(link.sectors)
            out.append(replace(link, code=foreign.country + sectors, country=foreign.country))
        return out

    def _document_of(self, text: str, start: int) -> bool:
        """A nominal right after a document word (``surat pernyataan pengunduran diri``)."""
        before = _words(text[max(0, start - 30) : start])[-2:]
        documents = self.cues.get("document_word", ())
        return any(w in documents for w in before)

    def _business_offender(self, text: str, link: ActorLink) -> ActorLink:
        """``pelaku usaha``, ``pelaku pariwisata``: businesses, not offenders."""
        if link.sectors != ("CRM",) or not link.text.lower().endswith("pelaku"):
            return link
        following = _words(text[link.end : link.end + 20])[:1]
        if not following or following[0] not in self.cues.get("business_after_offender", ()):
            return link
        return replace(link, code=link.country + "BUS", sectors=("BUS",))

    def _cue_pattern(self, kind: str) -> re.Pattern[str]:
        pattern = self._cue_patterns.get(kind)
        if pattern is None:
            words = sorted(self.cues.get(kind, ()), key=len, reverse=True)
            body = "|".join(re.escape(w) for w in words)
            pattern = re.compile(r"(?<![\w-])(?:" + body + r")(?![\w-])", re.I)
            self._cue_patterns[kind] = pattern
        return pattern

    def hits(self, text: str) -> list[_Hit]:
        """Predicate surfaces in ``text`` (the cheap first pass)."""
        out = []
        for match in self.pattern.finditer(text):
            key = " ".join(match.group(0).lower().split())
            found = self.triggers.get(key)
            if found is None:
                continue
            trigger = next(
                (
                    t
                    for t in (found, *found.alternatives)
                    if t.tail is None or self._tail_follows(text, match.end(), t.tail)
                ),
                None,
            )
            if trigger is None:
                continue
            if key in self.cues.get("bare_protest", ()):
                following = WORD_RE.search(text, match.end(), match.end() + 30)
                if following is None or following.group(0).lower() not in self.group_words:
                    continue  # aksi teror, aksi Zulhas: only aksi mahasiswa, aksi massa
            if trigger.voice == "nominal" and _in_proper_name(text, match.start()):
                continue  # Tempat Pemeriksaan Imigrasi, acara Pertemuan Nasional Fraksi ...
            if trigger.voice == "nominal" and self._document_of(text, match.start()):
                continue  # surat pernyataan pengunduran diri: a document, not the event
            out.append(_Hit(match.start(), match.end(), match.group(0), trigger))
        return out

    def _tail_follows(self, text: str, end: int, tail: str) -> bool:
        """``tail`` (a word, or ``@kind``: any cue of that kind) follows in the clause."""
        window = text[end : end + lexicon.TAIL_WINDOW]
        window = re.split(r"[.;!?\n]", window, maxsplit=1)[0]
        if tail.startswith("@"):
            kind = tail[1:]
            if any(
                not self._negated_cue(window, m.start())
                for m in self._cue_pattern(kind).finditer(window)
            ):
                return True
            # menilai X tidak bagus: a negated approval is a negative judgement
            return kind == "judgement" and any(
                self._negated_cue(window, m.start())
                for m in self._cue_pattern("approval").finditer(window)
            )
        return re.search(r"(?<!\w)" + re.escape(tail) + r"(?!\w)", window.lower()) is not None

    def _negated_cue(self, window: str, start: int) -> bool:
        """Whether a cue at ``start`` of ``window`` is negated by the words just before it
        (``tidak melanggar``, ``kurang tepat``; cues.tsv ``tail_negation``)."""
        before = _words(window[:start])[-TAIL_NEGATION_WORDS:]
        return _ends_with_phrase(before, sorted(self.cues.get("tail_negation", ())))

    def __call__(
        self,
        article: Article,
        *,
        mentions: Sequence[Mention] | None = None,
        links: Sequence[ActorLink] | None = None,
        parse: Sequence[ParsedToken] | None = None,
    ) -> tuple[Event, ...]:
        """The events of ``article``. ``links`` (already linked mentions) or ``mentions`` (from
        an entity model) are used when given; otherwise the linker finds the mentions.
        ``parse``: dependency-parsed tokens of ``article.text`` (``warta.nlp`` ``Analysis.tokens``);
        when given, a predicate's ``nsubj`` decides its subject (see ``parse_subject``)."""
        text = article.text
        hits = [h for h in self.hits(text) if h.trigger.predicate.type != "NONE"]
        if not hits:
            return ()
        if links is None:
            if mentions is None:
                mentions = self.linker.find_mentions(text)
            mentions = merge_mentions(list(mentions), self.group_mentions(text))
            fillers = self.cues.get("clause_filler", ())
            offices = [
                o
                for o in self.office_mentions(text)
                if not any(
                    0 <= m.start - o.end <= TITLE_REACH
                    and not TITLE_END_RE.search(text, o.end, m.start)
                    and not any(  # Presiden juga berharap DPR ...: a clause, not a title
                        VERB_RE.match(w) or w in fillers for w in _words(text[o.end : m.start])
                    )
                    for m in mentions
                )
            ]  # not the title of a name that follows (Presiden ke-3 RI BJ Habibie)
            mentions = merge_mentions(mentions, offices)
            links = self.linker.link_article(article, mentions)
            links = _merge_links(links, self.offender_links(text))
            links = _merge_links(links, self.private_links(text))
        actors = [self._business_offender(text, link) for link in _fold_links(text, links)]
        actors = self._foreign_groups(text, actors)
        expressions = article.time_expressions or tuple(tag_article(article))
        dct = (article.published or article.page_date or "")[:10] or None
        context = _ArticleContext(article, actors, expressions, dct, self)
        context.hits = hits
        context.last_actors = None
        context.parse = tuple(parse) if parse is not None else None
        context.hit_starts = [h.start for h in hits]
        context.hit_spans = [(h.start, h.end) for h in hits if h.trigger.voice != "nominal"]
        context.trace = self._trace
        events: list[Event] = []
        seen: set[tuple[object, ...]] = set()
        for hit in hits:
            event = context.code(hit, len(events))
            if event is None:
                continue
            context.last_actors = (event.sentence, context.subject_group or event.actors)
            if event.type == "PROTEST" and not event.future:
                context.last_protest = (event.sentence, event.actors, event.recipients)
            if event.type == "CONSULT" or event.base_type == "CONSULT":
                context.last_meeting = (event.sentence, event.actors, event.recipients)
            if event.negated and not self.keep_negated:
                context.drop(hit, "negated")
                continue
            actor_codes = tuple(a.code for a in event.actors)
            key = (
                event.type,
                actor_codes,
                tuple(r.code for r in event.recipients),
                event.date,
                event.negated,
            )
            if key in seen:
                continue
            if not event.recipients and any(
                e.type == event.type
                and e.recipients
                and tuple(a.code for a in e.actors) == actor_codes
                for e in events
            ):
                continue  # a vaguer mention of an event already coded with its recipient
            seen.add(key)
            events.append(event)
        return tuple(events)


def _fold_links(text: str, links: Sequence[ActorLink]) -> list[ActorLink]:
    """Links that stand for an actor on their own: those inside another link's evidence span
    (title words, appositions) and bracketed abbreviations after a link are dropped. A place's
    evidence never swallows an actor (``Polres Banyuasin, Sumatera Selatan``)."""
    ordered = sorted(links, key=lambda link: (link.start, link.end))
    ordered = [_evidence_in_sentence(text, link) for link in ordered]
    kept: list[ActorLink] = []
    for link in ordered:
        inside = any(
            other is not link
            and other.evidence_start <= link.start
            and link.end <= other.evidence_end
            and not (other.start <= link.start and link.end <= other.end)
            and not (
                other.type == "place" and (link.type not in ("place", "country") or link.sectors)
            )
            and not (other.type == "person" and link.type == "person")  # nobody titles a person
            for other in ordered
        )
        if inside:
            continue
        if kept and text[kept[-1].end : link.start].strip() == "(":
            continue
        if _inside_name(text, link, ordered):
            continue
        if link.type == "country" and text[link.end : link.end + 1] == "$":
            continue  # US$, a currency
        kept.append(link)
    return kept


def _evidence_in_sentence(text: str, link: ActorLink) -> ActorLink:
    """``link`` with an evidence span that does not reach back over a sentence end (a title
    ends where its sentence does: ``... Donald Trump. Moon menawarkan``)."""
    if link.evidence_start >= link.start:
        return link
    cut = max(
        text.rfind(". ", link.evidence_start, link.start),
        text.rfind("\n", link.evidence_start, link.start),
    )
    if cut < 0:
        return link
    start = cut + 1
    while start < link.start and text[start].isspace():
        start += 1
    return replace(link, evidence_start=start)


def _merge_links(links: Sequence[ActorLink], extra: Sequence[ActorLink]) -> list[ActorLink]:
    """``links`` plus those of ``extra`` that overlap none of them."""
    merged = list(links)
    for link in extra:
        if all(link.end <= o.start or link.start >= o.end for o in merged):
            merged.append(link)
    return sorted(merged, key=lambda link: (link.start, link.end))


NAME_WORD_RE = re.compile(r"([A-Z][\w'’-]*)\s+$")


def _inside_name(text: str, link: ActorLink, links: Sequence[ActorLink]) -> bool:
    """A country or place that ends an unknown capitalised name (``Himpunan Aktivis
    Indonesia``, ``Universitas Islam Indonesia``) is part of that name, not an actor."""
    if link.type not in ("country", "place") or link.method == "role":
        return False
    following = re.match(r"\s+([A-Z][a-z][\w'’-]*)", text[link.end : link.end + 40])
    if following is not None and following.group(1).lower() not in _title_words():
        at = link.end + following.start(1)
        if not any(o.start <= at < o.end or o.evidence_start <= at < o.end for o in links):
            return True
    line_start = text.rfind("\n", 0, link.start) + 1
    match = NAME_WORD_RE.search(text, max(line_start, link.start - 40), link.start)
    if match is None or match.start() == line_start:
        return False
    if any(
        o.start <= match.start() < o.end or o.evidence_start <= match.start() < o.end
        for o in links
        if o is not link
    ):
        return False
    word = match.group(1).lower()
    before = text[line_start : match.start()].rstrip()
    if not before or before[-1] in '.!?"“(':
        return False
    return word not in _title_words() and word not in lexicon.cues().get("place_head", ())


@cache
def _title_words() -> frozenset[str]:
    """Words that may precede a country without forming a name with it (roles, titles)."""
    from warta.actors.linker import context_words, title_words

    words = set(title_words())
    for values in context_words().values():
        words.update(values)
    for phrase in default_linker_roles():
        words.update(phrase.split())
    return frozenset(words)


@cache
def default_linker_roles() -> tuple[str, ...]:
    from warta.actors import load_kb

    return tuple(load_kb().roles)


class _ArticleContext:
    """Everything the coder needs about one article, computed once."""

    def __init__(
        self,
        article: Article,
        links: list[ActorLink],
        expressions: Sequence[TimeExpression],
        dct: str | None,
        coder: EventCoder,
    ) -> None:
        self.article = article
        self.text = article.text
        self.links = links
        self.link_starts = [link.start for link in links]
        self.expressions = expressions
        self.dct = dct
        self.coder = coder
        self.sentences = _split_joined(self.text, sentences(self.text)) or [(0, len(self.text))]
        self.sentence_starts = [s for s, _ in self.sentences]
        self.cues = coder.cues
        self.dating = [e for e in expressions if not self._term_or_document(e)]
        """The expressions that can date an event (computed once, not per predicate)."""
        self.gap_stops = frozenset(coder.cues.get("gap_stop", ()))
        self.speech = frozenset(coder.cues.get("reported", ()))
        self.law_words = frozenset(coder.cues.get("law_word", ()))
        self.title_words = _title_words()
        self.hit_starts: list[int] = []
        self.hits: list[_Hit] = []
        self.parse: tuple[ParsedToken, ...] | None = None
        self.last_actors: tuple[int, tuple[ActorLink, ...]] | None = None
        """Sentence and actors of the last coded event: a pronoun subject (``mereka``,
        ``ia``) within two sentences refers to them."""
        self.hit_spans: list[tuple[int, int]] = []
        self.last_meeting: tuple[int, tuple[ActorLink, ...], tuple[ActorLink, ...]] | None = None
        """Sentence, actors and recipients of the last coded meeting (CONSULT)."""
        self.last_protest: tuple[int, tuple[ActorLink, ...], tuple[ActorLink, ...]] | None = None
        """Sentence, actors and target of the last coded protest."""
        self.threat: _Hit | None = None
        """The hostile content of the promise being coded, if any (``promised_threat``)."""
        self.subject_group: tuple[ActorLink, ...] = ()
        """The whole subject of the last coded predicate (a compound subject stays whole even
        when a meeting splits it into actor and recipient)."""
        self.trace: list[tuple[_Hit, str]] | None = None
        """When a list: why each predicate hit yielded no event (``EventCoder.explain``)."""

    def drop(self, hit: _Hit, reason: str) -> None:
        """Record why ``hit`` is not coded, when tracing."""
        if self.trace is not None:
            self.trace.append((hit, reason))

    # ------------------------------------------------------------------ geometry

    def sentence_of(self, pos: int) -> tuple[int, int, int]:
        index = max(bisect_right(self.sentence_starts, pos) - 1, 0)
        start, end = self.sentences[index]
        return index, start, end

    def clause_start(self, s_start: int, pos: int) -> int:
        start = s_start
        for match in CLAUSE_BREAK_RE.finditer(self.text, s_start, pos):
            start = match.end()
        return start

    def quote_span(self, s_start: int, s_end: int, pos: int) -> tuple[int, int] | None:
        """The quotation around ``pos`` in the sentence (or reaching into it), if any."""
        text = self.text
        line_start = text.rfind("\n", 0, pos) + 1
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        opened: int | None = None
        for i in range(line_start, line_end):
            ch = text[i]
            if (
                opened is None
                and ch in QUOTE_OPEN
                and (ch != '"' or i == line_start or not text[i - 1].isalnum())
            ):
                opened = i
            elif opened is not None and ch in QUOTE_CLOSE and i > opened:
                if opened < pos < i:
                    return opened, i
                opened = None
        if opened is not None and opened < pos:
            return opened, line_end
        return None

    def links_between(self, start: int, end: int) -> list[ActorLink]:
        low = bisect_right(self.link_starts, start - 1)
        out = []
        for link in self.links[low:]:
            if link.start >= end:
                break
            if link.end <= end:
                out.append(link)
        return out

    # ------------------------------------------------------------------ arguments

    def subject(
        self,
        s_start: int,
        pos: int,
        *,
        skip_from: int | None = None,
        max_gap: int = SUBJECT_GAP,
    ) -> list[ActorLink]:
        """The subject before ``pos``: the mention right before ``yang`` when the predicate
        opens a relative clause (``para pelajar yang melakukan aksi``), else the nearest
        mention not after a preposition, with the mentions conjoined to it. A speaker named
        in a parenthesis (``..., jelas Risal, telah disita``) or before a reported clause with
        a subject of its own (``Trump menyebut beberapa negara telah menawarkan``) is not the
        subject."""
        stops = self.cues.get("subject_stop", ())
        relative = self._relative_head(s_start, pos)
        if relative is UNKNOWN_HEAD:
            counted = self._counted_subject(s_start, pos)
            return [counted] if counted is not None else []
        if relative is not None:
            return [self._crowd_alias(relative) or relative]
        pos = self._first_conjunct(s_start, pos)
        candidates = self.links_between(s_start, pos)
        if self._unknown_name_before(s_start, pos, candidates):
            return []  # Aria berharap ...: a name the knowledge base lacks is the subject
        if self._inside_unknown_relative(s_start, pos, candidates):
            return []  # Penyebar hoaks yang menggunakan Facebook tersebut meminta maaf
        for index in range(len(candidates) - 1, -1, -1):
            link = candidates[index]
            if skip_from is not None and link.start >= skip_from:
                continue
            if _bare_place(link):
                continue  # an apposition of place (Polres Banyuasin, Sumatera Selatan, menangkap)
            between = _words(self.text[link.end : pos])
            if len(between) > max_gap:
                break
            if self._reported_clause_subject(between, pos):
                continue
            before = _words(self.text[max(s_start, link.evidence_start - 30) : link.evidence_start])
            if before[-1:] == ["alias"]:
                continue  # the other name of the mention before it, which decides alone
            comitative = before[-2:] == ["bersama", "dengan"]  # X bersama dengan Y membahas
            counting = {*self.cues.get("number_word", ()), *self.cues.get("determiner", ())}
            bare = list(before)
            while bare and (bare[-1] in counting or bare[-1].isdigit()):
                bare.pop()  # terhadap seorang warga: the preposition before the count
            if bare and _ends_with_phrase(bare, stops) and not comitative:
                continue
            if any(w in ("di", "ke", "dari") for w in before[-3:]):
                continue  # inside a locative phrase (di sejumlah wilayah Indonesia)
            if self._object_of_earlier(s_start, link, pos):
                continue
            after_comma = self.text[max(s_start, link.evidence_start - 3) : link.evidence_start]
            if (
                before
                and VERB_RE.match(before[-1])
                and before[-1] not in self.title_words
                and before[-1] not in self.speech
                and before[-1] not in self.cues.get("agency", ())
                and "," not in after_comma  # Meski banyak yang menentang, PDIP justru ...
            ):
                continue  # (X melalui Y mengancam: Y, the agency X acts through, acts)
            if (
                len(before) >= 2
                and before[-2].startswith("me")
                and VERB_RE.match(before[-2])
                and before[-2] not in COPULAS  # merupakan wujud Rusia dalam memperkuat
                and before[-2] not in self.speech
                and before[-2] not in self.cues.get("agency", ())
                and before[-1] not in self.title_words
                and "," not in self.text[max(s_start, link.evidence_start - 30) : link.start]
            ):
                continue  # penyidik menelusuri akun Facebook ... hingga menangkap: an object
            if before and before[-1] in self.speech and self.text[link.end : link.end + 1] == ",":
                continue  # ..., jelas Risal, telah disita: the speaker, in a parenthesis
            specified = self._specified(link, pos) or self._crowd_alias(link)
            if specified is not None:
                return [specified]
            group = [link]
            j = index - 1
            while j >= 0:
                if candidates[j].start >= min(group[0].start, group[0].evidence_start):
                    j -= 1  # a title inside the mention's evidence (Menteri ... (Mendagri) X)
                    continue
                gap = self.text[candidates[j].end : group[0].evidence_start].strip().lower()
                if gap in {"dan", "serta", "dan juga", "bersama", "bersama dengan"}:
                    group.insert(0, candidates[j])
                    j -= 1
                else:
                    break
            return group
        topic = self._topic_subject(s_start, pos)
        if topic:
            return topic
        counted = self._counted_subject(s_start, pos)
        return [counted] if counted is not None else []

    def _counted_subject(self, s_start: int, pos: int) -> ActorLink | None:
        """People the sentence opens by counting, head of the relative clause before the
        predicate (``Tiga orang yang diduga terlibat menganiaya ...``): suspects (CRM) when the
        clause suspects them, civilians (CVL) otherwise."""
        words = list(WORD_RE.finditer(self.text, s_start, pos))
        lowered = [w.group(0).lower() for w in words]
        if len(lowered) < 3 or lowered[2] != "yang":
            return None
        if not (lowered[0] in self.cues.get("number_word", ()) or lowered[0].isdigit()):
            return None
        if lowered[1] not in self.cues.get("counted_person", ()):
            return None
        suspected = any(w in self.cues.get("suspicion", ()) for w in lowered[3:])
        country = self.coder.linker.default_country or ""
        sector = "CRM" if suspected else "CVL"
        return _group_link(
            self.text, words[0].start(), words[1].end(), country, sector, 0.4, "events-counted"
        )

    def _inside_unknown_relative(
        self, s_start: int, pos: int, candidates: Sequence[ActorLink]
    ) -> bool:
        """The mention nearest the predicate sits in a relative clause whose head no mention
        names (``Penyebar hoaks yang juga menggunakan media sosial Facebook tersebut meminta
        maaf``): the object of the clause's verb, while the subject is the unknown head."""
        if not candidates:
            return False
        last = candidates[-1]
        clause = self.clause_start(s_start, last.start)
        yang = [m for m in WORD_RE.finditer(self.text, clause, last.start) if m.group(0) == "yang"]
        if not yang:
            return False
        rel = yang[-1]
        head = [c for c in candidates if c.end <= rel.start()]
        if head and len(_words(self.text[head[-1].end : rel.start()])) <= 1:
            return False  # Mahasiswa yang tergabung dalam BEM SI: the head is a mention
        if not _words(self.text[clause : rel.start()]):
            return False  # a clause that opens with yang
        inside = _words(self.text[rel.end() : last.start])
        return any(w.startswith("me") and VERB_RE.match(w) for w in inside)

    def _unknown_name_before(self, s_start: int, pos: int, candidates: Sequence[ActorLink]) -> bool:
        """The word right before the predicate (auxiliaries aside) is a capitalised name no
        mention covers: the subject is someone the knowledge base does not hold."""
        fillers = self.cues.get("clause_filler", ())
        words = list(WORD_RE.finditer(self.text, max(s_start, pos - 60), pos))
        while words and words[-1].group(0).lower() in fillers:
            words.pop()
        if not words:
            return False
        word = words[-1]
        if not NAME_RE.fullmatch(word.group(0)):
            return False
        lowered = word.group(0).lower()
        if lowered in self.cues.get("pronoun", ()) or lowered in self.cues.get("first_person", ()):
            return False
        for c in candidates:
            if min(c.start, c.evidence_start) <= word.start() < max(c.end, c.evidence_end):
                return False  # part of a mention
            if (
                0 <= word.start() - c.end <= NAME_ATTACH_CHARS
                and "," not in self.text[c.end : word.start()]
            ):
                return False  # the name of a title or unit just before (Ketua MRP Timotius)
        return True

    def _after_meeting(self, pos: int) -> bool:
        """A meeting was coded at most ``DIALOGUE_SENTENCES`` before ``pos``."""
        if self.last_meeting is None:
            return False
        return self.sentence_of(pos)[0] - self.last_meeting[0] <= DIALOGUE_SENTENCES

    def _reported_clause_subject(self, between: Sequence[str], pos: int) -> bool:
        """``between`` (the words from a candidate subject to the predicate) holds a speech
        verb followed by a subject of the reported clause's own (two content words), or a
        conjunction followed by one (``..., tapi mayoritas menolak``)."""
        fillers = self.cues.get("clause_filler", ())
        for i, word in enumerate(between):
            rest = [w for w in between[i + 1 :] if w not in fillers]
            if word in self.speech:
                # two content words, or a plural pronoun for those who just met (Dalam
                # pertemuan tersebut, X mengklaim mereka telah menyepakati ...)
                return len(rest) >= 2 or (rest[:1] == ["mereka"] and self._after_meeting(pos))
            if word in self.cues.get("conjunction", ()) and rest:
                return True
        return False

    def _topic_subject(self, s_start: int, pos: int) -> list[ActorLink]:
        """A sentence-initial mention with a relative clause that keeps it far from its
        predicate (``Sri Mulyani yang sedang menjadi pembicara dalam acara ... di Hotel
        Borobudur, Jakarta pada Selasa (17/9) juga sempat meminta maaf``): the subject, when
        no other predicate stands between."""
        candidates = self.links_between(s_start, pos)
        if not candidates:
            return []
        first = candidates[0]
        opening = _words(self.text[s_start : first.evidence_start])
        counting = {*self.cues.get("number_word", ()), *self.cues.get("determiner", ())}
        if len(opening) > 1 and not all(w in counting for w in opening):
            return []  # (Ketiga oknum polisi yang ...: counted words may open the sentence)
        if _bare_place(first):
            return []
        first_end = first.end
        age = AGE_RE.match(self.text, first_end)
        if age is not None:
            first_end = age.end()  # Endang Sulastri (41), pemilik warung ..., dibunuh
        following = _words(self.text[first_end : first_end + 12])
        apposition = self.text[first_end : first_end + 2].startswith(",") and self.text[
            max(first.end, pos - 3) : pos
        ].rstrip().endswith(",")  # Pater X, Ketua KKI ..., meminta maaf
        if following[:1] != ["yang"] and not apposition:
            return []
        if any(first.end <= h < pos for h in self.hit_starts):
            return []
        return [first]

    def _crowd_alias(self, link: ActorLink) -> ActorLink | None:
        """A bare crowd word (``massa``) in an article that says who the crowd is (``Massa
        yang tergabung dalam Himpunan Aktivis Indonesia ...``, ``Mengatasnamakan diri sebagai
        Aliansi Mahasiswa ..., massa tersebut``): that organisation, the nearest specification
        before it, else the nearest after it within ``CROWD_SENTENCES`` sentences."""
        if link.text.lower() not in self.cues.get("crowd", ()):
            return None
        index = self.sentence_of(link.start)[0]
        before = [(index - i, spec) for pos, i, spec in self.crowd_specs if pos <= link.start]
        if before:
            return min(before, key=lambda item: item[0])[1]
        after = [
            (i - index, spec)
            for pos, i, spec in self.crowd_specs
            if pos > link.start and i - index <= CROWD_SENTENCES
        ]
        return min(after, key=lambda item: item[0])[1] if after else None

    @cached_property
    def crowd_specs(self) -> list[tuple[int, int, ActorLink]]:
        """Where the article says who a crowd is: (position of the crowd word, its sentence,
        the mention that names the crowd)."""
        crowd = self.cues.get("crowd", ())
        fronts = self.cues.get("crowd_front", ())
        specs: list[tuple[int, int, ActorLink]] = []
        for index, (start, end) in enumerate(self.sentences):
            links = self.links_between(start, end)
            opening = _words(self.text[start : start + 40])
            front = next((f for f in fronts if opening[: len(f.split())] == f.split()), None)
            for k, link in enumerate(links):
                if link.text.lower() not in crowd:
                    continue
                specified = self._specified(link, end)
                if specified is None and front is not None and k > 0:
                    # Mengatasnamakan diri sebagai X, massa tersebut ...: the fronted name.
                    named = links[0]
                    if "," in self.text[named.end : link.start] and named.text.lower() not in crowd:
                        specified = named
                if specified is not None:
                    specs.append((link.start, index, specified))
        return specs

    def _specified(self, link: ActorLink, pos: int) -> ActorLink | None:
        """A vague crowd made specific before ``pos`` (``Massa yang tergabung dalam BEM SI``,
        ``Massa yang terdiri dari mahasiswa``): the mention that says who they are."""
        if link.text.lower() not in self.cues.get("crowd", ()):
            return None
        words = _words(self.text[link.end : pos])
        if not any(words[: len(p.split())] == p.split() for p in self.cues.get("crowd_spec", ())):
            return None
        following = self.links_between(link.end, pos)
        return following[0] if following else None

    def parse_subject(self, hit: _Hit, s_start: int) -> ActorLink | None:
        """The mention holding the ``nsubj`` of the predicate's head token, when a dependency
        parse was given and the subject is a linked mention of the same sentence before the
        predicate; None otherwise (the word-order heuristics decide)."""
        tokens = self.parse
        if not tokens:
            return None
        heads = [i for i, t in enumerate(tokens) if hit.start <= t.start < hit.end]
        if not heads:
            return None
        inside = set(heads)
        # The head of the trigger span: the token whose head lies outside it.
        head = next(
            (i for i in heads if tokens[i].head not in inside or tokens[i].head == i), heads[0]
        )
        for i, token in enumerate(tokens):
            if token.head != head or i == head or not token.dep.startswith("nsubj"):
                continue
            if token.dep == "nsubj:pass" or token.start < s_start or token.start >= hit.start:
                return None
            for link in self.links_between(s_start, hit.start):
                if link.evidence_start <= token.start < max(link.end, link.evidence_end):
                    return link
            return None
        return None

    def antecedent(self, index: int, pronoun: str) -> list[ActorLink]:
        """What a pronoun subject with no earlier event refers to: the first mention in subject
        position (not after a preposition, not a bare place) of the nearest of the
        ``ANTECEDENT_SENTENCES`` sentences before, a person for ``ia``/``dia``/``beliau``, a
        group, organisation or country for ``mereka``/``pihaknya`` (with the mentions joined to
        it: ``Badan Legislasi DPR dan pemerintah ... mereka sepakat``)."""
        stops = self.cues.get("subject_stop", ())
        personal = pronoun in self.cues.get("pronoun_person", ())
        for j in range(index - 1, max(-1, index - 1 - ANTECEDENT_SENTENCES), -1):
            start, end = self.sentences[j]
            for link in self.links_between(start, end):
                if _bare_place(link):
                    continue
                if (link.type == "person") != personal:
                    continue
                before = _words(
                    self.text[max(start, link.evidence_start - 30) : link.evidence_start]
                )
                if before and _ends_with_phrase(before, stops):
                    continue
                if personal:
                    return [link]
                specified = self._specified(link, end) or self._crowd_alias(link)
                return [specified] if specified is not None else self.conjoined([link], end)
        return []

    def _private_parties(
        self,
        predicate: Predicate,
        actors: list[ActorLink],
        recipients: list[ActorLink],
    ) -> tuple[list[ActorLink], list[ActorLink]]:
        """Private people (``EventCoder.private_links``) stay parties of violent events, the
        perpetrator coded as an offender (``Seorang pria membunuh istrinya``), and of protests
        as civilians (``Colleen Hoffman (69) ... berdemo``); of other events they are none."""
        if predicate.type == "ASSAULT":
            return [
                _as_offender(a) if a.method == PRIVATE_METHOD else a for a in actors
            ], recipients
        if predicate.type in PRIVATE_TYPES:
            return actors, recipients
        return (
            [a for a in actors if a.method != PRIVATE_METHOD],
            [r for r in recipients if r.method != PRIVATE_METHOD],
        )

    def _descriptive_anaphor(self, clause: Sequence[str]) -> bool:
        """The clause before the predicate ends with a person described and pointed at
        (``Politikus senior PDI-P itu``, ``pria tersebut juga``): a descriptive anaphor of
        someone named before (cues.tsv ``anaphor_head``), with at most ``ANAPHOR_WORDS`` words
        from its head to the demonstrative."""
        fillers = self.cues.get("clause_filler", ())
        words = list(clause)
        while words and words[-1] in fillers:
            words.pop()
        if not words or words[-1] not in ("itu", "tersebut"):
            return False
        heads = self.cues.get("anaphor_head", ())
        return any(w in heads for w in words[-ANAPHOR_WORDS - 1 : -1])

    def _first_conjunct(self, s_start: int, pos: int) -> int:
        """For a predicate coordinated with ``dan`` (``X menutup telinga ... dan terus
        mendesak``), the position of the first predicate of the clause: its subject is shared."""
        words = list(WORD_RE.finditer(self.text, max(s_start, pos - 40), pos))
        adverbs = {"terus", "juga", "pun", "kemudian", "lalu", "bahkan", "sekaligus"}
        while words and words[-1].group(0).lower() in adverbs:
            words.pop()
        if not words or words[-1].group(0).lower() not in ("dan", "serta"):
            return pos
        clause = self.clause_start(s_start, pos)
        mentions = self.links_between(clause, words[-1].start())
        if mentions:
            # The verb right after the clause's last mention (setelah para mahasiswa diterima
            # dan melakukan audiensi): the first conjunct, when there is one.
            for match in WORD_RE.finditer(self.text, mentions[-1].end, words[-1].start()):
                word = match.group(0)
                if word.islower() and VERB_RE.match(word) and word not in self.title_words:
                    return match.start()
        for match in WORD_RE.finditer(self.text, clause, words[-1].start()):
            word = match.group(0)
            if word.islower() and VERB_RE.match(word) and word not in self.title_words:
                return match.start()
        return pos

    def _relative_head(self, s_start: int, pos: int) -> ActorLink | None:
        words = list(WORD_RE.finditer(self.text, max(s_start, pos - 60), pos))
        skip = {
            "telah", "sudah", "akan", "sedang", "juga", "kembali", "pernah", "ikut", "turut",
            "melakukan", "menggelar", "aksi", "menyatakan", "memutuskan", "memilih",
        }  # fmt: skip
        while words and words[-1].group(0).lower() in skip:
            words.pop()
        if not words or words[-1].group(0).lower() not in self.cues.get("relative", ()):
            return None
        yang = words[-1].start()
        before = self.links_between(s_start, yang)
        if before and len(_words(self.text[before[-1].end : yang])) <= 1:
            return before[-1]
        return UNKNOWN_HEAD  # kelompok-kelompok yang telah melancarkan serangan: no mention

    def _object_of_earlier(self, s_start: int, link: ActorLink, pos: int) -> bool:
        """``link`` is the object of another verb before it (``tidak menyerang Iran tetapi
        mengecam``): not a subject."""
        for hit_start, hit_end in self.hit_spans:
            if s_start <= hit_start and hit_end <= link.evidence_start and hit_start < pos:
                gap = self.text[hit_end : min(link.start, link.evidence_start)]
                if len(_words(gap)) <= OBJECT_GAP and not CLAUSE_BREAK_RE.search(gap):
                    return True
        return False

    def after(
        self, pos: int, s_end: int, preps: Sequence[str], *, direct_gap: int | None
    ) -> ActorLink | None:
        """The first mention after ``pos`` introduced by one of ``preps`` (within
        ``PREP_GAP`` words), or directly (within ``direct_gap`` words) when that is not None."""
        for link in self.links_between(pos, s_end):
            start = (
                min(link.start, link.evidence_start) if link.evidence_start >= pos else link.start
            )
            gap_text = self.text[pos:start]
            if CLAUSE_BREAK_RE.search(gap_text) or "." in gap_text:
                return None
            words = _words(gap_text)
            if self.in_law_name(link):
                return None  # UU KPK: a law, not the organisation
            if words and words[-1] in ("sebagai", "menjadi"):
                continue  # ditetapkan sebagai tersangka: a predicate noun, not an argument
            if any(q in gap_text for q in QUOTE_CLOSE if q != '"') or '"' in gap_text:
                return None
            stops = [w for w in words if w in self.gap_stops and w not in preps]
            if (
                stops
                or any(w in self.speech for w in words)
                or any(pos <= h < start for h in self.hit_starts)
            ):
                return None
            if (
                direct_gap is not None
                and len(words) <= direct_gap
                and not any(w in ("di", "dari", "pada", "oleh") for w in words)
            ):
                if any(
                    w in self.cues.get("thing", ()) or w in self.cues.get("occasion", ())
                    for w in words
                ):
                    return None  # mengamankan plat nomor Polri palsu: a thing, not Polri
                return link
            for prep in preps:
                at = _contains_phrase(words, prep)
                if at >= 0 and at <= PREP_GAP and len(words) - at - len(prep.split()) <= OBJECT_GAP:
                    return link
            if len(words) > PREP_GAP + OBJECT_GAP:
                return None
        return None

    def _pronoun_speaker(self, index: int, s_start: int, s_end: int) -> list[ActorLink]:
        """The speaker of ``Menurutnya, ...`` / ``..., katanya``: the person the ``-nya``
        refers to."""
        words = _words(self.text[s_start:s_end])
        if not any(w in self.cues.get("speech_pronoun", ()) for w in words):
            return []
        return self.antecedent(index, "ia")

    def dialogue_partner(self, index: int, actors: Sequence[ActorLink]) -> list[ActorLink]:
        """The other party of a meeting coded at most ``DIALOGUE_SENTENCES`` before, when one of
        ``actors`` took part in it: what is said or offered in a talk is said to the partner
        (``Moon ... pembicaraan dengan Putra Mahkota ...; Moon menawarkan diri untuk
        membantu``)."""
        if self.last_meeting is None:
            return []
        sentence, parties, partners = self.last_meeting
        if index - sentence > DIALOGUE_SENTENCES:
            return []
        codes = {a.code for a in actors}
        if codes & {p.code for p in parties}:
            return [p for p in partners if p.code not in codes]
        if codes & {p.code for p in partners}:
            return [p for p in parties if p.code not in codes]
        return []

    def content_subject(
        self, pos: int, s_end: int, *, opener_needed: bool = True
    ) -> ActorLink | None:
        """Who a request with no addressee asks (``NU meminta agar RUU Pesantren segera
        disahkan dalam rapat paripurna DPR``): the first actor of its ``agar``/``supaya``
        clause, within ``CONTENT_GAP`` words of the conjunction and before any active verb of
        the clause (after one, it is that verb's object). Without ``opener_needed``:
        the first actor of what is judged (``menilai revisi UU KPK yang baru disahkan DPR
        cacat formil``)."""
        words = list(WORD_RE.finditer(self.text, pos, s_end))[:3]
        purpose = self.cues.get("content", ())
        opener = next((w for w in words if w.group(0).lower() in purpose), None)
        if opener is None and opener_needed:
            return None
        start = opener.end() if opener is not None else pos
        lead = re.match(r"\s*,", self.text[start : start + 3])
        if lead is not None:
            start += lead.end()  # menilai, DPR dan pemerintah begitu terburu-buru ...
        clause_end = CLAUSE_BREAK_RE.search(self.text, start, s_end)
        end = clause_end.start() if clause_end is not None else s_end
        quote_end = QUOTE_END_RE.search(self.text, start, end)
        end = quote_end.start() if quote_end is not None else end
        counted_from = start
        for link in self.links_between(start, end):
            if len(_words(self.text[counted_from : link.start])) > CONTENT_GAP:
                return None
            if any(
                w.startswith("me") and VERB_RE.match(w)
                for w in _words(self.text[start : link.start])
            ):
                return None  # agar 24 rumah sakit menggratiskan ... para peserta aksi: an object
            if _bare_place(link):
                continue
            if self.in_law_name(link):
                # agar revisi UU KPK tidak dilanjutkan: a law, not the addressee; the words of
                # a law's name do not count towards the gap.
                counted_from = link.end
                continue
            return link
        return None

    def in_law_name(self, link: ActorLink) -> bool:
        """``link`` names what a law is about (``UU KPK``, ``Undang-Undang Nomor 30 Tahun 2002
        tentang Komisi Pemberantasan Korupsi``), not an actor."""
        words = _words(self.text[max(0, link.start - LAW_NAME_REACH) : link.start])
        for i in range(len(words) - 1, -1, -1):
            word = words[i]
            if word in self.law_words:
                return True
            if not (word in LAW_NAME_WORDS or word.isdigit()):
                return False
        return False

    def conjoined(self, recipients: list[ActorLink], s_end: int) -> list[ActorLink]:
        """A recipient with the mentions joined to it by ``dan``/``serta``, and those of a
        comma list that one of them closes (``Presiden Jokowi, Ketua DPR X, serta Kapolri
        Y``; a comma alone may be an apposition)."""
        out = list(recipients)
        listed: list[ActorLink] = []
        while True:
            last = (listed or out)[-1]
            following = [link for link in self.links_between(last.end, s_end)]
            if not following:
                return out
            nxt = following[0]
            gap = self.text[last.end : min(nxt.start, nxt.evidence_start)].strip().lower()
            if gap.startswith(",") and gap != ",":
                if not listed:
                    return out  # X, serta Y: another clause's subject, not a list
                gap = gap[1:].strip()
            if gap == ",":
                listed.append(nxt)
                continue
            if gap not in {"dan", "serta", "maupun"}:
                return out
            out.extend(listed)
            listed = []
            out.append(nxt)

    def opening_parties(self, hit: _Hit, s_start: int, s_end: int) -> list[ActorLink]:
        """A reciprocal predicate used as a noun to open its clause, its parties after it
        (``Bentrok mahasiswa dan aparat tak terhindarkan``): all of them, with no recipient."""
        if _words(self.text[self.clause_start(s_start, hit.start) : hit.start]):
            return []
        first = self.after(hit.end, s_end, (), direct_gap=0)
        if first is None:
            return []
        parties = self.conjoined([first], s_end)
        return parties if len(parties) > 1 else []

    def fronted_addressee(self, s_start: int, pos: int) -> ActorLink | None:
        """An addressee put before the clause (``Kepada seluruh masyarakat saya mengajak
        berdoa``): the mention right after a sentence-opening ``kepada``."""
        opening = re.match(r"\W*kepada\s+", self.text[s_start:pos], re.I)
        if opening is None:
            return None
        return self.after(s_start + opening.end(), pos, (), direct_gap=2)

    def agent_of_event_object(self, hit: _Hit, s_end: int) -> list[ActorLink]:
        """Who did what is criticised or praised when the object is an event noun
        (``mengkritisi mundurnya Saut Situmorang``: Saut; ``mengecam penangkapan aktivis oleh
        polisi``: the police)."""
        noun = next(
            (
                h
                for h in self.hits
                if h.trigger.voice == "nominal"
                and hit.end <= h.start < s_end
                and len(_words(self.text[hit.end : h.start])) <= 1
            ),
            None,
        )
        if noun is None:
            return []
        frame = noun.trigger.predicate.frame
        if frame == "gen":
            doer = self.after(noun.end, s_end, (), direct_gap=1) or self.passive_agent(
                noun.end, s_end
            )
        elif frame == "genp":
            doer = self.nominal_doer(noun, s_end)
        else:
            doer = None
        return [doer] if doer is not None else []

    def named_victim(self, pos: int, s_end: int) -> ActorLink | None:
        """A person the knowledge base lacks, named after ``terhadap`` as the one a violent act
        was done to (``pembunuhan terhadap Riky Saputra``): a civilian of the article's
        country."""
        match = re.compile(r"\bterhadap(?=\s)").search(self.text, pos, min(s_end, pos + 60))
        if match is None or CLAUSE_BREAK_RE.search(self.text, pos, match.start()):
            return None
        name = NAME_RUN_RE.match(self.text, match.end())
        if name is None or self.links_between(name.start(), name.end()):
            return None
        start = name.start() + len(name.group(0)) - len(name.group(0).lstrip())
        country = self.coder.linker.default_country or ""
        return _group_link(self.text, start, name.end(), country, "CVL", 0.4, PRIVATE_METHOD)

    def denier(self, noun: _Hit, s_start: int) -> list[ActorLink]:
        """Whom an accusation named as a noun targets when it says no one: the subject of the
        verb that rejects or denies it right before it (``Iran menolak tudingan Amerika
        Serikat``: Iran is accused)."""
        verb = next(
            (
                h
                for h in self.hits
                if h.trigger.predicate.type == "REJECT"
                and h.trigger.voice == "active"
                and s_start <= h.end <= noun.start
                and not _words(self.text[h.end : noun.start])
            ),
            None,
        )
        return self.subject(s_start, verb.start) if verb is not None else []

    def nominal_doer(self, noun: _Hit, s_end: int) -> ActorLink | None:
        """Who does what a noun names, after it: ``oleh X`` with no clause break or other
        predicate between (``penangkapan aktivis oleh polisi``), or a performing passive and its
        agent (``kekerasan yang dilakukan aparat kepolisian``; cues.tsv ``performed``)."""
        match = OLEH_RE.search(self.text, noun.end, min(s_end, noun.end + AGENT_REACH))
        if match is None:
            return self.passive_agent(noun.end, s_end)
        if CLAUSE_BREAK_RE.search(self.text, noun.end, match.start()) or any(
            noun.end <= h < match.start() for h in self.hit_starts
        ):
            return None
        return self.after(match.end(), s_end, (), direct_gap=1)

    def shared_object(self, hit: _Hit, s_start: int, s_end: int) -> list[ActorLink]:
        """The object of the verb coordinated before it (``menyalami para anggota Brimob satu
        per satu dan mengucapkan terima kasih``): the second act is done to the same party."""
        words = list(WORD_RE.finditer(self.text, max(s_start, hit.start - 12), hit.start))
        if not words or words[-1].group(0).lower() not in ("dan", "serta"):
            return []
        clause = self.clause_start(s_start, words[-1].start())
        counting = {*self.cues.get("number_word", ()), *self.cues.get("determiner", ())}
        verbs = [
            w
            for w in WORD_RE.finditer(self.text, clause, words[-1].start())
            if w.group(0).islower()
            and VERB_RE.match(w.group(0))
            and w.group(0) not in counting
            and _words(self.text[max(clause, w.start() - 5) : w.start()])[-1:] != ["yang"]
        ]  # (not the verb of a relative clause: anggota Brimob yang berjaga)
        if not verbs:
            return []
        found = self.after(verbs[-1].end(), words[-1].start(), (), direct_gap=2)
        return [found] if found is not None else []

    def enumerated(self, pos: int, s_end: int) -> list[ActorLink]:
        """The parties a generic object is spelt out as (``mengapresiasi lembaga-lembaga
        penegak hukum, yakni Polri, Kejagung dan KPK``; ``menemui puluhan tokoh, mulai dari
        akademisi, seniman, hingga budayawan``)."""
        match = self.coder._cue_pattern("enumeration").search(self.text, pos, s_end)
        if match is None or len(_words(self.text[pos : match.start()])) > ENUMERATION_GAP:
            return []
        if any(pos <= start < match.start() for start, _ in self.hit_spans):
            return []
        out: list[ActorLink] = []
        cursor = match.end()
        for link in self.links_between(match.end(), s_end):
            gap = self.text[cursor : min(link.start, link.evidence_start)].strip().lower()
            if gap.strip(",").strip() not in ("", "dan", "serta", "hingga", "sampai"):
                break
            if out or not gap:
                out.append(link)
                cursor = link.end
            else:
                break
        return [link for link in out if not _bare_place(link)]

    def first_person_body(self, s_start: int, pos: int) -> list[ActorLink]:
        """``kami di Komisi III ... mengapresiasi``: the body the speaker speaks for, named
        right after a first-person pronoun and ``di``/``dari``."""
        clause = self.clause_start(s_start, pos)
        matches = list(FIRST_PERSON_BODY_RE.finditer(self.text, clause, pos))
        if not matches:
            return []
        body = self.after(matches[-1].end(), pos, (), direct_gap=0)
        if body is None or len(_words(self.text[body.end : pos])) > SUBJECT_GAP:
            return []
        return [body]

    def demand_target(self, hit: _Hit, s_end: int) -> list[ActorLink]:
        """The addressee of a demand that a protest noun's clause goes on to make (``Aksi
        mahasiswa menuntut pemerintah ...``): the protest's target."""
        for other in self.hits:
            if other.start <= hit.end or other.start >= s_end:
                continue
            gap = self.text[hit.end : other.start]
            if CLAUSE_BREAK_RE.search(gap) or len(_words(gap)) > DEMAND_GAP:
                return []
            if other.trigger.predicate.type not in ("REQUEST", "REJECT", "ACCUSE"):
                continue
            if other.trigger.voice == "passive":
                return []
            target = self.after(
                other.end, s_end, other.trigger.predicate.preps, direct_gap=OBJECT_GAP
            )
            return [target] if target is not None else []
        return []

    def protest_site(self, hit: _Hit, s_start: int, s_end: int) -> ActorLink | None:
        """The organisation in front of whose building a protest takes place (``di depan
        Gedung Merah Putih KPK``, ``di DPR``): after the predicate in its sentence, else before
        it, else in the next sentence of the paragraph (``... hendak mendekati Gedung DPR``)."""
        index = self.sentence_of(hit.start)[0]
        spans = [(hit.end, s_end), (s_start, hit.start)]
        if index + 1 < len(self.sentences):
            n_start, n_end = self.sentences[index + 1]
            if "\n" not in self.text[s_end:n_start]:
                spans.append((n_start, n_end))
        for start, end in spans:
            site = self._site_between(start, end)
            if site is not None:
                return site
        return None

    def _site_between(self, start: int, end: int) -> ActorLink | None:
        sites = self.cues.get("protest_site", ())
        for link in self.links_between(start, end):
            if link.type not in ("organisation", "group") and link.label != "ORG":
                continue
            before = _words(self.text[max(start, link.evidence_start - 50) : link.evidence_start])
            window = before[-SITE_WINDOW:]
            if any(_contains_phrase(window, site) >= 0 for site in sites):
                return link
            if before and before[-1] in ("di", "ke"):
                return link  # berunjuk rasa di DPR
        return None

    def passive_agent(self, pos: int, s_end: int) -> ActorLink | None:
        """``<noun> ... di<verb> oleh X``: X, when a passive verb and ``oleh`` follow the noun
        in its clause (``Aksi unjuk rasa ini kembali diadakan oleh mahasiswa``), or a performing
        passive and its agent (``yang dilakukan aparat``)."""
        adverbs = self.cues.get("passive_adverb", ())
        match = next(
            (
                m
                for m in PASSIVE_OLEH_RE.finditer(self.text, pos, s_end)
                if all(w in adverbs for w in m.group(1).split())
            ),
            None,
        )
        if match is None:
            match = self.coder._cue_pattern("performed").search(
                self.text, pos, min(s_end, pos + AGENT_REACH)
            )
        if match is None or CLAUSE_BREAK_RE.search(self.text, pos, match.start()):
            return None
        if any(pos <= h < match.start() for h in self.hit_starts):
            return None  # another predicate comes first: the agent is its own
        return self.after(match.end(), s_end, ("oleh",), direct_gap=1)

    def agent(self, pos: int, s_end: int) -> ActorLink | None:
        """The agent of a passive verb: the mention right after it, or after ``oleh`` (also
        past a date: ``ditangkap pada Kamis 17 September 2015 silam oleh Ditres Narkoba``)."""
        found = self.after(pos, s_end, ("oleh",), direct_gap=1)
        if found is not None:
            return found
        match = OLEH_RE.search(self.text, pos, min(s_end, pos + AGENT_REACH))
        if match is None or CLAUSE_BREAK_RE.search(self.text, pos, match.start()):
            return None
        if any(h.start < match.start() for h in self.hits if pos <= h.start):
            return None  # another predicate comes first: the oleh is its agent
        return self.after(match.end(), s_end, (), direct_gap=0)

    def counted_object(self, hit: _Hit, s_end: int) -> ActorLink | None:
        """An object that counts people the knowledge base has no entry for (``menangkap tiga
        orang``, ``menembak seorang pemuda``): suspects (CRM) for an arrest or a charge,
        civilians (CVL) otherwise, coded for the article's country."""
        words = list(WORD_RE.finditer(self.text, hit.end, min(s_end, hit.end + 60)))[:4]
        lowered = [w.group(0).lower() for w in words]
        legal = hit.trigger.predicate.mode in SUSPECT_MODES or "legal" in (
            hit.trigger.predicate.contexts
        )
        country = self.coder.linker.default_country or ""
        name = NAME_RUN_RE.match(self.text, hit.end)
        objects = {*self.cues.get("thing", ()), *self.cues.get("occasion", ())}
        if (
            hit.trigger.predicate.mode in SUSPECT_MODES
            and name is not None
            and _words(name.group(0))[0] not in objects  # mengamankan Pilkada: an occasion
            and not self.links_between(name.start(), name.end())
            and self.text[name.end() : name.end() + 1] != ","  # X, Asisten Pribadi Menpora
        ):
            # menangkap Mingming, menetapkan Adi Susanto sebagai tersangka: a person the
            # knowledge base lacks, arrested or charged, is a suspect.
            start = name.start() + len(name.group(0)) - len(name.group(0).lstrip())
            return _group_link(self.text, start, name.end(), country, "CRM", 0.4, "events-named")
        counted = self.cues.get("counted_person", ())
        at = next((i for i, w in enumerate(lowered) if w in counted), None)
        if at is None or CLAUSE_BREAK_RE.search(self.text, hit.end, words[at].start()):
            return None
        numbered = at > 0 and (
            lowered[at - 1].isdigit() or lowered[at - 1] in self.cues.get("number_word", ())
        )
        if not numbered and lowered[at] != "seorang":
            return None
        sector = "CRM" if legal else "CVL"
        start, end = words[0].start(), words[at].end()
        return _group_link(self.text, start, end, country, sector, 0.4, "events-counted")

    def passive_patient(self, index: int, s_start: int, hit: _Hit) -> list[ActorLink]:
        """The subject of a passive that is no linked mention: a pronoun's antecedent
        (``Sebagian dari mereka diamankan``), or, for a legal passive, suspects the clause
        counts or names (``249 orang dan enam korporasi telah ditetapkan sebagai tersangka``,
        ``Mingming ditetapkan tersangka``): criminal suspects, companies as businesses."""
        start = self.clause_start(s_start, hit.start)
        words = _words(self.text[start : hit.start])
        pronoun = next((w for w in words if w in self.cues.get("pronoun", ())), None)
        if pronoun is not None:
            return self.antecedent(index, pronoun)
        if "legal" not in hit.trigger.predicate.contexts or not words:
            return []
        if hit.trigger.predicate.mode == "investigate":
            return []  # who is questioned (menjalani pemeriksaan) is no suspect for that
        country = self.coder.linker.default_country or ""
        out: list[ActorLink] = []
        # The patient stands right before the verb (its last words, auxiliaries aside), or
        # opens the sentence with a relative clause (Edi Suhendri yang diduga ... ditahan).
        fillers = (*self.cues.get("clause_filler", ()), "yang")
        near = list(WORD_RE.finditer(self.text, start, hit.start))
        topic = _topic_name(self.text, near)
        lowered_near = [w.group(0).lower() for w in near[:3]]
        if (
            topic is None
            and len(lowered_near) == 3
            and (lowered_near[0] in self.cues.get("number_word", ()) or lowered_near[0].isdigit())
            and lowered_near[1] in self.cues.get("counted_person", ())
            and lowered_near[2] == "yang"
        ):
            near = near[:2]  # Tiga orang yang diduga terlibat ... ditangkap: the counted head
        elif topic is not None and not any(
            near[0].start() <= h < hit.start for h in self.hit_starts
        ):
            near = topic
        while near and near[-1].group(0).lower() in fillers:
            near.pop()
        near = near[-PATIENT_WORDS:]
        if not near:
            return []
        start = near[0].start()
        lowered = [w.group(0).lower() for w in near]
        initial = not self.text[:start].rstrip() or self.text[:start].rstrip()[-1] in ".!?\n"
        named = any(
            NAME_RE.fullmatch(w.group(0)) and not (initial and w.start() == start and len(near) > 1)
            for w in near
        )
        kinds = (
            ("CRM", named or any(w in self.cues.get("counted_person", ()) for w in lowered)),
            ("BUS", any(w in self.cues.get("company", ()) for w in lowered)),
        )
        for sector, present in kinds:
            if present:
                out.append(
                    _group_link(
                        self.text, start, near[-1].end(), country, sector, 0.4, "events-patient"
                    )
                )
        return out

    def law_enforcer(
        self, pos: int, exclude: Sequence[ActorLink] = (), *, sectors: bool = False
    ) -> ActorLink | None:
        """The implied agent of an agentless legal passive (``249 orang telah ditetapkan
        sebagai tersangka``, ``Ketiganya ditangkap di lokasi berbeda``): the nearest police,
        prosecution or court mention before it in the article, else the first one after it."""
        links = [
            link
            for link in self.links
            if not any(link is e for e in exclude) and (not sectors or "JUD" in link.sectors)
        ]
        # Before it, then after it; institutions first, then roles with no person named
        # (penyidik KPK before it wins over the police named after it).
        for roles in (False, True):
            before = [link for link in links if link.end <= pos and _enforces(link, roles)]
            if before:
                return before[-1]
        for roles in (False, True):
            after = next(
                (link for link in links if link.start > pos and _enforces(link, roles)), None
            )
            if after is not None:
                return after
        return None

    def speaker(self, s_start: int, s_end: int, quote: tuple[int, int] | None) -> ActorLink | None:
        """Who says the sentence: a mention right after a speech cue (``kata X``,
        ``menurut X``) or right before one (``X mengatakan``)."""
        speech = self.cues.get("reported", ())
        text = self.text
        if quote is not None:
            # The speaker of a quotation may be named after it, past the sentence end.
            line_end = text.find("\n", quote[1])
            s_end = max(s_end, len(text) if line_end < 0 else line_end)
        for match in WORD_RE.finditer(text, s_start, s_end):
            word = match.group(0).lower()
            if word not in speech:
                continue
            if quote is not None and quote[0] < match.start() < quote[1]:
                continue
            if word in self.cues.get("speech_pronoun", ()):
                # "...," ujarnya: the person the -nya refers to, not a name in the quote.
                index = self.sentence_of(match.start())[0]
                found = self.antecedent(index, "ia")
                if found:
                    return found[0]
                continue
            nxt = self.after(match.end(), s_end, (), direct_gap=1)
            if nxt is not None:
                return nxt
            prev = [
                link
                for link in self.links_between(s_start, match.start())
                if quote is None or not quote[0] < link.start < quote[1]
            ]
            if prev and len(_words(text[prev[-1].end : match.start()])) <= 2:
                return prev[-1]
        return None

    # ------------------------------------------------------------------ coding

    def embedded(self, hit: _Hit, s_start: int) -> bool:
        """``hit`` is what another predicate asks for or promises (``meminta agar DPR
        menunda pengesahan``): the content of that event, not an event of its own."""
        for other in self.hits:
            if other is hit or not (s_start <= other.end <= hit.start):
                continue
            if other.trigger.predicate.type not in EMBEDDING:
                continue
            gap = self.text[other.end : hit.start]
            if CLAUSE_BREAK_RE.search(gap) or "." in gap:
                continue
            words = _words(gap)
            if words and words[-1] in self.cues.get("temporal", ()):
                continue  # untuk mengusut kasus ... saat unjuk rasa: when it happened, a fact
            if any(w in self.cues.get("purpose", ()) for w in words):
                return True
            if words[:1] == ["akan"] and len(words) <= 2:
                return True  # berjanji akan menutup, menjanjikan akan mencaplok
            if (
                other.trigger.predicate.type == "REQUEST"
                and other.trigger.voice != "passive"
                and hit.trigger.voice != "nominal"
                and len(words) <= CONTROL_GAP
                and (
                    not any(VERB_RE.match(w) or w in SEQUENCE_WORDS for w in words)
                    or (  # mendesak KPK menyelesaikan dan menetapkan: a second content verb
                        len(words) >= 2
                        and words[-1] in ("dan", "serta")
                        and VERB_RE.match(words[-2]) is not None
                        and not any(w in SEQUENCE_WORDS for w in words[:-1])
                        and sum(1 for w in words if VERB_RE.match(w)) == 1
                    )
                )
            ):
                return True  # mendesak KPK segera menetapkan tersangka: what is asked for
        return False

    def wished(self, hit: _Hit, s_start: int) -> bool:
        """``hit`` is in a clause of what someone wants to happen (``menyampaikan tuntutannya
        agar rekannya ... dibebaskan``; cues.tsv ``wish``), at most ``WISH_WORDS`` words after
        the conjunction: not a fact, unless a relative or temporal clause inside it says what
        did happen (``agar rekannya yang ditangkap dibebaskan``: the arrest happened; ``saat
        unjuk rasa``)."""
        words = list(WORD_RE.finditer(self.text, s_start, hit.start))[-WISH_WORDS:]
        lowered = [w.group(0).lower() for w in words]
        wishes = self.cues.get("wish", ())
        at = max((i for i, w in enumerate(lowered) if w in wishes), default=-1)
        if at < 0:
            return False
        temporal = self.cues.get("temporal", ())
        if any(w in temporal for w in lowered[at + 1 :]):
            return False  # agar Komnas HAM mengusut ... saat unjuk rasa: when it happened
        return lowered[-1] != "yang"

    def promised_threat(self, hit: _Hit, s_end: int) -> _Hit | None:
        """The hostile content of a promise (``menjanjikan akan mencaplok wilayah Tepi
        Barat``): a promise to use force or sanctions is a threat."""
        if hit.trigger.predicate.type != "AGREE" or hit.trigger.voice == "nominal":
            return None
        for other in self.hits:
            if other.start < hit.end or other.start >= s_end:
                continue
            words = _words(self.text[hit.end : other.start])
            if len(words) > 2 or not all(w in ("akan", "untuk", "segera") for w in words):
                return None
            return other if other.trigger.predicate.type in THREAT_OF else None
        return None

    def code(self, hit: _Hit, n: int) -> Event | None:
        predicate = hit.trigger.predicate
        voice = hit.trigger.voice
        index, s_start, s_end = self.sentence_of(hit.start)
        if self.embedded(hit, s_start):
            self.drop(hit, "embedded: the content of another predicate")
            return None
        if self.wished(hit, s_start):
            self.drop(hit, "the content of a wish or demand (agar, supaya)")
            return None
        if self.coder._cue_pattern("sport").search(self.text, s_start, s_end):
            self.drop(hit, "a sports report (teams meet and attack in matches)")
            return None
        quote = self.quote_span(s_start, s_end, hit.start)
        actors: list[ActorLink] = []
        recipients: list[ActorLink] = []
        frame = predicate.frame
        mutual = frame == "mutual"
        if mutual:  # two-sided: the parties are found as a noun's or a verb's would be
            frame = "gen" if voice == "nominal" else "prep"
        if voice == "passive" and frame == "judge":
            # dianggap tidak bertanggung jawab oleh X: only an oleh agent judges.
            match = OLEH_RE.search(self.text, hit.end, min(s_end, hit.end + AGENT_REACH * 2))
            judge = self.after(match.end(), s_end, (), direct_gap=0) if match else None
            if judge is None:
                self.drop(hit, "passive judgement with no oleh agent")
                return None
        if voice == "passive":
            agent_from = hit.end
            if hit.trigger.tail is not None:
                # ditetapkan tersangka oleh X: the agent follows the tail word.
                tail = re.search(
                    r"(?<!\w)" + re.escape(hit.trigger.tail) + r"(?!\w)",
                    self.text[hit.end : s_end],
                    re.I,
                )
                agent_from = hit.end + tail.end() if tail is not None else hit.end
            agent = self.agent(agent_from, s_end)
            if agent is None and "legal" in predicate.contexts:
                # not the suspects themselves (Ketiga oknum polisi ... dimintai keterangan di
                # Bidpropam Polda Lampung: the internal affairs unit questions them)
                patients = self.subject(s_start, hit.start, max_gap=PASSIVE_SUBJECT_GAP)
                people = [  # officers, not institutions (Polda Sumbar is no suspect)
                    p for p in patients if p.type != "organisation" or p.method == "role"
                ]
                courts = predicate.mode in COURT_MODES  # divonis: a court convicts, no police
                agent = self.law_enforcer(hit.start, exclude=people, sectors=courts)
            if agent is None and predicate.type in ("REQUEST", "ACCUSE") and not predicate.contexts:
                # Presiden diminta membekukan UU itu, kata X: whoever says it asks it; not when
                # the speaker is the one asked (Jokowi mengaku diminta memberikan arahan).
                agent = self.speaker(s_start, s_end, self.quote_span(s_start, s_end, hit.start))
                asked = self.subject(s_start, hit.start, max_gap=PASSIVE_SUBJECT_GAP)
                if agent is not None and any(a.code == agent.code for a in asked):
                    agent = None
            if agent is None and predicate.type == "MOBILIZE":
                # aparat kepolisian diterjunkan ke lokasi: the force deployed is the actor.
                subject = self.subject(s_start, hit.start, max_gap=PASSIVE_SUBJECT_GAP)
                agent = subject[0] if subject else None
            if agent is None:
                self.drop(hit, "passive: no agent after the verb or oleh")
                return None
            actors = [agent]
            recipients = self.subject(s_start, hit.start, max_gap=PASSIVE_SUBJECT_GAP)
            recipients = [r for r in recipients if r is not agent]
            if not recipients:
                recipients = [
                    r for r in self.passive_patient(index, s_start, hit) if r.code != agent.code
                ]
            if frame == "host" and recipients:
                # Presiden Ramaphosa disambut Menteri Perdagangan: the welcomed is the visitor
                actors, recipients = recipients, [agent]
        elif frame == "inv":
            genitive = self.after(hit.end, s_end, (), direct_gap=1)
            if genitive is None:
                self.drop(hit, "inv: no inviter after the noun")
                return None
            actors = [genitive]
            atas = self.text.rfind("atas", s_start, hit.start)
            recipients = self.subject(s_start, atas if atas >= 0 else hit.start)
        elif frame == "host":
            visitor = self.after(hit.end, s_end, (), direct_gap=2)
            if visitor is None:
                self.drop(hit, "host: no visitor after the noun")
                return None
            actors = [visitor]
            recipients = self.subject(s_start, hit.start)
        elif frame in ("gen", "prep") and _words(self.text[hit.end : hit.end + 12])[:1] == [
            "antara"
        ]:
            first = self.after(hit.end, s_end, ("antara",), direct_gap=None)
            if first is None:
                self.drop(hit, "gen: no first party after antara")
                return None
            actors = [first]
            second = self.after(first.end, s_end, ("dengan", "dan", "melawan"), direct_gap=None)
            if second is None:
                # antara X yang didukung ..., melawan Y: the other side after a long apposition
                match = OPPONENT_RE.search(self.text, first.end, s_end)
                if match is not None:
                    second = self.after(match.end(), s_end, (), direct_gap=0)
            recipients = [second] if second is not None else []
        elif frame == "genp":
            # A nominalised transitive verb: its genitive is the patient, its agent follows
            # oleh (penetapan Menpora sebagai tersangka oleh KPK, penangkapan X oleh polisi).
            patient = self.after(hit.end, s_end, predicate.preps, direct_gap=1)
            if patient is not None and patient.text.lower() in self.cues.get("legal_status", ()):
                # penetapan tersangka eks Menpora: the status names what X becomes
                named = self.after(patient.end, s_end, (), direct_gap=1)
                patient = named if named is not None else patient
            named = self.named_victim(hit.end, s_end) if predicate.type in PRIVATE_TYPES else None
            if named is not None and (patient is None or named.start < patient.start):
                patient = named  # pembunuhan ... terhadap Riky Saputra di Palembang
            recipients = [patient] if patient is not None else []
            agent = self.nominal_doer(hit, s_end)
            if agent is None and "legal" in predicate.contexts:
                agent = self.law_enforcer(hit.start)
            actors = [agent] if agent is not None else []
            light = _words(self.text[max(s_start, hit.start - 20) : hit.start])[-1:]
            if not actors and light and light[0] in self.cues.get("light_verb", ()):
                # Erwin (45) ... melakukan pembunuhan terhadap X: who does the act
                actors = self.subject(s_start, hit.start)
        elif frame == "gen":
            genitive = self.after(hit.end, s_end, (), direct_gap=1)
            if " ".join(_words(hit.text)) in self.cues.get("bare_protest", ()):
                # aksi mahasiswa, aksi massa: a bare "aksi" is a protest only when a group that
                # demonstrates follows it (not aksi teror, aksi polisi, Mulanya aksi berjalan).
                genitive = self.after(hit.end, s_end, (), direct_gap=0)
                if genitive is None or not set(genitive.sectors) & PROTESTERS:
                    self.drop(hit, "a bare 'aksi' with no protesting group after it")
                    return None
                genitive = (
                    self._specified(genitive, s_end) or self._crowd_alias(genitive) or genitive
                )
            if genitive is None:
                genitive = self.passive_agent(hit.end, s_end)
            if genitive is None and _words(self.text[hit.end : hit.end + 8])[:1] == ["dari"]:
                genitive = self.after(hit.end, s_end, ("dari",), direct_gap=None)  # protes dari X
            if genitive is not None:
                actors = [genitive]
            elif NAME_AFTER_RE.match(self.text, hit.end):
                actors = []  # mundurnya Saut: a name the knowledge base lacks, not the subject
            else:
                actors = self.subject(s_start, hit.start)
                if predicate.type == "PROTEST" and hit.trigger.voice == "nominal":
                    # A protest named as a noun: its clause subject protests only if it is
                    # a group that demonstrates (not a minister recalling "demonstrasi").
                    actors = [a for a in actors if set(a.sectors) & PROTESTERS]
            pos = genitive.end if genitive is not None else hit.end
            found = self.after(pos, s_end, predicate.preps, direct_gap=None)
            recipients = [found] if found is not None else []
            if not recipients and predicate.type == "ACCUSE":
                recipients = self.denier(hit, s_start)
        elif frame == "recv":
            # X menuai kritik dari Y, X mendapat dukungan dari Y: Y acts, X receives.
            giver = self.after(hit.end, s_end, predicate.preps, direct_gap=None)
            if giver is None:
                self.drop(hit, "recv: no giver after dari")
                return None
            actors = [giver]
            recipients = self.subject(s_start, hit.start)
        elif frame == "attrib":
            # Y adalah seorang negarawan sejati, kata X: the speaker praises Y.
            copula_tail = hit.trigger.tail or ""
            near = self.text[hit.end : hit.end + 200]
            cue = (
                self.coder._cue_pattern(copula_tail[1:]).search(near)
                if copula_tail[:1] == "@"
                else None
            )
            gap = _words(near[: cue.start()]) if cue is not None else []
            if (
                cue is None
                or len(gap) > ATTRIB_WORDS
                or any(VERB_RE.match(w) and w not in self.title_words for w in gap)
            ):
                # Kenyamanan utama orang tua adalah memberi pendidikan yang terbaik: what
                # the subject is, not praise of it
                self.drop(hit, "the praise or blame is not what the copula says of its subject")
                return None
            recipients = self.subject(s_start, hit.start)
            clause = _words(self.text[self.clause_start(s_start, hit.start) : hit.start])
            pronoun = next((w for w in clause[-2:] if w in self.cues.get("pronoun", ())), None)
            if not recipients and pronoun is not None:
                recipients = self.antecedent(index, pronoun)
        else:
            parsed = self.parse_subject(hit, s_start)
            actors = [parsed] if parsed is not None else self.subject(s_start, hit.start)
            if frame in ("obj", "recog"):
                found = self.after(hit.end, s_end, predicate.preps, direct_gap=OBJECT_GAP)
            elif frame == "prep":
                found = self.after(hit.end, s_end, predicate.preps, direct_gap=None)
            elif frame == "judge":
                found = self.content_subject(hit.end, s_end, opener_needed=False)
            else:
                found = None
            if found is None and frame in ("obj", "prep") and predicate.type in ADDRESSED:
                found = self.fronted_addressee(s_start, hit.start)
            if not actors and predicate.type in RECIPROCAL and voice != "passive":
                actors = self.opening_parties(hit, s_start, s_end)
            if frame == "recog" and found is not None:
                owner = self.after(
                    found.end, s_end, ("milik", "bagian dari", "wilayah"), direct_gap=None
                )
                if owner is not None and "sebagai" in _words(self.text[found.end : owner.start]):
                    found = owner
            if (
                found is None
                and frame == "obj"
                and predicate.type in COUNTED_OBJECT_TYPES
                and (predicate.type != "ACCUSE" or predicate.mode in COUNTED_ACCUSE_MODES)
            ):
                found = self.counted_object(hit, s_end)
            recipients = [found] if found is not None else []
        if not recipients and predicate.type in ("REJECT", "CONCEDE") and voice != "passive":
            # menolak permohonan ... yang diajukan oleh X: the one who asked.
            match = PROPOSER_RE.search(self.text, hit.end, s_end)
            if match is not None and not any(
                hit.end < h.start < match.start() for h in self.hits if h.trigger.voice != "nominal"
            ):
                proposer = self.after(match.end(), s_end, (), direct_gap=0)
                recipients = [proposer] if proposer is not None else []
        if not recipients and predicate.type == "REQUEST" and voice != "passive":
            addressee = self.content_subject(hit.end, s_end)
            recipients = [addressee] if addressee is not None else []
        if not recipients and frame in ("obj", "prep") and voice != "passive":
            recipients = self.enumerated(hit.end, s_end)
        if not recipients and frame in ("obj", "prep") and voice != "passive":
            recipients = self.shared_object(hit, s_start, s_end)
        if not recipients and frame == "obj" and voice != "passive" and predicate.type in JUDGING:
            recipients = self.agent_of_event_object(hit, s_end)
        if recipients:
            recipients = self.conjoined(recipients, s_end)
            # massa yang berasal dari PB PMII: the crowd is who the article says it is
            recipients = [
                self._specified(r, s_end) or self._crowd_alias(r) or r for r in recipients
            ]
        if predicate.mode in SUSPECT_MODES:
            recipients = [_as_suspect(r) for r in recipients]
        if predicate.type == "PROTEST":
            recipients = [r for r in recipients if r.type not in ("place", "country") or r.sectors]
        if not recipients and predicate.type == "PROTEST" and voice == "nominal":
            recipients = self.demand_target(hit, s_end)
        if not recipients and predicate.type == "PROTEST":
            site = self.protest_site(hit, s_start, s_end)
            recipients = [site] if site is not None else []
        reported = quote is not None or any(
            w in self.cues.get("reported", ()) for w in _words(self.text[s_start:s_end])
        )
        speaker = self.speaker(s_start, s_end, quote) if reported else None
        if quote is not None:
            inside = _words(self.text[quote[0] : hit.start])
            first_person = self.cues.get("first_person", ())
            subject_outside = not actors or actors[0].start < quote[0]
            if (
                subject_outside
                and voice != "passive"
                and frame not in ("inv", "host")
                and any(w in first_person for w in inside[-SUBJECT_GAP:])
                and speaker is not None
            ):
                actors = [speaker]
        if frame == "attrib":
            actors = (
                [speaker] if speaker is not None else self._pronoun_speaker(index, s_start, s_end)
            )
            if not actors:
                self.drop(hit, "an evaluation with no speaker")
                return None
        # A region or city named as subject is where something happens, not who acts; a
        # mention the knowledge base cannot code is no actor either.
        if mutual and recipients:
            # bentrok dengan polisi: the other side fights too (PLOVER: all are actors)
            actors = actors + [r for r in recipients if r not in actors]
            recipients = []
        actors = [a for a in actors if not _bare_place(a) and a.code and not _uncoded_body(a)]
        recipients = [r for r in recipients if r.code and not _uncoded_body(r)]
        actors, recipients = self._private_parties(predicate, actors, recipients)
        if not actors and self.last_actors is not None and voice != "passive":
            last_sentence, last = self.last_actors
            clause = _words(self.text[self.clause_start(s_start, hit.start) : hit.start])
            pronouns = self.cues.get("pronoun", ())
            if index - last_sentence <= 2 and any(w in pronouns for w in clause[-SUBJECT_GAP:]):
                actors = list(last)
                meeting = self.last_meeting
                plural = not any(w in self.cues.get("pronoun_person", ()) for w in clause)
                if plural and meeting is not None and index - meeting[0] <= DIALOGUE_SENTENCES:
                    # mereka after a meeting: all who met (Dalam pertemuan tersebut, ...
                    # mereka telah menyepakati): a reciprocal event.
                    actors = list(meeting[1]) + list(meeting[2])
            elif (
                index - last_sentence == 1
                and not self.links_between(s_start, hit.start)
                and len(_words(self.text[s_start : hit.start])) <= ZERO_SUBJECT_WORDS
            ):
                actors = list(last)  # a subjectless sentence continues the previous subject
        if not actors and voice != "passive":
            actors = self.first_person_body(s_start, hit.start)
        if not actors and voice != "passive":
            clause = _words(self.text[self.clause_start(s_start, hit.start) : hit.start])
            pronouns = self.cues.get("pronoun", ())
            pronoun = next((w for w in reversed(clause[-SUBJECT_GAP:]) if w in pronouns), None)
            if pronoun is None and self._descriptive_anaphor(clause):
                pronoun = "ia"  # Politikus senior itu menilai ...: the person named before
            said = self.speaker(s_start, hit.start, None) if pronoun is not None else None
            if said is not None and pronoun in self.cues.get("pronoun_person", ()):
                actors = [said]  # X mengatakan ia melakukan demo: the speaker
            elif pronoun is not None:
                actors = self.antecedent(index, pronoun)
            actors = [a for a in actors if not _bare_place(a) and a.code and not _uncoded_body(a)]
            actors, _ = self._private_parties(predicate, actors, [])
        if not actors:
            self.drop(hit, "no actor (subject) found")
            return None
        self.subject_group = tuple(actors)
        if predicate.type == "CONSULT" and len(actors) > 1 and not recipients:
            # A meeting of a compound subject: the party named first meets the others.
            actors, recipients = actors[:1], actors[1:]
        if predicate.type == "PROTEST" and predicate.mode == "riot":
            # Stones thrown at the police are part of the protest, whose target is its site.
            recipients = [r for r in recipients if not set(r.sectors) & SECURITY]
            if not recipients:
                site = self.protest_site(hit, s_start, s_end)
                recipients = [site] if site is not None else []
        if " ".join(_words(hit.text)) in self.cues.get("escort", ()) and any(
            set(a.sectors) & SECURITY for a in actors
        ):
            self.drop(hit, "security forces escorting is no support")
            return None
        witnesses = self.cues.get("witness", ())
        as_witness = _words(self.text[hit.end : hit.end + 30])[:3]
        if predicate.mode == "investigate" and (
            any(_words(r.text)[:1] and _words(r.text)[0] in witnesses for r in recipients)
            or any(w in witnesses for w in as_witness)
        ):
            self.drop(hit, "questioning a witness is no accusation")
            return None
        if predicate.mode == "investigate" and not any(
            set(a.sectors) & INVESTIGATORS for a in actors
        ):
            self.drop(hit, "investigation by an actor that does not investigate")
            return None
        self.threat = self.promised_threat(hit, s_end)
        if self.threat is not None and not recipients:
            content = self.threat
            target = self.after(
                content.end, s_end, content.trigger.predicate.preps, direct_gap=OBJECT_GAP
            )
            recipients = [target] if target is not None else []
        if not recipients and predicate.type == "CONSULT" and voice != "passive":
            # menggelar rapat koordinasi yang dihadiri rektor ...: those who attend.
            match = self.coder._cue_pattern("attended_by").search(self.text, hit.end, s_end)
            if match is not None and not any(
                hit.end <= start < match.start() for start, _ in self.hit_spans
            ):
                guest = self.after(match.end(), s_end, (), direct_gap=2)
                recipients = self.conjoined([guest], s_end) if guest is not None else []
        if not recipients and predicate.type == "THREATEN" and voice != "passive":
            # mengancam akan mengeluarkan red notice untuk menangkap X: the one threatened is
            # the target of the hostile act the threat goes on to name.
            threatened = next(
                (
                    h
                    for h in self.hits
                    if hit.end <= h.start < s_end
                    and h.trigger.predicate.type in THREAT_OF
                    and h.trigger.voice != "passive"
                ),
                None,
            )
            target = (
                self.after(
                    threatened.end, s_end, threatened.trigger.predicate.preps, direct_gap=OBJECT_GAP
                )
                if threatened is not None
                else None
            )
            recipients = self.conjoined([target], s_end) if target is not None else []
        if not recipients and predicate.type in DIALOGUE_TYPES:
            recipients = self.dialogue_partner(index, actors)
        if (
            not recipients
            and predicate.type in ("ASSAULT", "COERCE")
            and any(set(a.sectors) & SECURITY for a in actors)
            and self.last_protest is not None
            and index - self.last_protest[0] <= PROTEST_SENTENCES
        ):
            # Tear gas fired during a protest is fired at the protesters.
            recipients = list(self.last_protest[1])
        if (
            not recipients
            and predicate.type in ("REQUEST", "ACCUSE")
            and self.last_protest is not None
            and self.last_protest[2]
            and index - self.last_protest[0] <= PROTEST_SENTENCES
            and {a.code for a in actors} & {a.code for a in self.last_protest[1]}
        ):
            # Mereka menuntut agar ...: protesters demand of the target of their protest.
            recipients = list(self.last_protest[2])
        reciprocal = len(actors) > 1 and (
            predicate.type in RECIPROCAL or predicate.cameo in RECIPROCAL_CAMEO
        )
        if predicate.recipient_required and not recipients and not reciprocal:
            self.drop(hit, "no recipient found (the frame requires one)")
            return None
        actor_ids = {a.actor_id for a in actors if a.actor_id}
        actor_texts = {a.text.lower() for a in actors}
        recipients = [
            r
            for r in recipients
            if not (r.actor_id and r.actor_id in actor_ids) and r.text.lower() not in actor_texts
        ]
        if predicate.recipient_required and not recipients and not reciprocal:
            self.drop(hit, "recipient is the actor itself")
            return None
        if recipients and _domestic_place(actors, recipients):
            self.drop(hit, "recipient is a place of the actor's own country")
            return None
        return self.finish(hit, n, index, s_start, s_end, actors, recipients, reported, speaker)

    def finish(
        self,
        hit: _Hit,
        n: int,
        index: int,
        s_start: int,
        s_end: int,
        actors: list[ActorLink],
        recipients: list[ActorLink],
        reported: bool,
        speaker: ActorLink | None,
    ) -> Event | None:
        predicate = hit.trigger.predicate
        text = self.text
        clause_start = self.clause_start(s_start, hit.start)
        arg_end = max((a.end for a in actors if a.end <= hit.start), default=clause_start)
        before = _words(text[max(clause_start, arg_end) : hit.start])
        if any(w in self.cues.get("normative", ()) for w in before[-NEG_WINDOW:]):
            # what should happen (harus, perlu) is an opinion, not an event
            self.drop(hit, "normative: an obligation or opinion cue before it")
            return None
        negated = self._negated(before, nominal=hit.trigger.voice == "nominal")
        sentence_words = _words(text[s_start : hit.start])
        hypothetical = any(w in self.cues.get("hypothetical", ()) for w in sentence_words)
        plan_words = self.cues.get("plan", ())
        purpose = self._purpose(before)
        if purpose and predicate.type == "CONSULT" and self._arrival_before(s_start, hit.start):
            # Kedatangan Wapres ... untuk melakukan kunjungan kerja, yang datang untuk
            # berdialog: someone who came for a meeting had it.
            purpose = False
        planned = self._planned(before, plan_words)
        future = planned or purpose
        if purpose and predicate.type not in COOPERATIVE and not planned:
            # untuk menangkap, guna menyerang: what another action is for, not an event; a
            # cooperative purpose (untuk mengunjungi) is a plan, coded AGREE below.
            self.drop(hit, "the purpose of another action, not an event of its own")
            return None
        # Date.
        usable = [e for e in self.dating if self._usable_time(e, s_start, s_end)]
        governing = governing_time(usable, text, hit.start, hit.end)
        date_value: str | None = None
        date_text: str | None = None
        date_source = "published"
        date_confidence = 0.5
        if governing is not None and plover_date(governing.value) is not None:
            date_value, date_text, date_source, date_confidence = (
                governing.value,
                governing.text,
                "time",
                0.9,
            )
        historical = False
        dct_date = _iso(self.dct)
        if date_source == "time" and dct_date is not None and date_value is not None:
            end = _period_end(date_value)
            if end is not None and (dct_date - end).days > NEWS_WINDOW_DAYS:
                historical = True
            begin = _iso(plover_date(date_value))
            if begin is not None and begin > dct_date and not historical:
                # A date after the article's: planned (not a period running from now on:
                # selama 20 hari ke depan).
                future = True
        if date_source == "published":
            background, context_date = self._background(s_start, hit.start)
            if background and context_date is not None:
                # The one historical date of its context (Perang Korea berakhir pada 27 Juli
                # 1953. / ... setuju membentuk Zona Demiliterisasi): a weak date.
                historical = True
                date_value, date_text = context_date.value, context_date.text
                date_source, date_confidence = "context", 0.3
            elif background:
                historical = True
                date_value, date_source, date_confidence = None, "none", 0.0
            else:
                narrative = self._narrative_date(hit.start, dct_date)
                if narrative is not None:
                    date_value, date_text = narrative.value, narrative.text
                    date_source, date_confidence = "context", 0.5
                else:
                    date_value = self.dct
        # Type, mode, CAMEO under modality.
        event_type, mode, cameo = predicate.type, predicate.mode, predicate.cameo or ""
        base_type: str | None = None
        contexts = list(predicate.contexts)
        sentence_lower = text[s_start:s_end].lower()
        for word, context in self.coder.context_words.items():
            if context not in contexts and re.search(
                r"(?<!\w)" + re.escape(word) + r"(?!\w)", sentence_lower
            ):
                contexts.append(context)
        if self.threat is not None:
            # menjanjikan akan mencaplok: a promise of force is a threat of it.
            base_type = self.threat.trigger.predicate.type
            mode, cameo = THREAT_OF[base_type]
            event_type = "THREATEN"
            future = True
        if future and not hypothetical:
            # A plan or threat on a condition that follows it (akan mencaplok ... jika ...).
            after_words = _words(text[hit.end : s_end])
            hypothetical = any(w in self.cues.get("hypothetical", ()) for w in after_words)
        if event_type == "CONSULT" and self._crowd_visit(hit, actors, s_start, s_end):
            event_type, mode, cameo = "PROTEST", "demo", PROTEST_CAMEO["demo"]
        if event_type == "PROTEST" and mode in (None, "demo") and self._riot(s_start, s_end):
            mode, cameo = "riot", PROTEST_CAMEO["riot"]
        if future and not historical:
            if event_type in COOPERATIVE:
                base_type, event_type = event_type, "AGREE"
                cameo, mode = PLANNED_CAMEO[base_type], None
            elif event_type in THREAT_OF:
                base_type = event_type
                mode, cameo = THREAT_OF[event_type]
                event_type = "THREATEN"
                if base_type == "COERCE" and predicate.mode == "arrest":
                    mode = "arrest"
        for ctx in contexts:
            cameo = CONTEXT_CAMEO.get((cameo, ctx), cameo)
        location = self._location(hit, s_start, s_end, historical=historical)
        if (
            event_type == "CONSULT"
            and mode is None
            and location is not None
            and recipients
            and location.country == recipients[0].country != actors[0].country
        ):
            mode = "visit"
        if event_type == "MOBILIZE" and mode is None:
            sectors = set(actors[0].sectors)
            mode = "troops" if "MIL" in sectors else "police" if "COP" in sectors else None
        if date_source == "time" and date_value is not None and date_value[:10] != self.dct:
            when = plover_date(date_value)
            actors = [self._recode(a, when) for a in actors]
            recipients = [self._recode(r, when) for r in recipients]
        if event_type == "AGREE" and not recipients and len(actors) == 1 and base_type is None:
            # A commitment to no one (pemerintah berkomitmen menjaga ..., Bank X berkomitmen
            # untuk membiayai ...): a statement of policy, not an agreement between actors.
            self.drop(hit, "an agreement with no other party")
            return None
        kind = self.coder.types[event_type]
        confidence = min(
            0.9,
            min(a.confidence for a in actors)
            * (min(r.confidence for r in recipients) if recipients else 1.0)
            * (0.9 if date_source == "time" else 0.8),
        )
        return Event(
            id=f"{self.article.id}-{n:03d}",
            article_id=self.article.id,
            sentence=index,
            start=s_start,
            end=s_end,
            trigger_start=hit.start,
            trigger_end=hit.end,
            trigger=hit.text,
            type=event_type,
            mode=mode,
            contexts=tuple(contexts),
            cameo=cameo,
            quad_class=kind.quad_class,
            score=lexicon.score(event_type, mode),
            actors=tuple(actors),
            recipients=tuple(recipients),
            location=location,
            date=date_value,
            date_text=date_text,
            date_source=date_source,
            date_confidence=date_confidence,
            base_type=base_type,
            future=future and not historical,
            negated=negated,
            hypothetical=hypothetical,
            historical=historical,
            reported=reported,
            speaker=speaker,
            confidence=round(confidence, 3),
        )

    def _crowd_visit(
        self, hit: _Hit, actors: Sequence[ActorLink], s_start: int, s_end: int
    ) -> bool:
        """A crowd coming to an organisation (``Ratusan mahasiswa mendatangi Mabes Polri``):
        a visit predicate of ``crowd_visit`` whose actor is a crowd word or has a crowd
        quantifier before it, or whose sentence speaks of a protest."""
        if " ".join(_words(hit.text)) not in self.cues.get("crowd_visit", ()):
            return False
        crowd = self.cues.get("crowd", ())
        if any(actor.text.lower() in crowd for actor in actors):
            return True
        quantifiers = self.cues.get("crowd_quantifier", ())
        clause = _words(self.text[self.clause_start(s_start, hit.start) : hit.start])
        groups = self.coder.group_words
        if any(w in quantifiers and nxt in groups for w, nxt in pairwise(clause)):
            return True  # ratusan mahasiswa (not: puluhan pengurus pusat)
        words = _words(self.text[s_start:s_end])
        return any(_contains_phrase(words, w) >= 0 for w in self.cues.get("protest_word", ()))

    def _riot(self, s_start: int, s_end: int) -> bool:
        words = _words(self.text[s_start:s_end])
        return any(_contains_phrase(words, w) >= 0 for w in self.cues.get("riot", ()))

    def _recode(self, link: ActorLink, date: str | None) -> ActorLink:
        """``link`` coded for the event's own date (a 2014 meeting with Obama codes him as
        president, not as a former one), when the knowledge base holds the actor."""
        if link.actor_id is None or date is None:
            return link
        actor = self.coder.linker.kb.actors.get(link.actor_id)
        if actor is None or not actor.roles:
            return link
        code = code_at(actor, date)
        if not code or code == link.code:
            return link
        country, sectors = split_code(code)
        return replace(link, code=code, country=country or link.country, sectors=sectors)

    def _term_or_document(self, expression: TimeExpression) -> bool:
        """A term of office (``periode 2019-2024``) or a document's date (``maklumat tanggal
        21 Agustus 2019``): it dates no event."""
        before = _words(self.text[max(0, expression.start - 30) : expression.start])[-3:]
        if before and before[-1] == "tanggal":
            before = before[:-1]
        return bool(before) and (
            before[-1] in self.cues.get("term_word", ())
            or before[-1] in self.cues.get("document_word", ())
        )

    def _usable_time(self, expression: TimeExpression, s_start: int, s_end: int) -> bool:
        """An expression of another sentence dates the event only when it is in the news
        window: a background date (``Perang Korea 1950-53``) does not carry over."""
        if s_start <= expression.start < s_end:
            return True
        dct_date = _iso(self.dct)
        end = _period_end(expression.value)
        if dct_date is None or end is None:
            return True
        return (dct_date - end).days <= NEWS_WINDOW_DAYS

    def _in_locative(self, s_start: int, link: ActorLink) -> bool:
        """``link`` closes a locative phrase of commas (``di Gedung KPK, Kuningan, Jakarta
        Selatan``): ``di`` up to ``LOCATIVE_REACH`` characters before, no verb in between."""
        start = max(s_start, link.start - LOCATIVE_REACH)
        openers = list(self.coder.locative_opener.finditer(self.text, start, link.start))
        if not openers:
            return False
        opener = openers[-1]  # the last one before the place
        between = self.text[opener.end() : link.start]
        if "." in between or not between.rstrip().endswith(","):
            return False
        lowercase = [w for w in WORD_RE.findall(between) if w.islower()]
        return not any(VERB_RE.match(w) for w in lowercase)

    def _arrival_before(self, s_start: int, pos: int) -> bool:
        """An arrival (``datang``, ``kedatangan``, ``tiba``) in the clause before ``pos``, with
        no plan word: the purpose that follows it is what happened on arrival."""
        words = _words(self.text[self.clause_start(s_start, pos) : pos])
        arrivals = self.cues.get("arrival", ())
        plans = self.cues.get("plan", ())
        return any(w in arrivals for w in words) and not any(w in plans for w in words)

    def _purpose(self, before: Sequence[str]) -> bool:
        """The predicate opens a purpose clause (``untuk menangkap``), possibly with its own
        pronoun subject and auxiliaries (``supaya mereka segera menangkap``)."""
        purposes = self.cues.get("purpose", ())
        fillers = {*self.cues.get("clause_filler", ()), "mereka", "bisa", "dapat"}
        for word in reversed(before[-PURPOSE_REACH:]):
            if word in purposes:
                return True
            if word not in fillers:
                return False
        return False

    def _planned(self, before: Sequence[str], plan_words: Sequence[str]) -> bool:
        """A plan cue before the predicate with no other verb in between (``akan
        mengunjungi``; not ``akan terpengaruh dengan mundurnya``)."""
        light = self.cues.get("light_verb", ())
        for phrase in plan_words:
            at = _contains_phrase(before, phrase)
            if at < 0:
                continue
            between = before[at + len(phrase.split()) :]
            if any(w in self.cues.get("continuation", ()) for w in between):
                continue  # akan terus mendukung: ongoing support, stated now, not a plan
            if not any(
                VERB_RE.match(w) and w not in light and w not in plan_words for w in between
            ):
                return True
        return False

    def _negated(self, before: Sequence[str], *, nominal: bool = False) -> bool:
        """A negation cue among the last ``NEG_WINDOW`` words before the predicate, with no
        scope end after it; for an event noun, no verb but a light verb either (``tidak
        terganggu dengan penetapan X``: the verb is negated, not the noun)."""
        window = list(before[-NEG_WINDOW:])
        scope_end = self.cues.get("scope_end", ())
        for phrase in self.cues.get("negation", ()):
            at = _contains_phrase(window, phrase)
            if at < 0 or any(w in scope_end for w in window[at + 1 :]):
                continue
            light = self.cues.get("light_verb", ())
            after = window[at + len(phrase.split()) :]
            if nominal and any(VERB_RE.match(w) and w not in light for w in after):
                continue  # (tidak melakukan penangkapan: the light verb carries the noun)
            if nominal and any(w in self.cues.get("noun_argument", ()) for w in after):
                continue  # tidak terima atas penetapan X: the noun is an argument
            return True
        return False

    def _background(self, s_start: int, pos: int) -> tuple[bool, TimeExpression | None]:
        """An undated past-tense event in a paragraph whose dates are all historical; a
        paragraph with no date continues the sentence before it (``... berakhir pada 27 Juli
        1953.`` / ``Pyongyang dan Seoul ... setuju membentuk Zona Demiliterisasi``). Also the
        context's date when it has exactly one."""
        if tense_at(self.text, pos) != "past":
            return False, None
        dct_date = _iso(self.dct)
        if dct_date is None:
            return False, None
        p_start = self.text.rfind("\n", 0, pos) + 1
        p_end = self.text.find("\n", pos)
        p_end = len(self.text) if p_end < 0 else p_end
        span = (p_start, p_end)
        dated = self._date_ends(*span)
        if not dated and p_start > 0:
            span = self.sentences[self.sentence_of(p_start - 1)[0]]
            dated = self._date_ends(*span)
        if not dated or any((dct_date - e).days <= NEWS_WINDOW_DAYS for e in dated):
            return False, None
        values = {
            e.value: e
            for e in self.expressions
            if span[0] <= e.start < min(span[1], pos) and e.type in ("DATE", "TIME")
        }  # a context date stands before the event: a later sentence may date something else
        return True, next(iter(values.values())) if len(values) == 1 else None

    def _narrative_date(self, pos: int, dct_date: dt.date | None) -> TimeExpression | None:
        """The date of the story so far for an undated event: the last day-precise date before
        it in the article, within the news window and not after the article (``Pada Jumat
        (27/9) kemarin aksi demo ... berujung ricuh. ... Petugas pun membalas ... dengan
        menembakkan gas air mata``)."""
        if dct_date is None:
            return None
        for expression in reversed(self.expressions):
            if expression.start >= pos or expression.type != "DATE":
                continue
            day = _iso(expression.value) if len(expression.value) == 10 else None
            if day is None:
                continue
            if day <= dct_date and (dct_date - day).days <= NARRATIVE_DAYS:
                return expression
            return None
        # No date before it: the first one later in its paragraph (a lead whose date the
        # quote after it gives: ``..., kata X di Jakarta, Jumat (27/9/2019).``).
        paragraph_end = next(
            (p.end for p in self.article.paragraphs if p.start <= pos < p.end), pos
        )
        for expression in self.expressions:
            if expression.start < pos or expression.start >= paragraph_end:
                continue
            if expression.type != "DATE" or len(expression.value) != 10:
                continue
            day = _iso(expression.value)
            if day is not None and day <= dct_date and (dct_date - day).days <= NARRATIVE_DAYS:
                return expression
            return None
        return None

    def _date_ends(self, start: int, end: int) -> list[dt.date]:
        """The last days of the dates and times expressed between ``start`` and ``end``."""
        ends = [
            _period_end(e.value)
            for e in self.expressions
            if start <= e.start < end and e.type in ("DATE", "TIME")
        ]
        return [e for e in ends if e is not None]

    def _location(
        self, hit: _Hit, s_start: int, s_end: int, *, historical: bool
    ) -> ActorLink | None:
        """Where the event happened: a place after ``di`` in the sentence, nearest to the
        predicate (after it first), else a landmark or a regional institution the sentence
        puts the event at (``di depan Gedung DPRD Sulawesi Tenggara`` → Kendari), else, for an
        event of the story's present, the scene the article last placed its story in (within
        ``SCENE_SENTENCES`` sentences before, or in the sentence after when its own sentence
        names no site)."""
        found = self._sentence_place(s_start, s_end, hit)
        if found is not None:
            return found
        index = self.sentence_of(hit.start)[0]
        if historical:
            return None
        scenes = self.scenes
        for distance in range(1, SCENE_SENTENCES + 1):
            place = scenes.get(index - distance)
            if place is not None:
                return place
        if SITE_RE.search(self.text, s_start, s_end) is None:
            return scenes.get(index + 1)  # a lead whose place the next sentence gives
        return None  # (mendatangi kantor Komnas HAM: a site of its own, its city unnamed)

    def _sentence_place(self, s_start: int, s_end: int, hit: _Hit | None) -> ActorLink | None:
        locatives = self.cues.get("locative", ())
        found: list[tuple[int, ActorLink]] = []
        directs: set[int] = set()
        anchor_start = hit.start if hit is not None else s_start
        anchor_end = hit.end if hit is not None else s_start
        for link in self.links_between(s_start, s_end):
            if link.label != "LOC" or link.type not in ("place", "country"):
                continue
            before = _words(self.text[max(s_start, link.start - 25) : link.start])
            heads = self.cues.get("place_head", ())
            while before and before[-1] in heads and link.evidence_start >= link.start:
                before.pop()  # di Kota Moskow: the head noun of a place outside its link
            direct = bool(before and _ends_with_phrase(before, locatives))
            if direct or self._in_locative(s_start, link):
                distance = (
                    link.start - anchor_end
                    if link.start >= anchor_end
                    else 1000 + anchor_start - link.end
                )
                found.append((distance, link))
                if direct:
                    directs.add(link.start)
        places = [(d, link) for d, link in found if link.type == "place"]
        found = places or found  # a country only when no city or region is named
        links = [link for _, link in found]
        found = [
            (d, link)
            for d, link in found
            if link.start in directs
            or not any(
                other.start > link.end
                and self.text[link.end : other.start].strip() == ","
                and not _province(other)
                for other in links
            )
        ]  # di Gedung KPK, Kuningan, Jakarta Selatan: the city that closes the chain
        if found:
            return min(found, key=lambda item: item[0])[1]
        return self._landmark(s_start, s_end)

    def _landmark(self, s_start: int, s_end: int) -> ActorLink | None:
        """A landmark (``Gedung Merah Putih KPK``) or a regional institution's building
        (``Gedung DPRD Provinsi Jambi``, ``Mapolda Sulawesi Selatan``) that the sentence goes
        to or is at: a place named by its city (``places.tsv``), the building as evidence."""
        table = lexicon.places()
        candidates: list[tuple[int, int, str]] = []
        for match in self.coder.landmark_pattern.finditer(self.text, s_start, s_end):
            key = " ".join(match.group(0).lower().split())
            candidates.append((match.start(), match.end(), table.landmarks[key]))
        for link in self.links_between(s_start, s_end):
            if link.type != "organisation":
                continue
            region = self.coder.region_pattern.search(link.text)
            if region is None:
                continue
            code = self.coder.region_codes[region.group(0).lower()]
            city = region.group(0) if len(code) > 2 else table.capitals.get(code)
            if city is not None:
                candidates.append((link.start, link.end, city))
        approach = self.cues.get("approach", ())
        for start, end, city in sorted(candidates):
            before = _words(self.text[max(s_start, start - 40) : start])[-3:]
            if any(w in approach for w in before) or "di" in before or "ke" in before:
                return ActorLink(
                    text=self.text[start:end],
                    start=start,
                    end=end,
                    label="LOC",
                    actor_id=None,
                    name=city,
                    type="place",
                    code=self.coder.linker.default_country or "",
                    country=self.coder.linker.default_country or "",
                    sectors=(),
                    confidence=0.7,
                    method="landmark",
                    evidence_start=start,
                    evidence_end=end,
                )
        return None

    @cached_property
    def scenes(self) -> dict[int, ActorLink]:
        """Each sentence's first locative place (its scene), by sentence index."""
        out: dict[int, ActorLink] = {}
        for index, (start, end) in enumerate(self.sentences):
            place = self._sentence_place(start, end, None)
            if place is not None and place.type == "place":  # a city or region, no country
                out[index] = place
        return out


UNKNOWN_HEAD = ActorLink(
    text="",
    start=0,
    end=0,
    label="",
    actor_id=None,
    name="",
    type="",
    code="",
    country="",
    sectors=(),
    confidence=0.0,
    method="unknown-head",
    evidence_start=0,
    evidence_end=0,
)
"""The head of a relative clause that no mention covers (``_relative_head``): no subject."""

JOINED_RE = re.compile(r"[.!?:)][\"”’]?\s*,(?=[A-Z\"“])")
"""Paragraphs glued with a comma and no space (CLICK-ID: ``belajar. ,Berikut``, ``ini.,Dalam``,
``(10/9/2019):,Dalam``); a comma in running text is followed by a space."""


def _split_joined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in spans:
        pos = start
        for match in JOINED_RE.finditer(text, start, end):
            out.append((pos, match.start() + 1))
            pos = match.end()
        if pos < end:
            out.append((pos, end))
    return out


def _iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _topic_name(text: str, words: Sequence[re.Match[str]]) -> list[re.Match[str]] | None:
    """A capitalised name opening ``words`` and followed by ``yang`` (a relative clause):
    its words."""
    name: list[re.Match[str]] = []
    for word in words:
        if NAME_RE.fullmatch(word.group(0)):
            name.append(word)
            continue
        break
    if name and len(words) > len(name) and words[len(name)].group(0).lower() == "yang":
        return name
    return None


def _as_offender(link: ActorLink) -> ActorLink:
    """``link`` coded as an offender (``<country>CRM``)."""
    return replace(link, code=link.country + "CRM", sectors=("CRM",))


def _group_link(
    text: str, start: int, end: int, country: str, sector: str, confidence: float, method: str
) -> ActorLink:
    """A group the events stage codes itself (suspects, counted people, security forces):
    ``text[start:end]`` as ``<country><sector>``, its own evidence."""
    surface = text[start:end]
    return ActorLink(
        text=surface,
        start=start,
        end=end,
        label="ORG",
        actor_id=None,
        name=surface.lower(),
        type="group",
        code=country + sector,
        country=country,
        sectors=(sector,),
        confidence=confidence,
        method=method,
        evidence_start=start,
        evidence_end=end,
    )


def _uncoded_body(link: ActorLink) -> bool:
    """An organisation or person the knowledge base does not hold, coded with a country and no
    sector only because its name holds one (``Masyarakat Anti Korupsi Indonesia`` → ``IDN``,
    ``Wakil Ketua Dewan`` → ``IDN``): no actor code worth an event."""
    return (
        link.actor_id is None
        and link.type in ("organisation", "person")
        and not link.sectors
        and link.code == link.country
    )


def _province(link: ActorLink) -> bool:
    """An Indonesian province (``region:35``), which follows its city in a chain of places."""
    return bool(link.actor_id) and re.fullmatch(r"region:\d\d", link.actor_id or "") is not None


def _bare_place(link: ActorLink) -> bool:
    """A region or city with no sector: where something happens, never who acts."""
    return link.type == "place" and not link.sectors


def _in_proper_name(text: str, start: int) -> bool:
    """A capitalised noun after another capitalised word, not at a sentence start: inside a
    name (``Tempat Pemeriksaan Imigrasi``, ``Penetapan Dokumen Persyaratan``)."""
    if not text[start : start + 1].isupper():
        return False
    head = text[:start].rstrip()
    if not head or head[-1] in '.!?:"“”\n-–—,' or text[max(0, start - 1)] == "\n":
        return False
    previous = re.search(r"(\S+)\s*$", head)
    return previous is not None and previous.group(1)[:1].isupper()


def _as_suspect(link: ActorLink) -> ActorLink:
    """Someone arrested or named a suspect whom the text gives no other role
    (``menangkap pengemudi mobil bernama Tavipuddin``) is coded as a criminal suspect."""
    if link.type in ("country", "place") or not set(link.sectors) <= {"CVL"}:
        return link
    return replace(link, code=link.country + "CRM", sectors=("CRM",))


def _enforces(link: ActorLink, roles: bool = False) -> bool:
    """Police, prosecutors or courts: who arrests, questions and names suspects (an
    institution; with ``roles``, a role named without a person: ``penyidik Satlantas Polres
    X``)."""
    if not set(link.sectors) & LAW_ENFORCEMENT:
        return False
    return link.method == "role-only" if roles else link.type != "person"


def _domestic_place(actors: Sequence[ActorLink], recipients: Sequence[ActorLink]) -> bool:
    """A recipient that is only a place of the actor's own country (``Jokowi mengunjungi
    Papua``): not a dyadic event between actors."""
    return all(r.type == "place" and r.country == actors[0].country for r in recipients)


@cache
def default_coder() -> EventCoder:
    """One coder per process (the lexicon and knowledge base load once)."""
    return EventCoder()


def code_article(
    article: Article,
    *,
    mentions: Sequence[Mention] | None = None,
    links: Sequence[ActorLink] | None = None,
    coder: EventCoder | None = None,
    parse: Sequence[ParsedToken] | None = None,
) -> tuple[Event, ...]:
    """Stage ``events``: the coded events of ``article`` (see ``EventCoder``)."""
    return (coder or default_coder())(article, mentions=mentions, links=links, parse=parse)
