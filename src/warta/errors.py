"""Coded errors and notes. Users grep for the code; the message says what to do.

``E1xx`` input cannot be read; ``W1xx`` input read but not usable as an article; ``W2xx`` notes
about repairs made to a document that was kept.
"""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    """Every code Warta emits, with its short meaning."""

    E101_UNREADABLE = "E101"
    E102_EMPTY = "E102"
    E103_BINARY = "E103"
    E104_TOO_LARGE = "E104"
    E105_UNDECODABLE = "E105"
    E106_CORRUPT_ARCHIVE = "E106"
    E107_MALFORMED_RECORD = "E107"
    E108_UNSUPPORTED = "E108"
    W110_NO_HTML_BODY = "W110"
    W111_NO_ARTICLE_TEXT = "W111"
    W120_NOT_INDONESIAN = "W120"
    W121_DUPLICATE = "W121"
    W122_ALREADY_STORED = "W122"
    W201_REPLACED_BYTES = "W201"
    W202_MOJIBAKE_FIXED = "W202"
    W203_LEGACY_ENCODING = "W203"


MESSAGES: dict[Code, str] = {
    Code.E101_UNREADABLE: "cannot read input",
    Code.E102_EMPTY: "input is empty",
    Code.E103_BINARY: "input looks binary, not text",
    Code.E104_TOO_LARGE: "document is larger than the limit (see --max-bytes)",
    Code.E105_UNDECODABLE: "cannot decode text in any known encoding",
    Code.E106_CORRUPT_ARCHIVE: "compressed or archive input is truncated or corrupt",
    Code.E107_MALFORMED_RECORD: "record is not valid JSON / CSV or lacks the text field",
    Code.E108_UNSUPPORTED: "unsupported input format",
    Code.W110_NO_HTML_BODY: "HTML page has no body text",
    Code.W111_NO_ARTICLE_TEXT: "no article text left after cleaning",
    Code.W120_NOT_INDONESIAN: "document is not Indonesian; stored and flagged",
    Code.W121_DUPLICATE: "exact duplicate of an article already seen",
    Code.W122_ALREADY_STORED: "this raw document is already in the store",
    Code.W201_REPLACED_BYTES: "a few invalid UTF-8 bytes were replaced with U+FFFD",
    Code.W202_MOJIBAKE_FIXED: "mojibake repaired",
    Code.W203_LEGACY_ENCODING: "decoded from a legacy encoding",
}


class WartaError(Exception):
    """An input problem with a code. Raised by stages; the runner quarantines the document."""

    def __init__(self, code: Code, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(str(self))

    def __str__(self) -> str:
        base = f"[{self.code.value}] {MESSAGES[self.code]}"
        return f"{base}: {self.detail}" if self.detail else base


def note(code: Code, detail: str = "") -> str:
    """A coded note kept on a record (``Article.warnings``)."""
    base = f"{code.value} {MESSAGES[code]}"
    return f"{base}: {detail}" if detail else base
