"""HTML pages: visible text, trafilatura's main content, and the text cleaner on what it leaves."""

from __future__ import annotations

from pathlib import Path

from warta.pipeline import clean_paths
from warta.records import Article, Quarantined, rebuild_source

PARAGRAPHS = [
    "Jakarta, CNN Indonesia -- Ribuan mahasiswa dari berbagai kampus kembali menggelar aksi unjuk rasa di depan Gedung DPR menolak revisi UU KPK dan RKUHP, Selasa (24/9/2019).",
    "Mereka menilai sejumlah pasal dalam RKUHP mengancam kebebasan sipil dan revisi UU KPK melemahkan pemberantasan korupsi.",
    '"Kami meminta Presiden menerbitkan Perppu untuk membatalkan UU KPK hasil revisi," kata koordinator aksi di lokasi.',
    "Polisi mengerahkan ribuan personel untuk mengamankan jalannya aksi yang berlangsung hingga malam hari.",
]

PAGE = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Mahasiswa Kembali Demo Tolak RKUHP di DPR - CNN Indonesia</title>
<meta property="og:title" content="Mahasiswa Kembali Demo Tolak RKUHP di DPR">
<meta property="article:published_time" content="2019-09-24T15:30:00+07:00">
<script>var ads = [];</script><style>.x{{color:red}}</style></head>
<body>
<nav><ul><li>Nasional</li><li>Internasional</li><li>Ekonomi</li><li>Olahraga</li></ul></nav>
<header><div class="date">Rabu, 25 Sep 2019</div></header>
<main><article>
<h1>Mahasiswa Kembali Demo Tolak RKUHP di DPR</h1>
<div class="author">CNN Indonesia | Selasa, 24/09/2019 15:30 WIB</div>
<div class="detail-text">
<p>{PARAGRAPHS[0]}</p>
<p>{PARAGRAPHS[1]}</p>
<p>Baca juga: Jokowi Minta DPR Tunda Pengesahan RKUHP</p>
<p>{PARAGRAPHS[2]}</p>
<div class="ads">ADVERTISEMENT</div>
<p>SCROLL TO CONTINUE WITH CONTENT</p>
<p>{PARAGRAPHS[3]}</p>
</div>
</article></main>
<aside><h3>Berita Terkait</h3><ul><li>Polisi Tangkap 94 Orang Usai Demo Ricuh di DPR</li>
<li>Menko Polhukam: Demo Mahasiswa Ditunggangi</li></ul></aside>
<footer><p>Copyright © 2019 CNN Indonesia. All rights reserved.</p><p>Pedoman Media Siber</p></footer>
</body></html>
"""


def test_html_page_keeps_the_body_and_reads_head_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = list(clean_paths([str(path)]))
    assert isinstance(article, Article)
    assert article.paragraph_texts() == PARAGRAPHS
    assert article.title == "Mahasiswa Kembali Demo Tolak RKUHP di DPR"
    assert article.published is not None and article.published.startswith("2019-09-24")
    assert article.published_reason is not None and article.published_reason.startswith("metadata")
    assert article.dateline is not None and article.dateline.tag == "CNN Indonesia"
    assert article.outlet == "CNN Indonesia"
    assert rebuild_source(article) == article.source_text
    reasons = {r.reason for r in article.removed}
    assert "html_boilerplate" in reasons


def test_html_without_body_text_is_quarantined(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text(
        "<html><head><title>Kosong</title><script>x()</script></head><body> </body></html>"
    )
    (item,) = list(clean_paths([str(path)]))
    assert isinstance(item, Quarantined)
    assert item.code == "W110" and item.stage == "decode"
