"""Scores of the pipeline against gold corpora, from raw text (the pipeline tokenizes itself).

UD scores follow the CoNLL 2018 shared task: gold and predicted words are aligned by their
character spans, and every score is an F1 of correct words over gold and predicted words (equal
to accuracy when tokenisation is perfect). LAS compares the universal part of the relation
(``nsubj:pass`` counts as ``nsubj``), as CoNLL 2018 does; ``LAS (full label)`` compares
subtypes too. Punctuation is scored. Entities: exact character span and label.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from warta.nlp.corpora import NerSentence, Sentence, ner_text_and_offsets, sentence_text


@dataclass(slots=True)
class Counts:
    correct: int = 0
    gold: int = 0
    predicted: int = 0

    @property
    def precision(self) -> float:
        return 100.0 * self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return 100.0 * self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        total = self.gold + self.predicted
        return 200.0 * self.correct / total if total else 0.0


UD_METRICS = ("tokens", "upos", "feats", "lemma", "uas", "las", "las_full")


@dataclass(slots=True)
class UdScores:
    counts: dict[str, Counts] = field(default_factory=lambda: {m: Counts() for m in UD_METRICS})
    sentences: int = 0
    words: int = 0
    seconds: float = 0.0

    def f1(self, metric: str) -> float:
        return self.counts[metric].f1

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def _universal(deprel: str) -> str:
    label = deprel.lower()
    return "root" if label == "root" else label.split(":")[0]


def score_ud(nlp: Language, sentences: Sequence[Sentence], *, batch_size: int = 64) -> UdScores:
    """Parse each gold sentence's text and score against its annotation."""
    scores = UdScores()
    texts = [sentence_text(s) for s in sentences]
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=batch_size))
    scores.seconds = time.perf_counter() - started
    has_feats = any(w.feats for s in sentences for w in s.words)
    has_lemmas = any(w.lemma for s in sentences for w in s.words)
    for sentence, doc in zip(sentences, docs, strict=True):
        scores.sentences += 1
        _score_ud_sentence(scores, sentence, doc, has_feats=has_feats, has_lemmas=has_lemmas)
    return scores


def _score_ud_sentence(
    scores: UdScores, sentence: Sentence, doc: Doc, *, has_feats: bool, has_lemmas: bool
) -> None:
    gold_spans: list[tuple[int, int]] = []
    pos = 0
    for word in sentence.words:
        gold_spans.append((pos, pos + len(word.form)))
        pos += len(word.form) + (1 if word.space_after else 0)
    predicted = [t for t in doc if not t.is_space]
    pred_by_span = {(t.idx, t.idx + len(t.text)): t for t in predicted}
    scores.words += len(gold_spans)
    counts = scores.counts
    for metric in UD_METRICS:
        counts[metric].gold += len(gold_spans)
        counts[metric].predicted += len(predicted)
    for word, span in zip(sentence.words, gold_spans, strict=True):
        token = pred_by_span.get(span)
        if token is None:
            continue
        counts["tokens"].correct += 1
        if token.pos_ == word.upos:
            counts["upos"].correct += 1
        if has_feats and str(token.morph) == word.feats:
            counts["feats"].correct += 1
        if has_lemmas and word.lemma is not None and token.lemma_ == word.lemma:
            counts["lemma"].correct += 1
        gold_head = None if word.head < 0 else gold_spans[word.head]
        is_root = token.head.i == token.i or token.dep_ == "ROOT"
        pred_head = None if is_root else (token.head.idx, token.head.idx + len(token.head.text))
        if gold_head == pred_head:
            counts["uas"].correct += 1
            pred_label = "root" if is_root else token.dep_.lower()
            if _universal(pred_label) == _universal(word.deprel):
                counts["las"].correct += 1
            if pred_label == word.deprel.lower():
                counts["las_full"].correct += 1


@dataclass(slots=True)
class NerScores:
    labels: dict[str, Counts] = field(default_factory=dict)
    total: Counts = field(default_factory=Counts)
    sentences: int = 0
    words: int = 0
    seconds: float = 0.0

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


MERGED_LABELS: dict[str, str] = {"GPE": "LOC"}
"""Predicted labels scored as another: the NER corpora label countries and cities LOC, so the
pipeline's GPE (warta.nlp.places) is scored as LOC against them."""


def score_ner(
    nlp: Language,
    sentences: Iterable[NerSentence],
    *,
    batch_size: int = 64,
    merged: Mapping[str, str] = MERGED_LABELS,
) -> NerScores:
    """Run the pipeline on each sentence's text and score entities by exact span and label
    (predicted labels renamed by ``merged`` first)."""
    items = [ner_text_and_offsets(s) for s in sentences]
    scores = NerScores()
    started = time.perf_counter()
    docs = list(nlp.pipe((text for text, _ in items), batch_size=batch_size))
    scores.seconds = time.perf_counter() - started
    for (text, gold), doc in zip(items, docs, strict=True):
        scores.sentences += 1
        scores.words += len(text.split())
        gold_set = set(gold)
        pred_set = {(e.start_char, e.end_char, merged.get(e.label_, e.label_)) for e in doc.ents}
        for label in {lab for *_, lab in gold_set | pred_set}:
            counts = scores.labels.setdefault(label, Counts())
            counts.gold += sum(1 for g in gold_set if g[2] == label)
            counts.predicted += sum(1 for p in pred_set if p[2] == label)
            counts.correct += sum(1 for p in pred_set & gold_set if p[2] == label)
        scores.total.gold += len(gold_set)
        scores.total.predicted += len(pred_set)
        scores.total.correct += len(pred_set & gold_set)
    return scores


def score_segmentation(
    nlp: Language, sentences: Sequence[Sentence], *, per_paragraph: int = 8
) -> Counts:
    """Sentence-boundary F1: gold sentences joined into paragraphs, re-split by the pipeline.

    A predicted sentence is correct when its stripped span equals a gold sentence's span.
    Gold UD "sentences" that hold two orthographic sentences count against the segmenter.
    """
    counts = Counts()
    for begin in range(0, len(sentences), per_paragraph):
        chunk = [sentence_text(s) for s in sentences[begin : begin + per_paragraph]]
        gold: set[tuple[int, int]] = set()
        pos = 0
        for text in chunk:
            gold.add((pos, pos + len(text)))
            pos += len(text) + 1
        doc = nlp(" ".join(chunk))
        predicted: set[tuple[int, int]] = set()
        for sent in doc.sents:
            text = sent.text
            start = sent.start_char + (len(text) - len(text.lstrip()))
            end = sent.end_char - (len(text) - len(text.rstrip()))
            if end > start:
                predicted.add((start, end))
        counts.gold += len(gold)
        counts.predicted += len(predicted)
        counts.correct += len(gold & predicted)
    return counts
