"""Event fusion on the seed pages' coded events (warta.events)."""

from __future__ import annotations

from warta.events import code_article
from warta.records import Article
from warta.stories.fusion import dates_compatible, fuse_events, period


def _fused(seeds: list[Article]) -> list[object]:
    return list(
        fuse_events(
            "s-test",
            {a.id: code_article(a) for a in seeds},
            outlets={a.id: a.outlet for a in seeds},
            days={a.id: a.published for a in seeds},
        )
    )


def test_periods_of_timex_values() -> None:
    assert period("2023-W30") == (period("2023-07-24")[0], period("2023-07-30")[1])  # type: ignore[index]
    assert dates_compatible("2023-W30", "2023-07-27")
    assert dates_compatible("2023-07-25/2023-07-27", "2023-07-27")
    assert not dates_compatible("2019", "2023-07-27")
    assert not dates_compatible("1953-07-27", "2023-07-27")


def test_shoigu_visit_is_one_fused_event_reported_by_both_articles(seeds: list[Article]) -> None:
    fused = _fused(seeds)
    visits = [
        f
        for f in fused
        if f.type == "CONSULT" and not f.historical and "RUS" in f.actors  # type: ignore[attr-defined]
    ]
    assert len(visits) == 1
    visit = visits[0]
    assert visit.articles == 2 and visit.outlets == 2  # type: ignore[attr-defined]
    assert visit.recipients == ("PRK",)  # type: ignore[attr-defined]
    assert {r.article_id for r in visit.reports} == {a.id for a in seeds}  # type: ignore[attr-defined]
    # the Sindonews report announces it (AGREE, future), IDM reports it done: kept visible
    assert any(d.startswith("coded as:") for d in visit.disagreements)  # type: ignore[attr-defined]
    for report in visit.reports:  # type: ignore[attr-defined]
        text = next(a.text for a in seeds if a.id == report.article_id)
        assert 0 <= report.start < report.end <= len(text)


def test_background_events_stay_apart_with_their_own_dates(seeds: list[Article]) -> None:
    fused = _fused(seeds)
    meeting = [f for f in fused if f.historical and f.type == "CONSULT"]  # type: ignore[attr-defined]
    assert len(meeting) == 1
    assert meeting[0].date == "2019" and meeting[0].articles == 1  # type: ignore[attr-defined]
    # nothing dated before 2023 is fused into a 2023 event
    for f in fused:
        if not f.historical:  # type: ignore[attr-defined]
            assert all(
                r.date is None or not r.date.startswith(("19", "2019"))
                for r in f.reports  # type: ignore[attr-defined]
            )


def test_fusion_does_not_depend_on_article_order(seeds: list[Article]) -> None:
    assert _fused(seeds) == _fused(list(reversed(seeds)))
