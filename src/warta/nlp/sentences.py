"""Rule sentence segmenter for Indonesian news, run before the parser (which keeps its bounds).

Rules, in order:

1. a line break ends a sentence: headline, date, ``BACA JUGA`` and dateline lines stay apart;
2. a dateline at the start of a line (``MOSKOW -``, ``Jakarta, IDM –``: up to five capitalised
   tokens, then a dash) is a sentence of its own;
3. ``.``, ``!``, ``?``, ``…`` (the full stop of a sentence-final abbreviation such as ``dll.``
   too), followed by any closing quotes or brackets, end a sentence when the next token starts
   with a capital, a digit or an opening quote, and no quotation is open;
4. nothing else splits: the full stop of a title (``Jl.``, ``Dr.``: ``title`` in
   ``abbreviations.tsv``) or of an initial (``B.`` in ``Susilo B. Yudhoyono``), a token of its
   own as in UD, never ends a sentence, and text inside an open quotation stays in one sentence.
"""

from __future__ import annotations

from typing import cast

import numpy
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc
from thinc.types import Ints2d

from warta.nlp.lang import abbreviations

COMPONENT_NAME = "warta_sentences"

FINAL_PUNCT = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??"})
DASHES = frozenset({"-", "–", "—", "--"})
OPENING_QUOTES = frozenset({"“", "‘", "«", "(", "["})
CLOSING_QUOTES = frozenset({"”", "’", "»", ")", "]", "'"})
STRAIGHT_QUOTE = '"'
MAX_DATELINE_TOKENS = 5


class SentenceSegmenter:
    """Sets ``is_sent_start`` on every token (True at a start, False elsewhere)."""

    def __init__(self) -> None:
        self.titles = frozenset(a.form[:-1] for a in abbreviations() if a.kind == "title")
        """Titles without their full stop (the tokenizer splits it off)."""

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        starts = [False] * n
        starts[0] = True
        # Token texts through the string store and the result as one array: creating a Python
        # Token per word cost more than the rules themselves.
        strings = doc.vocab.strings
        texts = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
        glued = [not space for space in doc.to_array(SPACY).tolist()]
        line_start = 0
        i = 0
        while i <= n:
            if i == n or ("\n" in texts[i] and texts[i].isspace()):
                self._segment_line(texts, glued, line_start, i, starts)
                if i + 1 < n:
                    starts[i + 1] = True
                line_start = i + 1
            i += 1
        values = numpy.array([1 if start else -1 for start in starts], dtype="int64")
        doc.from_array([SENT_START], cast(Ints2d, values.astype("uint64").reshape(n, 1)))
        return doc

    def _segment_line(
        self, texts: list[str], glued: list[bool], begin: int, end: int, starts: list[bool]
    ) -> None:
        if begin >= end:
            return
        # Rule 2: dateline.
        for k in range(begin + 1, min(end, begin + MAX_DATELINE_TOKENS + 1)):
            if texts[k] in DASHES:
                head = texts[begin:k]
                if (
                    k + 1 < end
                    and head[0][:1].isupper()
                    and all(t[:1].isupper() or t in {",", "."} for t in head)
                ):
                    starts[k + 1] = True
                break
        # Rule 3: final punctuation outside quotes.
        depth = 0
        i = begin
        while i < end:
            text = texts[i]
            if text == STRAIGHT_QUOTE:
                depth = 0 if depth > 0 else 1
            elif text in {"“", "«"}:
                depth += 1
            elif text in {"”", "»"}:
                depth = max(0, depth - 1)
            elif text == "." and i > begin and glued[i - 1] and self._title(texts[i - 1]):
                pass  # rule 4: a title's or an initial's full stop
            elif text in FINAL_PUNCT:
                j = i + 1
                while j < end and texts[j] in CLOSING_QUOTES:
                    if texts[j] in {"”", "»"}:
                        depth = max(0, depth - 1)
                    j += 1
                if j < end and texts[j] == STRAIGHT_QUOTE and depth > 0:
                    depth = 0
                    j += 1
                if j < end and depth == 0:
                    nxt = texts[j]
                    if nxt.isspace():
                        j += 1
                        nxt = texts[j] if j < end else ""
                    first = nxt[:1]
                    if first and (
                        first.isupper()
                        or first.isdigit()
                        or nxt in OPENING_QUOTES
                        or nxt == STRAIGHT_QUOTE
                    ):
                        starts[j] = True
                i = j
                continue
            i += 1

    def _title(self, text: str) -> bool:
        return text in self.titles or (len(text) == 1 and text.isupper())


@Language.factory(COMPONENT_NAME)
def make_sentence_segmenter(nlp: Language, name: str) -> SentenceSegmenter:
    return SentenceSegmenter()
