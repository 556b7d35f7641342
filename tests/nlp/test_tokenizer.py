"""The Indonesian news tokenizer (rules and clitic splitting; no trained weights needed)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import warta.nlp.tokenizer
from tests.nlp.conftest import SEED_KIM, SEED_QUOTE, SEED_SHOIGU


def words(nlp: Any, text: str) -> list[str]:
    return [t.text for t in nlp.make_doc(text) if not t.is_space]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "pada Selasa (25/7/2023), Kemhan",
            ["pada", "Selasa", "(", "25/7/2023", ")", ",", "Kemhan"],
        ),
        ("Kamis (27/7) lalu", ["Kamis", "(", "27/7", ")", "lalu"]),
        ("pukul 10.00 WIB.", ["pukul", "10.00", "WIB", "."]),
        # the full stop of a title, an abbreviation or an initial is its own token, as in UD
        ("di Jl. Sudirman No. 5", ["di", "Jl", ".", "Sudirman", "No", ".", "5"]),
        ("bom, granat, dll. Polisi", ["bom", ",", "granat", ",", "dll", ".", "Polisi"]),
        ("Susilo B. Yudhoyono", ["Susilo", "B", ".", "Yudhoyono"]),
        ("K.H. Ma'ruf Amin", ["K.H", ".", "Ma'ruf", "Amin"]),
        ("senilai Rp10.000 untuk", ["senilai", "Rp", "10.000", "untuk"]),
        ("Kim Jong-un dan badan-badan", ["Kim", "Jong-un", "dan", "badan-badan"]),
        ("peringatan ke-70", ["peringatan", "ke-70"]),
        (
            "Menhan AS, Menlu RI, TNI dan Polri",
            ["Menhan", "AS", ",", "Menlu", "RI", ",", "TNI", "dan", "Polri"],
        ),
        ("JAKARTA—Presiden", ["JAKARTA", "—", "Presiden"]),
        ("Jakarta, IDM – Menteri", ["Jakarta", ",", "IDM", "–", "Menteri"]),
        ("berkata,”Ya” ujarnya.", ["berkata", ",", "”", "Ya", "”", "ujar", "nya", "."]),
        ("“Saya yakin,” kata Shoigu.", ["“", "Saya", "yakin", ",", "”", "kata", "Shoigu", "."]),
        ("Apakah rumahnya besar?", ["Apa", "kah", "rumah", "nya", "besar", "?"]),
        ("Inilah hanya biasanya", ["Ini", "lah", "hanya", "biasanya"]),
        ("katanya, bertanya", ["kata", "nya", ",", "bertanya"]),
        ("anak-anaknya ataupun apapun", ["anak-anak", "nya", "atau", "pun", "apa", "pun"]),
        ("``Apa #pemilu menit 40′", ["``", "Apa", "#", "pemilu", "menit", "40", "′"]),
        ("JAKARTA -- Presiden", ["JAKARTA", "--", "Presiden"]),
    ],
)
def test_news_tokens(rules_nlp: Any, text: str, expected: list[str]) -> None:
    assert words(rules_nlp, text) == expected


def test_seed_sentences_keep_names_and_dates(rules_nlp: Any) -> None:
    tokens = words(rules_nlp, SEED_SHOIGU + " " + SEED_QUOTE + " " + SEED_KIM)
    for token in ["Menhan", "Korut", "Jong-un", "25/7/2023", "Kemhan", "Vladivostok"]:
        assert token in tokens
    assert "berakhir" in tokens and "nya" in tokens


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aAnyk lh.,-–“”\"'(25/7)\n")), max_size=60))
def test_offsets_round_trip(rules_nlp: Any, text: str) -> None:
    doc = rules_nlp.make_doc(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text


REDUNDANCY_TEXTS = [
    SEED_SHOIGU,
    SEED_QUOTE,
    SEED_KIM,
    "Anak-anak dan ibu-ibu, bapak-bapak; kupu-kupu. (Jl. Sudirman No. 5, dll.)",
    "Tanggal 5 Jan. 2024\nJAKARTA – Presiden\tberkata: “anak-anaknya pulang.”",
    "do'a a.n. Budi :) 10°C. ya",
]


def test_dropping_redundant_special_cases_changes_no_token(rules_nlp: Any) -> None:
    vocab = rules_nlp.vocab
    everything = warta.nlp.tokenizer._rule_tokenizer(vocab, warta.nlp.tokenizer._special_cases())
    kept = warta.nlp.tokenizer.needed_special_cases(vocab)
    assert len(kept) < len(warta.nlp.tokenizer._special_cases()) / 10
    assert {"dll.", "Jl.", "No.", "Jan."} <= set(kept)
    assert "anak-anak" not in kept and "\n" not in kept
    pruned = warta.nlp.tokenizer.base_tokenizer(vocab)
    for text in REDUNDANCY_TEXTS:
        expected = [(t.idx, t.text, t.norm_) for t in everything(text)]
        assert [(t.idx, t.text, t.norm_) for t in pruned(text)] == expected


def test_cached_clitic_splits_give_the_same_tokens_again(rules_nlp: Any) -> None:
    text = "Rumahnya besar. Apakah rumahnya jauh? Rumahnya!"
    first = words(rules_nlp, text)
    assert first == words(rules_nlp, text)
    rules_nlp.tokenizer.reset_caches()
    assert words(rules_nlp, text) == first
    assert first.count("nya") == 3
