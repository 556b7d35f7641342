"""The shipped pipeline: loads offline, finds the seed entities, keeps offsets exact."""

from __future__ import annotations

import socket
from typing import Any

import pytest

import warta.nlp
from tests.nlp.conftest import SEED_HEADER, SEED_KANG, SEED_KEMHAN, SEED_KIM, SEED_SHOIGU

SEED_TEXT = "\n".join([SEED_SHOIGU, SEED_KEMHAN, SEED_KIM, SEED_KANG])


@pytest.fixture(scope="module")
def analysis() -> warta.nlp.Analysis:
    return warta.nlp.annotate(SEED_TEXT)


def test_model_loads_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("network access while loading the model")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    warta.nlp.load.cache_clear()
    try:
        nlp = warta.nlp.load()
        assert nlp.pipe_names[-3:] == ["ner", "warta_entity_trim", "warta_places"]
        assert {"parser", "morphologizer", "trainable_lemmatizer"} <= set(nlp.pipe_names)
        fast = warta.nlp.load("fast")
        assert "parser" not in fast.pipe_names and "ner" in fast.pipe_names
    finally:
        warta.nlp.load.cache_clear()


def test_load_is_cached() -> None:
    assert warta.nlp.load() is warta.nlp.load()


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="mode"):
        warta.nlp.load("slow")


def labels(analysis: warta.nlp.Analysis) -> dict[str, str]:
    return {e.text: e.label for e in analysis.entities}


# "Kang Sun Nam": "Kang" is also the Sundanese honorific ("Kang Emil", outside the name in the
# training data); Korean and Chinese names in the NER training copies keep it in the name.
@pytest.mark.parametrize("name", ["Sergey Shoigu", "Kim Jong-un", "Kang Sun Nam"])
def test_seed_people_are_per(analysis: warta.nlp.Analysis, name: str) -> None:
    assert labels(analysis).get(name) == "PER"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kang Sun Nam menyambut delegasi Rusia.", "Kang Sun Nam"),
        ("Menteri Pertahanan Korea Selatan Kang Jae Hyun tiba di Jakarta.", "Kang Jae Hyun"),
        ("Juru bicara Kemlu China Wang Wenbin mengatakan hal itu.", "Wang Wenbin"),
    ],
)
def test_east_asian_names_keep_their_family_name(text: str, name: str) -> None:
    people = [e.text for e in warta.nlp.annotate(text, mode="fast").entities if e.label == "PER"]
    assert name in people


@pytest.mark.parametrize("name", ["Korea Utara", "Pyongyang", "Vladivostok"])
def test_seed_places_are_loc(analysis: warta.nlp.Analysis, name: str) -> None:
    assert labels(analysis).get(name) in {"LOC", "GPE"}


@pytest.mark.parametrize("name", ["Korea Utara", "Pyongyang", "Vladivostok"])
def test_seed_country_and_cities_are_gpe_in_both_modes(name: str) -> None:
    for mode in warta.nlp.MODES:
        found = warta.nlp.annotate(SEED_KIM + " " + SEED_KANG, mode=mode).entities
        assert {e.text: e.label for e in found}.get(name) == "GPE", mode


def test_seed_ministry_is_org(analysis: warta.nlp.Analysis) -> None:
    assert labels(analysis).get("Kementerian Pertahanan") == "ORG"


def test_fast_mode_finds_the_same_people() -> None:
    fast = warta.nlp.annotate(SEED_TEXT, mode="fast")
    assert {"Sergey Shoigu", "Kim Jong-un"} <= {e.text for e in fast.entities if e.label == "PER"}
    assert all(t.dep == "" for t in fast.tokens)


def test_offsets_round_trip(analysis: warta.nlp.Analysis) -> None:
    text = analysis.text
    assert text == SEED_TEXT
    for token in analysis.tokens:
        assert text[token.start : token.end] == token.text
    for entity in analysis.entities:
        assert text[entity.start : entity.end] == entity.text
    for sentence in analysis.sentences:
        assert text[sentence.start : sentence.end].strip() == text[sentence.start : sentence.end]
    starts = [s.start for s in analysis.sentences]
    assert starts == sorted(starts)


def test_tokens_have_tags_lemmas_and_a_tree(analysis: warta.nlp.Analysis) -> None:
    tokens = analysis.tokens
    by_text = {t.text: t for t in tokens}
    assert by_text["Menteri"].pos in {"NOUN", "PROPN"}
    assert by_text["mengumumkan"].pos == "VERB"
    assert by_text["mengumumkan"].lemma == "umum"
    assert by_text["."].pos == "PUNCT"
    for number in range(len(analysis.sentences)):
        members = [i for i, t in enumerate(tokens) if t.sentence == number]
        roots = [i for i in members if tokens[i].head == i]
        assert len(roots) == 1, [tokens[i].text for i in members]
        assert all(tokens[i].head in members for i in members)


def test_headline_date_and_dateline_are_separate_sentences() -> None:
    result = warta.nlp.annotate(SEED_HEADER)
    texts = [result.text[s.start : s.end] for s in result.sentences]
    assert texts[0] == "Minggu, 19 Mei 2024"
    assert texts[2] == "BACA JUGA"
    assert texts[3] == "Jakarta, IDM –"


def test_json_shape(analysis: warta.nlp.Analysis) -> None:
    data = analysis.to_json()
    assert set(data) == {"sentences", "tokens", "entities"}
    assert {"start", "end", "text", "pos", "lemma", "head", "dep"} <= set(data["tokens"][0])
    assert set(data["entities"][0]) == {"start", "end", "label", "text"}


def test_empty_text() -> None:
    result = warta.nlp.annotate("")
    assert result.tokens == () and result.sentences == () and result.entities == ()
