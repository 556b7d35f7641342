"""Helpers shared by the actor tests."""

from __future__ import annotations

from warta.actors import ActorLinker
from warta.records import ActorLink


def found(linker: ActorLinker, text: str, dct: str = "2019-09-20") -> list[ActorLink]:
    """The links ``linker`` finds in ``text``, each checked to quote its own span."""
    links = linker(text, dct=dct)
    for link in links:
        assert text[link.start : link.end] == link.text
    return links
