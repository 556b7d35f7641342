"""Tense per clause and the time expression that governs a span."""

from __future__ import annotations

import pytest

from warta.time import governing_time, tag, tense_at
from warta.time.tense import clauses, sentences


@pytest.mark.parametrize(
    ("sentence", "word", "tense"),
    [
        ("Shoigu akan melihat parade militer di Pyongyang.", "melihat", "future"),
        ("Presiden hendak berkunjung ke Papua.", "berkunjung", "future"),
        ("Kemhan berencana membeli kapal selam.", "membeli", "future"),
        ("Sidang dijadwalkan digelar pekan depan.", "digelar", "future"),
        ("Korea Utara telah mengakui Crimea.", "mengakui", "past"),
        ("KPK sudah menetapkan tersangka.", "menetapkan", "past"),
        ("Pyongyang tidak pernah menandatangani perjanjian damai.", "menandatangani", "past"),
        ("Polisi sedang memeriksa saksi.", "memeriksa", "ongoing"),
        ("Akan tetapi, usulan itu ditolak.", "ditolak", None),
        ("Kim memuji rakyat Rusia.", "memuji", None),
    ],
)
def test_tense_markers(sentence: str, word: str, tense: str | None) -> None:
    start = sentence.index(word)
    assert tense_at(sentence, start, start + len(word)) == tense


def test_clauses_carry_their_own_tense() -> None:
    text = "Shoigu telah tiba di Pyongyang; ia akan melihat parade militer."
    assert [c.tense for c in clauses(text)] == ["past", "future"]


def test_governing_time_prefers_the_same_clause_then_the_nearest_preceding() -> None:
    text = (
        "Dalam pernyataan pada Selasa (25/7/2023), Kemhan mengatakan delegasi akan berkunjung "
        "dari 25 hingga 27 Juli. Kunjungan itu membahas kerja sama."
    )
    expressions = tag(text, "2023-07-25")
    visit = text.index("berkunjung")
    governing = governing_time(expressions, text, visit, visit + len("berkunjung"))
    assert governing is not None and governing.text == "25 hingga 27 Juli"
    said = text.index("mengatakan")
    governing = governing_time(expressions, text, said, said + len("mengatakan"))
    assert governing is not None and governing.text == "Selasa (25/7/2023)"
    discuss = text.index("membahas")
    assert governing_time(expressions, text, discuss, discuss + 8) is not None


def test_durations_never_govern() -> None:
    text = "Konflik selama tiga tahun itu berakhir."
    expressions = tag(text, "2023-07-25")
    end = text.index("berakhir")
    assert [e.type for e in expressions] == ["DURATION"]
    assert governing_time(expressions, text, end, end + 8) is None


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "Ketua Presidium IPW Neta S. Pane meminta DPR menutup kuping. Lalu ia pergi.",
            ["Ketua Presidium IPW Neta S. Pane meminta DPR menutup kuping", "Lalu ia pergi."],
        ),
        (
            "Rapat di Jl. Sudirman No. 5 dihadiri Prof. Dr. Mahfud MD. Dia datang pagi.",
            ["Rapat di Jl. Sudirman No. 5 dihadiri Prof. Dr. Mahfud MD", "Dia datang pagi."],
        ),
        ("Shoigu tiba di AS. Ia bertemu Menhan.", ["Shoigu tiba di AS", "Ia bertemu Menhan."]),
    ],
)
def test_initials_and_titles_end_no_sentence(text: str, pieces: list[str]) -> None:
    assert [text[a:b] for a, b in sentences(text)] == pieces
