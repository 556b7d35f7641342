"""Datelines, cited sources, date candidates and the publication-date choice."""

from __future__ import annotations

import datetime as dt

import pytest

from warta.clean import metadata as meta
from warta.records import DateCandidate


@pytest.mark.parametrize(
    ("paragraph", "place", "tag"),
    [
        (
            "MOSKOW - Menteri Pertahanan (Menhan) Rusia Sergey Shoigu akan melakukan perjalanan.",
            "MOSKOW",
            None,
        ),
        (
            "Jakarta, IDM – Menteri Pertahanan (Menhan) Rusia Sergei Shoigu melakukan pertemuan.",
            "Jakarta",
            "IDM",
        ),
        (
            "JAKARTA, KOMPAS.com - Presiden Joko Widodo meminta DPR menunda pengesahan RKUHP.",
            "JAKARTA",
            "KOMPAS.com",
        ),
        (
            "Jakarta (ANTARA) - Kepolisian Daerah Papua menangkap 12 orang terkait kerusuhan.",
            "Jakarta",
            "ANTARA",
        ),
        (
            "Liputan6.com, Jakarta - Komisi Pemberantasan Korupsi menetapkan Imam Nahrawi tersangka.",
            "Jakarta",
            "Liputan6.com",
        ),
        (
            "TEMPO.CO, Jakarta - Ribuan mahasiswa berunjuk rasa di depan Gedung DPR.",
            "Jakarta",
            "TEMPO.CO",
        ),
        (
            "Jakarta, CNN Indonesia -- Mahasiswa kembali menggelar aksi di depan DPR.",
            "Jakarta",
            "CNN Indonesia",
        ),
        (
            "Jakarta - Presiden ketiga RI BJ Habibie masih menjalani perawatan intensif.",
            "Jakarta",
            None,
        ),
    ],
)
def test_find_dateline_reads_place_and_outlet_tag(
    paragraph: str, place: str, tag: str | None
) -> None:
    dateline = meta.find_dateline(paragraph)
    assert dateline is not None
    assert (dateline.place, dateline.tag) == (place, tag)
    assert paragraph[dateline.end :][:1].isupper()


@pytest.mark.parametrize(
    "paragraph",
    [
        "Kunjungan ini akan membantu memperkuat hubungan militer Rusia-Korea Utara.",
        "Presiden Joko Widodo - yang baru kembali dari Bogor - meminta DPR menunda RKUHP.",
        "Konflik tersebut merenggut sekitar 3 juta nyawa.",
    ],
)
def test_find_dateline_ignores_sentences(paragraph: str) -> None:
    assert meta.find_dateline(paragraph) is None


def test_cited_sources() -> None:
    paragraphs = [
        "Dilansir dari Tass, laman resmi media Rusia, Kamis (27/7), kunjungan Shoigu dilakukan.",
        "Seperti dikutip dari Reuters, pejabat itu membantah.",
        "melansir Yonhap News Agency, Senin.",
    ]
    assert meta.cited_sources(paragraphs) == ("Tass", "Reuters", "Yonhap News Agency")


def test_field_candidates_read_metadata_and_url_dates() -> None:
    fields = {
        "date": "Oktober 19, 2019",
        "time": "12:38",
        "url": "https://nasional.kompas.com/read/2019/10/18/14300001/judul",
    }
    found = {(c.role, c.value) for c in meta.field_candidates(fields)}
    assert found == {("metadata", "2019-10-19T12:38"), ("url", "2019-10-18")}


def test_lead_weekday_date_is_placed_by_the_calendar() -> None:
    reference = dt.date(2024, 5, 19)
    (candidate,) = meta.lead_candidates(
        [(0, "Dilansir dari Tass, Kamis (27/7), kunjungan Shoigu.")], reference
    )
    assert candidate.value == "2023-07-27"
    assert dt.date.fromisoformat(candidate.value).isoweekday() == 4  # Thursday, by the calendar


def test_lead_date_with_a_wrong_weekday_is_not_evidence() -> None:
    # 25 July 2023 was a Tuesday, not a Monday
    assert dt.date(2023, 7, 25).isoweekday() == 2
    assert (
        meta.lead_candidates(
            [(0, "Dalam pernyataan pada Senin (25/7/2023), Kemhan berkata.")], None
        )
        == []
    )


def test_published_is_only_a_stated_or_weekday_fixed_date() -> None:
    from warta.time.dct import choose_publication_date

    header = DateCandidate("Minggu, 19 Mei 2024", "2024-05-19", "page_header")
    lead = DateCandidate("Kamis (27/7)", "2023-07-27", "lead_weekday")
    field = DateCandidate("2023-07-28", "2023-07-28", "metadata")
    plain = DateCandidate("27 Juli 1953", "1953-07-27", "lead")
    assert choose_publication_date([header], estimate=False)[0] is None
    assert choose_publication_date([header, plain], estimate=False)[0] is None
    assert choose_publication_date([header, lead], estimate=False)[0] == "2023-07-27"
    assert choose_publication_date([lead, field, header], estimate=False)[0] == "2023-07-28"
