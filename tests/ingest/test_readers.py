"""Reading every input form, and every kind of bad input, into pages or coded quarantine."""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
from pathlib import Path

import pytest

from tests.conftest import SEED_000, SEED_002
from warta.ingest.readers import ReadOptions, iter_pages
from warta.records import Filtered, Page, Quarantined

SENTENCE = "Presiden Joko Widodo meminta DPR menunda pengesahan RKUHP yang menuai protes mahasiswa."


def _items(*paths: str | Path, **options: object) -> list[Page | Quarantined | Filtered]:
    return list(iter_pages([str(p) for p in paths], ReadOptions(**options)))  # type: ignore[arg-type]


def test_text_files_are_read_unmodified() -> None:
    (page,) = _items(SEED_000)
    assert isinstance(page, Page)
    assert page.kind == "text"
    assert page.raw == SEED_000.read_bytes()
    assert len(page.raw_id) == 64


def test_folders_are_read_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_bytes(SEED_002.read_bytes())
    (tmp_path / "1.txt").write_bytes(SEED_000.read_bytes())
    (tmp_path / ".hidden.txt").write_text("x")
    items = _items(tmp_path)
    assert [Path(i.source).name for i in items] == ["1.txt", "2.txt"]


def test_html_extension_and_doctype_sniffing(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<html><body><p>x</p></body></html>")
    (tmp_path / "b.txt").write_text("<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert [i.kind for i in _items(tmp_path) if isinstance(i, Page)] == ["html", "html"]


def test_jsonl_quarantines_only_the_malformed_line(tmp_path: Path) -> None:
    good = json.dumps({"title": "Judul", "content": SENTENCE, "url": "https://www.tempo.co/a"})
    path = tmp_path / "news.jsonl"
    path.write_text(f"{good}\n{{not json\n\n[1, 2]\n{json.dumps({'title': 'tanpa isi'})}\n{good}\n")
    items = _items(path)
    assert [type(i).__name__ for i in items] == [
        "Page",
        "Quarantined",
        "Quarantined",
        "Quarantined",
        "Page",
    ]
    assert [i.code for i in items if isinstance(i, Quarantined)] == ["E107", "E107", "E107"]
    assert items[1].source.endswith(":2") and items[1].raw == b"{not json\n"
    page = items[0]
    assert (
        isinstance(page, Page)
        and page.fields["title"] == "Judul"
        and page.url == "https://www.tempo.co/a"
    )
    assert page.raw == good.encode()


def test_csv_rows_keep_their_raw_lines_including_quoted_newlines(tmp_path: Path) -> None:
    path = tmp_path / "detik.csv"
    rows = 'id,judul,tautan,isi_berita\n1,Judul,https://news.detik.com/x,"Baris satu.\nBaris dua."\n2,Judul 2\n'
    path.write_text(rows)
    page, bad = _items(path)
    assert isinstance(page, Page)
    assert page.raw == b'1,Judul,https://news.detik.com/x,"Baris satu.\nBaris dua."'
    assert page.fields["text"] == "Baris satu.\nBaris dua."
    assert isinstance(bad, Quarantined) and bad.code == "E107"


def test_field_mapping_can_be_configured(tmp_path: Path) -> None:
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"naskah": SENTENCE, "kepala": "Judul"}) + "\n")
    (page,) = _items(path, fields={"text": ("naskah",), "title": ("kepala",)})
    assert isinstance(page, Page) and page.fields == {"text": SENTENCE, "title": "Judul"}


def test_gzip_of_jsonl_and_truncated_gzip(tmp_path: Path) -> None:
    import hashlib

    lines = "".join(
        json.dumps({"content": f"{SENTENCE} {hashlib.sha256(str(i).encode()).hexdigest()}"}) + "\n"
        for i in range(2000)
    )
    good = tmp_path / "a.jsonl.gz"
    good.write_bytes(gzip.compress(lines.encode()))
    assert sum(isinstance(i, Page) for i in _items(good)) == 2000
    truncated = tmp_path / "b.jsonl.gz"
    data = gzip.compress(lines.encode())
    truncated.write_bytes(data[: len(data) // 2])
    items = _items(truncated)
    assert isinstance(items[-1], Quarantined) and items[-1].code == "E106"
    assert all(isinstance(i, Page) for i in items[:-1]) and len(items) > 1


def test_truncated_gzip_of_a_single_page(tmp_path: Path) -> None:
    path = tmp_path / "page.txt.gz"
    path.write_bytes(gzip.compress(SEED_000.read_bytes())[:-30])
    (item,) = _items(path)
    assert isinstance(item, Quarantined) and item.code == "E106"


def test_warc_html_responses_become_pages_and_others_are_filtered(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, ctype, body in [
            (
                "https://www.antaranews.com/berita/1",
                "text/html; charset=utf-8",
                f"<html><body><p>{SENTENCE}</p></body></html>",
            ),
            ("https://www.antaranews.com/logo.png", "image/png", "PNG"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.0")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body.encode()), http_headers=headers
            )
            writer.write_record(record)
    page, image = _items(path)
    assert (
        isinstance(page, Page)
        and page.kind == "html"
        and page.url == "https://www.antaranews.com/berita/1"
    )
    assert page.fields["charset"] == "utf-8"
    assert isinstance(image, Filtered) and "image/png" in image.reason


def test_unreadable_and_missing_paths_are_quarantined(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    (item,) = _items(missing)
    assert isinstance(item, Quarantined) and item.code == "E101"
    if os.geteuid() != 0:  # root can read anything
        locked = tmp_path / "locked.txt"
        locked.write_text("x")
        locked.chmod(0)
        (item,) = _items(locked)
        assert isinstance(item, Quarantined) and item.code == "E101"


def test_oversized_single_line_file_is_quarantined_without_loading_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.write(b"a" * (50 * 1024 * 1024))
    (item,) = _items(path)
    assert isinstance(item, Quarantined) and item.code == "E104"
    assert item.raw is not None and len(item.raw) <= 1024


def test_unsupported_extension_is_quarantined(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(b"%PDF-1.4")
    (item,) = _items(path)
    assert isinstance(item, Quarantined) and item.code == "E108"


def test_stdin_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BufferedReader(io.BytesIO(SEED_002.read_bytes())))  # type: ignore[arg-type]
    monkeypatch.setattr(sys, "stdin", fake)
    (page,) = _items("-")
    assert isinstance(page, Page) and page.source == "<stdin>" and page.raw == SEED_002.read_bytes()
