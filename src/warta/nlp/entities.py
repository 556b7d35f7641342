"""Entity clean-up after the statistical NER: trim punctuation from entity edges.

Rules, in order:

1. a leading or trailing punctuation token is dropped (``IDM –`` becomes ``IDM``), except a
   closing bracket that closes a bracket opened inside the entity (``Badan Usaha Milik Negara
   (BUMN)`` stays whole), and an entity that is wholly bracketed (``(SBY)``) is kept as it is;
2. an entity left empty is removed.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

COMPONENT_NAME = "warta_entity_trim"
BRACKETS = {")": "(", "]": "["}


def _trim(span: Span) -> tuple[int, int]:
    doc = span.doc
    start, end = span.start, span.end
    if end - start > 2 and BRACKETS.get(doc[end - 1].text) == doc[start].text:
        return start, end  # a whole bracketed entity, as the corpora write "(SBY)"
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start:
        last = doc[end - 1]
        if not (last.is_punct or last.is_space):
            break
        opening = BRACKETS.get(last.text)
        if opening is not None and any(t.text == opening for t in doc[start : end - 1]):
            break
        end -= 1
    return start, end


class EntityTrimmer:
    def __call__(self, doc: Doc) -> Doc:
        changed = False
        entities: list[Span] = []
        for span in doc.ents:
            start, end = _trim(span)
            if (start, end) != (span.start, span.end):
                changed = True
            if end > start:
                entities.append(Span(doc, start, end, label=span.label))
        if changed:
            doc.ents = entities
        return doc


@Language.factory(COMPONENT_NAME)
def make_entity_trimmer(nlp: Language, name: str) -> EntityTrimmer:
    return EntityTrimmer()
