"""Indonesian temporal expressions: recognition, TIMEX3 normalisation, publication dates.

``tag(text, dct)`` returns ``TimeExpression`` records (spans into ``text``);
``choose_publication_date`` (``warta.time.dct``) picks an article's date from its candidates;
``warta.time.tense`` gives clause tense and the expression governing a span;
``tag_article`` is the pipeline stage (an ``Article`` in, its expressions out).
"""

from warta.time.dct import choose_publication_date
from warta.time.stage import tag_article
from warta.time.tagger import tag
from warta.time.tense import governing_time, tense_at

__all__ = ["choose_publication_date", "governing_time", "tag", "tag_article", "tense_at"]
