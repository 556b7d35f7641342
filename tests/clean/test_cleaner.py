"""Cleaner rules on realistic Indonesian page text."""

from __future__ import annotations

from warta.clean.cleaner import PageInput, body_hash, clean, segments
from warta.records import Article, rebuild_source

BODY = [
    "JAKARTA, KOMPAS.com - Presiden Joko Widodo meminta DPR menunda pengesahan RKUHP yang menuai protes dari mahasiswa di berbagai daerah.",
    "Jokowi menyampaikan permintaan itu di Istana Bogor, Jumat (20/9/2019), setelah bertemu sejumlah menteri.",
    '"Saya minta pengesahan RKUHP ditunda dan tidak disahkan oleh DPR periode ini," kata Jokowi.',
    "Menurut Jokowi, masih ada 14 pasal yang perlu didalami lagi oleh pemerintah bersama DPR.",
]


def _page(lines: list[str], title: str | None = None, body_only: bool = False) -> PageInput:
    text = "\n".join(lines)
    return PageInput(
        source="test", raw_id="0" * 64, text=text, title_hint=title, body_only=body_only
    )


def _clean(lines: list[str], **kwargs: object) -> Article:
    return clean(_page(lines, **kwargs))  # type: ignore[arg-type]


def test_clean_drops_inline_related_links() -> None:
    lines = [
        BODY[0],
        "Baca juga: Mahasiswa Demo Tolak RKUHP di Depan Gedung DPR",
        BODY[1],
        "BACA JUGA",
        "Polisi Amankan 94 Orang Usai Demo Ricuh",
        BODY[2],
        'Simak juga Video "Jokowi Minta RKUHP Ditunda"',
        BODY[3],
    ]
    article = _clean(lines)
    assert article.paragraph_texts() == BODY
    assert [r.reason for r in article.removed if r.reason != "whitespace"] == ["related_link"] * 4


def test_clean_drops_ads_share_and_tag_lines() -> None:
    lines = [
        "ADVERTISEMENT",
        BODY[0],
        "SCROLL TO CONTINUE WITH CONTENT",
        BODY[1],
        "Bagikan",
        "Facebook",
        "Twitter",
        "WhatsApp",
        BODY[2],
        BODY[3],
        "Tag: RKUHP, DPR, Jokowi",
    ]
    assert _clean(lines).paragraph_texts() == BODY


def test_clean_cuts_trailing_sections_with_their_teasers() -> None:
    lines = [
        *BODY,
        "BERITA TERKAIT",
        "Menteri Pertahanan Prabowo Subianto memberikan bantuan untuk korban banjir, Kamis (16/5).",
        "TERPOPULER",
        "Harga Emas Antam Hari Ini Naik Rp 2.000",
    ]
    article = _clean(lines)
    assert article.paragraph_texts() == BODY
    assert {r.reason for r in article.removed if r.reason != "whitespace"} == {"trailing_section"}


def test_clean_removes_repeated_body_block() -> None:
    article = _clean(["Judul Berita yang Diulang Dua Kali di Halaman", *BODY, *BODY[1:]])
    assert article.paragraph_texts() == BODY
    assert article.title == "Judul Berita yang Diulang Dua Kali di Halaman"


def test_clean_keeps_list_items_between_paragraphs_but_not_trailing_tags() -> None:
    lines = [
        BODY[0],
        "Kulit kering",
        "Kulit terasa kasar",
        BODY[1],
        "Tag",
        "RKUHP",
        "demo mahasiswa",
    ]
    article = _clean(lines)
    assert article.paragraph_texts() == [BODY[0], "Kulit kering", "Kulit terasa kasar", BODY[1]]


def test_clean_reads_credits_captions_and_editor_initials() -> None:
    lines = [
        "Jokowi Minta Pengesahan RKUHP Ditunda",
        "Penulis: Ihsanuddin | Editor: Krisiandi",
        "Jumat, 20 September 2019 | 14:05 WIB",
        "Ilustrasi. ANTARA FOTO/Hafidz Mubarak A/foc.",
        BODY[0],
        BODY[1] + " (sya)",
    ]
    article = _clean(lines)
    assert article.paragraph_texts() == [BODY[0], BODY[1]]
    assert article.authors == ("Ihsanuddin",)
    assert article.editors == ("Krisiandi", "sya")
    assert article.published == "2019-09-20T14:05"
    assert article.published_reason is not None and article.published_reason.startswith("byline")


def test_clean_masthead_date_before_title_is_the_page_date() -> None:
    lines = ["Minggu, 19 Mei 2024", "Jokowi Minta Pengesahan RKUHP Ditunda", *BODY]
    article = _clean(lines)
    assert article.page_date == "2024-05-19"
    assert article.published == "2019-09-20"  # Jumat (20/9/2019) in the lead, weekday checked
    assert article.published_reason == "lead date with matching weekday: 'Jumat (20/9/2019)'"


def test_clean_splits_comma_glued_paragraphs_of_record_bodies() -> None:
    glued = ",".join(BODY) + ",,,"
    article = _clean([glued], body_only=True)
    assert article.paragraph_texts() == BODY
    assert rebuild_source(article) == glued


def test_clean_record_body_short_first_line_is_body_not_navigation() -> None:
    article = _clean(["Bocah tersebut berinisial AR (3)."], title="Bocah Hilang", body_only=True)
    assert article.paragraph_texts() == ["Bocah tersebut berinisial AR (3)."]


def test_clean_page_with_only_chrome_is_a_coded_error() -> None:
    import pytest

    from warta.errors import WartaError

    with pytest.raises(WartaError) as error:
        _clean(["loading...", "A", "A", "Bagikan", "BERITA TERBARU"])
    assert error.value.code.value == "W111"


def test_segments_cover_lines_without_their_whitespace() -> None:
    text = "  satu dua  \n\n tiga\n"
    assert [text[s.start : s.end] for s in segments(text)] == ["satu dua", "tiga"]


def test_body_hash_ignores_case_spacing_and_punctuation() -> None:
    assert body_hash("Presiden  Jokowi, hari ini.") == body_hash("presiden jokowi hari ini")
    assert body_hash("Presiden Jokowi") != body_hash("Presiden Prabowo")


def test_record_bodies_keep_sentences_that_only_look_like_chrome() -> None:
    lines = [
        BODY[0],
        "Foto-foto bocah ini viral dan membuat haru netizen turut larut merasakan kesedihan sang bocah.",
        "Jamal, Selasa (10/9/2019).",
        "Baca Juga:,Keputusan Jefri Nichol mengkonsumsi narkoba dilatarbelakangi masalah gangguan tidur yang dia alami selama berbulan-bulan karena jadwal syuting yang padat dan tekanan pekerjaan yang terus meningkat",
        "Lucinta Luna memutuskan memeriksakan dirinya ke dokter ginekologi melalui pemeriksaan",
    ]
    article = _clean(lines, title="Judul", body_only=True)
    assert article.paragraph_texts() == lines


def test_page_teasers_are_title_case_headlines_not_cut_sentences() -> None:
    cut = "Tempat pertama yang mereka sambangi adalah stasiun yang tidak memadai bagi penumpang"
    teaser = "Kemenhub Anggarkan Rp2,9 T untuk 5 Destinasi Wisata Super Prioritas"
    assert _clean([*BODY, cut]).paragraph_texts() == [*BODY, cut]
    assert _clean([*BODY, teaser]).paragraph_texts() == BODY


def test_outlet_from_a_byline_credit() -> None:
    lines = [
        "Jokowi Minta Pengesahan RKUHP Ditunda",
        "Nur Rohmi Aida - detikNews",
        BODY[1],
        BODY[2],
        BODY[3],
    ]
    article = _clean(lines)
    assert article.authors == ("Nur Rohmi Aida",)
    assert article.outlet == "detik"


def test_gzip_html_and_csv_inputs(tmp_path: object) -> None:
    import gzip
    from pathlib import Path

    from warta.pipeline import clean_paths

    folder = Path(str(tmp_path))
    html = (
        "<html><body><article>" + "".join(f"<p>{p}</p>" for p in BODY) + "</article></body></html>"
    )
    (folder / "a.html.gz").write_bytes(gzip.compress(html.encode()))
    rows = 'judul,isi_berita\nJudul,"' + "\n".join(BODY).replace('"', '""') + '"\n'
    (folder / "b.csv.gz").write_bytes(gzip.compress(rows.encode()))
    articles = list(clean_paths([str(folder)]))
    assert [a.paragraph_texts() for a in articles] == [BODY, BODY]  # type: ignore[union-attr]


def test_comma_debris_before_a_widget_line_is_not_a_body() -> None:
    import pytest

    from warta.errors import WartaError

    with pytest.raises(WartaError):
        _clean(['"', ",,,,,,,,,,,,,,,loading..."], title="Judul", body_only=True)
