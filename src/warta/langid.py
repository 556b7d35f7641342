"""Document language: Indonesian, Malay, English, or ``other``.

Two steps, decided per document (headlines alone are a coin toss between Indonesian and Malay):
1. function-word coverage tells Indonesian/Malay or English text from anything else (lingua,
   restricted to three languages for speed, would otherwise force French into one of them);
2. lingua, restricted to Indonesian, Malay and English, picks among them with a confidence;
3. lingua often calls Indonesian news Malay with high confidence, so a Malay answer stands only
   when words of the Malay standard (``kerana``, ``kerajaan``, ``polis``) outnumber words of the
   Indonesian one (``karena``, ``pemerintah``, ``polisi``) — ``variety_markers.tsv``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from warta import langdata

SAMPLE_CHARS = 1500
"""Detection reads the first characters of the body: enough for a stable answer, and lingua's
cost grows with length."""
MIN_FUNCTION_WORD_SHARE = 0.05
"""In Indonesian and English prose, the listed function words are 15-30 % of tokens; text with
under 5 % is in another language (or a list, not prose)."""
MIN_TOKENS = 5
MIN_TOKENS_FOR_OTHER = 30
"""Below this many tokens the function-word share is too noisy to call a text ``other``."""

_TOKEN = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    language: str
    """``id``, ``ms``, ``en`` or ``other``."""
    confidence: float


@cache
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(
        Language.INDONESIAN, Language.MALAY, Language.ENGLISH
    ).build()


_CODES = {"INDONESIAN": "id", "MALAY": "ms", "ENGLISH": "en"}


def identify(text: str) -> LanguageGuess:
    sample = text[:SAMPLE_CHARS]
    tokens = [t.lower() for t in _TOKEN.findall(sample)]
    if len(tokens) < MIN_TOKENS:
        return LanguageGuess("other", 0.0)
    words = langdata.function_words()
    share = {lang: sum(t in vocab for t in tokens) / len(tokens) for lang, vocab in words.items()}
    if len(tokens) >= MIN_TOKENS_FOR_OTHER and max(share.values()) < MIN_FUNCTION_WORD_SHARE:
        return LanguageGuess("other", round(1.0 - max(share.values()) / MIN_FUNCTION_WORD_SHARE, 3))
    values = {
        _CODES[v.language.name]: float(v.value)
        for v in _detector().compute_language_confidence_values(sample)
    }
    best = max(values, key=lambda code: values[code])
    if best == "ms":
        joined = f" {' '.join(tokens)} "
        counts = {
            variety: sum(joined.count(f" {w} ") for w in vocab)
            for variety, vocab in langdata.variety_markers().items()
        }
        if counts.get("id", 0) >= counts.get("ms", 0):
            return LanguageGuess("id", round(max(values["id"], 1.0 - values["ms"]), 3))
    return LanguageGuess(best, round(values[best], 3))
