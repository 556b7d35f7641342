"""Encodings, mojibake and binary input."""

from __future__ import annotations

import pytest

from warta.errors import WartaError
from warta.ingest.decode import check_text_bytes, decode_bytes

TEXT = (
    "Menteri Pertahanan Rusia Sergei Shoigu bertemu Kang Sun Nam di Pyongyang – “kunjungan resmi”."
)


def test_utf8_is_decoded_without_notes() -> None:
    decoded = decode_bytes(TEXT.encode("utf-8"))
    assert decoded.text == TEXT and decoded.encoding == "utf-8" and decoded.warnings == ()


def test_bom_and_crlf_are_normalised() -> None:
    decoded = decode_bytes(("\ufeff" + TEXT + "\r\nbaris dua\rbaris tiga").encode("utf-8"))
    assert decoded.text == TEXT + "\nbaris dua\nbaris tiga"


def test_legacy_encoding_is_detected_and_noted() -> None:
    text = (
        "Pemerintah menaikkan tarif cukai rokok sebesar 23 persen – kata Menteri Keuangan Sri "
        "Mulyani Indrawati di Jakarta. "
    ) * 5
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.text == text
    assert any(w.startswith("W203") for w in decoded.warnings)


def test_a_few_invalid_utf8_bytes_are_replaced_and_noted() -> None:
    raw = (TEXT * 20).encode("utf-8") + b"\xff" + (TEXT * 20).encode("utf-8")
    decoded = decode_bytes(raw)
    assert decoded.text.count("\ufffd") == 1
    assert any(w.startswith("W201") for w in decoded.warnings)


def test_macroman_mojibake_is_repaired() -> None:
    broken = "Jakarta ‚Äì Presiden Jokowi meminta DPR menunda pengesahan RKUHP."
    decoded = decode_bytes(broken.encode("utf-8"))
    assert "‚Äì" not in decoded.text and "–" in decoded.text
    assert any(w.startswith("W202") for w in decoded.warnings)


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        (b"", "E102"),
        (b"  \n\t ", "E102"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "E103"),
        (bytes(range(256))[:100], "E103"),
        (b"a" * 101, "E104"),
    ],
)
def test_bad_bytes_get_a_coded_error(raw: bytes, code: str) -> None:
    with pytest.raises(WartaError) as error:
        check_text_bytes(raw, max_bytes=100)
    assert error.value.code.value == code
    assert str(error.value).startswith(f"[{code}]")


def test_undecodable_bytes_get_a_coded_error() -> None:
    raw = bytes([0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC]) * 50
    with pytest.raises(WartaError) as error:
        decode_bytes(raw)
    assert error.value.code.value == "E105"
