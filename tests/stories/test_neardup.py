"""Near-duplicates on real text with controlled edits (seed pages, CLICK-ID articles)."""

from __future__ import annotations

import random
import re

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.records import Article
from warta.stories.neardup import (
    THRESHOLD,
    DocInfo,
    MinHasher,
    NearDuplicateIndex,
    find_near_duplicates,
    shingles,
    similarity,
)


def _doc(article: Article, published: str | None = None) -> DocInfo:
    return DocInfo(article.id, published or article.published, len(article.text))


def _replace_words(text: str, every: int, seed: int = 7) -> str:
    """Replace every ``every``-th word by another word of the same text."""
    rng = random.Random(seed)
    parts = re.split(r"(\s+)", text)
    words = [p for p in parts if p.strip()]
    count = 0
    out = []
    for part in parts:
        word = part
        if part.strip():
            count += 1
            if count % every == 0:
                word = rng.choice(words)
        out.append(word)
    return "".join(out)


def _syndicated_copy(text: str) -> str:
    """What another site does to a wire story: its own dateline, the last paragraph dropped,
    one sentence reworded, its own credit."""
    paragraphs = text.split("\n")
    body = "\n".join(paragraphs[:-1])
    body = body.replace("Jakarta, IDM –", "JAKARTA, KOMPAS.com -", 1)
    body = body.replace("Pertemuan itu merupakan wujud", "Pertemuan tersebut menjadi bentuk", 1)
    return body + "\n(Editor: Rizal)"


def test_signature_estimates_jaccard_of_shingles(seeds: list[Article]) -> None:
    hasher = MinHasher()
    text = seeds[1].text
    edited = _replace_words(text, 15)
    a, b = set(shingles(text).tolist()), set(shingles(edited).tolist())
    exact = len(a & b) / len(a | b)
    assert abs(similarity(hasher(text), hasher(edited)) - exact) < 0.12


def test_syndicated_copy_is_found_and_the_original_is_canonical(seeds: list[Article]) -> None:
    original = seeds[1]
    copy = _syndicated_copy(original.text)
    assert copy != original.text
    found = find_near_duplicates(
        [
            (_doc(original, "2023-07-27"), original.text),
            (DocInfo("copy", "2023-07-28", len(copy)), copy),
        ]
    )
    assert len(found) == 1
    assert found[0].article_id == "copy"
    assert found[0].canonical_id == original.id
    assert THRESHOLD <= found[0].similarity < 1.0


def test_lightly_edited_copy_is_found_but_a_rewrite_is_not(seeds: list[Article]) -> None:
    text = seeds[1].text
    hasher = MinHasher()
    light = similarity(hasher(text), hasher(_replace_words(text, 25)))
    heavy = similarity(hasher(text), hasher(_replace_words(text, 3)))
    assert light >= THRESHOLD
    assert heavy < THRESHOLD


def test_two_outlets_reporting_one_event_are_not_near_duplicates(seeds: list[Article]) -> None:
    sindonews, idm = seeds
    assert find_near_duplicates([(_doc(a), a.text) for a in seeds]) == []
    assert similarity(MinHasher()(sindonews.text), MinHasher()(idm.text)) < 0.1


def test_articles_on_one_topic_are_not_merged(clickid_sample: list[Article]) -> None:
    # four okezone reports of Imam Nahrawi's arrest, three of the Twin Otter search, ...
    assert len(clickid_sample) == 24
    assert find_near_duplicates([(_doc(a), a.text) for a in clickid_sample]) == []


def test_reprints_among_unrelated_articles_form_one_group(clickid_sample: list[Article]) -> None:
    base = clickid_sample[3]
    docs = [(_doc(a), a.text) for a in clickid_sample]
    docs.append((DocInfo("reprint-1", "2019-09-19", 1), _replace_words(base.text, 30, seed=1)))
    docs.append((DocInfo("reprint-2", "2019-09-20", 1), _replace_words(base.text, 30, seed=2)))
    found = find_near_duplicates(docs)
    assert {(f.article_id, f.canonical_id) for f in found} == {
        ("reprint-1", base.id),
        ("reprint-2", base.id),
    }


def test_index_only_compares_lsh_candidates(clickid_sample: list[Article]) -> None:
    index = NearDuplicateIndex()
    for article in clickid_sample:
        assert index.add(_doc(article), text=article.text) == []
    # a signature equal in no band is never a candidate, whatever the threshold
    index.threshold = 0.0
    far = np.arange(128, dtype=np.uint32)
    assert index.add(DocInfo("far", None, 0), signature=far) == []


@settings(max_examples=15, deadline=None)
@given(st.permutations(list(range(5))))
def test_canonical_copy_does_not_depend_on_input_order(order: list[int]) -> None:
    text = (
        "Menteri Pertahanan Rusia Sergei Shoigu melakukan pertemuan dengan Menteri Pertahanan "
        "Korea Utara Kang Sun Nam di Pyongyang pada beberapa waktu lalu. Pertemuan itu "
        "merupakan wujud Rusia dalam memperkuat hubungan kerja sama militer dengan Korea Utara."
    )
    copies = [
        (DocInfo("a", "2023-07-28", len(text)), text),
        (DocInfo("b", "2023-07-27", len(text)), text + " (bp)"),
        (DocInfo("c", "2023-07-27", len(text) + 10), text + " (sya)"),
        (DocInfo("d", None, len(text)), text),
        (DocInfo("e", "2023-07-29", len(text)), "Jakarta - " + text),
    ]
    found = find_near_duplicates([copies[i] for i in order])
    assert {f.canonical_id for f in found} == {"c"}
    assert sorted(f.article_id for f in found) == ["a", "b", "d", "e"]


def test_empty_and_one_line_bodies_are_not_copies_of_each_other() -> None:
    docs = [
        (DocInfo("empty-1", None, 0), ""),
        (DocInfo("empty-2", None, 0), ""),
        (DocInfo("caption-1", None, 40), "Foto: Presiden Joko Widodo di Istana Merdeka."),
        (DocInfo("caption-2", None, 40), "Foto: Presiden Joko Widodo di Istana Merdeka."),
    ]
    assert find_near_duplicates(docs) == []
