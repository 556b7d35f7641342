"""Typed, cached loaders for the time stage's language data (``warta/lang/id/time_*.tsv``).

Each loader validates its file (known kinds, unique lower-case entries) and raises
``LanguageDataError`` naming the file when something is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass
from functools import cache

from warta.langdata import LANG, LanguageDataError, read_rows

UNITS = frozenset({"Y", "M", "W", "D", "H", "MIN", "S", "DE", "CE"})
DIRECTIONS = frozenset({"past", "future", "this", "last", "next", "before", "after"})
SIGNAL_ROLES = frozenset(
    {
        "since",
        "until",
        "between",
        "and",
        "set",
        "month_cue",
        "clock",
        "count_before",
        "count_after",
        "unit_after",
        "approx",
        "count_or",
        "or",
        "day_noun",
        "month_noun",
        "year_noun",
        "week_noun",
        "era_noun",
        "century_noun",
        "ordinal",
        "one_prefix",
        "many_prefix",
        "clitic",
        "not_before_weekday",
        "habitual",
    }
)
TENSES = frozenset({"future", "past", "ongoing", "none"})
PARTS_OF_DAY = frozenset({"MO", "MI", "AF", "EV", "NI", "DT"})
MODS = frozenset({"START", "MID", "END"})
REFS = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
NUMBER_KINDS = frozenset({"digit", "add", "mul", "vague", "half"})


def _check_key(name: str, key: str, seen: Container[str]) -> None:
    if key != key.strip() or "  " in key:
        raise LanguageDataError(f"{name}: {key!r} is not normalised (spaces)")
    if key in seen:
        raise LanguageDataError(f"{name}: duplicate {key!r}")


def _lower(name: str, key: str) -> None:
    if key != key.lower():
        raise LanguageDataError(f"{name}: {key!r} must be lower case")


@dataclass(frozen=True, slots=True)
class NumberWord:
    kind: str
    value: int


@cache
def number_words(lang: str = LANG) -> dict[str, NumberWord]:
    """Number word → kind and value (``tiga`` → digit 3, ``puluh`` → mul 10)."""
    name = "time_numbers.tsv"
    out: dict[str, NumberWord] = {}
    for word, kind, value in read_rows(name, 3, lang):
        _check_key(name, word, out)
        _lower(name, word)
        if kind not in NUMBER_KINDS:
            raise LanguageDataError(f"{name}: unknown kind {kind!r}")
        out[word] = NumberWord(kind, int(value))
    return out


@cache
def units(lang: str = LANG) -> dict[str, str]:
    """Time unit word → TIMEX3 unit letter (``hari`` → D)."""
    name = "time_units.tsv"
    out: dict[str, str] = {}
    for word, unit in read_rows(name, 2, lang):
        _check_key(name, word, out)
        _lower(name, word)
        if unit not in UNITS:
            raise LanguageDataError(f"{name}: unknown unit {unit!r}")
        out[word] = unit
    return out


@dataclass(frozen=True, slots=True)
class Relative:
    kind: str
    """``day`` (``offset`` days from the anchor), ``next`` (``offset`` days from the day the text
    last named) or ``ref`` (``ref`` is a TIMEX3 reference)."""
    offset: int
    ref: str | None
    part: str | None


@cache
def relatives(lang: str = LANG) -> dict[str, Relative]:
    """Fixed relative phrase → how to resolve it (``kemarin`` → day −1)."""
    name = "time_relative.tsv"
    out: dict[str, Relative] = {}
    for phrase, kind, offset, part in read_rows(name, 4, lang):
        _check_key(name, phrase, out)
        _lower(name, phrase)
        part_code = None if part == "-" else part
        if part_code is not None and part_code not in PARTS_OF_DAY:
            raise LanguageDataError(f"{name}: unknown part of day {part!r}")
        if kind in {"day", "next"}:
            out[phrase] = Relative(kind, int(offset), None, part_code)
        elif kind == "ref":
            if offset not in REFS:
                raise LanguageDataError(f"{name}: unknown reference {offset!r}")
            out[phrase] = Relative(kind, 0, offset, part_code)
        else:
            raise LanguageDataError(f"{name}: unknown kind {kind!r}")
    return out


def _word_map(name: str, allowed: frozenset[str], lang: str, lower: bool = True) -> dict[str, str]:
    out: dict[str, str] = {}
    for word, value in read_rows(name, 2, lang):
        _check_key(name, word, out)
        if lower:
            _lower(name, word)
        if value not in allowed:
            raise LanguageDataError(f"{name}: unknown value {value!r} for {word!r}")
        out[word] = value
    return out


@cache
def directions(lang: str = LANG) -> dict[str, str]:
    """Direction word → ``past``/``future``/``this``/``last``/``next``."""
    return _word_map("time_directions.tsv", DIRECTIONS, lang)


@cache
def parts_of_day(lang: str = LANG) -> dict[str, str]:
    """Part-of-day word → TIMEX3 code (``malam`` → NI)."""
    return _word_map("time_dayparts.tsv", PARTS_OF_DAY, lang)


@cache
def modifiers(lang: str = LANG) -> dict[str, str]:
    """Modifier word → TIMEX3 mod (``awal`` → START)."""
    return _word_map("time_modifiers.tsv", MODS, lang)


@cache
def tense_markers(lang: str = LANG) -> dict[str, str]:
    """Tense/aspect marker → ``future``/``past``/``ongoing``."""
    return _word_map("time_tense.tsv", TENSES, lang)


_OFFSET = re.compile(r"^[+-]\d{2}:\d{2}$")


@cache
def zones(lang: str = LANG) -> dict[str, str]:
    """Time zone name (as written, upper case) → UTC offset (``WIB`` → +07:00)."""
    name = "time_zones.tsv"
    out: dict[str, str] = {}
    for zone, offset in read_rows(name, 2, lang):
        _check_key(name, zone, out)
        if not _OFFSET.match(offset):
            raise LanguageDataError(f"{name}: bad offset {offset!r}")
        out[zone] = offset
    return out


@cache
def signals(lang: str = LANG) -> dict[str, frozenset[str]]:
    """Role → its words (one word may play several roles: ``sejak`` is since and a month cue)."""
    name = "time_signals.tsv"
    out: dict[str, set[str]] = {}
    for word, role in read_rows(name, 2, lang):
        _lower(name, word)
        if role not in SIGNAL_ROLES:
            raise LanguageDataError(f"{name}: unknown role {role!r}")
        words = out.setdefault(role, set())
        _check_key(name, word, words)
        words.add(word)
    missing = SIGNAL_ROLES - out.keys()
    if missing:
        raise LanguageDataError(f"{name}: no words for {sorted(missing)}")
    return {role: frozenset(words) for role, words in out.items()}


class _Trie(dict[str, "_Trie"]):
    """A trie node: character → child node; the key ``""`` marks the end of a word."""


def trie_regex(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie, so that matching branches on one
    character at a time instead of trying every word (10x faster on long word lists)."""
    trie = _Trie()
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, _Trie())
        node[""] = _Trie()

    def build(node: _Trie) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


@cache
def periods(lang: str = LANG) -> dict[str, str]:
    """Part-of-year word → TIMEX3 letter (``kuartal`` → Q, ``semester`` → H)."""
    return _word_map("time_periods.tsv", frozenset({"Q", "H"}), lang)


@dataclass(frozen=True, slots=True)
class Holiday:
    month: int
    day: int
    not_after: frozenset[str]
    """Words that may not stand right before the name (``Mandailing Natal`` is a regency)."""
    not_before: frozenset[str]
    """Words that may not follow it (``Tahun Baru Imlek`` moves every year)."""


_MONTH_DAY = re.compile(r"^(\d\d)-(\d\d)$")


@cache
def holidays(lang: str = LANG) -> dict[str, Holiday]:
    """Fixed-date holiday name (lower case) → its day of the year."""
    name = "time_holidays.tsv"
    out: dict[str, Holiday] = {}
    for holiday, month_day, not_after, not_before in read_rows(name, 4, lang):
        _check_key(name, holiday, out)
        _lower(name, holiday)
        match = _MONTH_DAY.match(month_day)
        if match is None:
            raise LanguageDataError(f"{name}: bad day {month_day!r} for {holiday!r}")
        month, day = int(match.group(1)), int(match.group(2))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            raise LanguageDataError(f"{name}: bad day {month_day!r} for {holiday!r}")

        def words(column: str) -> frozenset[str]:
            return frozenset() if column == "-" else frozenset(column.split(","))

        out[holiday] = Holiday(month, day, words(not_after), words(not_before))
    return out


@cache
def ordinals(lang: str = LANG) -> dict[str, int]:
    """Ordinal word → number (``ketiga`` → 3), for parts of a year."""
    name = "time_ordinals.tsv"
    out: dict[str, int] = {}
    for word, number in read_rows(name, 2, lang):
        _check_key(name, word, out)
        _lower(name, word)
        if not number.isdigit() or not 1 <= int(number) <= 4:
            raise LanguageDataError(f"{name}: {word!r} → {number!r} outside 1..4")
        out[word] = int(number)
    return out
