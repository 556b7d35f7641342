"""Shared fixtures of the actor tests."""

from __future__ import annotations

import pytest

from warta.actors import ActorLinker, LearnedStore


@pytest.fixture(scope="module")
def linker() -> ActorLinker:
    """A linker with no learned store and no learning (each module gets its own)."""
    return ActorLinker(learned=LearnedStore(None), learn=False)
