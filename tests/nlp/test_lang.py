"""Language data of the NLP pipeline: abbreviations.tsv and clitics.tsv load and are valid."""

from __future__ import annotations

import pytest

from warta.langdata import LanguageDataError, data_path
from warta.nlp.lang import ABBREVIATION_KINDS, abbreviations, clitic_rules, east_asian_names


def test_abbreviations_are_unique_and_well_formed() -> None:
    entries = abbreviations()
    forms = [a.form for a in entries]
    assert len(forms) == len(set(forms))
    assert {a.kind for a in entries} <= ABBREVIATION_KINDS
    for entry in entries:
        assert entry.expansion.strip() == entry.expansion
        if entry.kind in {"title", "abbrev"}:
            assert entry.form.endswith(".")


def test_abbreviations_cover_the_issue_list() -> None:
    forms = {a.form for a in abbreviations()}
    for form in ["Menhan", "Menlu", "Kemhan", "Kemlu", "Korut", "Korsel", "AS", "RI", "TNI"]:
        assert form in forms
    for form in ["Polri", "Jl.", "No.", "dll.", "Rp"]:
        assert form in forms


def test_abbreviation_file_cites_its_source() -> None:
    header = data_path("abbreviations.tsv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("#")


def test_clitic_file_is_lower_case_and_unique() -> None:
    lines = [
        line
        for line in data_path("clitics.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert len(lines) == len(set(lines))
    for line in lines:
        _kind, value = line.split("\t")
        assert value == value.lower() and value.isalpha(), line


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("rumahnya", ("rumah", "nya")),
        ("menyetujuinya", ("menyetujui", "nya")),
        ("Apakah", ("Apa", "kah")),
        ("inilah", ("ini", "lah")),
        ("bukanlah", ("bukan", "lah")),
        ("hanya", None),
        ("punya", None),
        ("bertanya", None),
        ("biasanya", None),
        ("adalah", None),
        ("telah", None),
        ("sekolah", None),
        ("masalah", None),
        ("langkah", None),
        ("KPKnya", ("KPK", "nya")),
        ("katanya", ("kata", "nya")),
        ("usahanya", ("usaha", "nya")),
        ("semuanya", ("semua", "nya")),
        ("lainnya", None),
        ("bahwasanya", None),
        ("ditanya", None),
        ("cita-citanya", ("cita-cita", "nya")),
        ("APBD-nya", None),
        ("ataupun", ("atau", "pun")),
        ("Apapun", ("Apa", "pun")),
        ("walaupun", None),
        ("maupun", None),
        ("NYA", None),
        ("Jong-un", None),
    ],
)
def test_clitic_split(word: str, expected: tuple[str, str] | None) -> None:
    assert clitic_rules().split(word) == expected


def test_bad_kind_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.nlp import lang

    monkeypatch.setattr(lang, "read_rows", lambda name, columns, lang_: [("x.", "weird", "y")])
    lang.abbreviations.cache_clear()
    try:
        with pytest.raises(LanguageDataError, match="unknown kind"):
            lang.abbreviations("zz")
    finally:
        lang.abbreviations.cache_clear()


def test_clitic_without_a_host_kind_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    from warta.nlp import lang

    rows = [("clitic", "nya"), ("clitic", "tah"), ("host", "apa")]
    monkeypatch.setattr(lang, "read_rows", lambda name, columns, lang_: rows)
    lang.clitic_rules.cache_clear()
    try:
        with pytest.raises(LanguageDataError, match="no host kind"):
            lang.clitic_rules("zz")
    finally:
        lang.clitic_rules.cache_clear()


def test_east_asian_names_load_per_origin() -> None:
    names = east_asian_names()
    assert set(names.families) == {"korean", "chinese"}
    assert "Kang" in names.families["korean"] and "Xi" in names.families["chinese"]
    for origin in ("korean", "chinese"):
        assert len(set(names.families[origin])) == len(names.families[origin])
        assert len(names.syllables[origin]) >= 10
        assert all(w.isalpha() and w == w.capitalize() for w in names.syllables[origin])
