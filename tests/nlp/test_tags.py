"""UPOS copied from the UPOS tagger's tag (warta.nlp.tags)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from warta.nlp.tags import UposFromTag


def test_upos_comes_from_the_tag_and_other_tags_leave_pos_alone() -> None:
    vocab = spacy.blank("id").vocab
    doc = Doc(
        vocab,
        words=["Menhan", "Rusia", "tiba", "kemarin"],
        tags=["PROPN", "PROPN", "VERB", "XX"],
        pos=["NOUN", "NOUN", "NOUN", "ADV"],
    )
    UposFromTag()(doc)
    assert [t.pos_ for t in doc] == ["PROPN", "PROPN", "VERB", "ADV"]
    assert [t.tag_ for t in doc] == ["PROPN", "PROPN", "VERB", "XX"]


def test_empty_doc_is_returned_unchanged() -> None:
    doc = Doc(spacy.blank("id").vocab, words=[])
    assert len(UposFromTag()(doc)) == 0
