"""Training-data augmentation for news NER: patterns the NER corpora rarely show.

1. datelines: ``MOSKOW - <sentence>``: a place in capitals and a dash before a sentence, the
   place labelled LOC (the corpora are body sentences without datelines);
2. title + country + name: ``Menteri Pertahanan Rusia Sergey Shoigu``: a country inserted
   between a capitalised title word and a PER name, labelled LOC, so that a country before a
   name is not merged into the person (frequent in international news); sometimes with the
   country's short form in brackets (``Korea Utara (Korut)``, from ``abbreviations.tsv``).

Both draw their words from the training data and a country list; a seeded ``random.Random``
keeps the output fixed.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

from warta.nlp.corpora import NerSentence

DASHES = ("-", "–", "—")
SHORT_FORM_SHARE = 0.3
"""Share of title + country copies that use a country with a short form (few countries have
one, and news uses them constantly: AS, Korut, Korsel)."""


def datelines(
    sentences: Sequence[NerSentence], places: Sequence[str], *, share: float, rng: random.Random
) -> list[NerSentence]:
    """Copies of a ``share`` of the sentences with a capitalised dateline in front."""
    out: list[NerSentence] = []
    for sentence in sentences:
        if not places or rng.random() >= share or not sentence.words[0][:1].isupper():
            continue
        place = rng.choice(places).upper().split()
        prefix = (*place, rng.choice(DASHES))
        shift = len(prefix)
        spans = (
            (0, len(place), "LOC"),
            *((a + shift, b + shift, lab) for a, b, lab in sentence.spans),
        )
        out.append(NerSentence((*prefix, *sentence.words), spans))
    return out


def title_country_names(
    sentences: Sequence[NerSentence],
    countries: Sequence[str],
    *,
    share: float,
    rng: random.Random,
    acronyms: Mapping[str, str] | None = None,
) -> list[NerSentence]:
    """Copies with a country inserted between a title word and a person's name.

    A ``SHORT_FORM_SHARE`` of the copies use a country with a short form (``Korea Utara`` →
    ``Korut``); half of those also carry it in brackets after the country (``Menhan Korea Utara
    (Korut) Kang Sun Nam``).
    """
    out: list[NerSentence] = []
    for sentence in sentences:
        covered = {i for a, b, _ in sentence.spans for i in range(a, b)}
        targets = [
            a
            for a, _, label in sentence.spans
            if label == "PER"
            and a > 0
            and (a - 1) not in covered
            and sentence.words[a - 1][:1].isupper()
            and sentence.words[a - 1].isalpha()
        ]
        if not targets or not countries or rng.random() >= share:
            continue
        at = rng.choice(targets)
        with_short = sorted(c for c in countries if c in (acronyms or {}))
        if with_short and rng.random() < SHORT_FORM_SHARE:
            name = rng.choice(with_short)
        else:
            name = rng.choice(countries)
        country = tuple(name.split())
        short = (acronyms or {}).get(name)
        inserted: tuple[str, ...] = country
        extra_spans = [(at, at + len(country), "LOC")]
        if short is not None and rng.random() < 0.5:
            inserted = (*country, "(", short, ")")
            extra_spans.append((at + len(country) + 1, at + len(country) + 2, "LOC"))
        shift = len(inserted)
        spans: list[tuple[int, int, str]] = []
        for a, b, label in sentence.spans:
            if a >= at:
                spans.append((a + shift, b + shift, label))
            else:
                spans.append((a, b, label))
        spans.extend(extra_spans)
        words = (*sentence.words[:at], *inserted, *sentence.words[at:])
        out.append(NerSentence(words, tuple(sorted(spans))))
    return out
