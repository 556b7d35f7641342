"""Stories in the store: build them from the stored articles, add new articles later.

``update_stories(store)``:

1. Signs the stored articles that have no signature yet (``story_signatures``: terms, keys and
   the MinHash signature) and writes them.
2. Near-duplicates: the new signatures go through an LSH index holding every stored signature;
   near-duplicate groups are re-formed with the stored links, canonical copies chosen again.
3. Stories: the clusterer is seeded with the stored articles of the new articles' days (± the
   window), each in its stored story, and the new articles are added in canonical order; the
   old articles never leave their story, but two stored stories merge when a new article shows
   them to be one (``cluster.MERGE``, steps 5 and 6 of ``cluster``). Stories that gained members are rewritten (their id
   follows their earliest member, their label their members' headlines).

Tables: migration ``0004_stories.sql``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from warta.records import Article, Event, FusedEvent, NearDuplicate, Story
from warta.store import Store
from warta.stories.cluster import (
    NO_DAY,
    WINDOW_DAYS,
    StoryClusterer,
    add_in_order,
    canonical_order,
    story_id,
)
from warta.stories.features import Signature, Signer, Weights
from warta.stories.fusion import event_from_store_row, fuse_events, fused_json
from warta.stories.labels import story_label
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
    # a signer with event keys reads the stored events (those ``warta run`` coded)
    known_events = stored_events(store, [a.id for a in new_articles]) if signer.events else {}
    fresh: list[tuple[Signature, np.ndarray, Article]] = []
    for article in new_articles:
        signature = signer(article, known_events.get(article.id))
        fresh.append((signature, hasher(article.text), article))
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
    add_in_order(clusterer, canonical_order(s for s, _, _ in fresh))
    clusterer.consolidate()
    # a new article can show two stored stories to be one: they merge (``merged``: the stored
    # keys that are gone → the key their members now have); no stored story ever splits
    placed = {s.id: clusterer.story_of[s.id] for s, _, _ in fresh}
    merged = {key: clusterer.resolve(key) for key in clusterer.merged}

    articles_by_id = {a.id: a for _, _, a in fresh}
    try:
        con.execute("BEGIN")
        _insert(
            con,
            "story_signatures",
            {
                "article_id": [sg.id for sg, _, _ in fresh],
                "day": [sg.day for sg, _, _ in fresh],
                "outlet": [sg.outlet for sg, _, _ in fresh],
                "title": [sg.title for sg, _, _ in fresh],
                "terms": [
                    json.dumps(sg.terms, ensure_ascii=False, sort_keys=True) for sg, _, _ in fresh
                ],
                "minhash": [m.astype("<u4").tobytes() for _, m, _ in fresh],
            },
        )
        con.execute("DELETE FROM near_duplicates")
        _insert(
            con,
            "near_duplicates",
            {
                "article_id": [d.article_id for d in links],
                "canonical_id": [d.canonical_id for d in links],
                "similarity": [d.similarity for d in links],
            },
        )
        if merged:
            _rename_members(con, merged)
        ordered = sorted(placed.items())
        _insert(
            con,
            "story_members",
            {"article_id": [a for a, _ in ordered], "story_id": [k for _, k in ordered]},
        )
        touched = sorted(set(placed.values()) | set(merged.values()))
        _rewrite_stories(
            store,
            touched,
            weights,
            code_events=code_events,
            known=articles_by_id,
            removed=sorted(merged),
        )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return UpdateReport(len(fresh), len(touched), len(links))


def _insert(con: Any, table: str, columns: dict[str, list[Any]]) -> None:
    """Insert columns of values through an Arrow table (DuckDB's row-by-row parameters are slow
    and hold memory for many rows)."""
    import pyarrow as pa

    if not next(iter(columns.values())):
        return
    batch = pa.table(columns)
    con.register("stories_batch", batch)
    try:
        names = ", ".join(f'"{c}"' for c in columns)
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM stories_batch")
    finally:
        con.unregister("stories_batch")


def _rewrite_stories(
    store: Store,
    keys: list[str],
    weights: Weights,
    *,
    code_events: bool,
    known: dict[str, Article],
    removed: Iterable[str] = (),
) -> None:
    """Recompute the stories whose members changed (``keys``: their ids before the change):
    their rows, ids (the earliest member) and fused events; drop the rows of ``removed`` (stories
    merged into another)."""
    import pyarrow as pa

    con = store.con
    con.register("stories_keys", pa.table({"key": keys}))
    try:
        rows = con.execute(
            "SELECT m.story_id, m.article_id, s.day, s.outlet, s.title FROM story_members m "
            "JOIN story_signatures s USING (article_id) "
            "WHERE m.story_id IN (SELECT key FROM stories_keys)"
        ).fetchall()
    finally:
        con.unregister("stories_keys")
    by_key: dict[str, list[tuple[str, str | None, str | None, str]]] = defaultdict(list)
    for key, article_id, day, outlet, title in rows:
        by_key[key].append((article_id, day, outlet, title))
    stories = {key: story_from_members(members, weights) for key, members in by_key.items()}
    renamed = {key: story.id for key, story in stories.items() if story.id != key}
    if renamed:
        _rename_members(con, renamed)
    gone = sorted(set(stories) | {story.id for story in stories.values()} | set(removed))
    con.register("stories_gone", pa.table({"key": gone}))
    try:
        con.execute("DELETE FROM stories WHERE story_id IN (SELECT key FROM stories_gone)")
        con.execute("DELETE FROM fused_events WHERE story_id IN (SELECT key FROM stories_gone)")
    finally:
        con.unregister("stories_gone")
    fused = _fuse(store, list(stories.values()), code_events=code_events, known=known)
    _insert(
        con,
        "stories",
        {
            "story_id": [st.id for st in stories.values()],
            "label": [
                story_label(st.label, [f for f in fused if f.story_id == st.id], len(st.articles))
                for st in stories.values()
            ],
            "first_report": [st.first_report for st in stories.values()],
            "last_report": [st.last_report for st in stories.values()],
            "outlets": [
                json.dumps(list(st.outlets), ensure_ascii=False) for st in stories.values()
            ],
            "docs": [len(st.articles) for st in stories.values()],
            "events": [sum(f.story_id == st.id for f in fused) for st in stories.values()],
        },
    )
    _insert(
        con,
        "fused_events",
        {
            "fused_id": [f.id for f in fused],
            "story_id": [f.story_id for f in fused],
            "event": [f.type for f in fused],
            "articles": [f.articles for f in fused],
            "outlets": [f.outlets for f in fused],
            "record": [json.dumps(fused_json(f), ensure_ascii=False) for f in fused],
        },
    )


def stored_events(store: Store, ids: Sequence[str]) -> dict[str, list[Event]]:
    """The stored events (``events`` table) of the articles ``ids``, in order (article id →
    events; an article without stored events has an empty list)."""
    import pyarrow as pa

    events: dict[str, list[Event]] = {i: [] for i in ids}
    if not ids:
        return events
    store.con.register("events_ids", pa.table({"key": list(ids)}))
    try:
        rows = store.rows(
            "SELECT * FROM events WHERE article_id IN (SELECT key FROM events_ids) "
            "ORDER BY article_id, n"
        )
    finally:
        store.con.unregister("events_ids")
    for row in rows:
        events[str(row["article_id"])].append(event_from_store_row(row))
    return events


def _fuse(
    store: Store, stories: list[Story], *, code_events: bool, known: dict[str, Article]
) -> list[FusedEvent]:
    """Fused events of the stories with two or more articles: their stored events, else (with
    ``code_events``) the events ``warta.events`` codes for them now."""
    import pyarrow as pa

    multi = [st for st in stories if len(st.articles) >= 2]
    ids = sorted({a for st in multi for a in st.articles})
    if not ids:
        return []
    con = store.con
    events = stored_events(store, ids)
    con.register("stories_ids", pa.table({"key": ids}))
    try:
        meta = {
            row[0]: (row[1], row[2], row[3])
            for row in con.execute(
                "SELECT id, outlet, published, text FROM articles "
                "WHERE id IN (SELECT key FROM stories_ids)"
            ).fetchall()
        }
    finally:
        con.unregister("stories_ids")
    if code_events:
        from warta.events import code_article

        for article_id in ids:
            if not events[article_id]:
                article = known.get(article_id) or store.article(article_id)
                if article is not None:
                    events[article_id] = list(code_article(article))
    fused: list[FusedEvent] = []
    for story in multi:
        fused.extend(
            fuse_events(
                story.id,
                {a: events[a] for a in story.articles},
                outlets={a: meta.get(a, (None, None, None))[0] for a in story.articles},
                days={a: meta.get(a, (None, None, None))[1] for a in story.articles},
                texts={a: meta[a][2] for a in story.articles if a in meta and meta[a][2]},
            )
        )
    return fused


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


def _rename_members(con: Any, renamed: dict[str, str]) -> None:
    """Move the members of stories merged or renamed (old id → new id) in ``story_members``."""
    import pyarrow as pa

    con.register("stories_renamed", pa.table({"old": list(renamed), "new": list(renamed.values())}))
    try:
        con.execute(
            "UPDATE story_members SET story_id = r.new FROM stories_renamed r "
            "WHERE story_members.story_id = r.old"
        )
    finally:
        con.unregister("stories_renamed")
