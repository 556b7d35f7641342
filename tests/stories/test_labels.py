"""Story labels: the key event in words, else the headline."""

from __future__ import annotations

from importlib import resources

from warta.records import FusedEvent
from warta.stories.labels import country_names, event_label, event_words, key_event, story_label

HEADLINE = "Menteri Pertahanan Rusia Kunjungi Korea Utara Pekan Ini"


def _fused(
    ident: str,
    type_: str,
    actors: tuple[str, ...],
    recipients: tuple[str, ...] = (),
    *,
    articles: int = 2,
    outlets: int = 2,
    historical: bool = False,
) -> FusedEvent:
    return FusedEvent(
        id=ident,
        story_id="s-test",
        type=type_,
        actors=actors,
        recipients=recipients,
        date="2023-07-27",
        place=None,
        historical=historical,
        reports=(),
        articles=articles,
        outlets=outlets,
        disagreements=(),
    )


def test_every_plover_type_the_coder_knows_has_words_once() -> None:
    path = resources.files("warta") / "lang" / "id" / "events" / "predicates.tsv"
    coded = {
        line.split("\t")[1]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    } - {"NONE"}
    words = event_words()
    assert set(words) == coded
    for noun, preposition in words.values():
        assert noun == noun.strip().casefold()
        assert preposition in {"dengan", "untuk", "kepada", "terhadap", "dari"}
    assert country_names()["PRK"] == "Korea Utara"


def test_the_most_reported_news_event_labels_the_story() -> None:
    fused = [
        _fused("f1", "AGREE", ("PRK",), ("RUS",), articles=1, outlets=1),
        _fused("f2", "CONSULT", ("RUS",), ("PRK",), articles=2, outlets=2),
        _fused("f3", "CONSULT", ("PRK",), ("RUS",), articles=3, historical=True),
    ]
    assert story_label(HEADLINE, fused, docs=2) == "Pertemuan Rusia dengan Korea Utara (CONSULT)"
    assert event_label(_fused("f", "ASSAULT", ("ISR",))) == "Serangan Israel (ASSAULT)"
    assert (
        event_label(_fused("f", "SUPPORT", ("RUS", "CHN"), ("PRK",)))
        == "Dukungan Rusia dan Tiongkok untuk Korea Utara (SUPPORT)"
    )


def test_the_headline_stays_when_no_event_is_the_stories_own() -> None:
    # one report's aside, a background event, a domestic event, a small share of a big story
    assert story_label(HEADLINE, [_fused("f1", "CONSULT", ("RUS",), ("PRK",), articles=1)], 2) == (
        HEADLINE
    )
    background = _fused("f2", "CONSULT", ("PRK",), ("RUS",), historical=True)
    assert story_label(HEADLINE, [background], 2) == HEADLINE
    domestic = _fused("f3", "ACCUSE", ("IDN",), ("IDN",), articles=9)
    assert key_event([domestic], 10) is None
    assert key_event([_fused("f4", "CONSULT", ("RUS",), ("PRK",), articles=2)], 40) is None
    assert story_label(HEADLINE, [], 2) == HEADLINE
