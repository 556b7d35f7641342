"""Read pages from files, folders, stdin, JSON Lines, CSV, WARC and gzip.

``iter_pages`` yields a ``Page`` per raw document, or a ``Quarantined`` record for input that
cannot be read (with its code and whatever raw bytes could be kept). Nothing is dropped
silently: a WARC response that is not HTML comes out as ``Filtered``.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import logging
import sys
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from warta.errors import Code, WartaError
from warta.records import Filtered, Page, Quarantined

log = logging.getLogger(__name__)

STAGE = "ingest"
DEFAULT_MAX_BYTES = 10_000_000
"""Largest single document accepted (10 MB). News pages are well under 1 MB; a larger
"document" is a dump or a mistake and is quarantined with E104 rather than loaded whole."""

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson", ".json"}
CSV_SUFFIXES = {".csv", ".tsv"}
WARC_SUFFIXES = {".warc"}

#: Field names tried, in order, for each part of a record (JSONL/CSV). CLICK-ID and the detik
#: CSV work with these defaults; ``--field text=body`` style options override them.
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "text": ("content", "text", "body", "isi_berita", "isi", "article", "maintext", "html"),
    "title": ("title", "judul", "headline"),
    "url": ("url", "tautan", "link", "source_url"),
    "date": ("date", "tanggal", "published", "published_at", "date_publish", "pubdate"),
    "time": ("time", "waktu", "jam"),
    "outlet": ("source", "outlet", "media", "publisher", "source_domain"),
    "author": ("author", "authors", "penulis", "reporter"),
}


@dataclass(frozen=True, slots=True)
class ReadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    fields: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_FIELDS))
    text_is_html: bool | None = None
    """Whether a record's text field holds HTML (None: sniff each record)."""


Item = Page | Quarantined | Filtered


def iter_pages(paths: Iterable[str], options: ReadOptions | None = None) -> Iterator[Item]:
    """Every raw document under ``paths`` (files, folders recursively, ``-`` for stdin)."""
    options = options or ReadOptions()
    for spec in paths:
        if spec == "-":
            yield from _read_stream(sys.stdin.buffer, "<stdin>", "", options)
            continue
        path = Path(spec)
        if path.is_dir():
            for child in sorted(_walk(path)):
                yield from _read_file(child, options)
        else:
            yield from _read_file(path, options)


def _walk(folder: Path) -> Iterator[Path]:
    for child in folder.iterdir():
        if child.name.startswith("."):
            continue
        if child.is_dir():
            yield from _walk(child)
        elif child.is_file():
            yield child


def _quarantine(source: str, error: WartaError, raw: bytes | None = None) -> Quarantined:
    return Quarantined(
        source=source, stage=STAGE, code=error.code.value, message=str(error), raw=raw
    )


def _read_file(path: Path, options: ReadOptions) -> Iterator[Item]:
    source = str(path)
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield _quarantine(source, WartaError(Code.E101_UNREADABLE, exc.strerror or str(exc)))
        return
    with handle:
        suffixes = [s.lower() for s in path.suffixes[-2:]]
        yield from _read_stream(handle, source, "".join(suffixes), options)


def _read_stream(
    handle: BinaryIO, source: str, suffix: str, options: ReadOptions
) -> Iterator[Item]:
    """Dispatch on the file suffix, or on the first bytes when the suffix says nothing."""
    try:
        head = handle.peek(8) if hasattr(handle, "peek") else b""
    except OSError as exc:
        yield _quarantine(source, WartaError(Code.E101_UNREADABLE, str(exc)))
        return
    gzipped = suffix.endswith(".gz") or head[:2] == b"\x1f\x8b"
    inner = suffix[: -len(".gz")] if suffix.endswith(".gz") else suffix
    inner = inner.rsplit(".", 1)[-1] if inner else ""
    inner = f".{inner}" if inner else ""
    if gzipped and inner in WARC_SUFFIXES:
        yield from _read_warc(handle, source)
        return
    if gzipped:
        # gzip's failures (truncation, bad CRC) surface as E106 wherever they happen
        handle = io.BufferedReader(_GuardedStream(gzip.GzipFile(fileobj=handle), source))
        if inner not in JSONL_SUFFIXES | CSV_SUFFIXES:
            yield from _read_single(handle, source, inner, options)
            return
    if inner in WARC_SUFFIXES:
        yield from _read_warc(handle, source)
    elif inner in JSONL_SUFFIXES:
        yield from _read_jsonl(handle, source, options)
    elif inner in CSV_SUFFIXES:
        yield from _read_csv(handle, source, options, delimiter="\t" if inner == ".tsv" else ",")
    else:
        yield from _read_single(handle, source, inner, options)


class _CorruptStream(Exception):
    def __init__(self, source: str, detail: str) -> None:
        super().__init__(detail)
        self.source = source
        self.detail = detail


class _GuardedStream(io.RawIOBase):
    """Turns gzip's several failure exceptions into one, so readers can quarantine E106."""

    def __init__(self, inner: gzip.GzipFile, source: str) -> None:
        self.inner = inner
        self.source = source

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            data = self.inner.read1(len(buffer))  # what is decompressed so far: a truncated
            # archive still yields every complete record before the break
        except (EOFError, OSError, zlib.error, gzip.BadGzipFile) as exc:
            raise _CorruptStream(self.source, f"{type(exc).__name__}: {exc}") from exc
        n = len(data)
        buffer[:n] = data
        return n


def _read_bounded(handle: BinaryIO, max_bytes: int) -> bytes:
    data = handle.read(max_bytes + 1)
    return data if data is not None else b""


def _read_single(
    handle: BinaryIO, source: str, suffix: str, options: ReadOptions
) -> Iterator[Item]:
    """A file holding one page (text or HTML)."""
    try:
        raw = _read_bounded(handle, options.max_bytes)
    except _CorruptStream as exc:
        yield _quarantine(source, WartaError(Code.E106_CORRUPT_ARCHIVE, exc.detail))
        return
    except OSError as exc:
        yield _quarantine(source, WartaError(Code.E101_UNREADABLE, str(exc)))
        return
    if len(raw) > options.max_bytes:
        err = WartaError(Code.E104_TOO_LARGE, f"more than {options.max_bytes:,} bytes")
        yield _quarantine(source, err, raw[:1024])
        return
    kind = _sniff_kind(raw, suffix)
    if kind is None:
        yield _quarantine(source, WartaError(Code.E108_UNSUPPORTED, suffix or "unknown"), raw)
        return
    if kind == "jsonl":
        yield from _read_jsonl(io.BytesIO(raw), source, options)
        return
    yield Page(source=source, raw=raw, kind=kind, fields={"filename": Path(source).name})


def _sniff_kind(raw: bytes, suffix: str) -> str | None:
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in TEXT_SUFFIXES:
        start = raw.lstrip()[:200].lower()
        if start.startswith((b"<!doctype html", b"<html")):
            return "html"
        if start.startswith(b"{") and b"\n{" in raw[:100_000] + b"\n{":
            try:
                json.loads(raw.splitlines()[0])
            except ValueError:
                return "text"
            return "jsonl"
        return "text"
    if suffix in {".pdf", ".doc", ".docx", ".png", ".jpg", ".jpeg", ".gif", ".zip", ".xml"}:
        return None
    return "text"


def _pick(record: Mapping[str, object], names: Sequence[str]) -> str | None:
    for name in names:
        value = record.get(name)
        if value is None:
            continue
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        text = str(value).strip()
        if text:
            return text
    return None


def record_page(
    record: Mapping[str, object], raw: bytes, source: str, options: ReadOptions
) -> Page | Quarantined:
    """A ``Page`` from one structured record, using the field mapping."""
    fields: dict[str, str] = {}
    for key, names in options.fields.items():
        value = _pick(record, names)
        if value is not None:
            fields[key] = value
    if "text" not in fields:
        tried = "/".join(options.fields.get("text", ()))
        err = WartaError(Code.E107_MALFORMED_RECORD, f"no text field ({tried})")
        return _quarantine(source, err, raw)
    text = fields["text"]
    is_html = options.text_is_html
    if is_html is None:
        is_html = text.lstrip()[:1] == "<" and "</" in text[:5000]
    return Page(
        source=source,
        raw=raw,
        kind="record-html" if is_html else "record",
        fields=fields,
        url=fields.get("url"),
    )


def _read_jsonl(handle: BinaryIO, source: str, options: ReadOptions) -> Iterator[Item]:
    lineno = 0
    try:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{source}:{lineno}"
            if len(line) > options.max_bytes:
                err = WartaError(Code.E104_TOO_LARGE, f"line of {len(line):,} bytes")
                yield _quarantine(where, err, line[:1024])
                continue
            try:
                record = json.loads(line)
            except ValueError as exc:
                yield _quarantine(where, WartaError(Code.E107_MALFORMED_RECORD, str(exc)), line)
                continue
            if not isinstance(record, dict):
                err = WartaError(Code.E107_MALFORMED_RECORD, "a JSON value that is not an object")
                yield _quarantine(where, err, line)
                continue
            yield record_page(record, line.rstrip(b"\r\n"), where, options)
    except _CorruptStream as exc:
        err = WartaError(Code.E106_CORRUPT_ARCHIVE, f"after line {lineno}: {exc.detail}")
        yield _quarantine(f"{source}:{lineno + 1}", err)


class _LineRecorder:
    """Feeds csv.reader line by line and remembers the raw bytes of the current row."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.lines: list[bytes] = []
        self.lineno = 0

    def __iter__(self) -> Iterator[str]:
        for line in self.handle:
            self.lineno += 1
            self.lines.append(line)
            yield line.decode("utf-8", errors="replace")

    def take(self) -> bytes:
        raw = b"".join(self.lines)
        self.lines = []
        return raw


def _read_csv(
    handle: BinaryIO, source: str, options: ReadOptions, *, delimiter: str
) -> Iterator[Item]:
    csv.field_size_limit(max(options.max_bytes, 1 << 20))
    recorder = _LineRecorder(handle)
    reader = csv.reader(recorder, delimiter=delimiter)
    header: list[str] | None = None
    try:
        while True:
            start = recorder.lineno + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                err = WartaError(Code.E107_MALFORMED_RECORD, f"CSV: {exc}")
                yield _quarantine(f"{source}:{start}", err, recorder.take())
                continue
            raw = recorder.take()
            if header is None:
                header = [h.strip().lstrip("\ufeff") for h in row]
                continue
            where = f"{source}:{start}"
            if len(row) != len(header):
                detail = f"{len(row)} columns, header has {len(header)}"
                yield _quarantine(where, WartaError(Code.E107_MALFORMED_RECORD, detail), raw)
                continue
            if len(raw) > options.max_bytes:
                err = WartaError(Code.E104_TOO_LARGE, f"row of {len(raw):,} bytes")
                yield _quarantine(where, err, raw[:1024])
                continue
            yield record_page(
                dict(zip(header, row, strict=True)), raw.rstrip(b"\r\n"), where, options
            )
    except _CorruptStream as exc:
        err = WartaError(Code.E106_CORRUPT_ARCHIVE, exc.detail)
        yield _quarantine(f"{source}:{recorder.lineno + 1}", err)


def _read_warc(handle: BinaryIO, source: str) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    try:
        for record in ArchiveIterator(handle):
            if record.rec_type != "response":
                continue
            number += 1
            where = f"{source}#{number}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            ctype = (
                record.http_headers.get_header("Content-Type") if record.http_headers else ""
            ) or ""
            raw = record.content_stream().read()
            if "html" not in ctype.lower():
                yield Filtered(
                    source=where,
                    stage=STAGE,
                    code="F101",
                    reason=f"WARC response is {ctype or 'untyped'}, not HTML",
                )
                continue
            fields = {"warc_date": record.rec_headers.get_header("WARC-Date") or ""}
            charset = ctype.lower().partition("charset=")[2].split(";")[0].strip()
            if charset:
                fields["charset"] = charset
            yield Page(source=where, raw=raw, kind="html", fields=fields, url=url)
    except (ArchiveLoadFailed, EOFError, OSError, zlib.error, _CorruptStream) as exc:
        err = WartaError(Code.E106_CORRUPT_ARCHIVE, f"after record {number}: {exc}")
        yield _quarantine(f"{source}#{number + 1}", err)
