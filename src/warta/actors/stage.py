"""Stage ``actors``: every article's actor mentions, linked and coded for its date.

The stage holds a loaded ``ActorLinker`` and the learned-actor store it reads and extends, so it
is stateful like ``dedup`` and ``store`` and runs in the runner's main process, articles in
input order: a person learned from one article (``Menhan Korut Kang Sun Nam``) is known to the
next. ``warta run`` loads the learned actors from the store's ``learned_actors`` table and
writes them back after the run; the linked mentions go to ``actor_mentions``.
"""

from __future__ import annotations

from dataclasses import replace

from warta.actors.learned import LearnedStore
from warta.actors.linker import ActorLinker
from warta.records import Article


class ActorStage:
    """``stage(article)`` → the article with ``actors`` set (mentions from the gazetteer
    finder, coded for the article's DCT, else its publication date)."""

    requires = ("Article.text", "Article.dct")
    assigns = ("Article.actors",)

    def __init__(
        self,
        learned: LearnedStore | None = None,
        *,
        learn: bool = True,
        linker: ActorLinker | None = None,
    ) -> None:
        self.learned = learned if learned is not None else LearnedStore(None)
        self.linker = linker or ActorLinker(learned=self.learned, learn=learn)

    def __call__(self, article: Article) -> Article:
        dct = article.dct or (article.published or "")[:10] or None
        links = self.linker(article.text, dct=dct, source=article.id)
        return replace(article, actors=tuple(links))
