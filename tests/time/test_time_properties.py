"""Property tests: whatever the text, spans stay in bounds, match the text and never overlap."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.time import tag

FRAGMENTS = [
    "Selasa (25/7/2023)",
    "Kamis (27/7)",
    "27 Juli 1953",
    "25 hingga 27 Juli",
    "pekan lalu",
    "pukul 10.00 WIB",
    "Senin malam",
    "tiga tahun terakhir",
    "setiap tahun",
    "sejak 2019",
    "kemarin",
    "Pasal 27",
    "Rp 27 juta",
    "70 tahun",
    "minggu depan",
    "Minggu",
    "dan",
    "pada",
    "antara 2019",
    "2021",
    "hingga",
    "(16/9)",
    "sehari sebelumnya",
    "akhir pekan",
    "akan",
    ",",
    ".",
    "\n",
    " ",
    "-",
    "/",
    "12",
    "Juli",
    "lalu",
    "x",
    "Rusia",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(FRAGMENTS), max_size=25),
    st.sampled_from([None, "2023-07-25", "2024-05-19"]),
)
def test_spans_are_consistent(pieces: list[str], dct: str | None) -> None:
    text = " ".join(pieces)
    expressions = tag(text, dct)
    last_end = -1
    for expression in expressions:
        assert 0 <= expression.start < expression.end <= len(text)
        assert text[expression.start : expression.end] == expression.text
        assert expression.start >= last_end
        last_end = expression.end
        assert expression.type in {"DATE", "TIME", "DURATION", "SET"}
        assert expression.value


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_never_crashes(text: str) -> None:
    for expression in tag(text, "2023-07-25"):
        assert text[expression.start : expression.end] == expression.text
