"""The time stage's language data files load, validate and reject malformed entries."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from warta.langdata import LanguageDataError
from warta.time import lexicon
from warta.time.tagger import parse_count

LOADERS: list[Callable[[], Any]] = [
    lexicon.number_words,
    lexicon.units,
    lexicon.relatives,
    lexicon.directions,
    lexicon.parts_of_day,
    lexicon.modifiers,
    lexicon.tense_markers,
    lexicon.zones,
    lexicon.signals,
    lexicon.periods,
    lexicon.holidays,
    lexicon.ordinals,
]


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    for loader in LOADERS:
        loader.cache_clear()  # type: ignore[attr-defined]
    yield
    for loader in LOADERS:
        loader.cache_clear()  # type: ignore[attr-defined]


@pytest.mark.parametrize("loader", LOADERS, ids=lambda f: f.__name__)
def test_every_file_loads_and_is_not_empty(loader: Callable[[], Any]) -> None:
    assert loader()


def test_entries_are_lower_case_and_single_spaced() -> None:
    for table in (
        lexicon.units(),
        lexicon.relatives(),
        lexicon.directions(),
        lexicon.tense_markers(),
    ):
        for key in table:
            assert key == key.lower() == " ".join(key.split())


def test_word_lists_hold_what_the_issue_needs() -> None:
    assert lexicon.relatives()["kemarin"].offset == -1
    assert lexicon.relatives()["lusa"].offset == 2
    assert lexicon.directions()["mendatang"] == "future"
    assert lexicon.parts_of_day()["malam"] == "NI"
    assert lexicon.zones()["WITA"] == "+08:00"
    assert {lexicon.tense_markers()[w] for w in ("akan", "hendak", "berencana", "dijadwalkan")} == {
        "future"
    }
    assert {lexicon.tense_markers()[w] for w in ("telah", "sudah", "pernah")} == {"past"}
    assert lexicon.tense_markers()["sedang"] == "ongoing"


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("tiga", "3"),
        ("sebelas", "11"),
        ("dua belas", "12"),
        ("dua puluh lima", "25"),
        ("seratus", "100"),
        ("dua ribu", "2000"),
        ("beberapa", "X"),
        ("satu atau dua", "X"),
        ("17", "17"),
        ("1,5", "1.5"),
    ],
)
def test_number_words(words: str, value: str) -> None:
    assert parse_count(words) == value


def test_duplicate_entries_are_rejected(
    monkeypatch: pytest.MonkeyPatch, fresh_caches: None
) -> None:
    monkeypatch.setattr(
        lexicon, "read_rows", lambda name, columns, lang: [("lalu", "past"), ("lalu", "past")]
    )
    with pytest.raises(LanguageDataError, match="duplicate"):
        lexicon.directions()


def test_unknown_values_are_rejected(monkeypatch: pytest.MonkeyPatch, fresh_caches: None) -> None:
    monkeypatch.setattr(
        lexicon, "read_rows", lambda name, columns, lang: [("kemarin", "yesterday")]
    )
    with pytest.raises(LanguageDataError, match="unknown value"):
        lexicon.directions()
    monkeypatch.setattr(lexicon, "read_rows", lambda name, columns, lang: [("WIB", "7")])
    with pytest.raises(LanguageDataError, match="bad offset"):
        lexicon.zones()


def test_upper_case_entries_are_rejected(
    monkeypatch: pytest.MonkeyPatch, fresh_caches: None
) -> None:
    monkeypatch.setattr(lexicon, "read_rows", lambda name, columns, lang: [("Hari", "D")])
    with pytest.raises(LanguageDataError, match="lower case"):
        lexicon.units()


def test_trie_regex_matches_exactly_its_words() -> None:
    import re

    pattern = re.compile("(?:" + lexicon.trie_regex(["pekan", "pe", "pagi", "malam"]) + r")\Z")
    for word in ("pekan", "pe", "pagi", "malam"):
        assert pattern.match(word)
    for word in ("pek", "pagii", "mala", ""):
        assert not pattern.match(word)


def test_holidays_are_real_calendar_days() -> None:
    import datetime as dt

    for name, holiday in lexicon.holidays().items():
        # every fixed holiday exists in a leap year and a common year
        for year in (2023, 2024):
            assert dt.date(year, holiday.month, holiday.day), name
    assert lexicon.holidays()["hari kemerdekaan"].month == 8
    assert "mandailing" in lexicon.holidays()["natal"].not_after


def test_every_signal_role_is_used_and_nouns_are_units_or_names() -> None:
    signals = lexicon.signals()
    assert set(signals) == set(lexicon.SIGNAL_ROLES)
    for role in ("month_noun", "year_noun", "week_noun"):
        assert signals[role] <= set(lexicon.units())
