"""Golden tests: the events the issue names for the two seed pages (tests/data/provided)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import SEED_000, SEED_002
from warta.events import EventCoder
from warta.events.output import to_plover
from warta.pipeline import clean_paths
from warta.records import Article, Event
from warta.time.stage import tag_article

Seeded = tuple[Article, tuple[Event, ...]]
EXPECTED = Path(__file__).resolve().parents[1] / "data" / "events" / "seeds_expected.jsonl"


def load(path: Path) -> Article:
    [outcome] = list(clean_paths([str(path)]))
    assert isinstance(outcome, Article)
    return replace(outcome, time_expressions=tuple(tag_article(outcome)))


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder()


@pytest.fixture(scope="module")
def seed_000(coder: EventCoder) -> tuple[Article, tuple[Event, ...]]:
    article = load(SEED_000)
    return article, coder(article)


@pytest.fixture(scope="module")
def seed_002(coder: EventCoder) -> tuple[Article, tuple[Event, ...]]:
    article = load(SEED_002)
    return article, coder(article)


def find(events: tuple[Event, ...], trigger: str) -> Event:
    [event] = [e for e in events if e.trigger == trigger]
    return event


def countries(links: tuple[object, ...]) -> set[str]:
    return {link.country for link in links}  # type: ignore[attr-defined]


def test_000_planned_visit_is_agree_future_25_to_27_july(seed_000: Seeded) -> None:
    _, events = seed_000
    event = find(events, "mengunjungi")
    assert (event.type, event.base_type) == ("AGREE", "CONSULT")
    assert countries(event.actors) == {"RUS"} and countries(event.recipients) == {"PRK"}
    assert event.future and event.reported
    assert event.date == "2023-07-25/2023-07-27"
    trip = find(events, "melakukan perjalanan")
    assert trip.type == "AGREE" and trip.future and trip.actors[0].code == "RUSGOVMIL"


def test_000_invitation_is_north_korea_agree(seed_000: Seeded) -> None:
    _, events = seed_000
    event = find(events, "undangan")
    assert event.type == "AGREE" and event.cameo == "036"
    assert countries(event.actors) == {"PRK"} and countries(event.recipients) == {"RUS"}


def test_000_praise_is_support_june_2023(seed_000: Seeded) -> None:
    _, events = seed_000
    event = find(events, "memuji")
    assert event.type == "SUPPORT" and event.cameo == "051"
    assert event.actors[0].code == "PRKGOV" and countries(event.recipients) == {"RUS"}
    assert event.date == "2023-06" and not event.historical


def test_000_crimea_recognition_is_historical_support_for_russia(seed_000: Seeded) -> None:
    _, events = seed_000
    event = find(events, "mengakui")
    assert event.type == "SUPPORT" and event.historical
    assert countries(event.actors) == {"PRK"} and countries(event.recipients) == {"RUS"}


def test_000_kim_putin_2019_meeting_is_historical_consult_in_vladivostok(seed_000: Seeded) -> None:
    _, events = seed_000
    event = find(events, "bertemu")
    assert event.type == "CONSULT" and event.historical and event.date == "2019"
    assert event.actors[0].code == "PRKGOV" and event.recipients[0].code == "RUSGOV"
    assert event.location is not None and event.location.text == "Vladivostok"


def test_000_no_peace_treaty_signing(seed_000: Seeded) -> None:
    _, events = seed_000
    assert not [e for e in events if "menandatangani" in e.trigger]
    assert not [e for e in events if e.type == "SUPPORT" and e.cameo == "057"]


def test_002_meeting_in_pyongyang_is_consult_visit_russia_to_north_korea(seed_002: Seeded) -> None:
    _, events = seed_002
    event = find(events, "melakukan pertemuan")
    assert (event.type, event.mode) == ("CONSULT", "visit")
    assert event.actors[0].code == "RUSGOVMIL" and event.recipients[0].code == "PRKGOVMIL"
    assert event.location is not None and event.location.text == "Pyongyang"
    assert event.date is not None and event.date.startswith("2023-07")


def test_002_commitment_to_expand_defence_cooperation_is_agree_military(seed_002: Seeded) -> None:
    _, events = seed_002
    # "wujud Rusia dalam memperkuat hubungan kerja sama militer dengan Korut" and "komitmen
    # Rusia untuk terus memperluas kerja sama": one AGREE, Russia → North Korea, military.
    article, _ = seed_002
    [event] = [e for e in events if e.type == "AGREE" and e.actors[0].code == "RUS"]
    assert "military" in event.contexts and countries(event.recipients) == {"PRK"}
    assert "kerja sama" in article.text[event.start : event.end]
    assert event.date is not None and event.date.startswith("2023-07")


def test_seed_events_match_the_golden_file(seed_000: Seeded, seed_002: Seeded) -> None:
    """The whole PLOVER output of both seeds; regenerate on purpose with
    ``python -m tests.events.test_seeds`` and review the diff."""
    got = [to_plover(e, a) for a, events in (seed_000, seed_002) for e in events]
    for record in got:
        record["cite_info"]["citation"] = None  # the path depends on where tests run
    expected = [json.loads(line) for line in EXPECTED.read_text(encoding="utf-8").splitlines()]
    assert got == expected


def _regenerate() -> None:
    coder = EventCoder()
    lines = []
    for path in (SEED_000, SEED_002):
        article = load(path)
        for event in coder(article):
            record = to_plover(event, article)
            record["cite_info"]["citation"] = None
            lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    EXPECTED.parent.mkdir(parents=True, exist_ok=True)
    EXPECTED.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    _regenerate()
