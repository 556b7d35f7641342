"""The time stage for the pipeline: an article's time expressions, anchored at its DCT.

The runner calls ``tag_article`` and ``article_dct`` in its ``time`` stage and keeps the results
on the article (``time_expressions``, ``dct``). Offsets are into ``Article.text``.
"""

from __future__ import annotations

from warta.records import Article, TimeExpression
from warta.time.dct import choose_publication_date
from warta.time.tagger import tag

REQUIRES = ("text", "published")
"""What the stage reads from an ``Article`` (``page_date`` when ``published`` is missing)."""


def article_dct(article: Article) -> tuple[str | None, str]:
    """The anchor for relative expressions, with the reason: the publication date; without one,
    the best estimate from the page's date candidates (a recent lead date, else the page's own
    date)."""
    if article.published is not None:
        return article.published[:10], f"published ({article.published_reason})"
    lead = "\n".join(article.paragraph_texts()[:3])
    value, reason = choose_publication_date(article.date_candidates, lead, estimate=True)
    return (value[:10] if value else None), f"estimated: {reason}"


def tag_article(article: Article) -> list[TimeExpression]:
    """Stage ``time``: the temporal expressions of ``article.text``, resolved against
    ``article_dct(article)`` (unresolved ``X`` values when the article has no date)."""
    return tag(article.text, article_dct(article)[0])
