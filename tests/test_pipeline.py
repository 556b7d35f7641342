"""The runner: accounting for every document, properties of cleaning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SEED_000, SEED_002
from warta.ingest.readers import ReadOptions
from warta.pipeline import CountingSink, PipelineOptions, clean_text, run
from warta.records import Article, rebuild_source
from warta.store import Store, StoreSink

BODY_LINES = [
    line
    for path in (SEED_000, SEED_002)
    for line in path.read_text(encoding="utf-8").splitlines()
    if len(line.split()) > 12
]
CHROME_LINES = [
    "loading...",
    "A",
    "BACA JUGA",
    "Baca Juga: Judul Berita Lain yang Menarik",
    "ADVERTISEMENT",
    "Bagikan",
    "Tag: Rusia, Korea Utara",
    "BERITA TERBARU",
    "Minggu, 19 Mei 2024",
    "(sya)",
    "Editor: Rahmat Hidayat",
    "sidebar",
    "",
    "   ",
]
page_lines = st.lists(
    st.one_of(
        st.sampled_from(BODY_LINES), st.sampled_from(CHROME_LINES), st.text(min_size=0, max_size=60)
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=60, deadline=None)
@given(page_lines)
def test_kept_and_removed_spans_rebuild_the_page(lines: list[str]) -> None:
    outcome = clean_text("\n".join(lines))
    if not isinstance(outcome, Article):
        return
    assert rebuild_source(outcome) == outcome.source_text
    for span, source in zip(outcome.paragraphs, outcome.source_spans, strict=True):
        assert outcome.text[span.start : span.end] == outcome.source_text[source.start : source.end]
        assert 0 <= span.start < span.end <= len(outcome.text)


@settings(max_examples=60, deadline=None)
@given(page_lines)
def test_cleaning_is_idempotent(lines: list[str]) -> None:
    first = clean_text("\n".join(lines))
    if not isinstance(first, Article):
        return
    second = clean_text(first.text, title=first.title)
    assert isinstance(second, Article)
    assert second.paragraph_texts() == first.paragraph_texts()


GOOD = SEED_002.read_bytes()
KINDS = {
    "good": ("page.txt", GOOD, 1),
    "empty": ("empty.txt", b"", 1),
    "binary": ("blob.txt", b"\x00\x01\x02\x03" * 100, 1),
    "huge": ("huge.txt", b"x" * 5000, 1),
    "chrome": ("chrome.txt", b"loading...\nA\nBagikan\n", 1),
    "english": (
        "en.txt",
        b"The minister said the talks were useful and would continue next week. " * 5,
        1,
    ),
    "jsonl": ("mix.jsonl", (json.dumps({"content": GOOD.decode()}) + "\n{broken\n").encode(), 2),
    "pdf": ("doc.pdf", b"%PDF-1.4", 1),
}


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(sorted(KINDS)), min_size=1, max_size=12))
def test_accounting_holds_for_random_mixes_of_good_and_bad_input(
    tmp_path_factory: pytest.TempPathFactory, kinds: list[str]
) -> None:
    folder = tmp_path_factory.mktemp("mix")
    expected = 0
    for index, kind in enumerate(kinds):
        name, data, documents = KINDS[kind]
        (folder / f"{index:02d}-{name}").write_bytes(data)
        expected += documents
    options = PipelineOptions(read=ReadOptions(max_bytes=4000))
    stats = run([str(folder)], CountingSink(), options=options)
    stats.check()
    assert stats.documents == expected
    assert stats.documents == stats.stored + stats.filtered + stats.quarantined


def test_accounting_with_the_store_and_a_process_pool(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for index, kind in enumerate(sorted(KINDS)):
        name, data, _ = KINDS[kind]
        (inputs / f"{index:02d}-{name}").write_bytes(data)
    (inputs / "copy.txt").write_bytes(GOOD.replace(b"Jakarta, IDM", b"JAKARTA, IDM"))  # same body
    options = PipelineOptions(read=ReadOptions(max_bytes=4000))
    with Store(str(tmp_path / "s.duckdb")) as store:
        run_id = store.start_run("test", {})
        stats = run([str(inputs)], StoreSink(store, run_id), options=options, workers=2)
        counts = {s["stage"]: s for s in stats.as_dict()["stages"]}
        assert stats.documents == 10
        # the copy differs only in case: a body duplicate. The JSONL record's text field is read
        # as a body (no title line is guessed in it), so its body is not the same.
        assert counts["dedup"]["filtered"] == 1
        assert counts["language"]["filtered"] == 1
        assert stats.quarantined == 6
        statuses = dict(
            store.con.execute("SELECT status, count(*) FROM articles GROUP BY 1").fetchall()
        )
        assert statuses == {"ok": 2, "duplicate": 1, "other_language": 1}
