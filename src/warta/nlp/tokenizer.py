"""Indonesian news tokenizer: spaCy's rule tokenizer with news rules, plus enclitic splitting.

Differences from ``spacy.blank("id")``:

1. hyphenated words stay whole (``Kim Jong-un``, ``badan-badan``, ``ke-70``), as UD and the NER
   corpora write them;
2. numeric dates stay whole (``(25/7/2023)`` gives ``(``, ``25/7/2023``, ``)``);
3. dotted abbreviations from ``abbreviations.tsv`` stay whole (``Jl.``, ``No.``, ``dll.``);
4. curly quotes, em and en dashes split off even inside a word (``berkata,”Ya``);
5. enclitics listed in ``clitics.tsv`` become their own tokens (``rumahnya`` gives ``rumah``,
   ``nya``; ``apakah`` gives ``apa``, ``kah``), the UD Indonesian (GSD v2.9+) tokenisation.

Character offsets are exact: every token is a slice of the input text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

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

from warta.nlp.lang import CliticRules, abbreviations, clitic_rules

TOKENIZER_NAME = "warta.id_news_tokenizer.v1"

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


def _special_cases() -> dict[str, list[dict[int, str]]]:
    rules: dict[str, list[dict[int, str]]] = {}
    for key, value in Indonesian.Defaults.tokenizer_exceptions.items():
        rules[key] = value
    for abbreviation in abbreviations():
        rules[abbreviation.form] = [{ORTH: abbreviation.form}]
    return rules


def base_tokenizer(vocab: Vocab) -> Tokenizer:
    """spaCy rule tokenizer with the news rules 1-4 above (no clitic splitting)."""
    defaults = Indonesian.Defaults
    return Tokenizer(
        vocab,
        rules=_special_cases(),
        prefix_search=compile_prefix_regex(defaults.prefixes).search,
        suffix_search=compile_suffix_regex(defaults.suffixes).search,
        infix_finditer=compile_infix_regex(INFIXES).finditer,
        token_match=TOKEN_MATCH.match,
        url_match=defaults.url_match,
    )


class NewsTokenizer:
    """Callable tokenizer: rule tokenizer, then enclitic splitting (rule 5)."""

    def __init__(self, vocab: Vocab, *, split_clitics: bool = True) -> None:
        self.vocab = vocab
        self.base = base_tokenizer(vocab)
        self.split_clitics = split_clitics
        self.rules: CliticRules = clitic_rules()
        self._endings = tuple(self.rules.clitics)

    def __call__(self, text: str) -> Doc:
        doc: Doc = self.base(text)
        if not self.split_clitics:
            return doc
        rules = self.rules
        endings = self._endings
        splits: dict[int, tuple[str, str]] = {}
        for token in doc:
            word = token.text
            if len(word) > 4 and word.lower().endswith(endings):
                parts = rules.split(word)
                if parts is not None:
                    splits[token.i] = parts
        if not splits:
            return doc
        words: list[str] = []
        spaces: list[bool] = []
        for token in doc:
            parts = splits.get(token.i)
            if parts is None:
                words.append(token.text)
                spaces.append(bool(token.whitespace_))
            else:
                words.extend(parts)
                spaces.extend((False, bool(token.whitespace_)))
        split_doc: Doc = Doc(self.vocab, words=words, spaces=spaces)
        return split_doc

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
