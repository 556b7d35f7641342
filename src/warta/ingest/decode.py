"""Bytes to text: encoding detection, mojibake repair, Unicode normalisation.

Cascade (cheapest first, so clean UTF-8 pages cost one decode):
1. strict UTF-8 (a BOM is dropped);
2. UTF-8 with a handful of invalid bytes (at most ``MAX_REPLACED_FRACTION``) replaced, noted
   as ``W201``;
3. charset-normalizer's best guess, noted as ``W203``; none → ``E105``;
then ftfy repairs mojibake (noted ``W202``) and the text is NFC-normalised with newlines unified.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from warta.errors import Code, WartaError, note

MAX_REPLACED_FRACTION = 0.001
"""A few stray bytes in a UTF-8 page are repaired; more than 0.1 % means another encoding."""
BINARY_SNIFF_BYTES = 8192
MAX_CONTROL_FRACTION = 0.02
"""Text pages have almost no C0 control characters besides tab/newline; binaries have many."""
_TEXT_CONTROLS = {9, 10, 12, 13, 27}


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def looks_binary(raw: bytes) -> bool:
    head = raw[:BINARY_SNIFF_BYTES]
    if not head:
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in _TEXT_CONTROLS)
    return controls / len(head) > MAX_CONTROL_FRACTION


def check_text_bytes(raw: bytes, *, max_bytes: int) -> None:
    """Raise the coded error for empty, oversized or binary input."""
    if not raw.strip():
        raise WartaError(Code.E102_EMPTY)
    if len(raw) > max_bytes:
        raise WartaError(Code.E104_TOO_LARGE, f"{len(raw):,} bytes > {max_bytes:,}")
    if looks_binary(raw):
        raise WartaError(Code.E103_BINARY)


def decode_bytes(raw: bytes, *, declared: str | None = None) -> Decoded:
    """Decode page bytes to normalised text (see the module docstring for the cascade)."""
    warnings: list[str] = []
    text: str | None = None
    encoding = "utf-8"
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        replaced = raw.decode("utf-8", errors="replace")
        bad = replaced.count("\ufffd") - raw.decode("utf-8", errors="ignore").count("\ufffd")
        if bad <= max(1, int(len(raw) * MAX_REPLACED_FRACTION)):
            text = replaced.lstrip("\ufeff")
            warnings.append(note(Code.W201_REPLACED_BYTES, f"{bad} replaced"))
    if text is None and declared:
        try:
            text = raw.decode(declared)
            encoding = declared.lower()
        except (LookupError, UnicodeDecodeError):
            text = None
    if text is None:
        text, encoding = _detect(raw)
        warnings.append(note(Code.W203_LEGACY_ENCODING, encoding))
    return finish_text(text, encoding, warnings)


LEGACY_ENCODINGS = ["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp1250", "utf_16", "utf_32"]
"""Encodings Indonesian pages are found in besides UTF-8 (Windows and Mac Western, Latin-1,
UTF-16 with a BOM). Restricting detection to them stops charset-normalizer from "finding" an
exotic code page for what is really garbage."""
MAX_LEGACY_NON_ASCII = 0.2
"""In Indonesian (and English) text decoded from a legacy encoding only quotes, dashes and a few
accented names are non-ASCII; a decoding with more than 20 % non-ASCII characters is garbage."""


def _detect(raw: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=LEGACY_ENCODINGS).best()
    if best is None or best.encoding is None:
        raise WartaError(Code.E105_UNDECODABLE, "no encoding fits")
    text = str(best)
    non_ascii = sum(not c.isascii() for c in text) / max(len(text), 1)
    if best.chaos > 0.3 or non_ascii > MAX_LEGACY_NON_ASCII:
        raise WartaError(
            Code.E105_UNDECODABLE,
            f"best guess {best.encoding} gives {non_ascii:.0%} non-ASCII, {best.chaos:.0%} noise",
        )
    return text, best.encoding


_MOJIBAKE_HINTS = ("Ã", "Â", "â€", "‚Ä", "Ä", "Å", "Ð", "\u0080", "\u0099", "ï¿½")


def finish_text(text: str, encoding: str, warnings: list[str] | None = None) -> Decoded:
    """Repair mojibake, unify newlines, NFC-normalise."""
    warnings = list(warnings or [])
    if any(hint in text for hint in _MOJIBAKE_HINTS):
        import ftfy

        fixed = ftfy.fix_text(text, normalization="NFC", unescape_html=False, fix_line_breaks=False)
        if fixed != text:
            warnings.append(note(Code.W202_MOJIBAKE_FIXED))
            text = fixed
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return Decoded(text=text, encoding=encoding, warnings=tuple(warnings))
