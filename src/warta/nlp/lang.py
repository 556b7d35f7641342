"""Typed loaders for the language data the NLP pipeline reads (tokenizer and segmenter).

``abbreviations.tsv``: dotted abbreviations and acronyms; ``clitics.tsv``: enclitics split off
by the tokenizer and the words that only look like stem + clitic. Both live in
``warta/lang/id/`` and are parsed with :func:`warta.langdata.read_rows`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from warta.langdata import LANG, LanguageDataError, read_rows

ABBREVIATION_KINDS = frozenset({"title", "abbrev", "acronym"})
DOTTED_KINDS = frozenset({"title", "abbrev"})
"""Abbreviations written with a final full stop."""
CLITIC_KINDS = frozenset({"clitic", "host", "pun_host", "keep", "keep_ending"})
HOST_KINDS: dict[str, str] = {"lah": "host", "kah": "host", "pun": "pun_host"}
"""The ``clitics.tsv`` kind listing the stems each clitic other than ``-nya`` splits from."""


@dataclass(frozen=True, slots=True)
class Abbreviation:
    form: str
    kind: str
    """``title`` (never ends a sentence), ``abbrev`` (may end one) or ``acronym``."""
    expansion: str


@cache
def abbreviations(lang: str = LANG) -> tuple[Abbreviation, ...]:
    """Abbreviations in file order; forms are unique and contain no whitespace."""
    seen: set[str] = set()
    out: list[Abbreviation] = []
    for form, kind, expansion in read_rows("abbreviations.tsv", 3, lang):
        if kind not in ABBREVIATION_KINDS:
            raise LanguageDataError(f"abbreviations.tsv: unknown kind {kind!r} for {form!r}")
        if form in seen:
            raise LanguageDataError(f"abbreviations.tsv: duplicate form {form!r}")
        if form != form.strip() or any(ch.isspace() for ch in form):
            raise LanguageDataError(f"abbreviations.tsv: whitespace in form {form!r}")
        if kind in DOTTED_KINDS and not form.endswith("."):
            raise LanguageDataError(f"abbreviations.tsv: dotted kind {kind!r} needs a final '.'")
        seen.add(form)
        out.append(Abbreviation(form, kind, expansion))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class CliticRules:
    clitics: tuple[str, ...]
    """Enclitics, longest first."""
    hosts: dict[str, frozenset[str]]
    """Per clitic other than ``-nya``, the stems it splits from (``-nya`` splits from any)."""
    keep: frozenset[str]
    keep_endings: tuple[str, ...]

    def split(self, word: str) -> tuple[str, str] | None:
        """``(stem, clitic)`` if ``word`` is stem + enclitic, else ``None``.

        1. only alphabetic words that are not all upper case (acronyms) are split; a
           hyphenated word splits as its last part does (``cita-citanya``, ``satu-satunya``);
        2. listed whole words and word endings are never split;
        3. ``-nya`` splits when at least three letters remain;
        4. other clitics split only from a stem listed for them.
        """
        head, hyphen, last = word.rpartition("-")
        if hyphen:
            if not head or not head.replace("-", "").isalpha():
                return None
            parts = self.split(last)
            return None if parts is None else (head + hyphen + parts[0], parts[1])
        if not word.isalpha() or word.isupper():
            return None
        lower = word.lower()
        if lower in self.keep or lower.endswith(self.keep_endings):
            return None
        for clitic in self.clitics:
            if not lower.endswith(clitic):
                continue
            stem = lower[: -len(clitic)]
            ok = len(stem) >= 3 if clitic == "nya" else stem in self.hosts[clitic]
            if ok:
                cut = len(word) - len(clitic)
                return word[:cut], word[cut:]
            return None
        return None


@cache
def clitic_rules(lang: str = LANG) -> CliticRules:
    clitics: list[str] = []
    buckets: dict[str, set[str]] = {kind: set() for kind in CLITIC_KINDS - {"clitic"}}
    endings: list[str] = []
    for kind, value in read_rows("clitics.tsv", 2, lang):
        if kind not in CLITIC_KINDS:
            raise LanguageDataError(f"clitics.tsv: unknown kind {kind!r}")
        if value != value.lower() or not value.isalpha():
            raise LanguageDataError(f"clitics.tsv: {value!r} must be one lower-case word")
        if kind == "clitic":
            if value in clitics:
                raise LanguageDataError(f"clitics.tsv: duplicate clitic {value!r}")
            if value != "nya" and value not in HOST_KINDS:
                raise LanguageDataError(f"clitics.tsv: no host kind for clitic {value!r}")
            clitics.append(value)
        elif kind == "keep_ending":
            if value in endings:
                raise LanguageDataError(f"clitics.tsv: duplicate keep_ending {value!r}")
            endings.append(value)
        else:
            if value in buckets[kind]:
                raise LanguageDataError(f"clitics.tsv: duplicate {kind} {value!r}")
            buckets[kind].add(value)
    if not clitics:
        raise LanguageDataError("clitics.tsv: no clitic listed")
    return CliticRules(
        clitics=tuple(sorted(clitics, key=len, reverse=True)),
        hosts={c: frozenset(buckets[HOST_KINDS[c]]) for c in clitics if c != "nya"},
        keep=frozenset(buckets["keep"]),
        keep_endings=tuple(endings),
    )


NAME_KINDS = frozenset({"family", "syllable"})
NAME_ORIGINS = ("korean", "chinese")


@dataclass(frozen=True, slots=True)
class EastAsianNames:
    """Family names and given-name syllables per origin (``korean``, ``chinese``)."""

    families: dict[str, tuple[str, ...]]
    syllables: dict[str, tuple[str, ...]]


@cache
def east_asian_names(lang: str = LANG) -> EastAsianNames:
    """``east_asian_names.tsv``: capitalised single words, unique per kind and origin."""
    families: dict[str, list[str]] = {origin: [] for origin in NAME_ORIGINS}
    syllables: dict[str, list[str]] = {origin: [] for origin in NAME_ORIGINS}
    for kind, origin, value in read_rows("east_asian_names.tsv", 3, lang):
        if kind not in NAME_KINDS:
            raise LanguageDataError(f"east_asian_names.tsv: unknown kind {kind!r}")
        if origin not in NAME_ORIGINS:
            raise LanguageDataError(f"east_asian_names.tsv: unknown origin {origin!r}")
        if not value.isalpha() or value != value.capitalize():
            raise LanguageDataError(f"east_asian_names.tsv: {value!r} must be one capitalised word")
        bucket = (families if kind == "family" else syllables)[origin]
        if value in bucket:
            raise LanguageDataError(f"east_asian_names.tsv: duplicate {kind} {value!r} ({origin})")
        bucket.append(value)
    for origin in NAME_ORIGINS:
        if not families[origin] or len(syllables[origin]) < 2:
            raise LanguageDataError(f"east_asian_names.tsv: too few {origin} names")
    return EastAsianNames(
        families={o: tuple(v) for o, v in families.items()},
        syllables={o: tuple(v) for o, v in syllables.items()},
    )


PLACE_WORD_KINDS = frozenset({"unit", "city", "not_gpe"})


@dataclass(frozen=True, slots=True)
class PlaceWords:
    """``place_words.tsv``: what tells a GPE from another place (warta.nlp.places)."""

    units: frozenset[str]
    """Lower-case words that open the name of an administrative unit (``kabupaten``)."""
    cities: frozenset[str]
    """Lower-case words that open a city's name or an area's (``kota``)."""
    not_gpe: frozenset[str]
    """Lower-case names of the gazetteers that, alone, name another kind of place."""


@cache
def place_words(lang: str = LANG) -> PlaceWords:
    """Entries are lower case, single-spaced and unique; every kind has one at least."""
    buckets: dict[str, set[str]] = {kind: set() for kind in PLACE_WORD_KINDS}
    seen: set[str] = set()
    for value, kind, _why in read_rows("place_words.tsv", 3, lang):
        if kind not in PLACE_WORD_KINDS:
            raise LanguageDataError(f"place_words.tsv: unknown kind {kind!r} for {value!r}")
        if value != value.lower() or value != " ".join(value.split()):
            raise LanguageDataError(f"place_words.tsv: {value!r} must be lower case, one space")
        if value in seen:
            raise LanguageDataError(f"place_words.tsv: duplicate entry {value!r}")
        seen.add(value)
        buckets[kind].add(value)
    for kind, bucket in buckets.items():
        if not bucket:
            raise LanguageDataError(f"place_words.tsv: no {kind!r} entry")
    return PlaceWords(
        units=frozenset(buckets["unit"]),
        cities=frozenset(buckets["city"]),
        not_gpe=frozenset(buckets["not_gpe"]),
    )
