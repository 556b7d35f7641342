"""Rule sentence segmentation (newlines, datelines, final punctuation, quotes, abbreviations)."""

from __future__ import annotations

from typing import Any

from tests.nlp.conftest import SEED_HEADER, SEED_KIM, SEED_QUOTE


def sentences(nlp: Any, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def test_header_lines_stay_apart(rules_nlp: Any) -> None:
    result = sentences(rules_nlp, SEED_HEADER)
    assert result[:4] == [
        "Minggu, 19 Mei 2024",
        "Pererat Hubungan Pertahanan, Menhan Rusia Berkunjung ke Korea Utara",
        "BACA JUGA",
        "Jakarta, IDM –",
    ]
    assert result[4].startswith("Menteri Pertahanan (Menhan) Rusia Sergei Shoigu")
    assert result[4].endswith("beberapa waktu lalu.")
    assert result[5].startswith("Pertemuan itu merupakan")


def test_dateline_in_capitals_is_its_own_sentence(rules_nlp: Any) -> None:
    result = sentences(rules_nlp, "MOSKOW - Menteri Pertahanan Rusia tiba. Dia disambut.")
    assert result == ["MOSKOW -", "Menteri Pertahanan Rusia tiba.", "Dia disambut."]


def test_two_sentences_on_one_line(rules_nlp: Any) -> None:
    result = sentences(rules_nlp, SEED_KIM)
    assert len(result) == 2
    assert result[1].startswith("Pada tahun 2019, Pemimpin Korea Utara Kim Jong-un")


def test_no_split_inside_quotes(rules_nlp: Any) -> None:
    text = "“Saya senang. Saya yakin pembicaraan ini berguna,” kata Shoigu. Nam setuju."
    assert sentences(rules_nlp, text) == [
        "“Saya senang. Saya yakin pembicaraan ini berguna,” kata Shoigu.",
        "Nam setuju.",
    ]
    assert len(sentences(rules_nlp, SEED_QUOTE)) == 1


def test_no_split_after_titles(rules_nlp: Any) -> None:
    text = "Kantor itu di Jl. Merdeka No. 3 dipimpin Dr. Budi. Ia datang pukul 10.00 WIB."
    assert sentences(rules_nlp, text) == [
        "Kantor itu di Jl. Merdeka No. 3 dipimpin Dr. Budi.",
        "Ia datang pukul 10.00 WIB.",
    ]


def test_lower_case_after_period_does_not_split(rules_nlp: Any) -> None:
    assert len(sentences(rules_nlp, "Nilainya 3. dan seterusnya naik.")) == 1


def test_no_split_after_initials_but_after_abbreviations(rules_nlp: Any) -> None:
    text = "Presiden Susilo B. Yudhoyono membawa bom, granat, dll. Polisi datang."
    assert sentences(rules_nlp, text) == [
        "Presiden Susilo B. Yudhoyono membawa bom, granat, dll.",
        "Polisi datang.",
    ]
