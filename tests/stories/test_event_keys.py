"""Stories: lead-event keys in signatures (``Signer(events=True)``), off by default."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from tests.stories.conftest import SEEDS
from warta.events import code_article
from warta.records import Article
from warta.store import Store
from warta.stories.cluster import build
from warta.stories.features import (
    EVENT_WEIGHT,
    LEAD_CHARS,
    Signer,
    Weights,
    cosine,
    event_key,
    event_keys,
)
from warta.stories.storage import update_stories
from warta.time.stage import tag_article


def _coded(articles: list[Article]) -> list[Article]:
    return [
        replace(a, events=code_article(replace(a, time_expressions=tuple(tag_article(a)))))
        for a in articles
    ]


@pytest.fixture(scope="module")
def coded_seeds(seeds: list[Article]) -> list[Article]:
    return _coded(seeds)


@pytest.fixture(scope="module")
def event_signer() -> Signer:
    return Signer(events=True)


def test_lead_events_give_keys_and_background_does_not(
    coded_seeds: list[Article], event_signer: Signer
) -> None:
    article = coded_seeds[0]
    lead = [e for e in article.events if e.start < LEAD_CHARS and not e.historical]
    rest = [e for e in article.events if e not in lead]
    assert lead and any(e.historical for e in rest) and any(e.start >= LEAD_CHARS for e in rest)
    keys = {k for k in event_signer(article).terms if k.startswith("e:")}
    assert keys == event_keys(article.events) == {event_key(e) for e in lead}
    # the Russian minister's visit: type, actor and recipient by country and sectors
    assert "e:AGREE:RUS-GOV-MIL:PRK" in keys
    assert not {event_key(e) for e in rest if event_key(e) not in keys} & keys
    # off by default; events passed to the signer stand in for ``Article.events``
    assert not any(k.startswith("e:") for k in Signer()(article).terms)
    bare = replace(article, events=())
    assert not any(k.startswith("e:") for k in event_signer(bare).terms)
    assert event_signer(bare, article.events).terms == event_signer(article).terms
    heavy = Signer(actors=False, events=True, event_weight=2.0)(article).terms
    assert {heavy[k] for k in keys} == {2.0} and {event_signer(article).terms[k] for k in keys} == {
        EVENT_WEIGHT
    }


def test_a_shared_event_key_draws_two_reports_together(
    coded_seeds: list[Article], event_signer: Signer
) -> None:
    first, second = coded_seeds
    visit = next(e for e in first.events if event_key(e) == "e:AGREE:RUS-GOV-MIL:PRK")
    plain = [event_signer(first, ()), event_signer(second, ())]
    shared = [event_signer(first, [visit]), event_signer(second, [replace(visit, start=0)])]
    similarities = []
    for signatures in (plain, shared):
        weights = Weights(max_terms=1000)
        weights.add(signatures)
        left, right = (weights.vector(s) for s in signatures)
        similarities.append(cosine(left, right))
        assert ("e:AGREE:RUS-GOV-MIL:PRK" in left) is (signatures is shared)
    assert similarities[1] > similarities[0]


def test_event_keyed_stories_do_not_depend_on_order_nor_compare_all_pairs(
    clickid_sample: list[Article], event_signer: Signer
) -> None:
    coded = _coded(clickid_sample)
    signatures = [event_signer(a) for a in coded]
    assert sum(any(k.startswith("e:") for k in s.terms) for s in signatures) >= len(coded) // 2
    expected, clusterer = build(signatures)
    assert clusterer.comparisons < len(signatures) ** 2 / 2
    for seed in range(5):
        shuffled = list(signatures)
        random.Random(seed).shuffle(shuffled)
        assert build(shuffled)[0] == expected


def test_stored_events_reach_the_signatures_of_stored_articles(db_path: str) -> None:
    from click.testing import CliRunner

    from warta.cli import main

    assert CliRunner().invoke(main, ["run", "--db", db_path, *map(str, SEEDS)]).exit_code == 0
    with Store(db_path) as store:
        stored = {r["article_id"] for r in store.rows("SELECT article_id FROM events")}
        assert stored
        update_stories(store, signer=Signer(events=True))
        rows = store.rows("SELECT article_id, terms FROM story_signatures")
    keyed = {r["article_id"] for r in rows if '"e:' in r["terms"]}
    assert keyed and keyed <= stored
