"""Entity clean-up: punctuation at entity edges is trimmed, bracketed acronyms are kept."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from warta.nlp.entities import EntityTrimmer


def entities(rules_nlp: Any, text: str, spans: list[tuple[int, int, str]]) -> list[str]:
    doc = rules_nlp.make_doc(text)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in spans]
    return [f"{e.text}/{e.label_}" for e in EntityTrimmer()(doc).ents]


def test_trailing_dash_is_trimmed(rules_nlp: Any) -> None:
    # Jakarta , IDM – Menteri
    assert entities(rules_nlp, "Jakarta, IDM – Menteri", [(0, 1, "LOC"), (2, 4, "ORG")]) == [
        "Jakarta/LOC",
        "IDM/ORG",
    ]


def test_bracketed_acronym_is_kept(rules_nlp: Any) -> None:
    text = "Badan Usaha Milik Negara (BUMN) menyetor"
    assert entities(rules_nlp, text, [(0, 7, "ORG")]) == ["Badan Usaha Milik Negara (BUMN)/ORG"]


def test_unbalanced_bracket_and_lone_punctuation_are_dropped(rules_nlp: Any) -> None:
    text = "partai PPP) dan ( lain"
    assert entities(rules_nlp, text, [(1, 3, "ORG"), (4, 5, "ORG")]) == ["PPP/ORG"]


def test_wholly_bracketed_entity_is_kept(rules_nlp: Any) -> None:
    text = "Presiden ( SBY ) datang"
    assert entities(rules_nlp, text, [(1, 4, "PER")]) == ["( SBY )/PER"]
