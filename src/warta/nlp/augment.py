"""Training-data augmentation for news NER: patterns the NER corpora rarely show.

1. datelines: ``MOSKOW - <sentence>``: a place in capitals and a dash before a sentence, the
   place labelled LOC (the corpora are body sentences without datelines);
2. title + country + name: ``Menteri Pertahanan Rusia Sergey Shoigu``: a country inserted
   between a capitalised title word and a PER name, labelled LOC, so that a country before a
   name is not merged into the person (frequent in international news); sometimes with the
   country's short form in brackets (``Korea Utara (Korut)``, from ``abbreviations.tsv``);
3. East Asian names: a person's name replaced by a generated Korean or Chinese one, family name
   first (``Kang Sun Nam``, ``Kim Jong-un``, ``Xi Jinping``), labelled PER as a whole. The
   corpora hold few such names, and some family names are also Indonesian words or honorifics
   (``Kang Emil``, ``Pak Budi``: there the honorific is outside the name), so without these the
   NER leaves such a family name out (``Kang Sun Nam`` came out as ``Sun Nam``).

All draw their words from the training data and a country list; a seeded ``random.Random``
keeps the output fixed.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

from warta.nlp.corpora import NerSentence
from warta.nlp.lang import NAME_ORIGINS, EastAsianNames

DASHES = ("-", "–", "—")
NAME_FORMS: dict[str, tuple[tuple[str, float], ...]] = {
    # Korean: Kang Sun Nam (most North Korean names in Indonesian news), Kim Jong-un, Kim
    # Jongun is rare; Chinese: Xi Jinping, Wang Yi, and the spaced Wang Wen Bin.
    "korean": (("spaced", 0.6), ("hyphen", 0.3), ("single", 0.1)),
    "chinese": (("joined", 0.5), ("single", 0.3), ("spaced", 0.2)),
}
"""Written forms of a generated name and their shares, per origin."""
KOREAN_SHARE = 0.7
"""Share of generated East Asian names that are Korean (the rest Chinese)."""
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


def east_asian_name(names: EastAsianNames, rng: random.Random) -> tuple[str, ...]:
    """A generated name, family name first, as its tokens (see ``NAME_FORMS``)."""
    origin = NAME_ORIGINS[0] if rng.random() < KOREAN_SHARE else NAME_ORIGINS[1]
    family = rng.choice(names.families[origin])
    first, second = rng.sample(names.syllables[origin], 2)
    draw = rng.random()
    form = NAME_FORMS[origin][-1][0]
    for candidate, share in NAME_FORMS[origin]:
        if draw < share:
            form = candidate
            break
        draw -= share
    if form == "spaced":
        return (family, first, second)
    if form == "hyphen":
        return (family, f"{first}-{second.lower()}")
    if form == "joined":
        return (family, first + second.lower())
    return (family, first)


def east_asian_names(
    sentences: Sequence[NerSentence], names: EastAsianNames, *, share: float, rng: random.Random
) -> list[NerSentence]:
    """Copies of a ``share`` of the sentences with a person, one person renamed (rule 3)."""
    out: list[NerSentence] = []
    for sentence in sentences:
        people = [(a, b) for a, b, label in sentence.spans if label == "PER"]
        if not people or rng.random() >= share:
            continue
        start, end = rng.choice(people)
        name = east_asian_name(names, rng)
        shift = len(name) - (end - start)
        spans: list[tuple[int, int, str]] = []
        for a, b, label in sentence.spans:
            if (a, b) == (start, end):
                spans.append((a, a + len(name), label))
            elif a >= end:
                spans.append((a + shift, b + shift, label))
            else:
                spans.append((a, b, label))
        words = (*sentence.words[:start], *name, *sentence.words[end:])
        out.append(NerSentence(words, tuple(spans)))
    return out
