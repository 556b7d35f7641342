"""NER training-data augmentation: datelines and a country between a title and a name."""

from __future__ import annotations

import random

from warta.nlp.augment import datelines, title_country_names
from warta.nlp.corpora import NerSentence

SENTENCE = NerSentence(
    ("Menteri", "Pertahanan", "Prabowo", "Subianto", "tiba", "di", "Jakarta", "."),
    ((2, 4, "PER"), (6, 7, "LOC")),
)


def spans(sentence: NerSentence) -> list[str]:
    return [" ".join(sentence.words[a:b]) + "/" + label for a, b, label in sentence.spans]


def test_dateline_is_prepended_and_labelled() -> None:
    (out,) = datelines([SENTENCE], ["Moskow"], share=1.0, rng=random.Random(0))
    assert out.words[0] == "MOSKOW" and out.words[1] in {"-", "–", "—"}
    assert spans(out) == ["MOSKOW/LOC", "Prabowo Subianto/PER", "Jakarta/LOC"]


def test_country_goes_between_title_and_name() -> None:
    (out,) = title_country_names([SENTENCE], ["Korea Utara"], share=1.0, rng=random.Random(0))
    assert " ".join(out.words).startswith("Menteri Pertahanan Korea Utara Prabowo Subianto")
    assert spans(out) == ["Korea Utara/LOC", "Prabowo Subianto/PER", "Jakarta/LOC"]


def test_no_title_no_copy() -> None:
    plain = NerSentence(("kata", "Prabowo", "."), ((1, 2, "PER"),))
    assert title_country_names([plain], ["Rusia"], share=1.0, rng=random.Random(0)) == []


def test_seeded_output_is_repeatable() -> None:
    first = datelines([SENTENCE] * 20, ["Moskow", "Jakarta"], share=0.5, rng=random.Random(3))
    again = datelines([SENTENCE] * 20, ["Moskow", "Jakarta"], share=0.5, rng=random.Random(3))
    assert first == again and 0 < len(first) < 20


def test_country_short_form_in_brackets() -> None:
    outputs = title_country_names(
        [SENTENCE] * 10,
        ["Korea Utara"],
        share=1.0,
        rng=random.Random(0),
        acronyms={"Korea Utara": "Korut"},
    )
    with_short = [o for o in outputs if "Korut" in o.words]
    assert with_short and len(with_short) < len(outputs)
    assert spans(with_short[0]) == [
        "Korea Utara/LOC",
        "Korut/LOC",
        "Prabowo Subianto/PER",
        "Jakarta/LOC",
    ]
