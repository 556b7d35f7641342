"""NER training-data augmentation: datelines, a country between a title and a name, East Asian
names."""

from __future__ import annotations

import random

from warta.nlp.augment import datelines, east_asian_names, title_country_names
from warta.nlp.corpora import NerSentence
from warta.nlp.lang import east_asian_names as east_asian_names_data

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


def test_east_asian_name_replaces_a_person_and_keeps_spans_aligned() -> None:
    names = east_asian_names_data()
    outputs = east_asian_names([SENTENCE] * 30, names, share=1.0, rng=random.Random(1))
    assert len(outputs) == 30
    families = {f for origin in names.families.values() for f in origin}
    for out in outputs:
        person = [s for s in spans(out) if s.endswith("/PER")]
        assert len(person) == 1
        first = person[0].split()[0]
        assert first in families
        assert spans(out)[-1] == "Jakarta/LOC"
        assert out.words[:2] == ("Menteri", "Pertahanan")
    lengths = {len(o.words) for o in outputs}
    assert len(lengths) > 1  # spaced three-part names and one- or two-token forms both occur


def test_sentence_without_a_person_is_not_copied() -> None:
    place_only = NerSentence(("di", "Jakarta"), ((1, 2, "LOC"),))
    assert (
        east_asian_names([place_only], east_asian_names_data(), share=1.0, rng=random.Random(0))
        == []
    )
