"""UPOS from the tagger: the pipeline's UPOS comes from a tagger trained on UPOS alone.

The morphologizer predicts UPOS and features as one joint label, and GSD r2.1 train (the
largest treebank here) carries few features, so its joint labels split each UPOS into many
rare ones. A separate tagger, trained on UPOS alone (as the token's ``tag``), is then copied
into ``pos``; the morphologizer keeps giving the features.
"""

from __future__ import annotations

from typing import cast

import numpy
from spacy.attrs import POS, TAG
from spacy.language import Language
from spacy.parts_of_speech import IDS as UPOS_IDS
from spacy.tokens import Doc
from thinc.types import Ints2d

COMPONENT_NAME = "warta_upos_from_tag"


class UposFromTag:
    """Sets ``pos`` to the UPOS named by ``tag`` (a tag that is no UPOS leaves ``pos``)."""

    def __init__(self) -> None:
        self._pos_of_tag: dict[int, int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        strings = doc.vocab.strings
        table = self._pos_of_tag
        array = doc.to_array([TAG, POS])
        pos: list[int] = []
        for tag, old in array.tolist():
            if tag not in table:
                table[tag] = UPOS_IDS.get(strings[tag], 0) if tag else 0
            pos.append(table[tag] or old)
        values = numpy.array(pos, dtype="uint64").reshape(len(pos), 1)
        doc.from_array([POS], cast(Ints2d, values))
        return doc


@Language.factory(COMPONENT_NAME)
def make_upos_from_tag(nlp: Language, name: str) -> UposFromTag:
    return UposFromTag()
