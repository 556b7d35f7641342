"""Line classifiers compiled from the language data (``lang/id/boilerplate.tsv``, ``credits.tsv``).

Heuristic thresholds are named here with the reason for their value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warta import langdata

BODY_MIN_WORDS = 10
"""A line this long is prose even without final punctuation (titles are usually shorter)."""
BODY_MIN_WORDS_PUNCT = 5
"""A shorter line counts as prose when it ends like a sentence."""
TITLE_MAX_WORDS = 25
HEADLINE_MAX_WORDS = 25
"""Teaser headlines and related-link titles are at most this long."""
SHORT_LINE_MAX_WORDS = 3
"""Inside the body, an unpunctuated line this short is a label or widget, not a paragraph."""
CAPS_LABEL_MAX_WORDS = 5
CREDIT_MAX_WORDS = 12
CAPTION_MAX_WORDS = 25
RELATED_FOLLOWERS = 5
"""After a bare ``BACA JUGA`` header, at most this many headline lines are its links."""

SENTENCE_END = re.compile(r"""[.!?…]["'”’)\]]*$|["”’]$""")
_WORD_TOKEN = re.compile(r"[^\s\w]*\w\S*")
_STRIP = " \t\u00a0|•·»«›‹>:–—-*_=#~"


def normalise(line: str) -> str:
    """Case-folded, whitespace-collapsed form used to match markers and repeats."""
    return " ".join(line.lower().split()).strip(_STRIP)


def word_count(line: str) -> int:
    """Whitespace tokens that hold a letter or digit (fast: called for every line)."""
    return len(_WORD_TOKEN.findall(line))


def ends_like_sentence(line: str) -> bool:
    return bool(SENTENCE_END.search(line.rstrip()))


def is_prose(line: str) -> bool:
    words = word_count(line)
    return words >= BODY_MIN_WORDS or (words >= BODY_MIN_WORDS_PUNCT and ends_like_sentence(line))


def is_headline(line: str) -> bool:
    """A title-like line: a few words, no final full stop."""
    words = word_count(line)
    return 2 <= words <= HEADLINE_MAX_WORDS and not line.rstrip().endswith((".", ","))


TITLE_CASE_MIN_SHARE = 0.5
"""Indonesian headlines capitalise most words (``Kemenhub Anggarkan Rp2,9 T untuk 5 Destinasi``);
a body sentence cut short does not."""


def is_title_case(line: str) -> bool:
    words = [w for w in line.split() if sum(c.isalpha() for c in w) >= 4]
    if not words:
        return False
    return sum(w[0].isupper() or w[0].isdigit() for w in words) / len(words) >= TITLE_CASE_MIN_SHARE


def is_teaser(line: str) -> bool:
    """A teaser headline of another article: headline-shaped and in title case."""
    return is_headline(line) and is_title_case(line)


def is_caps_label(line: str) -> bool:
    if word_count(line) > CAPS_LABEL_MAX_WORDS or ends_like_sentence(line):
        return False
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) / len(letters) > 0.9


@dataclass(frozen=True, slots=True)
class Markers:
    exact: dict[str, str]
    prefixes: tuple[tuple[str, str], ...]
    regexes: tuple[tuple[re.Pattern[str], str], ...]
    sections: frozenset[str]
    section_regexes: tuple[re.Pattern[str], ...]
    related: tuple[str, ...]
    related_regexes: tuple[re.Pattern[str], ...]

    def match(self, line: str) -> str | None:
        """Reason for a whole chrome line (widget, ad, share, tags, footer), or None."""
        key = normalise(line)
        reason = self.exact.get(key)
        if reason:
            return reason
        lowered = line.strip().lower()
        for prefix, reason in self.prefixes:
            if lowered.startswith(prefix):
                rest = lowered[len(prefix) :]
                if not rest or not rest[0].isalpha():
                    return reason
        stripped = line.strip()
        for pattern, reason in self.regexes:
            if pattern.fullmatch(stripped):
                return reason
        return None

    def is_section(self, line: str) -> bool:
        key = normalise(line)
        return key in self.sections or any(p.fullmatch(key) for p in self.section_regexes)

    def related_header(self, line: str) -> str | None:
        """``bare`` for a lone related-link header, ``inline`` for a header with its link.

        A one-word header (``Baca``) needs a separator (``Baca: …``); a longer one may be
        followed by the headline directly (``Simak juga Video "…"``) unless what follows reads
        as a sentence ending in a full stop. More than a headline's length after the header is
        a paragraph glued to it by a broken scrape, and is kept."""
        key = normalise(line)
        for phrase in self.related:
            if key == phrase:
                return "bare"
            if not key.startswith(phrase):
                continue
            rest = key[len(phrase) :]
            if rest.startswith((",", ":,")) or word_count(rest) > HEADLINE_MAX_WORDS:
                return None  # a paragraph glued to the header: keep the text
            if rest[:1] in {":", "-", "–", "—", "»", "|", ">", "›"}:
                return "inline"
            if (
                rest[:1] == " "
                and " " in phrase
                and word_count(rest) <= HEADLINE_MAX_WORDS
                and not line.rstrip().endswith(".")
            ):
                return "inline"
        if any(p.fullmatch(key) for p in self.related_regexes):
            return "inline"
        return None


@cache
def markers(lang: str = langdata.LANG) -> Markers:
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    regexes: list[tuple[re.Pattern[str], str]] = []
    sections: set[str] = set()
    section_regexes: list[re.Pattern[str]] = []
    related: list[str] = []
    related_regexes: list[re.Pattern[str]] = []
    for rule in langdata.boilerplate_rules(lang):
        if rule.kind == "exact":
            exact[normalise(rule.pattern)] = rule.reason
        elif rule.kind == "prefix":
            prefixes.append((rule.pattern.lower(), rule.reason))
        elif rule.kind == "regex" and rule.reason == "section":
            section_regexes.append(re.compile(rule.pattern, re.IGNORECASE))
        elif rule.kind == "regex" and rule.reason == "related_link":
            related_regexes.append(re.compile(rule.pattern, re.IGNORECASE))
        elif rule.kind == "regex":
            regexes.append((re.compile(rule.pattern, re.IGNORECASE), rule.reason))
        elif rule.kind == "section":
            sections.add(normalise(rule.pattern))
        elif rule.kind == "related":
            related.append(normalise(rule.pattern))
    return Markers(
        exact=exact,
        prefixes=tuple(prefixes),
        regexes=tuple(regexes),
        sections=frozenset(sections),
        section_regexes=tuple(section_regexes),
        related=tuple(sorted(related, key=len, reverse=True)),
        related_regexes=tuple(related_regexes),
    )


@dataclass(frozen=True, slots=True)
class Credit:
    role: str
    """``author``, ``editor``, ``source``, ``caption`` or ``outlet`` (named next to a byline)."""
    value: str


@cache
def _credit_pattern(lang: str = langdata.LANG) -> re.Pattern[str]:
    labels = sorted(langdata.credit_labels(lang), key=len, reverse=True)
    alternation = "|".join(re.escape(label) for label in labels)
    return re.compile(
        rf"^\(?\s*(?P<label>{alternation})\b(?P<sep>\s*[:|]|\s+[–-])?\s*(?P<value>.+?)\)?$",
        re.IGNORECASE,
    )


INITIALS = re.compile(r"^\(\s*(?P<value>[a-z]{2,8}(?:\s*[/,|]\s*[a-z*]{1,8})*|\*+)\s*\)$")
TRAILING_INITIALS = re.compile(
    r"\s*\(\s*(?P<value>[a-z]{2,8}(?:\s*[/,|]\s*[a-z*]{1,8})*|\*+)\s*\)\s*$"
)
NAME = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|bin|binti|van|de|al)){0,5}")
NAME_THEN_TAG = re.compile(rf"^(?P<name>{NAME.pattern})\s*[-–|,]\s*(?P<tag>[\w.]+(?:\s[\w.]+)?)$")
CREDIT_SPLIT = re.compile(r"\s*[|•·]\s*|\s*/\s+|\s{3,}")


def credits_in(line: str, lang: str = langdata.LANG) -> list[Credit] | None:
    """Credits of a credit line, or None if it is not one.

    Forms: ``Penulis: X | Editor: Y``, ``Penulis X`` (no colon: X must look like a name),
    ``Rep: X/ Red: Y``, ``(sya)``, and ``Name - detikNews`` (a name, then an outlet tag)."""
    stripped = line.strip().strip("|•· ")
    initials = INITIALS.match(stripped)
    if initials:
        return [Credit("editor", initials["value"])]
    by_tag = NAME_THEN_TAG.match(stripped)
    if by_tag and word_count(by_tag["name"]) >= 2:
        outlets = langdata.outlets()
        outlet = outlets.from_tag(by_tag["tag"]) or outlets.from_url(by_tag["tag"])
        if outlet:
            return [Credit("author", by_tag["name"]), Credit("outlet", outlet)]
    parts = [p for p in CREDIT_SPLIT.split(stripped) if p.strip()]
    found: list[Credit] = []
    roles = langdata.credit_labels(lang)
    for part in parts:
        match = _credit_pattern(lang).match(part.strip())
        if not match:
            return None
        role = roles[match["label"].lower()]
        value = match["value"].strip()
        limit = CAPTION_MAX_WORDS if role == "caption" else CREDIT_MAX_WORDS
        if word_count(value) > limit:
            return None
        if match["sep"] is None and (role == "caption" or not NAME.fullmatch(value)):
            return None
        found.append(Credit(role, value))
    return found or None
