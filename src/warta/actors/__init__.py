"""Actors: who is who in the text, linked to a knowledge base and coded in CAMEO/PLOVER.

>>> from warta.actors import ActorLinker
>>> linker = ActorLinker()
>>> links = linker("Menhan Rusia Sergey Shoigu tiba di Pyongyang.", dct="2023-07-26")
>>> [(link.text, link.code) for link in links]
[('Rusia', 'RUS'), ('Sergey Shoigu', 'RUSGOVMIL'), ('Pyongyang', 'PRK')]

``ActorLinker(text, mentions=None, dct=...)`` links entity mentions (``warta.records.Mention``
from a named-entity model, or its own gazetteer finder when none are given) and returns one
``warta.records.ActorLink`` per mention. See ``warta.actors.linker`` for the linking steps,
``warta.actors.kb`` for the knowledge-base files and ``warta.actors.learned`` for learned actors.
"""

from __future__ import annotations

from warta.actors.kb import KnowledgeBase, code_at, load_kb, split_code
from warta.actors.learned import LearnedEntry, LearnedStore, default_learned_path
from warta.actors.linker import ActorLinker, link_actors, mentions_from_entities, merge_mentions
from warta.actors.stage import ActorStage

__all__ = [
    "ActorLinker",
    "ActorStage",
    "KnowledgeBase",
    "LearnedEntry",
    "LearnedStore",
    "code_at",
    "default_learned_path",
    "link_actors",
    "load_kb",
    "mentions_from_entities",
    "merge_mentions",
    "split_code",
]
