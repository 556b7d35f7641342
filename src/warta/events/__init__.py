"""Events: who did what to whom, when and where, coded in PLOVER and CAMEO.

>>> from warta.events import code_article
>>> events = code_article(article)  # doctest: +SKIP

``code_article`` (the pipeline stage) and ``EventCoder`` are in ``warta.events.coder``, the
lexicon and code tables in ``warta.events.lexicon``, the output formats (PLOVER JSON, CSV, a
GDELT-style row) in ``warta.events.output``.
"""

from __future__ import annotations

from warta.events.coder import EventCoder, code_article, default_coder

__all__ = ["EventCoder", "code_article", "default_coder"]
