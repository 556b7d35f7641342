"""Bring UD Indonesian-GSD r2.1 annotation closer to the current (v2.9+) guidelines.

GSD r2.1 train is the only large Indonesian treebank here, but its conventions differ from the
v2.17 test set (``akan``/``telah`` ADV vs AUX, ``untuk`` ADP vs SCONJ, ``flat`` vs ``nmod``
after common nouns, no lemmas or features). The r2.1 dev and v2.17 dev splits annotate the same
sentences, so the mapping is learned from that parallel data (training data only):

1. words of a sentence pair are aligned by their character span (spaces ignored);
2. UPOS: ``(word, old UPOS, next word's old UPOS) -> new UPOS``, else ``(word, old UPOS) ->
   new UPOS``, each when seen ``MIN_COUNT`` times with a ``MIN_SHARE`` majority;
3. relation: ``(word, old relation, new UPOS)``, then ``(old relation, dependent UPOS, head
   UPOS)``
   (UPOS after step 2), each with the same thresholds;
4. lemmas and features: ``(word, UPOS) -> lemma / features`` from all current-guideline
   training sentences when unambiguous; other words keep no lemma (missing, not trained on).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from warta.nlp.corpora import Sentence, Word

MIN_COUNT = 2
MIN_SHARE = 0.7
STRUCT_MIN_COUNT = 5
LEXICON_MIN_SHARE = 0.9


def _next_upos(words: Sequence[Word], i: int) -> str:
    return words[i + 1].upos if i + 1 < len(words) else "END"


@dataclass(frozen=True, slots=True)
class Harmoniser:
    upos: dict[tuple[str, str], str]
    upos_in_context: dict[tuple[str, str, str], str]
    """``(word, old UPOS, next word's old UPOS) -> new UPOS`` (``untuk`` before a verb is
    SCONJ, before a noun ADP); tried before ``upos``."""
    deprel_lexical: dict[tuple[str, str, str], str]
    deprel_structural: dict[tuple[str, str, str], str]
    lemma: dict[tuple[str, str], str]
    feats: dict[tuple[str, str], str]

    def map_upos(self, words: Sequence[Word]) -> list[str]:
        out = []
        for i, word in enumerate(words):
            lower = word.form.lower()
            new = self.upos_in_context.get((lower, word.upos, _next_upos(words, i)))
            out.append(new or self.upos.get((lower, word.upos), word.upos))
        return out

    def apply(self, sentence: Sentence) -> Sentence:
        words = sentence.words
        upos = self.map_upos(words)
        out: list[Word] = []
        for i, word in enumerate(words):
            lower = word.form.lower()
            head_upos = "ROOT" if word.head < 0 else upos[word.head]
            deprel = self.deprel_lexical.get((lower, word.deprel, upos[i]))
            if deprel is None:
                deprel = self.deprel_structural.get((word.deprel, upos[i], head_upos), word.deprel)
            key = (lower, upos[i])
            lemma = word.lemma if word.lemma is not None else self.lemma.get(key)
            feats = word.feats or self.feats.get(key, "")
            out.append(Word(word.form, word.space_after, upos[i], feats, lemma, word.head, deprel))
        return Sentence(sentence.sent_id, out)


K = TypeVar("K", bound=Hashable)


def _majority(counts: dict[K, Counter[str]], min_count: int, min_share: float) -> dict[K, str]:
    table: dict[K, str] = {}
    for key, counter in counts.items():
        value, count = counter.most_common(1)[0]
        total = sum(counter.values())
        if count >= min_count and count / total >= min_share:
            table[key] = value
    return table


def _spans(sentence: Sentence) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for word in sentence.words:
        spans.append((pos, pos + len(word.form)))
        pos += len(word.form)
    return spans


def learn(
    old: Iterable[Sentence], new: Sequence[Sentence], lexicon: Iterable[Sentence]
) -> Harmoniser:
    """Learn the mapping from parallel ``old``/``new`` sentences (matched by sent_id)."""
    by_id = {s.sent_id: s for s in new}
    upos_counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    context_counts: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    pairs: list[tuple[Sentence, Sentence, dict[int, int]]] = []
    for old_sentence in old:
        new_sentence = by_id.get(old_sentence.sent_id)
        if new_sentence is None:
            continue
        old_text = "".join(w.form for w in old_sentence.words)
        if old_text != "".join(w.form for w in new_sentence.words):
            continue
        new_index = {span: i for i, span in enumerate(_spans(new_sentence))}
        alignment = {
            i: new_index[span] for i, span in enumerate(_spans(old_sentence)) if span in new_index
        }
        pairs.append((old_sentence, new_sentence, alignment))
        for i, j in alignment.items():
            word = old_sentence.words[i]
            target = new_sentence.words[j].upos
            upos_counts[(word.form.lower(), word.upos)][target] += 1
            context = (word.form.lower(), word.upos, _next_upos(old_sentence.words, i))
            context_counts[context][target] += 1
    partial = Harmoniser(
        upos=_majority(upos_counts, MIN_COUNT, MIN_SHARE),
        upos_in_context=_majority(context_counts, MIN_COUNT, MIN_SHARE),
        deprel_lexical={},
        deprel_structural={},
        lemma={},
        feats={},
    )
    lexical: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    structural: dict[tuple[str, str, str], Counter[str]] = defaultdict(Counter)
    for old_sentence, new_sentence, alignment in pairs:
        mapped = partial.map_upos(old_sentence.words)
        for i, j in alignment.items():
            word = old_sentence.words[i]
            target = new_sentence.words[j].deprel
            lexical[(word.form.lower(), word.deprel, mapped[i])][target] += 1
            head_upos = "ROOT" if word.head < 0 else mapped[word.head]
            structural[(word.deprel, mapped[i], head_upos)][target] += 1
    lemma_counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    feats_counts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    for sentence in lexicon:
        for word in sentence.words:
            key = (word.form.lower(), word.upos)
            if word.lemma is not None:
                lemma_counts[key][word.lemma] += 1
            feats_counts[key][word.feats] += 1
    return Harmoniser(
        upos=partial.upos,
        upos_in_context=partial.upos_in_context,
        deprel_lexical=_majority(lexical, MIN_COUNT, MIN_SHARE),
        deprel_structural=_majority(structural, STRUCT_MIN_COUNT, MIN_SHARE),
        lemma=_majority(lemma_counts, 1, LEXICON_MIN_SHARE),
        feats=_majority(feats_counts, 1, LEXICON_MIN_SHARE),
    )
