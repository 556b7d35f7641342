"""Stories in the store: build them from the stored articles, add new articles later.

``update_stories(store)``:

1. Signs the stored articles that have no signature yet (``story_signatures``: terms, keys and
   the MinHash signature) and writes them.
2. Near-duplicates: the new signatures go through an LSH index holding every stored signature;
   near-duplicate groups are re-formed with the stored links, canonical copies chosen again.
3. Stories: the clusterer is seeded with the stored articles of the new articles' days (± the
   window), each in its stored story, and the new articles are added in canonical order; the
   old articles never move. Stories that gained members are rewritten (their id follows their
   earliest member, their label their members' headlines).

Tables: migration ``0004_stories.sql``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from warta.records import Article, Event, NearDuplicate, Story
from warta.store import Store
from warta.stories.cluster import (
    NO_DAY,
    WINDOW_DAYS,
    StoryClusterer,
    canonical_order,
    story_id,
)
from warta.stories.features import Signature, Signer, Weights
from warta.stories.fusion import event_from_store_row, fuse_events, fused_json
from warta.stories.neardup import DocInfo, MinHasher, NearDuplicateIndex, groups, similarity

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class UpdateReport:
    new_articles: int
    stories_touched: int
    near_duplicates: int


def _signature_rows(
    store: Store, where: str = "TRUE", params: Iterable[object] = ()
) -> list[tuple[Signature, np.ndarray]]:
    rows = store.con.execute(
        f"SELECT article_id, day, outlet, title, terms, minhash FROM story_signatures WHERE {where}",
        list(params),
    ).fetchall()
    return [
        (
            Signature(r[0], r[1], r[2], r[3], json.loads(r[4])),
            np.frombuffer(bytes(r[5]), dtype="<u4").astype(np.uint32),
        )
        for r in rows
    ]


def update_stories(
    store: Store, *, signer: Signer | None = None, code_events: bool = True
) -> UpdateReport:
    """Sign the new stored articles, find their near-duplicates and place them in stories; fuse
    the events of the stories that changed (``code_events``: code the events of articles the
    ``events`` table does not hold, with ``warta.events``)."""
    con = store.con
    new_articles = list(
        store.iter_articles("status = 'ok' AND id NOT IN (SELECT article_id FROM story_signatures)")
    )
    if not new_articles:
        return UpdateReport(0, 0, 0)
    signer = signer or Signer()
    hasher = MinHasher()
    fresh: list[tuple[Signature, np.ndarray, Article]] = []
    for article in new_articles:
        fresh.append((signer(article), hasher(article.text), article))
    lengths = dict(
        con.execute("SELECT id, length(text) FROM articles WHERE status = 'ok'").fetchall()
    )
    stored = _signature_rows(store)

    # 2. near-duplicates
    index = NearDuplicateIndex(hasher=hasher)
    for signature, minhash in stored:
        doc = DocInfo(signature.id, signature.day, int(lengths.get(signature.id, 0)))
        index.add(doc, signature=minhash)
    pairs: list[tuple[str, str]] = [
        (a, c)
        for a, c in con.execute("SELECT article_id, canonical_id FROM near_duplicates").fetchall()
    ]
    for signature, minhash, article in sorted(fresh, key=lambda f: f[0].id):
        doc = DocInfo(signature.id, signature.day, len(article.text))
        pairs.extend((signature.id, other) for other, _ in index.add(doc, signature=minhash))
    links: list[NearDuplicate] = []
    for canonical, members in sorted(groups(pairs, index.docs).items()):
        for member in members[1:]:
            score = similarity(index.signatures[member], index.signatures[canonical])
            links.append(NearDuplicate(member, canonical, round(score, 4)))

    # 3. stories
    weights = Weights()
    weights.add(s for s, _ in stored)
    weights.add(s for s, _, _ in fresh)
    days = sorted(s.day for s, _, _ in fresh if s.day)
    clusterer = StoryClusterer(weights)
    if days:
        low = (dt.date.fromisoformat(days[0]) - dt.timedelta(days=WINDOW_DAYS)).isoformat()
        high = (dt.date.fromisoformat(days[-1]) + dt.timedelta(days=WINDOW_DAYS)).isoformat()
        member_of = dict(con.execute("SELECT article_id, story_id FROM story_members").fetchall())
        for signature, _ in stored:
            if signature.day and low <= signature.day <= high and signature.id in member_of:
                clusterer.seed(signature, member_of[signature.id])
    placed: dict[str, str] = {}
    for signature in canonical_order(s for s, _, _ in fresh):
        placed[signature.id] = clusterer.add(signature)

    try:
        con.execute("BEGIN")
        con.executemany(
            "INSERT INTO story_signatures VALUES (?, ?, ?, ?, ?, ?)",
            [
                (
                    s.id,
                    s.day,
                    s.outlet,
                    s.title,
                    json.dumps(s.terms, ensure_ascii=False, sort_keys=True),
                    m.astype("<u4").tobytes(),
                )
                for s, m, _ in fresh
            ],
        )
        con.execute("DELETE FROM near_duplicates")
        if links:
            con.executemany(
                "INSERT INTO near_duplicates VALUES (?, ?, ?)",
                [(d.article_id, d.canonical_id, d.similarity) for d in links],
            )
        con.executemany("INSERT INTO story_members VALUES (?, ?)", sorted(placed.items()))
        touched = sorted(set(placed.values()))
        current = _rewrite_stories(store, touched, weights)
        for sid in current:
            _write_fused(store, sid, code_events=code_events)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return UpdateReport(len(fresh), len(touched), len(links))


def _rewrite_stories(store: Store, keys: list[str], weights: Weights) -> list[str]:
    """Recompute the rows of stories whose members changed (``keys``: their ids before the
    change); return their ids after it."""
    con = store.con
    current = []
    for key in keys:
        rows = con.execute(
            "SELECT m.article_id, s.day, s.outlet, s.title FROM story_members m "
            "JOIN story_signatures s USING (article_id) WHERE m.story_id = ?",
            [key],
        ).fetchall()
        if not rows:
            continue
        story = story_from_members(rows, weights)
        if story.id != key:
            con.execute("UPDATE story_members SET story_id = ? WHERE story_id = ?", [story.id, key])
        con.execute("DELETE FROM stories WHERE story_id IN (?, ?)", [key, story.id])
        con.execute("DELETE FROM fused_events WHERE story_id IN (?, ?)", [key, story.id])
        current.append(story.id)
        con.execute(
            "INSERT INTO stories VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                story.id,
                story.label,
                story.first_report,
                story.last_report,
                json.dumps(list(story.outlets), ensure_ascii=False),
                len(story.articles),
                0,
            ],
        )
    return current


def _write_fused(store: Store, sid: str, *, code_events: bool) -> None:
    """Fuse the events of story ``sid`` (two or more articles) and write them."""
    con = store.con
    members = store.rows(
        "SELECT a.id, a.outlet, a.published FROM story_members m "
        "JOIN articles a ON a.id = m.article_id WHERE m.story_id = ?",
        [sid],
    )
    if len(members) < 2:
        return
    ids = [str(m["id"]) for m in members]
    events: dict[str, list[Event]] = {i: [] for i in ids}
    placeholders = ", ".join("?" for _ in ids)
    stored = store.rows(
        f"SELECT * FROM events WHERE article_id IN ({placeholders}) ORDER BY article_id, n", ids
    )
    for row in stored:
        events[str(row["article_id"])].append(event_from_store_row(row))
    if code_events:
        from warta.events import code_article

        for article_id in ids:
            if not events[article_id]:
                article = store.article(article_id)
                if article is not None:
                    events[article_id] = list(code_article(article))
    fused = fuse_events(
        sid,
        events,
        outlets={str(m["id"]): m["outlet"] for m in members},
        days={str(m["id"]): m["published"] for m in members},
    )
    for item in fused:
        con.execute(
            "INSERT INTO fused_events VALUES (?, ?, ?, ?, ?, ?)",
            [
                item.id,
                sid,
                item.type,
                item.articles,
                item.outlets,
                json.dumps(fused_json(item), ensure_ascii=False),
            ],
        )
    con.execute("UPDATE stories SET events = ? WHERE story_id = ?", [len(fused), sid])


def read_fused(store: Store, sid: str | None = None) -> list[dict[str, Any]]:
    """Fused events (of one story, or all), as JSON objects, most reported first."""
    where, params = ("story_id = ?", [sid]) if sid else ("TRUE", [])
    rows = store.con.execute(
        f"SELECT record FROM fused_events WHERE {where} "
        "ORDER BY story_id, articles DESC, outlets DESC, fused_id",
        params,
    ).fetchall()
    return [json.loads(r[0]) for r in rows]


def story_from_members(
    rows: Iterable[tuple[str, str | None, str | None, str]], weights: Weights
) -> Story:
    """A ``Story`` from its members' ``(article id, day, outlet, title)``."""
    clusterer = StoryClusterer(weights)
    members = sorted(rows, key=lambda r: (r[1] or NO_DAY, r[0]))
    key = members[0][0]
    for article_id, day, outlet, title in members:
        clusterer._place(Signature(article_id, day, outlet, title, {}), {}, key)
    (story,) = clusterer.results()
    assert story.id == story_id(key)
    return story


def read_stories(store: Store) -> list[dict[str, object]]:
    """Every stored story: ``{story, label, docs, outlets, events, first_report, last_report}``."""
    rows = store.rows(
        "SELECT story_id AS story, label, docs, outlets, events, first_report, last_report "
        "FROM stories ORDER BY first_report, story_id"
    )
    for row in rows:
        row["outlets"] = json.loads(str(row["outlets"]))
    return rows


def read_story(store: Store, ident: str) -> dict[str, object] | None:
    """One story by id or unique id prefix, with its members and near-duplicates."""
    found = store.rows(
        "SELECT story_id FROM stories WHERE story_id = ? OR story_id LIKE ? LIMIT 2",
        [ident, f"{ident}%"],
    )
    if len(found) != 1:
        return None
    sid = str(found[0]["story_id"])
    (story,) = [s for s in read_stories(store) if s["story"] == sid]
    members = store.rows(
        "SELECT a.id, a.published, a.outlet, a.title, a.url, d.canonical_id, d.similarity "
        "FROM story_members m JOIN articles a ON a.id = m.article_id "
        "LEFT JOIN near_duplicates d ON d.article_id = a.id "
        "WHERE m.story_id = ? ORDER BY a.published, a.id",
        [sid],
    )
    story["articles"] = members
    story["fused_events"] = read_fused(store, sid)
    return story


def member_map(store: Store) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for article_id, sid in store.con.execute(
        "SELECT article_id, story_id FROM story_members ORDER BY article_id"
    ).fetchall():
        out[sid].append(article_id)
    return dict(out)
