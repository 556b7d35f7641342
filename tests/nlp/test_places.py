"""GPE vs LOC after the NER (warta.nlp.places): the gazetteer rules and the component."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Span

from warta.nlp.lang import place_words
from warta.nlp.places import PlaceLabeller, gazetteer


@pytest.mark.parametrize(
    "text",
    [
        "Korea Utara",  # country, CLDR name
        "Tiongkok",  # country alias
        "Pyongyang",  # capital
        "Vladivostok",  # city of the country aliases
        "AS",  # abbreviation, exact case
        "Jawa Tengah",  # province
        "Jakarta Pusat",  # city
        "Jabar",  # short name of a province
        "Kabupaten Boyolali",  # unit word + name
        "Kab. Bogor",
        "Kecamatan Kawangkoan Utara",
        "kota Bandung",  # kota + a city of the gazetteer
    ],
)
def test_countries_capitals_and_indonesian_units_are_gpe(text: str) -> None:
    assert gazetteer().is_gpe(text)


@pytest.mark.parametrize(
    "text",
    [
        "Timur Tengah",  # a region
        "Afrika",  # a continent
        "Selat Sunda",  # water
        "Gedung DPR",  # a building
        "Kota Tua",  # an area of Jakarta, not a city of the gazetteer
        "kabupaten terpencil",  # no name after the unit word
        "Puncak",  # the pass area, listed not_gpe
        "Mindanao",  # an island, listed not_gpe
        "as",  # the abbreviation is matched with its case
    ],
)
def test_other_places_stay_loc(text: str) -> None:
    assert not gazetteer().is_gpe(text)


def test_component_relabels_loc_only(rules_nlp: Any) -> None:
    doc = rules_nlp.make_doc("Menhan Korea Utara bertemu Kim di Pyongyang dan Gedung Putih")
    # Menhan | Korea Utara | bertemu | Kim | di | Pyongyang | dan | Gedung Putih
    doc.ents = [
        Span(doc, 1, 3, label="LOC"),
        Span(doc, 4, 5, label="PER"),
        Span(doc, 6, 7, label="LOC"),
        Span(doc, 8, 10, label="LOC"),
    ]
    out = PlaceLabeller()(doc)
    assert [(e.text, e.label_) for e in out.ents] == [
        ("Korea Utara", "GPE"),
        ("Kim", "PER"),
        ("Pyongyang", "GPE"),
        ("Gedung Putih", "LOC"),  # a seat of government is a building
    ]


def test_an_org_named_like_a_place_keeps_its_label(rules_nlp: Any) -> None:
    doc = rules_nlp.make_doc("Timnas Indonesia menang")
    doc.ents = [Span(doc, 1, 2, label="ORG")]
    assert [e.label_ for e in PlaceLabeller()(doc).ents] == ["ORG"]


def test_place_words_are_normalised_and_unique() -> None:
    words = place_words()
    everything = [*words.units, *words.cities, *words.not_gpe]
    assert len(everything) == len(set(everything))
    assert all(w == w.lower() and w == " ".join(w.split()) for w in everything)
    assert "kabupaten" in words.units and "kota" in words.cities


def test_gpe_rule_is_precise_on_the_hand_checked_samples() -> None:
    from eval.nlp.score_gpe import PRECISION_FLOOR, SAMPLES, read_sample, score

    for sample in SAMPLES:
        counts, _errors = score(read_sample(sample))
        assert counts.gold >= 60
        assert counts.precision >= PRECISION_FLOOR, sample.name
