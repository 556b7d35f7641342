"""Every language data file loads, and its entries are unique, normalised and valid."""

from __future__ import annotations

import re

import pytest

from warta import langdata
from warta.clean import rules


def test_boilerplate_rules_are_unique_and_compile() -> None:
    seen = set()
    for rule in langdata.boilerplate_rules():
        key = (rule.kind, rule.pattern.lower())
        assert key not in seen, key
        seen.add(key)
        if rule.kind == "regex":
            re.compile(rule.pattern)
        else:
            assert rule.pattern == rule.pattern.strip() and "  " not in rule.pattern


def test_boilerplate_exact_entries_never_match_a_real_sentence() -> None:
    sentence = "Presiden Joko Widodo meminta DPR menunda pengesahan RKUHP, Jumat (20/9/2019)."
    assert rules.markers().match(sentence) is None
    assert not rules.markers().is_section(sentence)
    assert rules.markers().related_header(sentence) is None


@pytest.mark.parametrize(
    "loader",
    [
        langdata.months,
        langdata.weekdays,
        langdata.credit_labels,
        langdata.date_labels,
        langdata.citation_cues,
    ],
)
def test_word_lists_are_lower_case(loader: object) -> None:
    entries = loader()  # type: ignore[operator]
    keys = list(entries)
    assert keys and all(k == k.lower().strip() for k in keys)


def test_months_and_weekdays_cover_the_calendar() -> None:
    assert set(langdata.months().values()) == set(range(1, 13))
    assert set(langdata.weekdays().values()) == set(range(1, 8))


def test_outlets_resolve_domains_and_tags() -> None:
    outlets = langdata.outlets()
    assert outlets.from_url("https://nasional.kompas.com/read/2019/09/20/x") == "Kompas"
    assert outlets.from_url("kapanlagi.com") == "Kapanlagi"
    assert outlets.from_tag("KOMPAS.com") == "Kompas"
    assert outlets.from_tag("IDM") == "Indonesia Defense Magazine"
    assert outlets.from_url("https://example.org/") is None


def test_variety_markers_do_not_overlap_and_function_words_exist() -> None:
    markers = langdata.variety_markers()
    assert markers["id"] and markers["ms"] and not markers["id"] & markers["ms"]
    assert {"id", "en"} <= langdata.function_words().keys()


def test_malformed_data_file_names_file_and_line(
    tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    bad = Path(str(tmp_path)) / "months.tsv"
    bad.write_text("# header\njanuari\t1\nfebruari\n", encoding="utf-8")
    monkeypatch.setattr(langdata, "data_path", lambda name, lang=langdata.LANG: bad)
    with pytest.raises(langdata.LanguageDataError, match=r"months.tsv:3"):
        langdata.read_rows("months.tsv", 2)
