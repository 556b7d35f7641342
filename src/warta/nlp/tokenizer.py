"""Indonesian news tokenizer: spaCy's rule tokenizer with news rules, plus enclitic splitting.

Differences from ``spacy.blank("id")``:

1. hyphenated words stay whole (``Kim Jong-un``, ``badan-badan``, ``ke-70``), as UD and the NER
   corpora write them;
2. numeric dates stay whole (``(25/7/2023)`` gives ``(``, ``25/7/2023``, ``)``);
3. dotted abbreviations from ``abbreviations.tsv`` and initials split before their final full
   stop, as UD Indonesian writes them (``Jl.`` gives ``Jl``, ``.``; ``K.H.`` gives ``K.H``,
   ``.``; ``B.`` gives ``B``, ``.``); the segmenter never ends a sentence at a title's or an
   initial's full stop (warta.nlp.sentences);
4. curly quotes, em and en dashes split off even inside a word (``berkata,”Ya``);
5. enclitics listed in ``clitics.tsv`` become their own tokens (``rumahnya`` gives ``rumah``,
   ``nya``; ``apakah`` gives ``apa``, ``kah``), the UD Indonesian (GSD v2.9+) tokenisation;
6. as UD Indonesian writes them: a doubled backtick opening a quotation is one token, a
   hashtag's ``#`` and the prime after a number (``40′``) split off, and a doubled hyphen
   standing alone is one token.

Character offsets are exact: every token is a slice of the input text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from spacy.attrs import SPACY
from spacy.lang.char_classes import (
    ALPHA,
    ALPHA_LOWER,
    ALPHA_UPPER,
    LIST_ELLIPSES,
    LIST_ICONS,
)
from spacy.lang.id import Indonesian
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry
from spacy.vocab import Vocab

from warta.nlp.lang import DOTTED_KINDS, CliticRules, abbreviations, clitic_rules

TOKENIZER_NAME = "warta.id_news_tokenizer.v1"
SPLIT_CACHE_SIZE = 200_000
"""Distinct words whose clitic split is remembered (emptied when full)."""
CHUNK_CACHE_SIZE = 100_000
"""Distinct whitespace-separated chunks spaCy's tokenizer caches (its default, 10,000, is full
after a few hundred news articles, and chunks first seen later are then split again every
time; 100,000 entries take a few MB)."""

# Whole-token patterns (checked before and after prefix/suffix stripping): numeric dates
# 25/7/2023, 25/7, 25-7-2023 and clock times 10.00 / 10:00.
TOKEN_MATCH = re.compile(
    r"^(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}-\d{1,2}-\d{2,4}|\d{1,2}[.:]\d{2})$"
)

# Infixes: no hyphen rule between letters (Indonesian reduplication and names keep hyphens).
INFIXES = [
    *LIST_ELLIPSES,
    *LIST_ICONS,
    r"[“”„«»]",  # curly double quotes split anywhere
    r"(?<=[^\s])\"(?=[^\s])",  # straight double quote glued between two characters
    r"[—–]",  # em and en dash (datelines: JAKARTA—Presiden)
    rf"(?<=[{ALPHA}0-9])--(?=[{ALPHA}])",
    r"(?<=[0-9])[+*^](?=[0-9])",
    rf"(?<=[{ALPHA}0-9])[,;](?=[{ALPHA}“”\"‘’])",
    rf"(?<=[{ALPHA}])[?!](?=[{ALPHA}])",
    rf"(?<=[{ALPHA_LOWER}])\.(?=[{ALPHA_UPPER}][{ALPHA_LOWER}])",
    rf"(?<=[{ALPHA}]):(?=[{ALPHA}])",
    rf"(?<=[{ALPHA}])[<>=/](?=[{ALPHA}])",
]


# Rule 6: prefixes and suffixes added to spaCy's Indonesian ones (checked first).
PREFIXES = [r"``", r"--", r"#"]
SUFFIXES = [r"(?<=[0-9])[′″]"]


# Rule 3: the final full stop of a dotted abbreviation or of an initial is a token of its own.
INITIAL = re.compile(rf"^[{ALPHA_UPPER}]\.$")
SUFFIXES.append(rf"(?<=^[{ALPHA_UPPER}])\.")


def _special_cases() -> dict[str, list[dict[int, str]]]:
    rules: dict[str, list[dict[int, str]]] = {}
    for key, value in Indonesian.Defaults.tokenizer_exceptions.items():
        if not INITIAL.match(key):
            rules[key] = value
    for abbreviation in abbreviations():
        form = abbreviation.form
        if abbreviation.kind in DOTTED_KINDS:
            rules[form] = [{ORTH: form[:-1]}, {ORTH: "."}]
        else:
            rules[form] = [{ORTH: form}]
    return rules


def _rule_tokenizer(vocab: Vocab, rules: dict[str, list[dict[int, str]]]) -> Tokenizer:
    defaults = Indonesian.Defaults
    return Tokenizer(
        vocab,
        rules=rules,
        prefix_search=compile_prefix_regex([*PREFIXES, *defaults.prefixes]).search,
        suffix_search=compile_suffix_regex([*SUFFIXES, *defaults.suffixes]).search,
        infix_finditer=compile_infix_regex(INFIXES).finditer,
        token_match=TOKEN_MATCH.match,
        url_match=defaults.url_match,
        max_cache_size=CHUNK_CACHE_SIZE,
    )


def needed_special_cases(vocab: Vocab) -> dict[str, list[dict[int, str]]]:
    """The special cases that change the output: the rest are dropped, for speed.

    spaCy's Indonesian exceptions hold about 16,000 reduplicated words (``anak-anak``) that
    map to themselves, one token with no other attribute; with rule 1 (no hyphen split) the
    affix rules already give that token. A special case is not free: spaCy does not cache the
    chunks of a text after the first special case in it (spaCy issue #1250), so with every
    other news article holding one, most chunks were tokenised from scratch. A rule is kept
    when it sets more than ORTH, or when the affix rules alone tokenise its key differently.
    """
    rules = _special_cases()
    bare = _rule_tokenizer(vocab, {})
    plain = [key for key, value in rules.items() if value == [{ORTH: key}] and key]
    spaced = [key for key in plain if any(ch.isspace() for ch in key)]
    words = [key for key in plain if not any(ch.isspace() for ch in key)]
    # Whitespace keys (" ", "\n": a special case in every article with a line break) one by
    # one; the others in one call, a space apart: each chunk is tokenised on its own, and a key
    # is redundant when a token starts where the key does and is the whole key.
    redundant = {key for key in spaced if [t.text for t in bare(key)] == [key]}
    starts: dict[int, str] = {}
    offset = 0
    for key in words:
        starts[offset] = key
        offset += len(key) + 1
    redundant |= {t.text for t in bare(" ".join(words)) if starts.get(t.idx) == t.text}
    return {key: value for key, value in rules.items() if key not in redundant}


def base_tokenizer(vocab: Vocab) -> Tokenizer:
    """spaCy rule tokenizer with the news rules 1-4 above (no clitic splitting)."""
    return _rule_tokenizer(vocab, needed_special_cases(vocab))


class NewsTokenizer:
    """Callable tokenizer: rule tokenizer, then enclitic splitting (rule 5)."""

    def __init__(self, vocab: Vocab, *, split_clitics: bool = True) -> None:
        self.vocab = vocab
        self.base = base_tokenizer(vocab)
        self.split_clitics = split_clitics
        self.rules: CliticRules = clitic_rules()
        self._endings = tuple(self.rules.clitics)
        self._split_cache: dict[int, tuple[str, str] | None] = {}

    def __call__(self, text: str) -> Doc:
        doc: Doc = self.base(text)
        if not self.split_clitics or len(doc) == 0:
            return doc
        # Token texts through the string store, and each distinct word's split looked up once:
        # a Python Token per word cost more than the rule tokenizer itself.
        strings = self.vocab.strings
        orths: list[int] = doc.to_array(ORTH).tolist()
        cache = self._split_cache
        found = False
        for orth in orths:
            if orth in cache:
                parts = cache[orth]
            else:
                parts = self._split(strings[orth])
                if len(cache) >= SPLIT_CACHE_SIZE:
                    cache.clear()
                cache[orth] = parts
            if parts is not None:
                found = True
        if not found:
            return doc
        words: list[str] = []
        spaces: list[bool] = []
        for orth, space in zip(orths, doc.to_array(SPACY).tolist(), strict=True):
            # The loop above may have emptied the cache: compute again when missing.
            parts = cache[orth] if orth in cache else self._split(strings[orth])
            if parts is None:
                words.append(strings[orth])
                spaces.append(bool(space))
            else:
                words.extend(parts)
                spaces.extend((False, bool(space)))
        split_doc: Doc = Doc(self.vocab, words=words, spaces=spaces)
        return split_doc

    def reset_caches(self) -> None:
        """Forget cached splits and chunks (a fresh rule tokenizer), as just after loading."""
        self.base = base_tokenizer(self.vocab)
        self._split_cache.clear()

    def _split(self, word: str) -> tuple[str, str] | None:
        if len(word) > 4 and word.lower().endswith(self._endings):
            return self.rules.split(word)
        return None

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    # Rules come from the package's data files, so serialisation only records the settings.
    def to_bytes(self, **kwargs: Any) -> bytes:
        return json.dumps({"split_clitics": self.split_clitics}).encode("utf-8")

    def from_bytes(self, data: bytes, **kwargs: Any) -> NewsTokenizer:
        self.split_clitics = bool(json.loads(data.decode("utf-8"))["split_clitics"])
        return self

    def to_disk(self, path: str | Path, **kwargs: Any) -> None:
        Path(path).write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, **kwargs: Any) -> NewsTokenizer:
        return self.from_bytes(Path(path).read_bytes())


def create_news_tokenizer() -> Callable[[Language], NewsTokenizer]:
    """spaCy config entry point: ``[nlp.tokenizer] @tokenizers = "warta.id_news_tokenizer.v1"``."""

    def make(nlp: Language) -> NewsTokenizer:
        return NewsTokenizer(nlp.vocab)

    return make


registry.tokenizers.register(TOKENIZER_NAME, func=create_news_tokenizer)
