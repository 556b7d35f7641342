"""Recognise Indonesian temporal expressions and normalise them to TIMEX3-style values.

The tagger runs a cascade over the text; every word list comes from ``lang/id/time_*.tsv``
(and ``months.tsv``/``weekdays.tsv``) through ``warta.time.lexicon``:

  1. Candidates (``_candidates``). One trie-shaped regex finds numbers and the words a rule can
     start with (``triggers``); only those rules are tried there (``rules()``, each with a
     handler that computes the value). Rules: day ranges (``25 hingga 27 Juli``, ``25 Juli-2
     Agustus 2023``), month + year, years and year ranges, decades, centuries, quarters and
     halves, fixed-date holidays, weekdays (with part of day, ``pekan lalu``, a direction and an
     optional ``(d/m)``), fixed relative phrases, calendar units with a direction (``pekan
     lalu``), counts of units (``dua hari lalu``, ``tiga tahun terakhir``, ``selama tiga
     hari``), vague durations, sets (``setiap tahun``), clock times with zones, month names
     with a direction, after ``bulan`` or a cue word (``Pada bulan Juni``), or in a list.
     Explicit calendar dates come from ``warta.dates.find_dates``, run on windows around
     date-shaped numbers; a year-less ``Kamis (27/7)`` takes the year, near the anchor, in
     which that day was that weekday.
  2. Overlaps (``_select``): the longest candidate wins, then the earlier rule.
  3. Merges of neighbours (``_merge``, numbered there): a bare ``(d/m)`` joins the relative word
     before it; ``Senin malam, 16 September 2019`` is one expression; a direction word after a
     date joins it (``9 September 2019 lalu``); a date and its clock time or part of day are one
     TIME; anaphoric days count from the day last narrated (``sehari sebelumnya``); a month or
     day without a year takes the year of its list or sentence; a clock time takes the day of
     the date before it; ``X hingga Y`` and ``antara X dan Y`` become ranges; ``sejak X`` a range
     to the present; ``awal/akhir/pertengahan X`` a mod (``akhir pekan``: the weekend).
  4. Values: relative expressions resolve against the anchor (the publication date); when a
     weekday, month or year-less date could be past or future, the tense of its clause decides
     (``warta.time.tense``; no marker reads as past, as news narrates).

Span convention (``eval/time/GUIDELINES.md``): prepositions (``pada``, ``dalam``, ``selama``,
``dari``) stay outside; words that change the value stay inside (``sejak``, ``antara ... dan``,
``lalu``, ``terakhir``, ``setiap``), as do calendar nouns before a name (``tahun 2019``,
``bulan Juni``, ``hari Senin``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache

from warta import dates, langdata
from warta.records import TimeExpression
from warta.time import lexicon
from warta.time.tense import tense_at

WEEKDAY_YEARS_BACK = 12
"""How far back a year-less weekday date may be placed (the day/month/weekday pattern repeats
within 11 years at most)."""

SENTENCE_START = re.compile(r"(?:^|[\n.!?]\s*|[\"“]\s*)$")


@dataclass(frozen=True, slots=True)
class Context:
    text: str
    dct: dt.date | None


@dataclass(frozen=True, slots=True)
class Value:
    """A resolved value, with the day it denotes when it denotes one (for merges)."""

    type: str
    value: str
    day: dt.date | None = None
    anchored: bool = False
    """True when the value was computed from the anchor (relative expressions)."""
    floating: bool = False
    """A clock time whose day is not yet known (the anchor's day until a merge finds it)."""
    follows: tuple[str, int] | None = None
    """``(unit, n)``: ``n`` units from the day the text last named (``tiga hari sebelumnya``)."""
    year_guessed: bool = False
    """The text printed no year (``Desember``, ``27 Juli``): a year named earlier in the
    sentence may replace the guess."""


# --- calendar arithmetic ---------------------------------------------------------------------


def add_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def shift(dct: dt.date | None, unit: str, n: int) -> Value:
    """The calendar unit ``n`` units from ``dct`` (``n`` < 0: in the past), at that granularity."""
    if dct is None:
        unknown = {"D": "XXXX-XX-XX", "W": "XXXX-WXX", "M": "XXXX-XX", "Y": "XXXX"}
        return Value("DATE", unknown.get(unit, "XXXX"))
    if unit == "D":
        day = dct + dt.timedelta(days=n)
        return Value("DATE", day.isoformat(), day, True)
    if unit == "W":
        return Value("DATE", week_value(dct + dt.timedelta(weeks=n)), None, True)
    if unit == "M":
        year, month = add_months(dct, n)
        return Value("DATE", f"{year:04d}-{month:02d}", None, True)
    if unit == "Y":
        return Value("DATE", f"{dct.year + n:04d}", None, True)
    if unit == "DE":
        return Value("DATE", f"{(dct.year + 10 * n) // 10:03d}", None, True)
    if unit == "CE":
        return Value("DATE", f"{(dct.year + 100 * n) // 100:02d}", None, True)
    # hours, minutes, seconds: the anchor's day
    return Value("DATE", dct.isoformat(), dct, True)


def duration(unit: str, count: str) -> str:
    if unit in {"H", "MIN", "S"}:
        return f"PT{count}{'M' if unit == 'MIN' else unit}"
    return f"P{count}{unit}"


def weekday_date(dct: dt.date, weekday: int, direction: str | None, tense: str | None) -> dt.date:
    """The day named by a weekday seen from ``dct``.

    ``lalu``: the last such day before ``dct``; ``depan``/``mendatang``: the next one after it;
    ``ini``: the one in ``dct``'s week; alone: the latest on or before ``dct``, or the first on
    or after it when the clause is future.
    """
    delta = weekday - dct.isoweekday()
    if direction == "this":
        return dct + dt.timedelta(days=delta)
    if direction == "past":
        return dct - dt.timedelta(days=(-delta) % 7 or 7)
    if direction == "future":
        return dct + dt.timedelta(days=delta % 7 or 7)
    if tense == "future":
        return dct + dt.timedelta(days=delta % 7)
    return dct - dt.timedelta(days=(-delta) % 7)


def month_year(dct: dt.date, month: int, direction: str | None, tense: str | None) -> int:
    """The year of a month named without one: ``Juni lalu`` is the last June before ``dct``."""
    if direction == "this":
        return dct.year
    if direction == "past":
        return dct.year if month < dct.month else dct.year - 1
    if direction == "future" or tense == "future":
        strict = direction == "future"
        later = month > dct.month or (not strict and month == dct.month)
        return dct.year if later else dct.year + 1
    return dct.year if month <= dct.month else dct.year - 1


def day_month_year(
    dct: dt.date, day: int, month: int, weekday: int | None, tense: str | None
) -> int | None:
    """The year of a day and month printed without one.

    With a weekday: the year, from 12 back to 1 ahead, in which that day fell on that weekday,
    closest to ``dct`` (past wins a tie). Without: ``dct``'s year, moved back a year when a past
    clause would otherwise put it after ``dct``, forward when a future clause puts it before.
    """
    if weekday is not None:
        best: tuple[int, int] | None = None
        for year in range(dct.year - WEEKDAY_YEARS_BACK, dct.year + 2):
            if dates.valid_date(year, month, day):
                candidate = dt.date(year, month, day)
                if candidate.isoweekday() == weekday:
                    gap = abs((candidate - dct).days)
                    if best is None or gap < best[0] or (gap == best[0] and year < best[1]):
                        best = (gap, year)
        if best is not None:
            return best[1]
    year = dct.year
    if not dates.valid_date(year, month, day):
        return None if not dates.valid_date(2024, month, day) else year
    candidate = dt.date(year, month, day)
    if tense == "past" and candidate > dct + dt.timedelta(days=2):
        year -= 1
    elif tense == "future" and candidate < dct - dt.timedelta(days=2):
        year += 1
    return year


# --- data-driven regex pieces ----------------------------------------------------------------


def _alternation(words: Iterable[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


@dataclass(frozen=True, slots=True)
class Pieces:
    weekday: str
    month: str
    month_full: str
    number: str
    unit: str
    direction: str
    part: str
    zone: str
    relative: str
    set_word: str
    until: str
    since: str
    modifier: str
    approx: str
    count_or: str
    clock: str
    count_direction: str
    list_join: str
    day_noun: str
    month_noun: str
    year_noun: str
    week_noun: str
    era_noun: str
    century_noun: str
    ordinal: str
    one_prefix: str
    many_prefix: str
    clitic: str


@cache
def pieces() -> Pieces:
    months = langdata.months()
    full = [m for m in months if len(m) >= 5 or m in {"mei", "juni", "juli", "june", "july"}]
    signals = lexicon.signals()
    number_word = _alternation(lexicon.number_words())
    half = _alternation(w for w, entry in lexicon.number_words().items() if entry.kind == "half")
    single = (
        rf"\d+\s*[xX×]\s*\d+|\d+(?:[.,]5)?(?:\s+(?:{half}))?"
        rf"|(?:{number_word})(?:\s+(?:{number_word}))*"
    )
    number = rf"(?:{single})(?:\s*(?:{_alternation(signals['count_or'])})\s*(?:{single}))?"
    return Pieces(
        weekday=_alternation(langdata.weekdays()),
        month=_alternation(months),
        month_full=_alternation(full),
        number=number,
        unit=_alternation(lexicon.units()),
        direction=_alternation(lexicon.directions()),
        part=_alternation(lexicon.parts_of_day()),
        zone=_alternation(lexicon.zones()),
        relative=_alternation(lexicon.relatives()),
        set_word=_alternation(signals["set"]),
        until=_alternation(signals["until"]),
        since=_alternation(signals["since"]),
        modifier=_alternation(lexicon.modifiers()),
        approx=_alternation(signals["approx"]),
        count_or=_alternation(signals["count_or"]),
        clock=_alternation(signals["clock"]),
        count_direction=_alternation(w for w, d in lexicon.directions().items() if d != "this"),
        list_join=_alternation(signals["and"] | signals["or"]),
        day_noun=_alternation(signals["day_noun"]),
        month_noun=_alternation(signals["month_noun"]),
        year_noun=_alternation(signals["year_noun"]),
        week_noun=_alternation(signals["week_noun"]),
        era_noun=_alternation(signals["era_noun"]),
        century_noun=_alternation(signals["century_noun"]),
        ordinal=_alternation(signals["ordinal"]),
        one_prefix=_alternation(signals["one_prefix"]),
        many_prefix=_alternation(signals["many_prefix"]),
        clitic=_alternation(signals["clitic"]),
    )


def parse_count(words: str) -> str | None:
    """``tiga`` → ``3``, ``dua puluh lima`` → ``25``, ``beberapa`` → ``X``, ``2,5`` → ``2.5``."""
    words = _norm(words)
    joined = re.split(r"\s*(?:" + pieces().count_or + r")\s*", words)
    if len(joined) > 1 and all(parse_count(part) is not None for part in joined):
        return "X"
    product = re.fullmatch(r"(\d+)\s*[x×]\s*(\d+)", words)
    if product:  # "1x24 jam", as police statements write it
        return str(int(product.group(1)) * int(product.group(2)))
    if re.fullmatch(r"\d+(?:[.,]5)?", words):
        return words.replace(",", ".")
    table = lexicon.number_words()
    total = 0
    current = 0
    half = False
    for word in words.split():
        entry = table.get(word)
        if entry is None and word.isdigit() and not total and not current:
            current = int(word)
            continue
        if entry is None:
            return None
        if entry.kind == "vague":
            return "X"
        if entry.kind == "half":
            half = True
            continue
        if entry.kind == "digit":
            if entry.value >= 100:
                total += current
                current = entry.value
            else:
                current += entry.value
        elif entry.kind == "add":
            current = (current or 1) + entry.value
        elif entry.value >= 1000:
            total = (total + (current or 1)) * entry.value
            current = 0
        else:
            current = (current or 1) * entry.value
    if half:  # "dua setengah" is 2.5, "setengah" alone 0.5
        return f"{total + current}.5"
    return str(total + current)


def _sentence_initial(text: str, pos: int) -> bool:
    return SENTENCE_START.search(text[max(0, pos - 4) : pos]) is not None or pos == 0


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _habitual(text: str, start: int) -> bool:
    """A habitual adverb (``biasanya``, ``selalu``) earlier in the clause."""
    clause = re.split(r"[.,;:!?\n]", text[max(0, start - 60) : start])[-1]
    words = re.findall(r"\w+", clause.lower())
    return bool(set(words) & lexicon.signals()["habitual"])


def _weekday_capitalised(word: str) -> bool:
    """A capitalised word that is both a unit and a weekday (``Minggu``: Sunday, not week)."""
    return _is_capitalised(word) and word.lower() in langdata.weekdays()


def _blocked_number(text: str, start: int, end: int) -> bool:
    """A number that is a law number, an amount or a count, not a year."""
    signals = lexicon.signals()
    before = text[max(0, start - 40) : start]
    words_before = re.findall(r"[\w.$/%]+", before.lower())
    if words_before and words_before[-1] in signals["count_before"]:
        return True
    # UU Nomor 30 Tahun 2002 / No. 1 Tahun 1945: a law's year is part of its name
    law = rf"(?:{_alternation(signals['count_before'])})\s*\d+\s+(?:{pieces().year_noun})\s*$"
    if re.search(law, before, re.IGNORECASE):
        return True
    if start > 0 and text[start - 1] in "/.," and text[start : start + 1].isdigit():
        return True
    after = re.match(r"\s*([\w%]+)", text[end : end + 30])
    if text[end : end + 1] in {"/", ","} and text[end + 1 : end + 2].isdigit():
        return True
    return bool(after and after.group(1).lower() in signals["count_after"])


# --- rules -------------------------------------------------------------------------------------

Handler = Callable[[Context, re.Match[str]], Value | None]


def _g(m: re.Match[str], name: str) -> str:
    """A named group's text, ``""`` when the group is absent from the pattern or did not match."""
    return m.groupdict().get(name) or ""


def _explicit(ctx: Context, found: dates.FoundDate, tense: str | None) -> Value | None:
    year = found.year
    anchored = False
    if year is None:
        if ctx.dct is None:
            return Value("DATE", f"XXXX-{found.month:02d}-{found.day:02d}")
        year = day_month_year(ctx.dct, found.day, found.month, found.weekday, tense)
        anchored = True
        if year is None:
            return None
    day = dt.date(year, found.month, found.day)
    guessed = found.year is None and found.weekday is None
    if found.time:
        hour, minute = found.time.split(":")
        zone = re.search(r"\b(" + pieces().zone + r")\b", found.text)
        offset = lexicon.zones()[zone.group(1).upper()] if zone else ""
        value = f"{day.isoformat()}T{int(hour):02d}:{minute}{offset}"
        return Value("TIME", value, day, anchored, year_guessed=guessed)
    return Value("DATE", day.isoformat(), day, anchored, year_guessed=guessed)


def _rule_day_range(ctx: Context, m: re.Match[str]) -> Value | None:
    month = langdata.months()[_norm(_g(m, "mname")).rstrip(".")]
    first, last = int(_g(m, "d1")), int(_g(m, "d2"))
    if not first < last <= 31:
        return None
    if _g(m, "y"):
        year: int | None = int(_g(m, "y"))
    elif ctx.dct is None:
        return Value("DATE", f"XXXX-{month:02d}-{first:02d}/XXXX-{month:02d}-{last:02d}")
    else:
        year = day_month_year(ctx.dct, first, month, None, tense_at(ctx.text, m.start()))
    if year is None or not dates.valid_date(year, month, last):
        return None
    return Value(
        "DATE",
        f"{year:04d}-{month:02d}-{first:02d}/{year:04d}-{month:02d}-{last:02d}",
        anchored=not _g(m, "y"),
    )


def _rule_month_year(ctx: Context, m: re.Match[str]) -> Value | None:
    month = langdata.months()[_norm(_g(m, "mname")).rstrip(".")]
    return Value("DATE", f"{int(_g(m, 'y')):04d}-{month:02d}")


def _rule_year(ctx: Context, m: re.Match[str]) -> Value | None:
    if _blocked_number(ctx.text, m.start("y"), m.end("y")):
        return None
    return Value("DATE", _g(m, "y"))


def _rule_year_range(ctx: Context, m: re.Match[str]) -> Value | None:
    if _blocked_number(ctx.text, m.start("y1"), m.end("y2")):
        return None
    first = int(_g(m, "y1"))
    last = int(_g(m, "y2"))
    if last < 100:
        last = first // 100 * 100 + last
    if not first < last <= first + 100:
        return None
    return Value("DATE", f"{first:04d}/{last:04d}")


def _rule_decade(ctx: Context, m: re.Match[str]) -> Value | None:
    """``1990-an`` is TIMEX3 ``199``; a two-digit ``era 90-an`` is read in the 1900s."""
    return Value("DATE", _g(m, "dec") or f"19{_g(m, 'dec2')}")


def _rule_weekday(ctx: Context, m: re.Match[str]) -> Value | None:
    name = _g(m, "wday")
    if not _is_capitalised(name):
        return None
    weekday = langdata.weekdays()[name.lower()]
    before = re.search(r"(\w+)\s+$", ctx.text[max(0, m.start() - 20) : m.start()])
    if before and before.group(1).lower() in lexicon.signals()["not_before_weekday"]:
        return None  # "Pasar Minggu" is a place
    direction = lexicon.directions()[_norm(_g(m, "dir"))] if _g(m, "dir") else None
    if direction in {"last", "next"}:
        return None
    if direction in {"before", "after"}:
        direction = None
    week_direction = lexicon.directions()[_norm(_g(m, "wdir"))] if _g(m, "wdir") else None
    if (
        name.lower() in lexicon.units()
        and direction
        and not _g(m, "d")
        and _sentence_initial(ctx.text, m.start())
    ):
        return None  # "Minggu lalu, ..." opening a sentence reads as "last week"
    part = lexicon.parts_of_day()[_norm(_g(m, "part"))] if _g(m, "part") else None
    tense = tense_at(ctx.text, m.start(), m.end())
    day: dt.date | None
    anchored = True
    if _g(m, "d"):
        year = int(_g(m, "y")) if _g(m, "y") else None
        found = dates.FoundDate(
            m.start(),
            m.end(),
            m.group(0),
            dates.expand_year(year) if year else None,
            int(_g(m, "m")),
            int(_g(m, "d")),
            weekday,
        )
        if not (1 <= found.month <= 12 and 1 <= found.day <= 31):
            return None
        if found.year is not None and not dates.valid_date(found.year, found.month, found.day):
            return None
        explicit = _explicit(ctx, found, tense)
        if explicit is None or explicit.day is None:
            return explicit
        day, anchored = explicit.day, explicit.anchored
    elif direction is None and week_direction is None and _habitual(ctx.text, m.start()):
        # "Biasanya hari Senin hanya 70 ribu penumpang": every Monday, not one
        return Value("SET", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""))
    elif ctx.dct is None:
        return Value("DATE", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""))
    elif week_direction in {"past", "future", "this"}:
        # Sabtu pekan lalu: that weekday in the week before the anchor's
        weeks = {"past": -1, "future": 1, "this": 0}[week_direction]
        monday = ctx.dct - dt.timedelta(days=ctx.dct.isoweekday() - 1) + dt.timedelta(weeks=weeks)
        day = monday + dt.timedelta(days=weekday - 1)
    else:
        day = weekday_date(ctx.dct, weekday, direction, tense)
    if part:
        return Value("TIME", f"{day.isoformat()}T{part}", day, anchored)
    return Value("DATE", day.isoformat(), day, anchored)


def _rule_relative(ctx: Context, m: re.Match[str]) -> Value | None:
    entry = lexicon.relatives()[_norm(_g(m, "rel"))]
    part_word = _g(m, "part") or _g(m, "part0")
    part = lexicon.parts_of_day()[_norm(part_word)] if part_word else entry.part
    if entry.kind == "ref":
        return Value("DATE", entry.ref or "PRESENT_REF")
    if entry.kind == "next":
        if part:  # "malam itu": that night of the narrated day
            return Value("TIME", f"XXXX-XX-XXT{part}", follows=("D", entry.offset))
        return Value("DATE", "XXXX-XX-XX", follows=("D", entry.offset))
    value = shift(ctx.dct, "D", entry.offset)
    if part:
        return Value("TIME", f"{value.value}T{part}", value.day, True)
    return value


def _rule_unit_direction(ctx: Context, m: re.Match[str]) -> Value | None:
    unit_word = _g(m, "unit")
    if _weekday_capitalised(unit_word) and not _sentence_initial(ctx.text, m.start()):
        return None  # capitalised mid-sentence: Sunday, not the week
    unit = lexicon.units()[unit_word.lower()]
    direction = lexicon.directions()[_norm(_g(m, "dir"))]
    counted = re.search(
        rf"(?:\d|\b(?:{pieces().number}))\s+$", ctx.text[max(0, m.start() - 30) : m.start()]
    )
    if counted and direction == "this":
        return None  # "berusia 25 tahun ini": the count owns the unit, "ini" points at the person
    if direction in {"before", "after"} and unit == "D":
        return Value("DATE", "XXXX-XX-XX", follows=("D", -1 if direction == "before" else 1))
    if unit not in {"W", "M", "Y", "DE"} or direction in {"last", "next"}:
        return None
    if direction in {"before", "after"}:
        unknown = shift(None, unit, 0).value
        return Value("DATE", unknown, follows=(unit, -1 if direction == "before" else 1))
    offset = {"past": -1, "future": 1, "this": 0}[direction]
    return shift(ctx.dct, unit, offset)


def _rule_period_mod(ctx: Context, m: re.Match[str]) -> Value | None:
    """``akhir tahun``, ``awal bulan``: the anchor's period (the mod is set by the merge)."""
    unit_word = _g(m, "unit")
    if _weekday_capitalised(unit_word) and not _sentence_initial(ctx.text, m.start("unit")):
        return None
    return shift(ctx.dct, lexicon.units()[unit_word.lower()], 0)


def _unit_blocked(text: str, end: int) -> bool:
    """A unit followed by a word that makes it a measure of something else (``tahun cahaya``)."""
    after = re.match(r"\s+(\w+)", text[end : end + 20])
    return bool(after and after.group(1).lower() in lexicon.signals()["unit_after"])


def _count_unit(m: re.Match[str]) -> tuple[str, str] | None:
    unit_word = _g(m, "unit") or _g(m, "seunit")
    unit = lexicon.units().get(unit_word.lower())
    if unit is None:
        return None
    count = "1" if _g(m, "seunit") else parse_count(_g(m, "num"))
    if count is None:
        return None
    return unit, count


def _rule_count(ctx: Context, m: re.Match[str]) -> Value | None:
    """A count of units: with a direction a date or a span (``dua hari lalu``, ``tiga tahun
    terakhir``), alone a duration (``tiga hari``)."""
    if _g(m, "dir"):
        return _rule_count_direction(ctx, m)
    return _rule_duration(ctx, m)


def _rule_count_direction(ctx: Context, m: re.Match[str]) -> Value | None:
    if _g(m, "num") and _blocked_number(ctx.text, m.start("num"), m.start("num")):
        return None
    parsed = _count_unit(m)
    if parsed is None:
        return None
    unit, count = parsed
    direction = lexicon.directions()[_norm(_g(m, "dir"))]
    if direction in {"last", "next", "this"}:
        return Value("DURATION", duration(unit, count))
    if direction in {"before", "after"}:
        unknown = shift(None, unit, 0).value
        if count == "X" or "." in count or unit not in {"D", "W", "M", "Y"}:
            return Value("DATE", unknown)
        n = int(count) * (-1 if direction == "before" else 1)
        return Value("DATE", unknown, follows=(unit, n))
    if count == "X":
        return Value("DATE", "PAST_REF" if direction == "past" else "FUTURE_REF")
    if "." in count:
        return None
    n = int(count) * (1 if direction == "future" else -1)
    return shift(ctx.dct, unit, n)


def _rule_duration(ctx: Context, m: re.Match[str]) -> Value | None:
    if _g(m, "num") and _blocked_number(ctx.text, m.start("num"), m.start("num")):
        return None
    following = ctx.text[m.end() : m.end() + 12]
    if re.match(r"\s*\d{4}\b", following) or following.startswith("-"):
        return None  # "Tahun 2002" in a law name; "sehari-hari" (daily life)
    if _unit_blocked(ctx.text, m.end()):
        return None
    if re.match(rf"\s+(?:{pieces().ordinal})-?\s*\d", ctx.text[m.end() : m.end() + 8], re.I):
        return None  # "Liga 1 pekan ke-19": the unit has its own ordinal
    parsed = _count_unit(m)
    if parsed is None:
        return None
    unit, count = parsed
    return Value("DURATION", duration(unit, count))


def _rule_vague_duration(ctx: Context, m: re.Match[str]) -> Value | None:
    unit = lexicon.units()[_g(m, "unit").lower()]
    return Value("DURATION", duration(unit, "X"))


def _rule_set(ctx: Context, m: re.Match[str]) -> Value | None:
    if _g(m, "wday"):
        if not _is_capitalised(_g(m, "wday")):
            return None
        return Value("SET", f"XXXX-WXX-{langdata.weekdays()[_g(m, 'wday').lower()]}")
    unit = lexicon.units()[_g(m, "unit").lower()]
    count = parse_count(_g(m, "num")) if _g(m, "num") else "1"
    if count is None:
        return None
    return Value("SET", duration(unit, count))


def _rule_clock(ctx: Context, m: re.Match[str]) -> Value | None:
    hour = int(_g(m, "h") or _g(m, "h2"))
    minute_text = _g(m, "min") or _g(m, "min2")
    minute = int(minute_text) if minute_text else 0
    if hour > 24 or minute > 59:
        return None
    part_word = _g(m, "part") or _g(m, "part0")
    part = lexicon.parts_of_day()[_norm(part_word)] if part_word else None
    if part in {"AF", "EV", "NI"} and hour < 12 and not (part == "NI" and hour < 5):
        hour += 12
    elif part == "NI" and hour == 12:
        hour = 0  # "pukul 12 malam" is midnight
    offset = lexicon.zones()[_g(m, "zone").upper()] if _g(m, "zone") else ""
    day = ctx.dct
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    value = f"{prefix}T{hour:02d}:{minute:02d}{offset}"
    return Value("TIME", value, day, day is not None, floating=True)


def _rule_month_after_cue(ctx: Context, m: re.Match[str]) -> Value | None:
    """A bare month name is a date only after a cue word (``pada Juni``, ``hingga Oktober``)."""
    before = re.search(r"([\w-]+)\s+$", ctx.text[max(0, m.start() - 25) : m.start()])
    if before is None or before.group(1).lower() not in lexicon.signals()["month_cue"]:
        return None
    return _month_value(ctx, m, before.group(1).lower())


def _rule_month(ctx: Context, m: re.Match[str]) -> Value | None:
    return _month_value(ctx, m, "")


def _month_value(ctx: Context, m: re.Match[str], cue: str) -> Value | None:
    name = _g(m, "mname")
    if not _is_capitalised(name):
        return None
    month = langdata.months()[_norm(name)]
    direction = lexicon.directions()[_norm(_g(m, "dir"))] if _g(m, "dir") else None
    if direction in {"last", "next"}:
        return None
    if direction in {"before", "after"}:
        direction = None
    if ctx.dct is None:
        return Value("DATE", f"XXXX-{month:02d}")
    tense = tense_at(ctx.text, m.start(), m.end())
    if cue and cue in lexicon.signals()["until"]:
        tense = "future"  # "hingga Oktober": a span from now to that month
    year = month_year(ctx.dct, month, direction, tense)
    return Value("DATE", f"{year:04d}-{month:02d}", None, True, year_guessed=direction is None)


def _rule_month_range(ctx: Context, m: re.Match[str]) -> Value | None:
    months = langdata.months()
    first = months[_norm(_g(m, "m1")).rstrip(".")]
    last = months[_norm(_g(m, "m2")).rstrip(".")]
    if first >= last:
        return None
    year = int(_g(m, "y"))
    return Value("DATE", f"{year:04d}-{first:02d}/{year:04d}-{last:02d}")


def _rule_cross_month_range(ctx: Context, m: re.Match[str]) -> Value | None:
    """``25 Juli-2 Agustus 2023``, ``28 Desember 2023 hingga 2 Januari 2024``."""
    months = langdata.months()
    m1, m2 = months[_norm(_g(m, "m1"))], months[_norm(_g(m, "m2"))]
    d1, d2 = int(_g(m, "d1")), int(_g(m, "d2"))
    if m1 == m2:
        return None
    if _g(m, "y"):
        end_year = int(_g(m, "y"))
        start_year = end_year if m1 < m2 else end_year - 1
    elif ctx.dct is None:
        return Value("DATE", f"XXXX-{m1:02d}-{d1:02d}/XXXX-{m2:02d}-{d2:02d}")
    else:
        guessed = day_month_year(ctx.dct, d1, m1, None, tense_at(ctx.text, m.start()))
        if guessed is None:
            return None
        start_year = guessed
        end_year = start_year if m1 < m2 else start_year + 1
    if not (dates.valid_date(start_year, m1, d1) and dates.valid_date(end_year, m2, d2)):
        return None
    value = f"{start_year:04d}-{m1:02d}-{d1:02d}/{end_year:04d}-{m2:02d}-{d2:02d}"
    return Value("DATE", value, anchored=not _g(m, "y"))


_ROMAN = {"I": 1, "V": 5, "X": 10}


def _roman(numeral: str) -> int:
    total = 0
    for i, char in enumerate(numeral):
        value = _ROMAN[char]
        following = _ROMAN[numeral[i + 1]] if i + 1 < len(numeral) else 0
        total += -value if value < following else value
    return total


def _rule_century(ctx: Context, m: re.Match[str]) -> Value | None:
    """``abad ke-20`` is the 1900s: TIMEX3 ``19``."""
    text = _g(m, "c")
    number = int(text) if text.isdigit() else _roman(text.upper())
    if not 1 <= number <= 22:
        return None
    return Value("DATE", f"{number - 1:02d}")


def _rule_holiday(ctx: Context, m: re.Match[str]) -> Value | None:
    holiday = lexicon.holidays()[_norm(_g(m, "hol"))]
    before = re.search(r"(\w+)\s+$", ctx.text[max(0, m.start() - 20) : m.start()])
    if before and before.group(1).lower() in holiday.not_after:
        return None
    after = re.match(r"\s+(\w+)", ctx.text[m.end() : m.end() + 20])
    if after and after.group(1).lower() in holiday.not_before:
        return None
    if _g(m, "y"):
        year: int | None = int(_g(m, "y"))
    elif ctx.dct is None:
        return Value("DATE", f"XXXX-{holiday.month:02d}-{holiday.day:02d}")
    else:
        tense = tense_at(ctx.text, m.start(), m.end())
        year = day_month_year(ctx.dct, holiday.day, holiday.month, None, tense)
    if year is None or not dates.valid_date(year, holiday.month, holiday.day):
        return None
    day = dt.date(year, holiday.month, holiday.day)
    return Value("DATE", day.isoformat(), day, not _g(m, "y"), year_guessed=not _g(m, "y"))


def _rule_quarter(ctx: Context, m: re.Match[str]) -> Value | None:
    q = _g(m, "q")
    number = lexicon.ordinals().get(q.lower()) or (int(q) if q.isdigit() else _roman(q.upper()))
    if not 1 <= number <= 4:
        return None
    letter = lexicon.periods()[_g(m, "kind").lower()]
    if letter == "H" and number > 2:
        return None
    return Value("DATE", f"{_g(m, 'y')}-{letter}{number}")


@cache
def rules() -> tuple[tuple[re.Pattern[str], Handler, str | None], ...]:
    """The rule patterns, built from the data files, each with its handler and the group that
    gives the expression's span (None: the whole match). Every pattern starts at a word that
    ``_RULE_STARTS`` names, so it is only tried where such a word is (``triggers``)."""
    p = pieces()
    b = r"(?<![\w/.-])"
    e = r"(?![\w-])"
    dir_ = rf"(?:\s+(?P<dir>{p.direction}))"
    specs: list[tuple[str, Handler]] = [
        (
            b + rf"(?P<d1>\d{{1,2}})\s*(?:{p.until})\s*(?P<d2>\d{{1,2}})\s+(?P<mname>{p.month})\.?"
            rf"(?:\s+(?P<y>\d{{4}}))?" + e,
            _rule_day_range,
        ),
        (
            b + rf"(?P<d1>\d{{1,2}})\s+(?P<m1>{p.month_full})\s*(?:{p.until})\s*"
            rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{p.month_full})(?:\s+(?P<y>(?:1[89]|20)\d\d))?" + e,
            _rule_cross_month_range,
        ),
        (
            b + rf"(?:{p.century_noun})\s+(?:(?:{p.ordinal})-?\s*)?(?P<c>\d{{1,2}}|[IVX]+)" + e,
            _rule_century,
        ),
        (
            b + rf"(?P<hol>{lexicon.trie_regex(lexicon.holidays())})"
            rf"(?:\s+(?P<y>(?:1[89]|20)\d\d))?" + e,
            _rule_holiday,
        ),
        (
            b + rf"(?:(?:{p.month_noun})\s+)?(?P<mname>{p.month_full})\s+(?:(?:{p.year_noun})\s+)?"
            r"(?P<y>(?:1[89]|20)\d\d)" + e,
            _rule_month_year,
        ),
        (
            b + rf"(?:(?:{p.year_noun})\s+)?(?P<y1>(?:1[89]|20)\d\d)\s*(?:/|{p.until})\s*"
            r"(?P<y2>(?:1[89]|20)\d\d|\d\d)" + e,
            _rule_year_range,
        ),
        (b + rf"(?:(?:{p.year_noun})\s+)?(?P<y>(?:1[89]|20)\d\d)" + e, _rule_year),
        (
            b + rf"(?:(?:{p.era_noun}|{p.year_noun})\s+)?(?P<dec>(?:1[89]|20)\d)0-?an" + e,
            _rule_decade,
        ),
        (b + rf"(?:{p.era_noun}|{p.year_noun})\s+(?P<dec2>[1-9])0-?an" + e, _rule_decade),
        (
            b + rf"(?P<kind>{_alternation(lexicon.periods())})\s+"
            rf"(?P<q>IV|I{{1,3}}|[1-4]|{_alternation(lexicon.ordinals())})\s*[-–]?\s*"
            rf"(?:(?:{p.year_noun})\s+)?(?P<y>(?:19|20)\d\d)" + e,
            _rule_quarter,
        ),
        (
            b + rf"(?:(?:{p.day_noun})\s+)?(?P<wday>{p.weekday})(?:\s+(?P<part>{p.part}))?"
            rf"(?:\s+(?:{p.week_noun})\s+(?P<wdir>{p.direction})|{dir_})?"
            rf"(?:\s*,?\s*\((?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?:/(?P<y>\d{{4}}|\d{{2}}))?\))?" + e,
            _rule_weekday,
        ),
        (
            b + rf"(?:(?P<part0>{p.part})\s+(?=(?:{p.day_noun})\s))?(?P<rel>{p.relative})"
            rf"(?:\s+(?P<part>{p.part}))?" + e,
            _rule_relative,
        ),
        (b + rf"(?P<unit>{p.unit}){dir_}" + e, _rule_unit_direction),
        (
            b
            + rf"(?P<mod>{p.modifier})\s+"
            + rf"(?P<body>(?P<unit>{p.year_noun}|{p.month_noun}|{p.week_noun}))"
            + e
            + rf"(?!\s+(?:\d|(?:{p.direction}|{p.month})\b))",
            _rule_period_mod,
        ),
        (
            b
            + rf"(?:(?P<num>{p.number})\s+(?P<unit>{p.unit})|(?:{p.one_prefix})(?P<seunit>{p.unit}))"
            rf"(?:\s+(?P<dir>{p.count_direction}))?" + e,
            _rule_count,
        ),
        (b + rf"(?:{p.many_prefix})(?P<unit>{p.unit})-(?P=unit)" + e, _rule_vague_duration),
        (
            b + rf"(?:{p.set_word})\s+(?:(?P<num>{p.number})\s+)?"
            rf"(?:(?:(?:{p.day_noun})\s+)?(?P<wday>{p.weekday})|(?P<unit>{p.unit})(?:{p.clitic})?)"
            + e,
            _rule_set,
        ),
        (
            r"(?<![\w/.])"  # unlike other rules, a dash may come before: "10.00-12.00 WIB"
            + rf"(?:(?:{p.clock})\s*(?P<h>\d{{1,2}})(?:[.:](?P<min>\d{{2}}))?"
            rf"|(?P<h2>\d{{1,2}})[.:](?P<min2>\d{{2}})(?=\s*(?:{p.zone})\b))"
            rf"(?:\s+(?P<part>{p.part}))?(?:\s*(?P<zone>{p.zone}))?"
            r"(?!\w|[.:]\d)",  # "pukul 10.00-12.00 WIB": the range is made by the merges
            _rule_clock,
        ),
        (b + rf"(?<!\d\s)(?P<mname>{p.month_full}){dir_}" + e, _rule_month),
        (
            b + rf"(?:{p.month_noun})\s+(?P<mname>{p.month_full})" + e + r"(?!\s+\d)",
            _rule_month,
        ),
        (
            b + rf"(?P<mname>{p.month_full})(?=\s*(?:,|{p.list_join})\s*(?:(?:{p.list_join})\s+)?"
            rf"(?:{p.month_full})\b)",
            _rule_month,
        ),
        (b + rf"(?P<mname>{p.month_full})" + e + r"(?!\s+\d)", _rule_month_after_cue),
        (
            b + rf"(?P<m1>{p.month_full})\s*(?:{p.until})\s*(?P<m2>{p.month_full})\s+"
            rf"(?:(?:{p.year_noun})\s+)?(?P<y>(?:1[89]|20)\d\d)" + e,
            _rule_month_range,
        ),
    ]
    return tuple(
        (re.compile(pattern, re.IGNORECASE), handler, "body" if "(?P<body>" in pattern else None)
        for pattern, handler in specs
    )


_RULE_STARTS: dict[str, tuple[str, ...]] = {
    "_rule_day_range": ("digit2",),
    "_rule_month_year": ("month", "month_noun"),
    "_rule_year_range": ("digit4", "year_noun"),
    "_rule_year": ("digit4", "year_noun"),
    "_rule_decade": ("digit4", "era_noun", "year_noun"),
    "_rule_quarter": ("period",),
    "_rule_cross_month_range": ("digit2",),
    "_rule_century": ("century_noun",),
    "_rule_holiday": ("holiday",),
    "_rule_weekday": ("weekday", "day_noun"),
    "_rule_relative": ("relative", "part"),
    "_rule_unit_direction": ("unit",),
    "_rule_period_mod": ("modifier",),
    "_rule_count": ("digit", "number", "se_unit"),
    "_rule_vague_duration": ("ber_unit",),
    "_rule_set": ("set",),
    "_rule_clock": ("clock", "digit2"),
    "_rule_month": ("month", "month_noun"),
    "_rule_month_after_cue": ("month",),
    "_rule_month_range": ("month",),
}
"""The words a rule's pattern can start with: a class of data words, or a number (``digit``:
any, ``digit2``: one or two digits, ``digit4``: four)."""


NOUN_ROLES = ("day_noun", "month_noun", "year_noun", "era_noun", "century_noun")


@dataclass(frozen=True, slots=True)
class Triggers:
    words: dict[str, tuple[int, ...]]
    """Lower-case word → indices of the rules that may start there."""
    digits: dict[int, tuple[int, ...]]
    """Number of digits (1 to 5, 5 standing for more) → rules that may start at such a number."""
    pattern: re.Pattern[str]
    """Finds numbers and trigger words (a trie of the words: one pass, branching by letter)."""


@cache
def triggers() -> Triggers:
    signals = lexicon.signals()
    unit_words = list(lexicon.units())
    classes: dict[str, set[str]] = {
        "month": set(langdata.months()),
        "weekday": set(langdata.weekdays()),
        "unit": set(unit_words),
        "number": set(lexicon.number_words()),
        "se_unit": {pre + u for pre in signals["one_prefix"] for u in unit_words},
        "ber_unit": {pre + u for pre in signals["many_prefix"] for u in unit_words},
        "relative": {re.split(r"[\s-]", phrase)[0] for phrase in lexicon.relatives()},
        "set": set(signals["set"]),
        "modifier": set(lexicon.modifiers()),
        "clock": set(signals["clock"]),
        "part": {re.split(r"\s", word)[0] for word in lexicon.parts_of_day()},
        "period": set(lexicon.periods()),
        "holiday": {word.split()[0] for word in lexicon.holidays()},
        **{role: set(signals[role]) for role in NOUN_ROLES},
    }
    words: dict[str, set[int]] = {}
    digits: dict[int, set[int]] = {n: set() for n in range(1, 6)}
    lengths = {"digit": range(1, 6), "digit2": range(1, 3), "digit4": range(4, 5)}
    for index, (_pattern, handler, _group) in enumerate(rules()):
        for start in _RULE_STARTS[handler.__name__]:
            if start in lengths:
                for n in lengths[start]:
                    digits[n].add(index)
                continue
            members = classes[start]
            for word in members:
                words.setdefault(word, set()).add(index)
    pattern = re.compile(
        r"(?<!\w)(?:(\d+)|" + lexicon.trie_regex(words) + r"(?![\w'’]))", re.IGNORECASE
    )
    return Triggers(
        {w: tuple(sorted(i)) for w, i in words.items()},
        {n: tuple(sorted(i)) for n, i in digits.items()},
        pattern,
    )


# --- the cascade -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    value: Value
    anchor: str | None
    mod: str | None = None
    attach_only: bool = False
    explicit: dates.FoundDate | None = None


def _anchor_date(dct: dt.date | str | None) -> dt.date | None:
    if dct is None or isinstance(dct, dt.date):
        return dct
    return dt.date.fromisoformat(dct[:10])


_SPACE = re.compile(r"\s")
DATE_WINDOW = (40, 60)
"""Characters before and after a number searched for explicit dates (``warta.dates``): the
longest form, ``Selasa, 17 September 2019, pukul 18.05 WIB``, fits."""


_NUMBER_SHAPE = re.compile(
    r"\d{1,2}[/.-]\d{1,2}(?!\d)|\d{4}-\d{1,2}-\d|\d{1,2}-[A-Za-z]{3}-|\d{1,2}\s+([A-Za-z]+)"
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


def _date_shaped(text: str, pos: int) -> bool:
    """Whether the number at ``pos`` can be part of an explicit date as ``warta.dates`` reads
    them: ``25/7``, ``2023-07-25``, ``25.07.2023``, ``10-Sep-19``, ``27 Juli``, ``Oktober 19``."""
    match = _NUMBER_SHAPE.match(text, pos)
    if match is not None and (
        match.group(1) is None or match.group(1).lower() in langdata.months()
    ):
        return True
    before = _WORD_BEFORE.search(text, max(0, pos - 12), pos)
    return before is not None and before.group(1).lower() in langdata.months()


def _date_windows(text: str, numbers: list[int]) -> list[tuple[int, int]]:
    """Stretches of text around numbers, cut at whitespace so that no date is cut."""
    windows: list[tuple[int, int]] = []
    for pos in numbers:
        start = max(0, pos - DATE_WINDOW[0])
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        found = _SPACE.search(text, min(len(text), pos + DATE_WINDOW[1]))
        end = found.start() if found else len(text)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], end))
        else:
            windows.append((start, end))
    return windows


Resolver = Callable[[], Value | None]
_LAST_WORD = re.compile(r"([A-Za-z]+)\.$")


def _trim_period(text: str, start: int, end: int) -> tuple[int, int]:
    """Leave out a full stop after a full month name (``27 Juli.`` ends a sentence); keep it
    after an abbreviation (``27 Jul. 2023``)."""
    if text[end - 1 : end] == ".":
        word = _LAST_WORD.search(text, start, end)
        if word and len(word.group(1)) > 3 and word.group(1).lower() in langdata.months():
            return start, end - 1
    return start, end


def _candidates(ctx: Context) -> list[tuple[int, int, int, Resolver, bool]]:
    """Every rule match, tried only at the words its pattern can start with."""
    text = ctx.text
    table = rules()
    trigger = triggers()
    out: list[tuple[int, int, int, Resolver, bool]] = []
    numbers: list[int] = []
    for token in trigger.pattern.finditer(text):
        start = token.start()
        run = token.group(1)
        if run is not None:
            numbers.append(start)
            indices = trigger.digits[min(len(run), 5)]
        else:
            indices = trigger.words.get(token.group(0).lower(), ())
        for index in indices:
            pattern, handler, group = table[index]
            match = pattern.match(text, start)
            if match is None:
                continue
            span = _trim_period(text, *match.span(group or 0))

            def resolve_rule(
                handler: Handler = handler, match: re.Match[str] = match
            ) -> Value | None:
                return handler(ctx, match)

            out.append((span[0], span[1], index + 1, resolve_rule, False))
    shaped = [pos for pos in numbers if _date_shaped(text, pos)]
    for w_start, w_end in _date_windows(text, shaped):
        for found in dates.find_dates(text[w_start:w_end]):
            start, end = _trim_period(text, found.start + w_start, found.end + w_start)
            attach_only = (
                found.year is None and found.weekday is None and found.text.startswith("(")
            )

            def resolve(
                found: dates.FoundDate = found, start: int = start, end: int = end
            ) -> Value | None:
                return _explicit(ctx, found, tense_at(text, start, end))

            out.append((start, end, 0, resolve, attach_only))
    return out


def _select(ctx: Context) -> list[_Found]:
    """Non-overlapping expressions: longest first, then the earlier rule."""
    taken: list[_Found] = []
    anchor = ctx.dct.isoformat() if ctx.dct else None
    ordered = sorted(_candidates(ctx), key=lambda c: (c[0] - c[1], c[2], c[0]))
    for start, end, _rule, resolve, attach_only in ordered:
        if any(start < f.end and f.start < end for f in taken):
            continue
        value = resolve()
        if value is None:
            continue
        taken.append(
            _Found(start, end, value, anchor if value.anchored else None, attach_only=attach_only)
        )
    return sorted(taken, key=lambda f: f.start)


def _gap(text: str, left: _Found, right: _Found) -> str:
    return text[left.end : right.start]


_ATTACH_GAP = re.compile(r"\s*,?\s*")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?(?:\s|,)|\n")


def _is_day(found: _Found) -> bool:
    return found.value.type == "DATE" and found.value.day is not None


def _attach_bare_dates(text: str, found: list[_Found]) -> list[_Found]:
    """1. A bare ``(d/m)`` after a relative word gives it its date; alone it is not a date."""
    out: list[_Found] = []
    for item in found:
        if item.attach_only:
            prev = out[-1] if out else None
            if prev and _ATTACH_GAP.fullmatch(_gap(text, prev, item)) and prev.value.day:
                value = item.value
                if prev.value.type == "TIME" and value.day is not None:
                    value = Value("TIME", value.day.isoformat() + prev.value.value[10:], value.day)
                out[-1] = _Found(prev.start, item.end, value, item.anchor)
            continue
        out.append(item)
    return out


def _weekday_then_date(text: str, found: list[_Found]) -> list[_Found]:
    """2. ``Senin malam, 16 September 2019``, ``Rabu tanggal 11 September``: one expression."""
    p = pieces()
    weekday_start = re.compile(rf"(?:(?:{p.day_noun})\s+)?(?:{p.weekday})\b", re.IGNORECASE)
    gap_re = re.compile(rf"\s*,?\s*(?:(?:{p.day_noun})\s+)?", re.IGNORECASE)
    out: list[_Found] = []
    for item in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.value.day is not None
            and item.value.day is not None
            and "/" not in item.value.value
            and text[item.start : item.start + 1].isdigit()
            and not re.search(r"\d", text[prev.start : prev.end])
            and weekday_start.match(text, prev.start)
            and gap_re.fullmatch(_gap(text, prev, item))
        ):
            part = re.search(r"T[A-Z]{2}$", prev.value.value)
            if part and item.value.type == "DATE":
                value = Value("TIME", item.value.value + part.group(0), item.value.day)
            else:
                value = item.value
            out[-1] = _Found(prev.start, item.end, value, item.anchor)
            continue
        out.append(item)
    return out


def _direction_after(ctx: Context, found: list[_Found]) -> list[_Found]:
    """3. ``9 September 2019 lalu``, ``Kamis (26/9) kemarin``, ``1997 silam``: the direction word
    joins the date; a year-less date moves to the year the direction points at."""
    text = ctx.text
    p = pieces()
    after_re = re.compile(rf"\s+({p.direction})(?![\w-])", re.IGNORECASE)
    out: list[_Found] = []
    skip_until = -1
    for item in found:
        if item.start < skip_until:
            continue
        value = item.value.value
        if item.value.type in {"DATE", "TIME"} and not value.endswith("_REF") and "/" not in value:
            match = after_re.match(text, item.end)
            direction = lexicon.directions()[_norm(match.group(1))] if match else None
            if match and direction in {"past", "future"}:
                new_value = item.value
                day = item.value.day
                if day is not None and item.value.anchored and ctx.dct is not None:
                    if direction == "past" and day > ctx.dct:
                        new_value = _replace_year(item.value, day.year - 1)
                    elif direction == "future" and day < ctx.dct:
                        new_value = _replace_year(item.value, day.year + 1)
                skip_until = match.end()
                out.append(replace(item, end=match.end(), value=new_value))
                continue
        out.append(item)
    return out


def _replace_year(value: Value, year: int) -> Value:
    if value.day is None or not dates.valid_date(year, value.day.month, value.day.day):
        return value
    day = value.day.replace(year=year)
    return Value(value.type, day.isoformat() + value.value[10:], day, value.anchored)


def _date_then_time(text: str, found: list[_Found]) -> list[_Found]:
    """4. A date followed by a clock time (``Selasa (17/9/2019) sekira pukul 06.52 WIB``) or a
    part of day (``Selasa (25/7/2023) malam``) is one TIME."""
    p = pieces()
    gap_re = re.compile(rf"\s*,?\s*(?:(?:{p.approx})\s+)?", re.IGNORECASE)
    merged: list[_Found] = []
    for item in found:
        prev = merged[-1] if merged else None
        if (
            prev
            and _is_day(prev)
            and prev.value.day is not None
            and item.value.floating
            and gap_re.fullmatch(_gap(text, prev, item))
        ):
            value = Value(
                "TIME", prev.value.day.isoformat() + item.value.value[10:], prev.value.day
            )
            merged[-1] = _Found(prev.start, item.end, value, prev.anchor)
            continue
        merged.append(item)
    part_re = re.compile(rf"\s+({p.part})(?:\s+(?:{p.day_noun}))?(?![\w-])", re.IGNORECASE)
    for i, item in enumerate(merged):
        if _is_day(item) and item.value.day is not None:
            part = part_re.match(text, item.end)
            if part and not any(o.start < part.end() and part.start() < o.end for o in merged):
                code = lexicon.parts_of_day()[_norm(part.group(1))]
                value = Value("TIME", f"{item.value.day.isoformat()}T{code}", item.value.day)
                merged[i] = _Found(item.start, part.end(), value, item.anchor)
    return merged


def _shift_day(day: dt.date, unit: str, n: int) -> Value:
    if unit == "D":
        target = day + dt.timedelta(days=n)
        return Value("DATE", target.isoformat(), target)
    if unit == "W":
        return Value("DATE", week_value(day + dt.timedelta(weeks=n)))
    if unit == "M":
        year, month = add_months(day, n)
        return Value("DATE", f"{year:04d}-{month:02d}")
    return Value("DATE", f"{day.year + n:04d}")


def _resolve_anaphora(ctx: Context, found: list[_Found]) -> list[_Found]:
    """5. ``tiga hari sebelumnya``, ``keesokan harinya``: counted from the day the text last
    named in the same paragraph; from the publication date when the paragraph named no time
    before; unknown (``XXXX-XX-XX``) when it named only a month or a year."""
    text, dct = ctx.text, ctx.dct
    out: list[_Found] = []
    for item in found:
        if item.value.follows is not None:
            paragraph_start = text.rfind("\n", 0, item.start) + 1
            base = next(
                (
                    o
                    for o in reversed(out)
                    if o.value.day is not None
                    and o.start >= paragraph_start
                    and not o.value.floating
                    and o.value.follows is None
                ),
                None,
            )
            base_day = base.value.day if base is not None else None
            named_before = any(o.start >= paragraph_start for o in out)
            counts_back = item.value.follows[1] < 0
            if base_day is None and not named_before and dct is not None and counts_back:
                base_day = dct  # nothing narrated yet: "sehari sebelumnya" is the news day's eve
            if base_day is not None:
                unit, n = item.value.follows
                shifted = _shift_day(base_day, unit, n)
                value = Value(shifted.type, shifted.value, shifted.day, follows=(unit, n))
                if item.value.type == "TIME" and shifted.day is not None:
                    part = item.value.value[10:]
                    value = Value("TIME", shifted.value + part, shifted.day, follows=(unit, n))
                out.append(replace(item, value=value, anchor=base_day.isoformat()))
                continue
        out.append(item)
    return out


@cache
def _list_gap() -> re.Pattern[str]:
    """What may stand between two items of a list or range (``,``, ``dan``, ``hingga``)."""
    p = pieces()
    return re.compile(
        rf"\s*(?:,|{p.list_join}|{p.until})\s*(?:(?:{p.list_join})\s+)?", re.IGNORECASE
    )


def _inherit_year(text: str, found: list[_Found]) -> list[_Found]:
    """6a. A month or day printed without a year takes the year of the next list item
    (``Januari dan Februari 2020``), else the year named earlier in the same sentence
    (``Tahun 2025 ... yaitu Oktober, November, dan Desember``)."""
    items = list(found)
    for index in range(len(items) - 2, -1, -1):  # right to left: "Oktober, November, Desember 2019"
        item, following = items[index], items[index + 1]
        if _guessed(text, item) and _list_gap().fullmatch(text, item.end, following.start):
            year = re.match(r"(\d{4})-(\d\d)", following.value.value)
            if year and not following.value.anchored:
                # "Natal dan Tahun Baru 2020": December comes before the January that follows
                back = int(item.value.value[5:7]) > int(year.group(2))
                new_year = int(year.group(1)) - back
                items[index] = replace(item, value=_with_year(item.value, new_year))
    out: list[_Found] = []
    for item in items:
        out.append(item)
        if not _guessed(text, item):
            continue
        for prev in reversed(out[:-1]):
            if _SENTENCE_BREAK.search(text, prev.end, item.start):
                break
            year = re.match(r"(\d{4})(?:-\d\d)?(?:-\d\d)?$", prev.value.value)
            if year and not prev.value.anchored:
                out[-1] = replace(item, value=_with_year(item.value, int(year.group(1))))
                break
    return out


def _guessed(text: str, item: _Found) -> bool:
    # a bracketed (d/m) dates the news, not the story's year
    return item.value.year_guessed and "(" not in text[item.start : item.end]


def _with_year(value: Value, year: int) -> Value:
    """``value`` in ``year``, which now comes from the text (no longer a guess)."""
    if value.day is not None:
        moved = _replace_year(value, year)
        return Value(moved.type, moved.value, moved.day)
    return Value(value.type, f"{year:04d}" + value.value[4:])


def _anchor_clock_times(text: str, found: list[_Found]) -> list[_Found]:
    """6. A clock time alone takes the day of the nearest preceding date in its sentence."""
    out = list(found)
    for i, item in enumerate(out):
        if not item.value.floating:
            continue
        for prev in reversed(out[:i]):
            if _SENTENCE_BREAK.search(text, prev.end, item.start):
                break
            if prev.value.day is not None and not prev.value.floating:
                day = prev.value.day.isoformat()
                value = Value("TIME", day + item.value.value[10:], prev.value.day)
                out[i] = _Found(item.start, item.end, value, day)
                break
    return out


def _ranges(text: str, found: list[_Found]) -> list[_Found]:
    """7. ``X hingga Y`` and ``antara X dan Y`` are one range ``X/Y``."""
    p = pieces()
    until_re = re.compile(rf"\s*(?:{p.until})\s*", re.IGNORECASE)
    signals = lexicon.signals()
    and_re = re.compile(rf"\s+(?:{_alternation(signals['and'])})\s+", re.IGNORECASE)
    between_re = re.compile(rf"(?<![\w-])(?:{_alternation(signals['between'])})\s+$", re.I)
    ranged: list[_Found] = []
    for item in found:
        prev = ranged[-1] if ranged else None
        kinds = {"DATE", "TIME"}
        if prev and prev.value.type in kinds and item.value.type in kinds:
            gap = _gap(text, prev, item)
            between = between_re.search(text, max(0, prev.start - 10), prev.start)
            simple = "/" not in prev.value.value and "/" not in item.value.value
            refs = prev.value.value.endswith("_REF") or item.value.value.endswith("_REF")
            joined = until_re.fullmatch(gap) or (between and and_re.fullmatch(gap))
            if simple and not refs and joined:
                start = between.start() if between and and_re.fullmatch(gap) else prev.start
                kind = "TIME" if "TIME" in {prev.value.type, item.value.type} else "DATE"
                first, second = prev.value.value, item.value.value
                zone = re.search(r"[+-]\d\d:\d\d$", second)
                if zone and re.search(r"T\d\d:\d\d$", first):
                    first += zone.group(0)  # "pukul 09.00 hingga 12.00 WIB": one zone for both
                value = Value(kind, f"{first}/{second}")
                ranged[-1] = _Found(start, item.end, value, prev.anchor or item.anchor)
                continue
        ranged.append(item)
    return ranged


def _since_and_mods(ctx: Context, found: list[_Found]) -> list[_Found]:
    """8. ``sejak X``: from X to now; ``awal/akhir/pertengahan X``: a mod (``akhir pekan``: the
    weekend)."""
    text = ctx.text
    p = pieces()
    since_re = re.compile(rf"(?<![\w-])(?:{p.since})\s+$", re.IGNORECASE)
    mod_re = re.compile(rf"(?<![\w-])({p.modifier})\s+$", re.IGNORECASE)
    result: list[_Found] = []
    for original in found:
        item = original
        before = text[max(0, item.start - 20) : item.start]
        mod = mod_re.search(before)
        if mod and item.value.type == "DATE" and not item.value.value.endswith("_REF"):
            code = lexicon.modifiers()[_norm(mod.group(1))]
            start = item.start - (len(before) - mod.start())
            value = item.value
            if code == "END" and re.fullmatch(r"(?:\d{4}|XXXX)-W(?:\d\d|XX)", value.value):
                value = Value("DATE", value.value + "-WE", None, value.anchored)  # weekend
                item = replace(item, start=start, value=value)
            else:
                item = replace(item, start=start, mod=code)
            before = text[max(0, item.start - 20) : item.start]
        since = since_re.search(before)
        kinds = {"DATE", "TIME"}
        if since and item.value.type in kinds and not item.value.value.endswith("_REF"):
            start = item.start - (len(before) - since.start())
            value = item.value
            if "/" not in value.value:
                value = Value(value.type, value.value + "/PRESENT_REF", value.day, value.anchored)
            anchor = item.anchor or (ctx.dct.isoformat() if ctx.dct else None)
            item = replace(item, start=start, value=value, anchor=anchor)
        result.append(item)
    return result


def _merge(ctx: Context, found: list[_Found]) -> list[_Found]:
    """Merge neighbouring expressions, in the numbered order of the module docstring."""
    text = ctx.text
    found = _attach_bare_dates(text, found)
    found = _weekday_then_date(text, found)
    found = _direction_after(ctx, found)
    found = _date_then_time(text, found)
    found = _resolve_anaphora(ctx, found)
    found = _inherit_year(text, found)
    found = _anchor_clock_times(text, found)
    found = _ranges(text, found)
    return _since_and_mods(ctx, found)


def tag(text: str, dct: dt.date | str | None = None) -> list[TimeExpression]:
    """Temporal expressions in ``text``, left to right, resolved against ``dct``.

    ``dct`` is the document creation (publication) date, a ``date`` or an ISO string; without
    it, relative expressions get ``X`` placeholders (``XXXX-07-27``, ``XXXX-WXX``).
    """
    ctx = Context(text, _anchor_date(dct))
    found = _merge(ctx, _select(ctx))
    return [
        TimeExpression(
            text=text[f.start : f.end],
            start=f.start,
            end=f.end,
            type=f.value.type,
            value=f.value.value,
            anchor=f.anchor,
            mod=f.mod,
        )
        for f in found
    ]
