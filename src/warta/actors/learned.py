"""Actors learned from text: persisted, reused, reviewable.

A person the knowledge base does not hold, introduced with a role and a country
(``Menhan Korea Utara (Korut) Kang Sun Nam``), becomes a learned entry with the code the role
gives (``PRKGOVMIL``) from the article date on, and the sentence that taught it. Entries start as
``pending``; a reviewer can ``accept`` or ``remove`` them (``warta actors --learned``).

Storage is one JSON object per line (``LEARNED_FIELDS``), flat so that the DuckDB store can hold
the same rows in a table later. Writes go to a temporary file that replaces the old one.
"""

from __future__ import annotations

import json
import logging
import os
import re
import tempfile
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from warta.actors.kb import translit_key
from warta.records import Actor, ActorRole

log = logging.getLogger(__name__)

LEARNED_FIELDS = (
    "id",
    "name",
    "code",
    "start",
    "office",
    "status",
    "sentence",
    "source",
    "seen",
)
STATUSES = frozenset({"pending", "accepted"})


@dataclass(frozen=True, slots=True)
class LearnedEntry:
    """One learned actor, as stored."""

    id: str
    name: str
    code: str
    start: str | None
    office: str | None
    status: str
    sentence: str
    source: str
    seen: int = 1

    def to_actor(self) -> Actor:
        return Actor(
            id=self.id,
            name=self.name,
            type="person",
            roles=(ActorRole(self.code, self.start, None, self.office),),
            source=f"learned ({self.status}) from {self.source}: {self.sentence}",
        )


def learned_id(name: str) -> str:
    return "learned:" + re.sub(r"[^a-z0-9]+", "-", translit_key(name)).strip("-")


class LearnedStore:
    """Learned actors, optionally backed by a JSONL file (``path=None``: in memory only)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.entries: dict[str, LearnedEntry] = {}
        self._by_key: dict[str, str] = {}
        if path is not None and path.exists():
            for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    entry = LearnedEntry(**{k: row[k] for k in LEARNED_FIELDS})
                except (ValueError, KeyError, TypeError) as exc:
                    raise ValueError(f"{path}:{lineno}: bad learned actor row: {exc}") from exc
                self._put(entry)

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, Any]]) -> LearnedStore:
        """An in-memory store holding ``rows`` (``LEARNED_FIELDS``, e.g. from the DuckDB
        store's ``learned_actors`` table)."""
        store = cls(None)
        for row in rows:
            store._put(LearnedEntry(**{k: row[k] for k in LEARNED_FIELDS}))
        return store

    def rows(self) -> list[dict[str, Any]]:
        """The entries as flat rows (``LEARNED_FIELDS``), sorted by id."""
        return [asdict(e) for e in sorted(self.entries.values(), key=lambda e: e.id)]

    def _put(self, entry: LearnedEntry) -> None:
        self.entries[entry.id] = entry
        self._by_key[translit_key(entry.name)] = entry.id

    def find(self, name: str) -> LearnedEntry | None:
        entry_id = self._by_key.get(translit_key(name))
        return self.entries.get(entry_id) if entry_id else None

    def learn(
        self,
        name: str,
        code: str,
        start: str | None,
        sentence: str,
        source: str,
        office: str | None = None,
    ) -> LearnedEntry:
        """Add a pending entry, or count another sighting of an existing one."""
        existing = self.find(name)
        if existing is not None:
            updated = replace(existing, seen=existing.seen + 1)
            if (
                existing.status == "pending"
                and start
                and (existing.start is None or start < existing.start)
            ):
                updated = replace(updated, start=start)
            self._put(updated)
            return updated
        entry = LearnedEntry(
            learned_id(name), name, code, start, office, "pending", sentence, source
        )
        log.info("learned actor %s → %s from %s", name, code, source)
        self._put(entry)
        return entry

    def accept(self, entry_id: str) -> bool:
        entry = self.entries.get(entry_id)
        if entry is None:
            return False
        self._put(replace(entry, status="accepted"))
        return True

    def remove(self, entry_id: str) -> bool:
        entry = self.entries.pop(entry_id, None)
        if entry is None:
            return False
        self._by_key.pop(translit_key(entry.name), None)
        return True

    def save(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".learned-", suffix=".jsonl")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for entry in sorted(self.entries.values(), key=lambda e: e.id):
                fh.write(json.dumps(asdict(entry), ensure_ascii=False) + "\n")
        os.replace(tmp, self.path)


def default_learned_path() -> Path:
    """``$WARTA_LEARNED_ACTORS``, else ``$XDG_DATA_HOME/warta/learned_actors.jsonl``."""
    env = os.environ.get("WARTA_LEARNED_ACTORS")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "warta" / "learned_actors.jsonl"
