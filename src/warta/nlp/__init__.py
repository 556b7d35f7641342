"""Warta's Indonesian NLP pipeline: tokens, sentences, UPOS + features, lemmas, dependencies and
named entities (PER, ORG, LOC, and GPE for countries, provinces and cities), trained here
(``make models``) and shipped in ``warta/models``.

>>> from warta import nlp
>>> analysis = nlp.annotate("Menhan Rusia Sergey Shoigu tiba di Pyongyang.")
>>> [(e.text, e.label) for e in analysis.entities]  # doctest: +SKIP
[('Sergey Shoigu', 'PER'), ('Pyongyang', 'GPE')]

``load()`` returns the spaCy pipeline, loaded once per process and mode:

* ``full``: tokenizer, sentences, tok2vec, morphologizer, lemmatizer, parser, NER;
* ``fast``: tokenizer, sentences, NER (no POS, lemmas or dependencies).

Later stages (time expressions, actors, events) share the object ``load()`` returns.
"""

from __future__ import annotations

from warta.nlp.api import (
    FAST_EXCLUDE,
    MODES,
    Analysis,
    Entity,
    ModelNotFoundError,
    SentenceSpan,
    Token,
    analyse_doc,
    annotate,
    load,
    model_path,
)

__all__ = [
    "FAST_EXCLUDE",
    "MODES",
    "Analysis",
    "Entity",
    "ModelNotFoundError",
    "SentenceSpan",
    "Token",
    "analyse_doc",
    "annotate",
    "load",
    "model_path",
]
