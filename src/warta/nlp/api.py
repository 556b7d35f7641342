"""Loading the shipped pipeline and turning its output into plain, offset-checked records."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

import warta.nlp.entities
import warta.nlp.places
import warta.nlp.sentences
import warta.nlp.tokenizer  # noqa: F401  (registers the tokenizer the model's config names)

logger = logging.getLogger(__name__)

MODEL_NAME = "id_news"
MODES = ("full", "fast")
FAST_EXCLUDE = ("tok2vec", "morphologizer", "trainable_lemmatizer", "parser")
"""Components left out in ``fast`` mode (the NER has its own tok2vec)."""


class ModelNotFoundError(FileNotFoundError):
    """The trained pipeline is not in the package (run ``make models``)."""


def model_path() -> Path:
    """Folder of the shipped pipeline inside the installed package."""
    return Path(str(resources.files("warta") / "models" / MODEL_NAME))


@cache
def load(mode: str = "full") -> Language:
    """The shipped pipeline, loaded once per process and mode (no network access)."""
    import spacy

    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, not {mode!r}")
    path = model_path()
    if not (path / "config.cfg").is_file():
        raise ModelNotFoundError(f"no trained pipeline at {path}; run `make models`")
    exclude = list(FAST_EXCLUDE) if mode == "fast" else []
    nlp = spacy.load(path, exclude=exclude)
    logger.debug("loaded %s (%s): %s", path, mode, nlp.pipe_names)
    return nlp


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    """One token; ``head`` is the index of its head in ``Analysis.tokens`` (itself at a root,
    whose ``dep`` is ``root`` as in UD)."""

    start: int
    end: int
    text: str
    pos: str
    tag: str
    morph: str
    lemma: str
    head: int
    dep: str
    sentence: int


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class Analysis:
    """Sentences, tokens (whitespace-only tokens left out) and entities, as offsets into text."""

    text: str
    sentences: tuple[SentenceSpan, ...]
    tokens: tuple[Token, ...]
    entities: tuple[Entity, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "sentences": [asdict(s) for s in self.sentences],
            "tokens": [asdict(t) for t in self.tokens],
            "entities": [asdict(e) for e in self.entities],
        }


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def analyse_doc(doc: Doc) -> Analysis:
    """Records of a processed spaCy ``Doc`` (offsets index ``doc.text``)."""
    text: str = doc.text
    index: dict[int, int] = {}
    kept = [t for t in doc if not t.is_space]
    for position, token in enumerate(kept):
        index[token.i] = position
    sentence_of: dict[int, int] = {}
    sentences: list[SentenceSpan] = []
    if doc.has_annotation("SENT_START"):
        spans = [(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]
    else:
        spans = [(0, len(doc), 0, len(text))]
    for first, last, start_char, end_char in spans:
        start, end = _strip(text, start_char, end_char)
        if end <= start:
            continue
        for i in range(first, last):
            sentence_of[i] = len(sentences)
        sentences.append(SentenceSpan(start, end))
    parsed = doc.has_annotation("DEP")
    tokens: list[Token] = []
    for token in kept:
        head = token.head
        # A head that is a whitespace token is replaced by the first non-space head above it.
        steps = 0
        while head.i not in index and head.head.i != head.i and steps < len(doc):
            head = head.head
            steps += 1
        head_index = index.get(head.i, index[token.i]) if parsed else index[token.i]
        tokens.append(
            Token(
                start=token.idx,
                end=token.idx + len(token.text),
                text=token.text,
                pos=token.pos_,
                tag=token.tag_,
                morph=str(token.morph),
                lemma=token.lemma_,
                head=head_index,
                dep=("root" if token.dep_ == "ROOT" else token.dep_) if parsed else "",
                sentence=sentence_of.get(token.i, 0),
            )
        )
    entities = tuple(
        Entity(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents if e.text.strip()
    )
    return Analysis(text, tuple(sentences), tuple(tokens), entities)


def annotate(text: str, *, mode: str = "full") -> Analysis:
    """Run the shared pipeline over ``text``."""
    return analyse_doc(load(mode)(text))
