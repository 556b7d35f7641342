"""Readers for the annotated corpora the pipeline is trained and evaluated on.

* CoNLL-U (Universal Dependencies): multiword tokens whose parts spell the surface form
  (``menyetujuinya`` = ``menyetujui`` + ``nya``) become adjacent tokens with no space between;
  others are merged into one token. ``split_clitics`` converts the pre-2.9 GSD tokenisation
  (``penghuninya`` as one word) to the current one with the tokenizer's own clitic rules.
* Column NER files (``word [columns...] TAG``, BIO tags, blank line between sentences) with the
  labels mapped to PER, ORG and LOC.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab

from warta.nlp.lang import clitic_rules

NER_LABELS: dict[str, str] = {
    "PER": "PER",
    "PERSON": "PER",
    "ORG": "ORG",
    "ORGANIZATION": "ORG",
    "ORGANISATION": "ORG",
    "LOC": "LOC",
    "LOCATION": "LOC",
    "PLACE": "LOC",
}
"""Source label → Warta label; any other label is read as outside (O)."""

PASSIVE_PREFIXES = ("di",)
ACTIVE_PREFIXES = ("me",)


@dataclass(slots=True)
class Word:
    form: str
    space_after: bool
    upos: str
    feats: str
    lemma: str | None
    head: int
    """Index into the sentence's words; -1 for the root."""
    deprel: str


@dataclass(slots=True)
class Sentence:
    sent_id: str
    words: list[Word] = field(default_factory=list)


def _misc_space(misc: str) -> bool:
    return "SpaceAfter=No" not in misc.split("|")


def _clitic_word(stem: Word, stem_index: int, clitic: str, space_after: bool) -> Word:
    """UD annotation of a clitic split off an old-tokenisation word (GSD r2.1 conversion)."""
    lower = stem.form.lower()
    if clitic == "nya":
        if stem.upos in {"NOUN", "PROPN", "PRON", "NUM"}:
            upos, deprel = "PRON", "nmod:poss"
        elif stem.upos == "VERB" and lower.startswith(PASSIVE_PREFIXES):
            upos, deprel = "PRON", "obl:agent"
        elif stem.upos == "VERB" and lower.startswith(ACTIVE_PREFIXES):
            upos, deprel = "PRON", "obj"
        elif stem.upos == "VERB":
            upos, deprel = "PRON", "nsubj"
        else:
            upos, deprel = "DET", "det"
        feats = "Number=Sing|Person=3|PronType=Prs" if upos == "PRON" else ""
        return Word("nya", space_after, upos, feats, "nya", stem_index, deprel)
    return Word(clitic, space_after, "PART", "", clitic, stem_index, "advmod:emph")


def read_conllu(path: Path, *, split_clitics: bool = False) -> Iterator[Sentence]:
    """Sentences of a CoNLL-U file (see the module docstring for tokens and clitics)."""
    rules = clitic_rules()
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        sent_id = ""
        rows: list[list[str]] = []
        for line in lines:
            if line.startswith("# sent_id"):
                sent_id = line.split("=", 1)[1].strip()
            elif not line.startswith("#"):
                cols = line.split("\t")
                if len(cols) == 10 and "." not in cols[0]:
                    rows.append(cols)
        # Group rows into surface units: (surface, space_after, [word rows]).
        units: list[tuple[str, bool, list[list[str]]]] = []
        pending: tuple[str, bool, int] | None = None
        for cols in rows:
            if "-" in cols[0]:
                _first, last = (int(x) for x in cols[0].split("-"))
                pending = (cols[1], _misc_space(cols[9]), last)
                units.append((cols[1], _misc_space(cols[9]), []))
                continue
            if pending is not None:
                units[-1][2].append(cols)
                if int(cols[0]) == pending[2]:
                    pending = None
                continue
            units.append((cols[1], _misc_space(cols[9]), [cols]))
        # Map UD ids to output indices, merging multiword tokens that do not spell the surface.
        words: list[Word] = []
        id_to_index: dict[str, int] = {}
        raw_heads: list[str] = []
        for surface, space_after, members in units:
            forms = [m[1] for m in members]
            if len(members) > 1 and "".join(forms) != surface:
                keep = next((m for m in members if m[6] not in {x[0] for x in members}), members[0])
                for m in members:
                    id_to_index[m[0]] = len(words)
                words.append(_word(keep, surface, space_after))
                raw_heads.append(keep[6])
                continue
            for k, m in enumerate(members):
                id_to_index[m[0]] = len(words)
                last_member = k == len(members) - 1
                words.append(_word(m, m[1], space_after if last_member else False))
                raw_heads.append(m[6])
        for word, head in zip(words, raw_heads, strict=True):
            word.head = -1 if head == "0" else id_to_index[head]
        for i, word in enumerate(words):
            if word.head == i:
                word.head = -1
        if split_clitics:
            words = _split_clitic_words(words, rules.split)
        yield Sentence(sent_id, words)


def _word(cols: list[str], form: str, space_after: bool) -> Word:
    lemma = None if cols[2] == "_" and form != "_" else cols[2]
    feats = "" if cols[5] == "_" else cols[5]
    return Word(form, space_after, cols[3], feats, lemma, 0, cols[7])


def _split_clitic_words(
    words: list[Word], split: Callable[[str], tuple[str, str] | None]
) -> list[Word]:
    """Old-tokenisation words re-tokenised with the clitic rules; heads re-indexed."""
    new_index: list[int] = []
    plan: list[tuple[Word, tuple[str, str] | None]] = []
    count = 0
    for word in words:
        parts = None if word.upos in {"PROPN", "X"} else split(word.form)
        new_index.append(count)
        plan.append((word, parts))
        count += 1 if parts is None else 2
    out: list[Word] = []
    for word, parts in plan:
        head = new_index[word.head] if word.head >= 0 else -1
        if parts is None:
            out.append(
                Word(
                    word.form,
                    word.space_after,
                    word.upos,
                    word.feats,
                    word.lemma,
                    head,
                    word.deprel,
                )
            )
            continue
        stem = Word(parts[0], False, word.upos, word.feats, word.lemma, head, word.deprel)
        out.append(stem)
        out.append(_clitic_word(stem, len(out) - 1, parts[1].lower(), word.space_after))
    return out


def sentence_text(sentence: Sentence) -> str:
    return "".join(w.form + (" " if w.space_after else "") for w in sentence.words).rstrip()


def sentence_doc(vocab: Vocab, sentence: Sentence) -> Doc:
    """Gold spaCy Doc of a UD sentence (root relation written ``ROOT`` as spaCy does)."""
    words = [w.form for w in sentence.words]
    spaces = [w.space_after for w in sentence.words]
    spaces[-1] = False
    has_feats = any(w.feats for w in sentence.words)
    doc = Doc(
        vocab,
        words=words,
        spaces=spaces,
        pos=[w.upos for w in sentence.words],
        morphs=[w.feats for w in sentence.words] if has_feats else None,
        heads=[i if w.head < 0 else w.head for i, w in enumerate(sentence.words)],
        deps=["ROOT" if w.head < 0 else w.deprel for w in sentence.words],
        sent_starts=[i == 0 for i in range(len(words))],
    )
    for token, word in zip(doc, sentence.words, strict=True):
        if word.lemma is not None:
            token.lemma_ = word.lemma
    return doc


@dataclass(frozen=True, slots=True)
class NerSentence:
    words: tuple[str, ...]
    spans: tuple[tuple[int, int, str], ...]
    """(first word, end word exclusive, label)."""

    def key(self) -> str:
        """Normalised text, used to find the same sentence in two corpora."""
        return " ".join(w.lower() for w in self.words)


def read_ner(path: Path) -> Iterator[NerSentence]:
    """Sentences of a column NER file: word first, BIO tag last; unknown labels are O."""
    words: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        cols = line.split()
        if not cols:
            if words:
                yield NerSentence(tuple(words), _bio_spans(tags))
            words, tags = [], []
            continue
        words.append(cols[0])
        tags.append(cols[-1] if len(cols) > 1 else "O")


def _bio_spans(tags: list[str]) -> tuple[tuple[int, int, str], ...]:
    spans: list[tuple[int, int, str]] = []
    start = -1
    label = ""
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, raw = tag.partition("-")
        mapped = NER_LABELS.get(raw, "") if prefix in {"B", "I"} else ""
        continues = prefix == "I" and mapped == label and start >= 0
        if start >= 0 and not continues:
            spans.append((start, i, label))
            start = -1
        if mapped and not continues:
            start, label = i, mapped
    return tuple(spans)


def ner_text_and_offsets(sentence: NerSentence) -> tuple[str, list[tuple[int, int, str]]]:
    """Space-joined text and the character spans of its entities."""
    starts: list[int] = []
    pos = 0
    for word in sentence.words:
        starts.append(pos)
        pos += len(word) + 1
    text = " ".join(sentence.words)
    spans = [
        (starts[a], starts[b - 1] + len(sentence.words[b - 1]), label)
        for a, b, label in sentence.spans
    ]
    return text, spans
